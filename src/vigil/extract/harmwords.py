"""The words casualty statements are told in: the verbs of killing, injuring, abducting and
arresting, the nouns that say who was counted, and the words that end a victim's noun phrase.

Kept apart from the reading rules in :mod:`vigil.extract.casualties` so that the lists can grow
(plain English, the same in wire copy and ACLED notes) without burying the logic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.extract.numbers import words
from vigil.taxonomy import Counted

# "neutralised": how armies and ACLED's sources say they killed fighters
KILL_PASSIVE = words(
    "killed dead died executed murdered slain beheaded massacred lynched assassinated perished "
    "deaths fatalities bodies corpses drowned neutralized neutralised martyred"
)
KILL_ACTIVE = words(
    "killed killing kills kill executed executing murdered murdering massacred massacring "
    "beheaded beheading lynched lynching lynch lynches assassinated assassinating slew slaying kill "
    "neutralized neutralised neutralizing neutralising neutralise neutralize"
)
INJURE = words("injured injuring injures injure wounded wounding wounds hurt injuries")
ABDUCT = words("abducted abducting abducts kidnapped kidnapping kidnaps hostage hostages")
ARREST = words("arrested arresting arrests detained detaining apprehended")
TO_DEATH = words("shot shooting beaten stabbed hacked burnt burned stoned tortured crushed trampled")
# Active verbs that kill with "to death" ("beat a thief to death", "hacked to death two men"):
# across ACLED notes with "to death", the victims these name are the note's dead.
ACTIVE_TO_DEATH = TO_DEATH | words(
    "beat beats beating stoning hacking stabbing burning torturing shooting clubbed clubbing battered kicked "
    "strangled"
)
# Where a victim's noun phrase starts after a second verb ("beat to death and set on fire a man").
VICTIM_HEADS = words("a an the two three four five six seven eight nine ten several")
# Words before an active "to death" verb that make it no killing in this event: "threatened to beat
# him to death", "would beat", "was beating" (the passive is read elsewhere).
NOT_ACTIVE = words("to would could will might may should was were been be being is are got")
# "beat two men nearly to death": a near miss, no death.
NEAR_DEATH = words("nearly almost half close")


def pairs(toks: Sequence[str]) -> list[list[str]]:
    """The runs of two words in ``toks``, in order."""
    return [list(toks[k : k + 2]) for k in range(len(toks) - 1)]


AUX = words(
    "were was are is be been being have has had got reportedly allegedly also all later subsequently "
    "then both eventually confirmed feared believed thought said to reported initially previously "
    "instantly immediately on the spot"
)
# Words that end a noun phrase when reading rightwards from a number.
CLAUSE_BREAK = words(
    "who which that when while after before as but because during following since whom whose where"
)
SUBSET_MARKERS = frozenset({"including", "among", "incl", "comprising", "notably"})
COUNTED_WORDS: dict[Counted, frozenset[str]] = {
    Counted.SOLDIERS: words(
        "soldier soldiers troops trooper troopers servicemen serviceman officer officers policeman "
        "policemen police gendarme gendarmes personnel guard guards marines paratroopers mercenary "
        "mercenaries army military vdp constable constables sergeant lieutenant captain jawan jawans "
        "havildar havildars sepoy sepoys jco commando commandos corporal major colonel peacekeeper "
        "peacekeepers ranger rangers airman airmen"
    ),
    Counted.FIGHTERS: words(
        "fighter fighters militant militants rebel rebels insurgent insurgents jihadist jihadists "
        "terrorist terrorists assailant assailants attacker attackers gunman gunmen militiaman "
        "militiamen militia combatant combatants bandit bandits extremist extremists kidnappers "
        "members member raiders suspects"
    ),
    Counted.CIVILIANS: words(
        "civilian civilians villager villagers resident residents woman women child children boy boys "
        "girl girls farmer farmers herder herders student students worshipper worshippers worshipers "
        "passenger passengers trader traders miner miners teacher teachers pupil pupils inhabitants "
        "refugees shepherd shepherds journalist journalists protester protesters demonstrators "
        "infant infants baby babies wife husband son sons daughter daughters brother brothers sister "
        "sisters elderly pedestrian pedestrians motorist motorists driver drivers worker workers "
        "family relatives displaced chief imam pastor priest merchant merchants"
    ),
}
NEGATORS = words("no nobody none not never neither without")

# -------------------------------------------------------------------- who acts at a protest or riot
# Regular-expression alternations (no groups), shared by :mod:`vigil.extract.protests` and
# :mod:`vigil.extract.sides` so that both read the same people as the state's men and the crowd.

# The authorities' men, as notes and wire copy name them, singular and plural.
FORCES = (
    r"(?:(?:riot |anti-riot )?police(?:m[ae]n)?|gendarmes?|gendarmerie|security (?:forces|agents|personnel)|"
    r"soldiers?|troop(?:er)?s|army|military|authorities|(?:police |prison |security |[\w-]+ )?officers?|"
    r"(?:prison |security |body)?guards?|law enforcement(?: officers)?)"
)
# A crowd as such: the people a mob or a demonstration is made of.
CROWD = r"(?:mobs?|crowds?|rioters?|protesters?|demonstrators?|youths?|residents|villagers)"
# The means of dispersing a crowd, named: "tear gas", "water cannon", "warning shots".
DISPERSAL_MEANS = r"(?:tear ?-?gas|teargas|water ?cannons?|rubber bullets|pepper spray|warning shots)"

# Animals killed are no fatalities (ACLED counts people): "oxen were also killed", "three cows".
ANIMALS = words(
    "ox oxen cow cows cattle bull bulls calf calves goat goats sheep horse horses donkey donkeys mule "
    "mules camel camels livestock animal animals pig pigs chicken chickens poultry dog dogs herd herds"
)

# A demonstration told ("residents demonstrated", "a sit-in", "strikers marched"); not the month.
DEMONSTRATION_RE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|strikes?|striking|strikers|(?<!\d )march(?:ed|es|ing|ers)?(?! \d)|"
    r"sit-ins?|rall(?:y|ies|ied))\b",
    re.IGNORECASE,
)

# What an "and a ..." after a casualty figure names when it is not one more victim.
THINGS = words(
    "vehicle car truck pickup motorcycle motorbike bus house home building shop store school church "
    "mosque weapon gun rifle ammunition camel cow cattle goat sheep horse donkey mule animal number "
    "group organisation organization agency monitor pistol revolver shotgun grenade launcher machete knife "
    "bomb device phone radio bag"
)


# Security forces taking the regime's critics: the codebook's Arrests (of journalists, activists,
# opposition figures), not a crime story's
VOICES_ARRESTED = re.compile(
    r"\b(?:police|policemen|officers|security (?:forces|services|agents)|authorities|intelligence agents|soldiers|"
    r"gendarmes|gendarmerie|military|army|junta|Taliban|Houthis?)\b"
    r"[^.;]{0,60}?\b(?:detained|arrested|rounded up|picked up|abducted)\b[^.;]{0,80}?\b(?:journalists?|reporters?|"
    r"editors?|editor-in-chief|activists?|bloggers?|dissidents?|critics?|rights defenders?|opposition (?:figures?|"
    r"leaders?|members?|politicians?|lawmakers?|activists?|supporters?)|(?:human )?rights (?:groups?|"
    r"organi[sz]ations?|lawyers?|campaigners?|monitors?)|trade unionists?|union leaders?)\b",
    re.I,
)
# A political figure taken, or people held as spies or members of an armed group: "former
# president X was arrested", "arrested 12 people on suspicion of spying for Israel"
FIGURE_ARRESTED = re.compile(
    r"\b(?:(?:former |ex-)?(?:president|prime minister|premier|vice[- ]president|minister|opposition leader|"
    r"party leader|lawmaker|senator|governor|mayor)\b[^.;]{0,60}?\b(?:was|were|has been|had been) (?:arrested|detained)|"
    # "police detained Mirza Fakhrul Islam Alamgir, secretary general of the main opposition party"
    r"\b(?:arrested|detained)\s+(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,4}),\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:leader|secretary[- ]general|chairman|chairwoman|spokes(?:man|woman|person)|founder|editor|mayor|governor|"
    r"lawmaker|senator|minister)\b|"
    # "intelligence agents took opposition lawmaker Juan Requesens from his home"
    r"\b(?:agents|police(?:men)?|officers|soldiers|troops|authorities)\b[^.;]{0,40}?\b(?:took|seized|picked up|detained|"
    r"arrested)\s+(?:an? |the )?(?:opposition |independent )?(?:lawmaker|politician|deputy|senator|journalist|activist|"
    r"candidate|mayor|party leader|blogger|editor)\b|"
    # "police arrested the secretary-general of the main opposition party"
    r"\b(?:arrested|detained)\s+the\s+(?:secretary[- ]general|leader|chairman|chairwoman|head|founder|spokes(?:man|woman))"
    r"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:opposition|party|movement)\b|"
    # "stormed the headquarters of the main opposition party and arrested its leader"
    r"\b(?:opposition|party)\b[^.;]{0,80}?\b(?:arrested|detained) (?:its|their) (?:[\w-]+ )?(?:leader|chairman|"
    r"head|founder|secretary[- ]general|spokes(?:man|woman|person))\b|"
    r"(?:arrested|detained|rounded up)\b[^.;]{0,80}?\b(?:on suspicion of|suspected of|accused of|charged with)\b"
    r"[^.;]{0,30}?\b(?:spying|espionage|collaborat\w*|treason|sedition|recruiting for|passing information|sabotage|"
    r"terroris\w+|plotting (?:an? )?(?:attacks?|bombings?)|setting fire to (?:an? |the )?(?:railway|military|"
    r"police|government|army|recruitment)))\b",
    re.I,
)
CROWD_BROKEN_UP = re.compile(
    r"\b(?:protests?|march\w*|sit-ins?|demonstrat\w+|rall(?:y|ies)|tear ?gas)\b", re.I
)


# force that shot or hurt someone, told in any voice: no mere intervention
GRAVE_FORCE = re.compile(
    r"\b(?:live (?:ammunition|rounds|bullets|fire)|shot|shooting|gunfire|fired (?:on|at|into)|opened fire|bullets?|"
    r"injur\w*|wound\w*|hospitali[sz]ed|tortur\w*|run over|ran over|stabb\w*|dead|died|killed)\b",
    re.IGNORECASE,
)
