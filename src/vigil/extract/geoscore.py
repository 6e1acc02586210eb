"""Helpers that weigh the places a text names: whether one lies in a named admin area, which
namesake a shared name means, and the Location a chosen place makes.

Split from :mod:`vigil.extract.geocode` to keep it to the choice itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.domain import Location, haversine_km
from vigil.extract.cues import EARLIER_EVENT, SEPARATE
from vigil.extract.gazetteer import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_COUNTRY,
    KIND_TOWN,
    Gazetteer,
    Place,
    fold,
)
from vigil.extract.geomentions import in_countryside
from vigil.extract.geowords import (
    AGENTS_AFTER,
    AREA_AFTER,
    AT_CUES,
    AWAY_CUES,
    DATELINE_AFTER,
    DIRECTIONS,
    FACILITY_NEXT,
    NEAR_CUES,
    PART_OF,
    SOURCE_CLAUSE,
    SPEAKERS_IN,
    SUBPLACE_AFTER,
    SUBPLACE_BEFORE,
    TOWN_AFTER,
    TOWN_PARTS,
    TOWNS_OF,
    VILLAGE,
    dealt_in,
)
from vigil.extract.nlp import sentence_spans
from vigil.taxonomy import GEO_PRECISION_NEAR, GEO_PRECISION_TOWN

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from vigil.extract.geomentions import Mention


# an admin area named in a text: its spellings and its kinds
Area = tuple[frozenset[str], frozenset[str]]


def in_areas(chains: list[list[Area]], place: Place) -> bool:
    """Whether ``place`` can lie in the most specific area of one of the chains, and in no
    other region than the chain's: a town whose district is unknown may be in "Keerom regency,
    Papua province", but not if it is recorded in East Java."""
    return any(
        admin_match(*chain[0], place)
        and not any(
            KIND_ADMIN1 in kinds and place.admin1 and not admin_match(spellings, kinds, place)
            for spellings, kinds in chain[1:]
        )
        for chain in chains
    )


def place_of(before: tuple[str, ...]) -> bool:
    """ "the village of X", "between the cities of X": X is where; "from the cities of X" is not."""
    if before[-2] == "control":
        return True  # "took control of X": the ground taken is where
    return before[-2] in TOWN_AFTER or (before[-2] in TOWNS_OF and "from" not in before)


def admin_match(
    spellings: frozenset[str], kinds: frozenset[str], place: Place, *, strict: bool = False
) -> bool:
    """Whether ``place`` can lie in the admin area (of ``kinds``) that goes by ``spellings``.

    Loose, because admin spellings vary across sources ("Zaporizhzhya", "Zaporizhzhia"),
    and a town whose district is unknown is given the benefit of the doubt (unless ``strict``).
    """
    if fold(place.name) in spellings:  # "Jaffna (Jaffna, Northern)"
        return True
    for admin in (place.admin1, place.admin2):
        key = fold(admin)
        if key and any(key == q or key[:5] == q[:5] for q in spellings):
            return True
    return not strict and kinds == frozenset({KIND_ADMIN2}) and not place.admin2


_DISTRICT = frozenset({KIND_ADMIN2})


def fits_qualifiers(qualifiers: list[Area], place: Place) -> bool:
    """Whether ``place`` can be the one its admin qualifiers (spellings, kinds) say it lies in.

    It must be recorded in one of them and in no other district than a district among them
    ("X district (Riyom LGA, Plateau)": not a namesake X of Mangu LGA, though that is in
    Plateau too); a town whose district is unknown ("Kharoda near Anjar (Kachchh, Gujarat)") has the
    benefit of the doubt, unless its region is another. A town that heads an area of its own name
    ("Kanpetlet Township, Mindat District") may be recorded one level below the district named.
    """
    own_area = fold(place.admin2) == fold(place.name)
    if not own_area and any(
        k == _DISTRICT and place.admin2 and not admin_match(s, k, place, strict=True) for s, k in qualifiers
    ):
        return False
    if any(admin_match(s, k, place, strict=True) for s, k in qualifiers):
        return True
    return any(admin_match(s, k, place) for s, k in qualifiers) and not any(
        KIND_ADMIN1 in k and place.admin1 and not admin_match(s, k, place) for s, k in qualifiers
    )


