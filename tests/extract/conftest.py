"""Models the extract tests share, loaded once per session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from vigil.extract.actors import ActorRegistry

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


@pytest.fixture(scope="session")
def nlp() -> Language:
    from vigil.extract.nlp import load_nlp

    return load_nlp()
