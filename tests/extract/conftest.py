"""Models the extract tests share, loaded once per session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from vigil.extract.actors import ActorRegistry
from vigil.extract.gazetteer import Gazetteer
from vigil.extract.geocode import Geocoder

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


@pytest.fixture(scope="session")
def nlp() -> Language:
    from vigil.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def geocoder(gazetteer: Gazetteer) -> Geocoder:
    return Geocoder(gazetteer)
