"""Actor registry, actor finding and role assignment, on sentences written for these tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.bench_scripts import load_bench_script

from vigil.errors import MalformedRecord, UsageError
from vigil.extract.actors import ActorRegistry
from vigil.extract.roles import Roles, assign_roles
from vigil.taxonomy import ActorType, SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

MALI_2024 = date(2024, 7, 28)


def names(
    registry: ActorRegistry, text: str, country: str | None = "Mali", when: date | None = MALI_2024
) -> list[str]:
    return [m.actor.name for m in registry.find(text, country=country, when=when)]


def roles(
    registry: ActorRegistry,
    nlp: Language | None,
    text: str,
    sub: SubEventType,
    country: str = "Mali",
    when: date | None = MALI_2024,
) -> Roles:
    mentions = registry.find(text, country=country, when=when)
    doc = nlp(text) if nlp is not None else None
    return assign_roles(text, mentions, sub, country=country, when=when, registry=registry, doc=doc)


# ----------------------------------------------------------------------- registry


def test_registry_loads_hundreds_of_actors(registry: ActorRegistry) -> None:
    groups = [e for e in registry if e.kind == "group"]
    assert len(groups) >= 300
    assert {"Mali", "Burkina Faso", "Benin", "Kenya", "Ukraine", "Syria", "Haiti"} <= set(
        registry.countries()
    )


def test_period_follows_the_regime(registry: ActorRegistry) -> None:
    # coded as it happens, the regime in force has an open period
    assert registry.state_forces("Mali", date(2020, 3, 1)).name == "Military Forces of Mali (2013-)"
    assert registry.state_forces("Mali", date(2021, 1, 10)).name == "Military Forces of Mali (2020-)"
    assert registry.state_forces("Mali", date(2022, 6, 1)).name == "Military Forces of Mali (2021-)"
    assert (
        registry.state_forces("Burkina Faso", date(2019, 1, 1)).name
        == "Military Forces of Burkina Faso (2015-)"
    )
    police = registry.state_forces("Kenya", date(2018, 1, 1), branch="Police")
    assert police.name == "Police Forces of Kenya (2013-)"
    assert police.type is ActorType.STATE_FORCES


def test_period_is_closed_when_coded_after_the_regime_ended(registry: ActorRegistry) -> None:
    later = date(2024, 1, 1)
    assert (
        registry.state_forces("Mali", date(2020, 3, 1), as_of=later).name
        == "Military Forces of Mali (2013-2020)"
    )
    assert registry.period("Burkina Faso", date(2019, 1, 1), as_of=later) == "2015-2022"
    assert registry.period("Mali", date(2022, 6, 1), as_of=later) == "2021-"


def test_state_names_take_the_article_where_acled_does(registry: ActorRegistry) -> None:
    drc = registry.state_forces("Democratic Republic of Congo", date(2020, 5, 1))
    assert drc.name == "Military Forces of the Democratic Republic of Congo (2019-)"
    assert (
        registry.civilians("Democratic Republic of Congo").name == "Civilians (Democratic Republic of Congo)"
    )
    assert registry.state_forces("Mali", date(2022, 6, 1)).name.startswith("Military Forces of Mali")


def test_foreign_state_forces_are_external(registry: ActorRegistry) -> None:
    russia = registry.state_forces("Russia", date(2022, 3, 1), home="Ukraine")
    assert russia.type is ActorType.EXTERNAL_FORCES
    with pytest.raises(UsageError):
        registry.state_forces("Mali", None, branch="Navy")


def test_templates(registry: ActorRegistry) -> None:
    assert registry.civilians("Mali").name == "Civilians (Mali)"
    assert registry.protesters("Benin").type is ActorType.PROTESTERS
    assert registry.rioters("Kenya").name == "Rioters (Kenya)"
    assert registry.unidentified("Nigeria").name == "Unidentified Armed Group (Nigeria)"


def test_bad_registry_file_is_a_typed_error(tmp_path: Path) -> None:
    bad = tmp_path / "actors.json"
    bad.write_text(json.dumps([{"name": "X"}]), encoding="utf-8")
    with pytest.raises(MalformedRecord):
        ActorRegistry.load(bad)


def test_groups_that_cross_borders_have_an_operating_area(registry: ActorRegistry) -> None:
    jnim = registry.area("JNIM: Group for Support of Islam and Muslims")
    assert {"Mali", "Burkina Faso", "Niger"} <= set(jnim)
    # found under ACLED's later name, or as a template of an identity base with a country suffix
    assert "Niger" in registry.area("Islamic State (Sahel)")
    assert registry.area("Dozo Communal Militia (Mali)") == registry.area("Dozo Communal Militia")
    assert "Mali" in registry.area("Dozo Communal Militia")
    assert registry.area("Koglweogo Militia") == ()  # fights at home only
    boko = next(e for e in registry if e.name.startswith("Boko Haram"))
    assert boko.country == "Nigeria" and boko.area[0] == "Nigeria" and "Cameroon" in boko.area
    # a home mined from stray rows outside the area is dropped: the LRA never fought in Kenya
    lra = next(e for e in registry if e.name == "LRA: Lords Resistance Army")
    assert lra.country is None and "Uganda" in lra.area


_SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "acled"


@pytest.mark.skipif(not _SHARED.is_dir(), reason="needs the shared ACLED rows the registry is mined from")
def test_the_shipped_registry_is_what_the_build_writes() -> None:
    module = load_bench_script("build_actor_registry")
    shipped = (Path(__file__).resolve().parents[2] / "src/vigil/extract/data/actors.json").read_text("utf-8")
    assert module.build(set()) == json.loads(shipped)


# ----------------------------------------------------------------------- finding


def test_aliases_and_acronyms(registry: ActorRegistry) -> None:
    found = names(registry, "FAMa and Wagner fought the FLA near Tinzaouaten.")
    assert found == ["Military Forces of Mali (2021-)", "Wagner Group", "Azawad Liberation Front"]
    assert names(registry, "Al-Shabaab fighters stormed a base.", country="Somalia") == ["Al Shabaab"]
    assert names(registry, "Hamas said the IDF struck Gaza.", country="Palestine", when=date(2024, 1, 5)) == [
        "Hamas Movement",
        "Military Forces of Israel (2022-)",
    ]


def test_demonyms_name_the_country(registry: ActorRegistry) -> None:
    found = registry.find("Malian troops and Russian mercenaries", country="Mali", when=MALI_2024)
    assert [m.actor.name for m in found] == ["Military Forces of Mali (2021-)", "Wagner Group"]
    assert found[0].actor.mention == "Malian troops"
    air = names(registry, "The Russian air force bombed the town.", country="Ukraine", when=date(2022, 3, 3))
    assert air == ["Military Forces of Russia (2000-) Air Force"]


def test_forces_of_a_named_country_are_that_countrys(registry: ActorRegistry) -> None:
    text = "Military forces of Armenia fired on the positions of the armed forces of Azerbaijan."
    found = registry.find(text, country="Azerbaijan", when=date(2020, 5, 1))
    assert [m.actor.name for m in found] == [
        "Military Forces of Armenia (2018-)",
        "Military Forces of Azerbaijan (2003-)",
    ]
    assert [m.actor.type for m in found] == [ActorType.EXTERNAL_FORCES, ActorType.STATE_FORCES]
    assert found[0].actor.mention == "Military forces of Armenia"


def test_de_facto_state_forces_on_their_ground(registry: ActorRegistry) -> None:
    found = registry.find("Artsakh forces shelled a village.", country="Azerbaijan", when=date(2020, 5, 1))
    assert [(m.actor.name, m.actor.type) for m in found] == [
        ("Military Forces of Artsakh (2007-)", ActorType.STATE_FORCES)
    ]


def test_with_no_country_only_a_distinctive_unit_name_says_where(registry: ActorRegistry) -> None:
    # "gendarmes" is a generic noun several countries' units share: no country, so no country's
    # unit, only the side unnamed by place (its inter code still says state forces)
    found = registry.find("Presumed gendarmes executed four men.", country=None)
    assert [(m.actor.name, m.actor.type, m.actor.country) for m in found] == [
        ("Police Forces", ActorType.STATE_FORCES, None),
        ("Civilians", ActorType.CIVILIANS, None),
    ]
    assert names(
        registry, "Gendarmes executed four suspects.", country="Burkina Faso", when=date(2019, 11, 13)
    ) == ["Police Forces of Burkina Faso (2015-) Gendarmerie"]
    assert names(
        registry, "The Rapid Action Battalion arrested him.", country=None, when=date(2020, 5, 1)
    ) == ["Police Forces of Bangladesh (2009-) Rapid Action Battalion"]


def test_press_names_only_in_their_theatre(registry: ActorRegistry) -> None:
    text = "Jihadists linked to al-Qaeda ambushed a convoy."
    assert names(registry, text)[0] == "JNIM: Group for Support of Islam and Muslims"
    assert "JNIM: Group for Support of Islam and Muslims" not in names(registry, text, country="Kenya")


def test_generic_mentions(registry: ActorRegistry) -> None:
    text = "Unknown gunmen killed five villagers; police dispersed protesters and a mob burned a car."
    assert names(registry, text, country="Nigeria", when=date(2021, 5, 1)) == [
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
        "Police Forces of Nigeria (2015-)",
        "Protesters (Nigeria)",
        "Rioters (Nigeria)",
    ]


def test_ethnic_militia_is_named_for_the_country(registry: ActorRegistry) -> None:
    assert names(registry, "Fulani militiamen attacked a Dogon village.") == ["Fulani Ethnic Militia (Mali)"]


def test_generic_nouns_without_a_country_keep_their_side(registry: ActorRegistry) -> None:
    # no country read: the suffix is unknown, but who acted (and so the inter code) is not
    found = registry.find("Gunmen killed two villagers.", country=None)
    assert [(m.actor.name, m.actor.type, m.actor.country) for m in found] == [
        ("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, None),
        ("Civilians", ActorType.CIVILIANS, None),
    ]
    assert names(registry, "Fulani militiamen attacked a village.", country=None) == ["Fulani Ethnic Militia"]


def test_a_unit_noun_owned_by_a_named_force_is_that_force(registry: ActorRegistry) -> None:
    when = date(2020, 5, 1)
    text = "Along the M4 highway, a combined patrol by Turkish and Russian forces drove east."
    assert names(registry, text, country="Syria", when=when) == [
        "Military Forces of Turkey (2016-)",
        "Military Forces of Russia (2000-)",
    ]
    text = "Shelling by an unknown party hit southern Tripoli overnight."
    assert names(registry, text, country="Libya", when=when) == ["Unidentified Armed Group (Libya)"]
    # without an owner named after it, the noun stays the event country's own forces
    assert names(registry, "A patrol came under fire.", country="Mali", when=when)[0].startswith(
        "Military Forces of Mali ("
    )


def test_a_topic_label_names_no_side(registry: ActorRegistry) -> None:
    text = "Movement of forces: On 12 May 2020, a patrol by Russian forces passed through the village."
    assert names(registry, text, country="Syria", when=date(2020, 5, 12)) == [
        "Military Forces of Russia (2000-)"
    ]


def test_pirates_are_named_by_the_coast_they_raid(registry: ActorRegistry) -> None:
    found = registry.find("Sea pirates boarded a tanker and kidnapped six sailors.", country="Togo")
    assert (found[0].actor.name, found[0].actor.type) == ("Pirates (Togo)", ActorType.POLITICAL_MILITIA)


def test_government_is_named_with_the_regime_period(registry: ActorRegistry) -> None:
    actor = registry.government("Burkina Faso", date(2019, 12, 31))
    assert actor.name == "Government of Burkina Faso (2015-)"
    assert actor.type is ActorType.STATE_FORCES


# ----------------------------------------------------------------------- roles


@pytest.mark.parametrize("parsed", [True, False])
def test_active_voice(registry: ActorRegistry, nlp: Language, parsed: bool) -> None:
    r = roles(registry, nlp if parsed else None, "Suspected JNIM militants attacked an army post in Boni.",
              SubEventType.ARMED_CLASH)  # fmt: skip
    assert r.actor1 is not None and r.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert r.actor2 is not None and r.actor2.name == "Military Forces of Mali (2021-)"


@pytest.mark.parametrize("parsed", [True, False])
def test_passive_voice(registry: ActorRegistry, nlp: Language, parsed: bool) -> None:
    text = "Three soldiers were killed by Islamic State militants near Menaka."
    r = roles(registry, nlp if parsed else None, text, SubEventType.ARMED_CLASH, when=date(2020, 5, 1))
    assert r.actor1 is not None and r.actor1.name == "Islamic State (Greater Sahara)"
    assert r.actor2 is not None and r.actor2.name == "Military Forces of Mali (2013-)"


def test_allies_share_a_side_state_first(registry: ActorRegistry, nlp: Language) -> None:
    text = "Wagner mercenaries and Malian troops killed 24 civilians, including women and children."
    r = roles(registry, nlp, text, SubEventType.ATTACK)
    assert r.actor1 is not None and r.actor1.name == "Military Forces of Mali (2021-)"
    assert [a.name for a in r.assoc_actor1] == ["Wagner Group"]
    assert r.actor2 is not None and r.actor2.name == "Civilians (Mali)"
    assert "Women (Mali)" in [a.name for a in r.assoc_actor2]


def test_unnamed_perpetrator(registry: ActorRegistry, nlp: Language) -> None:
    r = roles(registry, nlp, "Two herders were shot dead near Mopti.", SubEventType.ATTACK)
    assert r.actor1 is not None and r.actor1.name == "Unidentified Armed Group (Mali)"
    assert r.actor2 is not None and r.actor2.type is ActorType.CIVILIANS


def test_protests(registry: ActorRegistry, nlp: Language) -> None:
    text = "Students marched in Bamako; police fired tear gas to disperse them."
    peaceful = roles(registry, nlp, text, SubEventType.PEACEFUL_PROTEST)
    assert peaceful.actor1 is not None and peaceful.actor1.name == "Protesters (Mali)"
    assert peaceful.actor2 is None
    assert "Students (Mali)" in [a.name for a in peaceful.assoc_actor1]
    stopped = roles(registry, nlp, text, SubEventType.PROTEST_WITH_INTERVENTION)
    assert stopped.actor2 is not None and stopped.actor2.name == "Police Forces of Mali (2021-)"


def test_riots(registry: ActorRegistry, nlp: Language) -> None:
    r = roles(registry, nlp, "An angry mob lynched a suspected thief in Kisumu.", SubEventType.MOB_VIOLENCE,
              country="Kenya", when=date(2016, 2, 1))  # fmt: skip
    assert r.actor1 is not None and r.actor1.name == "Rioters (Kenya)"
    assert r.actor2 is not None and r.actor2.name == "Civilians (Kenya)"


def test_acled_style_note(registry: ActorRegistry, nlp: Language) -> None:
    note = (
        "On 3 March 2023, presumed JNIM militants set upon a mixed army and VDP patrol close to Tougan "
        "(Sourou, Boucle du Mouhoun); 12 soldiers and 4 volunteers died. The attackers made off with weapons."
    )
    r = roles(registry, nlp, note, SubEventType.ARMED_CLASH, country="Burkina Faso", when=date(2023, 3, 3))
    assert r.actor1 is not None and r.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert r.actor2 is not None and r.actor2.name == "Military Forces of Burkina Faso (2022-)"
    assert [a.name for a in r.assoc_actor2] == ["VDP: Volunteer for Defense of Homeland"]


SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "article.txt"


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not beside the clone")
def test_seed_article_convoy(registry: ActorRegistry, nlp: Language) -> None:
    first = SEED.read_text(encoding="utf-8").split("\n")[1]
    r = roles(registry, nlp, first, SubEventType.ATTACK, when=None)
    assert r.actor1 is not None and r.actor1.name in ("Military Forces of Mali (2021-)", "Wagner Group")
    assert r.actor2 is not None and r.actor2.name == "Civilians (Mali)"
