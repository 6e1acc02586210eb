"""The words that decide sides: an administration acting, victims' identities, the armed and
the unarmed among the harmed, rivals and factions fighting themselves. Tables of :mod:`vigil.extract.roles`, kept apart as geowords is
for the geocoder.
"""

from __future__ import annotations

import re

# The state acting as an administration (ACLED's ``Government of X``), not as an armed force.
ADMINISTRATION_RE = re.compile(
    r"\b(?:the government|government of|[A-Z]\w+['’]s government|governors?|high commissioner|prefects?|council of ministers|"
    r"(?:prime )?minister|curfews?|state of emergency|state of siege|decree[ds]?|"
    # a governor's office and the measures only an administration takes
    r"governorships?|lockdowns?|quarantines?|(?:face )?masks|social distancing)\b",
    re.IGNORECASE,
)

# Victims' identities ACLED records in assoc_actor_2 (label, pattern).
IDENTITIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Women", re.compile(r"\b(?:women|woman|girls?|wife|mother|female)\b", re.I)),
    # not the press told of it ("the police spokesman told reporters")
    (
        "Journalists",
        re.compile(
            r"\b(?<!told )(?<!told the )(?<!briefed )(?<!addressed )(?:journalists?|reporters?)\b", re.I
        ),
    ),
    ("Health Workers", re.compile(r"\b(?:nurses?|doctors?|health workers?|medics?)\b", re.I)),
    ("Teachers", re.compile(r"\bteachers?\b", re.I)),
    ("Students", re.compile(r"\b(?:students?|pupils?)\b", re.I)),
    ("Farmers", re.compile(r"\bfarmers?\b", re.I)),
    ("Pastoralists", re.compile(r"\b(?:herders?|herdsmen|pastoralists?|shepherds?)\b", re.I)),
    ("Aid Workers", re.compile(r"\baid workers?\b|\bhumanitarian workers?\b", re.I)),
    ("Refugees/IDPs", re.compile(r"\b(?:refugees?|IDPs?|displaced (?:people|persons))\b", re.I)),
    ("Prisoners", re.compile(r"\b(?:prisoners?|inmates?|detainees?)\b", re.I)),
)
PROTEST_IDENTITIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Students", re.compile(r"\bstudents?\b|\bpupils\b", re.I)),
    ("Labour Group", re.compile(r"\b(?:workers|employees|union|unions|staff|labou?rers)\b", re.I)),
    ("Teachers", re.compile(r"\bteachers\b", re.I)),
    ("Women", re.compile(r"\bwomen\b", re.I)),
    ("Journalists", re.compile(r"\bjournalists\b", re.I)),
    ("Farmers", re.compile(r"\bfarmers\b", re.I)),
    ("Health Workers", re.compile(r"\b(?:nurses|doctors|health workers)\b", re.I)),
    ("Lawyers", re.compile(r"\blawyers\b", re.I)),
)

# Faith communities, as ACLED names them beside rioters and civilians ("Muslim Group (India)").
RELIGIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Hindu Group", re.compile(r"\bHindus?\b")),
    ("Muslim Group", re.compile(r"\bMuslims?\b")),
    ("Christian Group", re.compile(r"\bChristians?\b")),
    ("Buddhist Group", re.compile(r"\bBuddhists?\b")),
    ("Sikh Group", re.compile(r"\bSikhs?\b")),
)
# A faith word that qualifies the crowd itself ("Hindu mobs", "Muslim youths"), not its victims.
FAITH_CROWD_RE = re.compile(
    r"\b(?:Hindu|Muslim|Christian|Buddhist|Sikh)s?\s+(?:(?:nationalist|hardline|radical)\s+)?"
    r"(?:mobs?|crowds?|rioters|youths?|young men|men|groups?|activists|villagers|residents|protesters|sects?)\b"
)


