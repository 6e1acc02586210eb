"""A strategic reading reconsidered: harm to people makes the violent reading the event, and a
few strategic kinds (a bomb gone off in its makers' hands, a drone downed, weapons seized, an armed
group's change) correct a model that read the violence they disrupted."""

from __future__ import annotations

import pytest

from vigil.extract import strategic
from vigil.extract.classify import Prediction
from vigil.taxonomy import SubEventType as S


def _pred(sub: S, *others: S) -> Prediction:
    ranked = tuple((t, 0.5 / (i + 1)) for i, t in enumerate((sub, *others)))
    return Prediction(sub_event_type=sub, probability=0.5, relevance=0.9, ranked=ranked)


@pytest.mark.parametrize(
    "text",
    [
        "Troops rounded up eleven traders at a cattle market; three of them were later found dead.",
        "Police detained a farmer overnight and he died of his injuries in a cell the next morning.",
        "Fighters burned the clinic and shot dead two nurses who tried to flee.",
        "Officers arrested nine youths after firing live rounds that wounded four of them.",
    ],
)
def test_harm_to_people_takes_the_violent_reading(text: str) -> None:
    got = strategic.settle(_pred(S.ARRESTS, S.ATTACK, S.ARMED_CLASH), text)
    assert got.sub_event_type is S.ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Police held four men suspected of killing a councillor in March.",  # an earlier killing
        "Gendarmes arrested two traders over the murder and killing of a herder last week.",
        "Rebels looted a depot and torched two lorries; no one was hurt.",
        "Soldiers shot dead about forty goats belonging to a herder near the river.",  # animals only
        "Agents seized the shop of a man who had died of covid the week before.",
        "Insurgents burned the school. Casualties were not known.",
    ],
)
def test_no_harm_keeps_the_strategic_reading(text: str) -> None:
    pred = _pred(S.ARRESTS, S.ATTACK)
    assert strategic.settle(pred, text) is pred


def test_no_violent_type_ranked_keeps_the_reading() -> None:
    pred = _pred(S.ARRESTS, S.LOOTING, S.OTHER)
    assert strategic.settle(pred, "Soldiers detained a man who was later found dead.") is pred


@pytest.mark.parametrize(
    "text",
    [
        "Two insurgents died on Sunday when the mine they were laying went off.",
        "A homemade bomb exploded prematurely at a militant hideout, killing its maker.",
        "Three fighters were killed in the act of planting explosives by the roadside.",
    ],
)
def test_a_bomb_in_its_makers_hands_is_disrupted_use(text: str) -> None:
    assert strategic.settle(_pred(S.ARMED_CLASH), text).sub_event_type is S.DISRUPTED_WEAPONS_USE
    assert strategic.settle(_pred(S.REMOTE_EXPLOSIVE), text).sub_event_type is S.DISRUPTED_WEAPONS_USE


def test_premature_words_without_a_bomb_change_nothing() -> None:
    pred = _pred(S.PEACEFUL_PROTEST)
    assert strategic.settle(pred, "Students ended their sit-in prematurely after the rain.") is pred
    pred = _pred(S.REMOTE_EXPLOSIVE)
    assert strategic.settle(pred, "A bomb hit a bus at the depot, killing five, officials said.") is pred


def test_a_downed_drone_is_disrupted_use() -> None:
    text = "Naval air defences brought down three surveillance drones over the strait on Sunday."
    assert strategic.settle(_pred(S.AIR_DRONE_STRIKE), text).sub_event_type is S.DISRUPTED_WEAPONS_USE


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of drones were launched at the port overnight and most were shot down, the navy said.",
        "A drone was downed over the city and its debris damaged two houses.",
        "The rebels shot down a drone during a fierce clash near the airport.",
    ],
)
def test_a_drone_strike_or_fight_stays(text: str) -> None:
    pred = _pred(S.AIR_DRONE_STRIKE)
    assert strategic.settle(pred, text) is pred


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Marines seized eighty rifles and two rocket launchers from a rebel cache on the island.",
            S.DISRUPTED_WEAPONS_USE,
        ),
        (
            "The armed group named a new commander on Friday, a month after an air raid killed his predecessor.",
            S.CHANGE_TO_GROUP,
        ),
    ],
)
def test_the_ledes_own_strategic_words_win(text: str, kind: S) -> None:
    assert strategic.settle(_pred(S.SHELLING), text).sub_event_type is kind


