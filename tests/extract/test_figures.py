"""Fatality rules on wire-style sentences written for these tests (none copied from the data)."""

from __future__ import annotations

import pytest

from vigil.domain import Claim
from vigil.extract.figures import extract_claims, fatalities
from vigil.extract.numbers import read_number
from vigil.taxonomy import ClaimKind, Counted, SourceKind, Stance


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("twenty-four", (24, False)),
        ("a dozen", (12, False)),
        ("three", (3, False)),
        ("17", (17, False)),
        ("1,200", (1200, False)),
        ("one hundred and twenty", (120, False)),
        ("at least 5", (5, False)),
        ("between 10 and 15", (10, False)),
        ("10-15", (10, False)),
        ("tens", (10, True)),
        ("dozens", (12, True)),
        ("scores", (20, True)),
        ("hundreds", (100, True)),
        ("several", (3, True)),
        ("a number of", (3, True)),
    ],
)
def test_read_number(words: str, expected: tuple[int, bool]) -> None:
    assert read_number(words) == expected


@pytest.mark.parametrize("words", ["", "yesterday", "the army", "third"])
def test_read_number_unreadable(words: str) -> None:
    assert read_number(words) is None


def _deaths(*sentences: str) -> int:
    return fatalities(extract_claims(list(sentences)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed twenty-four villagers in an overnight raid.", 24),
        ("A dozen worshippers were killed when the mosque was attacked.", 12),
        ("At least 5 people died in the blast, police said.", 5),
        ("Between 10 and 15 soldiers were killed in the ambush.", 10),
        ("Officials said 10-15 fighters died in the clashes.", 10),
        ("Dozens of civilians were killed in the shelling.", 12),
        ("Tens of people were killed in the air strike.", 10),
        ("Attackers opened fire on a bus, killing a man.", 1),
        ("A soldier was killed when his patrol hit a mine.", 1),
        ("Two brothers were shot dead outside their home.", 2),
        ("Gunmen killed 3 and injured 5 at a checkpoint.", 3),
        ("Five people were killed, including 2 soldiers.", 5),
        ("Three soldiers and two civilians were killed.", 5),
        ("Two soldiers and a civilian died in the attack.", 3),
        ("Eleven people were wounded in the explosion.", 0),
        ("Militants stormed the village, killing civilians.", 3),
        ("The attack caused heavy casualties among the troops.", 10),
        ("Protesters condemned the killing of a student last month.", 0),
        ("The militants tried to kill the mayor but he escaped.", 0),
        ("No one was killed in the attack on the convoy.", 0),
    ],
)
def test_fatalities_one_sentence(text: str, expected: int) -> None:
    assert _deaths(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 25-year-old man was arrested on 5 May 2020 in the capital.",
        "The convoy of 2 vehicles travelled 30 km at 10:30 before stopping at Road No. 3.",
        "The group demanded 5,000 dollars for the 4 goats it stole in 2019.",
        "Police arrested 12 suspects and seized 40 rifles.",
        "It was the third attack this year on the 2nd battalion.",
        # animals are no fatalities
        "Four goats were killed when the shell hit the pen.",
        "Camels were also killed in the air strike on the caravan.",
    ],
)
def test_non_fatality_numbers_are_not_deaths(text: str) -> None:
    assert _deaths(text) == 0


def test_sides_are_summed_across_sentences() -> None:
    text = [
        "The front said six soldiers or mercenaries were killed in the fighting near the border.",
        "It said eight of its own fighters were lost.",
    ]
    assert _deaths(*text) == 14


def test_rebel_front_claims_both_sides_in_one_sentence() -> None:
    sentence = (
        "The Azawad Liberation Front said the clashes with government forces and Wagner were deadly, "
        "claiming six soldiers or mercenaries killed and eight of its fighters lost."
    )
    claims = [c for c in extract_claims([sentence]) if c.kind is ClaimKind.KILLED]
    assert fatalities(claims) == 14
    assert sorted(c.figure or 0 for c in claims) == [6, 8]
    assert {c.source_kind for c in claims} == {SourceKind.ARMED_GROUP}
    assert {c.counted for c in claims} == {Counted.SOLDIERS, Counted.FIGHTERS}


