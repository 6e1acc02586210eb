"""A long article split into its events: sentences typed one by one and grouped by event type,
groups told apart by their place and day, groups not shown to be separate folded back into the
principal one, and the retaliation links between those that stand.

Split from :mod:`vigil.extract.coder`, which runs these as its segment and consolidate stages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from vigil.domain import Location, haversine_km
from vigil.extract import cues
from vigil.extract.denials import disputes_report
from vigil.extract.pipeline import Segment
from vigil.extract.relevance import RELEVANCE_FLOOR, killed_in_attack
from vigil.extract.scene import follow_up, without_context
from vigil.extract.strategic import settle
from vigil.taxonomy import EventType, SubEventType

if TYPE_CHECKING:
    from spacy.tokens import Span

    from vigil.extract.classify import EventClassifier, Prediction

SENTENCE_RELEVANCE = 0.3  # for sentences that already passed tells_event


_CROWD = (EventType.PROTESTS, EventType.RIOTS)


def group_sentences(sents: list[Span], classifier: EventClassifier) -> list[Segment]:
    """Type each event-telling sentence and group them by event type, in order of first telling.

    A telling sentence the classifier cannot type (a denial, an aside) joins the
    event told just before it, so its claims stay with that event.
    """
    # a claim of the act belongs to the event even beside background ("X, fighting the state
    # for 15 years, said it was behind the blast")
    kinds = [(s, cues.strategic_kind(s.text)) for s in sents]
    told = [(s, k) for s, k in kinds if k or cues.tells_event(s) or cues.CLAIMS_ACT.search(s.text)]
    if not told:
        return []
    preds = classifier.predict([without_context(cues.without_retaliation(s.text)) for s, _ in told])
    # a sentence that opens as another event's ("Elsewhere, shelling killed a man") starts a new
    # part: its events are not the ones of the same kind told before it
    groups: dict[tuple[EventType, int], Segment] = {}
    untyped: list[tuple[Span, Prediction, int]] = []
    part = 0
    for (sent, kind), pred in zip(told, preds, strict=True):
        opener = sent.text.lstrip()
        # "On Monday, army aircraft bombed ...": a day of its own opens a part (folded back when it is the event's)
        part += bool(groups) and (
            cues.SEPARATE.match(opener[:40]) is not None or _DAY_OPENER.match(opener) is not None
        )
        if _typed(pred, sent.text) is None and kind:
            pred = as_told(pred, kind)
        sub = _typed(pred, sent.text)
        if sub is None or (groups and (cues.CLAIMS_ACT.search(sent.text) or toll_only(sent.text))):
            # a claim of the act after it is told ("Al Shabaab said it carried out the attack
            # and that 18 soldiers died") is that event's, whatever its own words type it as; so is
            # a toll that names no act ("Seven people died, the bomber among them")
            untyped.append((sent, pred if sub is None else replace(pred, ranked=()), part))
            continue
        seg = groups.get((sub.event_type, part))
        if seg is None:
            seg = groups[sub.event_type, part] = Segment(
                sentences=[], prediction=replace(pred, sub_event_type=sub)
            )
        seg.sentences.append(sent)
    segments = sorted(groups.values(), key=lambda s: s.start)
    for sent, pred, at in untyped:  # the group its likeliest type points to, else the one told just before
        home = next((groups[t.event_type, at] for t, _ in pred.ranked if (t.event_type, at) in groups), None)
        before = [g for g in segments if g.start <= sent.start_char]
        home = home or (before[-1] if before else segments[0] if segments else None)
        if home is not None:
            home.sentences.append(sent)
    for seg in segments:  # retype each group on all of its sentences together
        seg.sentences.sort(key=lambda s: s.start_char)
        # typed without what came after it ("the troops later retook the base")
        kept = [s for k, s in enumerate(seg.sentences) if k == 0 or not follow_up(s.text)]
        pred = classifier.predict([" ".join(without_context(s.text) for s in kept)])[0]
        # one group holding every told sentence, its lede read as a crowd's, is the text's one
        # event, typed as a whole ("twin blasts tore through a crowd of activists ... two suicide
        # bombers" is no protest)
        sole = len(segments) == 1 and len(seg.sentences) == len(told) and etype(seg) in _CROWD
        if pred.sub_event_type is not None and (pred.sub_event_type.event_type == etype(seg) or sole):
            seg.prediction = pred
        if (
            seg.prediction is not None
        ):  # as a short text's reading is ("police defused a car bomb": no battle)
            seg.prediction = settle(seg.prediction, seg.text)
    return segments


def toll_only(sentence: str) -> bool:
    """Whether ``sentence`` only counts the dead or hurt, naming no act, weapon or attacker."""
    return (
        _TOLL_WORDS.search(sentence) is not None
        and _COUNT.search(sentence) is not None
        and _ACT_WORDS.search(sentence) is None
        and not disputes_report(sentence)  # "a military source denied that the army killed civilians"
    )


_COUNT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens?|scores|"
    r"hundreds|several)\b",
    re.I,
)
_TOLL_WORDS = re.compile(r"\b(?:died|dead|killed|wounded|injured|hurt|bodies)\b", re.I)
_ACT_WORDS = re.compile(
    r"\b(?:attack\w*|bomb(?:s|ing|ings|ed)?|blasts?|explo\w+|shell\w*|strikes?|struck|fired|fire|shot|shooting|"
    r"gun\w*|clash\w*|fight\w*|raid\w*|ambush\w*|storm\w*|grenades?|drones?|missiles?|rockets?|mines?|ieds?|"
    r"stabb\w*|hacked|beat\w*|lynch\w*|burn\w*|set fire|kidnap\w*|abduct\w*|rap(?:e|ed|ing))\b",
    re.I,
)
_DAY_OPENER = re.compile(
    r"(?:(?:late|early|later) )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
FAR_APART_KM = 100.0  # two places this far apart are two events, when told on two days


def split_told_apart(
    segments: list[Segment],
    *,
    place: Callable[[str], Location | None],
    day: Callable[[str], tuple[date | None, int]],
    retype: Callable[[list[str]], list[Prediction]] | None = None,
) -> list[Segment]:
    """Split a group of one event type where the text tells a second event of that type.

    Grouping by type makes "missiles hit Kharkiv on Friday ... drones hit Odesa on
    Saturday" one event. A sentence that names a town far from the group's first town
    (``FAR_APART_KM``) on another day starts a new event; the sentences after it stay
    with it. Both a place and a day must differ: one telling that only moves on in
    time or space ("the convoy had left Kidal the day before") is not a second event.
    """
    out: list[Segment] = []
    for seg in segments:
        current = Segment(sentences=[], prediction=seg.prediction, principal=seg.principal)
        parts = [current]
        anchor: tuple[Location | None, date | None] = (None, None)
        for sent in seg.sentences:
            loc = place(sent.text)
            town = loc if loc and loc.geo_precision <= 2 and loc.latitude is not None else None
            when, precision = day(sent.text)
            when = when if precision == 1 else None
            here, then = anchor
            if (
                current.sentences
                and town and here and when and then
                and when != then
                and haversine_km(town.latitude or 0.0, town.longitude or 0.0, here.latitude or 0.0, here.longitude or 0.0)
                >= FAR_APART_KM
            ):  # fmt: skip
                current = Segment(sentences=[], prediction=seg.prediction)
                parts.append(current)
                here = then = None
            current.sentences.append(sent)
            anchor = (here or town, then or when)
        if len(parts) > 1 and retype is not None:  # each event its own sub-type, within the type
            for part, pred in zip(parts, retype([p.text for p in parts]), strict=True):
                if pred.sub_event_type is not None and pred.sub_event_type.event_type == etype(part):
                    part.prediction = pred
        out.extend(parts)
    return out


def consolidated(segments: list[Segment]) -> list[Segment]:
    """Fold back groups that are not shown to be a separate event into the principal one.

    Sentence typing is noisy: one attack told with a clash-like word in one sentence must not
    become two events. A group stands alone only when the text says so: a retaliation link,
    a cue of a separate event ("in a separate attack", "the day before"), or its own precise
    place or day that differs from the principal event's.
    """
    if len(segments) < 2:
        return segments
    principal = next((s for s in segments if s.principal), segments[0])
    linked = {i for src, (dst, _) in links(segments).items() for i in (src, dst)}
    kept = []
    for i, seg in enumerate(segments):
        if seg is principal or i in linked or _separate(seg, principal):
            kept.append(seg)
        else:
            principal.sentences.extend(seg.sentences)
    principal.sentences.sort(key=lambda s: s.start_char)
    return kept


def _separate(seg: Segment, principal: Segment) -> bool:
    if any(cues.SEPARATE.search(s.text) for s in seg.sentences):
        return True
    if all(cues.TOLL_UPDATE.search(s.text) for s in seg.sentences):
        return False  # "three of the wounded died overnight": the same event's toll, on a later day
    a, b = seg.location, principal.location
    if a and b and a.geo_precision <= 2 and b.geo_precision <= 2 and a.name != b.name:
        return True
    return bool(
        seg.event_date
        and principal.event_date
        and seg.time_precision == 1
        and principal.time_precision == 1
        and seg.event_date != principal.event_date
    )


def as_told(pred: Prediction, kind: SubEventType) -> Prediction:
    """A reading typed as what the text's own words tell (a strategic development, a protest in
    the street, its note's label) where the model read another type or none."""
    return replace(pred, sub_event_type=kind, relevance=max(pred.relevance, RELEVANCE_FLOOR))


