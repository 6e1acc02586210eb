"""Finding the places a text names: capitalised names the gazetteer knows, and how they qualify
one another ("X, Donetsk", "X (Cobli, Atacora)", "X road in Ar-Raqqa").

Split from :mod:`vigil.extract.geocode`, which chooses among these mentions the event's place and
its country: finding names needs only the gazetteer, not the choice's scores.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from vigil.extract.gazetteer import KIND_ADMIN1, KIND_ADMIN2, KIND_TOWN, Gazetteer, Place, fold
from vigil.extract.geopeople import inside_person, person_spans
from vigil.extract.georgs import OrganisationNames
from vigil.extract.georuns import POSSESSIVE, article_heads, capitalised_runs, name_words
from vigil.extract.geowords import (
    ADMIN_AFTER,
    AREA_OF,
    AT_CUES,
    CAPITAL,
    CITY,
    DATELINE_AFTER,
    DIRECTION_REGIONS,
    DIRECTIONS,
    EMBLEM_AFTER,
    GENERIC_NAME_WORDS,
    IN_GAP,
    LANDMARK_GAP,
    NEAR_CUES,
    NOT_PLACES,
    NOUN_ENDS,
    PART_OF_GAP,
    PARTICLES,
    QUALIFIER_GAP,
    SETTLEMENT_AFTER,
    SQUARES,
    TOWN_AFTER,
    TOWN_PARTS,
    UNKNOWN_QUALIFIERS,
    VILLAGE,
    drop_title,
    governs,
    is_water,
    names_area_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAX_NGRAM = 4
_NUMBER_PREFIX = re.compile(r"^\d+(?:[.,]\d+)?(?=[a-z])")
_AND = re.compile(r"\s+(and)\s+")
_LAST_QUALIFIER = re.compile(r"\s*(?:\)|region|province)")
_NUMBER_AFTER = re.compile(r"\s+\d")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text that the gazetteer knows, with the words around it that cue its role."""

    text: str
    start: int
    end: int
    before: tuple[str, ...]  # up to four lowercased words before it
    after: str  # the lowercased word after it
    in_parens: bool
    sentence_start: bool
    partial: bool  # only part of a longer capitalised name
    area_of: bool = False  # "the (Mexican) state of X": an admin area named with its kind
    fragment: bool = False  # a word of a longer place name the gazetteer lacks ("San Andres de Tupicocha")


