"""The packaged gazetteer and the choice of an event's location."""

from __future__ import annotations

import gzip
import math
from pathlib import Path

import pytest

from vigil.errors import ModelMissing
from vigil.extract.gazetteer import KIND_ADMIN1, KIND_TOWN, Gazetteer, fold
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import GEO_PRECISION_NEAR, GEO_PRECISION_REGION


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from vigil.extract.nlp import load_nlp

    return load_nlp()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_fold_ignores_accents_case_and_punctuation() -> None:
    assert fold("Ménaka") == "menaka"
    assert fold("Bobo-Dioulasso") == "bobo dioulasso"
    assert fold("N'Djamena") == "n djamena"


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Kidal", 18.44, 1.41), ("Gao", 16.27, -0.04), ("Ménaka", 15.92, 2.40), ("Tessalit", 20.20, 1.01)],
)
def test_lookup_finds_malian_towns(gazetteer: Gazetteer, name: str, lat: float, lon: float) -> None:
    towns = [p for p in gazetteer.lookup(name, country="Mali") if p.kind == KIND_TOWN]
    assert towns, name
    assert km(towns[0].latitude, towns[0].longitude, lat, lon) < 10
    assert towns[0].country == "Mali"


def test_lookup_matches_spellings_without_accents(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Menaka", country="ML")[0].name == "Ménaka"


def test_supplement_adds_villages_geonames_lacks(gazetteer: Gazetteer) -> None:
    for name in ("Tinzaouaten", "Anefis", "Intahaka", "Boulkessi", "Tin-Zaouatene"):
        places = gazetteer.lookup(name, country="Mali")
        assert places and places[0].admin1, name


def test_lookup_returns_admin_areas(gazetteer: Gazetteer) -> None:
    kinds = {p.kind for p in gazetteer.lookup("Kidal", country="Mali")}
    assert {KIND_TOWN, KIND_ADMIN1} <= kinds
    soum = gazetteer.lookup("Soum", country="Burkina Faso")
    assert soum[0].admin1 == "Sahel"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Mali", "Mali"),
        ("Malian", "Mali"),
        ("Malians", "Mali"),
        ("Bamako", "Mali"),
        ("Burkinabe", "Burkina Faso"),
        ("DRC", "Democratic Republic of Congo"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Nowhereville", None),
    ],
)
def test_country_from_name_demonym_or_town(gazetteer: Gazetteer, name: str, country: str | None) -> None:
    assert gazetteer.country(name) == country


def test_load_from_missing_folder_raises_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing):
        Gazetteer.load(tmp_path)


def test_load_from_a_folder_with_a_supplement(tmp_path: Path) -> None:
    def write(name: str, lines: list[str]) -> None:
        with gzip.open(tmp_path / name, "wt", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in lines))

    write("countries.tsv.gz", ["ML\tMali\t17\t-4\tRepublic of Mali\tMalian\tBamako\t12.6\t-8.0"])
    write("places.tsv.gz", ["Kidal\tML\tKidal\t\t18.44\t1.41\t40000\tP\tkidal"])
    write("admin.tsv.gz", ["Kidal\tML\tKidal\t\t18.44\t1.41\t48000\tA1\tkidal|kidal region"])
    (tmp_path / "places_supplement.tsv").write_text(
        "# hand-written\nAnefis\tML\tKidal\t\t18.05\t0.60\t0\tP\tAnéfis\n", encoding="utf-8"
    )
    gaz = Gazetteer.load(tmp_path)
    assert [p.kind for p in gaz.lookup("kidal")] == [KIND_ADMIN1, KIND_TOWN]
    assert gaz.lookup("ANEFIS")[0].country == "Mali"
    assert gaz.country("Malians") == "Mali"