def admin_fit(qualifiers: list[frozenset[str]], place: Place) -> int:
    """How many of the admin areas given as qualifiers (each by its spellings) ``place`` is
    recorded in: its own name does not count ("Mirpur (Mirpur, Azad Kashmir)": the Mirpur of
    Mirpur district, not a namesake in another district)."""
    admins = {fold(place.admin1), fold(place.admin2)} - {""}
    if place.kind != KIND_TOWN:
        admins.discard(fold(place.name))  # an area's record names itself as its own area
    return sum(bool(admins & spellings) for spellings in qualifiers)


ADMIN_KINDS = frozenset({KIND_ADMIN1, KIND_ADMIN2})
_DOMINANT_CITY = 500_000
# how many times its biggest namesake abroad the great city must be: Tripoli, Libya is 5.7 times
# Tripoli, Lebanon, Kingston, Jamaica 7 times Kingston, Ontario
_DOMINANCE = 5


def dominant(places: list[Place]) -> list[Place]:
    """The places of the one country whose biggest namesake dwarfs every other (or none)."""
    top = max(places, key=lambda p: p.population)
    rest = max((p.population for p in places if p.country_code != top.country_code), default=0)
    if top.population < _DOMINANT_CITY or top.population < _DOMINANCE * rest:
        return []
    return [p for p in places if p.country_code == top.country_code]


_GREAT_ALIAS = 50_000  # a town this big, known abroad by another name ("Palmyra" for Tadmur) ...
_ALIAS_DOMINANCE = 5  # ... and this many times the biggest place that bears the name itself,
_SMALL_NAMESAKE = 20_000  # which is no more than a small town


def with_great_alias(named: list[Place], places: list[Place]) -> list[Place]:
    """The places that bear a name as their own, and beside them a far bigger town that bears it
    as an alias ("Ambo": Ethiopia's Hagere Hiywet, not only Peru's hamlet; "Palmyra": Tadmur)."""
    if not named:
        return named
    aliased = [p for p in places if p not in named and p.kind == KIND_TOWN]
    great = max(aliased, key=lambda p: p.population, default=None)
    biggest = max(p.population for p in named)
    if (
        great is None
        or biggest >= _SMALL_NAMESAKE
        or great.population < max(_GREAT_ALIAS, _ALIAS_DOMINANCE * biggest)
    ):
        return named  # (a town of the name's own, as Cameroon's Mora, keeps it from Bilimora)
    return [*named, great]


def location(place: Place, precision: int, mention: str) -> Location:
    return Location(
        name=place.name,
        country=place.country,
        admin1=place.admin1,  # a region over several areas: its seat's (Place.members[0])
        admin2=place.admin2,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=precision,
        mention=mention,
    )


def town_precision(mention: Mention) -> int:
    """Precision 2 for a town the event is near ("near X", "40 km north of X", "X area"), else 1."""
    before = mention.before
    if before[-1:] == ("capital",) and "the" in before:
        # "40 km north of the capital Khartoum": the cue comes before the title
        before = before[: len(before) - 1 - before[::-1].index("the")]
    last = before[-1] if before else ""
    cues = set(before[-3:])
    if last in NEAR_CUES or cues & NEAR_CUES or (last == "of" and cues & DIRECTIONS):
        return GEO_PRECISION_NEAR
    if last == "of" and len(before) == 4 and place_of(before) and before[0] in NEAR_CUES:
        return GEO_PRECISION_NEAR  # "near the town of Bakhmut"
    if mention.after in AREA_AFTER:
        return GEO_PRECISION_NEAR
    return GEO_PRECISION_TOWN


