"""Who spoke, and what their words say of their own part in the event.

A say verb's speaker can be a side ("the army said it killed 20"), a witness ("police said
gunmen killed 5") or someone in the event whose role the words leave open; and the parse can
wrongly join a closing source ("..., police and witnesses said") to the victims. These readings
serve :mod:`vigil.extract.agency`, which scores every mention's role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vigil.extract.verbshapes import OBSERVE_RE, returns_fire

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The agency of a mention that only found, saw or investigated what happened ("the body was found
# by police"): below zero, so it never acts, and apart, so that :mod:`roles` can drop it as a side.
WITNESS = -5
SAY_VERBS = frozenset(
    (
        "said",
        "says",
        "say",
        "claimed",
        "claim",
        "reported",
        "report",
        "told",
        "stated",
        "announced",
        "accused",
        "blamed",
        "denied",
        "alleged",
        "confirmed",
        "according",
    )
)
VIOLENT_RE = re.compile(
    r"^(?:attack|kill|shot|shoot|ambush|clash|fought|fight|abduct|kidnap|burn|burnt|loot|raid|storm|beat|assault|"
    r"lynch|hack|stab|torch|set|open|fire|seiz|target|deton|plant|launch|strike|struck|shell|bomb|execut|murder|"
    r"rap|injur|wound|destroy|assassin|vandali|block|hit|pillag|overr|captur|took|take|engag|repel|repuls|carr|conduct|"
    r"clash|harass|tortur|whip|flog|lash|threat|behead|slaughter|massacr|invad|besieg|bombard|launch|neutrali|"
    r"recaptur|retook|retak|regain|liberat)",
    re.IGNORECASE,
)
DEFEND_RE = re.compile(r"^(?:repel|repuls|thwart|foil|push|pushed|drove|driven|counter|respond|retaliat)")
_OWN_ACT_RE = re.compile(r"^(?:carr(?:y|ied)|stag|launch|conduct|perpetrat|execut|mount|orchestrat)")
_SELF = frozenset(("it", "they", "we"))
_OWN = frozenset(("its", "their", "our"))
_SELF_ANY = _SELF | _OWN | {"itself", "themselves"}


def misparsed_source(span: Span) -> bool:
    """ "…, killing 11 people, police and witnesses said.": the parse joins a closing source to
    the victims (or makes the victims the subject of "said"); the words say who spoke, not who
    died."""
    doc = span.doc
    j = span.end
    while j < len(doc) and j - span.end < 6 and (doc[j].lower_ in ("and", ",") or doc[j].tag_ in _NOUNISH):
        j += 1
    if j >= len(doc) or doc[j].lower_ not in SAY_VERBS or doc[j].lower_ == "according":
        return False
    say = doc[j]
    # the source is the list's last item after a comma: the victims before it keep their role
    after_comma = span.start > 0 and doc[span.start - 1].lower_ == ","
    # "said" has no subject, or only the list this source was joined to
    joined = {t.i for t in span.root.ancestors}
    return (
        after_comma
        and span.root.dep_ in ("conj", "appos")
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in joined for c in say.children)
    )


_NOUNISH = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "DT"))


def speaker(say: Token) -> int:
    """The agency of who said something, read from what they said.

    "Al Shabaab said it had carried out the bombing", "ISGS claimed to have killed two
    fighters", "the army said it killed 20": the speaker acted (the parse often hangs the clause
    on a noun before it, so every verb under the say verb is read). "Police said gunmen killed
    5": the speaker reports someone else's act, a witness, not a side. "Police said they were
    ambushed": the speaker is in the event, role unknown (0).
    """
    if say.lower_ == "denied":
        return 0
    if say.lower_ in ("accused", "blamed", "alleged", "accuses", "blames", "alleges"):
        # "police blamed Boko Haram": the accuser tells of another's act, unless it speaks of its
        # own men or places ("the army accused rebels of attacking its positions")
        speaker = min((c.i for c in say.children if c.dep_ == "nsubj"), default=say.i)
        own = any(w.lower_ in _SELF_ANY and w.i > speaker for w in say.subtree)
        return 0 if own else WITNESS

    def acted(verb: Token) -> bool:
        return bool(
            _OWN_ACT_RE.match(verb.lower_)
            or VIOLENT_RE.match(verb.lower_)
            or any(c.dep_ == "prep" and c.lower_ == "behind" for c in verb.children)
        ) and not any(c.dep_ == "neg" for c in verb.children)

    # "claimed to have killed": the speaker is the subject of the verb it controls
    controlled = [t for c in say.children if c.dep_ == "xcomp" for t in c.subtree if t.tag_.startswith("VB")]
    if any(acted(v) for v in controlled):
        return 2
    verbs = [t for t in say.subtree if t.tag_.startswith("VB") and t.i != say.i]
    # a pronoun refers back: "but it missed, the U.S. military said" tells of the missile, not the speaker
    speaker = min((c.i for c in say.children if c.dep_ == "nsubj"), default=say.i)
    # "it struck", and "its aircraft struck": the speaker's own men or arms
    selfish = [
        v
        for v in verbs
        if any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.i > speaker
            and (c.lower_ in _SELF or any(p.dep_ == "poss" and p.lower_ in _OWN for p in c.children))
            for c in v.children
        )
    ]
    if any(DEFEND_RE.match(v.lower_) or returns_fire(v) for v in selfish):
        return 1  # "the army said it had repelled an attack": it answered, someone else began
    if any(acted(v) and any(c.dep_ == "nsubj" for c in v.children) for v in selfish):
        return 2
    if selfish and all(OBSERVE_RE.match(v.lower_) or v.lower_ in ("had", "have", "has") for v in selfish):
        return WITNESS  # "police said they had recovered the bodies": they found, not fought
    if (
        selfish or controlled or any(w.lower_ in _SELF_ANY and w.i > speaker for w in say.subtree)
    ):  # "their clashes"
        return 0
    others = [
        v
        for v in verbs
        if VIOLENT_RE.match(v.lower_) and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    ]
    # a report in the third person ("told reporters that most of the dead were civilians")
    reported = any(c.dep_ in ("ccomp", "parataxis") for c in say.children)
    return WITNESS if others or reported else 0
