"""Word lists the geocoder reads a place's context with: cues, particles, names that are not places.

Kept apart from the rules in :mod:`vigil.extract.geocode` so that the lists can grow (they are
plain English and French words that hold across countries) without burying the logic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vigil.extract.gazetteer import fold

# Lowercase particles inside place names ("Dar es Salaam", "Ras al Ain").
PARTICLES = frozenset(
    {
        "al",
        "el",
        "as",
        "ash",
        "ad",
        "ar",
        "es",
        "de",
        "du",
        "des",
        "la",
        "le",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "bin",
        "ibn",
        "sur",
        "am",
        "an",
        "los",
        "las",
        "les",
        "del",
        "della",
        # Arabic place-name heads (father, spring, cape, well, valley, hill, house, door...):
        # "Abu Salim", "Ras Jabel", "Bir at Tutah" name places; the head alone does not
        "abu",
        "ain",
        "ayn",
        "ein",
        "ras",
        "bir",
        "wadi",
        "tell",
        "tal",
        "jabal",
        "jebel",
        "deir",
        "kafr",
        "beit",
        "bab",
        "umm",
        "bani",
        "beni",
        "khirbet",
        "khirbat",
    }
)

# Capitalised words that may follow a place's name without making it another thing's name.
GENERIC_NAME_TEXT = """
    region province district state county city town village camp market airport base road
    highway bridge border area division department governorate oblast municipality commune
    cercle upazila zila sub-county ward locality neighbourhood suburb river valley lake forest
    university hospital prison station police central north south east west northern southern
    eastern western upper lower new old township tehsil taluka regency prefecture sector zone lga
    payam boma woreda kebele barangay colonia
