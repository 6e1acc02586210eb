"""Country evidence apart from the places' votes: the countries a text names, by name or demonym,
weighed by their role (where, who, or only context: "the Mali border", "a Canadian firm"), and the
kind word an admin area is named with.

Why: "in Los Pijiguaos, Bolivar state" names a state; towns called Bolivar in a dozen
countries are not it, and of the areas so called the one spelled "Bolivar state" is
Venezuela's (Colombia's is a department). Without this, a name many countries share
names no country at all.

Not here, on purpose: the shape of an unknown village's name (a character trigram model of
each country's gazetteer names) as a tie-break among the countries a group fights in. Measured
on 1500 Burkina Faso notes it guessed right 21 times in 36, and 8 in 11 with a wider margin:
border areas share their languages, and GeoNames lists too few Sahel villages to learn from.
"""

from __future__ import annotations

import re
from collections import defaultdict

from vigil.extract.gazetteer import KIND_ADMIN1, KIND_ADMIN2, Gazetteer, Place, fold
from vigil.extract.geomentions import Mention, MentionFinder, located
from vigil.extract.geopeople import inside_person
from vigil.extract.georuns import COUNTRY_JOINERS, POSSESSIVE, capitalised_runs
from vigil.extract.geowords import (
    ADMIN_AFTER,
    AGENTS_AFTER,
    BACKED,
    BORDER_AFTER,
    BORDER_WITH,
    OWNED,
    RULED,
    SOURCE_CLAUSE,
    governs,
)
from vigil.extract.nlp import sentences_before

_AREA_KINDS = frozenset({KIND_ADMIN1, KIND_ADMIN2})


_OWNED_BODY = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:foreign|defen[cs]e|interior|health|army|military|embassy|consulate|consular|government|"
    r"president|prime|minister|ministry|forces|navy|air force|police|envoy|ambassador|leader|supreme|officials?|"
    r"spokes\w+|Revolutionary|mission|delegation|intelligence)\b"
)
_NAMED_BODY = re.compile(
    r"\s+(?:Action|Party|Airlines|Airways|Bank|Times|Post|Radio|Television|Today|Daily|News|Telecom|Cup|League|"
    r"Solidarity|Campaign)\b"
)
_DATELINE_COUNTRY = re.compile(
    r"\s*(?P<city>[A-Z][\w .'’-]{1,40}?),\s+(?P<country>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3})\s*(?:\([^)]{1,30}\)\s*)?[-–—]"
)


def dateline_named(gazetteer: Gazetteer, text: str, name: str, places: list[Place]) -> list[Place]:
    """The places called ``name`` in the country a dateline gives it ("TRIPOLI, Lebanon -"), or all."""
    m = _DATELINE_COUNTRY.match(text)
    if m is None or fold(m["city"]) != fold(name) or (code := gazetteer.country_code(m["country"])) is None:
        bare = _BARE_DATELINE.match(text)
        if bare is None or fold(bare["city"]) != fold(name) or not places:
            return places
        # "SANTO DOMINGO -": a dateline with no country names the great city the wires file from
        # (by its own name: Chattogram's alias "Islamabad" names no dateline)
        own = [p for p in places if fold(p.name) == fold(name)]
        top = max(own, key=lambda p: p.population) if own else None
        if top is None or top.population < _DATELINE_CITY:
            return places
        rest = max((p.population for p in places if p.country_code != top.country_code), default=0)
        return (
            [p for p in places if p.country_code == top.country_code]
            if top.population >= 4 * rest
            else places
        )
    return [p for p in places if p.country_code == code] or places


_PLACE_OF = re.compile(r"\s+(?:city|town|village|port|capital|border town|region|province) of\s+[A-Z]")
_BARE_DATELINE = re.compile(r"\s*(?P<city>[A-Z][A-Z .'’-]{1,40}?)\s*(?:\([^)]{1,30}\)\s*)?[-–—]")
_DATELINE_CITY = 1_000_000


def kind_named(gazetteer: Gazetteer, name: str, after: str, places: list[Place]) -> list[Place]:
    """Of ``places`` called ``name``, when the word ``after`` it is an admin kind ("Bolivar state"),
    the areas: those whose spellings include the name with that word, else all the areas; the
    places unchanged when the word is none or none of them is an area."""
    areas = [p for p in places if p.kind in _AREA_KINDS] if after in ADMIN_AFTER else []
    if not areas:
        return places
    spelled = {(p.country_code, p.name) for p in gazetteer.lookup(f"{name} {after}") if p.kind in _AREA_KINDS}
    return [p for p in areas if (p.country_code, p.name) in spelled] or areas