class MentionFinder:
    """The mention-finding half of the geocoder: needs the gazetteer and the common words."""

    gazetteer: Gazetteer
    common_words: frozenset[str]
    organisations: OrganisationNames

    def _mentions(self, text: str, doc: Doc | None) -> list[Mention]:
        """Capitalised n-grams the gazetteer knows, longest first, plus the model's place entities."""
        spans: list[tuple[int, int]] = []
        partial: set[int] = set()  # starts of matches that are only part of a longer name
        heads: dict[int, int] = {}  # start -> length of the name that heads a compound
        fragments: set[int] = set()  # starts of matches that are words of an unknown longer place name

        def qualified(end: int) -> bool:  # "..., Puebla": an admin area qualifies the run ending here
            match = _ADMIN_NEXT.match(text, end)
            return match is not None and self._is_admin(match.group(1))

        for words in self._joined_runs(text):
            found: list[tuple[int, int]] = []
            i = 0
            while i < len(words):
                if text[words[i][0]].islower() and not article_heads(text, words, i):
                    # "de la Sierra": a name starts capitalised, or with an article ("al-Bab")
                    i += 1
                    continue
                # "Santa Cruz de la Sierra": particles do not count towards a name's length; the
                # longest candidate is found walking forward, so a long run costs no more than a short one
                stop = i + 1
                while stop < len(words) and name_words(text, words[i : stop + 1]) <= _MAX_NGRAM:
                    stop += 1
                for j in range(stop, i, -1):
                    last = words[j - 1]
                    # "Ras Al Ain" ends on a capitalised head word; "Leon de" is no name, and
                    # neither is "Abu" of "Abu Bakr" (but "Beni" alone is a town)
                    if last[2] in PARTICLES and (text[last[0]].islower() or (j - 1 == i and len(words) > 1)):
                        continue
                    start, end = words[i][0], words[j - 1][1]
                    surface = POSSESSIVE.sub("", text[start:end]).rstrip("'’-")
                    if (
                        self._plausible(surface)
                        or self._region_qualifier(text, start, surface)
                        or self._direction_area(text, start, surface)
                        or self.demonym_area(text, start, surface)
                    ):
                        found.append((start, start + len(surface)))
                        i = j
                        break
                else:
                    # "Sotik-Borabu", "Toeni-Loroni axis": a compound of places; ACLED codes the first
                    head = text[words[i][0] : words[i][1]].split("-")[0]
                    if len(head) < words[i][1] - words[i][0] and self._is_town(head):
                        found.append((words[i][0], words[i][1]))
                        heads[words[i][0]] = len(head)
                    i += 1
            covered = {w for w in words for s, e in found if s <= w[0] < e}
            leftover = [
                w
                for w in words
                if w not in covered and w[2] not in GENERIC_NAME_WORDS and not text[w[0]].islower()
            ]
            # "Justin Zongo", "Pradeshiya Sabha": a person's or a body's name; so is a run where a
            # word is known only one letter off a name ("Norbert"): the run is not two places
            # and so is a run of two known names with only a space between ("Bar Elias", "Hay Oban
            # Ramadan"): places named side by side are written apart, with a comma, hyphen or "and"
            if (
                leftover
                or (len(found) > 1 and not all(self.gazetteer.lookup(text[s:e]) for s, e in found))
                or any(text[e:s2] == " " for (_, e), (s2, _) in pairwise(found))
            ):
                partial.update(s for s, _ in found)
            fragments.update(
                _fragments(
                    text, words, found, heads, bool(leftover), qualified, self._stands, self.common_words
                )
            )
            spans.extend(found)
        if doc is not None:
            taken = [range(s, e) for s, e in spans]
            for ent in doc.ents:
                if ent.label_ in ("GPE", "LOC", "FAC") and not any(ent.start_char in r for r in taken):
                    surface = ent.text.removeprefix("the ").strip()
                    if self.gazetteer.has(surface):
                        start = ent.end_char - len(surface)
                        spans.append((start, ent.end_char))
        spans.sort()
        persons = person_spans(text, doc)
        mentions = []
        for s, e in self._outside_organisations(text, spans):
            mention = self._mention(text, s, e, s in partial, heads.get(s))
            if (
                is_water(text, s, e)
                or EMBLEM_AFTER.match(text, e)
                or (
                    not mention.in_parens
                    and not (s < 5 and DATELINE_AFTER.match(text[e:]))  # "BUENOS AIRES - Federal police"
                    and inside_person(text, s, e, persons)
                    and not located(mention)
                    and not qualified(e)
                )
            ):
                continue  # "the death of Norbert Zongo": a word of a person's name, not cued as a place
            mentions.append(mention)
        return [replace(m, fragment=True) if m.start in fragments else m for m in mentions]

    def _outside_organisations(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans that are no word of an organisation's name ("Hamas", the "Rapid" of "Rapid
        Support Forces"), save countries and places in a country the organisation is at home in."""
        names = self.organisations.find(text) if spans else []
        if not names:
            return spans
        kept = []
        for start, end in spans:
            org = next((o for o in names if o.start <= start and end <= o.end), None)
            if org is not None and self.gazetteer.country_code(text[start:end]) is None:
                homes = {self.gazetteer.country_code(c) for c in org.countries}
                if not any(p.country_code in homes for p in self.gazetteer.lookup(text[start:end])):
                    continue
            kept.append((start, end))
        return kept

    def _joined_runs(self, text: str) -> list[list[tuple[int, int, str]]]:
        """Capitalised runs, two of them joined over "and" where that makes a name the gazetteer
        knows ("Sistan and Baluchestan"); "Gao and Timbuktu" stay two runs of their own."""
        runs = [part for run in capitalised_runs(text) for part in _before_office(run)]
        joined: list[list[tuple[int, int, str]]] = []
        for run in runs:
            last = joined[-1] if joined else None
            gap = _AND.fullmatch(text, last[-1][1], run[0][0]) if last is not None else None
            if (
                last is not None
                and gap is not None
                and any(
                    self._plausible(POSSESSIVE.sub("", text[last[-k][0] : run[m - 1][1]]))
                    for k in (1, 2)
                    for m in (1, 2)
                    if k <= len(last) and m <= len(run)
                )
            ):
                last.extend([(gap.start(1), gap.end(1), "and"), *run])
                continue
            joined.append(list(run))
        return joined

    def _plausible(self, surface: str) -> bool:
        key = fold(surface)
        if len(key) < 3 or key in NOT_PLACES or self.gazetteer.demonym_code(surface):
            return False
        return self.gazetteer.has(surface)

    def _region_qualifier(self, text: str, start: int, surface: str) -> bool:
        """A region named by a direction, as the last qualifier: "in Hatton (Hatton, Central)"."""
        if fold(surface) not in DIRECTION_REGIONS or not _LAST_QUALIFIER.match(text, start + len(surface)):
            return False
        return text[:start].rstrip().endswith(",") and self.gazetteer.has(surface)

    def demonym_area(self, text: str, start: int, surface: str) -> bool:
        """An admin area named like a people and followed by its kind: "Ethiopia's Somali region",
        "the Afar region" (alone, "Somali" says who, not where)."""
        if not self.gazetteer.demonym_code(surface):
            return False
        tail = text[start + len(surface) : start + len(surface) + 20].split()
        return bool(tail) and tail[0].lower().strip(",.;:)") in ADMIN_AFTER and self._is_admin(surface)

    def _direction_area(self, text: str, start: int, surface: str) -> bool:
        """An admin area named by a compass word and its kind: "in Cameroon's Northwest region",
        "Haiti's Northwest department" (alone, "Northwest" is a direction)."""
        if fold(surface) not in DIRECTIONS:
            return False
        tail = text[start + len(surface) : start + len(surface) + 20].split()
        return bool(tail) and tail[0].lower().strip(",.;:)") in ADMIN_AFTER and self._is_admin(surface)

    def _capital_named(self, text: str, code: str) -> tuple[Place, Mention] | None:
        """The capital a text names by its title only ("in the Somali capital", "north of the
        capital", "Kenya's capital"), of the country ``code`` the text is about; with the title
        as its mention. Not "the state capital", nor another country's."""
        for match in CAPITAL.finditer(text):
            owner = match.group("who") or match.group("owner")
            named = (
                self.gazetteer.demonym_code(owner) or self.gazetteer.country_code(owner) if owner else code
            )
            if named != code and not owner.startswith(("country", "nation")):
                continue
            place = self.gazetteer.capital(code)
            if place is not None:
                return place, self._mention(text, match.start("title"), match.end("title"), False)
        return None

    def _weak(self, mention: Mention, text: str) -> bool:
        """A common word ("Sector 29", "Justice workers"), unless a locative cue comes right
        before it ("in Man", "near Van"). (A person's name is not weak: the small model calls
        many towns persons: "Kaya", "Bobo-Dioulasso".) "The X" that ends a noun phrase ("outside the
        Seray in Tripoli") names a building, unless X is an admin area ("the Sahel")."""
        key = fold(mention.text)
        if key in self.common_words and _NUMBER_AFTER.match(text, mention.end):
            return True  # "Sector 29", "Camp 4": a numbered part of a town, not a town
        last = mention.before[-1] if mention.before else ""
        if governs(text, mention.start, mention.end) and self._capital(mention.text):
            return True  # "Kyiv accuses Moscow of using gas": two governments, no place of the event
        if (
            last == "the"
            and " " not in key
            and NOUN_ENDS.match(text, mention.end)
            and not self._is_admin(key)
        ):
            return True  # "outside the Seray in Tripoli": a building; "the Inata mine" names a place
        if key in SQUARES:
            return True  # "in the Plaza de la Bandera in Santo Domingo": a square, not the Venezuelan town
        if last in AT_CUES or last in NEAR_CUES:
            return False
        if last == "of" and len(mention.before) > 1 and mention.before[-2] in TOWN_AFTER:
            return False  # "the town of Tame": said to be a town, whatever the word means
        return " " not in key and key in self.common_words

    def _capital(self, name: str) -> bool:
        """Whether ``name`` is a country's capital ("Moscow", "Kyiv")."""
        return any(
            p.kind == KIND_TOWN and (cap := self.gazetteer.capital(p.country_code)) is not None and cap == p
            for p in self.gazetteer.lookup(name)
        )

    def _admin_spellings(self, name: str, code: str) -> frozenset[str]:
        """The folded names an admin area goes by: as written and as the gazetteer spells it
        ("Chittagong" and "Chattogram")."""
        areas = [p for p in self.gazetteer.lookup(name, country=code) if p.kind != KIND_TOWN]
        names = {fold(p.name) for p in areas}
        # "Bosaso in Puntland": a region over several admin areas goes by their names too
        members = {fold(m) for p in areas for m in p.members}
        return frozenset({fold(name)} | names | members)

    def _admin_kinds(self, name: str, code: str) -> frozenset[str]:
        places = self.gazetteer.lookup(name, country=code)
        return frozenset(p.kind for p in places if p.kind in (KIND_ADMIN1, KIND_ADMIN2))

    def _is_admin(self, surface: str) -> bool:
        return any(p.kind in (KIND_ADMIN1, KIND_ADMIN2) for p in self.gazetteer.lookup(surface))

    def _may_lie_in(self, inner: str, area: str) -> bool:
        """Whether "<inner> in <area>" can name a place within an admin area.

        Not a country ("Ouest France in Materi"), nor an area of the same level or above in every
        country that has such an area ("moving out of Sama in Al Mawasit": two districts).
        """
        areas = [p for p in self.gazetteer.lookup(area) if p.kind in (KIND_ADMIN1, KIND_ADMIN2)]
        if not areas or self.gazetteer.country_code(inner) is not None:
            return False
        inner_places = self.gazetteer.lookup(inner)
        # "Beni in eastern Congo": an area that is a country's name (Congo is also a Brazilian
        # district) holds only what the gazetteer knows there ("Mokwa in Niger", Nigeria's state)
        unknown_fits = self.gazetteer.country_code(area) is None
        for code in {p.country_code for p in areas}:
            here = [p for p in inner_places if p.country_code == code]
            has_region = any(p.kind == KIND_ADMIN1 and p.country_code == code for p in areas)
            # the regions the area lies in: "a worker from Bihar in Kashmir's Pulwama" names no
            # town Bihar in Kashmir (the gazetteer's Bihar Sharif lies in Bihar)
            # (and the areas a region over several spans: "Tubas in the northern West Bank")
            regions = {fold(a) for p in areas if p.country_code == code for a in (p.admin1, *p.members)} - {
                ""
            }
            if (not here and unknown_fits) or any(
                (p.kind == KIND_TOWN and (not p.admin1 or not regions or fold(p.admin1) in regions))
                or (p.kind == KIND_ADMIN2 and has_region)
                for p in here
            ):
                return True
        return False

    def _stands(self, surface: str, named_next: bool = False, area: str = "") -> bool:
        """Whether a name is a place in its own right, not the first word of a longer one: a city, or a
        town that seats an area of its name, lying in the ``area`` named after the run if any (not
        "San Pedro" of "San Pedro Zacachimalpa, Puebla"); before a known quarter's or village's
        name (``named_next``: "Jos Angwan Rukuba ward", Jos holds the quarter), an admin area too."""
        key, within = fold(surface), fold(area)
        for p in self.gazetteer.lookup(surface):
            if named_next and p.kind in (KIND_ADMIN1, KIND_ADMIN2):
                return True
            seat = p.population >= VILLAGE and key in (fold(p.admin1), fold(p.admin2))
            held = not within or any(a[:5] == within[:5] for a in (fold(p.admin1), fold(p.admin2)) if a)
            if p.kind == KIND_TOWN and fold(p.name) == key and (p.population >= CITY or seat) and held:
                return True
        return False

    def _is_town(self, surface: str) -> bool:
        return self._plausible(surface) and any(p.kind == KIND_TOWN for p in self.gazetteer.lookup(surface))

    def _mention(self, text: str, start: int, end: int, partial: bool, named: int | None = None) -> Mention:
        """The mention ``text[start:end]``, named by its first ``named`` characters if given."""
        head = text[max(0, start - 60) : start]
        words = head.split()
        area_of = names_area_of([w.strip("()\"',;:") for w in words[-4:]], self.gazetteer.demonym_code)
        # "in Colombia's Cauca province", "in Kaduna state's Kajuru": the cue before the owner is the place's
        kind = words[-1].lower()[:-2] if words and POSSESSIVE.search(words[-1]) else ""
        if kind and (
            words[-1][0].isupper() or (kind in ADMIN_AFTER and len(words) > 1 and words[-2][0].isupper())
        ):
            words.pop()
            while words and words[-1][0].isupper() and not words[-1].endswith((",", ".")):
                words.pop()
        drop_title(words)
        if words and words[-1].endswith(",") and words[-1].lower().rstrip(",") in _CUE_WORDS:
            words = []  # "killed six people nearby, Gaza health officials said": the cue ended its clause
        # "8km south of X": the unit counts as a cue, the number does not
        before = tuple(_NUMBER_PREFIX.sub("", w.lower().strip(",;:()\"'")) for w in words[-4:])
        tail = text[end : end + 30].split()
        after = tail[0].lower().strip(",;:.()\"'") if tail else ""
        sentence_start = not head.strip() or head.rstrip()[-1] in ".!?\n"
        in_parens = text.rfind("(", 0, start) > text.rfind(")", 0, start)
        name = text[start : start + named] if named else text[start:end]
        return Mention(name, start, end, before, after, in_parens, sentence_start, partial, area_of)


# cue words that can also end a clause ("six people nearby,", "the town was attacked,"); not the
# nouns among the cues ("Adakplame village, Ketou commune": the noun ends the name before)
_CUE_WORDS = frozenset(
    {"in", "at", "inside", "within", "near", "nearby", "outside", "around", "close", "between"}
    | {"hit", "attacked", "stormed", "struck", "raided", "seized", "captured"}
)
# ", Puebla", " (Afgooye, ...": the name after a run, as a qualifier of it
_ADMIN_NEXT = re.compile(r"\s*[,(]\s*([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)")
# "San Pedro Tlaltenango, Puebla": the unknown rest of a name, then its qualifier
_FRAGMENT_GAP = re.compile(r"^(?:[\s\-]+[A-Z][\w'’]*)+\s*[,(]\s*$")
# "de", "del", "de la": a Romance particle inside a name ("San Juan de Arama")
_NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "las", "los"})