"""
GENERIC_NAME_WORDS = frozenset(GENERIC_NAME_TEXT.split())

# Capitalised words that are place names somewhere but, in conflict news, almost never the place.
NOT_PLACES_WORDS = """
a an the on in at of to by for from with and or but as after before during since while when this
that these those there here it its he she they we his her their our some several many january
february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday today yesterday tonight north south east west central
northern southern eastern western northeast northwest southeast southwest upper lower greater new
old great little big mount lake river police army military forces force state states islamic
government president minister ministry national university hospital school court council congress
party union league unidentified unknown suspected armed group militants militia militias soldiers
troops civilians protesters rioters people residents students farmers herders men women children
church mosque temple muslim muslims christian christians catholic red cross crescent un united
nations jan feb mar apr jun jul aug sep sept oct nov dec one two three four five six seven eight
nine ten sri molotov reuters afp ap bbc al jazeera media news radio tv press agency mr mrs ms dr gen col capt lt
sgt st saint sheikh imam chief king prince day week month year covid coronavirus international
brigade battalion regiment division command operation barkhane serval wagner jnim isgs iswap boko
haram ansar dine fulani peul dozo koglweogo mossi tuareg hindu tamil sinhala awami bnp jamaat shibir
chhatra dal jubilee odm orange democratic republic federal people's popular liberation front
movement alliance coalition communal district region province village town city
arab arabs kurd kurds kurdish berber berbers bedouin bedouins druze alawite alawites sunni shia
shiite masalit zaghawa
"""
NOT_PLACES = frozenset(NOT_PLACES_WORDS.split())

# Admin regions named by a direction ("Central", "North Central"), trusted only as qualifiers.
DIRECTION_REGIONS = frozenset(
    {
        *(d for d in NOT_PLACES if d.endswith("ern")),
        "central",
        "north central",
        "north western",
        "north eastern",
        "south western",
        "south eastern",
        # "the East region": Burkina Faso's, Cameroon's or another's; the text's country decides
        "east",
        "west",
        "north",
        "south",
        "centre",
        "center",
    }
)

# Cue words right before a place: the event is there, or near there.
AT_CUES = frozenset(
    {
        "in",
        "at",
        "inside",
        "into",
        "through",  # "marched through central Madrid"
        "across",
        "within",
        "village",
        "town",
        "city",
        "locality",
        "hamlet",
        "commune",
        "neighbourhood",
        "neighborhood",
        "camp",
        "market",
        "hit",
        "attacked",
        "stormed",
        "struck",
        "raided",
        "seized",
        "captured",
    }
)
NEAR_CUES = frozenset(
    {
        "near",
        "outside",
        "around",
        "outskirts",
        "vicinity",
        "countryside",
        "close",
        "nearby",
        "between",
        "km",
        "kms",
        "kilometres",
        "kilometers",
        "miles",
        "toward",
        "towards",
        "road",
        "axis",
        "surroundings",
        "environs",
    }
)
DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
    }
)
AWAY_CUES = frozenset({"from", "to", "fled", "via"})
# Words after a country's name that put the event beside it, not in it ("near the Mali border").
BORDER_AFTER = frozenset({"border", "borders", "frontier", "side"})
# Words before a name that make it a group's or an operation's name.
NAMES_NOT_PLACES = frozenset(
    {
        "katiba",
        "operation",
        "brigade",
        "battalion",
        "front",
        "mr",
        "mrs",
        "general",
        "gen",
        "president",
        "minister",
        "governor",
        "chief",
    }
)
# Words right after a place that say what kind of place it is.
AREA_AFTER = frozenset(
    {
        "area",
        "areas",
        "outskirts",
        "countryside",
        "surroundings",
        "vicinity",
        "environs",
        "border",
        "axis",
        "road",
        "upazila",
        "subdistrict",
        "sub-district",
        "sub-county",
        "subcounty",
        "ward",
        "tehsil",
        "municipality",
        "commune",
        "raion",
        "rayon",
        "hromada",
        "woreda",
        "lga",
    }
)
ADMIN_AFTER = frozenset(
    {
        "region",
        "province",
        "state",
        "district",
        "department",
        "county",
        "governorate",
        "oblast",
        "division",
        "prefecture",
        "cercle",
        "zila",
        "parish",
    }
)
# "Ethiopia troops", "Turkey jets": a country named for its armed agents, who often act abroad
AGENTS_AFTER = frozenset(
    {
        "forces",
        "troops",
        "soldiers",
        "army",
        "military",
        "allies",
        "mercenaries",
        "jets",
        "warplanes",
        "aircraft",
        "drones",
        "settlers",
    }
)
# "Turkey backed faction", "Saudi-led coalition": a state that backs, not the place
BACKED = frozenset({"backed", "led", "supported", "sponsored", "allied", "funded", "trained", "armed"})
TOWN_AFTER = frozenset({"village", "town", "city", "locality", "hamlet", "settlement"})
# "between the cities of Patos and Pombal": before "of", the plural names places too
TOWNS_OF = TOWN_AFTER | frozenset(
    {"villages", "towns", "cities", "localities", "settlements", "port", "ports"}
)
# "the area of X", "the department of X": words before "of" that make X a place named as where.
AREA_OF = (
    frozenset({"area", "areas", "region", "department", "province", "district", "commune", "zone"})
    | frozenset({"state", "county", "governorate", "oblast", "prefecture"})
    | TOWN_AFTER
)
# "in the Red Sea", "the Gulf of Guinea": a body of water, not the admin area named after it
WATER_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "channel"})
# "the centre of Montargis", "the streets of Nikopol": a part of the town, named as where
TOWN_PARTS = frozenset({"centre", "center", "heart", "streets"})
_RIVER_AFTER = re.compile(
    r"\s+(?:river|River)\b(?!\s+(?:[Cc]ounty|[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict)\b)"
)
# ", Rwanda's army said.": a country that speaks at the end of the sentence is the source
# a country or its capital that speaks or is spoken to for its government ("Kyiv accuses Moscow
# of using gas; Russia denies it"): two governments, no place of the event
_GOVERNMENT_VERB = r"accus\w*|den(?:y|ies|ied)|blam\w*|warn\w*|insist\w*|condemn\w*|urg(?:es|ed)"
_GOVERNMENT_SPEAKS = re.compile(
    rf"\s+(?:(?:has\s+|had\s+)?(?:{_GOVERNMENT_VERB}|said|says)|government|regime|authorities|administration)\b"
)
_GOVERNMENT_ADDRESSED = re.compile(rf"\b(?:{_GOVERNMENT_VERB})\s+$")


def governs(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` speaks or is spoken to as a government ("Kyiv accuses
    Moscow", "Russia denies it", "the Damascus government")."""
    return bool(
        _GOVERNMENT_SPEAKS.match(text, end) or _GOVERNMENT_ADDRESSED.search(text, max(0, start - 20), start)
    )


