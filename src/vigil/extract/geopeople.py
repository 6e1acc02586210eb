"""People's names that hold a place's name: "the death of Norbert Zongo", "Mayor Dominique Sourabie".

Why apart from the mention finder: the small model calls many towns persons ("Kaya",
"Bobo-Dioulasso"), so its PERSON label alone vetoes nothing. A name inside a longer person's
name, though, without a locative cue or an admin area after it, is a surname or a given name:
read as a place it drags the event abroad (Zongo is a Congolese town). "in Ouro Saba" and
"Ouro Saba (Djibo, Soum)" are kept: the cue and the chain say a village is meant.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def person_spans(text: str, doc: Doc | None) -> list[tuple[int, int]]:
    """The character spans of the model's persons of two words or more in ``text``."""
    if doc is None or doc.text != text:
        return []  # a doc of another text (a lede, a segment) says nothing of this one's offsets
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]


# An office after a place opens a title, not a name: "Tillaberi Governor Maina Boukar" is the
# governor of Tillaberi, the place the model swallowed into the person.
_TITLE_AFTER = re.compile(
    r"\s+(?:governor|mayor|prefect|commissioner|chief|police|army|district|regional|provincial|state|"
    r"county|deputy|senator|mp|lawmaker|legislator|official|administrator|emir|sheikh|bishop|imam)\b",
    re.IGNORECASE,
)


def inside_person(text: str, start: int, end: int, persons: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is a part, not the whole, of a person's name that no bracket
    follows ("Ouro Saba (Djibo, Soum)" names a village by its areas), and not the place of an
    office that opens the name ("Tillaberi Governor ...")."""
    if start in {s for s, _ in persons} and _TITLE_AFTER.match(text, end):
        return False
    return any(
        s <= start and end <= e and (s, e) != (start, end) and not text[e:].lstrip().startswith("(")
        for s, e in persons
    )