RIVALS_RE = re.compile(
    r"\b(?:rivals?|each other|one another|among themselves|inter-?(?:gang|clan|communal|ethnic|tribal|factional)"
    r"|two\s+(?:[\w-]+\s+){0,2}(?:militias|gangs|groups|clans|sub-clans|tribes|factions|communities))\b",
    re.IGNORECASE,
)
# "armed groups clashed in Tripoli", "militias fought overnight": unnamed armed men of one kind, the
# subject of the fight with no other side named ("with", "against"), fought their own kind
KIND_CLASHED_RE = re.compile(
    r"\b(?:armed\s+(?:groups|men|factions)|militias|militiamen|gunmen|factions|armed\s+gangs|gangs)\s+"
    r"(?:\w+\s+)?(?:clashed|fought|battled|exchanged\s+(?:gun)?fire|traded\s+(?:gun)?fire)\b"
    r"(?!\s+(?:with|against|on|at)\b)",
    re.IGNORECASE,
)
# "supporters clashed with police": the force named as whom the crowd fought
CLASHED_WITH_RE = re.compile(
    r"\b(?:clash\w*|fought|fighting|scuffl\w*|skirmish\w*|battl\w*)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "rival factions of the Sinaloa Cartel clashed": a named group fighting itself
FACTIONS_RE = re.compile(
    r"\b(?:(?:rival|warring|feuding|two)\s+(?:factions|wings|cells|branches)\s+(?:of|within)\b|infighting\b)",
    re.IGNORECASE,
)

SELF_CLASH_RE = re.compile(
    r"\b(?:clash\w*|fought|fight\w*|skirmish\w*)\s+(?:with|among)\s+(?:each other|one another|themselves)\b",
    re.IGNORECASE,
)


# People a text names as unarmed victims (CODEBOOK: violence against civilians needs them).
UNARMED_WORDS = (
    r"(?:civilians?|villagers?|residents?|farmers?|herders?|herdsm[ae]n|pastoralists?|women|woman|"
    r"girls?|boys?|youths?|children|child|teachers?|students?|chiefs?|traders?|passengers|worshippers|travell?ers|commuters|pilgrims|shoppers|customers|bystanders|motorists|refugees|migrants|man|men|"
    r"people|persons?|individuals?|family|families|inhabitants|displaced|miners?|journalists?|priests?|"
    r"imams?|officials?|mayor|councill?ors?|civil servants?|"
    # office holders and staff, whom ACLED counts as civilians ("a district commissioner", "two staff")
    r"(?<!police )commissioners?|administrators?|governors?|lawmakers?|legislators?|senators?|politicians?|"
    r"candidates?|judges?|magistrates?|prosecutors?|staff(?:ers)?|employees|(?:aid|health|humanitarian) workers?|"
    # "executed members of the Fulani community": across ACLED notes, Attack 37 times of 41
    r"members of the (?:[\w-]+ ){1,2}community)"
)

# Armed people and the posts they hold, as news and notes name them.
ARMED_WORDS = (
    r"(?:soldiers?|troops|servicem[ae]n|gendarm\w*|police(?:m[ae]n|wom[ae]n)?|police (?:officers?|"
    r"agents?|station|post|patrol|unit|personnel)|officers|(?:forest|border|security|prison) guards?|"
    r"(?:park |forest )?rangers?|ranger (?:station|post)|eco-?guards?|security (?:forces|personnel|agents?)|"
    r"vdp|volunteer fighters?|koglweogos?|dozos?|militiam[ae]n|militia(?: members)?|militants?|rebels?|"
    r"insurgents?|jihadists?|fighters?|combatants?|separatists?|gang members?|drug traffickers?|"
    r"(?:military|army) (?:base|post|camp|position|convoy|patrol|unit|vehicle)s?|checkpoints?|barracks|"
    r"garrison|outposts?|patrols?|patrol part(?:y|ies)|"
    # ACLED's word for an armed faction's men ("killing several pro-Houthi elements"), and the
    # trade's gunmen: victims go with Armed clash across ACLED notes (elements 10 of 10, drug
    # dealers 8 of 13)
    r"elements|drug dealers?)"
)