def _fragments(
    text: str,
    words: list[tuple[int, int, str]],
    found: list[tuple[int, int]],
    heads: dict[int, int],
    leftover: bool,
    qualified: Callable[[int], bool],
    standing: Callable[[str, bool, str], bool],
    common: frozenset[str],
) -> set[int]:
    """The starts of the matches in a run that are only words of a longer place name the gazetteer
    lacks, so that the name's shorter namesakes elsewhere are not taken for it: "San Andres de
    Tupicocha" (two known names joined by a particle), "Ceel Bardaale village", "Bundu-Tola
    village" and "San Pedro Tlaltenango, Puebla" (a known head, an unknown rest, then a
    settlement's kind or an admin area, as ``qualified`` says of the run's end).

    A head that stands for a place on its own (``standing``: a city or an admin seat of the area
    named after the run, or, before another known name and a settlement's kind, an admin area) is
    no fragment: the rest is a landmark in it or a part of it, which ACLED codes to it ("Karachi
    Expo Centre, Sindh"; "Jos Angwan Rukuba ward", whose known quarter's name is marked instead).
    Nor is a head before a rest of ordinary English words ("Multan Cricket Stadium, Punjab"). A
    title before a known name is not a name ("Governor Kano"), nor is a landmark after one."""
    if not found:
        return set()
    joined = any(
        text[e:s2].split()
        and all(w.lower() in _NAME_PARTICLES for w in text[e:s2].split())
        and text[e:s2].split()[0].islower()
        for (_, e), (s2, _) in pairwise(found)
    )
    if joined:
        return {s for s, _ in found}
    owner = max((w[1] for w in words if POSSESSIVE.search(text[w[0] : w[1]])), default=-1)
    names = [  # "Herat's Injil town": the owner's name is not the town's
        w for w in words if w[0] > owner and not text[w[0]].islower() and w[2] not in GENERIC_NAME_WORDS
    ]
    if not names or not (SETTLEMENT_AFTER.match(text, names[-1][1]) or qualified(names[-1][1])):
        return set()
    inside = [(s, e) for s, e in found if s >= names[0][0]]
    if any(s in heads and s == names[-1][0] for s, _ in inside):
        return {names[-1][0]}  # "Bundu-Tola village": a compound that names one village, not two places
    quarter = len(inside) > 1 and bool(SETTLEMENT_AFTER.match(text, names[-1][1]))
    area = match.group(1) if (match := _ADMIN_NEXT.match(text, names[-1][1])) else ""
    if inside and inside[0][0] == names[0][0] and standing(text[slice(*inside[0])], quarter, area):
        return {s for s, _ in inside[1:]}  # "Jos Angwan Rukuba ward": a quarter of Jos, coded to Jos
    unknown = [w for w in names if not any(s <= w[0] < e for s, e in inside) and w[2] not in NOT_PLACES]
    if unknown and all(w[2] in common for w in unknown):
        return set()  # "Multan Cricket Stadium, Punjab": a landmark's words, not a village's name
    return {s for s, _ in inside} if len(inside) > 1 or (inside and unknown and leftover) else set()


