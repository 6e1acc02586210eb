"""Wire copy read right: a family's dead and a list's speakers, houses burned beside a killing,
gangs that burn and kill, armed men from a people, and faith communities that clash.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tests.extract.sides_check import read_roles, recoded, settled

from vigil.extract.actors import ActorRegistry
from vigil.extract.figures import extract_claims, fatalities
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 4, 3)


def _recoded(
    registry: ActorRegistry, nlp: Language, sub: SubEventType, text: str, country: str
) -> SubEventType:
    return recoded(registry, nlp, sub, text, country, WHEN)


def _deaths(text: str) -> int:
    return fatalities(extract_claims([text]))


def test_members_of_one_family_are_one_figure_of_civilians() -> None:
    text = "An air strike hit a house in Rafah overnight, killing eight members of one family, medics said."
    claims = extract_claims([text])
    assert [(c.figure, c.counted.value) for c in claims] == [(8, "civilians")]


def test_speakers_at_the_end_of_a_toll_are_not_more_dead() -> None:
    text = (
        "A strike on a village in Magway region on Sunday killed at least 12 civilians, including four "
        "children, residents and a resistance group said."
    )
    assert _deaths(text) == 12
    kin = "Gunmen killed a farmer and a herder near Jos on Monday, police and a local group said."
    assert _deaths(kin) == 2


def test_houses_burned_beside_a_killing_do_not_hide_the_killing() -> None:
    from vigil.extract.cues import plain_telling

    text = "Gangs raided a district of Cap-Haitien on Sunday, burning houses and killing at least five residents."
    assert "burning houses" not in plain_telling(text)
    assert "killing at least five residents" in plain_telling(text)
    fire = "A fire swept through a market in Kano on Sunday, burning shops and stalls."
    assert plain_telling(fire) == fire


def test_a_gang_that_burns_houses_and_kills_residents_attacks_them(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "Gang members set fire to houses in a district of Cap-Haitien on Sunday, killing four residents."
    assert _recoded(registry, nlp, SubEventType.MOB_VIOLENCE, text, "Haiti") is SubEventType.ATTACK
    crowd = "Angry residents set fire to houses of suspected gang members in Cap-Haitien on Sunday."
    assert _recoded(registry, nlp, SubEventType.MOB_VIOLENCE, crowd, "Haiti") is SubEventType.MOB_VIOLENCE


def test_armed_men_from_a_people_are_its_militia(registry: ActorRegistry, nlp: Language) -> None:
    text = "Gunmen from the Fulani community raided a village in Benue state on Sunday, killing nine people."
    r = read_roles(registry, nlp, text, SubEventType.ATTACK, "Nigeria", WHEN)
    assert r.actor1 is not None and r.actor1.name == "Fulani Ethnic Militia (Nigeria)"


def test_faith_communities_that_clash_are_two_crowds(registry: ActorRegistry, nlp: Language) -> None:
    text = "Three people died on Saturday in clashes between Hindus and Muslims in a town in Gujarat, police said."
    assert _recoded(registry, nlp, SubEventType.ARMED_CLASH, text, "India") is SubEventType.MOB_VIOLENCE
    r = read_roles(registry, nlp, text, SubEventType.MOB_VIOLENCE, "India", WHEN)
    assert r.actor1 is not None and r.actor1.name == "Rioters (India)"
    assert [a.name for a in r.assoc_actor1] == ["Hindu Group (India)"]
    assert r.actor2 is not None and r.actor2.name == "Rioters (India)"
    assert [a.name for a in r.assoc_actor2] == ["Muslim Group (India)"]


def test_a_faith_mob_and_its_victims_keep_their_own_communities(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "A Buddhist mob attacked Muslim shopkeepers in a town near Kandy on Monday, injuring five."
    r = read_roles(registry, nlp, text, SubEventType.MOB_VIOLENCE, "Sri Lanka", WHEN)
    assert [a.name for a in r.assoc_actor1] == ["Buddhist Group (Sri Lanka)"]
    assert r.actor2 is not None and r.actor2.name == "Civilians (Sri Lanka)"
    assert [a.name for a in r.assoc_actor2] == ["Muslim Group (Sri Lanka)"]


def test_a_named_armed_group_keeps_a_faith_clash_a_battle(registry: ActorRegistry, nlp: Language) -> None:
    text = "Anti-balaka fighters clashed with Muslim residents in Bangassou on Friday, leaving six dead."
    assert (
        _recoded(registry, nlp, SubEventType.ARMED_CLASH, text, "Central African Republic")
        is not SubEventType.MOB_VIOLENCE
    )


def test_a_state_named_as_the_sender_is_its_armed_forces(registry: ActorRegistry) -> None:
    text = "Drones launched by Russia hit a power plant near Kharkiv overnight."
    names = [m.actor.name for m in registry.find(text, country="Ukraine", when=WHEN)]
    assert any(n.startswith("Military Forces of Russia") for n in names)
    place = "Refugees from Russia crossed into Georgia on Sunday."
    assert not any(
        m.actor.name.startswith("Military") for m in registry.find(place, country="Georgia", when=WHEN)
    )


def test_who_shot_down_drones_comes_before_who_launched_them(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Ukrainian air defences shot down 25 of 30 drones launched by Russia overnight over the Odesa region."
    )
    r = read_roles(registry, nlp, text, SubEventType.DISRUPTED_WEAPONS_USE, "Ukraine", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Ukraine")
    assert r.actor2 is not None and r.actor2.name.startswith("Military Forces of Russia")


def test_hostages_freed_in_an_operation_make_it_no_kidnapping(registry: ActorRegistry, nlp: Language) -> None:
    text = "Troops killed nine bandits and rescued 20 kidnapped villagers in Katsina state, the army said."
    assert _recoded(registry, nlp, SubEventType.ABDUCTION, text, "Nigeria") is SubEventType.ARMED_CLASH
    taken = "Bandits kidnapped 20 villagers in Katsina state, and troops later rescued five of them."
    assert _recoded(registry, nlp, SubEventType.ABDUCTION, taken, "Nigeria") is SubEventType.ABDUCTION


def test_a_people_whose_men_were_found_dead_is_not_the_attacker(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = (
        "Police in Manipur said on Tuesday they had recovered the bodies of two men from the Kuki "
        "community who went missing last week."
    )
    r = read_roles(registry, nlp, text, SubEventType.ATTACK, "India", WHEN)
    assert r.actor1 is not None and "Kuki" not in r.actor1.name


def test_who_the_dead_were_does_not_hide_their_number() -> None:
    text = (
        "Four Turkish engineers working on a dam near Herat were killed by gunmen on Sunday, officials said."
    )
    assert _deaths(text) == 4
    two = "Two nurses living in the camp were shot dead on Friday."
    assert _deaths(two) == 2


def test_militants_from_a_named_group_are_that_group(registry: ActorRegistry) -> None:
    text = "Militants from the Baloch Liberation Army attacked a police post in Turbat on Sunday."
    names = [m.actor.name for m in registry.find(text, country="Pakistan", when=WHEN)]
    assert names[0].startswith("BLA") and not any(n.startswith("TTP") for n in names)


def test_armed_men_who_captured_fighters_arrested_them() -> None:
    taken = SubEventType.NON_STATE_OVERTAKES_TERRITORY
    text = "Iraqi forces captured 15 Islamic State militants in a raid in Anbar province on Tuesday."
    assert settled(taken, text) is SubEventType.ARRESTS
    town = "Rebels captured the town of Kalehe after heavy fighting on Sunday."
    assert settled(taken, town) is taken


def test_ground_taken_from_the_only_force_named_was_taken_by_another(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "Rebels captured the town of Kalehe after heavy fighting with the army on Sunday."
    r = read_roles(
        registry, nlp, text, SubEventType.NON_STATE_OVERTAKES_TERRITORY, "Democratic Republic of Congo", WHEN
    )
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Armed Group")
    assert r.actor2 is not None and r.actor2.name.startswith(
        "Military Forces of the Democratic Republic of Congo"
    )


def test_an_armed_group_that_arrests_is_actor1(registry: ActorRegistry, nlp: Language) -> None:
    text = "Fighters of the Syrian Democratic Forces arrested 20 suspected IS members in Deir ez-Zor on Saturday."
    r = read_roles(registry, nlp, text, SubEventType.ARRESTS, "Syria", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("QSD")


def test_the_armed_group_a_crowd_protests_against_is_not_its_associate(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "Residents blocked the main road in Beni on Tuesday, burning tyres, to protest against repeated ADF attacks."
    r = read_roles(
        registry, nlp, text, SubEventType.VIOLENT_DEMONSTRATION, "Democratic Republic of Congo", WHEN
    )
    assert not any("ADF" in a.name for a in r.assoc_actor1)


def _agency(registry: ActorRegistry, nlp: Language, text: str, country: str) -> dict[str, int]:
    from vigil.extract.roles import score_mentions

    mentions = registry.find(text, country=country, when=WHEN)
    return {
        text[s.mention.start : s.mention.end]: s.agency for s in score_mentions(text, mentions, nlp(text))
    }


def test_who_a_toll_is_according_to_is_no_side(registry: ActorRegistry, nlp: Language) -> None:
    from vigil.extract.speakers import WITNESS

    text = (
        "The military launched air strikes on a camp for displaced people near Laiza on Monday, killing "
        "28 people, according to the Kachin Independence Army and local aid workers."
    )
    assert _agency(registry, nlp, text, "Myanmar")["Kachin Independence Army"] == WITNESS
    r = read_roles(registry, nlp, text, SubEventType.AIR_DRONE_STRIKE, "Myanmar", WHEN)
    assert r.actor2 is not None and r.actor2.name == "Civilians (Myanmar)"


def test_whom_a_denier_blames_is_no_side(registry: ActorRegistry, nlp: Language) -> None:
    from vigil.extract.speakers import WITNESS

    text = (
        "A junta spokesman denied that the army had carried out any attack in the area and blamed the "
        "explosion on the KIA's own ammunition store."
    )
    assert _agency(registry, nlp, text, "Myanmar")["KIA"] == WITNESS


def test_what_came_later_is_not_what_the_event_was() -> None:
    from vigil.extract.scene import follow_up

    assert follow_up("The government said the troops had later retaken the base.")
    assert follow_up("The driver was later released.")
    assert not follow_up("They later reported the attack to the police.")
    assert not follow_up("The driver was later found dead.")


def test_a_passage_is_not_placed_at_its_dateline(coder: object) -> None:
    from vigil.extract.scene import told_place

    geocoder = coder.res.geocoder  # type: ignore[attr-defined]
    text = "MOGADISHU, Somalia — Al-Shabaab fighters overran an army base in central Somalia on Tuesday."
    loc = told_place(geocoder, text, "Somalia")
    assert loc is None or loc.name != "Mogadishu"
    inside = "Al-Shabaab fighters attacked an army base in Mogadishu on Tuesday."
    placed = told_place(geocoder, inside, "Somalia")
    assert placed is not None and placed.name == "Mogadishu"


BASE_OVERRUN = (
    "Al Shabaab fighters overran an army base at Elbur in central Somalia early on Tuesday after two car "
    "bombs blew open its gates, killing at least 15 soldiers, officials said. The fighting at the base, in "
    "the Galgaduud region, lasted more than two hours, an officer said. The group said on its radio that "
    "it had killed 30 soldiers and seized weapons. The government said troops had later retaken the base "
    "with the help of clan militias. The group has fought the government for more than 15 years."
)


def test_a_long_report_is_typed_by_the_event_not_by_its_sequel(coder: object) -> None:
    from vigil.domain import Article

    report = coder.code(Article(text=BASE_OVERRUN, published=date(2024, 6, 26))).principal_report  # type: ignore[attr-defined]
    assert report is not None
    assert report.sub_event_type is not SubEventType.GOVERNMENT_REGAINS_TERRITORY
    assert report.actor1 is not None and report.actor1.name == "Al Shabaab"


def test_a_death_in_custody_that_moved_a_mob_is_not_its_toll() -> None:
    text = "A crowd set fire to a police post in Narayanganj on Saturday after a man died in police custody."
    assert _deaths(text) == 0
    assert _deaths("A man died in police custody in Narayanganj on Saturday, his family said.") == 1


def test_the_police_who_dispersed_a_mob_are_its_other_side(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "A mob set fire to a police station in Rajshahi on Saturday, and police fired shots in the air to "
        "disperse them."
    )
    r = read_roles(registry, nlp, text, SubEventType.MOB_VIOLENCE, "Bangladesh", WHEN)
    assert r.actor2 is not None and r.actor2.name.startswith("Police Forces of Bangladesh")


def test_a_depot_blast_caused_by_a_drone_strike_is_the_strike() -> None:
    ranked = (SubEventType.DISRUPTED_WEAPONS_USE, SubEventType.AIR_DRONE_STRIKE)
    text = "A fire at an ammunition depot in Kassala on Sunday was caused by a drone attack, the army said."
    assert settled(SubEventType.DISRUPTED_WEAPONS_USE, text, ranked) is SubEventType.AIR_DRONE_STRIKE


def test_men_known_by_a_groups_name_are_the_group(registry: ActorRegistry) -> None:
    text = "Ruling party militiamen known as Imbonerakure beat two opposition members in Kirundo on Sunday."
    names = [m.actor.name for m in registry.find(text, country="Burundi", when=WHEN)]
    assert names[0].startswith("CNDD-FDD-Imbonerakure")


def test_a_headlines_bare_participle_is_what_befell_its_subject(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "Three soldiers killed, two wounded in IED blast in Niger's Tahoua region"
    assert _agency(registry, nlp, text, "Niger")["soldiers"] < 0
    acting = "Soldiers killed three militants in an ambush near Tahoua on Monday."
    assert _agency(registry, nlp, acting, "Niger")["Soldiers"] > 0


def test_the_martyred_are_dead() -> None:
    assert _deaths("Four policemen were martyred when terrorists attacked a check post in Lakki Marwat.") == 4


def test_an_age_is_no_count_of_the_dead() -> None:
    assert _deaths("Gunmen shot dead a 15-year-old girl in Cite Soleil on Sunday.") == 1
    assert _deaths("Two 16-year-old boys were killed in the blast.") == 2
    assert _deaths("Police shot dead three men aged between 20 and 30 in a raid.") == 3


def test_kurdish_led_fighters_in_syria_are_the_sdf(registry: ActorRegistry) -> None:
    text = "Turkish-backed factions clashed with Kurdish-led fighters near Manbij on Wednesday."
    names = [m.actor.name for m in registry.find(text, country="Syria", when=WHEN)]
    assert "QSD: Syrian Democratic Forces" in names


def test_the_first_of_verbs_sharing_an_object_is_no_headline(registry: ActorRegistry, nlp: Language) -> None:
    text = "Suspected militants reportedly abducted, executed and mutilated a village guard near Djibo."
    assert _agency(registry, nlp, text, "Burkina Faso")["Suspected militants"] > 0


def test_armed_men_believed_to_be_from_a_named_group_are_that_group(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "Armed men believed to be from the Karen National Liberation Army attacked an army outpost in Kayin state."
    r = read_roles(registry, nlp, text, SubEventType.ARMED_CLASH, "Myanmar", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("KNU/KNLA")
    assert r.actor2 is not None and r.actor2.name.startswith("Military Forces of Myanmar")


def test_brazils_military_police_are_its_military_police_unit(registry: ActorRegistry) -> None:
    text = "Brazilian military police killed six people during a raid on a favela in Salvador on Friday."
    names = [m.actor.name for m in registry.find(text, country="Brazil", when=WHEN)]
    assert names[0].startswith("Military Forces of Brazil") and names[0].endswith("Military Police")


def test_the_attackers_identity_is_not_the_victims(registry: ActorRegistry, nlp: Language) -> None:
    text = "Gunmen believed to be Fulani herders killed nine farmers in Benue state on Sunday."
    r = read_roles(registry, nlp, text, SubEventType.ATTACK, "Nigeria", WHEN)
    assert [a.name for a in r.assoc_actor2] == ["Farmers (Nigeria)"]


def test_an_unattributed_strike_is_the_usual_strikers(registry: ActorRegistry, nlp: Language) -> None:
    kyiv = "A missile hit an apartment block in Dnipro overnight, killing four people, the governor said."
    r = read_roles(registry, nlp, kyiv, SubEventType.SHELLING, "Ukraine", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Russia")
    gaza = "An air strike on a house in Deir al-Balah killed six people on Tuesday, medics said."
    r = read_roles(registry, nlp, gaza, SubEventType.AIR_DRONE_STRIKE, "Palestine", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Israel")
    home = "An air strike on a market in Tambul killed nine people on Tuesday, residents said."
    r = read_roles(registry, nlp, home, SubEventType.AIR_DRONE_STRIKE, "Sudan", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Sudan")


def test_a_people_among_the_victims_is_their_ethnic_group(registry: ActorRegistry, nlp: Language) -> None:
    text = "Unknown gunmen shot dead a Fulani pastoralist near Kandi on Sunday."
    r = read_roles(registry, nlp, text, SubEventType.ATTACK, "Benin", WHEN)
    assert "Fulani Ethnic Group (Benin)" in [a.name for a in r.assoc_actor2]


def test_a_mine_that_did_the_harm_makes_it_a_remote_explosive() -> None:
    text = "A mine planted on the road near Douentza destroyed a bus on Tuesday, killing eight passengers."
    assert settled(SubEventType.ATTACK, text) is SubEventType.REMOTE_EXPLOSIVE
    gold = "Gunmen stormed a gold mine near Kidal on Friday and killed three miners."
    assert settled(SubEventType.ATTACK, gold) is SubEventType.ATTACK


def test_an_armed_group_that_set_up_a_base_established_it() -> None:
    from vigil.extract.cues import strategic_kind

    assert strategic_kind("Al-Shabaab has set up a new base in the forests near Jilib, residents said.") is (
        SubEventType.HEADQUARTERS_ESTABLISHED
    )
    assert strategic_kind("Militants attacked the newly established camp, killing two soldiers.") is None
    assert strategic_kind("The UN set up a new camp for displaced families near Kismayo.") is None
