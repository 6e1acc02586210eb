"""Wire copy read right: whom an act is laid on, who only tells of it, foreign arms, unnamed fighters
of one kind, a victim's home region, a dateline, a dispersal's dead, gangs and air-dropped bombs.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from tests.extract.sides_check import read_roles, recoded

from vigil.domain import Article, Report
from vigil.extract.actors import ActorRegistry
from vigil.extract.agency import WITNESS
from vigil.extract.geocode import Geocoder
from vigil.extract.roles import Roles, score_mentions
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 5, 4)
BOMB = "A suicide bomber blew himself up beside a police van in Bannu on Friday, killing three officers. "


def _no_side_then_actor1(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    country: str,
    sub: SubEventType,
    witness: str,
    actor1: str,
) -> Roles:
    """``witness`` is read as no side, and the event's actor1 is ``actor1``."""
    assert _agency(registry, nlp, text, country)[witness] == WITNESS
    r = read_roles(registry, nlp, text, sub, country, WHEN)
    assert r.actor1 is not None and r.actor1.name == actor1
    return r


def _principal(coder: Any, text: str) -> Report | None:
    return cast(Report | None, coder.code(Article(text=text, published=date(2024, 5, 6))).principal_report)


def _agency(registry: ActorRegistry, nlp: Language, text: str, country: str) -> dict[str, int]:
    mentions = registry.find(text, country=country, when=WHEN)
    return {
        text[s.mention.start : s.mention.end]: s.agency for s in score_mentions(text, mentions, nlp(text))
    }


def test_the_group_an_attack_is_blamed_on_carried_it_out(registry: ActorRegistry, nlp: Language) -> None:
    for tail in (
        "Officials blamed the bombing on the Pakistani Taliban.",
        "Suspicion fell on the Pakistani Taliban.",
    ):
        r = read_roles(registry, nlp, BOMB + tail, SubEventType.SUICIDE_BOMB, "Pakistan", WHEN)
        assert r.actor1 is not None and r.actor1.name.startswith("TTP"), tail
        assert r.actor2 is not None and r.actor2.name.startswith("Police Forces of Pakistan"), tail


def test_who_blames_a_group_is_no_side(registry: ActorRegistry, nlp: Language) -> None:
    text = "A bomb went off in a crowded market in Maiduguri on Friday, killing four traders. Police blamed Boko Haram."
    assert _agency(registry, nlp, text, "Nigeria")["Police"] == WITNESS
    r = read_roles(registry, nlp, text, SubEventType.REMOTE_EXPLOSIVE, "Nigeria", WHEN)
    assert r.actor2 is not None and r.actor2.name == "Civilians (Nigeria)"


