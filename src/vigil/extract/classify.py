"""Event classifier: is a text an ACLED event at all, and which of the 25 sub-event types.

Linear models over word n-grams of a *normalised* text (dates, digits, ACLED-note
boilerplate and capitalised names masked, so it learns what happened rather than where or
when), plus pooled lexicon cues grounded in the codebook, so that a rare class seen a few
dozen times still shares evidence across its synonyms. Two heads: a binary relevance model
in which the hand-written non-event news weighs as much as all the events together (so
sport, weather and ordinary crime are rejected), and a sub-type SVM trained on events only.
A handful of rules then override the model where the codebook leaves no doubt (a suicide
bomber is a Suicide bomb).

The artifact is one joblib file, loaded only by :meth:`EventClassifier.load`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from vigil.errors import ModelMissing
from vigil.taxonomy import SubEventType

LOGGER = logging.getLogger(__name__)

NONE_LABEL = "none"  # the class name of non-events inside the model
ARTIFACT_NAME = "event_classifier.joblib"
FORMAT_VERSION = 2

FloatArray = npt.NDArray[np.float64]

# ---------------------------------------------------------------------------------------------
# Normalisation: strip what only ACLED notes carry and mask what names a place or a time.

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ACLED_PREFIX = re.compile(r"^\s*(?:[A-Z][A-Za-z/]*(?:\s+[A-Za-z/-]+){0,4}):\s+")
_DATE_LEAD = re.compile(
    r"^\s*(?:on\s+or\s+about|on\s+or\s+around|on|around|between|as\s+reported\s+on|reported\s+on|"
    r"as\s+of|since|during|in|overnight\s+on)?\s*[^,.;]{0,40}?\b(?:\d{4}|" + _MONTHS + r")\b"
    r"[^,.;]{0,40}?,\s+",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'. -]{2,}(?:,\s*[A-Za-z]{3,9}\.?\s*\d{0,2})?\s*(?:\([^)]{1,30}\))?\s*[-\u2013\u2014]+\s*"
)
_BRACKETS = re.compile(r"\[[^\]]*\]")
_FATALITY_NOTE = re.compile(r"\((?:fatalities|casualties|number)[^)]*\)", re.IGNORECASE)
_ADMIN_PAREN = re.compile(r"\((?:coded\s+(?:as|to)\s+)?[A-Z][^()]{0,80}\)")
_DATE_WORDS = re.compile(r"\b(?:" + _MONTHS + "|" + _WEEKDAYS + r")\b\.?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:[.,/:-]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'\u00c0-\u017f]+(?:[- ][A-Z][a-z'\u00c0-\u017f]+)*")
_SPACES = re.compile(r"\s+")

# Capitalised words that say what happened, not where: kept when names are masked.
_KEEP_CAPS = frozenset(
    (
        "police", "army", "military", "navy", "government", "president", "minister", "ministry",
        "islamic", "state", "forces", "troops", "rebels", "militants", "militia", "soldiers", "court",
        "parliament", "opposition", "party", "students", "christian", "muslim", "hindu", "buddhist",
        "church", "mosque", "temple", "easter", "ramadan", "eid", "christmas", "border", "national",
        "general", "commander", "governor", "mayor", "chief",
    )
)  # fmt: skip


def normalise(text: str) -> str:
    """Lower-case text with ACLED boilerplate removed and dates, numbers and names masked.

    >>> normalise("On 5 May 2020, Taliban fighters attacked a checkpoint in Kunduz (Kunduz).")
    'xname fighters attacked a checkpoint in xname .'
    """
    text = _DATELINE.sub("", text, count=1)
    text = _BRACKETS.sub(" ", text)
    text = _FATALITY_NOTE.sub(" ", text)
    text = _ACLED_PREFIX.sub("", text, count=1)
    text = _DATE_LEAD.sub("", text, count=1)
    text = _ADMIN_PAREN.sub(" ", text)

    def _mask(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word.lower() in _KEEP_CAPS else "xname"

    text = _DATE_WORDS.sub(" xdate ", text)
    text = _NAME.sub(_mask, text)
    text = _DIGITS.sub("0", text)
    text = text.replace(".", " . ").replace(",", " , ")
    return _SPACES.sub(" ", text).strip().lower()


# ---------------------------------------------------------------------------------------------
# Lexicon cues: pooled synonyms, one feature per group, read off the raw lower-cased text.

_ARMED = (
    r"(?:soldiers?|troops|police\w*|gendarmes?|militia\w*|militiam[ae]n|vigilantes?|volunteers?|"
    r"self-defen[cs]e|fighters|militants|rebels|army|patrol|convoy|base|camp|post|checkpoint|"
    r"positions?|security forces|guards?|dozos?|vdp)"
)
_UNARMED = (
    r"(?:civilians?|villagers?|residents|farmers?|herders?|women|woman|children|child|teachers?|"
    r"chiefs?|council+ors?|traders?|passengers|worshippers|students|man|men|people|family|families|"
    r"inhabitants|displaced|pastoralists?|miners?|journalists?|priests?|imams?)"
)
_CUES: tuple[tuple[str, str], ...] = (
    (
        "chemical",
        r"chlorine|sarin|mustard gas|nerve (?:agent|gas)|chemical (?:weapon|attack|agent|munition|"
        r"bomb|shell)s?|toxic (?:gas|chemical)s?|poison(?:ous)? gas|phosphorus|vx agent",
    ),
    (
        "suicide",
        r"suicide[- ](?:bomb|bomber|bombers|bombing|attack|attacker|vest|car|truck)|"
        r"blew (?:himself|herself|themselves) up|self[- ]detonat|explosives?[- ]laden vest|"
        r"detonated (?:his|her|their) (?:vest|explosive)|explosive vest|suicide attack",
    ),
    ("grenade", r"grenades?|rpg|rocket[- ]propelled"),
    (
        "sexual",
        r"rap(?:e|ed|es|ing|ist)|gang[- ]rap|sexual(?:ly)? (?:assault|violence|abus|harass|exploit)|"
        r"molest|sexual slavery|defiled|defilement",
    ),
    (
        "air",
        r"air ?strikes?|airstrikes?|air raids?|drones?|warplanes?|fighter jets?|jets? (?:struck|bombed)|"
        r"aerial (?:bombardment|attack|strike)|helicopter gunships?|bombed from the air|uav|sorties?|"
        r"barrel bombs?|aircraft (?:struck|bombed|attacked)",
    ),
    (
        "shelling",
        r"shell(?:s|ed|ing)|artillery|mortars?|rockets?|missiles?|grad|howitzers?|mlrs|"
        r"bombard(?:ed|ment)|tank fire|heavy weapons|cluster munitions?",
    ),
    (
        "explosive",
        r"\bied\b|improvised explosive|landmines?|land mines?|roadside bomb|car bomb|"
        r"explosive device|bomb (?:exploded|went off|blast)|detonat|blast|explosion|planted (?:a )?bomb|"
        r"booby[- ]trap|anti-(?:tank|personnel) mine",
    ),
    (
        "abduct",
        r"abduct|kidnap|hostage|held captive|taken captive|forcibly disappeared|enforced disappearance|"
        r"seized (?:two|three|several|a|an) (?:men|women|people|villagers|civilians)",
    ),
    ("arrest", r"arrest|detain|detention|custody|apprehend|rounded up|taken in for questioning|remanded"),
    (
        "headquarters",
        r"(?:set up|sets up|setting up|established?|establishing|opened|built|installed|"
        r"erected|moved into|took over) (?:a |an |their |its |new |military |forward |temporary )*"
        r"(?:base|bases|camp|camps|headquarters|outpost|outposts|command post|garrison|barracks|"
        r"checkpoint|position|positions)",
    ),
    (
        "transfer",
        r"handed over|hand over|handover|withdr[ae]w|withdrawal|pulled out|pull out|retreated|"
        r"vacated|abandoned (?:their|its|the) (?:positions?|base|posts?)|without (?:a )?(?:fight|resistance|"
        r"fighting|clashes)|unopposed|no fighting|peacefully (?:took|entered)",
    ),
    (
        "disrupted",
        r"defus|shot down|intercept|seized (?:a )?(?:cache|weapons|arms|ammunition|explosives|"
        r"rifles|guns)|weapons cache|arms cache|arms haul|dismantled|demin|cleared (?:of )?mines|"
        r"bomb disposal|foiled|thwarted|recovered (?:weapons|explosives|arms)|air defen[cs]e",
    ),
    (
        "agreement",
        r"agreement|ceasefire|cease-fire|truce|peace deal|peace accord|signed|accord|"
        r"surrender(?:ed)?|prisoner (?:exchange|swap)|exchanged prisoners|memorandum of understanding|"
        r"reconciliation|laid down (?:their )?arms",
    ),
    (
        "change",
        r"deploy|recruit|merged|merger|split from|rebrand|curfew|state of emergency|banned|"
        r"proscribed|designated|joined forces|formed a new|new (?:armed )?group|reinforcements|"
        r"movement of (?:troops|forces)|mobiliz|mobilis|declared|launched a new|patrol",
    ),
    (
        "protest",
        r"protest|demonstrat(?!ed (?:by|that|how)|es (?:that|how)|ing (?:that|how))|rall(?:y|ies|ied)|march(?:ed|es)?\b|sit-in|picket|human chain|"
        r"hunger strike|strike|boycott|gathered|blocked|blockade|petition|placards?|slogans?|"
        r"procession|vigil|walkout|hartal|bandh",
    ),
    (
        "dispersal",
        r"tear ?gas|dispers|water cannon|rubber bullets?|batons?|lathi|baton[- ]charged|"
        r"pepper spray|stun grenade|crowd control|broke up the",
    ),
    (
        "riot",
        r"riot|stones?|pelted|set (?:fire|ablaze|alight)|torched|vandali[sz]|barricad|burn(?:ed|t|ing) "
        r"tyres|tires|rampage|clashed with (?:police|security)|petrol bombs?|molotov",
    ),
    (
        "mob",
        r"\bmob\b|mobs|lynch|vigilante|angry (?:residents|villagers|crowd|youths)|mob justice|"
        r"beaten to death by|residents (?:beat|attacked|killed)",
    ),
    (
        "looting",
        r"loot|ransack|plunder|pillag|burn(?:ed|t) (?:down )?(?:houses|homes|shops|huts|villages?)|"
        r"destroyed (?:property|houses|homes|crops)|stole (?:cattle|livestock)|razed|demolish",
    ),
    (
        "kill",
        r"kill(?:s|ed|ing)?|attack|assault|shot|shoot|raid|injur|wound|fought|fights?\b|projectiles?|"
        r"targeted|storm(?:ed|s)|left for dead|shot dead|murdered|gunned down|massacre|hacked|stabbed|"
        r"beheaded|executed|"
        r"opened fire|gunmen|assailants|attackers|shot and (?:killed|wounded)|bodies|tortur|beat(?:en)?",
    ),
    (
        "clash",
        r"clash|fighting|firefight|exchange of fire|exchanged fire|gun ?battle|ambush|offensive|"
        r"skirmish|heavy fighting|engaged|repelled|repulsed|assault on",
    ),
    (
        "territory",
        r"recaptur|retook|retaken|regain|liberat|captur|seized control|took control|taken control|"
        r"overran|overrun|overtook|fell to|seized the (?:town|village|city|district)|took over",
    ),
    # who was hit: the codebook's line between Battles (both sides armed) and Violence against
    # civilians (the target cannot fight back); read off the words just after an active verb
    # (never across "by": "killed by the army" names the killer) or just before a passive one
    (
        "armed_target",
        r"(?:attack|kill|ambush|wound|shot|shoot|assassinat|target|raid|clash)\w*\s+"
        r"(?:(?!by\b)\w+\s+){0,4}?" + _ARMED + r"\b|" + _ARMED + r"\s+(?:were|was|had been|have been)\s+"
        r"(?:killed|attacked|ambushed|wounded|shot|targeted)",
    ),
    (
        "civilian_target",
        r"(?:attack|kill|wound|shot|shoot|assassinat|target|raid|execut|abduct|kidnap|beat)\w*\s+"
        r"(?:(?!by\b)\w+\s+){0,4}?" + _UNARMED + r"\b|" + _UNARMED + r"\s+(?:were|was|had been|have been)\s+"
        r"(?:killed|attacked|wounded|shot|targeted|executed|abducted|kidnapped|beaten)",
    ),
    (
        "armed_actor",
        r"troops|soldiers|army|military|forces|militants?|rebels?|insurgents?|militia|"
        r"jihadists?|gunmen|fighters|terrorists?|armed (?:group|men)|security forces|police|gendarmes?|"
        r"paramilitar|guerrillas?|separatists?",
    ),
    (
        "hazard",
        r"accident|crash(?:ed)?|collid|collision|earthquake|flood|landslide|cyclone|hurricane|"
        r"typhoon|storm|rainfall|heavy rain|drought|wildfire|fire broke out|blaze|lightning|drown|"
        r"capsiz|derail|gas leak|boiler|factory fire|short circuit|stampede|heatwave|outbreak|epidemic",
    ),
    (
        "economy",
        r"stocks?|shares|market|gdp|inflation|revenue|profit|investors?|prices?|interest rates?|"
        r"exports?|imports?|budget|tariff|currency|bank|earnings|economy|economic growth|trade deficit",
    ),
    (
        "civic",
        r"summit|visit(?:ed|s)?|talks|met with|meeting|election|elected|vote|voters|ballot|"
        r"inaugurat|sworn in|appointed|conference|delegation|bilateral|diplomat|ambassador|minister said",
    ),
    (
        "justice",
        r"court|judge|sentenced|convicted|acquitted|trial|verdict|ruling|ruled|appeal|lawsuit|"
        r"tribunal|prosecutor|charged with|jailed|bail",
    ),
    (
        "sport_culture",
        r"match|tournament|league|championship|goal|scored|coach|olympic|cup|festival|"
        r"film|album|concert|award|obituary|died (?:aged|at the age)|passed away|funeral of",
    ),
    (
        "retrospective",
        r"previously|in the past|history of|documented|anniversary|commemorat|report "
        r"(?:published|released|found)|annual report|according to (?:a|the) (?:report|study|survey)|"
        r"statistics|analysts?|study|survey|over the past|since \d{4}|last year|decade|years ago|"
        r"remember(?:ed)?|recalled",
    ),
    (
        "negation",
        r"\bno (?:one|casualties|injuries|incident)|\bdenied\b|\bfalse\b|\brumou?rs?\b|"
        r"\bhoax\b|\bdrill\b|\bexercise\b|\bwould\b|\bcould\b|\bplans? to\b|\bthreaten",
    ),
)
CUE_NAMES: tuple[str, ...] = tuple(name for name, _ in _CUES)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled cue patterns: one regex per group, built on request (not at import)."""

    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def build(cls) -> Lexicon:
        # the patterns are lower-case and match lower-cased text: twice as fast as IGNORECASE
        return cls(tuple(re.compile(r"\b(?:" + rx + ")") for _, rx in _CUES))

    def hits(self, text: str) -> list[int]:
        """How often each cue group occurs in ``text`` (capped: presence matters, not volume)."""
        lower = text.lower()
        return [min(len(p.findall(lower)), 3) for p in self.patterns]

    def matrix(self, texts: Sequence[str]) -> FloatArray:
        """Cue counts (log-scaled) plus one column that fires when no event cue occurs at all.

        The last column lets the model say "nothing here looks like an event", which the
        n-grams alone cannot: out-of-domain news shares few n-grams with any class.
        """
        rows = np.array([self.hits(t) for t in texts], dtype=np.float64).reshape(len(texts), len(_CUES))
        event_cues = rows[:, : CUE_NAMES.index("armed_actor") + 1].sum(axis=1)
        return np.hstack([np.log1p(rows), (event_cues == 0).astype(np.float64)[:, None]])


