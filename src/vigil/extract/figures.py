"""Casualty figures: attributed claims and ACLED's single fatality count.

Rules (ACLED codebook, see CODEBOOK.md): deaths only, summed over all sides, the lowest credible
figure ("at least 5" -> 5, "between 10 and 15" -> 10), vague amounts read as "tens" = 10,
"dozens" = 12, "scores" = 20, "hundreds" = 100, "thousands" = 1000, and "several", "a few",
"a number of", "some" = 3 (ACLED's figure for a limited, unnumbered loss); "many", "numerous",
"heavy casualties" and "an unspecified number" = 10 (a large one). Amounts are read by
:mod:`numbers` and each sentence's casualty mentions by :mod:`casualties`; this module attributes
them to their sources as claims and decides the one figure an event gets.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vigil.domain import Claim
from vigil.extract.attribution import Attribution, attribute, attribute_responsibility, source_kind
from vigil.extract.casualties import numbered, sentence_mentions
from vigil.extract.cues import without_background
from vigil.extract.denials import denied_by, denied_group, denied_verb
from vigil.extract.increments import (
    added_deaths,
    later_deaths_included,
    names_toll,
    ordinal_death,
    period_toll,
)
from vigil.extract.numbers import read_number, tokenize
from vigil.extract.rivals import CLAIMED_KILLING, DOUBTED, RISEN, without_rival_allegations
from vigil.extract.tollwords import (
    ACCUSED_OF,
    ALSO,
    ATTACKER_DIED,
    BREAKDOWN_ASIDE,
    BURNED_ALIVE,
    CLAIMED,
    DONE_TO,
    RAISED_FROM,
    RISEN_TO,
    UP_FROM,
    a_part,
    another_event,
    without_replaced,
)
from vigil.taxonomy import ClaimKind, Counted, SourceKind, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

LOGGER = logging.getLogger(__name__)


ABSURD_FIGURE = 1_000_000  # above this a figure for one event is unreadable, kept as a vague claim


# "..., killing two Hezbollah members, two security sources said": the speakers' count, no dead
_SPEAKERS_COUNTED = re.compile(
    r",\s+(?:two|three|four|five|several|\d+)\s+(?P<who>(?:[\w-]+\s+){0,2}?(?:sources|officials|witnesses|"
    r"residents|diplomats|medics|doctors|people familiar with the matter))\s+(?:said|say|says|told)\b",
    re.I,
)


# an army communique's ways with figures and its dead: "seventeen (17) terrorists", "fell with honour"
_PAREN_FIGURE = re.compile(r"\b([A-Za-z-]+)\s+\((\d{1,5})\)")
_FELL = re.compile(
    r"\bfell (?:with honou?r|in (?:combat|action|battle)|on the (?:battle)?field(?: of honou?r)?|as martyrs)\b",
    re.I,
)


# a person's age told beside them ("a woman of 64", "a man, 30,", "a boy aged 12"): no count
_AGE = re.compile(
    r"\b(?P<who>(?:father|mother|parent)) of (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|"
    r"\b(?P<who2>(?:wo)?man|boy|girl|child|person|farmer|mother|father|pensioner)"
    r"(?:\s+of\s+\d{1,3}\b(?!\s+(?:years|to)\b)|,\s*\d{1,3},|\s+aged\s+\d{1,3}\b|"
    r"\s+in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?\d0s\b)",
    re.I,
)


# a victim named and nothing more ("gunmen shot dead Juan López in Tocoa"): one person. The name
# must end the phrase, so "killed Islamic State fighters" or "killed Hamas's commander" stay as they are
_NOT_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|The|A|An|At|In|On|Two|Three)\b)"
)
_NAMED_VICTIM = re.compile(
    r"\b(?P<verb>killed|killing|shot dead|shot and killed|gunned down|murdered|assassinated|beheaded|lynched|"
    r"(?:murder|killing|assassination) of)"
    r"\s+(?P<what>(?:(?!(?:in|on|at|and|the|a|an|two|three|four|five)\b)[a-z][a-z-]+\s+){0,3})"
    rf"(?:{_NOT_NAME}[A-Z][\w'’.-]*\s+){{1,3}}?{_NOT_NAME}[A-Z][\w'’-]+"
    r"(?:(?P<age>,\s*\d{1,3},)|(?=\s*[,;.]|\s+(?:in|on|at|as|near|outside|inside|while|when|after|who|and|"
    r"during|late|early)\b))"
)


# a pupil's school year ("a Form Four student", "a Grade 7 pupil", "Class 10 students"): no count
_SCHOOL_YEAR = re.compile(
    r"\b(?:Form|Grade|Class|Standard|Year|Primary|Senior Secondary|SS|JSS)\s+(?:One|Two|Three|Four|Five|Six|"
    r"Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,2})\s+(?=(?:students?|pupils?|learners?|school ?girls?|school ?boys?)\b)",
    re.I,
)


# "the shooting had died down by mid-afternoon": no one died; "a villager who helped bury the dead":
# the dead already counted
_DIED_DOWN = re.compile(
    r"\b(?:died|dies|dying) (?:down|away|out)\b|"
    r"\b(?:bur(?:y|ied|ying)|mourn(?:ed|ing)?|identif(?:y|ied|ying)|collect(?:ed|ing)?) the dead\b",
    re.I,
)


# a communique's own dead ("we deplore three martyrs") and the bombers who died with their victims
# ("four traders were killed along with the two bombers")
_MARTYRS = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?) martyrs\b",
    re.I,
)
_ALONG_WITH = re.compile(
    r"\b(killed|died|dead)\s+along\s+with\s+(?:the\s+)?(\w+)\s+((?:suicide\s+)?(?:bombers?|attackers?|assailants?|gunmen))\b",
    re.I,
)
_SUPREME_PRICE = re.compile(
    r"\b(?:paid|pay|paying) the (?:supreme|ultimate) (?:price|sacrifice)|\b(?:made|make) the (?:supreme|ultimate) sacrifice",
    re.I,
)
_BESIDES_BOMBER = re.compile(
    r"\b(?:in addition to|as well as|besides) the ((?:suicide )?(?:bomber|attacker|assailant|gunman|driver))\b",
    re.I,
)
# "revising down an earlier toll of 15", "up from an initial figure of 9": a superseded count
_EARLIER_TOLL = re.compile(
    r"\b(?:an?|the|its) (?:earlier|initial|previous|first|preliminary) (?:death )?(?:toll|figure|count|tally)"
    r"(?: of| at)? (?:at least |about |around )?\w[\w-]*",
    re.I,
)


# a number in a name ("the 5 Segonn gang", "the 400 Mawozo", "the 3rd Infantry Division"): no count
_NUMBERED_NAME = re.compile(
    r"(?<=\b[Tt]he )\d+(?:st|nd|rd|th)?\s+(?=(?:[A-Z][\w'’-]+\s+){1,2}(?:gang|group|brigade|battalion|regiment|"
    r"division|corps|movement|front|army|cartel)\b)"
)


# an aside between a count and its verb: "one of them, a campaign aide, died", "four workers near
# Dekai, the capital of Yahukimo regency, were shot"
_ASIDE = re.compile(
    r"(?P<of>\bof (?:them|those|the [a-z]+))\s*,\s+(?:a|an|the|aged)\b[^,;.()]{1,50},|"
    r",\s+(?:the|a|an)\s+(?:(?:regional|provincial|district|state|county|main|largest)\s+)?(?:capital|town|village|"
    r"city|district|county|province|region|hub|seat|suburb|neighbou?rhood)\s+(?:of|in)\b[^,;.()]{1,60},(?=\s+(?:were|was|had|have|died))"
)


def _plain(sentence: str) -> str:
    """``sentence`` with a figure written twice told once, a communique's dead told as killed, a
    person's age, a name's number, a superseded toll and an aside left out, and a victim told
    only by name told as a person."""

    def once(m: re.Match[str]) -> str:
        read = read_number(m.group(1))
        return m.group(2) if read is not None and read[0] == int(m.group(2)) else m.group(0)

    sentence = _ASIDE.sub(lambda m: m["of"] or "", sentence)  # "one of them, a driver, died"
    sentence = _NUMBERED_NAME.sub("", sentence)  # "the 5 Segonn gang"
    sentence = BREAKDOWN_ASIDE.sub(" ", sentence)  # "ten farm workers, nine men and a woman, were killed"
    # "raised the toll from Tuesday's fighting to 116, up from 30": the toll and its figure together
    sentence = UP_FROM.sub("", RAISED_FROM.sub(r"\1 to ", sentence))
    sentence = BURNED_ALIVE.sub(r"burned\g<who> to death", sentence)
    sentence = DONE_TO.sub("neutralised", sentence)
    sentence = ACCUSED_OF.sub(
        r"said \g<who>allegedly killed", sentence
    )  # "accused soldiers of executing six"
    sentence = _EARLIER_TOLL.sub("an earlier toll", sentence)  # "revising down an earlier toll of 15"
    sentence = _DIED_DOWN.sub("subsided", _SCHOOL_YEAR.sub("", sentence))
    sentence = _ALONG_WITH.sub(r"\1, and \2 \3 were killed", sentence)
    sentence = _SUPREME_PRICE.sub("were killed", sentence)  # "two soldiers paid the supreme price"
    sentence = _BESIDES_BOMBER.sub(r"and the \1", sentence)  # "killed 14 people in addition to the bomber"

    def victim(m: re.Match[str]) -> str:
        if m["verb"].endswith(" of"):  # "condemns the murder of Juan Lopez": a person was killed
            return "a person was killed" + ("," if m["age"] else "")
        return f"{m['verb']} a {m['what'] or 'person '}".rstrip() + ("," if m["age"] else "")

    named = _NAMED_VICTIM.sub(victim, sentence)
    plain = _AGE.sub(
        lambda m: m["who"] or m["who2"], _FELL.sub("were killed", _PAREN_FIGURE.sub(once, named))
    )
    return _MARTYRS.sub(r"\1 soldiers killed", plain)


# a toll told once for each of two sides, or beside the bomber who died with it
_BOTH_SIDES = re.compile(
    r"\b(?P<each>(?:on|from|for) (?:each|either) side\b|apiece)|"
    r"\bkill(?:ing|ed) (?:himself|herself) and (?:at least )?(?:\w+ (?:other|more)\b|an? (?=\w))|"
    r"\bkill(?:ing|ed) [^.;]{1,40}? (?:as well as|besides|in addition to) (?:himself|herself|themselves)\b",
    re.I,
)
# "a suicide bomber blew himself up", "one blew himself up, the other was shot dead": the bomber's own death,
# where the sentence kills no one else (a toll told beside it is the toll: "..., killing 54")
_SELF_ONLY = re.compile(r"\bblew (?:him|her)self up\b", re.I)
_OTHERS_KILLED = re.compile(r"\bkill(?:ing|ed)\b", re.I)  # "killing himself" is read as a death already


def extract_claims(sentences: Sequence[str], *, doc: Doc | None = None) -> list[Claim]:
    """Attributed casualty, abduction, arrest and responsibility claims, sentence by sentence.

    ``doc`` (the parsed text of these sentences) lets attribution use the dependency parse;
    without it a pattern reading is used. Subsets ("5 killed, including 2 soldiers") are not
    emitted as separate claims, so :func:`fatalities` cannot count them twice.

    >>> [(c.kind.value, c.figure) for c in extract_claims(["Gunmen killed 3 and injured 5."])]
    [('killed', 3), ('injured', 5)]
    """
    spans = _spans(sentences, doc)
    claims: list[Claim] = []
    previous: Attribution | None = None
    for sentence, span in zip(sentences, spans, strict=True):
        # figures of an earlier event named in passing are that event's, not this one's
        tokens = tokenize(_SPEAKERS_COUNTED.sub(r", \g<who> said", _plain(without_background(sentence))))
        if not tokens:
            continue
        who = attribute(sentence, span=span, previous=previous)
        if who.source_kind.value != "outlet":
            previous = who
        responsibility = attribute_responsibility(sentence, span=span, previous=previous)
        if responsibility is not None:
            claims.append(_claim(ClaimKind.RESPONSIBILITY, responsibility, sentence))
        denied = denied_group(tokens)
        if denied is None and who.stance is Stance.DENIED and not numbered(tokens)[0]:
            denied = denied_verb(tokens)  # "denied that the army had killed any civilians"
        if denied is not None:
            # "X blamed the militia, but a spokesman for the group denied it": the denier speaks
            denier = denied_by(sentence)
            by = (
                Attribution(source=denier, source_kind=source_kind(denier), stance=Stance.DENIED)
                if denier
                else who
            )
            claims.append(_claim(ClaimKind.KILLED, by, sentence, counted=denied, stance=Stance.DENIED))
        mentions = sentence_mentions(tokens)
        if (
            _SELF_ONLY.search(sentence)
            and not _OTHERS_KILLED.search(sentence)
            and not _BOTH_SIDES.search(sentence)
        ):
            claims.append(_claim(ClaimKind.KILLED, who, sentence, figure=1, counted=Counted.FIGHTERS))
        whole = any(m.kind is ClaimKind.KILLED and not m.subset for m in mentions)
        for mention in mentions:
            if denied is not None and mention.kind is ClaimKind.KILLED and mention.vague:
                continue  # the deaths this sentence denies are not a new, vague figure
            period = period_toll(tokens) and not mention.added  # an increment beside it stays
            if mention.subset and mention.kind is ClaimKind.KILLED and (whole or period):
                continue  # a part of the toll this sentence states, or a period's toll: no deaths to add
            figure, vague = mention.figure, mention.vague
            if (
                figure is not None
                and mention.kind is ClaimKind.KILLED
                and (extra := _BOTH_SIDES.search(sentence))
            ):
                # "left four fighters dead on each side"; "killing herself and 11 other people"
                figure = figure * 2 if extra.group("each") else figure + 1
            if figure is not None and figure > ABSURD_FIGURE:
                LOGGER.debug("figure %s capped out as unreadable: %r", figure, sentence)
                figure, vague = None, True
            stance = who.stance
            if stance is Stance.DENIED and denied is None:
                stance = Stance.ALLEGED  # "denied killing 5" keeps the accusation as an allegation
            claims.append(
                _claim(
                    mention.kind,
                    who,
                    sentence,
                    figure=figure,
                    counted=mention.counted,
                    stance=stance,
                    vague=vague,
                )
            )
    return claims


def _claim(
    kind: ClaimKind,
    by: Attribution,
    sentence: str,
    *,
    figure: int | None = None,
    counted: Counted = Counted.TOTAL,
    stance: Stance | None = None,
    vague: bool = False,
) -> Claim:
    """A claim of ``sentence`` backed by the source ``by``, in its stance unless one is given."""
    return Claim(
        kind=kind,
        figure=figure,
        counted=counted,
        source=by.source,
        source_kind=by.source_kind,
        stance=by.stance if stance is None else stance,
        sentence=sentence,
        vague=vague,
    )


def _spans(sentences: Sequence[str], doc: Doc | None) -> list[Span | None]:
    """Match each sentence to a sentence span of ``doc`` by text, when a doc is given."""
    if doc is None:
        return [None] * len(sentences)
    by_text: dict[str, Span] = {}
    for sent in doc.sents:
        by_text.setdefault(sent.text.strip(), sent)
    spans: list[Span | None] = []
    for sentence in sentences:
        span = by_text.get(sentence.strip())
        if span is None:
            start = doc.text.find(sentence.strip())
            span = (
                doc.char_span(start, start + len(sentence.strip()), alignment_mode="expand")
                if start >= 0
                else None
            )
        spans.append(span)
    return spans


def without_vague_echoes(claims: Sequence[Claim]) -> list[Claim]:
    """Drop a vague casualty claim ("civilians were executed" -> 3) that another sentence of
    the same event states with a number for the same group ("24 civilians died"): it tells
    the same deaths without a figure, and listing it as a rival figure misleads.

    Only other sentences count (a vague amount beside a number in one sentence adds to it:
    "6 soldiers and several civilians"), only named groups (not totals), only when the
    stated figure is at least as large, and never a denial; so the fatality count is unchanged.
    """
    stated = [c for c in claims if c.kind is ClaimKind.KILLED and c.figure is not None and not c.vague]

    def echoed(c: Claim) -> bool:
        return (
            c.vague
            and c.kind is ClaimKind.KILLED
            and c.stance is not Stance.DENIED
            and c.counted is not Counted.TOTAL
            and any(
                s.counted is c.counted and s.sentence != c.sentence and (s.figure or 0) >= (c.figure or 0)
                for s in stated
            )
        )

    return [c for c in claims if not echoed(c)]


def fatalities(claims: Sequence[Claim]) -> int:
    """ACLED's single figure: deaths on all sides, each group counted once.

    Within a sentence, distinct figures add up ("2 soldiers and 3 civilians"), unless they break
    down a figure already given ("5 killed: 2 soldiers and 3 civilians"). Across sentences a group
    keeps its highest figure (a recap is not a new death; a risen toll supersedes), groups add up
    across sides, and a total stated anywhere is a floor. Denials never lower the figure; a
    source's rival estimate ("the government put the toll at 10") does: the lowest is kept.

    >>> from vigil.domain import Claim
    >>> fatalities([Claim(kind=ClaimKind.KILLED, figure=6, counted=Counted.SOLDIERS, sentence="a"),
    ...             Claim(kind=ClaimKind.KILLED, figure=8, counted=Counted.FIGHTERS, sentence="b")])
    14
    """
    # "In May, the militants killed eleven soldiers at a pumping station": a later sentence set on
    # another day tells another event, whose dead are not this one's
    lede = next((c.sentence for c in claims if c.kind is ClaimKind.KILLED), None)
    # "On Monday, five people died in similar protests in Goma": another event like it, its own dead
    opening = next((c.sentence for c in claims), lede)  # (the first told, a kidnapping's too)
    claims = [c for c in claims if c.sentence == opening or not another_event(c.sentence, lede)]
    lede = next((c.sentence for c in claims if c.kind is ClaimKind.KILLED), None)

    claims = without_replaced(claims)
    first = [c for c in claims if c.sentence == lede]
    claims = [c for c in claims if not a_part(c, first, claims)]  # one of the toll's dead, told again
    # "four Armenian soldiers were killed, the ministry said. Baku said three of its servicemen
    # died": the other side's own losses, told by it, add to the first side's
    speakers = {c.source for c in claims if c.sentence == lede}
    # (not beside a party's boast, "the NRF said it killed five Taliban": that is the same dead)
    boasted = lede is not None and (CLAIMED_KILLING.search(lede) or _PARTY_KILLED.search(lede)) is not None
    own = {
        c.sentence: c.figure or 0
        for c in claims
        if not boasted
        and c.kind is ClaimKind.KILLED
        and c.stance is not Stance.DENIED
        and c.sentence != lede
        and c.source
        and c.source not in speakers
        and _OWN_LOSSES.search(c.sentence)
    }
    claims = [c for c in claims if c.sentence not in own]
    return _all_sides(claims) + sum(own.values())


_PARTY_KILLED = re.compile(
    r"\b(?:its|their) (?:\w+ )?(?:fighters|men|forces|troops|units|combatants)\b[^.;]{0,100}?\bkill(?:ing|ed)\b|"
    r"\bclaiming\b",
    re.I,
)
_OWN_LOSSES = re.compile(
    r"\b(?:said|says|admitted|acknowledged) (?:that )?(?:\w+ ){1,3}of (?:its|their) (?:own )?"
    r"(?:servicemen|soldiers|troops|personnel|fighters|officers|men)\b",
    re.I,
)


def _all_sides(claims: Sequence[Claim]) -> int:
    """:func:`fatalities` once each side's own losses are set apart."""
    rivals = _other_sources(claims)
    estimates = [c for c in claims if _estimate(c) or c in rivals]
    rest = [c for c in claims if c not in estimates]
    told = _fatalities(rest)
    if not estimates:
        return told
    # a rival telling's groups add up within its sentence ("seven suspects were killed and a
    # sergeant was shot": eight, not one)
    told_apart: dict[str, list[Claim]] = {}
    for c in estimates:
        told_apart.setdefault(c.sentence, []).append(c)
    lowest = min(_fatalities(group) or max(c.figure or 0 for c in group) for group in told_apart.values())
    # "gunmen killed villagers ... Police put the death toll at nine": a vague telling is no count
    vague = all(c.vague for c in without_rival_allegations(rest) if c.kind is ClaimKind.KILLED)
    return min(told, lowest) if told and not vague else lowest