@pytest.mark.parametrize(
    "text",
    [
        "Militants overran the army post and seized its weapons and vehicles.",  # spoils of an attack
        "Soldiers killed five rebels in the hills and recovered their rifles.",  # a deadly fight
    ],
)
def test_weapons_taken_in_a_fight_are_the_fight(text: str) -> None:
    pred = _pred(S.ARMED_CLASH)
    assert strategic.settle(pred, text) is pred


def test_protests_and_riots_are_never_corrected() -> None:
    pred = _pred(S.VIOLENT_DEMONSTRATION)
    assert (
        strategic.settle(pred, "Police seized two pistols from rioters who had stormed the town hall.")
        is pred
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nurses marched to the health ministry on Monday to demand unpaid wages; police later detained two.",
        "Opposition supporters rallied outside the electoral commission, and some vandalised a gate.",
    ],
)
def test_a_protest_lede_takes_the_crowd_reading(text: str) -> None:
    got = strategic.settle(_pred(S.ARRESTS, S.PEACEFUL_PROTEST, S.VIOLENT_DEMONSTRATION), text)
    assert got.sub_event_type is S.PEACEFUL_PROTEST


@pytest.mark.parametrize(
    "text",
    [
        "The governor extended a ban on protests in the province for 15 days.",
        "Riot police deployed across the port city to prevent planned opposition rallies.",
        "Police detained four students for taking part in a march last month.",
    ],
)
def test_a_protest_not_held_keeps_the_reading(text: str) -> None:
    pred = _pred(S.CHANGE_TO_GROUP, S.PEACEFUL_PROTEST)
    assert strategic.settle(pred, text) is pred


@pytest.mark.parametrize(
    "text",
    [
        "About 300 families left their villages in the district on Tuesday and moved to the county seat.",
        "Hundreds of residents fled the border town overnight towards the capital, local officials said.",
    ],
)
def test_displacement_alone_is_other(text: str) -> None:
    assert strategic.settle(_pred(S.ATTACK), text).sub_event_type is S.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents fled after gunmen attacked the market.",  # the attack is the event
        "Villagers fled as militiamen torched their granaries.",
        "Two people were killed and hundreds fled the town.",
    ],
)
def test_flight_from_violence_is_that_violence(text: str) -> None:
    pred = _pred(S.ATTACK)
    assert strategic.settle(pred, text) is pred


@pytest.mark.parametrize(
    "text",
    [
        "The army said it fired dozens of missiles at the port overnight; the navy intercepted most of them.",
        "Two drones hit a fuel depot after air defences intercepted five others.",
    ],
)
def test_an_intercepted_strike_is_the_strike(text: str) -> None:
    got = strategic.settle(_pred(S.DISRUPTED_WEAPONS_USE, S.AIR_DRONE_STRIKE), text)
    assert got.sub_event_type is S.AIR_DRONE_STRIKE


def test_weapons_left_in_a_town_taken_are_the_takeover() -> None:
    text = "Rebels seized control of the river town on Sunday, along with rifles and ammunition left behind by troops."
    pred = _pred(S.NON_STATE_OVERTAKES_TERRITORY)
    assert strategic.settle(pred, text) is pred


def test_a_measure_taken_against_protests_is_no_protest() -> None:
    pred = _pred(S.CHANGE_TO_GROUP, S.PROTEST_WITH_INTERVENTION)
    text = "The ministry shut every campus until further notice in response to protests over fees."
    assert strategic.settle(pred, text) is pred


def test_weapons_recovered_after_a_gunfight_are_the_gunfight() -> None:
    pred = _pred(S.ARMED_CLASH)
    text = "Troops recovered a dozen rifles after a two-hour gunfight with bandits in the hills."
    assert strategic.settle(pred, text) is pred


def test_a_toll_told_in_a_which_clause_is_another_event() -> None:
    pred = _pred(S.ARRESTS, S.PEACEFUL_PROTEST)
    text = "Police arrested a union leader on Monday over a strike in which two guards were killed."
    assert strategic.settle(pred, text) is pred