# ---------------------------------------------------------------------------------------------
# Rules: codebook certainties that override the model. Each was kept only where it helped on
# held-out countries and held-out wire examples (see bench/classify.py --rules).


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    target: SubEventType
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None


def build_rules() -> tuple[Rule, ...]:
    """The override rules, compiled on request."""

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    foiled = rx(
        r"foiled|thwarted|defus|intercept|arrested (?:a |an |the )?(?:would-be|suspected)|"
        r"before (?:he|she|they) could|failed to detonate|was shot before"
    )
    return (
        Rule(
            "suicide",
            SubEventType.SUICIDE_BOMB,
            rx(
                r"suicide[- ](?:bomber|bombers|bombing|car bomb|truck bomb|vest|attacker)|"
                r"blew (?:himself|herself|themselves) up|explosives?[- ]laden vest|self[- ]detonat"
            ),
            foiled,
        ),
        Rule(
            "chemical",
            SubEventType.CHEMICAL_WEAPON,
            rx(
                r"(?:chlorine|sarin|mustard gas|nerve agent|chemical weapons?|toxic gas|poison gas)"
                r"[^.]{0,80}(?:attack|dropped|fired|used|launched|released|shell|strike|bomb|canister)|"
                r"(?:attack|dropped|fired|used|launched|released|shells?|strike|bombs?|canisters?)"
                r"[^.]{0,60}(?:chlorine|sarin|mustard gas|nerve agent|chemical|toxic gas|poison gas)"
            ),
            rx(r"\bdestroy|stockpile|\bopcw\b[^.]*report|dismantl|disposal"),
        ),
    )


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class Prediction:
    """One text's coding: the sub-event type (``None`` for a non-event) and the model's belief."""

    sub_event_type: SubEventType | None  # None: not an event
    probability: float  # of the chosen sub-type (or of "no event")
    relevance: float  # P(event)
    ranked: tuple[tuple[SubEventType, float], ...]  # top 3 sub-types, P(sub-type | event)