# "in Tepeoren, Sakarya": a capitalised word and a comma right before a name
_UNKNOWN_THEN = re.compile(r"(?<=\bin )([A-Z][\w'’\-]+),\s*\Z")


def after_unknown(text: str, mention: Mention, previous_end: int) -> bool:
    """Whether ``mention`` follows a name the gazetteer lacks, as its area: "in Tepeoren, Sakarya"
    is the province, not a hamlet named Sakarya elsewhere (``previous_end``: where the mention
    before it ends, so that a known name before the comma does not count)."""
    match = _UNKNOWN_THEN.search(text, max(0, mention.start - 40), mention.start)
    return match is not None and previous_end < match.start() and fold(match.group(1)) not in NOT_PLACES


def qualifiers_of(
    text: str, mentions: list[Mention], lies_in: Callable[[str, str], bool] | None = None
) -> dict[int, list[int]]:
    """For each mention, the mentions that qualify it: "X, Donetsk", "X (Cobli, Atacora)", and,
    where ``lies_in`` says the first can lie in the second, an admin area, "X road in Ar-Raqqa",
    "X village in northeast Nigeria's Borno state", or one named as its owner ("Chhattisgarh's
    Bijapur district": the district is Chhattisgarh's, not Karnataka's namesake)."""
    direct: dict[int, int] = {}
    owned: dict[int, int] = {}
    for i in range(len(mentions) - 1):
        gap = text[mentions[i].end : mentions[i + 1].start]
        # "in northeast Nigeria's Borno state": the country's possessive says no more than the area
        skip = i + 2 < len(mentions) and _POSSESSIVE_GAP.fullmatch(
            text, mentions[i + 1].end, mentions[i + 2].start
        )
        nxt = i + 2 if skip and IN_GAP.match(gap) else i + 1
        if (
            QUALIFIER_GAP.match(gap)
            or (mentions[i].fragment and _FRAGMENT_GAP.match(gap))
            or (mentions[nxt].in_parens and UNKNOWN_QUALIFIERS.match(gap))
            or (
                lies_in is not None
                and (
                    IN_GAP.match(gap)
                    or (_AREA_OF_REGION.match(text, mentions[nxt].end) and _AREA_OF.match(gap))
                )
                and lies_in(mentions[i].text, mentions[nxt].text)
            )
        ):
            direct[i] = nxt
        elif (
            lies_in is not None
            and _POSSESSIVE_GAP.fullmatch(gap)
            and lies_in(mentions[i + 1].text, mentions[i].text)
        ):
            owned[i + 1] = i
    chains: dict[int, list[int]] = {}
    for i in direct:
        if i - 1 in direct:
            continue  # i itself qualifies the mention before it
        j, chain = i, []
        while j in direct:
            j = direct[j]
            chain.append(j)
        chains[i] = chain
    for inner, owner in owned.items():
        if inner not in chains and owner not in chains:
            chains[inner] = [owner]
    return chains


