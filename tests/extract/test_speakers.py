"""What a speaker's words say of its part (vigil.extract.speakers).

Sentences written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from vigil.extract.speakers import WITNESS, misparsed_source, speaker

if TYPE_CHECKING:
    from spacy.language import Language


def _say(nlp: Language, text: str, verb: str) -> int:
    doc = nlp(text)
    return speaker(next(t for t in doc if t.lower_ == verb))


@pytest.mark.parametrize(
    ("text", "verb", "want"),
    [
        ("Al Shabaab said it had carried out the bombing at the market.", "said", 2),
        ("The army said it had repelled an attack on its base near Gao.", "said", 1),
        ("Police said gunmen killed five traders on the road to Kano.", "said", WITNESS),
        ("Police said they had recovered the bodies of three herders.", "said", WITNESS),
        ("The militia denied that its men had burned the village.", "denied", 0),
        ("Police blamed Boko Haram for the raid on the market.", "blamed", WITNESS),
    ],
)
def test_the_speakers_words_tell_its_part(nlp: Language, text: str, verb: str, want: int) -> None:
    assert _say(nlp, text, verb) == want


def test_a_closing_source_is_not_among_the_victims(nlp: Language) -> None:
    doc = nlp("Gunmen stormed the village, killing 11 people, police and witnesses said.")
    police = next(t for t in doc if t.lower_ == "police")
    assert misparsed_source(doc[police.i : police.i + 1])
    people = next(t for t in doc if t.lower_ == "people")
    assert not misparsed_source(doc[people.i - 1 : people.i + 1])