def test_event_place_after_in_is_chosen(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Soldiers from Gao killed 5 militants in Tessalit on Sunday, the army said.")
    assert loc is not None
    assert (loc.name, loc.country, loc.admin1, loc.geo_precision) == ("Tessalit", "Mali", "Kidal", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 3 herders near Tessalit.",
        "An IED exploded outside Kidal.",
        "Clashes in the Ménaka area.",
    ],
)
def test_near_outside_and_area_give_precision_2(geocoder: Geocoder, text: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == "Mali"
    assert loc.geo_precision == GEO_PRECISION_NEAR


def test_homonyms_resolved_by_country_hint(geocoder: Geocoder) -> None:
    mali = geocoder.locate("Militants attacked a checkpoint in Gao.", country_hint="Mali")
    burkina = geocoder.locate("Militants attacked a checkpoint in Gao.", country_hint="Burkina Faso")
    assert mali is not None and burkina is not None
    assert (mali.country, mali.admin1) == ("Mali", "Gao")
    assert burkina.country == "Burkina Faso"
    assert km(mali.latitude or 0, mali.longitude or 0, burkina.latitude or 0, burkina.longitude or 0) > 300


def test_homonyms_resolved_by_other_places_named(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Protesters blocked a road in Kidal (Kidal), north of Anefis.")
    assert loc is not None and loc.country == "Mali"
    loc = geocoder.locate("Police dispersed protesters in Satkhira (Khulna) on Monday.")
    assert loc is not None and (loc.country, loc.admin1) == ("Bangladesh", "Khulna")


def test_unknown_village_falls_back_to_the_admin_context(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "On 3 June 2024, gunmen abducted two traders in Kalagoudouyé (Djibo, Soum).",
        country_hint="Burkina Faso",
    )
    assert loc is not None
    assert (loc.name, loc.geo_precision) == ("Djibo", GEO_PRECISION_NEAR)


def test_region_only_is_precision_3_at_the_seat(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Fighting was reported across the Kidal region.")
    assert loc is not None
    assert (loc.admin1, loc.geo_precision) == ("Kidal", GEO_PRECISION_REGION)
    assert loc.latitude is not None and loc.longitude is not None
    assert km(loc.latitude, loc.longitude, 18.44, 1.41) < 25


def test_acled_style_note(geocoder: Geocoder) -> None:
    note = (
        "On 12 March 2024, suspected JNIM militants ambushed a military convoy near Boulkessi "
        "(Douentza, Mopti), killing 4 soldiers. The army said 10 assailants were killed."
    )
    loc = geocoder.locate(note, country_hint="Mali")
    assert loc is not None
    assert (loc.name, loc.admin1, loc.geo_precision) == ("Boulkessi", "Mopti", GEO_PRECISION_NEAR)


def test_dateline_is_not_the_event_place(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "BAMAKO (Reuters) - Jihadists killed 12 soldiers in an attack on a base in Boulkessi."
    )
    assert loc is not None and loc.name == "Boulkessi"


def test_group_names_are_not_places(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Katiba Macina militants fired at a patrol in Djibo.", country_hint="Burkina Faso")
    assert loc is not None and loc.name == "Djibo"


def test_wire_sentence_without_a_town_is_country_level(geocoder: Geocoder) -> None:
    text = "Malian troops and their Russian allies came under fire on Tuesday, the army said."
    loc = geocoder.locate(text)
    assert loc is not None
    assert (loc.name, loc.country, loc.geo_precision) == ("Mali", "Mali", GEO_PRECISION_REGION)
    assert geocoder.country_of(text) == "Mali"


def test_country_level_sits_at_the_capital_by_default(gazetteer: Gazetteer) -> None:
    text = "Burkinabe teachers went on strike nationwide."
    loc = Geocoder(gazetteer).locate(text)
    assert loc is not None and loc.country == "Burkina Faso"
    assert loc.latitude is not None and loc.longitude is not None
    assert km(loc.latitude, loc.longitude, 12.37, -1.53) < 10
    centroid = Geocoder(gazetteer, country_at_capital=False).locate(text)
    assert centroid is not None and centroid.latitude is not None and centroid.longitude is not None
    assert km(centroid.latitude, centroid.longitude, 12.37, -1.53) > 25


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Beninese teachers marched against the new pension law.", 6.37, 2.42),  # Cotonou, not Porto-Novo
        ("Bolivian miners held a sit-in over fuel prices.", -16.50, -68.15),  # La Paz, not Sucre
    ],
)
def test_country_level_sits_at_the_seat_of_government(
    gazetteer: Gazetteer, text: str, lat: float, lon: float
) -> None:
    loc = Geocoder(gazetteer).locate(text)
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    assert km(loc.latitude, loc.longitude, lat, lon) < 10


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # "Central" is an admin region only as the last qualifier; the chain picks Sri Lanka
        ("Workers went on strike in Hatton (Hatton, Central) on Friday.", "Sri Lanka", "Hatton"),
        # an India homonym exists, but no Sindh there
        ("Police broke up a sit-in at Hyderabad city (Hyderabad, Sindh) on Monday.", "Pakistan", "Hyderabad"),
        # Pakistan has a Musa Khel district; Afghanistan's spelling is an alias, in Khost
        ("Militants fired at a checkpoint in Musa Khel district, Khost.", "Afghanistan", "Musakhel"),
        # unknown names inside the parentheses do not break the chain up to the county
        (
            "Livestock thieves hit homesteads near Kimwarer (Soy North, Keiyo South, Elegeyo-Marakwet).",
            "Kenya",
            "Elgeyo/Marakwet",
        ),
        # the raiders' nationality is not where they struck
        ("Suspected South Sudanese raiders stole 200 cattle in Lokichogio.", "Kenya", "Lokichokio"),
    ],
)
def test_country_from_the_admin_chain_not_from_weak_cues(
    geocoder: Geocoder, text: str, country: str, name: str
) -> None:
    loc = geocoder.locate(text)
    assert loc is not None
    assert (loc.country, loc.name) == (country, name)