# "the government put the toll at 10": another source's estimate of the same toll, a rival
# figure (the codebook keeps the most conservative), not deaths to add; "later put" updates it
_ESTIMATE = re.compile(
    r"(?:(?<!later )(?<!now )\bput(?:s|ting)?\s+the\s+(?:death\s+|overall\s+|official\s+)?"
    r"(?:toll|number of (?:dead|deaths|victims|those killed|bodies))\s+(?:at|in\s+the)\s+|"
    # "the army gave a lower toll of 14", "local media reported eight deaths": a rival count
    r"\bg[ai]ve?s?\s+(?:a|an)\s+(?:(?:lower|higher|different|separate|official|own)\s+)?(?:death\s+)?(?:toll|figure)\s+of\s+|"
    r"\b(?:media|outlets?|reports|activists|monitors?|rights groups?|medics|hospital sources)\s+(?:\w+\s+)?"
    r"(?:reported|counted|cited|put)\s+(?!the\s)|"
    # "residents said they had counted 14 bodies": a count on the ground beside an official claim
    r"\b(?:residents|witnesses|villagers|locals)\s+(?:said\s+(?:they\s+)?)?(?:had\s+)?counted\s+|"
    # "two were killed, police said; residents said four had died": the same toll told otherwise
    r"[;,]\s+(?:but\s+|while\s+)?(?:residents|witnesses|villagers|locals|relatives|medics|doctors|rescuers|"
    r"activists)\b(?:\s+[\w-]+){0,4}?\s+(?:said|put|reported)\s+(?:that\s+)?(?!the\s)(?!\S+\s+(?:more|other|others)\b)(?![^;.]*\balso\b))"
    r"(?:at least\s+|about\s+|around\s+|more than\s+|over\s+|nearly\s+|almost\s+|up to\s+|(?:closer|close) to\s+)?"
    r"[\"“]?(?P<n>\w[\w-]*)",
    re.IGNORECASE,
)


