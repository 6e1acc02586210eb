"""Unnamed gangs: where ACLED codes gang violence, and how it names them; sentences written for these tests."""

from __future__ import annotations

from collections import Counter
from datetime import date

from tests.bench_scripts import load_bench_script

from vigil.extract.actors import ActorRegistry, Entry
from vigil.taxonomy import ActorType

WHEN = date(2023, 3, 14)


def names(registry: ActorRegistry, text: str, country: str) -> list[str]:
    return [m.actor.name for m in registry.find(text, country=country, when=WHEN)]


def test_gunmen_of_a_drive_by_are_a_gang_where_acled_codes_gangs(registry: ActorRegistry) -> None:
    text = "Armed men on a motorbike carried out a drive-by shooting outside a bakery, killing its owner."
    assert names(registry, text, "El Salvador") == ["Unidentified Gang (El Salvador)"]
    # the same words in a country where ACLED keeps no gang label stay an armed group
    assert names(registry, text, "Kenya") == ["Unidentified Armed Group (Kenya)"]


def test_gang_style_killings_need_a_mark_of_gang_work(registry: ActorRegistry) -> None:
    bound = "Gunmen left the bodies of two brothers with their hands tied beside a ranch road."
    assert names(registry, bound, "Honduras") == ["Unidentified Gang (Honduras)"]
    plain = "Gunmen shot dead a municipal councillor as he left his office."
    assert names(registry, plain, "Honduras")[0] == "Unidentified Armed Group (Honduras)"


def test_perpetrator_reads_the_whole_text(registry: ActorRegistry) -> None:
    found = "The body of a man was found dismembered in sacks near a quarry."
    assert registry.perpetrator("Jamaica", found).name == "Unidentified Gang (Jamaica)"
    assert (
        registry.perpetrator("Jamaica", "A man was found dead in a field.").name
        == "Unidentified Armed Group (Jamaica)"
    )
    assert registry.perpetrator("Uganda", found).name == "Unidentified Armed Group (Uganda)"
    assert registry.perpetrator("Jamaica", found).type is ActorType.POLITICAL_MILITIA
    # in the region's other countries ACLED keeps the armed group for the same marks
    assert registry.perpetrator("Puerto Rico", found).name == "Unidentified Armed Group (Puerto Rico)"
    assert registry.perpetrator("Colombia", found).name == "Unidentified Armed Group (Colombia)"


def _with_compound(registry: ActorRegistry) -> ActorRegistry:
    entries = [
        Entry(
            name=e.name,
            kind=e.kind,
            inter=e.inter,
            country=e.country,
            regimes=e.regimes,
            gang="Unidentified Gang and/or Vigilante Militia" if e.country == "Honduras" else "",
        )
        if e.kind == "state"
        else e
        for e in registry.entries
    ]
    return ActorRegistry(entries)


def test_a_compound_gang_label_yields_to_named_gangs(registry: ActorRegistry) -> None:
    reg = _with_compound(registry)
    unknown = "Two men on a motorcycle shot a taxi driver in a drive-by; the motive is unknown."
    assert reg.perpetrator("Honduras", unknown).name == "Unidentified Gang and/or Vigilante Militia"
    rivals = "Two men were shot in a drive-by that police tied to a turf war between rival gangs."
    assert reg.perpetrator("Honduras", rivals).name == "Unidentified Gang (Honduras)"
    # "gang members" name the gang outright
    assert reg.gang("Honduras", named=True).name == "Unidentified Gang (Honduras)"


def test_the_build_mines_compound_gang_labels_only_where_they_dominate() -> None:
    module = load_bench_script("build_actor_registry")
    compound = "Unidentified Gang and/or Vigilante Militia"
    gangs = {
        "Atlantis": Counter({compound: 6, "Unidentified Gang (Atlantis)": 3}),
        "Lemuria": Counter({compound: 2, "Unidentified Gang (Lemuria)": 9}),
        "Mu": Counter({compound: 3}),  # too few to be a convention
    }
    assert module.gang_labels(gangs) == {"Atlantis": compound}


def test_shipped_registry_keeps_the_mined_compound(registry: ActorRegistry) -> None:
    assert registry.states["Brazil"].gang == "Unidentified Gang and/or Police Militia"
    assert registry.states["Mexico"].gang == ""


def test_bare_boko_haram_is_either_faction_after_the_split(registry: ActorRegistry) -> None:
    text = "Boko Haram fighters stole cattle from herders near the border."
    before = date(2015, 2, 1)
    after = date(2021, 9, 1)
    assert names(registry, text, "Cameroon")[0].startswith("Islamic State (West Africa) and/or Boko Haram")
    assert next(m.actor.name for m in registry.find(text, country="Cameroon", when=before)).startswith(
        "Boko Haram"
    )
    # a faction named outright keeps its own name
    jas = [m.actor.name for m in registry.find("JAS fighters stole cattle.", country="Chad", when=after)]
    assert jas[0].startswith("Boko Haram - ")
    either = "ISWAP or Boko Haram militants abducted a trader."
    assert next(m.actor.name for m in registry.find(either, country="Niger", when=after)).startswith(
        "Islamic State (West Africa) and/or"
    )
    assert "Cameroon" in registry.area(names(registry, text, "Cameroon")[0])