def test_a_common_word_that_is_a_hamlet_names_no_country(geocoder: Geocoder) -> None:
    assert geocoder.locate("Tea growers protest plans to cut the price of tea.") is None
    assert geocoder.locate("Nine officers were injured in twin explosions.") is None


def test_admin_qualifier_spelt_differently_still_places_the_district(geocoder: Geocoder) -> None:
    # the upazila is unknown; "Chittagong" is "Chattogram" in the gazetteer: the district, not the division
    loc = geocoder.locate("A crude bomb wounded a farmer in Nasirnagar upazila (Brahmanbaria, Chittagong).")
    assert loc is not None and loc.country == "Bangladesh"
    assert loc.admin2 == "Brahmanbaria" and loc.geo_precision == GEO_PRECISION_NEAR


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Two soldiers were wounded by an IED in Djibo-Mentao.", 1),
        ("Two soldiers were wounded by an IED on the Djibo-Mentao axis.", GEO_PRECISION_NEAR),
        ("Two soldiers were wounded by an IED 8km south of Djibo.", GEO_PRECISION_NEAR),
    ],
)
def test_compounds_and_distances_keep_the_town(geocoder: Geocoder, text: str, precision: int) -> None:
    loc = geocoder.locate(text, country_hint="Burkina Faso")
    assert loc is not None and (loc.name, loc.geo_precision) == ("Djibo", precision)


def test_nothing_found_is_none(geocoder: Geocoder) -> None:
    assert geocoder.locate("Something happened somewhere yesterday.") is None
    assert geocoder.country_of("Something happened somewhere yesterday.") is None


def test_with_a_spacy_doc(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed 12 villagers in Ouatagouna, near Ansongo, residents said."
    loc = geocoder.locate(text, doc=nlp(text))
    assert loc is not None
    assert (loc.name, loc.country) == ("Ouatagouna", "Mali")
    assert geocoder.country_of(text, doc=nlp(text)) == "Mali"


@pytest.mark.parametrize(
    ("text", "admin2"),
    [
        ("Gunmen killed a trader in Foo (Noakhali, Chittagong) on Sunday.", "Noakhali"),
        ("Rioters burned a truck in Bar upazila (Kishoreganj, Dhaka) overnight.", "Kishoreganj"),
    ],
)
def test_unknown_place_falls_back_to_the_most_specific_context(
    geocoder: Geocoder, text: str, admin2: str
) -> None:
    loc = geocoder.locate(text, country_hint="Bangladesh")
    assert loc is not None
    assert (loc.admin2, loc.geo_precision) == (admin2, GEO_PRECISION_NEAR)


def test_wire_lede_place_beats_background_and_dateline(geocoder: Geocoder) -> None:
    text = (
        "KYIV, March 3 (Reuters) - Russian missiles struck an apartment block in the southern city of "
        "Zaporizhzhia overnight, killing four people. Air raid alerts sounded across Ukraine, including in Kyiv."
    )
    loc = geocoder.locate(text)
    assert loc is not None and (loc.mention, loc.country, loc.geo_precision) == ("Zaporizhzhia", "Ukraine", 1)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Students ransacked a school in Sector 29 of Ouagadougou on Monday.", "Ouagadougou"),
        ("Justice workers went on strike and gathered at the court in Parakou.", "Parakou"),
        ("Justice workers went on strike over pay.", None),
    ],
)
def test_a_common_word_is_not_taken_for_a_town(geocoder: Geocoder, text: str, place: str | None) -> None:
    loc = geocoder.locate(text)
    assert (loc.name if loc else None) == place


def test_a_common_word_after_a_locative_cue_is_still_a_place(gazetteer: Gazetteer) -> None:
    geocoder = Geocoder(gazetteer, common_words=frozenset({"man"}))
    loc = geocoder.locate("Gunmen killed two traders in Man, Ivory Coast, on Friday.")
    assert loc is not None and loc.name == "Man" and loc.country == "Ivory Coast"


def test_a_name_many_countries_share_means_the_great_city_when_one_dwarfs_the_rest(
    geocoder: Geocoder,
) -> None:
    loc = geocoder.locate("Residents banged pots in a protest in Buenos Aires on Friday.")
    assert loc is not None and loc.country == "Argentina"
    # Tripoli, Libya is 5.7 times Tripoli, Lebanon (and 64 of ACLED's 91 notes naming it are Libya's)
    loc = geocoder.locate("Clashes in Tripoli left three dead on Friday.")
    assert loc is not None and loc.country == "Libya"
    # San Jose, California is only three times San Jose, Costa Rica: no reading
    assert geocoder.locate("Clashes in San Jose left three dead on Friday.") is None


def test_a_spanish_article_alone_is_not_a_place(geocoder: Geocoder) -> None:
    loc = geocoder.locate("On 30 April, in Los Pijiguaos, locals marched over shortages of food and fuel.")
    assert loc is None or loc.mention != "Los"