def sole_town(mention: Mention, places: list[Place], partial: bool, common_words: frozenset[str]) -> bool:
    """A town of some size that only one country has, named as a whole right after its cue
    ("the town of Mocimboa da Praia"): it says the country as firmly as "in Mozambique". Not
    an acronym ("AAS positions"), a common word or a hamlet (namesakes abroad are many)."""
    if partial or mention.text.isupper() or fold(mention.text) in common_words:
        return False
    last = mention.before[-1] if mention.before else ""
    if not (last in AT_CUES or (last == "of" and len(mention.before) > 1 and place_of(mention.before))):
        return False  # "in the area of Ariel", "at the Inata Mine": not said to be a town
    return (
        len({p.country_code for p in places}) == 1
        and any(p.kind == KIND_TOWN for p in places)
        and max(p.population for p in places) >= VILLAGE
    )


# "a rural area of X", "the outskirts of X": the event is at X, as "near X" says
_SURROUNDS = frozenset({"area", "areas", "outskirts", "vicinity", "suburbs", "environs"}) | TOWN_PARTS
_NAME_NEXT = re.compile(r"\s+[A-Z]")  # "Colonia Portales": the word heads a part's name
_OWNED = re.compile(r"\b[A-Z][\w-]+['’]s\s+$")
_ROAD = r"(?:highway|road|motorway|expressway|railway|pipeline)\b"
_ROAD_BETWEEN = re.compile(r"[-–][A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)?\s+" + _ROAD)
_ROAD_NEXT = re.compile(r"\s+" + _ROAD)
_ROAD_END = re.compile(r"\b[A-Z][\w'’]*[-–]$")
_CLAUSE_AFTER_EARLIER = re.compile(EARLIER_EVENT.pattern + r"[^.;,]*$", re.I)
_DATED_BEFORE = re.compile(
    r"\s+(?:in (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?! \d)|last (?:year|month)|(?:a|one|two|three|several) (?:years?|months?) ago)\b"
)
_SUBPLACE_PENALTY = 4.0  # a neighbourhood ranks below the town it is part of, named with "in"
# "Puntland forces", "Puntland Dervish forces", "Kaduna police": a place naming an armed body
_AGENTS_NEXT = re.compile(
    r"(?:['’]s)?(?:\s+[A-Z][\w-]*)?\s+(?:" + "|".join(sorted(AGENTS_AFTER | {"police"})) + r")\b"
)
_AGENTS_PENALTY = 3.0  # as much as a common word's: the name is an armed body's, not a place's
_SAID_NEXT = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:said|says|told|announced)\b")
_SOURCE_PENALTY = 2.0  # a place that only says who speaks ranks below one named as where
_CARED_FOR_IN = re.compile(
    r"\b(?:hospitals?|clinics?|morgues?|mortuary)\s+(?:in|at)\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)


def mention_score(mention: Mention, place: Place, rank: int, text: str, doc: Doc | None) -> float:
    """How strongly ``mention`` read as ``place`` says where the event was: the kind of place,
    the cue before it ("in", "near", "the village of"), and where in the text it stands."""
    score = {KIND_TOWN: 3.0, KIND_ADMIN2: 2.0, KIND_ADMIN1: 1.5}.get(place.kind, 0.5)
    before = mention.before
    if place.kind != KIND_COUNTRY and in_countryside(mention):
        score = 3.0  # "the countryside of Idlib": the region is named as where, as a town is
    last = before[-1] if before else ""
    cues = set(before[-3:])
    located = True
    if last in AT_CUES or (last == "of" and len(before) > 1 and place_of(before)) or mention.area_of:
        score += 3.0  # "in X", "the village of X", "the southern city of X"
    elif (
        last in NEAR_CUES
        or cues & NEAR_CUES
        or (last == "of" and (cues & DIRECTIONS or before[-2] in _SURROUNDS))
    ):
        score += 2.5  # "in A, near B": A is the event, B a landmark; "a rural area of X"
    elif cues & AT_CUES:
        score += 2.0
    else:
        located = False
        if last in AWAY_CUES:
            score -= 1.0
    if mention.after in AREA_AFTER or mention.after in TOWN_AFTER:
        score += 1.0
    if mention.sentence_start and not cues:
        score -= 1.0
    if mention.partial:
        score -= 1.0
    if (
        mention.after in SUBPLACE_AFTER
        or last in SUBPLACE_BEFORE
        or PART_OF.match(text, mention.end)
        or (fold(mention.text) in SUBPLACE_BEFORE and _NAME_NEXT.match(text, mention.end))
    ):
        score -= _SUBPLACE_PENALTY  # "Santa Maria neighborhood", "Palanpur area of Surat city"
    elif _OWNED.search(text, max(0, mention.start - 30), mention.start) and _NAME_NEXT.match(
        text, mention.end
    ):
        score -= _SUBPLACE_PENALTY  # "Colombo's Galle Face seafront": a longer name, a part of the town
    if (
        _ROAD_BETWEEN.match(text, mention.end)
        or _ROAD_END.search(text, max(0, mention.start - 40), mention.start)
        or ("-" in text[mention.start : mention.end] and _ROAD_NEXT.match(text, mention.end))
    ):
        # "a town on the Damascus-Aleppo highway": a road's name, less where than the town (though a
        # bomb "on the Mpeketoni-Kibaoni road" lies near its first town)
        score -= _SUBPLACE_PENALTY / 2
    if _DATED_BEFORE.match(text, mention.end) or _CLAUSE_AFTER_EARLIER.search(
        text, max(0, mention.start - 90), mention.start
    ):
        # "a movement that began after a canopy collapsed in Novi Sad in November", "months after a
        # collapse in Novi Sad killed fifteen": that past's place
        score -= 3.0
    if FACILITY_NEXT.match(text, mention.end):
        score -= 2 * _SUBPLACE_PENALTY  # "medics at al-Thawra hospital": a building's name, not a town
    if _CARED_FOR_IN.search(text, max(0, mention.start - 40), mention.start):
        score -= (
            2 * _SOURCE_PENALTY
        )  # "the wounded were flown to hospital in Diyarbakir": where they were taken
    if not located and _AGENTS_NEXT.match(text, mention.end):
        score -= _AGENTS_PENALTY  # "Puntland Dervish forces ambushed ... near X": whose forces, not where
    if (
        not located
        and text[: mention.start].rstrip().endswith(",")
        and SOURCE_CLAUSE.match(text, mention.end)
    ):
        score -= _SOURCE_PENALTY  # "..., Gaza health officials said.": who speaks, not where
    elif SPEAKERS_IN.search(text, max(0, mention.start - 40), mention.start) and (
        SOURCE_CLAUSE.match(text, mention.end) or _SAID_NEXT.match(text, mention.end)
    ):
        # "..., officials in Kyiv said.", "Local officials in Plateau state said on Thursday that ...":
        # where the speakers sit
        score -= 2 * _SOURCE_PENALTY
    if dealt_in(text, mention.start, mention.end):
        score -= 2 * _SOURCE_PENALTY  # "the accord signed in Kuala Lumpur": where a deal was struck
    if mention.start < 40 and DATELINE_AFTER.match(text[mention.end :]):
        score -= 5.0  # "BAMAKO (Reuters) -": where the story was filed, not the event
    if doc is not None:
        labels = {e.label_ for e in doc.ents if e.start_char <= mention.start < e.end_char}
        if labels & {"GPE", "LOC", "FAC"}:
            score += 0.5
        elif labels & {"PERSON", "ORG", "NORP"}:
            score -= 0.5 if located else 1.0  # the small model calls many villages ORG
    if _after_lede(text, mention.start):
        score -= 1.0  # the lede tells the event; later sentences add background
        if _told_apart(text, mention.start):
            score -= 3.0  # "Separately, police in Niamey arrested ...": another event's place
    return score - 0.1 * rank


def _told_apart(text: str, start: int) -> bool:
    """Whether the sentence around offset ``start`` opens as another event's ("Separately, ...",
    "Elsewhere, ...", "In a separate attack, ...")."""
    sentence = next((a for a, b in sentence_spans(text) if a <= start < b), None)
    return sentence is not None and (
        SEPARATE.search(text, sentence, min(start, sentence + 40)) is not None
        or _EARLIER_OPENER.match(text, sentence) is not None  # "Last week the convoy was held up in Kaya"
    )


_EARLIER_OPENER = re.compile(
    r"\W*(?:last (?:week|month|year)|earlier (?:on|in|this) \w+|an? (?:week|month|year) ago)\b", re.I
)


def _after_lede(text: str, start: int) -> bool:
    """Whether offset ``start`` lies inside a sentence after the first (read no further than
    the second's start). A name opening the second sentence is left to the sentence-start
    penalty alone, as before the splitter was shared."""
    spans = sentence_spans(text)
    next(spans, None)  # the lede
    second = next(spans, None)
    return second is not None and second[0] < start


# Countries whose centroids lie this far apart are not neighbours a group's war spills into
_FAR_KM = 1500.0
# A place smaller than this, in a country far from every one the text's named armed groups fight in
# and that the text does not name, keeps this share of its vote: "Alga" in a JNIM report is no Kyrgyz village.
TOWN_ABROAD = 100_000
_FAR_FROM_ACTORS = 0.2


def far_apart(gazetteer: Gazetteer, code: str, others: Iterable[str]) -> bool:
    """Whether country ``code`` lies over ``_FAR_KM`` from every one of ``others`` (centroid to
    centroid): a group the registry places in the Sahel may well fight in Nigeria or Togo next,
    but not in Kyrgyzstan."""
    here = gazetteer.country_place(code)
    return all(
        haversine_km(here.latitude, here.longitude, there.latitude, there.longitude) > _FAR_KM
        for there in (gazetteer.country_place(other) for other in others)
    )


def discount_far(votes: dict[str, float], far: dict[str, float]) -> None:
    """Cut the vote of each country that only far small places (``far``: their votes) speak for:
    an unknown village where the named groups fight is likelier than a namesake far from them."""
    for code, weight in far.items():
        if votes[code] <= weight + 1e-9:
            votes[code] = weight * _FAR_FROM_ACTORS


@dataclass(frozen=True, slots=True)
class Choice:
    mention: Mention
    place: Place
    score: float
    is_context: bool  # names where another place is ("X, Donetsk", "X (Cobli, Atacora)")


_AREA_OF = tuple(
    (w, "of") for w in ("province", "state", "department", "region", "district", "governorate", "county")
)


def inner(best: Choice, choices: list[Choice]) -> Choice:
    """The place named inside the area ``best`` is, where one is: "the Bokkos area of Plateau
    state ... raids across central Plateau" is Bokkos, and so is "Fortul municipality, in the
    province of Arauca ... attacks in Arauca" (the seat named like the area that was named)."""
    area = best.place
    seat_named = area.kind == KIND_TOWN and any(
        (c.is_context or c.mention.before[-2:] in _AREA_OF)
        and c.mention.start < best.mention.start
        and fold(c.mention.text) == fold(best.mention.text)
        for c in choices
    )
    if area.kind not in ADMIN_KINDS and not seat_named:
        return best
    region = fold(area.admin1)
    inside = [
        c
        for c in choices
        if not c.is_context
        and c.score > 0
        and c.place is not area
        and c.mention.start < best.mention.start
        and (c.place.kind == KIND_TOWN or (area.kind == KIND_ADMIN1 and c.place.kind == KIND_ADMIN2))
        and fold(c.place.admin1) == region
        and (area.kind != KIND_ADMIN2 or fold(c.place.admin2) == fold(area.admin2))
    ]
    if not inside and area.kind == KIND_ADMIN1:
        # "attacked a village in Diyala province ... in al-Rashad, near the town of Muqdadiya": a town
        # of the region named after it, as firmly, is where ACLED codes it
        regions = {region} | {fold(m) for m in area.members}
        inside = [
            c
            for c in choices
            if not c.is_context
            and c.place.kind in (KIND_TOWN, KIND_ADMIN2)
            and c.mention.start > best.mention.start
            and c.score >= best.score - _LATER_TOWN_MARGIN
            and fold(c.place.admin1) in regions
        ]
    return max(inside, key=lambda c: c.score, default=best)


_LATER_TOWN_MARGIN = 1.5  # how much less a later town may score than the region it lies in
