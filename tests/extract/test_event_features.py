"""Cue groups and precedence rules of the event classifier, one codebook line at a time."""

from __future__ import annotations

from vigil.extract.classify import TrainConfig
from vigil.extract.event_features import CUE_NAMES, Lexicon, build_rules
from vigil.extract.event_rules import rule_named
from vigil.taxonomy import SubEventType


def _cues(text: str) -> set[str]:
    return {CUE_NAMES[i] for i, n in enumerate(Lexicon.build().hits(text)) if n}


def _fires(name: str, text: str) -> bool:
    return rule_named(name).fires(text)


def _only_from(name: str) -> tuple[SubEventType, ...]:
    return rule_named(name).only_from


def test_riot_police_are_no_riot() -> None:
    assert "riot" not in _cues("Riot police broke up the march outside parliament.")
    assert "riot" not in _cues("Anti-riot units fired tear gas at the crowd.")
    assert "riot" in _cues("Rioters burned the mayor's office.")


def test_looted_public_funds_are_no_looting() -> None:
    slogan = _cues("Protesters demanded the return of looted funds to the treasury.")
    assert not {"looting", "violent_crowd"} & slogan
    assert {"looting", "violent_crowd"} <= _cues("Fighters looted shops in the town centre.")


def test_goods_taken_are_a_looting_cue_and_no_disrupted_weapon() -> None:
    cues = _cues("Militants intercepted a truck on the highway and seized the goods.")
    assert "looting" in cues and "disrupted" not in cues
    assert "disrupted" in _cues("Air defences intercepted two missiles over the capital.")


def test_ordinary_crime_and_accidents_have_cues_of_their_own() -> None:
    assert "crime" in _cues("Detectives said the motive was a personal debt.")
    assert "crime" not in _cues("Militants killed five villagers near the town.")
    assert "hazard" in _cues("A gas cylinder exploded in a restaurant kitchen, firefighters said.")
    # the crime cue is not an event cue: a crime report alone still reads as "no event cue"
    matrix = Lexicon.build().matrix(["Detectives said the motive was a personal debt."])
    assert matrix[0, -1] == 1.0


def test_arrests_at_a_protest_are_an_intervention_cue() -> None:
    assert "intervention" in _cues("Several arrests were made when students rallied against fees.")
    assert "intervention" in _cues("Officers forcibly removed women staging a sit-in.")
    assert "intervention" not in _cues("Students rallied peacefully against fees.")


def test_barricades_and_burning_tyres_are_rioting() -> None:
    assert _fires("rioting_not_peaceful", "Youths erected barricades on the main road to protest.")
    assert _fires("rioting_not_peaceful", "Protesters lit tyres and blocked the road with stones.")
    assert not _fires("rioting_not_peaceful", "Protesters blocked the highway for two hours.")
    # the codebook's excessive force is force on *peaceful* demonstrators
    assert SubEventType.EXCESSIVE_FORCE in _only_from("rioting_not_peaceful")


def test_a_crowd_with_a_demand_is_a_demonstration_not_a_mob() -> None:
    assert _fires("demonstrators_not_mob", "Striking workers stoned the director's car.")
    assert not _fires("demonstrators_not_mob", "Residents protested, then lynched a suspected thief.")
    assert not _fires("demonstrators_not_mob", "Clashes between supporters of two candidates after a rally.")
    assert not _fires("demonstrators_not_mob", "An angry crowd beat a man over a land dispute.")
    assert _only_from("demonstrators_not_mob") == (SubEventType.MOB_VIOLENCE,)


def test_property_harmed_without_people_harmed_is_a_looting() -> None:
    assert _fires("property_not_attack", "Gunmen attacked the village and burned a school and shops.")
    assert not _fires("property_not_attack", "Gunmen burned a school and killed a teacher.")
    assert not _fires("property_not_attack", "Gunmen opened fire on villagers and burned their huts.")
    assert not _fires("property_not_attack", "Gunmen attacked the gendarmerie and burned two vehicles.")
    assert _only_from("property_not_attack") == (SubEventType.ATTACK,)


def test_goods_taken_are_no_disrupted_weapon() -> None:
    assert _fires("goods_not_weapons", "Militants stopped a truck and seized the food it carried.")
    assert not _fires("goods_not_weapons", "Soldiers seized weapons and motorbikes at a militant camp.")
    assert _only_from("goods_not_weapons") == (SubEventType.DISRUPTED_WEAPONS_USE,)


def test_the_default_rules_all_exist() -> None:
    names = {r.name for r in build_rules()}
    assert set(TrainConfig().rules) <= names
    assert {"demonstrators_not_mob", "property_not_attack", "goods_not_weapons"} <= set(TrainConfig().rules)


