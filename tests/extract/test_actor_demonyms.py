"""What a demonym's phrase names when it is neither the state's forces nor a foreign civilian."""

from __future__ import annotations

from datetime import date

from vigil.extract.actors import ActorRegistry

WHEN = date(2024, 9, 12)


def names(registry: ActorRegistry, text: str, country: str) -> list[str]:
    return [m.actor.name for m in registry.find(text, country=country, when=WHEN)]


def test_a_walkout_is_no_states_strike(registry: ActorRegistry) -> None:
    text = "Dockers blocked the port of Antwerp during the Belgian strike over pensions on Monday."
    assert not any(n.startswith("Military") for n in names(registry, text, "Belgium"))


def test_a_foreign_national_named_as_a_groups_man_is_no_civilian(registry: ActorRegistry) -> None:
    text = "Troops killed a Moroccan national who was a senior al-Shabaab commander near Kismayo."
    found = names(registry, text, "Somalia")
    assert not any(n.startswith("Civilians") for n in found), found
    assert "Civilians (Morocco)" in names(
        registry, "Gunmen killed a Moroccan national near Kismayo.", "Somalia"
    )


def test_a_national_named_by_name_is_a_foreign_civilian(registry: ActorRegistry) -> None:
    text = "Togolese national Kossi Mensah was shot dead by gunmen in Niamey."
    assert "Civilians (Togo)" in names(registry, text, "Niger")
