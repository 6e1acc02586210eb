"""Twenty-eighth round: four more blind sets (Latin America; Africa outside the Sahel; Asia; the
Middle East, Europe and the Sahel). A toll that rose or was first told lower, a breakdown told as an
aside, victims told again without a figure, a guess beside a count, a boast of "heavy losses"; talks
opened, strikes called for later, a report's statistics, a scam raid; a gang pact, a self-defence
group formed, a blame of murder, a kidnapping in plain words; squares named like towns, speakers'
provinces, a village unknown in a district that is known.

Sentences written for these tests, in the style of the texts they imitate.
"""

from __future__ import annotations

from typing import Any

import pytest


def _principal(coder: Any, text: str, year: int, month: int, day: int) -> Any:
    """The principal report ``vigil code`` gives ``text`` published on that day."""
    from datetime import date

    from vigil.domain import Article

    report = coder.code(Article(text=text, published=date(year, month, day))).principal_report
    assert report is not None
    return report


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # the figure a source first gave is replaced by the text's own later one
        (
            [
                "Eleven people, among them the two bombers, died when blasts hit a bus station on Friday, rescuers said.",
                "Police had initially put the toll at seven.",
            ],
            11,
        ),
        (
            [
                "At least 40 people were killed when a rocket hit the market on Monday, the governor said.",
                "The toll had earlier been put at 31.",
            ],
            40,
        ),
        # a breakdown told as an aside is no second figure
        (["Eight miners, six men and two women, were killed when the gunmen opened fire."], 8),
        (["Five people, three of them police officers, were killed when a bomb went off on the road."], 5),
        # victims told again without a figure are the same dead
        (
            [
                "Soldiers shot dead four protesters in the capital on Sunday, a medical group said.",
                "The group said the victims were killed by live rounds.",
            ],
            4,
        ),
        (
            [
                "A crowd stoned to death a man accused of theft at the market on Friday, police said.",
                '"The victim had already been killed when officers arrived," a police spokesman said.',
            ],
            1,
        ),
        # a guess beside a count is no count
        (
            [
                "At least 30 villagers were killed when gunmen raided the settlement, the UN said.",
                "A local chief said more than 60 people may have died.",
            ],
            30,
        ),
        # "heavy losses" outweighs no counted dead, in its own sentence or another
        (
            [
                "At least 12 soldiers were killed in fighting near the bridge on Friday, a monitor said, while "
                "the army said it had inflicted heavy losses on the attackers."
            ],
            12,
        ),
        (
            [
                "The rebels attacked army posts in the town, killing at least six soldiers, a rebel spokesman said.",
                "Two of its own fighters also died, he said.",
                "The army said it had repelled the assault and inflicted heavy losses on the attackers.",
            ],
            8,
        ),
        # burned alive is dead; a singular victim behind a title counts one
        (["Two men were beaten and burned alive by a mob in the market town on Wednesday."], 2),
        (["A gunman shot dead local radio broadcaster Ramon Cruz outside his studio on Sunday."], 1),
        # a figure named after U.S. is still read
        (["Four women and five children of a U.S.-Mexican family were shot dead on the road on Monday."], 9),
    ],
)
def test_tolls_replaced_broken_down_retold_and_guessed(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


def test_a_toll_that_rose_and_a_records_superlative(coder: Any) -> None:
    text = (
        "QUITO (Reuters) - The death toll from Monday's fighting between rival gangs inside a prison in the "
        "port city of Guayaquil rose to 68, police said on Wednesday, making it the worst jail killing in the "
        "country's history. Officials had initially reported 31 dead. Inmates attacked a rival wing with guns, "
        "grenades and knives, police said. About 25 people were wounded."
    )
    report = _principal(coder, text, 2022, 11, 16)
    assert report.fatalities == 68
    assert report.sub_event_type.value != "Grenade"  # a grenade among the arms is no grenade attack


def test_a_later_day_that_raises_the_toll_is_the_same_event(coder: Any) -> None:
    text = (
        "LEON, Mexico (Reuters) - Gunmen burst into a bar in the city of Leon on Saturday and opened fire on "
        "customers, killing nine people, officials said. On Sunday state prosecutors raised the toll to 11 "
        "after two of the wounded died in hospital."
    )
    assert _principal(coder, text, 2022, 5, 23).fatalities == 11


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "LIMA (Reuters) - Peru's government and a coca growers' federation opened a third round of talks in "
            "Lima on Tuesday, with a deal on eradication targets not expected before next month.",
            "talks without a deal",
        ),
        (
            "QUITO (Reuters) - Indigenous groups and transport unions on Monday called a national strike for "
            "June 13 to protest against fuel prices, their leaders said.",
            "protest called",
        ),
        (
            "HARARE (AFP) - The main opposition party called off a rally planned for Saturday after police "
            "banned it, a spokesman said.",
            "protest called",
        ),
        (
            "NAIROBI - Reported cases of gender-based violence in the country's refugee camps rose sharply in "
            "2022, according to a report released by aid groups on Tuesday.",
            "casualty statistics",
        ),
        (
            "The army said on Monday its troops had killed more than 300 militants and freed dozens of hostages "
            "since launching the operation in 2022.",
            "casualty statistics",
        ),
        (
            "PHNOM PENH - Police detained about 400 foreign workers in a raid on a compound suspected of "
            "running online scam operations, officials said on Friday.",
            "ordinary crime",
        ),
        (
            "ASTANA - Troops from four countries on Friday completed joint exercises at a training range near the "
            "border, the defence ministry said. The drills practised repelling an incursion by armed groups.",
            "military exercise",
        ),
        (
            "RABAT - Security forces dismantled 40 cells and arrested 200 suspects in 2021, the interior ministry "
            "said in its annual report published on Monday.",
            "casualty statistics",
        ),
        (
            "Government forces killed more civilians than insurgents did in the first half of 2020, the United "
            "Nations said on Tuesday in a report.",
            "casualty statistics",
        ),
        (
            "The death toll from Saturday's earthquake in the west of the country rose to more than 1,000, a "
            "Taliban government spokesman said. Taliban soldiers and villagers dug through the rubble.",
            "natural hazard",
        ),
        (
            "A farmer shot dead his brother and two nephews in a quarrel over land in a village on Friday, police "
            "said. He opened fire with a hunting rifle and was arrested hours later. The district has seen attacks "
            "by militants since 2014.",
            "domestic killing",
        ),
        (
            "More than 2,000 civilians were killed in the country's conflict in 2021, the United Nations said on "
            "Sunday in its annual report.",
            "casualty statistics",
        ),
        (
            "BERLIN (Reuters) - Bomb disposal experts defused a 500-kg World War Two bomb in the city on Sunday "
            "after 20,000 residents were evacuated.",
            "wartime relic",
        ),
        (
            "SEOUL - The cabinet on Tuesday approved a record 57 trillion won defence budget for next year, "
            "including funds for new missiles, as the country seeks to deter missile launches by the North.",
            "aid, arms deal or sanctions",
        ),
        (
            "TBILISI - The president on Saturday vetoed a media bill that has triggered weeks of mass protests, "
            "calling it a threat to free speech.",
            "legislation",
        ),
    ],
)
def test_routine_news_of_every_round_is_no_event(text: str, kind: str) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    ("text", "published", "sub"),
    [
        # two gangs agree to end their war
        (
            "PORT-AU-PRINCE - Two rival gang alliances said in a video on Sunday that they had agreed to end "
            "their war for control of the capital's northern districts. Residents said the streets were calm.",
            (2023, 10, 2),
            "Agreement",
        ),
        # a self-defence group announced
        (
            "OAXACA, Mexico - Dozens of armed villagers announced on Friday the formation of a self-defence group "
            "to drive out a criminal gang they accuse of extortion, in a statement read in the town square.",
            (2022, 4, 9),
            "Change to group/activity",
        ),
        # a public figure detained, on charges that only name a rally
        (
            "DHAKA (Reuters) - Police detained Rahim Uddin Khan, secretary general of an opposition party, at his "
            "home in Dhaka on Monday on charges linked to violence at a party rally, a police spokesman said.",
            (2023, 11, 7),
            "Arrests",
        ),
        # troops that moved into their base
        (
            "PORT-AU-PRINCE (Reuters) - The first 200 Jamaican soldiers of a multinational mission moved into "
            "their base beside the airport on Tuesday, officials said. They will start patrols next week.",
            (2024, 7, 10),
            "Headquarters or base established",
        ),
        # a mass burial site found is its own development, not the strikes that filled it
        (
            "KHARKIV, Ukraine (AP) - Police said on Friday they had found a mass burial site with about 200 "
            "graves near the recaptured town. Officials said some of the dead had been killed by air strikes.",
            (2022, 10, 8),
            "Other",
        ),
        # a drone strike on a car carrying would-be bombers is an air strike
        (
            "KABUL - Relatives said eight members of a family were killed when a U.S. drone strike hit a car in "
            "Kabul on Sunday. The U.S. military said it had targeted a vehicle carrying Islamic State suicide "
            "bombers.",
            (2021, 8, 30),
            "Air/drone strike",
        ),
        # stormed buildings brought back under control: the riot, not ground regained
        (
            "LIMA (Reuters) - Thousands of supporters of the ousted president stormed the Congress building on "
            "Sunday, smashing windows before police regained control of the buildings, officials said. Police "
            "fired tear gas at the rioters.",
            (2023, 2, 6),
            "Violent demonstration",
        ),
    ],
)
def test_pacts_groups_arrests_bases_graves_and_riots(
    coder: Any, text: str, published: tuple[int, int, int], sub: str
) -> None:
    assert _principal(coder, text, *published).sub_event_type.value == sub


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # blame of a murder told as the lede
        (
            "Colombia's Indigenous council accused FARC dissidents on Tuesday of murdering one of its guards. "
            "The guard was shot by two men on a motorbike near Caldono on Sunday, the council said.",
            (2023, 5, 3),
        ),
        # a kidnapping in plain words
        (
            "BANNU, Pakistan - Gunmen stopped the car of a provincial official on a road near Bannu on Friday and "
            "took him away, police said. His driver was let go.",
            (2024, 5, 4),
        ),
    ],
)
def test_a_blamed_murder_and_a_kidnapping_in_plain_words_are_events(
    coder: Any, text: str, published: tuple[int, int, int]
) -> None:
    _principal(coder, text, *published)


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        (
            "Gunmen stopped a bus on Friday and marched 12 passengers into the forest, survivors said. The "
            "survivors said the kidnappers identified themselves as members of the Oromo Liberation Army.",
            (2023, 6, 3),
            "OLF-Shane: Oromo Liberation Front-Shane",
        ),
        (
            "OUAGADOUGOU (AFP) - Jihadists looted shops and torched the town hall in Djibo on Sunday, residents "
            "said. Residents said the attackers, who rode in on motorcycles, identified themselves as members of "
            "the Group for the Support of Islam and Muslims (JNIM).",
            (2022, 9, 6),
            "JNIM: Group for Support of Islam and Muslims",
        ),
    ],
)
def test_attackers_who_name_themselves(
    coder: Any, text: str, published: tuple[int, int, int], actor1: str
) -> None:
    report = _principal(coder, text, *published)
    assert report.actor1 is not None and report.actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "published", "where", "country"),
    [
        # a square named like a Venezuelan town, under a dateline of a great city
        (
            "SANTO DOMINGO - Thousands of people gathered peacefully on Monday in the Plaza de la Bandera in "
            "Santo Domingo to demand new municipal elections.",
            (2020, 2, 18),
            "Santo Domingo",
            "Dominican Republic",
        ),
        # a people's city named as where, under another country's dateline
        (
            "MOSCOW (Reuters) - Russian military police began operating from a new helicopter base at the airport "
            "in the northeast Syrian city of Qamishli on Thursday, Russia's defence ministry said.",
            (2019, 11, 15),
            "Al Qāmishlī",
            "Syria",
        ),
        # the speakers' state said first; an unknown village in a known district
        (
            "JOS, Nigeria - Local officials in Plateau state said on Thursday that 12 people were killed when "
            "gunmen attacked the village of Tahoss in Bokkos local government area.",
            (2024, 4, 18),
            "Bokkos",
            "Nigeria",
        ),
    ],
)
def test_squares_speakers_and_unknown_villages(
    coder: Any, text: str, published: tuple[int, int, int], where: str, country: str
) -> None:
    report = _principal(coder, text, *published)
    assert report.location is not None
    assert (report.location.name, report.location.country) == (where, country)


