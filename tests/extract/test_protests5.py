"""Where a protest ends and a riot begins: the protest and riot sub-types once the text is read."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import NOBODY, assert_sides, read_roles

from vigil.extract import sides
from vigil.extract.protests import crowd_violence, force_on_protesters, intervention, recode
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

    from vigil.extract.actors import ActorRegistry

PP = SubEventType.PEACEFUL_PROTEST
PWI = SubEventType.PROTEST_WITH_INTERVENTION
EF = SubEventType.EXCESSIVE_FORCE
VD = SubEventType.VIOLENT_DEMONSTRATION
MV = SubEventType.MOB_VIOLENCE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police used water cannon on pensioners marching to the finance ministry.", True),
        ("Gendarmes arrested eleven drivers at the sit-in outside the prefecture.", True),
        ("About thirty of the marchers were detained and later released on bail.", True),
        ("The rally was dispersed shortly after noon.", True),
        # a grievance, not an intervention in this protest
        ("Nurses rallied to demand the release of colleagues who were detained last month.", False),
        ("Farmers marched against the arbitrary arrests of their leaders.", False),
        ("Police watched the march, and no arrests were made.", False),
        ("Bakers held a sit-in outside the town hall over flour prices.", False),
    ],
)
def test_intervention_is_the_authorities_acting_on_this_protest(text: str, expected: bool) -> None:
    assert intervention(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Youths pelted the convoy and burned tyres at the junction.", True),
        ("Demonstrators clashed with gendarmes near the bridge.", True),
        ("Strikers broke into the depot and looted several shops nearby.", True),
        ("The marchers set two cars on fire outside the court.", True),
        # the forces' violence, or violence only named as a grievance
        ("Police set fire to the protest camp before dawn.", False),
        ("Traders protested against prior clashes in the market.", False),
        ("Residents demanded the return of looted funds.", False),
        ("Students who had clashed with guards last week held a silent vigil.", False),
    ],
)
def test_crowd_violence_is_the_demonstrators_own(text: str, expected: bool) -> None:
    assert crowd_violence(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers opened fire on demonstrators at the roundabout, killing four.", True),
        ("Three marchers were shot by police near the stadium.", True),
        ("Police killed a motorcyclist during protests over the new tax.", True),
        # others' weapons at a rally are an attack or a battle
        ("Gunmen opened fire on demonstrators as soldiers looked on.", False),
        ("Soldiers killed five militants near the border.", False),
    ],
)
def test_force_on_protesters_is_the_state_harming_a_demonstration(text: str, expected: bool) -> None:
    assert force_on_protesters(text) is expected


@pytest.mark.parametrize(
    ("sub", "text", "expected"),
    [
        # a protest the forces break up
        (PP, "Officers detained forty miners who gathered outside the company offices.", PWI),
        # a protest whose crowd is violent
        (PP, "Teachers marched on the ministry and hurled stones at the guards.", VD),
        (PWI, "Police fired tear gas after the crowd torched a lorry on the highway.", VD),
        (EF, "Five strikers died in clashes with the police at the mine.", VD),
        # lethal force on a protest that was not violent
        (PWI, "Troops fired live rounds at marchers, and two protesters were killed.", EF),
        (SubEventType.ATTACK, "Police shot dead a student during a demonstration over fees.", EF),
        (SubEventType.ARMED_CLASH, "Soldiers killed two women during protests against the curfew.", EF),
        # rioters are a demonstration's crowd, not a mob
        (MV, "Rioters smashed the windows of the district office after the vote.", VD),
        (MV, "Fans went on the rampage after the final, burning cars.", VD),
        # a lynching, unknown attackers, or rival crowds stay a mob's
        (MV, "A mob lynched a man as rioters looked on.", MV),
        (MV, "Unidentified rioters burned a shrine at night.", MV),
        (MV, "Rioting broke out between supporters of two candidates.", MV),
        # destruction by demonstrators is a riot, not looting
        (SubEventType.LOOTING, "Demonstrators burned the offices of the tax authority.", VD),
        (SubEventType.LOOTING, "Soldiers burned down houses in the village.", SubEventType.LOOTING),
        # nothing to change
        (PP, "Bakers held a sit-in outside the town hall over flour prices.", PP),
        (PWI, "Police dispersed the march with batons.", PWI),
        (SubEventType.ATTACK, "Militants killed a teacher in front of his school.", SubEventType.ATTACK),
    ],
)
def test_recode_draws_the_codebook_lines(sub: SubEventType, text: str, expected: SubEventType) -> None:
    assert recode(sub, text) is expected


def test_the_sides_recode_applies_the_protest_lines(registry: ActorRegistry, nlp: Language) -> None:
    text = "Riot police arrested twenty vendors protesting outside the city council."
    mentions = registry.find(text, country="Zambia")
    assert sides.recode(PP, text, mentions, nlp(text)) is PWI


@pytest.mark.parametrize(
    ("text", "country", "read", "recoded", "actor1", "actor2"),
    [
        # once recoded, a demonstration's violent crowd is rioters and the dispersed one protesters
        (
            "Rioters smashed the windows of the district office after the vote.",
            "Ghana",
            MV,
            VD,
            "Rioters (Ghana)",
            None,
        ),
        (
            "Officers detained forty miners who gathered outside the company offices.",
            "Zambia",
            PP,
            PWI,
            "Protesters (Zambia)",
            "Police Forces of Zambia…",
        ),
        (
            "Bakers held a sit-in outside the town hall over flour prices.",
            "Senegal",
            PP,
            PP,
            "Protesters (Senegal)",
            NOBODY,
        ),
    ],
)
def test_recoded_crowds_are_named_for_their_sub_type(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    country: str,
    read: SubEventType,
    recoded: SubEventType,
    actor1: str,
    actor2: str | None,
) -> None:
    sub = sides.recode(read, text, registry.find(text, country=country), nlp(text))
    assert sub is recoded
    assert_sides(read_roles(registry, nlp, text, sub, country, date(2024, 5, 1)), actor1, actor2)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a mob's victims, killed "to death" in the active voice
        ("Angry residents beat a pickpocket to death near the bus park.", 1),
        ("Villagers stoned to death a herder accused of theft.", 1),
        ("The crowd caught the suspect and burned him to death.", 1),
        ("A mob clubbed three men to death at the market.", 3),
        ("Youths hacked to death two travellers on the ring road.", 2),
        # a killing verb read once, not again for its "to death"
        ("Villagers lynched a suspected burglar to death.", 1),
        # threats and sentences kill no one
        ("The crowd threatened to beat the driver to death.", 0),
        ("A court sentenced the man to death.", 0),
    ],
)
def test_active_to_death_counts_the_victims(text: str, dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims([text], doc=None)) == dead


# ---------------------------------------------------------------- the reviewer's findings (NEGATIVE)

AT = SubEventType.ATTACK
AC = SubEventType.ARMED_CLASH
LP = SubEventType.LOOTING


@pytest.mark.parametrize(
    ("sub", "text"),
    [
        # students and mourners harmed with no protest told
        (AT, "Troops killed four students in an assault on a boarding school near Kano."),
        (AT, "Police opened fire on mourners at a burial in Mokwa, killing two."),
        # forces named only as the reporters of a killing at a rally
        (AT, "A man hacked a vendor to death at a rally in Kumasi, officers said."),
        # an armed crowd
        (AT, "Gendarmes shot dead three demonstrators in Kindia who were armed with cutlasses."),
        (AC, "Police opened fire on armed protesters in Bunia, killing two."),
        # the dead of another year, named as the grievance
        (PP, "Students in Gulu demanded justice for four marchers who were shot dead by soldiers in 2018."),
        (PP, "Widows rallied in Kaduna against the killing of protesters by troops during the 2020 unrest."),
    ],
)
def test_no_excessive_force_without_the_forces_killing_this_protest(sub: SubEventType, text: str) -> None:
    assert recode(sub, text) is sub


def test_a_single_soldier_shooting_a_protester_is_excessive_force() -> None:
    assert recode(AT, "A soldier shot dead a demonstrator in Kayes on Friday.") is EF


@pytest.mark.parametrize(
    "text",
    [
        "Nurses marched in Ndola on Friday. Last year gendarmes arrested 15 union members in the same square.",
        "Hundreds rallied in Mzuzu. Officers had detained the march leaders the week before.",
        "Vendors marched in Kitwe. Police said officers detained two men for fraud in a separate case.",
        "Hawkers protested in Tema after authorities evicted traders from the lorry park last month.",
        "Mothers protested after the army prevented boys from going to the farms.",
    ],
)
def test_no_intervention_from_other_times_or_people(text: str) -> None:
    assert intervention(text) is False
    assert recode(PP, text) is PP


def test_a_grievance_about_arrests_does_not_cancel_tear_gas() -> None:
    text = "Gendarmes fired tear gas at pupils marching against the arrests of their teachers."
    assert intervention(text) is True
    assert recode(PP, text) is PWI


def test_lobbed_stones_are_the_crowds_violence() -> None:
    assert recode(PP, "Officers said demonstrators lobbed rocks at the mayor's car.") is VD


@pytest.mark.parametrize(
    "text",
    [
        "Nurses rallied in Lusaka, saying they were overwhelmed by unpaid overtime.",
        "Parents marched to condemn the looting of stores during the unrest in May.",
        "Pensioners protested; the minister said he would not be held hostage by the unions.",
        "Miners marched, urging the firm to stop smashing workers' rights.",
        "Women rallied in Mopti over a widow who was stoned by her in-laws.",
        "Residents held a vigil to decry the burning of tyres by gendarmes during an eviction.",
        "Shopkeepers shut their stalls in protest after clashes broke out between two cartels.",
    ],
)
def test_no_violent_demonstration_from_figures_of_speech_or_others_violence(text: str) -> None:
    assert crowd_violence(text) is False
    assert recode(PP, text) is PP


@pytest.mark.parametrize(
    ("sub", "text"),
    [
        (
            MV,
            "Villagers beat a suspected cattle thief to death in Gulu. Police said rioting often broke out there.",
        ),
        (MV, "Residents stoned a man accused of sorcery; gendarmes later detained several rioters."),
        (
            LP,
            "Bandits looted stalls in Mopti on Monday, days after demonstrators had called for more patrols.",
        ),
    ],
)
def test_a_background_riot_word_makes_no_violent_demonstration(sub: SubEventType, text: str) -> None:
    assert recode(sub, text) is sub


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # numbered victims of an intent, a threat or a near miss
        ("A farmer threatened to beat three herders to death near Gulu.", 0),
        ("The youths tried to beat two suspects to death before police came.", 0),
        ("The crowd had attempted to beat the four men to death.", 0),
        ("Guards beat two inmates nearly to death in Makala prison.", 0),
        ("Soldiers beat five detainees half to death.", 0),
        ("Vigilantes beat three suspects almost to death.", 0),
        # and numbered victims killed
        ("A mob beat three suspects to death in Kisumu.", 3),
    ],
)
def test_numbered_to_death_needs_the_killing_done(text: str, dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims([text], doc=None)) == dead


def test_a_crowd_overwhelming_the_forces_is_violent() -> None:
    assert crowd_violence("Gendarmes stood at the gate but the strikers overwhelmed them.") is True


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers rallied outside the court in Tyre to demand the release of two students accused of "
        "throwing a petrol bomb at a bank.",
        "Relatives marched in Gulu against the detention of a teacher charged with torching a police post.",
    ],
)
def test_violence_someone_is_accused_of_is_not_the_crowds(text: str) -> None:
    assert not crowd_violence(text)
    assert recode(PP, text) is PP


def test_the_crowds_own_petrol_bombs_still_make_a_riot() -> None:
    text = "Protesters threw petrol bombs at the court in Tyre on Monday after two activists were accused of fraud."
    assert crowd_violence(text)


def test_a_death_from_the_dispersal_makes_excessive_force_and_a_grievances_does_not() -> None:
    from vigil.extract.protests import with_toll

    dispersed = "Police fired tear gas at marching dock workers in Chittagong; one later died of his wounds."
    grievance = (
        "Police used batons on residents protesting after a chemical leak killed nine people at a plant."
    )
    assert with_toll(PWI, 1, dispersed) is EF
    assert with_toll(PWI, 9, grievance) is PWI
    assert with_toll(PWI, 0, dispersed) is PWI
    assert with_toll(VD, 1, dispersed) is VD
