"""Sources and stances, read with and without the dependency parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from vigil.extract.attribution import attribute, source_kind, stance_of
from vigil.extract.figures import extract_claims
from vigil.taxonomy import ClaimKind, SourceKind, Stance

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("a military source", SourceKind.MILITARY_SOURCE),
        ("the army", SourceKind.ARMY),
        ("the Ministry of Defence", SourceKind.GOVERNMENT),
        ("the local mayor", SourceKind.OFFICIAL),
        ("the Azawad Liberation Front", SourceKind.ARMED_GROUP),
        ("witnesses", SourceKind.EYEWITNESS),
        ("a family member of a victim", SourceKind.RELATIVE),
        ("Human Rights Watch", SourceKind.RIGHTS_GROUP),
        ("residents", SourceKind.LOCAL_SOURCE),
        ("", SourceKind.OUTLET),
    ],
)
def test_source_kind(source: str, kind: SourceKind) -> None:
    assert source_kind(source) is kind


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Gunmen killed 4 farmers.", Stance.ASSERTED),
        ("Soldiers were accused of executing 12 men.", Stance.ALLEGED),
        ("Militants reportedly killed 3 villagers.", Stance.ALLEGED),
        ("The army denied that 12 men were executed.", Stance.DENIED),
        ("A military source said no civilians were killed by the army.", Stance.DENIED),
        ("The ministry rejected the accusation.", Stance.DENIED),
        ("The governor disputed the toll.", Stance.DENIED),
        ("The president dismissed the governor after 4 soldiers were killed.", Stance.ASSERTED),
        ("Officials confirmed that 9 soldiers died.", Stance.CONFIRMED),
        ("JNIM claimed responsibility for the attack.", Stance.ASSERTED),
    ],
)
def test_stance(sentence: str, stance: Stance) -> None:
    assert stance_of(sentence) is stance


@pytest.mark.parametrize(
    ("sentence", "source", "kind"),
    [
        ("Gunmen killed 4 farmers, a local official told AFP.", "a local official", SourceKind.OFFICIAL),
        ("According to witnesses, 6 people died.", "witnesses", SourceKind.EYEWITNESS),
        ("The army said it killed 20 militants.", "The army", SourceKind.ARMY),
        ("Seven people were killed in the attack.", "", SourceKind.OUTLET),
    ],
)
def test_attribute_without_parse(sentence: str, source: str, kind: SourceKind) -> None:
    who = attribute(sentence)
    assert (who.source, who.source_kind) == (source, kind)


@pytest.mark.parametrize(
    ("sentence", "source", "kind"),
    [
        ("The army said it killed 20 militants near the border.", "The army", SourceKind.ARMY),
        (
            "Human Rights Watch reported that soldiers executed 9 men.",
            "Human Rights Watch",
            SourceKind.RIGHTS_GROUP,
        ),
        (
            "According to a military source, no civilians were killed.",
            "a military source",
            SourceKind.MILITARY_SOURCE,
        ),
    ],
)
def test_attribute_with_parse(nlp: Language, sentence: str, source: str, kind: SourceKind) -> None:
    doc = nlp(sentence)
    who = attribute(sentence, span=next(iter(doc.sents)))
    assert (who.source, who.source_kind) == (source, kind)


def test_pronoun_takes_the_previous_source(nlp: Language) -> None:
    sentences = [
        "The Azawad Liberation Front said six soldiers were killed.",
        "They alleged that 8 civilians were executed by the army.",
    ]
    doc = nlp(" ".join(sentences))
    claims = [c for c in extract_claims(sentences, doc=doc) if c.kind is ClaimKind.KILLED]
    assert [c.source for c in claims] == ["The Azawad Liberation Front"] * 2
    assert claims[1].stance is Stance.ALLEGED
