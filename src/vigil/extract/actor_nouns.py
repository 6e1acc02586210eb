"""The generic nouns that name a side by convention, and the countryless sides they fall back to.

ACLED names sides by convention, not by the words a report uses: "soldiers" are the event
country's ``Military Forces of X (period)``, "gunmen" an ``Unidentified Armed Group (X)``. These
tables hold those nouns by kind; :class:`vigil.extract.actors.ActorRegistry` templates them by
country.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from vigil.domain import Actor
from vigil.taxonomy import ActorType

# Generic nouns, templated by the event's (or a demonym's) country. Plurals listed explicitly:
# the lemmatizer is off in the shared pipeline and these lists stay short.
MILITARY_NOUNS = (
    "soldiers", "soldier", "troops", "army", "armed forces", "military", "forces", "servicemen",
    "service members", "service member", "servicemembers", "military service members",
    "security forces", "defence forces", "defense forces", "defence and security forces",
    "defense and security forces", "military forces", "army troops", "government troops",
    "government forces", "government soldiers", "regime forces", "pro-government forces",
    "regime troops", "military personnel", "junta troops", "junta forces", "junta", "military junta",
    "junta soldiers", "special forces",
    "paratroopers", "marines", "air defences", "air defenses", "air defence", "air defense", "FDS", "national army", "navy", "coast guard", "patrol", "patrols",
    "military patrol", "military patrols", "military convoy", "military column", "regime soldier",
    "regime soldiers", "regime fighter", "regime fighters", "regime checkpoint", "regime positions",
    "regime sniper", "regime snipers", "regime prison", "regime prisons", "military post",
    "military base", "army base", "army post", "military camp", "military checkpoint",
    "army checkpoint", "missiles", "missile", "cruise missiles", "ballistic missiles", "cruise missile",
    "ballistic missile", "hypersonic missile", "hypersonic missiles",
    "missile strike", "missile strikes", "artillery", "shelling", "artillery fire", "tanks",
    "attack drones", "kamikaze drones",
)  # fmt: skip
# Nouns that name a state's forces only after its demonym ("an Israeli strike", "a Turkish raid"):
# alone they are anyone's ("strikes" may be a walkout, "a raid" a gang's), but a state's adjective
# says whose act it was.
DEMONYM_NOUNS = (
    "strike", "strikes", "raid", "raids", "bombardment", "bombardments", "incursion", "incursions",
    "sabotage group", "sabotage groups", "sabotage and reconnaissance group",
    "sabotage and reconnaissance groups", "saboteurs", "commandos", "assault group",
    "assault groups", "units", "infantry", "positions", "armoured vehicles", "armored vehicles", "bulldozers",
    "military bulldozers", "armoured column", "armored column", "column", "convoy",
    # "Ukrainian shells hit their car", "beat back several Russian assaults": the state's fire
    "shells", "shell", "rockets", "rocket", "assault", "assaults", "attack", "attacks", "offensive",
    # "mortar rounds fired from the Tajik side": a border report's name for the other state's forces
    "side", "border guards", "border troops", "servicemen",
)  # fmt: skip
# Civilians a demonym can name as foreigners where they are hurt ("Chinese workers" in Sri Lanka,
# "Indian fishermen" held off Sri Lanka): ACLED names them after their own country ("Malian
# National Guard" is a force: the matcher skips a "national" that a body's name follows).
DEMONYM_CIVILIAN_NOUNS = (
    "nationals", "national", "citizens", "citizen", "fishermen", "fisherman", "workers", "worker",
    "migrants", "tourists", "tourist", "sailors", "crew members", "engineers", "aid workers",
    "truck drivers", "pilgrims", "hostages",
)  # fmt: skip
AIR_NOUNS = (
    "air force", "air forces", "warplanes", "warplane", "fighter jets", "jets", "military aircraft",
    "aviation", "military helicopters", "helicopter gunships", "air strikes", "airstrikes",
    "airstrike", "air strike", "drone strike", "drone strikes", "aircraft", "aircrafts", "planes",
    "helicopters", "helicopter", "drones", "military drones", "fighter planes", "drone",
    "military drone", "armed drone", "combat drone", "glide bomb", "glide bombs", "guided bomb",
    "guided bombs", "aerial bomb", "aerial bombs", "air bomb", "air bombs", "barrel bomb", "long-range drones",
    "long-range drone", "attack drone", "kamikaze drone",
    "barrel bombs",
)  # fmt: skip
# The weapons among those nouns: they say how, not whose ("a drone attack on a base"); a group
# named as the attacker beats the state they are read as.
WEAPON_NOUNS = frozenset(
    (
        "missiles", "missile", "cruise missiles", "ballistic missiles", "cruise missile", "ballistic missile",
        "hypersonic missile", "hypersonic missiles", "missile strike",
        "missile strikes", "artillery", "shelling", "artillery fire", "tanks", "attack drones",
        "kamikaze drones",
        *(n for n in AIR_NOUNS if n not in ("air force", "air forces", "aviation")),
    )
)  # fmt: skip
POLICE_NOUNS = (
    "police", "policemen", "policeman", "police officers", "police officer", "officers",
    "riot police", "security personnel", "cops", "police force", "police forces", "law enforcement",
    "anti-riot police", "customs officers", "customs officer", "prison guards", "border guards",
    "police patrol", "police patrols", "police station", "police post", "police checkpoint",
    "rangers", "park rangers", "forest rangers", "wildlife rangers", "forest guards", "eco-guards",
    "ecoguards",
    # India's state police commandos in the Maoist belt
    "District Reserve Guard", "DRG", "DRG personnel", "Special Task Force personnel", "STF personnel",
    # intelligence services: ACLED files an agent under the police in most countries it names one in
    "intelligence agents", "intelligence agent", "intelligence officers", "intelligence officer",
    "intelligence operatives", "intelligence service", "intelligence services",
    "national intelligence service", "intelligence agency", "national intelligence agency",
    "secret service agents", "secret police", "security agents", "security agent", "state security agents",
    "security operatives", "plainclothes officers", "plainclothes policemen", "plain-clothes officers",
)  # fmt: skip
GENDARME_NOUNS = ("gendarmes", "gendarme", "gendarmerie", "gendarmerie officers")
UNIDENTIFIED_NOUNS = (
    "gunmen", "gunman", "armed men", "armed man", "unknown gunmen", "unidentified gunmen",
    "unidentified men", "unidentified armed men", "unknown armed men", "assailants",
    "unknown assailants", "unidentified assailants", "attackers", "unknown attackers",
    "unidentified attackers", "armed individuals", "armed assailants", "armed group",
    "armed groups", "an armed group", "unidentified armed group", "militants",
    "suspected militants", "unknown militants", "unidentified militants", "bandits",
    "armed bandits", "kidnappers", "abductors", "masked men", "hooded men", "armed robbers",
    "unknown persons", "unknown people", "unidentified persons", "terrorists", "armed terrorists",
    "terrorist group", "terrorist groups", "insurgents", "jihadists", "suspected jihadists",
    "jihadist fighters", "islamist militants", "islamists", "militiamen", "armed militia",
    "militias", "militia members", "hani", "unidentified individuals", "unknown individuals",
    "criminals", "thugs", "goons", "unknown party", "an unknown party", "unidentified party",
    "unidentified forces", "unknown forces", "unidentified armed forces", "perpetrators",
    "unknown perpetrators", "unidentified perpetrators", "unidentified armed individuals",
    # the local press's words for them: "miscreants" (South Asia), "hoodlums" (Nigeria),
    # "sicarios" and "armed subjects" (Latin America)
    "miscreants", "unidentified miscreants", "unknown miscreants", "hoodlums", "sicarios",
    "armed subjects", "hitmen", "hired gunmen",
    # rebels left unnamed: the one rebel group the text names, else unidentified (agency._corefer)
    "rebels", "rebel fighters", "guerrillas", "guerrilla fighters",
    # one unnamed thrower or planter: "an unknown person threw a grenade"
    "unknown person", "an unknown person", "unidentified person", "an unidentified person",
    "unknown individual", "an unknown individual", "unidentified individual", "an unidentified individual",
)  # fmt: skip
CIVILIAN_NOUNS = (
    "civilians", "civilian", "villagers", "villager", "residents", "resident", "inhabitants",
    "people", "women and children", "women", "children", "a woman", "a man", "a child", "a girl",
    "a boy", "men", "man", "woman", "locals", "farmers", "farmer", "herders", "herder", "herdsmen",
    "herdsman", "herdmen", "pastoralist", "nomads", "shepherd", "agriculturalists",
    "cattle breeders", "cattle keepers", "pastoralists", "hunters", "traders", "trader",
    "passengers", "motorists", "worshippers", "pupils", "teachers", "teacher", "nurse", "doctor",
    "journalist", "journalists", "village chief", "a village chief", "chief", "imam", "pastor",
    "family", "families", "displaced people", "displaced persons", "idps", "refugees", "migrants",
    "miners", "gold miners", "merchants", "travellers", "travelers", "civilian convoy",
    "civilian vehicles", "a civilian", "person", "persons", "individuals", "relatives", "victims",
    "victim", "wife", "husband", "boy", "girl", "minor", "minors", "elderly", "worker", "workers",
    "fishermen", "students", "student", "mining company employee", "councillor",
    "municipal councillor", "mayor", "official", "officials", "aid workers", "health workers",
    "driver", "drivers", "taxi driver", "bystander", "bystanders", "passer-by", "passers-by",
    "passersby",
)  # fmt: skip
PROTESTER_NOUNS = (
    "protesters", "protestors", "demonstrators", "marchers", "protester", "demonstrator",
    "strikers", "picketers", "activists",
)  # fmt: skip
RIOTER_NOUNS = (
    "rioters", "a mob", "mob", "angry mob", "irate mob", "mobs", "angry youths", "irate youths",
    "youths", "angry residents", "irate residents", "angry villagers", "irate villagers", "crowd",
    "an angry crowd", "angry crowd", "vigilantes", "mob justice",
)  # fmt: skip
ETHNIC_HEADS = (
    "militia", "militias", "militiamen", "ethnic militia", "gunmen", "fighters", "armed men",
    "militants", "attackers", "assailants", "raiders", "herdsmen", "herders", "youths",
    "community members", "hunters", "pastoralists", "pastoralist", "herdmen", "cattle breeders",
    "community", "communities", "men", "man", "groups", "group", "tribesmen", "armed tribesmen",
    "clansmen", "village volunteers", "warriors", "bandits", "armed bandits", "cattle raiders",
    "cattle rustlers", "rustlers",
)  # fmt: skip

ETHNIC_NOUNS = (
    "raiders", "cattle raiders", "cattle rustlers", "rustlers", "ethnic militia", "ethnic militias",
    "ethnic militiamen", "tribal militia", "tribal militias",
)  # fmt: skip
COMMUNAL_NOUNS = (
    "communal militia", "communal militias", "self-defense militia", "self-defence militia",
    "self-defense group", "self-defence group", "local militia", "village militia",
    "armed villagers", "armed residents",
)  # fmt: skip

# Clan and tribal fighters: identity militias (inter 4) that ACLED names after the clan or tribe,
# ``Unidentified Clan Militia (X)`` / ``Unidentified Tribal Militia (X)`` when the report gives
# none.
CLAN_NOUNS = (
    "clans", "rival clans", "clan members", "clan fighters", "clan gunmen", "sub-clan militia",
    "sub-clan militias", "sub-clan militiamen", "clan-based militias", "clan militia",
    "clan militias", "clan militiamen", "clansmen", "rival clan militias", "armed clansmen",
    "two clans", "warring clans",
)  # fmt: skip
TRIBAL_NOUNS = (
    "tribesmen", "armed tribesmen", "tribal fighters", "tribal gunmen", "gunmen tribesmen",
    "tribes", "two tribes", "rival tribes", "warring tribes", "tribal groups", "tribal warriors",
    "tribal militiamen",
)  # fmt: skip

# Criminal gangs: ACLED names an unnamed one ``Unidentified Gang (country)`` where it codes gang
# violence (Latin America and the Caribbean), and an ``Unidentified Armed Group`` elsewhere.
GANG_NOUNS = (
    "gang", "gangs", "gang members", "gang member", "rival gang", "rival gangs",
    "rival gang members", "alleged gang members", "suspected gang members", "criminal gang",
    "criminal gangs", "criminal group", "criminal groups", "cartel", "cartels", "rival cartels",
    "drug cartel", "drug cartels", "gangsters", "pandilleros", "mareros",
)  # fmt: skip
GANG_COUNTRIES = frozenset(
    {
        "Mexico", "Guatemala", "Belize", "Honduras", "El Salvador", "Nicaragua", "Costa Rica",
        "Panama", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Brazil", "Paraguay",
        "Uruguay", "Argentina", "Chile", "Guyana", "Suriname", "Haiti", "Dominican Republic",
        "Jamaica", "Trinidad and Tobago", "Puerto Rico", "Cuba", "Bahamas", "Barbados",
        "Saint Lucia", "Saint Vincent and the Grenadines", "Grenada", "Antigua and Barbuda",
        "Dominica", "Saint Kitts and Nevis",
    }
)  # fmt: skip

# Words before a soldier or police officer that take them out of the force: an off-duty or former
# member attacked is a civilian victim in ACLED's coding (``Civilians (X)``, inter 7), not a side.
OFF_DUTY_WORDS = frozenset(
    {"off-duty", "former", "retired", "ex", "ex-", "demobilised", "demobilized"}
)  # fmt: skip

# Armed robbers at sea: ACLED names them ``Pirates (country)``, a political militia (inter 3).
PIRATE_NOUNS = ("pirates", "pirate", "sea pirates", "armed pirates", "suspected pirates")

# Hired guards: ACLED names them ``Private Security Forces (country)`` and codes them as
# external/other forces (inter 8), whether they shoot or are shot at.
PRIVATE_SECURITY_NOUNS = (
    "security guards", "security guard", "private security guards", "private security guard",
    "private security", "private security firm", "private security company",
    "private security personnel", "private security agents", "private guards",
    "private security contractors",
)  # fmt: skip

# Nouns that name a country's forces when followed by "of <country>" ("armed forces of Chad").
OF_COUNTRY_NOUNS: tuple[tuple[str, str], ...] = (
    *((n, "military") for n in (
        "forces", "military forces", "armed forces", "security forces", "army", "troops",
        "soldiers", "military", "defence forces", "defense forces", "defence and security forces",
        "defense and security forces", "security and defence forces", "security and defense forces",
        "navy", "national army",
    )),
    *((n, "air") for n in ("air force", "air forces")),
    *((n, "police") for n in ("police", "police forces", "national police", "police officers")),
    *((n, "gendarmerie") for n in ("gendarmerie", "gendarmes", "national gendarmerie")),
)  # fmt: skip

# How the press spells a franchise family, and how it ties fighters to one by allegiance
# ("al Qaeda-linked militants", "jihadists loyal to the Islamic State", "an IS cell"): the
# registry names the family's local branch (JNIM in Mali, Al Shabaab in Somalia).
FAMILY_NAMES: Mapping[str, tuple[str, ...]] = {
    "al-Qaeda": ("al-Qaeda", "al Qaeda", "al-Qaida", "al Qaida", "al-Qa'ida", "Qaeda"),
    "Islamic State": (
        "Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State group", "IS group",
    ),
}  # fmt: skip
_TIE_ADJECTIVES = (
    "linked", "affiliated", "allied", "aligned", "inspired", "loyal", "backed", "tied",
)  # fmt: skip
_TIE_PHRASES = (
    "linked to", "linked with", "affiliated to", "affiliated with", "allied to", "allied with",
    "aligned with", "loyal to", "tied to", "with ties to", "with links to", "connected to",
    "who pledged allegiance to", "claiming allegiance to", "of", "from",
)  # fmt: skip
_FIGHTER_NOUNS = (
    "militants", "militant", "jihadists", "jihadist", "insurgents", "insurgent", "fighters",
    "fighter", "rebels", "gunmen", "extremists", "Islamists", "Islamist militants",
    "Islamist fighters", "militant group", "militant groups", "group", "groups", "terrorists",
    "assailants", "attackers", "armed men", "armed group", "armed groups", "cell", "cells",
    "members", "combatants",
)  # fmt: skip
_BRANCH_NOUNS = ("affiliate", "affiliates", "branch", "franchise", "offshoot", "wing", "faction")


def family_phrases(family: str) -> tuple[str, ...]:
    """Every phrase that names fighters of ``family`` by allegiance (not the bare name)."""
    out: list[str] = []
    for name in FAMILY_NAMES[family]:
        the = ("", "the ")
        for noun in _FIGHTER_NOUNS:
            out += [f"{name}-{adj} {noun}" for adj in _TIE_ADJECTIVES]
            out += [f"{name} {noun}", f"{name}'s {noun}"]
            if noun[0].islower() and noun not in ("group", "groups", "members", "cell", "cells"):
                out += [f"{noun} {tie} {a}{name}" for tie in _TIE_PHRASES for a in the]
        for noun in _BRANCH_NOUNS:
            out += [f"{a}{name} {noun}" for a in the] + [f"{a}{name}'s {noun}" for a in the]
            out += [f"{a}{name}'s local {noun}" for a in the]
            out += [f"{a}{name}'s regional {noun}" for a in the]
    return tuple(out)


# Countries ACLED names with the article in state-force names
# ("Military Forces of the Philippines").
ARTICLE_COUNTRIES = frozenset(
    {
        "Democratic Republic of Congo", "Philippines", "United States", "Ivory Coast",
        "Central African Republic", "United Kingdom", "United Arab Emirates", "Netherlands",
        "Gambia",
    }
)  # fmt: skip

# A state named as the doer of a strike: "launched by Russia", "strikes by Israel", "Iran fired".
STATE_ACTING = (
    r"\b(?:launched|fired|carried out|conducted|strikes?|attacks?|shelling|bombardment|bombing|"
    r"missiles?|rockets?|drones?) by (?P<by>NAMES)\b(?!['’]s)|"
    r"(?<![\w'-])(?P<subj>NAMES)(?: and (?P<ally>NAMES))? (?:has |have |had )?(?:launched|fired|struck|"
    r"attacked|shelled|bombed|pounded|targeted|invaded|conducted|carried out|deployed|"
    # "Ukraine and Russia swapped 195 prisoners of war": the two states' forces, each a side
    r"swapped|exchanged (?:[\w-]+ ){0,3}(?:prisoners|captives|detainees|POWs|bodies))\b"
)
# Armed men said to come from a people: its militia (a crowd from it is read in :mod:`communal`).
ARMED_FROM = (
    "gunmen",
    "armed men",
    "armed groups",
    "militiamen",
    "militants",
    "attackers",
    "assailants",
    "fighters",
)


# The press's vague nouns for an armed group, and an alias's gap: a named group right after
# them owns them ("militants from the BLA", "militiamen known as Imbonerakure").
VAGUE_PRESS_RE = re.compile(r"(?:militants|insurgents|jihadists|rebels|fighters|extremists|terrorists)", re.I)
KNOWN_AS_RE = re.compile(
    r",?\s+(?:known as|called|dubbed|calling themselves|(?:believed|suspected|thought|said|presumed)\s+to\s+be"
    r"(?:\s+(?:from|members of|fighters of|part of))?|"
    # "armed men identified by survivors as members of the Gran Grif gang"
    # "armed men whom they identified as fighters of the UPC"
    r"(?:(?:whom|who)\s+(?:[\w-]+\s+){1,2})?identified\s+(?:by\s+(?:[\w-]+\s+){1,2})?as(?:\s+(?:members|fighters|militants|gunmen)\s+of)?)\s+(?:the\s+)?",
    re.I,
)


# A state's own press names the foe it is at war with, or the state holding its land, by role
# ("the occupiers used drones ... on the positions of our defenders"): that state's forces
ENEMY_NOUNS = (
    "occupiers", "occupying forces", "occupation forces", "occupation troops", "occupation army",
    "occupying army", "invaders", "invading forces", "invasion forces", "enemy forces", "enemy troops",
)  # fmt: skip


GENERIC_KINDS: Mapping[str, tuple[str, ...]] = {
    "military": (*MILITARY_NOUNS, "our defenders"),
    "enemy": ENEMY_NOUNS,
    "air": AIR_NOUNS,
    "police": POLICE_NOUNS,
    "gendarmerie": GENDARME_NOUNS,
    "unidentified": UNIDENTIFIED_NOUNS,
    "civilians": CIVILIAN_NOUNS,
    "protesters": PROTESTER_NOUNS,
    "rioters": RIOTER_NOUNS,
    "ethnic": ETHNIC_NOUNS,
    "communal": COMMUNAL_NOUNS,
    "clan": CLAN_NOUNS,
    "tribal": TRIBAL_NOUNS,
    "pirates": PIRATE_NOUNS,
    "private security": PRIVATE_SECURITY_NOUNS,
    "gang": GANG_NOUNS,
}
# People a demonym names as a side of their own country's: "Palestinian protesters", and
# "Palestinian militants" (an unidentified armed group of Palestine, wherever they struck).
DEMONYM_GROUPS = (
    *((kind, GENERIC_KINDS[kind][:4]) for kind in ("civilians", "protesters", "rioters")),
    ("civilians", DEMONYM_CIVILIAN_NOUNS),
    ("unidentified", ("militants", "gunmen")),
)


_COUNTRYLESS: Mapping[str, tuple[str, ActorType]] = {
    "military": ("Military Forces", ActorType.STATE_FORCES),
    "air": ("Military Forces", ActorType.STATE_FORCES),
    "enemy": ("Military Forces", ActorType.STATE_FORCES),
    "police": ("Police Forces", ActorType.STATE_FORCES),
    "gendarmerie": ("Police Forces", ActorType.STATE_FORCES),
    "unidentified": ("Unidentified Armed Group", ActorType.POLITICAL_MILITIA),
    "pirates": ("Pirates", ActorType.POLITICAL_MILITIA),
    "private security": ("Private Security Forces", ActorType.EXTERNAL_FORCES),
    "gang": ("Unidentified Armed Group", ActorType.POLITICAL_MILITIA),
    "civilians": ("Civilians", ActorType.CIVILIANS),
    "protesters": ("Protesters", ActorType.PROTESTERS),
    "rioters": ("Rioters", ActorType.RIOTERS),
    "ethnic": ("Unidentified Ethnic Militia", ActorType.IDENTITY_MILITIA),
    "communal": ("Unidentified Communal Militia", ActorType.IDENTITY_MILITIA),
    "clan": ("Unidentified Clan Militia", ActorType.IDENTITY_MILITIA),
    "tribal": ("Unidentified Tribal Militia", ActorType.IDENTITY_MILITIA),
}


def countryless(kind: str) -> Actor:
    """The generic side of ``kind`` unnamed by place (``Military Forces``, ``Civilians``): used when
    no country is read, so the side and its inter code survive though the suffix cannot."""
    name, type_ = _COUNTRYLESS[kind]
    return Actor(name=name, type=type_, country=None)