# "the Faskari area of Katsina state": an area of a region, not of a town ("the Y area of X city"
# names a part of X)
_AREA_OF = re.compile(r"^\s+area\s+of\s+(?:the\s+)?$", re.I)
_AREA_OF_REGION = re.compile(r"\s+(?:state|province|region|district|county|governorate)\b", re.I)

# "Nigeria's Borno state", "Kaduna state's Kajuru district": the owner's possessive, maybe on its kind
_POSSESSIVE_GAP = re.compile(
    r"(?:\s+(?:state|province|region|district|county|governorate|department))?['’]s\s+"
)


def borrowed_qualifiers(
    text: str, mentions: list[Mention], qualifiers: dict[int, list[int]]
) -> dict[int, list[int]]:
    """Qualifiers an unqualified mention shares with another: the same name qualified earlier
    ("in Castilla, Piura, ... outside the Castilla offices"), or the landmark it is near
    ("Kharoda village near Anjar town (Kachchh, Gujarat)") or is part of ("Baglar neighborhood of
    Bagcilar, Istanbul"): both lie in the same admin areas.

    Only the admin areas among them restrict the place (see :meth:`vigil.extract.geocode.Geocoder._resolve`).
    """
    borrowed: dict[int, list[int]] = {}
    first: dict[str, list[int]] = {}
    for rank, mention in enumerate(mentions):
        key = fold(mention.text)
        if rank in qualifiers:
            first.setdefault(key, qualifiers[rank])
        elif key in first:
            borrowed[rank] = first[key]
        elif (
            rank + 1 in qualifiers
            and not mention.in_parens
            and (
                LANDMARK_GAP.match(gap := text[mention.end : mentions[rank + 1].start])
                or PART_OF_GAP.match(gap)
            )
        ):
            borrowed[rank] = qualifiers[rank + 1]
    return borrowed