def test_repeated_figure_counted_once() -> None:
    text = [
        "Gunmen killed 7 civilians in a market on Sunday.",
        "Witnesses described panic in the market.",
        "The 7 civilians were buried on Monday, relatives said.",
    ]
    assert _deaths(*text) == 7


def test_death_toll_rise_supersedes() -> None:
    text = ["Twenty people were killed in the attack.", "The death toll later rose to 24, officials said."]
    assert _deaths(*text) == 24


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Raiders shot four herders near the well; the toll later climbed to seven.", 7),
        ("The blast killed 9 shoppers, a toll that had risen to 15 by nightfall.", 15),
        ("Two guards died at the gate and the number of dead rose to 6 overnight.", 6),
        # no update in the sentence: its figures still add up
        ("Two guards and three drivers died when the depot was shelled.", 5),
    ],
)
def test_a_toll_risen_within_the_sentence_supersedes_its_figures(sentence: str, expected: int) -> None:
    assert _deaths(sentence) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        [
            "Bandits shot dead two traders near Gusau on Friday; the toll from such raids this year climbed to 210."
        ],
        [
            "Bandits shot dead two traders near Gusau on Friday.",
            "The death toll since January has risen to 210.",
        ],
        [
            "Bandits shot dead two traders near Gusau on Friday.",
            "The death toll of the war rose to 210, officials said.",
        ],
    ],
)
def test_a_period_toll_is_no_deaths_of_this_event(sentences: list[str]) -> None:
    assert _deaths(*sentences) == 2


def test_a_period_named_after_the_toll_is_no_scope() -> None:
    assert _deaths("The toll from the market blast rose to 12, the highest this year.") == 12


def test_outlet_reports_alleged_killing_of_women_and_children() -> None:
    sentence = (
        "Mercenaries have been accused of executing women and children in an attack on a convoy "
        "that killed 24 civilians."
    )
    claims = [c for c in extract_claims([sentence]) if c.kind is ClaimKind.KILLED]
    assert [(c.figure, c.stance, c.source_kind) for c in claims] == [(24, Stance.ALLEGED, SourceKind.OUTLET)]


def test_military_denial_is_kept_but_does_not_lower_the_figure() -> None:
    text = [
        "Soldiers opened fire on a convoy, killing 24 civilians, a rights group said.",
        "A military source said no civilians were killed by the army.",
    ]
    claims = extract_claims(text)
    denial = [c for c in claims if c.stance is Stance.DENIED]
    assert len(denial) == 1
    assert denial[0].figure is None
    assert denial[0].source == "A military source"
    assert denial[0].source_kind is SourceKind.MILITARY_SOURCE
    assert fatalities(claims) == 24


def test_responsibility_claim() -> None:
    claims = extract_claims(["The Islamic State group claimed responsibility for the bombing."])
    assert [(c.kind, c.stance, c.source_kind) for c in claims] == [
        (ClaimKind.RESPONSIBILITY, Stance.ASSERTED, SourceKind.ARMED_GROUP)
    ]
    assert "Islamic State" in claims[0].source


def test_other_kinds_are_not_deaths() -> None:
    claims = extract_claims(["Gunmen abducted 14 passengers and police later arrested 3 suspects."])
    assert {(c.kind, c.figure) for c in claims} == {(ClaimKind.ABDUCTED, 14), (ClaimKind.ARRESTED, 3)}
    assert fatalities(claims) == 0


def test_absurd_figure_is_capped_out() -> None:
    claims = extract_claims(["The ministry claimed 5 million fighters were killed."])
    assert [(c.figure, c.vague) for c in claims] == [(None, True)]
    assert fatalities(claims) == 0


def test_fatalities_ignores_denials_and_injuries() -> None:
    claims = [
        Claim(kind=ClaimKind.KILLED, figure=4, sentence="a"),
        Claim(kind=ClaimKind.KILLED, figure=9, stance=Stance.DENIED, sentence="b"),
        Claim(kind=ClaimKind.INJURED, figure=30, sentence="c"),
    ]
    assert fatalities(claims) == 4


