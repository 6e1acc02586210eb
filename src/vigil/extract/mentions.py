"""A casualty mention and the group it counts: the record :mod:`vigil.extract.casualties` reads
off a sentence and :mod:`vigil.extract.unnumbered` reads where no figure is told."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vigil.extract.harmwords import COUNTED_WORDS
from vigil.extract.numbers import words
from vigil.taxonomy import ClaimKind, Counted

# verbs of saying: what follows them is what a source said, not a victim or a relative clause
REPORTING = words("said says told reported added confirmed announced stated claimed alleged")


@dataclass(frozen=True, slots=True)
class Mention:
    """One casualty statement of a sentence; ``subset`` marks a part of another figure: a
    breakdown ("including 2 soldiers") or an increment ("five more died")."""

    kind: ClaimKind
    figure: int | None
    counted: Counted
    vague: bool
    subset: bool = False
    added: bool = False  # an increment ("another 4 were killed"): deaths beside a period's toll


_STATE_BODY = frozenset({"army", "police", "military", "gendarmerie", "security", "defence", "defense"})


def counted_group(words: Sequence[str]) -> Counted:
    """The group the first word of a known group names ("civilians" -> CIVILIANS), else TOTAL;
    "members of the Defence and Security Forces" are soldiers, not an armed group's men."""
    if list(words[:2]) == ["members", "of"] and _STATE_BODY & set(words[2:9]):
        return Counted.SOLDIERS
    for word in words:
        for counted, lexicon in COUNTED_WORDS.items():
            if word in lexicon:
                return counted
    return Counted.TOTAL