def _other_sources(claims: Sequence[Claim]) -> list[Claim]:
    """Later figures from another source for the deaths the first figure counts: "18 were
    killed, an official said. A youth group said it had counted 21 bodies" (rival estimates of
    one toll, of which the codebook keeps the lowest). A figure for another group ("three
    civilians also died"), one added to the toll, a risen toll or the same source's are no rival."""
    killed = [c for c in claims if c.kind is ClaimKind.KILLED and c.figure and c.stance is not Stance.DENIED]
    # "killed civilians" (3) names no toll to rival, nor does "a bomber blew himself up" (1)
    numbered = [c for c in killed if not c.vague and not (c.figure == 1 and _SELF_ONLY.search(c.sentence))]
    if not numbered:
        return []
    lede = numbered[0].sentence
    if ordinal_death(lede):
        return []  # "a second person has died of wounds": the dead told one by one, no rival count
    first = [c for c in killed if c.sentence == lede]
    counted = {c.counted for c in first}
    speakers = {c.source for c in first}
    return [
        c
        for c in killed
        if c.sentence != lede
        and not c.vague
        and c.source not in speakers
        # a party's claim is a boast, weighed against the firm count by without_rival_allegations
        and not (
            c.source_kind is SourceKind.ARMED_GROUP
            and c.counted is not Counted.TOTAL
            and c.counted in counted
            and CLAIMED.search(c.sentence)
        )
        and (c.counted in counted or c.counted is Counted.TOTAL or Counted.TOTAL in counted)
        and not RISEN.search(c.sentence)
        and not added_deaths(c.sentence, c.figure or 0, 0)
        and not ALSO.search(c.sentence)
        and not DOUBTED.search(c.sentence)  # a doubted claim gives way anyway (without_rival_allegations)
        and not _SELF_ONLY.search(c.sentence)  # "he blew himself up": the bomber, a part of the toll
        and not _SPARKED.search(c.sentence)  # "the fighting erupted after a member was killed": its cause
        and not (c.figure == 1 and ATTACKER_DIED.search(c.sentence))  # the bomber, a part of the toll
    ]


