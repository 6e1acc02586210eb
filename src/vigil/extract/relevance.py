"""Whether a text is worth coding at all: the classifier's belief that it tells an event, read
by length (a note or a snippet must itself read as one; a long article may bury it), with the
cues that overrule the model either way (an accident, old footage, a year's tally, a strategic
lede the model rarely saw).

Split from :mod:`vigil.extract.coder`, whose first stage asks it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from vigil.extract import cues
from vigil.extract.labels import size_tagged, topic_label
from vigil.extract.nlp import CLOSERS, split_sentences
from vigil.extract.nonevents import old_footage, routine_news
from vigil.extract.streets import street_protest
from vigil.extract.tallies import without_aggregates

if TYPE_CHECKING:
    from vigil.extract.classify import EventClassifier

SHORT_SENTENCES = 4  # a text of fewer told sentences is a note or a snippet, one coded unit
RELEVANCE_FLOOR = 0.5
LONG_RELEVANCE_FLOOR = 0.2


def is_relevant(
    text: str, relevance: float, classifier: EventClassifier | None = None, *, published: date | None = None
) -> bool:
    """Worth parsing? Never an accident, routine news nor an earlier year's footage (no one's act today);
    always a strategic development its lede tells in words the model rarely saw (an armed group's new
    leader, weapons seized, property wrecked by an armed side). A short text must itself read
    as an event, and not be a court's news of an earlier year's violence. A long one must have
    a word that tells an event and read as one as a whole, or, when it reads only partly so (an
    event told among other news), have a sentence with such a word that does; without a
    ``classifier`` to ask, a partial reading will do."""
    if topic_label(text) is not None or size_tagged(text):  # the desk's label, or its crowd's size
        return True
    if (published is not None and old_footage(text, published)) or cues.accident_only(text):
        return False
    if cues.tally_only(text) and cues.lede_strategic(text) is None:
        return False  # a toll kept over a year or a war: a statistic, unless a deal that ends it is the news
    if routine_news(text) is not None:  # an election's result, a robbery's arrest, a flood
        return False
    if _STATEMENT_RE.match(text) and not _ACT_TOLD_RE.search(text):
        return False  # "The UN Security Council condemned the attack and called for an inquiry": diplomacy
    if cues.lede_strategic(text) is not None or killed_in_attack(text) or lede_act(text):
        return True  # "three police officers were killed Wednesday when supporters ... attacked a unit"
    if short(text):
        if published is not None and cues.old_case(text, published.year):
            return False
        if street_protest(text):  # "went to the street to call for ...": a protest in an idiom
            return True
        if relevance >= RELEVANCE_FLOOR or classifier is None:
            return relevance >= RELEVANCE_FLOOR
        # "... killed 4, medics said. The army denied it.": the denial reads as no event; "X said
        # it had stormed ...": a side's claim, told in words the notes rarely use
        reported = cues.without_denials(text)
        # "... where 7,000 have died since 2004": a war's toll told after the event reads as a statistic
        lede, *rest = split_sentences(reported) or [""]
        tallied = any(without_aggregates(s) != s for s in rest)
        # "... bombed the market, killing nine. The town has been held by the rebels since last
        # year.": the lede tells an act, and the setting after it can read as no event (on the wire
        # sets, asking every such lede recovered 2 events and passed no non-event)
        alone = act_done(lede)
        told = (
            reported,
            cues.plain_telling(reported),
            lede if (tallied or alone) and cues.EVENT.search(lede) else text,
        )
        asked = list(dict.fromkeys(t for t in told if t != text))
        return bool(asked) and max(classifier.relevance(asked)) >= RELEVANCE_FLOOR
    if not cues.EVENT.search(text):
        return False
    if relevance < LONG_RELEVANCE_FLOOR:
        # background paragraphs can outweigh the event ("the group has carried out many such
        # attacks over the past decade"): then the lede alone must tell and read as one
        lede = next(iter(split_sentences(text)), "")
        return (
            classifier is not None
            and bool(cues.EVENT.search(lede))
            and classifier.relevance([cues.plain_telling(lede)])[0] >= RELEVANCE_FLOOR
        )
    if relevance >= RELEVANCE_FLOOR or classifier is None:
        return True
    telling = [cues.plain_telling(s) for s in split_sentences(text) if cues.EVENT.search(s)][
        :MAX_SENTENCES_ASKED
    ]
    return any(score >= RELEVANCE_FLOOR for score in classifier.relevance(telling))


# An institution's words on violence, with no act of its own told: a statement, not an event (no
# ACLED note opens so). A crowd's condemnation is a protest, and a told killing an event.
_STATEMENT_RE = re.compile(
    r"\s*(?:[A-Z][\w ,.()-]{0,40}[-—–]\s+)?(?:[Tt]he\s+)?(?:UN|United Nations|(?:UN\s+)?Security Council|EU|European Union|"
    r"African Union|AU|ECOWAS|White House|State Department|Pope|Vatican|Amnesty International|Human Rights Watch|"
    r"(?:[\w'’.-]+\s+){0,3}(?:government|ministry|minister|president|prime minister|embassy|spokesman|"
    r"spokeswoman|envoy|secretary-general|foreign office))\b[^.]{0,60}?\b(?:condemned|denounced|deplored|"
    r"called for|urged|welcomed|expressed|offered (?:its |his |her )?condolences)\b"
)
# an act done, in the past tense ("bombed the market, killing nine"), not one named ("a bill on attacks")
_ACT_DONE_RE = re.compile(
    r"\b(?:killed|killing|wounded|shot|bombed|shelled|attacked|stormed|struck|hit|fired|ambushed|abducted|"
    r"kidnapped|clashed|raided|torched|looted|detained|arrested|seized|captured|blew|exploded|detonated)\b",
    re.IGNORECASE,
)


def act_done(text: str) -> bool:
    """Whether ``text`` tells an act done, in the past tense ("bombed the market, killing nine")."""
    return _ACT_DONE_RE.search(text) is not None


def short(text: str) -> bool:
    """Whether ``text`` is a note or a snippet, read as one unit (fewer than SHORT_SENTENCES told)."""
    return _told_sentences(text) < SHORT_SENTENCES


_ACT_TOLD_RE = re.compile(
    r"\b(?:killed|wounded|injured|shot|abducted|kidnapped|(?:protest|march|rall|demonstrat)\w*|sit-ins?)\b|"
    # or the act itself, where and to whom ("the killing of three peacekeepers in an ambush near Kidal")
    r"\b(?:killings?|deaths?) of (?:at least )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\b|"
    r"\b(?:ambush|attack|raid|strike|bombing|shelling|massacre)\w* (?:\w+ )?(?:near|in|on|at) (?:the )?[A-Z]",
    re.IGNORECASE,
)
# A lede whose dead fell to an attack told in it: an event however the model reads its words (the
# accident, the statistic, the court's and routine news are ruled out before)
_KILLED_IN_ATTACK = re.compile(
    r"\b(?:were|was|been) (?:killed|shot dead|hacked to death|beaten to death)\b[^.;]{0,80}?\b(?:when|after|as|in)\b"
    r"[^.;]{0,100}?\b(?:attack(?:ed|ing)|ambush\w*|opened fire|fired (?:on|at)|stormed|raided)\b",
    re.IGNORECASE,
)


# "The death toll from Monday's explosion on a metro train rose to 14, including the suspected bomber"
_ATTACK_TOLL_ROSE = re.compile(
    r"\b(?:death )?toll from (?:\w+['’]s |the |a )?(?:[\w-]+ ){0,2}(?:explosion|blast|(?P<act>bombing|attack|shooting|"
    r"ambush|massacre|raid))\b(?:[^.;]|(?<=\bSt)\.){0,80}?\b(?:rose|risen|climbed|reached|increased)\b",
    re.IGNORECASE,
)
_BOMB_WORDS = re.compile(
    r"\b(?:bomb\w*|attack\w*|suicide|militants?|explosive devices?|ieds?)\b", re.IGNORECASE
)
_ATTACK_KILLING = re.compile(
    r"\b(?:attacked|stormed|raided|ambushed|opened fire (?:on|at)|fired (?:on|at)|bombed|shelled|struck)\b"
    r"[^.;]{0,140}?,\s+(?:killing|leaving)\s+(?:at least\s+|about\s+|some\s+|more than\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|several|dozens|scores)\b",
    re.IGNORECASE,
)
# "settlers stormed the village, setting houses ablaze; one man was shot dead": the act, then its dead
_ATTACK_THEN_KILLED = re.compile(
    r"\b(?:attacked|stormed|raided|ambushed|opened fire (?:on|at)|fired (?:on|at)|bombed|shelled)\b"
    r"[^.]{0,160}?\b(?:was|were) (?:killed|shot dead|hacked to death|beaten to death)\b",
    re.IGNORECASE,
)
_YEAR_OR_COURT = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:court|sentenced|convicted|trial|verdict|acquitted|anniversary|commemorat\w*)\b|"
    r"\b(?:years?|decades?) (?:after|ago|since|on)\b",  # "three years after gunmen killed 132 people"
    re.I,
)


def killed_in_attack(text: str) -> bool:
    """The lede's dead fell to an attack it tells ("three police officers were killed Wednesday
    when supporters of the former president attacked a unit clearing the road")."""
    lede = next(iter(split_sentences(text)), "")
    if _KILLED_IN_ATTACK.search(lede):
        return True
    if (rose := _ATTACK_TOLL_ROSE.search(lede)) and (rose["act"] or _BOMB_WORDS.search(lede)):
        return True  # (a blast's toll only beside a bomb or a bomber: a port's blast may be an accident)
    # "gang members stormed neighbourhoods on Thursday, killing at least 12 residents": the act and
    # its dead in one telling, unless the lede dates it to a year or tells a court's news of it
    told = _ATTACK_KILLING.search(lede) or _ATTACK_THEN_KILLED.search(lede)
    return bool(told) and not _YEAR_OR_COURT.search(lede)