def located(mention: Mention) -> bool:
    """Whether a locative cue ("in", "near", "village of") comes just before the mention."""
    cues = set(mention.before[-3:])
    # "in the area of Tin-Akoff", "the department of Deou", "the mountains of northern Iraq": a
    # place named as where
    before = list(mention.before)
    while before and before[-1] in _COMPASS:
        before.pop()
    of_area = before[-1:] == ["of"] and len(before) > 1 and (before[-2] in AREA_OF or before[-2] in _TERRAIN)
    return bool(cues & AT_CUES or cues & NEAR_CUES or of_area)


_COMPASS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern"}
    | {"southeastern", "southwestern", "north", "south", "east", "west"}
)
_TERRAIN = frozenset({"mountains", "hills", "outskirts", "suburbs", "parts", "countryside"}) | TOWN_PARTS


def in_countryside(mention: Mention) -> bool:
    """Whether the mention names the rural part of a place: "Daraa countryside", "the countryside
    of Daraa", "rural Daraa": of an admin area where one has the name, else around the town."""
    before = mention.before
    return mention.after == "countryside" or before[-2:] == ("countryside", "of") or before[-1:] == ("rural",)


# An office inside a run starts a person's title: "Tillaberi Governor Colonel Maina Boukar" is a
# place, then a governor. Not at the run's head: "General Santos" is a city.
_OFFICES = frozenset(
    {
        *("governor", "mayor", "colonel", "general", "lieutenant", "captain", "commander", "president"),
        *("minister", "prefect", "commissioner", "senator", "chief", "police", "deputy", "sheikh", "emir"),
    }
)


def _before_office(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """``run`` cut before its first office word past its head (the place, then the title)."""
    cut = next((k for k, w in enumerate(run) if k and w[2] in _OFFICES), None)
    return [run] if cut is None else [run[:cut], run[cut:]]
