"""Codebook override rules of the event classifier: certainties and precedences over the model.

Each was kept only where it helped on held-out countries and held-out wire examples (see
bench/classify.py --rules and --report). They are regexes over the raw text, compiled on
request (never at import); :class:`vigil.extract.classify.EventClassifier` applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigil.taxonomy import SubEventType

# looted public funds (a protest slogan) are no looting
LOOT = r"loot(?!ed (?:public |state )?(?:funds|money|assets|wealth|billions|millions))"
# the codebook's rioting: road blocks built of barricades or burning tyres, or roads blocked with
# stones and debris (a sit-down crowd on a road is not); >90% Violent demonstration across ACLED
BARRICADES = (
    r"(?:erected|set up|mounted|put up|built) (?:\w+ )?barricades|barricad(?:ed|ing) (?:the )?(?:\w+ )?"
    r"(?:roads?|streets?|routes?|highway|junction|entrance|bridge)|(?:lit|light|lighting|burn(?:ed|t|ing)|"
    r"set fire to) (?:\w+ )?(?:tyres|tires)|block\w* (?:[\w-]+ ){0,6}(?:with|using) (?:\w+ ){0,3}(?:stones|rocks|"
    r"tree trunks|logs|tyres|tires|debris|burning)|"
    # objects burned on the road, barricades set on fire (ACLED: >85% Violent demonstration)
    r"burn(?:ed|t|ing)? (?:\w+ )?(?:objects|materials?|debris|rubbish|garbage|trash|wood|branches|mattresses)|"
    r"(?:barricades?|tyres|tires) (?:on fire|ablaze|alight)|set (?:\w+ )?barricades? (?:on fire|ablaze|alight)|"
    # the passive: "the town hall was burned down by demonstrators"
    r"(?:was|were) (?:burned|burnt|torched|set (?:on fire|ablaze|alight)|vandali[sz]ed|ransacked|looted) "
    r"(?:down )?by (?:the )?(?:\w+ ){0,2}(?:demonstrators|protesters|protestors|rioters|students|youths|crowd)"
)

# armed men killed, as armies and their sources tell it ("neutralised 15 terrorists")
_FIGHTERS = (
    r"(?:terrorists?|militants?|insurgents?|jihadists?|fighters?|rebels?|bandits?|assailants?|attackers?|"
    r"gunmen|combatants?)"
)
_FIGHTERS_KILLED = (
    r"(?:\b(?:neutrali[sz]ed|killed|eliminated|shot dead) (?:(?!by\b)[\w-]+ ){0,4}"
    + _FIGHTERS
    + r"\b|\b"
    + _FIGHTERS
    + r" (?:were|was|had been|have been) (?:neutrali[sz]ed|killed|eliminated)\b)"
)
_AIR = (
    r"\b(?:air ?strikes?|airstrikes?|air (?:operations?|raids?|force|forces|component|strikes?)|drone strikes?|"
    r"warplanes?|aircraft|helicopter gunships?|aerial (?:strikes?|bombardments?|operations?))\b"
)
_STRATEGIC = (
    SubEventType.DISRUPTED_WEAPONS_USE,
    SubEventType.CHANGE_TO_GROUP,
    SubEventType.OTHER,
    SubEventType.HEADQUARTERS_ESTABLISHED,
)


@dataclass(frozen=True, slots=True)
class Rule:
    """Recode to ``target`` when ``pattern`` matches (and ``unless`` does not).

    With ``only_from`` the rule is a codebook *precedence* rather than a certainty: it fires
    only when the model's first choice is one of those sub-types, and leaves relevance alone.
    """

    name: str
    target: SubEventType
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    only_from: tuple[SubEventType, ...] = ()
    # A lifting rule (``when_none``) only turns a text the model calls a non-event into an event:
    # plain wording the model misses ("residents took to the streets against ..."). It needs both
    # the act and who or why, since a lone phrase ("took to the streets") is as often a crowd at a
    # celebration; planned or hypothetical acts and official works are excluded.
    when_none: bool = False
    # A dismissing rule makes a matched text a non-event (drills, parades): ``target`` is unused.
    dismiss: bool = False

    def fires(self, text: str) -> bool:
        """Whether the wording matches: ``pattern`` found and ``unless`` not (the model's reading
        decides the rest)."""
        return bool(self.pattern.search(text)) and not (self.unless and self.unless.search(text))


def rule_named(name: str) -> Rule:
    """One rule of :func:`build_rules` by its name."""
    (rule,) = [r for r in build_rules() if r.name == name]
    return rule


def build_rules() -> tuple[Rule, ...]:
    """The override rules, compiled on request (the wire-wording ones first)."""
    from vigil.extract.event_rules_wire import head_rules  # it imports Rule from here

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    killed = rx(
        r"\b(?:kill(?:ed|ing)|execut(?:ed|ing)|shot dead|murder(?:ed)?|beheaded|slaughtered|found dead|"
        r"bod(?:y|ies) (?:of|was|were)|assassinat|hacked to death|beaten to death|gunned down|lifeless)"
    )
    not_people = rx(
        r"\bkill(?:ed|ing) (?:[\w'-]+ ){0,3}(?:livestock|cattle|cows?|sheep|goats?|animals?|oxen|camels?)|"
        r"no (?:one|casualties|fatalities)|(?:were|was) not killed|threatened to kill"
    )
    hurt = rx(
        r"\b(?:wound(?:ed|ing)|injur(?:ed|ing)|tortur(?:ed|ing)|stabb(?:ed|ing)|(?:seriously|badly) hurt|"
        r"(?:severely|badly) beaten|beat(?:en)? (?:\w+ )?(?:severely|badly)|hacked|maimed|mutilated)\b"
    )
    beaten = rx(
        r"\b(?:assault(?:ed|ing)?|beat(?:en|ing)?|whipp(?:ed|ing)|flogg(?:ed|ing)|"
        r"brutali[sz]ed)\b"
    )
    unhurt = rx(
        r"no (?:one|body) was (?:hurt|injured|harmed)|no (?:\w+ )?(?:(?:and/)?or |and )?injur|"
        r"without (?:injur|harm)|(?:were|was) not (?:hurt|injured)|"
        r"(?:livestock|cattle|cows?|animals?|goats?|sheep|camels?) (?:\w+ ){0,2}(?:wounded|injured|beaten)"
    )
    goods = rx(
        r"\b(?:seized|stole|took|carried off|made off with|removed) (?:\w+ ){0,3}(?:vehicles?|trucks?|vans?|"
        r"cars?|carts?|motorbikes?|motorcycles?|livestock|cattle|goods|phones?|money|cash|food|animals|"
        r"heads? of|goats|sheep|camels|oxen|cows|belongings|property|aid)\b"
    )
    ground = rx(
        r"overr[au]n|took (?:over|control)|seized control|taken control|raised (?:its|their) flag|"
        r"(?:captured|seized|occupied|took) (?:the |a )?(?:\w+ )?(?:town|village|city|district|base|camp|"
        r"post|positions?|area|territory|locality|commune|hill|airport|port)"
    )
    rioting = rx(
        r"threw (?:stones|rocks|bottles|petrol bombs|molotov)|stone[- ]pelting|pelted|torched|vandali[sz]|"
        # "set part of it on fire": 17 of 19 such ACLED protest notes are Violent demonstrations
        r"set (?:fire to|(?:[\w-]+ ){0,3}(?:ablaze|alight|on fire))|ransacked|smashed|burn(?:ed|t) (?:down )?(?:the |a |an |several |"
        r"two |three )?(?:\w+ )?(?:offices?|buildings?|vehicles?|cars?|stations?|houses?|shops?|tyres|tires)|"
        + BARRICADES
    )
    about_rioting = rx(
        r"(?:against|over|condemn\w*|denounc\w*|protest\w*) (?:the )?(?:\w+ ){0,2}(?:burning|torching|"
        r"vandali[sz]\w*|ransacking|arson|smashing)"
    )
    demonstrators = rx(r"\b(?:protest\w*|demonstrat\w+|demanding|to demand|strik(?:e|es|ing|ers))\b")
    mob_justice = rx(
        r"lynch|(?:suspected|alleged|accused) (?:\w+ )?(?:thie(?:f|ves)|robbers?|criminals?|witch|kidnappers?|"
        r"rapists?|murderers?|bandits?|burglars?|rustlers?)|accused (?:\w+ )?of|caught (?:\w+ )?(?:stealing|"
        r"red-handed|in the act)|(?:jungle|mob|instant|popular|street) justice|took the law|burn\w* "
        r"(?:him|her|them) alive|burned alive|to death|"
        # two crowds fighting each other (the codebook's communal mob), not a crowd against the state
        r"\bclash\w* (?:\w+ ){0,3}between|\bbetween (?:\w+ ){0,3}(?:supporters|groups|factions)|each other|"
        r"another group|\bmobs?\b"
    )
    property_harm = rx(
        r"\b(?:" + LOOT + r"\w*|ransack\w*|pillag\w*|plunder\w*|burn(?:ed|t|ing)|set (?:fire|ablaze|alight)|"
        r"torch\w*|destroy\w*|vandali\w*|stole|steal\w*|robb\w*|seiz\w+ (?:\w+ ){0,3}(?:motorbikes?|"
        r"motorcycles?|vehicles?|goods|livestock|cattle|phones?|money|food|supplies|valuables))\b"
    )
    people_harm = rx(
        r"\b(?:kill\w*|dead|death|died|wound\w*|injur\w*|hurt|beat\w*|assault\w*|abduct\w*|kidnap\w*|shot|"
        r"execut\w*|murder\w*|tortur\w*|rap(?:e|ed)|whipp\w*|flogg\w*|hostages?|casualt\w*|fatalit\w*|"
        r"victims?|stabb\w*|hack\w*|lynch\w*|bod(?:y|ies)|behead\w*|maim\w*|mutilat\w*|sexual\w*|"
        r"assassinat\w*|opened fire|fir(?:ed|ing) (?:at|on|upon|against)|chas(?:ed|ing)|locked up|stripped|"
        r"unharmed|escaped|threat\w*|gendarm\w*|police|soldiers?|guards?|rangers?|vdp|volunteer fighters?)\b"
    )
    weapons = rx(
        r"\b(?:weapons?|arms|ammunition|explosives?|rifles?|guns?|caches?|ieds?|mines|bombs?|grenades?|"
        r"dismantl\w*|defus\w*)\b"
    )
    protest = rx(
        r"\b(?:protest(?:ed|ing|ers)?|demonstrat(?:ed|ion|ions|ors)|rall(?:y|ied|ies)|marched|sit-in|"
        r"demanding (?:the|his|her|their) (?:release|freedom))\b"
    )
    return (
        *head_rules(),
        # a body found bound, mutilated, burned or shot is a killing, not a death: an Attack on
        # a civilian (ACLED codes them so); a post-mortem, a debt or a partner is police news
        Rule(
            "bound_body",
            SubEventType.ATTACK,
            rx(
                r"(?:\bbod(?:y|ies)\b|\bcorpses?\b|found dead|found (?:\w+ )?(?:murdered|lifeless))[^;]{0,200}?"
                r"\b(?:tied|bound|handcuffed|blindfolded|gagged|mutilated|dismembered|decapitated|beheaded|"
                r"burn(?:ed|t)|charred|signs? of (?:torture|violence|strangulation)|tortured|gunshot|"
                r"bullet (?:wounds?|holes?)|shot (?:in|behind|through) the|stab wounds|wrapped in|"
                r"inside (?:a )?(?:plastic )?bag|severed)"
            ),
            rx(
                r"post-?mortem|autopsy|detectives?|boyfriend|girlfriend|husband|wife|debt|serial killer|"
                r"suicide|drown|accident|natural causes|no signs? of|mass grave|exhum|fire broke out|blaze|"
                r"firefighters|investigat|\bmobs?\b|lynch"
            ),
        ),
        # the codebook: an abduction or a looting in which people are killed is an Attack
        Rule(
            "killed_precedes",
            SubEventType.ATTACK,
            killed,
            not_people,
            (SubEventType.ABDUCTION, SubEventType.LOOTING),
        ),
        # the codebook's Attack is killing, wounding *or beating* civilians: an abduction in which
        # people are badly hurt, and a looting in which they are hurt or beaten, is an Attack
        Rule(
            "hurt_precedes",
            SubEventType.ATTACK,
            hurt,
            unhurt,
            (SubEventType.ABDUCTION, SubEventType.LOOTING),
        ),
        Rule("beaten_precedes_looting", SubEventType.ATTACK, beaten, unhurt, (SubEventType.LOOTING,)),
        # seizing vehicles, cattle or goods takes no ground: a looting, not a territory change
        Rule(
            "goods_not_ground",
            SubEventType.LOOTING,
            goods,
            ground,
            (SubEventType.NON_STATE_OVERTAKES_TERRITORY, SubEventType.GOVERNMENT_REGAINS_TERRITORY),
        ),
        # demonstrators who stone, burn or smash are a Violent demonstration, whatever the police did
        Rule(
            "rioting_not_peaceful",
            SubEventType.VIOLENT_DEMONSTRATION,
            rioting,
            about_rioting,
            (
                SubEventType.PEACEFUL_PROTEST,
                SubEventType.PROTEST_WITH_INTERVENTION,
                SubEventType.EXCESSIVE_FORCE,
            ),
        ),
        # a crowd that riots over a demand is a Violent demonstration; a Mob punishes a suspect
        Rule(
            "demonstrators_not_mob",
            SubEventType.VIOLENT_DEMONSTRATION,
            demonstrators,
            mob_justice,
            (SubEventType.MOB_VIOLENCE,),
        ),
        # an Attack harms people: burning, looting or taking goods with no one harmed is a Looting
        Rule(
            "property_not_attack",
            SubEventType.LOOTING,
            property_harm,
            people_harm,
            (SubEventType.ATTACK,),
        ),
        # taking vehicles, phones or food is a Looting, not the disruption of a weapon
        Rule(
            "goods_not_weapons",
            SubEventType.LOOTING,
            goods,
            weapons,
            (SubEventType.DISRUPTED_WEAPONS_USE,),
        ),
        # strategic developments are non-violent: an offensive or a clash told as a change of
        # activity or as "Other" is a battle (a transfer "without fighting" stays one)
        Rule(
            "fighting_not_strategic",
            SubEventType.ARMED_CLASH,
            rx(
                r"\b(?:clash(?:ed|es)|fighting|offensive (?:against|on)|fought|gun ?battles?|shoot-?outs?|"
                r"exchange[sd]? (?:of )?(?:gun)?fire|engaged (?:in )?(?:\w+ )?(?:combat|fighting))\b"
            ),
            rx(
                r"\b(?:no|without|avoid\w*|end(?:ed)?|prevent\w*|after|following|amid|halt\w*|stop\w*|"
                r"ceasefire|truce) (?:\w+ ){0,3}(?:clash|fighting|battle|hostilities)|agreement|negotiat"
            ),
            (
                SubEventType.CHANGE_TO_GROUP,
                SubEventType.OTHER,
                SubEventType.HEADQUARTERS_ESTABLISHED,
            ),
        ),
        # a protest *about* an arrest is a protest; an arrest *of* protesters is an intervention
        Rule(
            "protest_not_arrest",
            SubEventType.PEACEFUL_PROTEST,
            protest,
            rx(
                r"(?:arrest|detain)\w* (?:\w+ ){0,3}(?:protesters|demonstrators|marchers|participants)|"
                r"(?:protesters|demonstrators|marchers|participants) (?:\w+ ){0,3}(?:arrested|detained)"
            ),
            (SubEventType.ARRESTS,),
        ),
        # mutinying soldiers or police are a Violent demonstration (ACLED codes mutinies as riots),
        # not a clash, a looting or a change of activity; former mutineers protesting are not
        Rule(
            "mutiny",
            SubEventType.VIOLENT_DEMONSTRATION,
            rx(
                r"\bmutin(?:y|ies|ied|ying|ous|eers?)\b|(?:soldiers|troops|police\w*|gendarmes) (?:\w+ ){0,3}"
                r"(?:protest\w*|demonstrat\w*) (?:\w+ ){0,3}fir(?:ed|ing) (?:\w+ ){0,3}(?:in|into) the air"
            ),
            rx(
                r"\bformer|(?:after|since|following|over) (?:the |a |recent )?(?:\w+ )?mutin|"
                r"arrested (?:[\w'’]+ ){0,4}(?:for|over) (?:[\w'’]+ ){0,3}mutin|mutineers? (?:were |have been )?arrested|"
                r"\bsit-in|\bmarch(?:ed|es|ing)\b"
            ),
            (
                SubEventType.PEACEFUL_PROTEST,
                SubEventType.PROTEST_WITH_INTERVENTION,
                SubEventType.ARMED_CLASH,
                SubEventType.ATTACK,
                SubEventType.LOOTING,
                SubEventType.CHANGE_TO_GROUP,
                SubEventType.OTHER,
            ),
        ),
        # an attack repelled was met with force: a battle (ACLED: 117 of 120 such notes)
        Rule(
            "repelled_attack",
            SubEventType.ARMED_CLASH,
            rx(
                r"\b(?:thwarted|repelled|repulsed|foiled|fended off|pushed back|beat back) (?:an? |the )?"
                r"(?:\w+ ){0,3}(?:attack|assault|incursion|offensive|advance|infiltration)"
            ),
            None,
            (
                SubEventType.ATTACK,
                SubEventType.MOB_VIOLENCE,
                SubEventType.OTHER,
                SubEventType.CHANGE_TO_GROUP,
            ),
        ),
        # drugs or contraband seized, a drug lab dismantled: no weapon, so a Looting/property
        # destruction (ACLED codes such seizures so), not a Disrupted weapons use
        Rule(
            "contraband_not_weapons",
            SubEventType.LOOTING,
            rx(
                r"\b(?:seiz\w*|confiscat\w*|dismantl\w*|destroy\w*|burn\w*|found)\b[^.]{0,60}\b(?:marijuana|"
                r"cocaine|drugs?|narcotics?|cannabis|heroin|methamphetamine|labs?\b|laborator\w*|cigarettes|"
                r"contraband|smuggled|airstrip)"
            ),
            rx(
                r"\b(?:weapons?|arms|ammunition|explosives?|rifles?|guns?|pistols?|ieds?|mines|bombs?|"
                r"grenades?)\b"
            ),
            (SubEventType.DISRUPTED_WEAPONS_USE,),
        ),
        # the codebook's Excessive force is lethal or grievous force on peaceful protesters: a
        # dispersal in which the security forces kill, shoot or injure protesters is no plain intervention
        Rule(
            "grievous_force",
            SubEventType.EXCESSIVE_FORCE,
            rx(
                r"\b(?:police\w*|officers?|soldiers|troops|forces|gendarmes?|guards?)\b[^.;]{0,80}?\b(?:shot dead|"
                r"shot and (?:killed|injured|wounded)|killing|(?:seriously |severely )?injuring|wounding|"
                r"opened fire (?:at|on|against|into)|shot at|shoot at|live (?:ammunition|bullets|rounds)|"
                r"beat (?:\w+ ){0,3}(?:protesters|demonstrators|students|marchers) with)|"
                r"(?:protesters?|demonstrators?|students|marchers|people)\b[^.;]{0,40}?\b(?:were|was) "
                r"(?:shot|injured|wounded|killed)(?: and (?:injured|wounded|killed))? by (?:the )?(?:\w+ ){0,2}(?:police|officers|soldiers|troops|"
                r"forces|gendarmes)"
            ),
            rx(
                r"(?:against|over|condemn\w*|denounc\w*|justice for|(?:inquiry|investigation|probe) into) "
                r"(?:\w+ ){0,4}(?:killing|shooting|death|murder)|(?:police\w*|officers?|soldiers) "
                r"(?:\w+ ){0,2}(?:were|was) (?:injured|wounded|killed)|in the air"
            ),
            (SubEventType.PROTEST_WITH_INTERVENTION,),
        ),
        # the codebook's Grenade is a hand-thrown grenade: grenades fired from launchers at a
        # distance are shelling, grenades dropped from a drone an air/drone strike
        Rule(
            "grenade_dropped",
            SubEventType.AIR_DRONE_STRIKE,
            rx(
                r"\b(?:dropp\w*|released)\b[^.;]{0,60}?\bgrenades?\b[^.;]{0,60}?\b(?:drones?|uavs?|unmanned|"
                r"quadcopters?)|\b(?:drones?|uavs?|unmanned aerial vehicles?|quadcopters?)\b[^.;]{0,60}?"
                r"\b(?:dropp\w*|released)\b[^.;]{0,40}?\bgrenades?\b"
            ),
            None,
            (SubEventType.GRENADE, SubEventType.DISRUPTED_WEAPONS_USE),
        ),
        # bombs dropped from the air (glide, guided, barrel bombs; "jets bombed") are air strikes,
        # not planted explosives: 43 of 47 such ACLED notes
        Rule(
            "aerial_bomb",
            SubEventType.AIR_DRONE_STRIKE,
            rx(
                r"\b(?:glide|guided|aerial|air|barrel|gravity|FAB-?\d+|KAB)[- ]?bombs?\b|"
                r"\bbombs? (?:was |were )?dropped (?:from|by|on)\b|\bdropp\w* (?:\w+ ){0,3}bombs?\b|"
                r"\b(?:warplanes?|jets?|aircraft|helicopters?) (?:also |then )?(?:bombed|bombarded|dropped)\b"
            ),
            None,
            (SubEventType.REMOTE_EXPLOSIVE, SubEventType.SHELLING),
        ),
        Rule(
            "grenade_launcher",
            SubEventType.SHELLING,
            rx(r"\bgrenade[- ]launchers?\b|\b(?:automatic|under-?barrel) grenades?\b"),
            rx(
                r"\b(?:threw|thrown|throwing|hurl\w*|lobb\w*|toss\w*)\b[^.;]{0,30}?\bgrenades?\b|"
                r"\bhand[- ]grenades?\b|\b(?:seiz\w*|confiscat\w*|found|recover\w*|cache|stockpile|arsenal)\b"
            ),
            (SubEventType.GRENADE, SubEventType.DISRUPTED_WEAPONS_USE),
        ),
        # explosions heard or counted are weapons used, not disrupted (a bomb defused, arms seized)
        Rule(
            "explosions_not_disrupted",
            SubEventType.SHELLING,
            rx(
                r"\b(?:observed|recorded|heard|counted|reported|registered)\b (?:\w+ ){0,5}(?:explosions|"
                r"blasts|detonations|shells|projectiles)"
            ),
            rx(
                r"defus\w*|intercept\w*|shot down|seiz\w*|confiscat\w*|recover\w*|dismantl\w*|\bcaches?\b|"
                r"controlled (?:explosion|detonation)|sappers?|\beod\b|bomb squad|demin\w*|disposal|"
                r"found|discovered|depot|warehouse"
            ),
            (SubEventType.DISRUPTED_WEAPONS_USE,),
        ),
        # a territory change told with no fighting (a withdrawal, a hand-over, a town entered
        # unopposed) is the codebook's Non-violent transfer, whoever gains the ground
        Rule(
            "ground_without_fighting",
            SubEventType.NON_VIOLENT_TRANSFER,
            rx(
                r"(?:recaptur\w*|re-captur\w*|retook|retaken|regain\w*|took back|captur\w*|overran|overtook|"
                r"overtakes|seized|took (?:over|control)|taken (?:over|control)|gained control|entered|handed "
                r"over)[^;]{0,160}?(?:without (?:any |a )?(?:fighting|fight|resistance|a shot|clashes|"
                r"bloodshed)|no (?:\w+ ){0,3}(?:fighting|resistance|clashes) (?:took place|was reported|occurred)|"
                r"unopposed|after (?:the )?(?:\w+ ){0,3}(?:withdr[ae]w\w*|abandoned|pulled out))"
                r"|(?:withdr[ae]w\w*|abandoned|pulled out|handed over)[^.;]{0,120}?"
                r"(?:took (?:over|control)|taken (?:over|control)|entered|moved in)"
            ),
            rx(
                r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|casualties (?:were|among)|clash\w*|fought|fighting "
                r"(?:broke|erupted|continued|for)|shell\w*|battle\w*|exchange of fire|under fire)\b"
            ),
            (
                SubEventType.NON_STATE_OVERTAKES_TERRITORY,
                SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                SubEventType.OTHER,
                SubEventType.CHANGE_TO_GROUP,
            ),
        ),
        # the codebook's Government regains territory is ground *taken back*: a retaking after a
        # clash is one too (the territory changed hands), so it precedes Armed clash
        Rule(
            "ground_retaken",
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            rx(
                r"\b(?:recaptur(?:ed|ing|es)|re-captur(?:ed|ing)|retook|retaken|retake|regain(?:ed|ing|s)? "
                r"(?:\w+ )?control|reclaim(?:ed|ing)|took back|taken back|back under (?:\w+ )?control|"
                r"(?:was|were|been) liberated|liberat(?:ed|ing) (?:the )?(?:\w+ )?(?:village|town|city|district|"
                r"area|settlement|locality|region|territory)|recovered (?:\w+ )?(?:territory|ground|control))"
            ),
            rx(
                r"(?:rebels|militants|insurgents|jihadists|militia\w*|gunmen|separatists|extremists|al[- ]shabaab) "
                r"(?:\w+ ){0,3}(?:recaptur\w*|retook|regain\w*|reclaim\w*)|(?:attempt|tried|trying|bid|"
                r"effort|failed|push|plans?|vowed|aim\w*|sought|seeking) (?:\w+ ){0,3}(?:to )?(?:recapture|retake|"
                r"regain|reclaim)|no information on whether"
            ),
            (
                SubEventType.NON_STATE_OVERTAKES_TERRITORY,
                SubEventType.ARMED_CLASH,
                SubEventType.OTHER,
                SubEventType.CHANGE_TO_GROUP,
            ),
        ),
        # blowing up a bridge, a mast or a building is an explosive attack on property, not the
        # disruption of a weapon (a bomb squad detonating a found device is)
        Rule(
            "detonated_structure",
            SubEventType.REMOTE_EXPLOSIVE,
            rx(
                r"\b(?:detonat\w*|blew up|blown up|blowing up)\b (?:[\w-]+ ){0,4}(?:bridges?|towers?|antennas?|"
                r"masts?|pylons?|buildings?|prefecture|offices?|schools?|houses?|culverts?|pipelines?|"
                r"facilit(?:y|ies)|stations?)\b"
            ),
            rx(
                r"defus\w*|controlled (?:explosion|detonation)|dispos\w*|sappers?|\beod\b|bomb squad|"
                r"deactivat\w*|dismantl\w*|demin\w*|found|discovered|recovered|accidental\w*|prematurely"
            ),
            (SubEventType.DISRUPTED_WEAPONS_USE,),
        ),
        # people taking to the streets or stopping work make a protest, however plain the words;
        # only when the model saw no event (a celebration or a disaster crowd is none)
        Rule(
            "streets_protest",
            SubEventType.PEACEFUL_PROTEST,
            rx(
                r"(?:\b(?:took|taking|went|poured|walked|marched) (?:\w+ )?(?:to|into|down to|in) the streets?|"
                r"\b(?:began|held|observed|staged|started) (?:a |an )?(?:[\w-]+ )?work stoppage)\b"
                r"[^.]{0,80}\b(?:against|demand\w*|denounc\w*|to protest|in protest|condemn\w*|call(?:ed|ing) for|"
                r"chant\w*|claim(?:ed|ing) (?:the |their )|in support of|in solidarity|over (?:the )?(?:unpaid|killing|arrest|death|price|cost|lack|"
                r"shortage|wage|salar|fuel|tax|power cut|rising|high|alleged|poor|corruption)\w*)|"
                r"\b(?:march|sit-in|demonstration|protest) (?:was|were) (?:held|organi[sz]ed|staged)\b"
            ),
            rx(
                r"\b(?:celebrat\w*|parades?|festiv\w*|victory|carnival|funerals?|holidays?|mourn\w*|shopping|"
                r"tourists?|(?:earth)?quakes?|floods?|flooding|evacuat\w*|storms?|fire broke|will|plans? to|"
                r"planned|announced|threaten\w*|vow\w*)\b"
            ),
            when_none=True,
        ),
        # someone destroying, burning or looting shops, crops or homes is a Looting/property
        # destruction even told in plain words; only when the model saw no event, and not
        # where weather, fire, animals or an accident did the damage
        Rule(
            "property_destroyed",
            SubEventType.LOOTING,
            rx(
                r"\b(?:attackers|assailants|gunm[ae]n|militants|insurgents|rebels|jihadists|youths|rioters|"
                r"protesters|demonstrators|mobs?|crowds?|bandits|herders|pastoralists|soldiers|troops|militia\w*|"
                r"villagers|residents|locals|farmers|neighbou?rs|members of (?:a|the) \w+|"
                r"armed men|(?:unknown|unidentified|armed) (?:group|persons|people|individuals|men|assailants))\b"
                r"[^.]{0,60}\b"
                r"(?:destroy(?:ed|ing)|burn(?:ed|t)|razed|vandali[sz]ed|ransacked|looted|pillaged|plundered|"
                r"set fire to|torched)\b (?:[\w-]+ ){0,4}(?:shops?|farm(?:land|s)?|fields?|crops|houses?|homes?|"
                r"granaries|property|markets?|offices?|stalls?|schools?|clinics?|vehicles?|cars?|motorbikes?|"
                r"(?:election|electoral|campaign|voting) materials|"
                r"churches|church|mosques?|warehouses?)\b"
            ),
            rx(
                r"\b(?:fire broke|blaze|firefighters|storms?|floods?|flooding|rains?|rainfall|cyclones?|"
                r"(?:earth)?quakes?|wildfires?|bushfires?|accident\w*|lightning|electrical|short circuit|"
                r"court order|evict\w*|their (?:own|old)|landslides?|drought|locusts?|heat ?waves?|hailstorms?|elephants?|wildlife|"
                r"pests?|insects?|tornado\w*|hurricanes?|typhoons?|volcan\w*|explosion at|will|would|law|"
                r"council|authorities|officials|government|company)\b"
            ),
            when_none=True,
        ),
        # an army's "neutralised 15 terrorists" is a fight, not a strategic development (ACLED:
        # 105 of 113 such Burkina Faso notes a clash); from the air, a strike (23 of 26 world notes)
        Rule(
            "fighters_killed_air",
            SubEventType.AIR_DRONE_STRIKE,
            rx(r"^(?=[\s\S]*" + _AIR + r")(?=[\s\S]*" + _FIGHTERS_KILLED + r")"),
            None,
            _STRATEGIC,
        ),
        Rule("fighters_killed", SubEventType.ARMED_CLASH, rx(_FIGHTERS_KILLED), rx(_AIR), _STRATEGIC),
        # missiles, rockets, shells and mortars strike from afar: ACLED codes none of its notes
        # naming them an Attack, however many civilians die (2,535 Shelling/artillery/missile)
        Rule(
            "missile_not_attack",
            SubEventType.SHELLING,
            # the weapon as what struck, not a word in passing ("rocket launchers", "an
            # artillery officer", "calling for an end to rocket fire")
            rx(
                r"\b(?:missiles?|rockets?|artillery|shells?|mortars?)(?: (?:fire|strikes?|attacks?|barrages?|"
                r"rounds?|shells?))? (?:struck|hit|landed|slammed|fell|killed|exploded|destroyed|damaged)\b|"
                r"\b(?:by|in|with|from) (?:a |an |the )?(?:\w+ )?(?:missiles?|rockets?|artillery|shells?|mortars?|"
                r"shelling)(?: (?:fire|strikes?|attacks?|barrages?|rounds?))?\b(?! launchers?| units?| officers?)|"
                r"\b(?:fired|launched) (?:\w+ ){0,2}(?:missiles?|rockets?|shells?|mortars?)\b|\bshell(?:ed|ing)\b|"
                r"\b(?:missile|rocket|artillery|mortar)s? (?:strikes?|attacks?|barrages?) (?:on|at|against)\b"
            ),
            rx(
                r"rocket[- ]propelled|\brpgs?\b|launchers?|"
                + _AIR
                + r"|\bdrones?\b|grenades?|(?:no|without) (?:\w+ )?missiles?"
            ),
            (SubEventType.ATTACK,),
        ),
    )
