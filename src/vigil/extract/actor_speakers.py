"""Forces told by the state that speaks for them: "Russia's Defence Ministry said its troops ...".

A generic noun falls back to the event country's forces, which is right for "troops said" in a
report from Mali but wrong for "its troops" after another state's ministry speaks: a Kyiv report
quoting Moscow's ministry on "its troops" taking a village tells of Russia's forces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from vigil.domain import Actor
from vigil.taxonomy import ActorType

if TYPE_CHECKING:
    from vigil.extract.actor_glosses import ActorMention

_POSSESSIVE_RE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # "its long-range drones"
_BODY = (
    r"(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|defen[cs]e\s+minister|army|military|"
    r"armed\s+forces|general\s+staff|government|president)"
)
_SAID = r"(?:said|says|claimed|reported|announced|stated)\b"
_SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-Z\"'“])")


class Speakers:
    """The states a text may quote as speaking for their forces, by name or demonym."""

    def __init__(self, names: Mapping[str, str | None]) -> None:
        """``names``: each country name or demonym, with the country it stands for."""
        words = sorted((w for w in names if w), key=len, reverse=True)
        self._country = {w.lower(): c for w, c in names.items() if w and c}
        # "Russia's Defence Ministry said ...", "the Russian army said ...", "Ukraine said ..."
        self._said = re.compile(
            rf"(?<![\w-])(?:the\s+)?(?P<who>{'|'.join(re.escape(w) for w in words)})(?:(?:['’]s)?\s+{_BODY}\b"
            rf"(?=[^.]*?\b{_SAID})|\s+(?={_SAID}))",
            re.IGNORECASE,
        )

    def restate(
        self,
        text: str,
        mentions: list[ActorMention],
        generic_starts: set[int],
        forces_of: Callable[[str], Actor],
    ) -> list[ActorMention]:
        """``mentions`` with "its troops" read as the forces of the state whose body spoke last
        in the sentence before it."""
        out: list[ActorMention] = []
        for m in mentions:
            if (
                m.start in generic_starts
                and m.actor.type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)
                and m.actor.name.startswith("Military Forces")
                and (owned := _POSSESSIVE_RE.search(text, max(0, m.start - 24), m.start))
            ):
                begin = max((s.end() for s in _SENTENCE_END_RE.finditer(text, 0, m.start)), default=0)
                said = list(self._said.finditer(text, begin, m.start))
                country = self._country.get(said[-1].group("who").lower()) if said else None
                if country and country != m.actor.country:
                    # named with its owner ("its long-range drones"): a side's own arms, not the
                    # home state's weapon
                    actor = replace(forces_of(country), mention=text[owned.start() : m.end])
                    m = replace(m, actor=actor)
            out.append(m)
        return out
