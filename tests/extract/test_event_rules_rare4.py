"""Wire-wording rules: drills are no events, bare strikes, driven car bombs, chemical agents,
prisoner swaps and hand-overs."""

from __future__ import annotations

import pytest

from vigil.extract.classify import NONE_LABEL, TrainConfig, fit_classifier
from vigil.extract.event_rules import build_rules, rule_named
from vigil.extract.event_rules_wire import DEFAULT_RULES
from vigil.taxonomy import SubEventType

RULES = (
    "not_an_event",
    "suicide",
    "chemical",
    "bare_strike",
    "missile_strike",
    "prisoner_swap",
    "handed_over",
)


def _fires(name: str, text: str) -> bool:
    return rule_named(name).fires(text)


def test_the_rules_are_shipped_and_run_first() -> None:
    assert set(RULES) <= set(TrainConfig().rules) == set(DEFAULT_RULES)
    names = [r.name for r in build_rules()]
    assert names[: len(RULES)] == list(RULES)
    assert set(DEFAULT_RULES) <= set(names)
    assert rule_named("not_an_event").dismiss and not rule_named("bare_strike").dismiss
    assert rule_named("prisoner_swap").when_none and rule_named("handed_over").when_none


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian and Saudi troops started a ten-day joint military exercise near the Red Sea coast.",
        "Tanks rolled through the capital in an independence day parade on Sunday.",
        "Manufacturers displayed armoured vehicles at a defence exhibition in Johannesburg.",
        "Pakistan test-fired a cruise missile capable of carrying a nuclear warhead, the army said.",
        "Naval drills with live-fire practice were held off the coast of Oman on Tuesday.",
        "The army held a parade to mark the anniversary of the revolution, showing off new missiles.",
    ],
)
def test_drills_parades_fairs_and_tests_are_no_events(text: str) -> None:
    assert _fires("not_an_event", text)


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed when a shell exploded during a military exercise, the army said.",
        "Protesters marched against a joint military exercise near their village.",
        "A missile fired during a test landed in a field and injured a farmer.",
        "Soldiers fired on a parade of mourners, killing two, witnesses said.",
    ],
)
def test_violence_beside_a_drill_is_still_news(text: str) -> None:
    assert not _fires("not_an_event", text)


def test_a_dismissing_rule_drops_an_event_the_model_kept() -> None:
    rows = [
        ("Troops clashed with rebels near the border and four died.", "Armed clash"),
        ("Soldiers fought militants in the hills for hours.", "Armed clash"),
        ("Jets bombed the rebel camp at dawn.", "Air/drone strike"),
        ("The team won the final on penalties.", NONE_LABEL),
        ("Shares rose after the bank's results.", NONE_LABEL),
    ] * 2
    texts, labels = zip(*rows, strict=True)
    kept = fit_classifier(list(texts), list(labels), config=TrainConfig(word_max_features=200, rules=()))
    ruled = kept.with_rules(("not_an_event",))
    drill = "Troops and rebels clashed in a joint military exercise in the hills."
    text = "Troops fought rebels in a joint military exercise in the hills."
    assert not _fires("not_an_event", drill)  # "clashed" is violence: kept
    assert kept.predict([text])[0].sub_event_type is SubEventType.ARMED_CLASH
    assert ruled.predict([text])[0].sub_event_type is None
    assert ruled.relevance([text]) == kept.relevance([text])  # the prefilter never lifts on it


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli strike killed four people in a house in Rafah, medics said.",
        "A strike on a wedding party wounded 30 guests in the province.",
        "Five militants died in a US strike near the border, the command said.",
        "Turkish strike kills 3 in northern Iraq",
    ],
)
def test_a_bare_strike_that_kills_is_from_the_air(text: str) -> None:
    assert _fires("bare_strike", text)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile strike killed six people in Odesa.",
        "A general strike paralysed the capital and a protester was killed.",
        "Gunmen strike again, killing 10 villagers in Zamfara.",
        "A lightning strike killed two herders in the hills.",
        "Three workers on strike were injured when police charged the picket.",
    ],
)
def test_other_strikes_are_not_air_strikes(text: str) -> None:
    assert not _fires("bare_strike", text)


def test_a_bomb_driven_into_its_target_is_a_suicide_bombing() -> None:
    assert _fires("suicide", "A militant drove an explosives-laden truck into the gate of the army camp.")
    assert _fires("suicide", "The attacker rammed a bomb-laden car into a checkpoint, killing 4.")
    assert not _fires("suicide", "A car bomb parked outside the ministry exploded, killing 7.")
    assert not _fires(
        "suicide", "Troops stopped a man who drove an explosives-laden car before he could reach the base."
    )


def test_a_chemical_agent_is_a_chemical_weapon_however_delivered() -> None:
    assert _fires("chemical", "Rebels fired shells filled with chlorine at the army's positions.")
    assert _fires("chemical", "Drones dropped canisters of a toxic substance on the trenches.")
    assert not _fires("chemical", "Police fired tear gas and chemical irritants at protesters.")
    assert not _fires("chemical", "A chlorine leak at a water treatment plant released toxic gas.")


def test_a_prisoner_exchange_is_an_agreement_but_not_a_proposal() -> None:
    assert _fires("prisoner_swap", "The two armies exchanged 48 prisoners of war at the border on Monday.")
    assert _fires("prisoner_swap", "Rival militias carried out a prisoner swap near the river.")
    assert not _fires("prisoner_swap", "Mediators said the sides would discuss a prisoner swap next week.")
    assert not _fires("prisoner_swap", "The government released 200 prisoners on independence day.")


def test_a_base_handed_over_is_a_non_violent_transfer() -> None:
    assert _fires(
        "handed_over", "Foreign troops handed over their last base in the north to the national army."
    )
    assert _fires("handed_over", "Peacekeepers transferred control of the camp to local authorities.")
    assert not _fires("handed_over", "The troops will hand over the base to the army next year.")
    assert not _fires("handed_over", "The ministry handed over the airport to a private operator.")


def test_a_missile_strike_is_shelling_unless_an_aircraft_fired_it() -> None:
    rule = rule_named("missile_strike")
    assert rule.only_from == (SubEventType.AIR_DRONE_STRIKE,)
    assert _fires(
        "missile_strike", "A missile strike on a railway station killed 12 people, the governor said."
    )
    assert _fires("missile_strike", "Militants launched a rocket attack on the airport overnight.")
    assert not _fires("missile_strike", "Warplanes carried out a missile strike on a convoy.")
    assert not _fires("missile_strike", "A drone fired in a rocket attack on the base, the army said.")