# the death that set the fighting off, told as its cause: an earlier killing, no count of this toll
_SPARKED = re.compile(
    r"\b(?:erupted|broke out|began|started|flared|escalated|were sparked|was sparked|were triggered|was triggered)\b"
    r"[^.;]{0,30}?\b(?:after|when|by|following)\b",
    re.I,
)


def _estimate(c: Claim) -> bool:
    """A death figure that a source "put the toll at": one estimate among rival ones."""
    if c.kind is not ClaimKind.KILLED or c.figure is None or c.stance is Stance.DENIED:
        return False
    for m in _ESTIMATE.finditer(c.sentence):
        read = read_number(m.group("n"))
        if read is not None and read[0] == c.figure:
            return True
    return False


def _fatalities(claims: Sequence[Claim]) -> int:
    """:func:`fatalities` over the claims that are no rival estimate."""
    by_sentence: dict[str, list[Claim]] = {}
    for claim in without_rival_allegations(claims):
        if claim.kind is ClaimKind.KILLED and claim.figure is not None and claim.stance is not Stance.DENIED:
            by_sentence.setdefault(claim.sentence, []).append(claim)
    best_total = 0
    best_group: dict[Counted, int] = {}
    later = ordinal = toll = 0
    included = False  # "killing seven, including two who later died": later deaths already told
    for sentence, group in by_sentence.items():
        if (
            len(group) == 1
            and len(by_sentence) > 1
            and added_deaths(sentence, group[0].figure or 0, best_total)
        ):
            later += 0 if included else group[0].figure or 0  # "two of the wounded later died"
            continue
        included = included or later_deaths_included(sentence)
        risen = _risen_toll(sentence)
        if names_toll(sentence) and (later or risen is not None or _TOLL_NOW.search(sentence)):
            # "two of the wounded later died; the toll now stands at five": the later deaths are
            # in it, as they are in a lede's updated toll ("the toll has risen to five. Two of the
            # wounded died in hospital"). A toll told as it was before them ("the toll stood at
            # five on Tuesday. Two of the wounded later died") is not.
            toll = max(toll, max(c.figure or 0 for c in group))
        ordinal = max(ordinal, ordinal_death(sentence))
        kept = _without_breakdowns([c.figure or 0 for c in group])
        if risen is not None and risen in kept:
            # "killing three; the toll later rose to five": the risen toll supersedes the
            # sentence's other figures, it does not add to them
            first = kept.index(risen)
            kept = [risen if i == first else 0 for i in range(len(kept))]
        sentence_total = sum(kept[i] for i in range(len(group)))
        best_total = max(best_total, sentence_total)
        per_group: dict[Counted, int] = {}
        for claim, figure in zip(group, kept, strict=True):
            if claim.counted is not Counted.TOTAL:
                per_group[claim.counted] = per_group.get(claim.counted, 0) + figure
        for counted, figure in per_group.items():
            best_group[counted] = max(best_group.get(counted, 0), figure)
    best = max(best_total, sum(best_group.values()), ordinal)
    if later and toll >= best:
        return toll  # "the death toll now stands at five": a toll told as high stands, nothing added
    return best + later


_TOLL_NOW = re.compile(r"\b(?:now|stands|has\s+(?:risen|climbed|reached|increased))\b", re.IGNORECASE)


def _risen_toll(sentence: str) -> int | None:
    """The figure a toll rose to in this sentence, if it says so."""
    m = RISEN_TO.search(sentence)
    read = read_number(m.group("n")) if m else None
    return read[0] if read else None


def _without_breakdowns(figures: list[int]) -> list[int]:
    """Zero the figures that break down an earlier one in the same sentence (5 = 2 + 3)."""
    kept = list(figures)
    for i, head in enumerate(figures):
        running = 0
        for k in range(i + 1, len(figures)):
            running += figures[k]
            if running == head and k > i + 1:
                for m in range(i + 1, k + 1):
                    kept[m] = 0
                break
            if running > head:
                break
    return kept