def test_an_accuser_speaking_of_its_own_men_stays_in_the_event(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "The army accused Boko Haram of attacking its base in Monguno on Sunday."
    assert _agency(registry, nlp, text, "Nigeria")["army"] != WITNESS


def test_armed_groups_that_clashed_fought_their_own_kind(registry: ActorRegistry, nlp: Language) -> None:
    for text in (
        "Armed groups clashed in the Libyan capital overnight, killing nine people, the health ministry said.",
        "Militias fought in Zawiya on Monday, leaving four people dead.",
    ):
        r = read_roles(registry, nlp, text, SubEventType.ARMED_CLASH, "Libya", WHEN)
        assert r.actor1 is not None and r.actor1.name == "Unidentified Armed Group (Libya)", text
        assert r.actor2 == r.actor1, text


def test_gunmen_who_fought_the_police_did_not_fight_their_own_kind(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "Gunmen clashed with police in Zawiya on Monday, leaving four people dead."
    r = read_roles(registry, nlp, text, SubEventType.ARMED_CLASH, "Libya", WHEN)
    assert r.actor2 is not None and r.actor2.name.startswith("Police Forces of Libya")


def test_a_victims_home_region_is_not_where_he_was_killed(geocoder: Geocoder, nlp: Language) -> None:
    text = "Militants shot dead a labourer from Bihar in Kashmir's Pulwama district on Thursday, police said."
    loc = geocoder.locate(text, doc=nlp(text))
    assert loc is not None and loc.name == "Pulwama" and loc.admin1.startswith("Jammu")


def test_groups_only_said_to_be_active_in_the_area_are_no_side(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = (
        "Three soldiers died when their truck struck a landmine near Djibo on Monday, a security source said. "
        "No group claimed the blast, but fighters linked to al Qaeda and Islamic State are active in the area."
    )
    r = _no_side_then_actor1(
        registry, nlp, text, "Burkina Faso", SubEventType.REMOTE_EXPLOSIVE, "Islamic State",
        "Unidentified Armed Group (Burkina Faso)",
    )  # fmt: skip
    assert not r.assoc_actor1


def test_a_group_that_acts_beside_a_presence_sentence_keeps_its_side(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = (
        "Islamic State fighters killed nine herders near Menaka on Sunday. The group is active in the area."
    )
    r = read_roles(registry, nlp, text, SubEventType.ATTACK, "Mali", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("Islamic State")


def test_a_dispersed_protest_that_left_a_death_is_excessive_force(coder: Any) -> None:
    text = (
        "Police in Chittagong fired tear gas and rubber bullets to break up a march by thousands of "
        "dock workers demanding unpaid wages on Sunday. One worker later died of his wounds in hospital."
    )
    report = _principal(coder, text)
    assert report is not None and report.fatalities == 1
    assert report.sub_event_type is SubEventType.EXCESSIVE_FORCE


def test_a_foreign_force_that_says_its_aircraft_struck_is_the_attacker(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = (
        "A drone strike hit a motorbike near Nabatieh on Tuesday, killing a Hezbollah fighter, a security "
        "official said. The Israeli army said its aircraft struck a Hezbollah operative in the area."
    )
    r = read_roles(registry, nlp, text, SubEventType.AIR_DRONE_STRIKE, "Lebanon", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Israel")
    assert r.actor2 is not None and r.actor2.name == "Hezbollah"


def test_the_accused_blaming_another_names_no_attacker(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "M23 rebels shelled a camp for displaced people near Goma on Friday, killing nine people, the "
        "United Nations said. The rebels denied responsibility and blamed the army."
    )
    r = read_roles(registry, nlp, text, SubEventType.SHELLING, "Democratic Republic of Congo", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("M23")
    assert r.actor2 is not None and r.actor2.name.startswith("Civilians")


def test_a_dateline_is_not_the_ledes_place(coder: Any) -> None:
    text = (
        "ISLAMABAD (AP) — Troops killed five militants in a raid on a compound in the northwest on "
        "Sunday, the army said. One soldier died in the gunfight in the North Waziristan district."
    )
    report = _principal(coder, text)
    assert report is not None and report.location is not None
    assert report.location.admin2.startswith("North Wa")


def test_a_named_gang_that_burned_and_killed_is_no_mob(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Members of the Viv Ansanm gang coalition torched homes and killed at least nine people in the "
        "town of Mirebalais on Monday, residents said."
    )
    assert recoded(registry, nlp, SubEventType.MOB_VIOLENCE, text, "Haiti", WHEN) is SubEventType.ATTACK
    crowd = "A crowd of residents torched homes and killed a suspected gang member in Mirebalais on Monday."
    mob = SubEventType.MOB_VIOLENCE
    assert recoded(registry, nlp, mob, crowd, "Haiti", WHEN) is mob


def test_an_air_dropped_bomb_read_as_an_attack_is_an_air_strike() -> None:
    from vigil.extract.classify import Prediction
    from vigil.extract.strategic import settle

    text = "A Russian glide bomb hit an apartment block in Zaporizhzhia on Sunday, killing two people."
    pred = Prediction(sub_event_type=SubEventType.ATTACK, probability=0.5, relevance=0.9, ranked=())
    assert settle(pred, text).sub_event_type is SubEventType.AIR_DRONE_STRIKE
    plain = "Gunmen shot dead two people in Zaporizhzhia on Sunday."
    assert settle(pred, plain).sub_event_type is SubEventType.ATTACK


def test_a_crowd_that_looted_shops_is_a_riot_not_a_looting() -> None:
    from vigil.extract.protests import recode

    text = "Youths in a township outside Durban broke into foreign-owned shops and looted goods on Sunday, police said."
    assert recode(SubEventType.LOOTING, text) is SubEventType.MOB_VIOLENCE
    armed = "Gunmen looted shops in a market outside Durban on Sunday, residents said."
    assert recode(SubEventType.LOOTING, armed) is SubEventType.LOOTING


def test_the_police_a_mob_clashed_with_are_its_other_side(registry: ActorRegistry, nlp: Language) -> None:
    text = "Hundreds of supporters of a jailed opposition leader clashed with police in Lahore on Tuesday."
    r = read_roles(registry, nlp, text, SubEventType.MOB_VIOLENCE, "Pakistan", WHEN)
    assert r.actor2 is not None and r.actor2.name.startswith("Police Forces of Pakistan")


HOTEL = (
    "MOGADISHU, Somalia (AP) — Al-Shabab fighters stormed a seaside hotel in Somalia's capital late on "
    "Friday, killing at least seven guests in a siege that lasted hours, police said. The attackers set off "
    "a car bomb at the gate before gunmen forced their way in, a police spokesman said. Troops killed the "
    "last of the attackers on Saturday morning. The group has carried out many such raids on hotels in "
    "Mogadishu over the past decade, including a siege in 2022 that killed 21."
)


def test_an_event_outweighed_by_its_background_paragraph_is_still_coded(coder: Any) -> None:
    report = _principal(coder, HOTEL)
    assert report is not None
    assert report.actor1 is not None and report.actor1.name == "Al Shabaab"
    assert not any("2022" in s for s in report.sentences)  # the background is no part of the event


def test_a_war_told_since_a_month_and_year_is_background() -> None:
    from vigil.extract.scene import looks_back

    assert looks_back(
        "The RSF has been at war with the army since April 2023.", date(2024, 5, 4), date(2024, 5, 6)
    )
    assert not looks_back("The RSF shelled the camp on Saturday.", date(2024, 5, 4), date(2024, 5, 6))


def test_a_group_suspected_of_a_killing_did_it_and_investigators_did_not(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = (
        "On 3 March 2023, an unidentified armed group is suspected to have killed a trader found in his shop "
        "in Djougou. Police officers are conducting an investigation."
    )
    _no_side_then_actor1(
        registry,
        nlp,
        text,
        "Benin",
        SubEventType.ATTACK,
        "Police officers",
        "Unidentified Armed Group (Benin)",
    )


def test_forces_that_only_stopped_what_people_began_are_not_the_attackers(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = (
        "On 4 March 2023, a farmer wounded a herder with a machete near Tchaourou. Relatives of the herder "
        "tried to burn the farmer's granary but were stopped by the police."
    )
    r = read_roles(registry, nlp, text, SubEventType.ATTACK, "Benin", WHEN)
    assert r.actor1 is not None and not r.actor1.name.startswith("Police")


def test_fighters_of_a_named_group_act_as_the_group(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Fighters of the Southern Transitional Council took over government offices in Aden on Thursday "
        "after government troops pulled out, residents said."
    )
    assert _agency(registry, nlp, text, "Yemen")["Southern Transitional Council"] > 0
    r = read_roles(registry, nlp, text, SubEventType.NON_VIOLENT_TRANSFER, "Yemen", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("STC")


def test_a_non_violent_development_carries_no_deaths_but_keeps_the_claim(coder: Any) -> None:
    text = (
        "BAMAKO (Reuters) - Mali's JNIM named a new commander for its operations in the central Mopti "
        "region after the previous leader was killed, the group said in a statement on Monday."
    )
    report = _principal(coder, text)
    assert report is not None and report.sub_event_type is SubEventType.CHANGE_TO_GROUP
    assert report.fatalities == 0
    assert any(c.figure == 1 for c in report.claims)