SOURCE_CLAUSE = re.compile(
    r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3}\s+(?:said|says|told|reported|announced|claimed|confirmed)\b"
    r"[^.;]{0,60}(?:[.;]|$)"
)
# "..., officials in Kyiv said": where the speakers sit, not the event
SPEAKERS_IN = re.compile(
    r"\b(?:officials?|authorities|sources?|spokes(?:m[ae]n|person|woman)|diplomats?|analysts?|"
    r"government|ministry|military|army|police|prosecutors?|media|reporters?|journalists?)\s+in\s+$",
    re.I,
)
# "the declaration the two countries signed in Kuala Lumpur": where a deal or talks were held, not the event
_DEALT_IN = re.compile(
    r"\b(?:signed|agreed|brokered|mediated|negotiated|sealed|concluded|talks|summit|conference)\s+in\s+$",
    re.I,
)
# ... and dated before the event ("in October", "last year"): the deal is background, not the news
_DEALT_EARLIER = re.compile(
    r"\s+(?:in\s+(?:early\s+|late\s+)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:19|20)\d\d)|last\s+(?:year|month|week)|earlier\s+this)\b",
    re.I,
)


# "signed in Bangui, after ten days of negotiations in Khartoum": the talks before it, held elsewhere
_TALKED_BEFORE = re.compile(r"\b(?:after|following)\b[^.;]{0,40}\b(?:negotiations|talks)\s+in\s+$", re.I)


def dealt_in(text: str, start: int, end: int) -> bool:
    """The place named at ``start:end`` is where an earlier deal or talks were held."""
    if _TALKED_BEFORE.search(text, max(0, start - 60), start):
        return True
    return bool(_DEALT_IN.search(text, max(0, start - 30), start) and _DEALT_EARLIER.match(text, end))


# Words after a name that make it a part of a town ("Santa Maria neighborhood", "Raju street"):
# ACLED codes the town the text also names, so such a part ranks below it.
SUBPLACE_AFTER = frozenset(
    {
        "neighborhood",
        "neighbourhood",
        "neighborhoods",
        "neighbourhoods",
        "street",
        "quarter",
        "bazaar",
        "square",
        "community",
        "colony",
        "suburb",
        "slum",
        "campus",
        "bridge",
        "avenue",
        "boulevard",
        "roundabout",
    }
)
# "the Palma bridge", "Garita de Lima square": a structure named after a place, often one abroad,
# says little of the country it stands in
NAMED_AFTER = frozenset({"bridge", "square", "street", "avenue", "boulevard", "roundabout"})
# A building named after a patron or an idea ("al-Thawra hospital", "the Planalto presidential
# palace"): the name is the building's, and a town of that name elsewhere is not where it stands
# (prisons and universities mostly bear their town's name: "Bagram prison", "Kabul University")
FACILITY_NEXT = re.compile(
    r"\s+(?:(?:presidential|royal|national|general|central|main|grand|teaching|university|military|"
    r"referral|district) )?(?:hospital|clinic|palace|mosque|church|cathedral|stadium|hotel|theatre|theater)s?\b",
    re.I,
)
# Words before a name that make it a part of a town ("Colonia El Pacifico", "Bairro Alto").
SUBPLACE_BEFORE = frozenset(
    {"colonia", "barrio", "bairro", "fraccionamiento", "neighborhood", "neighbourhood"}
)

# Text between two place names that makes the second say where the first is ("Sirwah district
# west of Marib city").
LANDMARK_GAP = re.compile(
    r"^\s*(?:(?:district|area|village|town|city|region|province|front|frontline|camp)\s+)?"
    r",?\s*(?:near|outside|close to|not far from|north of|south of|east of|"
    r"west of)\s+(?:the\s+(?:town|city)\s+of\s+|the\s+(?:[a-z][\w\-]+\s+)?capital,?\s+)?$",
    re.IGNORECASE,
)
# "Keran sector area (Kupwara district, Jammu)", "X village, Y local government area": up to three
# words of a place's kind between it and its qualifier
PLACE_KINDS = (
    r"district|province|region|county|state|upazila|area|town|village|city|municipality|commune|"
    r"division|governorate|oblast|department|cercle|sub-county|ward|sector|zone|tehsil|taluka|block|"
    r"regency|prefecture|township|sub-?district|neighbou?rhood|colonia|barangay|parish|locality|camp|"
    r"payam|boma|woreda|kebele|tambon|amphoe|canton|arrondissement|raion|rayon|hromada|local|"
    r"government|lga|circle|mandal|union|suburb|quarter|settlement|hamlet|kampung|kelurahan|kecamatan|"
    # "Nisab fort (Nisab, Shabwah)": a landmark is where its qualifiers say too
    r"fort|base|airbase|airport|checkpoint|front|frontline|market|bridge|junction|crossing|dam|mine|"
    r"mountain|hill|tribal|military|police|station|post"
)
QUALIFIER_GAP = re.compile(rf"^(?:\s+(?:{PLACE_KINDS})){{0,3}}\s*[,(]\s*$", re.IGNORECASE)