# The least a country named only as context weighs: below a place named as where (2 or 3), below a
# demonym (1) and below the batch's desk country (0.75, vigil.extract.desk), yet above the least
# evidence for a country (0.3), so that it still names the country when nothing else does.
CONTEXT_VOTE = 0.5
# A country named for its armed forces or as a backer ("Turkey backed faction", "Chad troops"):
# counted over all 29,324 ACLED notes, such a country is the event's in 46% of 4,838 mentions.
AGENTS_VOTE = 1.0
# A country named as a place in the second sentence, and in any later one, weighs this much
# (a nationality is who acts, wherever it is told)
_LATER_SENTENCE = (1.0, 0.8, 0.6)
# The longest country name in words ("the Democratic Republic of the Congo"): a longer
# capitalised run is never tried whole, so a run of any length costs the same per word.
_COUNTRY_WORDS = 7
# "fled to Niger", "crossed into Ghana", "bound for Libya": a destination, not where it happened
_MOVED = frozenset(
    {"fled", "flee", "flees", "fleeing", "crossed", "crossing", "returned", "returning", "headed"}
    | {"heading", "deported", "repatriated", "expelled", "extradited", "escaped", "travelled"}
    | {"traveled", "travelling", "moved", "sent", "transferred", "smuggled", "trafficked", "bound"}
    | {"route", "road", "way", "journey", "trip"}  # "a bus en route to Niger", "the road to Mali"
)
_SKIPPED_BEFORE = frozenset({"neighbouring", "neighboring", "nearby", "the"})
_EMBASSY = frozenset(
    {"embassy", "embassies", "consulate", "consul", "ambassador", "envoy", "diplomat", "diplomats"}
)
# "two Czech nationals", "a Canadian mining company": people or a firm of that nationality
_NATIONALS = frozenset(
    {"national", "nationals", "citizen", "citizens", "expatriate", "expatriates", "tourist", "tourists"}
    | {"company", "companies", "firm", "firms", "contractor", "contractors", "ngo", "ngos"}
    | {"workers", "employees", "engineers", "missionary", "missionaries", "hostage", "hostages"}
    | {"priest", "priests", "nun", "nuns", "pastor", "pastors"}
)
# "French Barkhane forces", "Russian Wagner mercenaries": a named force abroad under its demonym
_NAMED_FORCE = re.compile(
    r"\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+"
    r"(?:forces|force|troops|soldiers|operation|mission|mercenaries|contingent)\b"
)


def named_aside(text: str, mention: Mention, *, demonym: bool) -> bool:
    """Whether a country (or, with ``demonym``, a nationality) is named only as the context of an
    event, not as where it happened. Counted over all 29,324 ACLED notes (share of mentions whose
    country is the event's): "the Mali border" 39/86 (0.45), "the border with Niger" 2/37 (0.05),
    "from Mali" 15/134 (0.11), "fled to/towards Niger" 19/53 (0.36), "en route to Niger" 0/4, "the Ivory Coast embassy"
    0/11, "two Czech nationals" (citizens, tourists) 17/69 (0.25), "Chinese workers" (engineers,
    missionaries, hostages) 0/6, "a Spanish priest" 1/5, "a Canadian mining company" (firm, contractors) 1/32 (0.03), "French
    Barkhane forces" 10/43 (0.23); against "in Mali" 343/447 (0.77) and "Malian forces" (0.48)."""
    before = list(mention.before)
    while before and before[-1] in _SKIPPED_BEFORE:
        before.pop()  # "from neighbouring Mali", "towards the Niger border"
    last, prior = (before[-1] if before else ""), (before[-2] if len(before) > 1 else "")
    # "fired rockets towards Israel": a strike's target is where it happened, a flight's is not
    if last == "from" or (last in ("to", "into", "for", "towards", "toward") and prior in _MOVED):
        return True
    if last == "in" and prior in ("war", "wars", "conflict", "born", "raised", "educated"):
        # "the call-up for the war in Ukraine", "a Russian citizen born in Kyrgyzstan": the war's
        # country, a person's past, not where this happened
        return True
    if (last == "with" and (prior,) in BORDER_WITH) or mention.after in BORDER_AFTER:
        return True  # "near the border with Somalia", "the Niger border"
    if mention.after in _EMBASSY or (last in ("of", "to") and prior in _EMBASSY):
        return True  # "the Ivory Coast embassy", "the ambassador to France"
    if not demonym:
        return False
    tail = [w.lower().strip(",.;:()\"'") for w in text[mention.end : mention.end + 40].split()[:2]]
    firm = bool(tail) and (
        tail[0] in _NATIONALS or (len(tail) > 1 and tail[0].isalpha() and tail[1] in _NATIONALS)
    )
    return firm or bool(_NAMED_FORCE.match(text, mention.end))


