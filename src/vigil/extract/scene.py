"""Where and when a text's event happened, read from the text as a whole: the feed's country,
the home countries its named armed actors vote for, the lede's place over context places, and
later sentences that look back at other events.

Helpers of the coder's scene and claims stages (:mod:`vigil.extract.coder`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from vigil.extract import cues
from vigil.extract.desk import DESK_VOTE
from vigil.extract.tallies import MONTH_NAMES, without_aggregates
from vigil.taxonomy import ActorType, ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from vigil.domain import Location
    from vigil.extract.actors import ActorRegistry
    from vigil.extract.geocode import Geocoder

# An armed force named for itself ("LNA", "Houthis") usually fights at home: a vote as strong
# as a country named in passing. Foreign forces and mercenaries say nothing of where they are.
HOME_VOTES = {
    ActorType.REBEL_GROUP: 2.0,
    ActorType.POLITICAL_MILITIA: 2.0,
    ActorType.IDENTITY_MILITIA: 2.0,
    ActorType.STATE_FORCES: 2.0,
}

# A group that fights across borders ("JNIM") votes for each country of its area, less than a
# named place: it picks among namesakes ("Bermo": Niger, not India), alone it names no country.
AREA_VOTE = 0.75

_NAME_WORD = re.compile(r"[^\W\d_]\w+")  # "M23" is a name word too
_BARE_DATELINE = re.compile(r"^\s*[^.]{0,60}?(?:\([^)]{1,30}\))?\s*[-–—]+\s*$")
# "in June", "last May": a month named alone (the capital marks the month, not "may")
_BARE_MONTH = re.compile(
    r"\b(?:(?P<last>[Ll]ast)|[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:in\s+)?(?P<month>(?=[A-Z])(?i:"
    + MONTH_NAMES
    + r"))\b(?![\s,]+\d)"
)
_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;.]*(?:,|(?=[;.]|$))")
_ACTS_HERE = re.compile(r"\b(?:blamed|claimed|said|denied|accused|according to|reported|told)\b", re.I)
_EARLIER_LEAD = re.compile(
    # "It was the latest in a string of suicide attacks in Borno: on June 29 three bombers ..."
    r"^\W*(?:it|this|that) (?:was|is) the latest in an? (?:string|series|spate|wave|run|line) of\b|"
    r"^\W*(?:last (?:week|month)|earlier (?:this|that|last) (?:week|month)|(?:a|one|two|three|several) "
    r"(?:days?|weeks?) (?:earlier|ago|before)|days earlier|weeks earlier|the previous (?:week|month)|"
    # "The blast came a day after security forces killed a commander": what it followed
    r"(?:the|this|it) (?:\w+ ){0,2}(?:came|comes|followed|follows) (?:just |only )?(?:a|one|two|three|several|hours|"
    r"days|weeks)\b[^.;]{0,20}\b(?:after|since))\b",
    re.I,
)
_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
}
_HOLIDAY = re.compile(r"\bon (christmas eve|christmas day|new year's eve|new year's day)\b", re.I)
BACKGROUND_DAYS = 31  # a sentence dated this far from its event tells another one
# "..., killing two men on Thursday, ... the ceasefire agreed in November": a day of its own told first
_NONE_CLAIMED = re.compile(r"\b(?:no|nobody|none)\b[^.;]{0,40}?\bclaim", re.I)
_OPENS_ON_DAY = re.compile(r"\W*On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_OWN_DAY = re.compile(
    r"\b(?:on|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# "BEIRUT, May 16 (AFP) -" parsed as a sentence of its own: the lede is the next one
_DATELINE_ALONE = re.compile(r"[A-Z][\w .,'’/()-]{0,60}?[-–—]+")


def lede_count(sentences: list[str]) -> int:
    """How many leading sentences make the lede: two where the parser cut the dateline off."""
    return 2 if len(sentences) > 1 and _DATELINE_ALONE.fullmatch(sentences[0].strip()) else 1


TOLL_KINDS = frozenset({ClaimKind.KILLED, ClaimKind.INJURED})


def home_votes(
    registry: ActorRegistry, geocoder: Geocoder, text: str, *, desk: str | None = None
) -> dict[str, float]:
    """A vote for the home country of each named armed actor ("LNA", "Houthis", "Koglweogo"),
    a weaker one for each country a transnational group fights in, and as weak a one for the
    desk's country (:mod:`vigil.extract.desk`), which alone names the country of a text that
    names no place.

    Generic nouns ("the gendarmerie", "the army") are left out: the registry can only give
    them a country by guessing; so are demonyms ("French forces"), which the geocoder already
    weighs as nationalities.
    """
    votes: dict[str, float] = {}
    for m in registry.find(text):
        actor = m.actor
        surface = _NAME_WORD.findall(text[m.start : m.end])
        words = [w.lower() for w in surface]
        weight = HOME_VOTES.get(actor.type, 0.0)
        if any(geocoder.gazetteer.demonym_code(w) for w in words) or any(
            w[0].isupper() and geocoder.gazetteer.country_code(w) for w in surface
        ):
            # "French forces", "Rwanda's army": the geocoder already counts the nationality or
            # the country's name, and a foreign army fights away from home
            continue
        # a group's proper name of common words ("Rapid Support Forces") is no generic noun
        proper = actor.type != ActorType.STATE_FORCES and sum(w[0].isupper() for w in surface) > 1
        if not proper and not any(w not in geocoder.common_words for w in words):
            continue
        if actor.country and weight:
            votes[actor.country] = max(weight, votes.get(actor.country, 0.0))
        for country in registry.area(actor.name):
            votes[country] = max(AREA_VOTE, votes.get(country, 0.0))
    if desk:
        votes[desk] = votes.get(desk, 0.0) + DESK_VOTE  # it breaks a tie among a group's countries
    return votes


def feed_country(geocoder: Geocoder, name: str | None) -> str | None:
    """The feed's country in ACLED's spelling ("BJ", "benin" -> "Benin"); None when unknown."""
    if not name:
        return None
    # an ISO code in any case is the feed's own word for it, never a stray word of text
    code = geocoder.gazetteer.country_code(name.upper() if len(name) == 2 else name)
    return geocoder.gazetteer.country_name(code) if code else None


def lede_place(
    geocoder: Geocoder,
    doc: Doc | None,
    whole: Location | None,
    *,
    country_hint: str | None,
    votes: dict[str, float] | None,
) -> Location | None:
    """The whole text's place, or the lede's town, district or region where the whole text chose a place
    named only later: a later sentence's place is often context ("Islamabad accuses Kabul ..."),
    and the lede tells the event. The lede's place must lie in the country the whole text reads
    (alone, a lede loses the words that tell namesakes apart). The lede is the first sentence
    past a dateline parsed as one of its own ("KHARTOUM, Nov 2 (Reuters) -"), which names where
    the reporter files, not the event.
    """
    lede = next((s for s in doc.sents if not _BARE_DATELINE.match(s.text)), None) if doc else None
    if (
        lede is not None
        and whole is not None
        and (line := _CAPS_DATELINE.match(lede.text))
        and _HERE.search(lede.text)
    ):
        # "DATU PIANG - ... pounded hideouts near this town", "PAGADIAN CITY - ... in Barangay San
        # Pedro here": the lede points back at the town it was filed from
        town = _CITY.sub("", line.group(1)).title()
        filed = geocoder.locate(f"in {town}", country_hint=whole.country)
        if filed is not None and filed.geo_precision == 1 and filed.name != filed.country:
            return filed
    if lede is None or whole is None or whole.mention in lede.text:
        return whole
    first = geocoder.locate(lede.text, country_hint=country_hint, votes=votes)
    if first is not None and _filed_from(lede.text, first.mention):
        if doc is not None and first.country == whole.country and _only_in_tallies(doc, whole.mention):
            # "CHATTOGRAM: two were killed in the port city's Muradpur area ... six were killed across
            # the country, including in Dhaka": a tally's places are no event's; the filing town is
            return first
        return whole  # "ISLAMABAD (AP) — Security forces killed ...": where the story was filed
    if first is not None and first.country == whole.country and (first.geo_precision <= 2 or first.admin1):
        if (
            first.geo_precision == 3
            and whole.geo_precision < 3
            and whole.admin1
            and whole.admin1 == first.admin1
        ):
            # "an air strike in the Sagaing region ... villagers in Kanbalu township": the later
            # sentence names the place within the lede's region
            return whole
        return (
            first  # a region of the lede too ("villagers in X in Gezira state ... the army, in Port Sudan")
        )
    return whole


# a dateline in capitals ("DATU PIANG, Maguindanao del Sur -", "PAGADIAN CITY -") and a city's title
_CAPS_DATELINE = re.compile(r"^\s*([A-Z][A-Z'. -]{2,}?)\s*(?:,|\(|[-\u2013\u2014:])")
_CITY = re.compile(r"\s+CITY$")
# the lede's own pointer back to its dateline town
_HERE = re.compile(
    r"\b(?:in|near|outside|of|around|across) this (?:town|city|village|municipality|district)\b|"
    r"\bhere\b(?!\s*(?:is|are|was|were|and there)\b)",
    re.I,
)


def _only_in_tallies(doc: Doc, mention: str) -> bool:
    """Every sentence naming ``mention`` keeps a toll over a span or a country."""
    naming = [sent.text for sent in doc.sents if mention in sent.text]
    return bool(naming) and all(without_aggregates(s) != s for s in naming)


def told_place(geocoder: Geocoder, text: str, country_hint: str | None) -> Location | None:
    """Where a passage of a long text places its event; not its dateline ("MOGADISHU, Somalia —"),
    which says where the story was filed (then the article's place stands)."""
    loc = geocoder.locate(text, country_hint=country_hint)
    if loc is None or not _filed_from(text.lstrip(), loc.mention):
        return loc
    # the rest of the passage may still say where ("NIAMEY - ... ambushed near Tabatol in the
    # Tillaberi region"); a country alone says no more than the article's place
    lede = text.lstrip()
    rest = geocoder.locate(lede[lede.find(loc.mention) + len(loc.mention) :], country_hint=country_hint)
    return rest if rest is not None and rest.name != rest.country else None


def _filed_from(lede: str, mention: str) -> bool:
    """Whether ``mention`` is the lede's dateline (the place named first, before "(AP) —")."""
    from vigil.extract.geowords import DATELINE_AFTER

    start = lede.find(mention) if mention else -1
    return 0 <= start < 5 and bool(DATELINE_AFTER.match(lede[start + len(mention) :]))


def another_day(sentence: str, event_day: date | None, published: date | None) -> bool:
    """A later sentence of an event's telling that opens on another day of the week ("On Saturday,
    security forces killed a commander", after Sunday's grenade): its toll is that day's event's,
    which a long article tells as an event of its own."""
    from vigil.extract.dates import event_date

    if event_day is None or not _OPENS_ON_DAY.match(sentence) or cues.TOLL_UPDATE.search(sentence):
        return False  # "On Thursday officials raised the toll to 27": the same event's dead
    day, precision = event_date(sentence, published=published)
    return day is not None and precision == 1 and day != event_day


def looks_back(sentence: str, event_day: date | None, published: date | None) -> bool:
    """A later sentence of an event's telling that looks back at other events ("the war began
    after an attack on October 7 that killed 1,200", "an insurgency that has killed thousands
    since 2015"): its figures are not this event's toll."""
    from vigil.extract.dates import MONTH_MIDPOINT, event_date

    if cues.CLAIMS_ACT.search(sentence) and not _NONE_CLAIMED.search(sentence):
        return False  # "JNIM, which has besieged the city since August, said its fighters fired on it"
    if cues.HISTORY.search(sentence) and (
        # "police blamed Boko Haram, which has frequently used women as bombers": the past is
        # the group's, in its relative clause; the sentence tells this event's attribution
        cues.HISTORY.search(_ASIDE.sub(" ", sentence)) or not _ACTS_HERE.search(_ASIDE.sub(" ", sentence))
    ):
        return True
    if event_day is None or not cues.EVENT.search(sentence):
        return False
    if _EARLIER_LEAD.match(sentence):
        return True  # "Last week a mosque bombing killed more than 80": an earlier event's toll
    if (holiday := _HOLIDAY.search(sentence)) and _HOLIDAYS[holiday.group(1).lower()] != (
        event_day.month,
        event_day.day,
    ):
        return True  # "On Christmas Eve, coordinated raids killed close to 200": another day's
    own_day = _OWN_DAY.search(sentence)
    for named in _BARE_MONTH.finditer(sentence):
        if own_day and own_day.start() < named.start():
            continue  # the event's own day told first: the month is its background's
        # "a blast at the market in June", "an attack last May": a month named alone, another
        # than the event's (or a year back), as far as a bare month reaches
        month = datetime.strptime(named.group("month")[:3], "%b").month
        if month != event_day.month or named.group("last"):
            return True
    day, precision = event_date(sentence, published=published)
    if day is None:
        return False
    if precision < 3:
        return abs((day - event_day).days) > BACKGROUND_DAYS
    # a month named alone ("in January 2021", "last month") is coded on its 15th: another
    # month than the event's tells another event; the report's own day, precision 3, is the
    # reading of a sentence that names no date at all
    if day == published:
        return False
    return (day.year, day.month) != (event_day.year, event_day.month) or abs(
        (day - event_day).days
    ) > BACKGROUND_DAYS + MONTH_MIDPOINT


def follow_up(sentence: str) -> bool:
    """The sentence tells what came later ("the troops later retook the base", "he was later
    released"): a sequel, not what the event was. Of the 50 ACLED notes in our data that tell one,
    32 are coded as the abduction the release followed, and none as the sequel's own kind."""
    return bool(_FOLLOW_UP.search(sentence))


_FOLLOW_UP = re.compile(
    r"\b(?:later|subsequently|afterwards)\s+(?:\w+\s+){0,2}?(?:retook|retaken|recaptured|regained|reclaimed|"
    r"reoccupied|took back|freed|rescued|released|recovered)\b",
    re.I,
)


def without_context(sentence: str) -> str:
    """``sentence`` without the context clause wire copy hangs on its source ("Rebels killed 17
    villagers, officials said, as fighting between the army and M23 displaced thousands"): the
    clause tells the setting, not this event, and must not type it."""
    return _CONTEXT_AFTER_SOURCE.sub(r"\1", sentence)


_CONTEXT_AFTER_SOURCE = re.compile(
    r"(\b(?:said|says|reported|announced|added|told (?:\w+ ){0,2}?\w+)(?: (?:on |late |early )?\w+day)?),\s+"
    r"(?:as|amid|while)\s+[^.;]*",
    re.IGNORECASE,
)