# "Mansura in Ar-Raqqa", "Tell Abiad in northern Raqqa", "Afrin city in Aleppo": an admin area
# that holds the place
IN_GAP = re.compile(
    r"^(?:\s+(?:(?:(?:road|highway|axis|front|frontline|checkpoint|junction|bridge|roundabout|"
    r"city|town|village|locality|camp)\s+)?"
    r"in\s+(?:the\s+)?(?:occupied\s+|Israeli-occupied\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    # "Kupwara district of Jammu", "the Majz district of Saada": an area within another
    r"|(?:district|province|county|municipality|department|prefecture|tehsil|taluka|block|sector|"
    r"subdistrict|sub-district|township|local\s+government\s+area|lga)\s+of\s+(?:the\s+)?)"
    # "Frontera Comalapa, a town in the southern state of Chiapas", "Tame, in the province of Arauca"
    r"|,\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|municipality|community|district|port|hub)\s+)?"
    r"in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:state|province|region|department|governorate|county)\s+of\s+"
    # "near Tall Kalakh, in the west of Homs province": the part of an area the place lies in
    r"|,?\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)\w*(?:\s+part)?\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)

# "Bugar (Kapchemutwa, Keiyo North, Elgeyo-Marakwet)": admin names the gazetteer lacks, between
UNKNOWN_QUALIFIERS = re.compile(r"^\s*[,(]\s*(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*,\s*)+$")

# Words between a located place and a later one that make the later one where something else
# happened: "a protest in Vitebsk in solidarity with the protest in Brest".
ELSEWHERE_BETWEEN = re.compile(
    # "... in Montargis, the fourth night of unrest since a police officer shot a teenager in Nanterre"
    r"\b(?:solidarity|in support of|in response to|in reaction to|similar to|echoing|since (?:a|an|the)|"
    r"(?:sparked|triggered) by)\b",
    re.IGNORECASE,
)

# "Palanpur area of Surat city": a part of the town named next.
PART_OF = re.compile(r"\s+(?:area|part|section|locality)\s+of\s+(?:the\s+)?[A-Z]")
# "Baglar neighborhood of Bagcilar": the text between a part of a town and the town.
PART_OF_GAP = re.compile(
    r"^\s+(?:neighbou?rhood|area|part|section|locality|quarter|street|suburb|district)\s+of\s+"
    r"(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "Ouahigouya, Kaya and Koudougou": a list goes on after the second name.
LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|&|or\b)")
# "Cotonou, Dakar and Bamako": a list ends on a last name after "and"/"or", not on a qualifier.
LIST_END = re.compile(r"\s*,?\s*(?:and|or|&)\s+[A-Z]")
# "BAMAKO (Reuters) -": a dateline, where the story was filed.
DATELINE_AFTER = re.compile(
    r"^\s*(?:,[^,()\n]{0,40}){0,2}\s*(?:\((?:Reuters|AFP|AP|Xinhua|IANS|PTI|UNI)\)|(?<!\w)[-—–](?!\w)|:)"
)  # a dash between words ("Port-au-Prince") is part of a name, not a dateline's


# "the border with Somalia", "the Rafah crossing with Egypt": the country over the line
BORDER_WITH = frozenset((w,) for w in ("border", "frontier", "crossing", "boundary"))

# "Palestinian-owned", "Kurdish-held": a people's property or hold is where the event is
OWNED = frozenset(
    {"owned", "held", "run", "controlled", "inhabited", "populated", "majority", "administered", "occupied"}
)
# "Indian-administered Kashmir": the state that holds the ground names where it is
RULED = frozenset({"administered", "controlled", "held", "occupied"})


VILLAGE = 5000  # below this, a place named without a locative cue is weak evidence of a country
CITY = 100_000  # a town this big is rarely a namesake of an unknown village in the same country


_TITLE_WORDS = frozenset({"state", "provincial", "regional", "district", "county"})

# What may follow a name head that stands alone as a town ("in Beni, North Kivu", "in Sur on
# Monday"): punctuation, the end, or an English word, not a short transliterated article.
ALONE_AFTER = re.compile(
    r"\s*(?:[^\w\s]|$|(?:on|in|and|or|near|after|before|where|with|town|city|village|district|"
    r"territory|province|area|region|during|when|to|from|by|for|was|were|is|has|had|late|early|"
    r"overnight|yesterday|today|tonight|last|this|earlier|since|amid|killing|but|which|who|that)\b)"
)
# "Ceel Bardaale village", "Kyauk Taing ward": a settlement's kind after a run of names says the
# whole run is one place's name (not "the Kano Central Mosque area": a landmark in a town)
SETTLEMENT_AFTER = re.compile(
    r"\s*(?:village|town|ward|hamlet|settlement|locality|neighbou?rhood|quarter|colonia|barangay|"
    r"kebele|boma|payam|tambon)\b",
    re.IGNORECASE,
)


def drop_title(words: list[str]) -> None:
    """Drop a title between the cue and the name: "north of the Somali capital Mogadishu" is
    north of Mogadishu, "in the Borno state capital Maiduguri" in Maiduguri."""
    if not words or words[-1].lower() != "capital":
        return
    k = len(words) - 2
    while k >= len(words) - 4 and k >= 0 and (words[k][:1].isupper() or words[k].lower() in _TITLE_WORDS):
        k -= 1
    if k >= 0 and words[k].lower() == "the":
        del words[k:]


def names_area_of(words: list[str], demonym: Callable[[str], str | None]) -> bool:
    """Whether the words before a name are "the (Mexican) state of": the name is the admin area.
    "Phaya Thai district of Bangkok" and "the Majz district of Saada" name a part of the place
    after "of", not an area so named: only a demonym may stand before the kind."""
    if len(words) < 2 or words[-1] != "of" or words[-2].lower() not in ADMIN_AFTER:
        return False
    if len(words) < 3 or not words[-3][:1].isupper() or words[-3].lower() == "the":
        return True
    return len(words) > 3 and words[-4].lower() == "the" and demonym(words[-3]) is not None


# "waving Maple Leaf flags": a name on a flag or a shirt is no place of the event
EMBLEM_AFTER = re.compile(r"\s+(?:flags?|banners?|emblems?|anthem|jerseys?|shirts?)\b", re.I)


def is_water(text: str, start: int, end: int) -> bool:
    """Whether the name is a body of water ("in the Red Sea", "the Gulf of Guinea") and not the
    admin area named after it ("Red Sea state")."""
    words = fold(text[start:end]).split()
    if not text[:start].rstrip().lower().endswith("the"):
        return False
    if _RIVER_AFTER.match(text, end):
        return True  # "across the Dnipro river": the river, not the city named after it
    if not words or words[-1] not in WATER_WORDS:
        return False
    nxt = text[end : end + 20].split()
    return not nxt or nxt[0].lower().strip(",.;:") not in ADMIN_AFTER


def load_common_words() -> frozenset[str]:
    """The packaged list of common English words (``bench/build_common_words.py``)."""
    from importlib import resources

    path = resources.files("vigil.extract") / "data" / "common_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


# "the (Somali) capital", "Kenya's capital", not followed by its name (a mention of its own)
# named as where ("in", "near", "north of"): "the capital has been calm" and "the capital
# market" name no place of the event
CAPITAL = re.compile(
    r"\b(?:in|at|near|outside|around|into|to|of)\s+(?P<title>"
    r"(?:[Tt]he\s+(?:(?P<who>[A-Z][\w\-]+|country['’]s|nation['’]s)\s+)?|(?P<owner>[A-Z][\w\-]+)['’]s\s+)"
    r"capital)\b(?!\s*,?\s*[A-Z])"
    r"(?!\s+(?:markets?|punishment|gains|flight|investments?|spending|expenditure|goods|offen[cs]es?|crimes?)\b)"
)

# what may follow a name that is a whole noun phrase ("the Seray in", "the Saray and the bank")
NOUN_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:in|of|at|on|to|with|where|which|building|palace|and\s+the)\b)")


SQUARES = frozenset({"plaza", "praca", "praça", "piazza", "calle", "avenida", "rua"})  # a square, a street