def _typed(pred: Prediction, sentence: str = "") -> SubEventType | None:
    """A sentence already judged to tell an event keeps its best event type unless clearly not one;
    so does one whose dead fell to an attack it tells, however unsure the model is."""
    if pred.sub_event_type is not None:
        return pred.sub_event_type
    if (pred.relevance >= SENTENCE_RELEVANCE or killed_in_attack(sentence)) and pred.ranked:
        return pred.ranked[0][0]
    return None


def etype(seg: Segment) -> EventType | None:
    sub: SubEventType | None = seg.prediction.sub_event_type if seg.prediction else None
    return sub.event_type if sub else None


def links(segments: list[Segment]) -> dict[int, tuple[int, str]]:
    """Which event of the article answered which: "the attack came in revenge for clashes".

    The words after the cue name the earlier event (a clash when they speak of fighting);
    the answering event is the sentence's own, or else the other one. Cues that name the
    earlier event's kind are read first, and a link is never added in both directions.
    """
    found: list[tuple[bool, int, int, str]] = []
    for i, seg in enumerate(segments):
        for sent in seg.sentences:
            m = cues.RETALIATION.search(sent.text)
            if not m:
                continue
            battle = bool(cues.BATTLE_WORDS.search(sent.text[m.start() :]))
            answered = [
                j for j, other in enumerate(segments) if (etype(other) is EventType.BATTLES) == battle
            ]
            if not answered:
                continue
            target = answered[0]
            source = i if i != target else next((j for j in range(len(segments)) if j != target), None)
            if source is not None:
                found.append((battle, source, target, sent.text.strip()))
    links: dict[int, tuple[int, str]] = {}
    for _, source, target, evidence in sorted(found, key=lambda f: not f[0]):
        if source not in links and links.get(target, (None,))[0] != source:
            links[source] = (target, evidence)
    return links


__all__ = ["as_told", "consolidated", "etype", "group_sentences", "links", "split_told_apart"]
