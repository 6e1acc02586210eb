"""A note's topic label is the desk's coding: it types the note and makes it an event.

Notes written for these tests in the style of ACLED's.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

import pytest
from tests.extract.sides_check import read_roles

from vigil.domain import Article
from vigil.extract.actors import ActorRegistry
from vigil.extract.labels import size_tagged, topic_label
from vigil.extract.relevance import is_relevant
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Security measures: On 4 March 2023, the governor ordered a night curfew in Gao.",
            SubEventType.CHANGE_TO_GROUP,
        ),
        (
            "Security Measures: On 4 March 2023, the army closed the road to Gao.",
            SubEventType.CHANGE_TO_GROUP,
        ),
        ("Displacement: On 2 May 2023, 300 families left the village of Tanda.", SubEventType.OTHER),
        ("Property destruction: On 9 May 2023, herders burned a granary in Kouri.", SubEventType.LOOTING),
        (
            "Weapons seizure: On 1 June 2023, police found 12 rifles in a truck.",
            SubEventType.DISRUPTED_WEAPONS_USE,
        ),
        (
            "Headquarters or base established: On 5 June 2023, the group set up a camp.",
            SubEventType.HEADQUARTERS_ESTABLISHED,
        ),
    ],
)
def test_a_label_names_the_sub_type(text: str, sub: SubEventType) -> None:
    assert topic_label(text) is sub


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three farmers near Gao on Sunday.",
        "Strike: dock workers marched to the port on Monday.",  # Kenya's "Strike:" notes are protests
        "Raid: soldiers stormed a camp near Gao.",  # battles and attacks both
        "Nairobi: a grenade went off in a bar.",  # a dateline, no label
        "Security measures:",  # a label with no report after it
    ],
)
def test_no_label(text: str) -> None:
    assert topic_label(text) is None


def test_a_labelled_note_is_an_event_the_model_would_drop() -> None:
    text = "Security measures: On 9 May 2023, the government began a two-day curfew in 24 provinces."
    assert is_relevant(text, 0.05)
    assert not is_relevant(text.split(": ", 1)[1], 0.05)


def test_the_label_decides_over_the_model_reading(coder: Any) -> None:
    text = "Property destruction: On 6 January 2023, a farmer shot and killed three oxen of a herder near Kalale."
    assert _coded(coder, text) is SubEventType.LOOTING
    text = "Displacement: On 2 May 2023, 300 families left the village of Tanda in Benin for Malanville."
    assert _coded(coder, text) is SubEventType.OTHER


def _coded(coder: Any, text: str) -> SubEventType | None:
    report = coder.code(Article(text=text, published=date(2023, 5, 3))).principal_report
    return None if report is None else cast(SubEventType, report.sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Strikes: On 3 March 2023, toll workers went on a 72-hour strike nationwide over their pay.",
        "Strikes: On 3 March 2023, the magistrates' union began an unlimited strike in Cotonou.",
    ],
)
def test_a_strike_coded_other_is_its_workers_protest(
    registry: ActorRegistry, nlp: Language, text: str
) -> None:
    roles = read_roles(registry, nlp, text, SubEventType.OTHER, "Benin", date(2023, 3, 3))
    assert roles.actor1 is not None and roles.actor1.name == "Protesters (Benin)"


def test_an_other_event_that_is_no_strike_keeps_its_doers(registry: ActorRegistry, nlp: Language) -> None:
    text = "Other: On 3 September 2022, soldiers carried out an air strike rehearsal near Porga."
    roles = read_roles(registry, nlp, text, SubEventType.OTHER, "Benin", date(2022, 9, 3))
    assert roles.actor1 is not None and roles.actor1.name.startswith("Military Forces of Benin")


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("On 5 May 2023, workers of a construction company demanded their wages. [size=no report]", True),
        ("On 5 May 2023, a crowd gathered in Kisumu. [Size=around 200]", True),
        ("On 5 May 2023, workers demanded their wages in Kisumu.", False),
    ],
)
def test_a_crowd_size_tag(text: str, tagged: bool) -> None:
    assert size_tagged(text) is tagged


def test_a_size_tagged_note_is_a_crowd_event(coder: Any) -> None:
    text = "On 1 May 2023, in Chilpancingo, Guerrero, a group of workers commemorated labour day. [size=no report]"
    assert is_relevant(text, 0.05)
    sub = _coded(coder, text)
    assert sub is not None and sub.event_type.value in ("Protests", "Riots")