def name_votes(
    finder: MentionFinder, text: str, mentions: list[Mention], persons: list[tuple[int, int]]
) -> tuple[dict[str, float], dict[str, int]]:
    """Votes for the countries a text names, by name or demonym, and where each is first named:
    "in Mali" (3) says more than "Malian" (1), "Malian forces" (1) or "the Mali border" (0.5)."""
    gazetteer = finder.gazetteer
    votes: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    demonyms: set[str] = set()
    for run in capitalised_runs(text, COUNTRY_JOINERS):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + _COUNTRY_WORDS), i, -1):
                phrase = POSSESSIVE.sub("", text[run[i][0] : run[j - 1][1]]).strip("'’")
                inside = any(
                    m.start <= run[i][0] and run[i][0] + len(phrase) <= m.end and len(m.text) > len(phrase)
                    for m in mentions
                )  # "Niger State" is a Nigerian state, not Niger
                if inside_person(text, run[i][0], run[j - 1][1], persons):
                    continue
                code = gazetteer.country_code(phrase) if len(phrase) > 2 and not inside else None
                head, _, suffix = phrase.partition("-")
                if code is None and j == i + 1 and suffix not in BACKED and gazetteer.demonym_code(head):
                    # "Palestinian-owned" land is where; a "Saudi-led" coalition is not
                    phrase, code = head, gazetteer.demonym_code(head)
                if code is None or (phrase.isupper() and not gazetteer.is_acronym(phrase)):
                    continue
                mention = finder._mention(text, run[i][0], run[j - 1][1], False)
                # "The war began after Hamas's attack on southern Israel": the farther
                # from the lede, the more often a country is background
                later = _LATER_SENTENCE[min(sentences_before(text, run[i][0]), len(_LATER_SENTENCE) - 1)]
                if gazetteer.demonym_code(phrase) is not None:
                    # "South Sudanese raiders in Lokichogio": often who, not where; but
                    # "Palestinian-owned" land lies there; "the Somali region" of Ethiopia
                    # is an area, voted for as a place by the caller
                    if named_aside(text, mention, demonym=True):
                        votes[code] += CONTEXT_VOTE
                    elif not finder.demonym_area(text, run[i][0], phrase):
                        # "Russian infantry ... Russian forces": a side told again is no more places
                        again = code in demonyms
                        demonyms.add(code)
                        weight = 3.0 if suffix in RULED else 1.5 if suffix in OWNED else 1.0
                        if _PLACE_OF.match(text, run[j - 1][1]):
                            weight, again = 3.0, False  # "the northeast Syrian city of Qamishli": where
                        votes[code] += weight * (0.25 if again else 1.0)
                elif (
                    text[: run[i][0]].rstrip().endswith(",") and SOURCE_CLAUSE.match(text, run[j - 1][1])
                ) or governs(text, run[i][0], run[j - 1][1]):
                    votes[code] += 0.5  # "..., Rwanda's army said.": who speaks, not where
                elif named_aside(text, mention, demonym=False) or _NAMED_BODY.match(text, run[j - 1][1]):
                    # "from Nigeria", "the Niger border": elsewhere; "the banned group Palestine Action": a name
                    votes[code] += CONTEXT_VOTE
                elif mention.after in AGENTS_AFTER or mention.after in BACKED:
                    votes[code] += AGENTS_VOTE  # "Chad troops", "Turkey backed faction": who acts
                elif _OWNED_BODY.match(text, run[j - 1][1]):
                    votes[code] += CONTEXT_VOTE  # "Iran's consular section", "Iran's foreign minister": whose
                elif shared := gazetteer.countries_sharing(phrase):
                    # "in eastern Congo": either Congo, as the other places in the text say
                    for other in shared:
                        votes[other] += later * (3.0 if located(mention) else 2.0) / len(shared)
                        first.setdefault(other, run[i][0])
                else:  # "in Mali" says more than "the Mali border" or "a Malian company"
                    votes[code] += later * (3.0 if located(mention) else 2.0)
                first.setdefault(code, run[i][0])
                i = j
                break
            else:
                i += 1
    return votes, first