def _softmax(scores: FloatArray) -> FloatArray:
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    out: FloatArray = exp / exp.sum(axis=1, keepdims=True)
    return out


def _sigmoid(scores: FloatArray) -> FloatArray:
    out: FloatArray = 1.0 / (1.0 + np.exp(-np.clip(scores, -30.0, 30.0)))
    return out


@dataclass(frozen=True, kw_only=True, slots=True)
class LinearHead:
    """Weights of one linear model over the shared features: ``x @ coef.T + intercept``."""

    coef: npt.NDArray[np.float32]  # (classes, features); one row for the binary relevance head
    intercept: FloatArray

    def scores(self, x: Any) -> FloatArray:
        return np.asarray(x @ self.coef.T, dtype=np.float64) + self.intercept


class EventClassifier:
    """Relevance and sub-event type for texts: an ACLED note, a wire snippet, or an article's sentences.

    Two heads share one feature space: a binary relevance head (logistic, so P(event) is a
    probability) and a sub-type head (linear SVM, scores turned into shares by a softmax
    with a fixed scale). ``classes`` lists the sub-types then ``none``; a class's
    probability is ``P(event) * P(sub-type | event)``.

    >>> clf = EventClassifier.load()  # doctest: +SKIP
    >>> clf.predict(["Police fired tear gas to disperse protesters in the capital."])[0].sub_event_type
    <SubEventType.PROTEST_WITH_INTERVENTION: 'Protest with intervention'>
    """

    def __init__(
        self,
        *,
        word: Any,
        char: Any,
        types: LinearHead,
        relevance: LinearHead,
        subtypes: tuple[str, ...],
        cue_scale: float,
        score_scale: float,
        threshold: float = 0.5,
        rules: tuple[str, ...] = (),
        metadata: dict[str, Any] | None = None,
    ) -> None:
        self._word = word
        self._char = char  # None: word n-grams and cues only (faster, generalised as well)
        self._types = types
        self._relevance = relevance
        self._subtypes = subtypes
        self._classes = (*subtypes, NONE_LABEL)
        self._cue_scale = cue_scale
        self._score_scale = score_scale
        self.threshold = threshold
        self._rule_names = rules
        self.metadata = metadata or {}
        self._lexicon = Lexicon.build()
        self._rules = tuple(r for r in build_rules() if r.name in rules)
        self._none = len(subtypes)
        self._subs: tuple[SubEventType | None, ...] = (*(SubEventType(c) for c in subtypes), None)

    # -- persistence -------------------------------------------------------------------------

    @classmethod
    def default_path(cls) -> Path:
        return Path(str(resources.files("vigil.extract") / "models" / ARTIFACT_NAME))

    @classmethod
    def load(cls, path: Path | None = None) -> EventClassifier:
        """Load the packaged artifact (or ``path``); raises ModelMissing when absent or unreadable."""
        import joblib

        where = path or cls.default_path()
        if not where.is_file():
            raise ModelMissing(f"event classifier artifact not found: {where}; run bench/train.py")
        try:
            state = joblib.load(where)
        except Exception as exc:  # a truncated or foreign file: say which, keep the cause
            raise ModelMissing(f"event classifier artifact unreadable: {where}: {exc}") from exc
        if not isinstance(state, dict) or state.get("format") != FORMAT_VERSION:
            raise ModelMissing(f"event classifier artifact has an unknown format: {where}")
        return cls(
            word=state["word"],
            char=state["char"],
            types=LinearHead(coef=state["type_coef"], intercept=state["type_intercept"]),
            relevance=LinearHead(coef=state["rel_coef"], intercept=state["rel_intercept"]),
            subtypes=tuple(state["subtypes"]),
            cue_scale=float(state["cue_scale"]),
            score_scale=float(state["score_scale"]),
            threshold=float(state["threshold"]),
            rules=tuple(state["rules"]),
            metadata=dict(state.get("metadata", {})),
        )

    def save(self, path: Path) -> None:
        """Write the artifact; the same model gives the same bytes (training is reproducible)."""
        import joblib

        for vectoriser in (v for v in (self._word, self._char) if v is not None):
            # an id() cache that sklearn sets on use (and, in older versions, the terms cut by
            # max_features): not needed to transform, and they change from run to run
            for unstable in ("_stop_words_id", "stop_words_"):
                vars(vectoriser).pop(unstable, None)

        state = {
            "format": FORMAT_VERSION,
            "word": self._word,
            "char": self._char,
            "type_coef": self._types.coef,
            "type_intercept": self._types.intercept,
            "rel_coef": self._relevance.coef,
            "rel_intercept": self._relevance.intercept,
            "subtypes": list(self._subtypes),
            "cue_scale": self._cue_scale,
            "score_scale": self._score_scale,
            "threshold": self.threshold,
            "rules": list(self._rule_names),
            "metadata": self.metadata,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(state, path, compress=3)

    def with_rules(self, rules: tuple[str, ...]) -> EventClassifier:
        """The same model with another rule set (for measuring each rule's effect)."""
        return self._copy(rules=rules, threshold=self.threshold)

    def with_threshold(self, threshold: float) -> EventClassifier:
        """The same model with another relevance threshold (for measuring the trade-off)."""
        return self._copy(rules=self._rule_names, threshold=threshold)

    def _copy(self, *, rules: tuple[str, ...], threshold: float) -> EventClassifier:
        return EventClassifier(
            word=self._word,
            char=self._char,
            types=self._types,
            relevance=self._relevance,
            subtypes=self._subtypes,
            cue_scale=self._cue_scale,
            score_scale=self._score_scale,
            threshold=threshold,
            rules=rules,
            metadata=self.metadata,
        )

    # -- inference ---------------------------------------------------------------------------

    def _features(self, texts: Sequence[str]) -> Any:
        return featurise(
            texts, word=self._word, char=self._char, lexicon=self._lexicon, scale=self._cue_scale
        )

    def probabilities(self, texts: Sequence[str]) -> FloatArray:
        """Class probabilities, columns in :attr:`classes` order (the last is ``none``)."""
        if not texts:
            return np.zeros((0, len(self._classes)))
        x = self._features(texts)
        shares = _softmax(self._types.scores(x) * self._score_scale)
        relevant = _sigmoid(self._relevance.scores(x)[:, 0])
        return np.hstack([shares * relevant[:, None], (1.0 - relevant)[:, None]])

    @property
    def classes(self) -> tuple[str, ...]:
        return self._classes

    def relevance(self, texts: Sequence[str]) -> list[float]:
        """P(event) per text: a cheap filter before coding a long article sentence by sentence."""
        probs = self.probabilities(texts)
        return [float(1.0 - p) for p in probs[:, self._none]]

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """Code each text; deterministic for a given artifact."""
        probs = self.probabilities(texts)
        return [self._decide(text, row) for text, row in zip(texts, probs, strict=True)]

    def _decide(self, text: str, row: FloatArray) -> Prediction:
        p_none = float(row[self._none])
        relevance = 1.0 - p_none
        event_mass = max(relevance, 1e-12)
        order = [i for i in np.argsort(-row, kind="stable") if i != self._none]
        ranked = [(s, float(row[i]) / event_mass) for i in order[:3] if (s := self._subs[i]) is not None]
        for rule in self._rules:
            if rule.pattern.search(text) and not (rule.unless and rule.unless.search(text)):
                share = float(row[self._classes.index(rule.target.value)]) / event_mass
                ranked = [(rule.target, max(share, ranked[0][1]))] + [
                    r for r in ranked if r[0] != rule.target
                ]
                relevance = max(relevance, self.threshold + 0.01)
                break
        ranked = ranked[:3]
        if relevance < self.threshold:
            return Prediction(
                sub_event_type=None, probability=p_none, relevance=relevance, ranked=tuple(ranked)
            )
        return Prediction(
            sub_event_type=ranked[0][0],
            probability=ranked[0][1],
            relevance=relevance,
            ranked=tuple(ranked),
        )


def featurise(texts: Sequence[str], *, word: Any, char: Any, lexicon: Lexicon, scale: float) -> Any:
    """Sparse design matrix: word n-grams, char n-grams if any (of normalised text), lexicon cues."""
    from scipy import sparse

    norm = [normalise(t) for t in texts]
    cues = sparse.csr_matrix(lexicon.matrix(texts) * scale)
    blocks = [word.transform(norm)] + ([char.transform(norm)] if char is not None else []) + [cues]
    return sparse.hstack(blocks, format="csr")


@dataclass(frozen=True, kw_only=True, slots=True)
class TrainConfig:
    """Hyper-parameters of :func:`fit_classifier`, stored with the artifact.

    Chosen on the Burkina Faso split and the examples holdout (bench/classify.py), then
    checked unchanged on Benin and the world split.
    """

    c: float = 0.3  # inverse regularisation of the sub-type SVM
    relevance_c: float = 4.0  # inverse regularisation of the relevance logistic regression
    cue_scale: float = 1.0
    score_scale: float = 4.0  # SVM margins -> softmax shares (ranking only; relevance is calibrated)
    word_max_features: int = 60_000
    char_max_features: int = 0  # 0: no char n-grams (they cost 3x the time for no held-out gain)
    class_weight_power: float = 0.5  # 0: none, 1: fully balanced
    threshold: float = 0.5
    none_weight: float = 1.0  # non-events' total weight relative to events' in the relevance head
    rules: tuple[str, ...] = ("suicide",)  # "chemical" measured neutral, so left off
    seed: int = 20240917


def _vectorisers(cfg: TrainConfig) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=cfg.word_max_features, dtype=np.float32
    )
    if not cfg.char_max_features:
        return word, None
    char = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        min_df=3,
        sublinear_tf=True,
        max_features=cfg.char_max_features,
        dtype=np.float32,
    )
    return word, char


