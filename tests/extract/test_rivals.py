"""Rival counts of one toll (vigil.extract.rivals): which figures give way.

Sentences written for these tests.
"""

from __future__ import annotations

from vigil.domain import Claim
from vigil.extract.rivals import without_rival_allegations
from vigil.taxonomy import ClaimKind, Counted, SourceKind, Stance


def _killed(figure: int, counted: Counted, sentence: str, kind: SourceKind = SourceKind.OUTLET) -> Claim:
    return Claim(
        kind=ClaimKind.KILLED,
        figure=figure,
        counted=counted,
        source="a source",
        source_kind=kind,
        stance=Stance.ASSERTED,
        sentence=sentence,
    )


def test_a_boast_gives_way_to_a_firm_count_of_the_same_people() -> None:
    firm = _killed(5, Counted.SOLDIERS, "Five soldiers were killed, the army said.")
    boast = _killed(
        30, Counted.SOLDIERS, "The rebels said they had killed 30 soldiers.", SourceKind.ARMED_GROUP
    )
    assert without_rival_allegations([firm, boast]) == [firm]


def test_a_lone_boast_still_counts() -> None:
    boast = _killed(
        30, Counted.SOLDIERS, "The rebels said they had killed 30 soldiers.", SourceKind.ARMED_GROUP
    )
    assert without_rival_allegations([boast]) == [boast]


def test_a_boast_in_the_other_clause_of_a_sentence_gives_way() -> None:
    sentence = "At least 19 fighters from both sides died, a medic said, while the RSF claimed to have killed 100 soldiers."
    told = _killed(19, Counted.FIGHTERS, sentence)
    boast = _killed(100, Counted.SOLDIERS, sentence)
    assert without_rival_allegations([told, boast]) == [told]


def test_a_clause_telling_the_same_dead_lower_outbids_the_higher() -> None:
    sentence = "The ministry said six attackers died, but the prosecutor reported recovering the bodies of four gunmen."
    high, low = _killed(6, Counted.FIGHTERS, sentence), _killed(4, Counted.FIGHTERS, sentence)
    assert without_rival_allegations([high, low]) == [low]


def test_clauses_telling_different_people_both_stand() -> None:
    sentence = "Nine soldiers were killed, a councillor said, while the ministry said 18 insurgents died."
    soldiers, insurgents = _killed(9, Counted.SOLDIERS, sentence), _killed(18, Counted.FIGHTERS, sentence)
    assert without_rival_allegations([soldiers, insurgents]) == [soldiers, insurgents]