# Round two of the session: an ordinary day's wire, other kinds of text, the rare sub-types, traps.


def test_a_gas_blast_the_bomb_squad_ruled_out_is_an_accident() -> None:
    from vigil.extract.cues import accident_only

    text = (
        "An explosion tore through a shop in the city on Saturday, killing three people. Police called in the "
        "bomb disposal squad, but its chief said the blast had been caused by gas that had built up in a sewer "
        "line and no explosives were found."
    )
    assert accident_only(text)


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        (
            [
                "Gunmen opened fire in a bar on Saturday, killing eight people, prosecutors said.",
                "An earlier police report had put the number of dead at five.",
            ],
            8,
        ),
        (
            [
                "Fifteen civilians were killed in the village on Friday, the government said.",
                "The rebels said they had targeted an army post, killing six soldiers; the government rejected that "
                "claim.",
            ],
            15,
        ),
        (
            [
                "Attackers threw a grenade into a bar on Saturday, killing two people, police said.",
                "A nurse said a third victim had died overnight, but police did not confirm it.",
            ],
            2,
        ),
        (
            [
                "Twenty people were killed when two suicide bombers struck a market on Sunday, officials said.",
                "The toll includes the two bombers, an official said.",
            ],
            20,
        ),
        (
            [
                "A second person has died of wounds suffered when militants threw a grenade into a market, police said.",
                "The grenade killed a vendor on the spot.",
                "A woman died overnight in hospital.",
            ],
            2,
        ),
        (["A mob beat two men and burned them alive in the town square on Wednesday."], 2),
        (
            [
                "The army said on Wednesday it had killed four rebels and lost one soldier in a gunfight.",
                "A rebel commander claimed that five soldiers had been killed.",
            ],
            5,
        ),
    ],
)
def test_reports_rejected_claims_unconfirmed_deaths_and_parts(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


@pytest.mark.parametrize(
    ("text", "published", "sub"),
    [
        (
            "PORT-AU-PRINCE (AP) - A gang leader said on Monday that his federation and its rival had agreed to "
            "join forces in a single coalition. The gangs would stop fighting each other, he said.",
            (2023, 9, 20),
            "Change to group/activity",
        ),
        (
            "KHARTOUM (Reuters) - The military council and the opposition coalition signed a political agreement "
            "on Wednesday to share power during a transition, following months of protests.",
            (2019, 7, 18),
            "Agreement",
        ),
        (
            "MAPUTO - The army on Sunday regained control of the port town of Palma, which insurgents had held since "
            "March, after several days of operations, the defence ministry said.",
            (2021, 8, 9),
            "Government regains territory",
        ),
        (
            "MOSUL, Iraq (Reuters) - Iraqi soldiers found a mass grave containing about 50 bodies near the town on "
            "Monday, the army said. The town was retaken from Islamic State last week.",
            (2016, 11, 8),
            "Other",
        ),
        (
            "CARACAS - Intelligence agents took opposition lawmaker Luis Perez from his home on Tuesday night, his "
            "party said, days after the president accused opposition figures of plotting to kill him with drones.",
            (2018, 8, 8),
            "Arrests",
        ),
    ],
)
def test_coalitions_deals_regained_towns_graves_and_detentions(
    coder: Any, text: str, published: tuple[int, int, int], sub: str
) -> None:
    assert _principal(coder, text, *published).sub_event_type.value == sub


def test_a_sit_in_named_by_an_old_date_is_told_on_its_own_day(coder: Any) -> None:
    text = (
        "BEIRUT - Dozens of relatives of the victims of the August 4, 2020 port explosion staged a sit-in on "
        "Thursday outside the courthouse to protest against the suspension of the inquiry. The sit-in ended "
        "peacefully after two hours."
    )
    report = _principal(coder, text, 2022, 11, 4)
    assert report.sub_event_type.value == "Peaceful protest"
    assert str(report.event_date) == "2022-11-03"


def test_a_city_seized_for_the_first_time_since_a_year(coder: Any) -> None:
    text = (
        "KABUL (Reuters) - Taliban fighters seized most of the northern city of Kunduz on Monday, freeing "
        "prisoners from its jail, in the first capture of a provincial capital by the insurgents since 2001."
    )
    assert _principal(coder, text, 2015, 9, 29).sub_event_type.value == "Non-state actor overtakes territory"


# Round three: West Africa and the Sahel; the Middle East and South Asia; Europe, Asia and the Americas; a day's wire.


@pytest.mark.parametrize(
    ("text", "published", "sub"),
    [
        # a toll that rose, including the bomber who carried the device
        (
            "MINSK - The death toll from Monday's explosion on a St. Petersburg-bound train rose to nine on Tuesday, "
            "including the bomber, officials said. Investigators said the attacker carried the device onto the "
            "carriage and was killed when it detonated.",
            (2019, 4, 9),
            "Suicide bomb",
        ),
        # talks opened beside a ceasefire agreed
        (
            "CALI, Colombia - The government and a faction of rebels who rejected the 2016 peace deal, formally "
            "opened peace talks on Sunday and agreed to a three-month bilateral ceasefire, negotiators said.",
            (2023, 10, 9),
            "Agreement",
        ),
        # police accused of rape
        (
            "Prosecutors said on Wednesday they were investigating three police officers accused by a woman of "
            "raping her inside a patrol car in the city's north early on Saturday.",
            (2019, 8, 8),
            "Sexual violence",
        ),
        # an opposition leader arrested the day after a rally
        (
            "DHAKA - Police arrested the secretary-general of the main opposition party on Sunday, a day after a "
            "mass rally in the capital descended into clashes, a police spokesman said.",
            (2023, 10, 30),
            "Arrests",
        ),
        # troops that entered a town under a deal took it peacefully
        (
            "DAMASCUS - Government troops entered the northern town of Tabqa on Tuesday under a Russian-brokered "
            "deal with the Kurdish-led forces that held it, state television said. There was no fighting in the "
            "town, as the two sides prepared for a Turkish offensive.",
            (2019, 10, 16),
            "Non-violent transfer of territory",
        ),
        # a former rebel group turned party
        (
            "BOGOTA (Reuters) - The former FARC rebels launched a political party in Bogota on Thursday under last "
            "year's peace deal, keeping their initials.",
            (2017, 9, 1),
            "Change to group/activity",
        ),
    ],
)
def test_tolls_talks_rapes_arrests_handovers_and_parties(
    coder: Any, text: str, published: tuple[int, int, int], sub: str
) -> None:
    assert _principal(coder, text, *published).sub_event_type.value == sub


# Round four: the Horn and southern Africa; Asia and the Pacific; the Americas; the Middle East and North Africa.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "ISLAMABAD - The opposition party said on Friday it would go ahead with a rally on the outskirts of the "
            "capital on Sunday despite a ban, and urged supporters to attend.",
            "protest called",
        ),
        (
            "LIMA - Farmers' unions said on Friday they would travel to the capital next week for a march to demand "
            "the minister's resignation.",
            "protest called",
        ),
        (
            "TEGUCIGALPA - Honduras recorded 2,300 homicides in 2023, the security ministry said on Wednesday.",
            "casualty statistics",
        ),
        (
            "NAIROBI - Part of the airport's terminal was evacuated for two hours on Thursday after an unattended bag "
            "was found; it held clothes and a laptop.",
            "hoax",
        ),
    ],
)
def test_rallies_to_come_a_year_of_homicides_and_a_bag_are_no_events(text: str, kind: str) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        (
            [
                "QUITO, Sept 30 (Reuters) - The prisons agency on Thursday raised the death toll from Tuesday's "
                "fighting between gangs at the city's jail to 68, up from 24 reported initially."
            ],
            68,
        ),
        (
            [
                "The death toll from a bombing at a rally rose to 40 on Monday, an official said, up from the 31 "
                "deaths announced late on Sunday as more of the wounded died in hospital."
            ],
            40,
        ),
        (
            [
                "Police defused a car bomb at a checkpoint on Tuesday.",
                "Police blamed the militants, which have killed hundreds of people in the city in the past decade.",
            ],
            0,
        ),
        (
            [
                "The group behind the 2005 hotel bombings that killed 60 people announced its dissolution on Sunday."
            ],
            0,
        ),
    ],
)
def test_raised_tolls_and_a_groups_past_dead(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "PRETORIA (Reuters) - The government and the rebel front agreed on Wednesday to a permanent cessation "
            "of hostilities, two years after the start of a war that has killed tens of thousands of people.",
            (2022, 11, 3),
        ),
        (
            "NEW DELHI - The federal government and the pro-talks faction of a northeastern rebel group signed a "
            "peace agreement in New Delhi on Friday, officials said.",
            (2023, 12, 30),
        ),
    ],
)
def test_a_cessation_of_hostilities_and_a_pro_talks_faction_are_agreements(
    coder: Any, text: str, published: tuple[int, int, int]
) -> None:
    assert _principal(coder, text, *published).sub_event_type.value == "Agreement"
