from __future__ import annotations

import pytest

from vigil.serve.brief import brief
from vigil.serve.text import incident_text


def _incident(**over):
    row = {
        "id": 1,
        "event_date": "2024-03-03",
        "time_precision": 1,
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "actor1": "Military Forces of Mali (2021-)",
        "assoc_actor_1": "Wagner Group",
        "actor2": "Civilians (Mali)",
        "assoc_actor_2": None,
        "country": "Mali",
        "location": "Mali",
        "admin1": None,
        "geo_precision": 3,
        "low": 24,
        "best": 24,
        "high": 24,
        "women_children": 1,
        "claims": [
            {
                "kind": "killed",
                "figure": 24,
                "counted": "civilians",
                "source": "",
                "source_kind": "outlet",
                "stance": "alleged",
                "sentence": "s1",
                "vague": False,
                "article": "a1",
                "outlet": "telegraph.co.uk",
            },
            {
                "kind": "killed",
                "figure": None,
                "counted": "civilians",
                "source": "a military source",
                "source_kind": "military source",
                "stance": "denied",
                "sentence": "s2",
                "vague": False,
                "article": "a1",
                "outlet": "telegraph.co.uk",
            },
        ],
        "follows": [{"id": 2, "evidence": "in revenge for clashes"}],
        "reports": [
            {
                "outlet": "telegraph.co.uk",
                "sha256": "ab" * 32,
                "published": None,
                "external_id": "a1",
                "url": None,
                "sentences": ["one", "two"],
            }
        ],
        "explanation": "",
    }
    row.update(over)
    return row


def test_brief_says_who_what_toll_denial_and_sources():
    clash = _incident(
        id=2,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor2="Azawad Liberation Front",
        follows=[],
        claims=[],
    )
    text = brief(_incident(), [clash])
    assert "Military Forces of Mali (2021-) together with Wagner Group" in text
    assert "attacked Civilians (Mali)" in text
    assert "Reported deaths: 24" in text and "Women and children" in text
    assert "alleges 24 civilians were killed" in text
    assert "A military source denies" in text
    assert "followed incident 2" in text and "reprisal" in text
    assert "telegraph.co.uk (1 article)" in text
    assert "no town named" in text


def test_brief_never_copies_article_sentences():
    text = brief(_incident())
    assert "s1" not in text.split() and "one" not in text.split()


def test_brief_range_and_unknown_date():
    text = brief(_incident(low=6, best=14, high=30, event_date=None, women_children=0))
    assert "range from 6 to 30, best estimate 14" in text and "unreported date" in text


def test_incident_text_lists_claims_and_sources():
    text = incident_text(_incident())
    assert "[denied]" in text and "according to a military source" in text and "telegraph.co.uk" in text


@pytest.mark.parametrize(
    ("who", "verb", "want"),
    [
        ("residents", "say", "say"),
        ("local officials", "deny", "deny"),
        ("a military source", "say", "says"),
        ("a military source", "deny", "denies"),
        ("Reuters", "say", "says"),
        ("the outlet (Sahel Wire)", "allege", "alleges"),
    ],
)
def test_the_verb_agrees_with_who_says_it(who: str, verb: str, want: str) -> None:
    from vigil.serve.brief import _agree

    assert _agree(who, verb) == want