def test_a_vague_telling_of_deaths_stated_elsewhere_with_a_number_is_dropped() -> None:
    from vigil.extract.figures import without_vague_echoes

    claims = extract_claims(
        [
            "Soldiers executed civilians on the road to the border.",
            "The attack left 24 civilians dead, relatives said.",
        ]
    )
    assert (3, True) in [(c.figure, c.vague) for c in claims]  # "executed civilians": limited, unnumbered
    kept = without_vague_echoes(claims)
    assert [(c.figure, c.vague) for c in kept if c.kind.value == "killed"] == [(24, False)]
    assert fatalities(kept) == fatalities(claims) == 24


def test_a_vague_amount_beside_a_number_in_one_sentence_is_kept() -> None:
    from vigil.extract.figures import without_vague_echoes

    claims = extract_claims(["Gunmen killed 6 soldiers and several civilians.", "Two civilians died later."])
    kept = without_vague_echoes(claims)
    assert fatalities(kept) == fatalities(claims)
    assert any(c.vague for c in kept)  # "several civilians" is more than the 2 stated later: kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen entered the market and shot dead a trader.", 1),
        ("Troops neutralised ten militants during the sweep.", 10),
        ("Rebels kidnapped, executed, and burned a village guard.", 1),
        ("The corpses of two men were discovered near the river.", 2),
        (
            "Gunmen ambushed a patrol some 25-35km from the town, one gendarme killed.",
            1,
        ),
        ("Gunmen killed, looted and burned the village.", 0),
    ],
)
def test_more_ways_news_tells_a_death(text: str, expected: int) -> None:
    assert fatalities(extract_claims([text])) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The attack killed 7 people, including 2 soldiers.",
        "Seven people were killed in the raid, among them two gendarmes.",
    ],
)
def test_a_breakdown_does_not_say_who_the_total_counts(text: str) -> None:
    (claim,) = [c for c in extract_claims([text]) if c.kind is ClaimKind.KILLED]
    assert claim.figure == 7 and claim.counted is Counted.TOTAL


@pytest.mark.parametrize(
    "text",
    [
        "Two gendarmes and a civilian were killed when their vehicle hit a mine.",
        "Gunmen killed two gendarmes and a civilian on the road to the market.",
    ],
)
def test_a_singular_conjunct_of_another_group_is_its_own_figure(text: str) -> None:
    killed = {c.counted: c.figure for c in extract_claims([text]) if c.kind is ClaimKind.KILLED}
    assert killed == {Counted.SOLDIERS: 2, Counted.CIVILIANS: 1}
    assert fatalities(extract_claims([text])) == 3


def test_a_conjunct_that_names_no_person_adds_nothing() -> None:
    assert fatalities(extract_claims(["Rebels killed three soldiers and a mule in the hills."])) == 3


def test_the_wounded_who_died_are_deaths_not_injuries() -> None:
    claims = extract_claims(["A nurse said four of the wounded had died overnight in the clinic."])
    assert [(c.kind, c.figure) for c in claims] == [(ClaimKind.KILLED, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "The toll climbed to 21 on Friday after six more of the injured died.",
        "Six more of the injured died, taking the toll to 21.",
        "Another 6 bodies were recovered, bringing the toll to 21.",
        "The death toll from Friday's blast at the cattle market in the town rose to 21 after six more "
        "of the wounded died of their injuries, doctors said.",
    ],
)
def test_an_increment_beside_the_new_toll_is_not_added_to_it(text: str) -> None:
    assert fatalities(extract_claims([text])) == 21


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels shelled the town on Sunday in response to an air strike that killed 4 of their fighters.",
            0,
        ),
        (
            "Militants raided a checkpoint in retaliation for a police operation that left 6 dead, and 2 guards died.",
            2,
        ),
        ("Gunmen shot dead 3 herders on Monday, two weeks after an ambush that killed 9 soldiers nearby.", 3),
        ("Gunmen shot dead 3 herders on Monday, days after an ambush that killed 9 soldiers nearby.", 3),
        # a toll "since" a date is this conflict's count, not an earlier event's
        ("Fighting that began on Monday has killed 40 people since the weekend.", 40),
    ],
)
def test_an_earlier_event_named_in_passing_keeps_its_own_deaths(text: str, expected: int) -> None:
    assert _deaths(text) == expected


def test_a_time_cue_with_no_clause_end_cuts_nothing() -> None:
    assert (
        _deaths("Two days after rebels seized the town soldiers killed 15 rebels in a counterattack.") == 15
    )