def test_burning_objects_on_the_road_and_barricades_on_fire_are_rioting() -> None:
    assert _fires("rioting_not_peaceful", "Workers blocked the federal road with burning objects.")
    assert _fires(
        "rioting_not_peaceful", "Residents burned debris in front of the town hall to demand water."
    )
    assert _fires("rioting_not_peaceful", "The crowd set barricades on fire and demanded the families leave.")
    assert not _fires("rioting_not_peaceful", "Traders gathered in front of the market to demand lower fees.")


def test_a_body_found_bound_or_mutilated_is_an_attack_not_police_news() -> None:
    assert _fires(
        "bound_body", "Fishermen pulled the body of a man from a canal, his hands tied behind his back."
    )
    assert _fires("bound_body", "A woman was found dead by a road. The victim had been wrapped in a blanket.")
    assert _fires("bound_body", "Residents found two corpses bearing gunshot wounds near the market.")
    assert not _fires(
        "bound_body", "The body of a fisherman who drowned was recovered, with his hands tied to a net."
    )
    assert not _fires("bound_body", "A body was found in a flat; detectives said it bore signs of violence.")
    assert not _fires("bound_body", "Police found the body of a missing hiker at the foot of the cliff.")
    assert "bound_body" in TrainConfig().rules


def test_a_clash_told_as_a_change_of_activity_is_a_battle() -> None:
    assert _fires("fighting_not_strategic", "The army launched an offensive against a militia position.")
    assert _fires("fighting_not_strategic", "Fighters clashed with troops near the bridge.")
    assert not _fires("fighting_not_strategic", "The rebels withdrew from the town without fighting.")
    assert not _fires("fighting_not_strategic", "Both sides signed an agreement to end the clashes.")
    assert SubEventType.ARMED_CLASH not in _only_from("fighting_not_strategic")
    assert SubEventType.NON_VIOLENT_TRANSFER not in _only_from("fighting_not_strategic")


def test_suicide_bombers_killed_before_they_struck_are_no_suicide_bomb() -> None:
    assert _fires("suicide", "A suicide bomber blew himself up at a checkpoint, killing four.")
    assert not _fires("suicide", "Troops killed two IS suicide bombers near the mountains.")


def test_mutinies_are_violent_demonstrations_but_former_mutineers_protest() -> None:
    assert _fires("mutiny", "Mutinying soldiers fired their guns in the garrison town all night.")
    assert _fires("mutiny", "Soldiers protested and fired shots into the air outside the barracks.")
    assert not _fires("mutiny", "Former mutineers held a sit-in to ask to be reinstated.")
    assert not _fires("mutiny", "The army arrested 40 soldiers over last month's mutiny.")
    assert SubEventType.VIOLENT_DEMONSTRATION not in _only_from("mutiny")


def test_a_repelled_attack_is_a_battle() -> None:
    assert _fires("repelled_attack", "Soldiers repelled an attack by gunmen on their base.")
    assert _fires("repelled_attack", "Militia fighters thwarted a rebel incursion on the front.")
    assert not _fires("repelled_attack", "Gunmen attacked a village and killed five farmers.")
    assert SubEventType.ARMED_CLASH not in _only_from("repelled_attack")


def test_drugs_seized_are_no_disrupted_weapon() -> None:
    assert _fires("contraband_not_weapons", "Police seized two tonnes of marijuana at a checkpoint.")
    assert _fires("contraband_not_weapons", "Soldiers dismantled a cocaine lab in the forest.")
    assert not _fires("contraband_not_weapons", "Police seized drugs and three rifles in a raid.")
    assert _only_from("contraband_not_weapons") == (SubEventType.DISRUPTED_WEAPONS_USE,)


def test_taking_to_the_streets_is_a_protest_but_celebrating_is_not() -> None:
    assert _fires("streets_protest", "Pupils took to the streets in support of their striking teachers.")
    assert _fires("streets_protest", "Health workers began a 48-hour work stoppage over unpaid wages.")
    assert not _fires("streets_protest", "Fans took to the streets to celebrate the cup win.")
    (rule,) = [r for r in build_rules() if r.name == "streets_protest"]
    assert rule.when_none and not rule.only_from


def test_a_passive_burning_by_demonstrators_is_rioting() -> None:
    assert _fires("rioting_not_peaceful", "The town hall was burned down by demonstrators demanding water.")
    assert not _fires(
        "rioting_not_peaceful", "Demonstrators demanded the rebuilding of the burned town hall."
    )


def test_property_destroyed_by_people_is_a_looting_but_not_by_weather_or_animals() -> None:
    assert _fires("property_destroyed", "Unknown men destroyed the rice shops of traders in the town.")
    assert _fires("property_destroyed", "Five villagers destroyed the farmland of a neighbour in a land row.")
    assert not _fires("property_destroyed", "Hail destroyed crops across the valley, farmers said.")
    assert not _fires("property_destroyed", "A fire broke out and burned dozens of shops at the market.")
    (rule,) = [r for r in build_rules() if r.name == "property_destroyed"]
    assert rule.when_none and rule.target is SubEventType.LOOTING