# Acts a lede tells in words the notes rarely use ("two Russian servicemen raped a woman", "troops
# recaptured the village of Mbau"): an armed side doing them is an event
_LEDE_ACT = re.compile(
    r"\b(?:soldiers?|servicem[ae]n|troops|forces|army|fighters?|militants?|insurgents|rebels|gunm[ae]n|militiam[ae]n|"
    r"militias?|police(?:m[ae]n| officers?)?|guards|jihadists|guerrillas?(?:'s)?|(?:War )?Front|"
    r"members of (?:the |an? )?[\w' -]{3,40}?)\b"
    r"[^.;]{0,60}?\b(?:(?:gang-)?rap(?:ed|ing)|sexually (?:assault|abus)(?:ed|ing)|"
    # "the ELN's front announced a unilateral ceasefire", "the militia said it was ending hostilities"
    r"(?:announced|declared|proclaimed)\b[^.;]{0,30}?\b(?:(?:unilateral|temporary|indefinite|holiday) )?"
    r"(?:ceasefire|cease-fire|truce)\b|(?:ending|end|halt|halting|suspend|suspending) (?:all )?(?:hostilities|"
    r"armed (?:struggle|operations))\b|"
    r"(?:recaptured|retook|regained control of|seized control of|took control of|took over|captured|overran|seized) "
    r"(?:(?:most|much|parts?|all|half) of )?(?:the )?(?:[\w-]+ ){0,2}(?:town|village|city|district|locality|base|hill|"
    r"camp|strategic)\b|"
    # "left their base at Ouallam, handing it over to the army": ground handed over or left
    r"(?:handed|handing|hands) (?:(?:it|them|the (?:[\w-]+ )?(?:base|camp|post|town|city))\s+)?over\b|"
    r"(?:withdrew|withdrawn|pulled out|retreated) (?:\w+ )?from (?:the |their |its )?(?:[\w-]+ )?"
    r"(?:town|village|city|base|camp|post|positions)\b)|"
    # "gunmen stopped the car of a judge and took him away": a kidnapping in plain words
    r"\b(?:gunm[ae]n|armed men|kidnappers|abductors|militants|bandits)\b[^.;]{0,120}?\b(?:took|led|marched|bundled|"
    r"dragged) (?:him|her|them|\d+ [\w ]{0,30}?) (?:away|into (?:the |a )?(?:forest|bush|vehicle|car|truck|hills))\b|"
    # "Israeli warplanes destroyed a building housing the consulate": a strike from the air
    r"\b(?:warplanes|fighter jets|jets|drones?|helicopter gunships|aircraft)\b[^.;]{0,30}?\b(?:destroyed|struck|hit|"
    r"bombed|flattened|levelled|leveled)\b|"
    # "crowds smashed the windows of shops and set cars alight": a crowd's violence
    r"\b(?:crowds?|mobs?|rioters)\b[^.;]{0,40}?\b(?:smashed|attacked|stormed|torched|set fire|looted|ransacked|"
    r"lynched|set (?:[\w-]+ ){0,3}(?:alight|ablaze|on fire))\b|"
    # "accused FARC dissidents on Monday of murdering one of its guards": the killing, told as blame
    r"\baccused\b[^.;]{0,60}?\bof (?:murdering|killing|kidnapping|abducting|massacring|executing)\b|"
    # a device that went off, or that someone stepped on or drove over: a blast told in the lede
    r"\b(?:explosive devices?|IEDs?|(?:roadside |homemade |improvised )?bombs?|landmines?|"
    r"anti-(?:personnel|tank) mines?)\s+(?:(?:planted|placed|hidden|buried|laid)\s+(?:[\w-]+\s+){0,4}?)?"
    r"(?:went off|exploded|detonated|blew up)\b|"
    r"\b(?:stepped|stepping|trod|treading|drove|driving|ran|running) (?:on|over) an? (?:[\w-]+ ){0,2}"
    r"(?:landmine|mine|IED|explosive device|roadside bomb)\b",
    re.IGNORECASE,
)


