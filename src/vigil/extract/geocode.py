"""Choosing an event's location among the places a text names, and geocoding it ACLED-style.

Why rules and not a model: the choice hinges on a few cues that hold across genres
(ACLED notes, wire copy): the place after "in/near/at/outside", the most specific
place, places that agree on one country, and admin areas given as context
("in Shyamnagar upazila (Satkhira, Khulna)"). spaCy's small model misses many
African and Asian village names, so capitalised words are matched against the
gazetteer too; the model's entities confirm or veto those matches.

The country is a vote, and the strongest place evidence is an admin chain that holds
in one country only ("Hyderabad (Hyderabad, Sindh)" is in Pakistan, not India); a
village the chain places in an area where the gazetteer lacks it does not vote for its
namesakes abroad, and every name of a chain ("Pori (Botou, Tapoa)") is held to the country its
admin areas fit. When the village is unknown, the most specific area of the chain
stands in for it, as ACLED does (precision 2 at a district seat, 3 at a region's); so it does for a
name the gazetteer knows only a word of ("San Andres de Tupicocha, Lima": not San Andres). A country
named for its armed forces ("Ethiopia troops", "Turkey backed faction") says who acts, often
abroad, so it weighs as little as a demonym does, not as a place named; one named only as context
("the Mali border", "from Niger", "a Canadian firm") weighs less still (:mod:`vigil.extract.geocountry`).
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from vigil.domain import Location, haversine_km
from vigil.extract.gazetteer import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_COUNTRY,
    KIND_TOWN,
    Gazetteer,
    Place,
    fold,
)
from vigil.extract.geocountry import dateline_named, kind_named, name_votes
from vigil.extract.geomentions import (
    Mention,
    MentionFinder,
    after_unknown,
    borrowed_qualifiers,
    in_countryside,
    located,
    qualifiers_of,
)
from vigil.extract.geopeople import person_spans
from vigil.extract.georgs import OrganisationNames
from vigil.extract.geoscore import (
    ADMIN_KINDS,
    TOWN_ABROAD,
    Area,
    Choice,
    admin_fit,
    discount_far,
    dominant,
    far_apart,
    fits_qualifiers,
    in_areas,
    inner,
    location,
    mention_score,
    sole_town,
    town_precision,
    with_great_alias,
)
from vigil.extract.geowords import (
    ADMIN_AFTER,
    AREA_AFTER,
    CITY,
    DATELINE_AFTER,
    DIRECTION_REGIONS,
    ELSEWHERE_BETWEEN,
    FACILITY_NEXT,
    LANDMARK_GAP,
    LIST_END,
    LIST_GOES_ON,
    NAMED_AFTER,
    NAMES_NOT_PLACES,
    NEAR_CUES,
    TOWN_AFTER,
    VILLAGE,
    dealt_in,
    load_common_words,
)
from vigil.taxonomy import GEO_PRECISION_NEAR, GEO_PRECISION_REGION

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)

# Context ("X (Bante, Collines)") scores below any place named for itself, ranked by specificity.
_CONTEXT_SCORE = -1.0
_SAME_TOWN_KM = 40.0
# "Ermita, Manila": a part of a town lies within this of it
_WEAK_PENALTY = 3.0  # below any place named with a cue, above nothing
# A place outside the admin areas the text names, or named as where something else happened
_OUTSIDE_PENALTY = 2.0
# a town that gives its name to its district weighs as a namesake five times its size
_SEAT = math.log(5.0)
_CITY = CITY  # a town this big is rarely a namesake of an unknown village in the same country

_WEAK_PLACE = 3.0  # below this score no place is named as where: a capital named by its title wins
# The least evidence for a country: one located or named place, not a lone capitalised word.
_MIN_COUNTRY_VOTE = 0.3
_VILLAGE = VILLAGE  # below this, a place named without a locative cue is weak evidence of a country


class Geocoder(MentionFinder):
    """Locates the event a text reports.

    >>> geo = Geocoder(Gazetteer.load())  # doctest: +SKIP
    >>> geo.locate("Gunmen killed 3 people near Tessalit on Monday.").geo_precision  # doctest: +SKIP
    2
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        country_at_capital: bool = True,
        common_words: frozenset[str] | None = None,
        organisations: OrganisationNames | None = None,
    ) -> None:
        """``country_at_capital`` puts country-only locations at the capital, not the centroid.

        At the capital by default: ACLED codes a region-wide event to the region's capital
        (codebook: precision 3), and nationwide ones (strikes, protests) cluster there.
        ``common_words`` (default: the packaged list) are English words that gazetteers also
        list as towns ("Justice", "Reserve", "Sector"): without a locative cue they are words.
        ``organisations`` (default: the actor registry's) are names that are no places ("Hamas").
        """
        self.gazetteer = gazetteer
        self.country_at_capital = country_at_capital
        self.common_words = load_common_words() if common_words is None else common_words
        self.organisations = OrganisationNames.load() if organisations is None else organisations

    # -- public -----------------------------------------------------------------------------

    def locate(
        self,
        text: str,
        *,
        doc: Doc | None = None,
        country_hint: str | None = None,
        votes: Mapping[str, float] | None = None,
    ) -> Location | None:
        """The event's location: a town (precision 1/2), an admin area or the country (3), or None.

        ``country_hint`` fixes the country; ``votes`` (country name -> weight) only add to the
        text's own evidence for one, as the home countries of the armed groups it names do.
        """
        mentions = self._mentions(text, doc)
        hint_code = self.gazetteer.country_code(country_hint) if country_hint else None
        code = hint_code or self._country_code(text, mentions, doc, votes)
        if code is None:
            return None
        # "near Keran ... J&K": an area named counts as context in the gazetteer's spelling too
        context = {fold(m.text) for m in mentions}.union(
            *(self._admin_spellings(m.text, code) for m in mentions if self._admin_kinds(m.text, code))
        )
        qualifiers = qualifiers_of(text, mentions, self._may_lie_in)
        # "X upazila (Brahmanbaria, Chittagong)": the district says more than the division
        depth = {q: k + mentions[i].in_parens for i, qs in qualifiers.items() for k, q in enumerate(qs)}
        borrowed = borrowed_qualifiers(text, mentions, qualifiers)
        broadest = {quals[-1] for quals in qualifiers.values()}
        areas = self._named_areas(mentions, qualifiers, code)
        choices: list[Choice] = []
        first_located: Mention | None = None
        resolved: set[int] = set()  # the mentions found in the country
        for rank, mention in enumerate(mentions):
            if mention.before and mention.before[-1] in NAMES_NOT_PLACES:
                continue  # "Katiba Macina", "Operation Serval": a group's or operation's name, never where
            if mention.fragment:
                continue  # "San Andres de Tupicocha": a word of an unknown name; its qualifiers stand in
            quals = qualifiers.get(rank) or borrowed.get(rank, [])
            is_context = mention.in_parens or rank in depth
            as_region = rank in broadest or after_unknown(
                text, mention, mentions[rank - 1].end if rank else 0
            )
            place = self._resolve(
                mention, code, context, [mentions[q].text for q in quals], as_region=as_region
            )
            if place is not None and self._elsewhere(text, place, mentions, qualifiers.get(rank, []), code):
                continue  # "Ermita, Manila": a namesake far from the town it is said to be part of
            if place is not None:
                resolved.add(rank)
            if place is not None:
                owners = [i for i, qs in qualifiers.items() if rank in qs]
                if (
                    is_context
                    and owners
                    and max(owners) < rank  # (those told after it are not resolved yet)
                    and not resolved.intersection(owners)
                    and not mention.in_parens
                ):
                    # "attacked the village of Mushu in Bokkos local government area": the village is
                    # unknown, so the area it lies in is where, as firmly as if named alone
                    score = mention_score(mention, place, rank, text, doc) - 0.5 * (1 + depth.get(rank, 0))
                elif is_context:  # used only when the place it qualifies is unknown: the most specific
                    score = _CONTEXT_SCORE - 1.5 * depth.get(rank, 0) - 0.1 * rank
                else:
                    score = mention_score(mention, place, rank, text, doc)
                if self._weak(mention, text):
                    score -= _WEAK_PENALTY
                if rank and LANDMARK_GAP.match(text[mentions[rank - 1].end : mention.start]):
                    score -= 1.5  # "in A, near B": B only says where A is
                if not is_context and rank not in qualifiers and rank not in borrowed:
                    if areas and place.kind == KIND_TOWN and not in_areas(areas, place):
                        score -= _OUTSIDE_PENALTY  # "in Leon, Guanajuato ... between El Palmar and"
                    if first_located is not None and ELSEWHERE_BETWEEN.search(
                        text, first_located.end, mention.start
                    ):
                        score -= _OUTSIDE_PENALTY  # "in Vitebsk in solidarity with the protest in Brest"
                if not is_context and first_located is None and located(mention):
                    first_located = mention  # "in Gao, Mali, in response to ... in Menaka" too
                choices.append(Choice(mention, place, score, is_context))
        event_choices = [c for c in choices if c.place.kind != KIND_COUNTRY]
        # "the streets of the Serbian capital", where no place is named as firmly ("months after a
        # collapse in Novi Sad"): the capital its title names
        # (not where the story is filed from another city of that country: "BUJUMBURA - ... the capital")
        weak = not event_choices or max(c.score for c in event_choices) < _WEAK_PLACE
        if weak and (capital := self._capital_named(text, code)) is not None:
            filed = [
                c.place
                for c in event_choices
                if c.mention.start < 40 and DATELINE_AFTER.match(text[c.mention.end :])
            ]
            if not event_choices or not filed or capital[0] in filed:
                return location(capital[0], town_precision(capital[1]), capital[1].text)
        if not event_choices:
            country = self.gazetteer.country_place(code, at_capital=self.country_at_capital)
            named = next((c.mention.text for c in choices if c.place.kind == KIND_COUNTRY), "")
            return location(country, GEO_PRECISION_REGION, named)
        best = inner(max(event_choices, key=lambda c: c.score), choices)
        LOGGER.debug("location %s from %s", best.place.name, [(c.mention.text, c.score) for c in choices])
        if best.place.kind == KIND_ADMIN1:
            return location(best.place, GEO_PRECISION_REGION, best.mention.text)
        if best.place.kind == KIND_ADMIN2:  # a district: "a small part of a region", at its seat
            return location(best.place, GEO_PRECISION_NEAR, best.mention.text)
        if best.is_context:  # "in <unknown village> (Town, Region)": coded to the town nearby
            return location(best.place, GEO_PRECISION_NEAR, best.mention.text)
        return location(best.place, town_precision(best.mention), best.mention.text)

    def country_of(
        self, text: str, *, doc: Doc | None = None, votes: Mapping[str, float] | None = None
    ) -> str | None:
        """The country a text is about (ACLED spelling), from names, demonyms and places; or None."""
        code = self._country_code(text, self._mentions(text, doc), doc, votes)
        return self.gazetteer.country_name(code) if code else None

    # -- country ----------------------------------------------------------------------------

    def _country_code(
        self,
        text: str,
        mentions: list[Mention],
        doc: Doc | None,
        extra: Mapping[str, float] | None = None,
    ) -> str | None:
        """Vote: country names (3), demonyms (2), and places that exist in only a few countries (1),
        plus the ``extra`` votes given by country name."""
        votes: dict[str, float] = defaultdict(float)
        first: dict[str, int] = {}
        size: dict[str, int] = defaultdict(int)
        far: dict[str, float] = defaultdict(float)  # votes from small places where no named group fights
        for name, weight in (extra or {}).items():
            if (code := self.gazetteer.country_code(name)) is not None:
                votes[code] += weight
                first.setdefault(code, len(text))
        outside = dict(votes)  # what the text's own words add is weighed apart
        # "Mayor Dominique Sourabie": no Dominica
        by_name, named_first = name_votes(self, text, mentions, person_spans(text, doc))
        for code, weight in by_name.items():
            votes[code] += weight
        for code, at in named_first.items():
            first.setdefault(code, at)
        qualifiers = qualifiers_of(text, mentions, self._may_lie_in)
        within = self._chain_countries(text, mentions, qualifiers)
        for rank, mention in enumerate(mentions):
            if mention.before and mention.before[-1] in NAMES_NOT_PLACES:
                continue
            if self.gazetteer.country_code(mention.text) is not None and not self.demonym_area(
                text, mention.start, mention.text
            ):
                continue  # counted above as a country ("Niger", not Nigeria's Niger State)
            if self._weak(mention, text) or dealt_in(text, mention.start, mention.end):
                continue  # "Justice workers": a word, not a place; "signed in Kuala Lumpur": a deal's venue
            key = fold(mention.text)
            places = [p for p in self.gazetteer.lookup(mention.text) if p.kind != KIND_COUNTRY]
            # "Bolivar state"; "TRIPOLI, Lebanon -": the dateline's country says which Tripoli, all through
            places = dateline_named(
                self.gazetteer,
                text,
                mention.text,
                kind_named(self.gazetteer, mention.text, mention.after, places),
            )
            # "Musa Khel district, Khost": only where the place lies in the area that qualifies it
            quals = [mentions[q].text for q in qualifiers.get(rank, ())]
            consistent = self._consistent(mention, {p.country_code for p in places}, quals)
            if consistent:
                places = [p for p in places if p.country_code in consistent]
            elif quals and mentions[qualifiers[rank][0]].in_parens and any(self._is_admin(q) for q in quals):
                continue  # "Loura (Pobe-Mengao, Soum)": a village unknown there; namesakes abroad are not it
            if key in DIRECTION_REGIONS and rank not in within:
                continue  # "in the East, North Central": a direction, unless it qualifies a place
            if rank in within:  # "Pori (Botou, Tapoa)": Tapoa is in Burkina Faso, so are the others
                places = [p for p in places if p.country_code in within[rank]]
            # alternate names of towns mislead more often; an area's are its names ("Nord-Ouest")
            named = [p for p in places if fold(p.name) == key or p.kind in ADMIN_KINDS]
            if located(mention):  # "in Ambo" (not "the Sor party"): Ethiopia's great town of that alias too
                named = with_great_alias(named, places)
            if (
                named
                and " " in key  # a one-word alias is too often a word ("Colonia Pemex" is no Cologne)
                and (great := dominant(places))
                and all(fold(p.name) != key for p in great)
            ):
                named = great  # "St Petersburg": Russia's city, not Florida's that GeoNames names so
            places, unnamed = named or places, places
            countries = {p.country_code for p in places}
            if mention.start < 40 and DATELINE_AFTER.match(text[mention.end :]):
                # "ATHENS -": a dateline that names a capital files the story from that country
                capitals = [
                    c for c in countries if (cap := self.gazetteer.capital(c)) and fold(cap.name) == key
                ]
                if len(capitals) == 1:
                    votes[capitals[0]] += 2.0
                    first.setdefault(capitals[0], mention.start)
                    continue
            if len(countries) > 3:
                # "Los Angeles", "Tripoli": a name many countries share means the great city,
                # when one is far bigger than all its namesakes; else nothing
                places = dominant(places)
                countries = {p.country_code for p in places}
            if not places:
                continue
            # "Pobe-Mengao": the head of an unknown compound is only part of a name, unless the
            # compound joins two places ("the Toeni-Loroni axis")
            head_only = mention.end - mention.start > len(mention.text) and not (
                mention.after in AREA_AFTER or set(mention.before[-2:]) & NEAR_CUES
            )
            partial = mention.partial or head_only
            if partial and not named and not consistent:
                continue  # "Abd el Hamid el Karami": a word of a person's name that a town has as an alias
            base = (0.3 if partial else 1.0) * (1.0 if named else 0.75) * (3.0 if consistent else 1.0)
            if mention.after in NAMED_AFTER or FACILITY_NEXT.match(text, mention.end):
                base *= 0.25  # "the Palma bridge", "the Planalto palace": named after a place, not in it
            if head_only and located(mention):
                pass  # "in Pobe-Mengao": its head's namesake abroad names a country less than a desk
            elif located(mention):
                # "the town of Mocimboa da Praia": a town only one country has, named as where,
                # says the country as firmly as "in Mozambique"
                base *= 3.0 if sole_town(mention, places, partial or not named, self.common_words) else 2.0
            elif not consistent and max(p.population for p in places) < _VILLAGE:
                base *= 0.25  # "Tea farmers", "the Principal": a common word that is also a hamlet
            elif partial and not consistent:
                base *= 0.8  # "Justin Zongo": a word of a longer name, uncued, is less than a place named
            # "Kirinyaga County", "Soum province": an admin area of that kind says its country firmly
            admin_named = (
                mention.after in ADMIN_AFTER
                or fold(mention.text).split()[-1] in ADMIN_AFTER
                or (
                    len(mention.before) > 1
                    and mention.before[-2] in ADMIN_AFTER
                    and mention.before[-1] == "of"
                )
            )
            # and so, less, does one given as context ("(Gorgadji, Seno)"), shared among namesakes
            as_area = rank in within or (
                mention.in_parens and text[mention.end : mention.end + 1] in (",", ")")
            )
            admin_codes = {p.country_code for p in places if p.kind in ADMIN_KINDS}
            area_codes = {p.country_code for p in unnamed if p.kind in ADMIN_KINDS} if as_area else set()
            # a bare name is the town ("in Beni"): a town's size is weighed against towns', not a region's
            towns = [p for p in places if p.kind == KIND_TOWN] if not (admin_named or as_area) else []
            sized = towns or places
            top = max(sized, key=lambda p: p.population)
            runner_up = max((p.population for p in places if p.country_code != top.country_code), default=0)
            for code in countries:
                weight = base / len(countries)
                if admin_named and code in admin_codes:
                    weight += base
                elif code in area_codes:
                    weight += base / len(area_codes)
                if code == top.country_code and top.population >= 50_000:
                    # a city far bigger than its namesakes elsewhere ("Dhaka") says more
                    weight += base if top.population >= 10 * runner_up else 0.5 * base
                votes[code] += weight
                first.setdefault(code, mention.start)
                size[code] = max(size[code], max(p.population for p in places if p.country_code == code))
                if (
                    outside
                    and not consistent
                    and code not in outside
                    and (size[code] < TOWN_ABROAD or not named)  # "Pensa": Penza's German name
                    and far_apart(self.gazetteer, code, outside)
                ):
                    far[code] += weight
        discount_far(votes, far)
        LOGGER.debug("country votes %s", dict(votes))
        if not votes:
            return None
        # ties go to the country named first, then to the bigger namesake ("Hatton")
        best = max(votes, key=lambda c: (round(votes[c], 6), -first.get(c, len(text)), size[c], c))
        tied = [c for c in votes if round(votes[c], 6) == round(votes[best], 6)]
        if votes[best] == outside.get(best) and len(tied) > 1:
            return None  # "JNIM attacked": a group's area alone, where it fights in several countries
        # one capitalised word at a sentence's start, alone, is too little to name a country
        return best if votes[best] >= _MIN_COUNTRY_VOTE else None

    def _chain_countries(
        self, text: str, mentions: list[Mention], qualifiers: dict[int, list[int]]
    ) -> dict[int, set[str]]:
        """For each name of a chain with an admin area in it ("Pori (Botou, Tapoa)", "X, Soum
        province"), the countries the chain fits best: its names are places there, not abroad.

        Best: where most of its names are known, then where the broadest admin area is one; a
        village or a department may be unknown there and known abroad ("Botou" is a Chinese
        city), a province rarely has namesakes. A list ("Cotonou, Dakar and Bamako") is no chain.
        """
        within: dict[int, set[str]] = {}
        for head, quals in qualifiers.items():
            if not mentions[quals[0]].in_parens and LIST_END.match(text, mentions[quals[-1]].end):
                continue
            if self._weak(mentions[head], text):
                continue  # "outside the Seray in Tripoli": a building, so no chain of places
            members = [head, *quals]
            kinds: list[dict[str, set[str]]] = []
            for m in members:
                known: dict[str, set[str]] = defaultdict(set)
                for p in self.gazetteer.lookup(mentions[m].text):
                    known[p.country_code].add(p.kind)
                kinds.append(known)
            fit: dict[str, tuple[int, int]] = {}
            for i, known in enumerate(kinds[1:], start=1):
                for code, found in known.items():
                    if found & ADMIN_KINDS:  # (names known there, the broadest admin area there)
                        fit[code] = (sum(code in k for k in kinds), i)
            if fit:
                best = max(fit.values())
                for member in members:
                    within[member] = {code for code, f in fit.items() if f == best}
        return within

    def _named_areas(
        self, mentions: list[Mention], qualifiers: dict[int, list[int]], code: str
    ) -> list[list[Area]]:
        """The admin areas the text names as qualifiers ("X, Guanajuato"), chain by chain, most
        specific first: "X district, Jayawijaya regency, Highland Papua province ... killed in Elelim":
        Elelim is in Highland Papua, but not in Jayawijaya, where X is."""
        country_key = fold(self.gazetteer.country_name(code))
        chains = [
            [
                (self._admin_spellings(mentions[q].text, code), kinds)
                for q in quals
                # "in Colombia's Arauca": the country, not its namesake municipality
                if mentions[q].in_parens or fold(mentions[q].text) != country_key
                if (kinds := self._admin_kinds(mentions[q].text, code))
            ]
            for quals in qualifiers.values()
        ]
        return [chain for chain in chains if chain]

    def _elsewhere(
        self, text: str, place: Place, mentions: list[Mention], quals: list[int], code: str
    ) -> bool:
        """Whether a town qualified by another town ("Ermita, Manila") lies far from it.

        Admin qualifiers are checked by :meth:`_resolve`; a lone town qualifier outside
        brackets says the place is part of it or next to it, so a namesake far away is not the
        place meant, and the town stands in (as context). A bracketed chain ("Boulkessi
        (Douentza, Mopti)") names admin areas, even where the gazetteer knows only their seats.
        """
        if len(quals) != 1 or place.kind != KIND_TOWN or mentions[quals[0]].in_parens:
            return False
        if LIST_GOES_ON.match(text, mentions[quals[0]].end):
            return False  # "in Ouahigouya, Kaya and Koudougou": a list of places, not a part of one
        qualifier = mentions[quals[0]].text
        if fold(qualifier) == fold(place.name) or self._admin_kinds(qualifier, code):
            return False
        towns = [p for p in self.gazetteer.lookup(qualifier, country=code) if p.kind == KIND_TOWN]
        return bool(towns) and all(
            haversine_km(place.latitude, place.longitude, t.latitude, t.longitude) > _SAME_TOWN_KM
            for t in towns
        )

    def _consistent(self, mention: Mention, countries: set[str], qualifiers: list[str]) -> set[str]:
        """The countries where ``mention`` lies in the most admin areas among ``qualifiers``.

        "Hyderabad (Hyderabad, Sindh)": India has a Hyderabad district too, but no Sindh.
        """
        quals = [q for q in qualifiers if fold(q) != fold(mention.text)]
        fits = {
            code: sum(
                bool(self._admin_kinds(q, code)) and self._resolve(mention, code, set(), [q]) is not None
                for q in quals
            )
            for code in countries
        }
        most = max(fits.values(), default=0)
        return {code for code, n in fits.items() if n == most} if most else set()

    # -- resolution and scoring -------------------------------------------------------------

    def _resolve(
        self,
        mention: Mention,
        code: str,
        context: set[str],
        qualifiers: list[str],
        *,
        as_region: bool = False,
    ) -> Place | None:
        """The place a mention means in country ``code``, using admin names mentioned as context.

        A mention qualified by an admin area ("Bohdanivka, Donetsk") must lie in it: when no
        homonym does, the village is missing from the gazetteer, and the area is the better guess.
        ``as_region``: the mention is the broadest qualifier of another ("Caltzontzin, Michoacan"),
        so it means the region rather than a hamlet of that name (a town stays the town).
        """
        places = self.gazetteer.lookup(mention.text, country=code)
        if not places:
            return None
        if fold(mention.text) == fold(self.gazetteer.country_name(code)):
            return self.gazetteer.country_place(code)  # "in Colombia's Cauca": not a namesake town
        admin_qualifiers = [(q, kinds) for q in qualifiers if (kinds := self._admin_kinds(q, code))]
        if not mention.in_parens:
            # "Solola in western Guatemala": in prose the country's name is the country, not the
            # namesake department ("Mixco (Guatemala, Guatemala)" in brackets is the department)
            country_key = fold(self.gazetteer.country_name(code))
            admin_qualifiers = [(q, k) for q, k in admin_qualifiers if fold(q) != country_key]
        unfiltered = places
        if admin_qualifiers:
            spellings = {q: self._admin_spellings(q, code) for q, _ in admin_qualifiers}
            places = [
                p for p in places if fits_qualifiers([(spellings[q], k) for q, k in admin_qualifiers], p)
            ]
            if not places:
                # "Nawabshah city (Nawabshah, Punjab)": a city the country has once outweighs a
                # qualifier that contradicts it; a village is more likely missing from the gazetteer
                cities = [
                    p
                    for p in unfiltered
                    if p.kind == KIND_TOWN and p.population >= _CITY and fold(p.name) == fold(mention.text)
                ]
                if len(cities) != 1 or mention.partial:  # not "Saba" in "Ouro Saba (Djibo, Soum)"
                    return None
                places = cities
        # "Borno state", "the Mexican state of Guerrero": the admin area, not a namesake town
        wants_admin = mention.after in ADMIN_AFTER or in_countryside(mention) or mention.area_of
        wants_town = mention.after in TOWN_AFTER or mention.after in AREA_AFTER

        key = fold(mention.text)
        given = [spellings[q] for q, _ in admin_qualifiers] if admin_qualifiers else []
        own = self._admin_spellings(mention.text, code)  # "the Timbuktu region" is not its own context

        area_named = any(p.kind in ADMIN_KINDS and fold(p.name) == key for p in places)

        def rank(place: Place) -> tuple[int, int, int, bool, float]:
            # "countryside of Hama": the town's region "Hama" is the name itself, not context
            # a region over several areas lies in none of them: its members are not its context
            admins = set() if place.members else {fold(place.admin1), fold(place.admin2)}
            admins -= {fold(place.name), key, ""} | own
            in_context = len(admins & context)
            if place.kind == KIND_COUNTRY:
                kind_pref = -1
            elif as_region:  # a town above a village's size is what ACLED codes ("Abu Salim (Tripoli)"),
                # if it lies in the area so named ("Tepeoren, Sakarya": not a hamlet Sakarya elsewhere)
                seated = fold(place.name) in own and bool(own & {fold(place.admin1), fold(place.admin2)})
                kind_pref = 2 if place.kind == KIND_TOWN and place.population >= _VILLAGE and seated else 0
                kind_pref += place.kind == KIND_ADMIN1
            elif wants_admin:
                kind_pref = 0 if place.kind == KIND_TOWN else 1
            elif wants_town:
                kind_pref = 1 if place.kind == KIND_TOWN else 0
            else:  # bare names mean the town: "in Kidal" is the town, not the region; but "in
                # Chiapas" is the state, not a town GeoNames also calls so ("Chiapa de Corzo")
                kind_pref = (
                    1 if place.kind == KIND_TOWN and (fold(place.name) == key or not area_named) else 0
                )
            # "Mirpur town (Mirpur district, Azad Kashmir)": the namesake in the district named, not one
            # elsewhere in that region; "in El Arenal, Jalisco": of two in Jalisco, the seat of the municipality so named
            seat = _SEAT if place.kind == KIND_TOWN and fold(place.admin2) == key else 0.0
            size = math.log1p(place.population) + seat
            return (admin_fit(given, place), in_context, kind_pref, fold(place.name) == key, size)

        return max(places, key=rank)