def _without_names(word: Any, width: int) -> Any:
    """A diagonal matrix that zeroes the word n-grams made of masked names.

    ACLED notes are dense with place and actor names and hand-written news is not, so
    left in, "xname" would teach the relevance head the genre rather than the event.
    """
    from scipy import sparse

    keep = np.ones(width, dtype=np.float32)
    for term, column in word.vocabulary_.items():
        if "xname" in term:
            keep[column] = 0.0
    return sparse.diags(keep, format="csr")


def fit_classifier(
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    config: TrainConfig | None = None,
    sample_weight: Sequence[float] | None = None,
) -> EventClassifier:
    """Train on ``texts`` with ACLED sub-event type strings (or ``none``) as labels.

    Needs at least two sub-types; without any ``none`` label the relevance head says "event"
    for everything.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    cfg = config or TrainConfig()
    y = np.asarray(labels)
    event = y != NONE_LABEL
    subtypes, counts = np.unique(y[event], return_counts=True)
    if len(subtypes) < 2:
        raise ValueError("fit_classifier needs at least two sub-event types")
    norm = [normalise(t) for t in texts]
    word, char = _vectorisers(cfg)
    for vectoriser in (word, char):
        if vectoriser is not None:
            vectoriser.fit(norm)
    x = featurise(texts, word=word, char=char, lexicon=Lexicon.build(), scale=cfg.cue_scale)
    base = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    balance = {
        c: (event.sum() / (len(subtypes) * n)) ** cfg.class_weight_power
        for c, n in zip(subtypes, counts, strict=True)
    }
    type_weight = np.array([balance[label] for label in y[event]]) * base[event]
    svm = LinearSVC(C=cfg.c, random_state=cfg.seed).fit(x[event], y[event], sample_weight=type_weight)
    coef, intercept = svm.coef_, svm.intercept_
    if len(subtypes) == 2:  # sklearn keeps one row for two classes: make it one per class
        coef, intercept = np.vstack([-coef, coef]) / 2, np.array([-intercept[0], intercept[0]]) / 2
    types = LinearHead(coef=coef.astype(np.float32), intercept=intercept.astype(np.float64))

    if event.all():
        relevance = LinearHead(coef=np.zeros((1, x.shape[1]), np.float32), intercept=np.array([30.0]))
    else:  # events and non-events weigh the same in total (times none_weight), however few the latter
        ratio = cfg.none_weight * event.sum() / (~event).sum()
        rel_weight = np.where(event, 1.0, ratio) * base
        logit = LogisticRegression(C=cfg.relevance_c, max_iter=1000, random_state=cfg.seed)
        logit.fit(x @ _without_names(word, x.shape[1]), event.astype(np.int64), sample_weight=rel_weight)
        relevance = LinearHead(
            coef=logit.coef_.astype(np.float32), intercept=logit.intercept_.astype(np.float64)
        )
    return EventClassifier(
        word=word,
        char=char,
        types=types,
        relevance=relevance,
        subtypes=tuple(str(c) for c in subtypes),
        cue_scale=cfg.cue_scale,
        score_scale=cfg.score_scale,
        threshold=cfg.threshold,
        rules=cfg.rules,
    )