def lede_act(text: str) -> bool:
    """The lede tells an armed side's rape or its taking of a place, and dates it to no year nor a court."""
    lede = next(iter(split_sentences(text)), "")
    # ("the first capture of a provincial capital since 2001" ranks the act, it dates no other)
    dated = _YEAR_OR_COURT.search(_SINCE_YEAR.sub("", _NOTE_DATE.sub("", lede, count=1)))
    return bool(_LEDE_ACT.search(lede)) and not dated


_SINCE_YEAR = re.compile(r"\bsince (?:19|20)\d\d\b")
# a note's own date opening its lede ("On 22 March 2022, ..."): the event's day, no earlier year's
_NOTE_DATE = re.compile(r"^\W*(?:On|Around|Between) [^,]{0,30}?\b(?:19|20)\d\d\b,?", re.I)


MAX_SENTENCES_ASKED = 12  # enough for the event a long article buries; bounded cost


def _told_sentences(text: str) -> int:
    """How many sentences of ``text`` end in a full stop (or ! ?): a headline or a clipped last
    line is no sentence told, for telling a short text from a long one."""
    return sum(1 for s in split_sentences(text) if s.rstrip(CLOSERS).endswith((".", "!", "?")))


__all__ = ["LONG_RELEVANCE_FLOOR", "RELEVANCE_FLOOR", "SHORT_SENTENCES", "is_relevant"]
