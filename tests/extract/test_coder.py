"""The coder's relevance gate: which texts are worth a parse."""

from __future__ import annotations

from typing import Any, cast

from vigil.extract.relevance import is_relevant
from vigil.taxonomy import ClaimKind

NEWS = (
    "The council met on Monday to discuss the budget. Ministers argued over road spending. "
    "Farmers asked for cheaper fertiliser. The storm last year killed most of the maize crop. "
    "Officials promised a decision next week. "
)


class SentenceReader:
    """A stand-in classifier: a sentence reads as an event when it tells of an ambush."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def relevance(self, texts: list[str]) -> list[float]:
        self.asked += texts
        return [0.95 if "ambush" in t else 0.05 for t in texts]


def reader() -> Any:
    return cast(Any, SentenceReader())


def test_a_long_text_that_reads_as_an_event_is_parsed() -> None:
    assert is_relevant(NEWS, 0.9, reader())


def test_an_event_buried_in_other_news_is_found_by_its_sentence() -> None:
    text = NEWS + "Gunmen killed four soldiers in an ambush near the border on Sunday."
    asker = reader()
    assert is_relevant(text, 0.3, asker)
    assert all("killed" in s or "ambush" in s for s in asker.asked)  # only sentences with an event word


def test_other_news_with_an_event_word_is_not_parsed() -> None:
    assert not is_relevant(NEWS, 0.3, reader())


def test_below_the_floor_nothing_is_asked() -> None:
    asker = reader()
    assert not is_relevant(NEWS + "Gunmen killed four soldiers in an ambush.", 0.1, asker)
    assert asker.asked == []


def test_a_short_text_must_read_as_an_event_itself() -> None:
    assert is_relevant("Gunmen killed four soldiers in an ambush.", 0.6)
    assert not is_relevant("Gunmen killed four soldiers in an ambush.", 0.4, reader())


def test_abbreviations_do_not_make_a_short_text_long() -> None:
    # three sentences, though "Lt. Col. A. B." and "U.S." hold six full stops between them
    text = "Lt. Col. A. B. Kone said U.S. advisers left. Gunmen raided a market. Shops shut."
    assert not is_relevant(text, 0.4)  # short: below the floor, whatever its event words
    assert is_relevant(text + " Traders fled. Prices rose.", 0.4)  # long: an event word will do


def test_a_court_lede_is_read_to_its_end_past_an_abbreviation() -> None:
    from vigil.extract.cues import old_case

    assert old_case("A U.S. court sentenced two men over the 2015 hotel attack.", 2024)


def test_a_feed_country_names_the_generic_sides(coder: Any) -> None:
    from datetime import date

    from vigil.domain import Article

    text = "Hundreds of traders marched peacefully to demand lower market fees on Monday."
    plain = coder.code(Article(text=text, published=date(2024, 3, 5)))
    fed = coder.code(Article(text=text, published=date(2024, 3, 5), country="bj"))
    assert fed.principal_report is not None
    assert fed.principal_report.actor1 is not None
    assert fed.principal_report.actor1.name == "Protesters (Benin)"
    assert fed.principal_report.location is not None and fed.principal_report.location.country == "Benin"
    assert plain.principal_report is None or plain.principal_report.actor1 != fed.principal_report.actor1


def test_an_unknown_feed_country_is_ignored(coder: Any) -> None:
    from vigil.domain import Article

    text = "Hundreds of traders marched peacefully in Cotonou to demand lower market fees."
    a = coder.code(Article(text=text))
    b = coder.code(Article(text=text, country="Atlantis"))
    assert a.reports == b.reports


def _split(
    nlp: Any, text: str, places: dict[str, tuple[float, float]], days: dict[str, int]
) -> list[list[str]]:
    """Split one group holding every sentence of ``text``; places and days are read by keyword."""
    from datetime import date

    from vigil.domain import Location
    from vigil.extract.pipeline import Segment
    from vigil.extract.segments import split_told_apart

    def place(sentence: str) -> Location | None:
        for name, (lat, lon) in places.items():
            if name in sentence:
                return Location(name=name, country="Ukraine", latitude=lat, longitude=lon, geo_precision=1)
        return None

    def day(sentence: str) -> tuple[date | None, int]:
        for word, d in days.items():
            if word in sentence:
                return date(2024, 4, d), 1
        return None, 3

    group = Segment(sentences=list(nlp(text).sents))
    return [
        [s.text.split()[0] for s in part.sentences]
        for part in split_told_apart([group], place=place, day=day)
    ]


FAR = {"Kharkiv": (49.99, 36.23), "Odesa": (46.48, 30.73), "Izium": (49.21, 37.26)}


def test_a_second_event_far_away_on_another_day_is_split_off(nlp: Any) -> None:
    text = (
        "Missiles struck Kharkiv on Friday night. Rescuers searched the rubble. "
        "Drones then hit the port of Odesa on Saturday. A guard was killed there."
    )
    parts = _split(nlp, text, FAR, {"Friday": 26, "Saturday": 27})
    assert parts == [["Missiles", "Rescuers"], ["Drones", "A"]]


def test_a_place_or_a_day_alone_does_not_split(nlp: Any) -> None:
    same_day = "Missiles struck Kharkiv on Friday. Drones hit Odesa on Friday too."
    assert len(_split(nlp, same_day, FAR, {"Friday": 26})) == 1
    near = "Missiles struck Kharkiv on Friday. Shells hit Izium on Saturday."  # about 100 km: still near
    assert len(_split(nlp, near.replace("Izium", "Kharkiv"), FAR, {"Friday": 26, "Saturday": 27})) == 1


def test_a_named_armed_group_votes_for_its_home_country(coder: Any) -> None:
    from vigil.domain import Article

    # Tripoli is in Libya and in Lebanon; the LNA says which
    text = (
        "Indiscriminate shells fired by LNA forces killed six civilians in a suburb of Tripoli on Saturday."
    )
    report = coder.code(Article(text=text)).principal_report
    assert report is not None and report.location is not None
    assert report.location.country == "Libya"


def test_a_demonym_alone_does_not_move_the_event_abroad(coder: Any) -> None:
    from vigil.domain import Article

    text = "French forces carried out air strikes near Menaka in Mali on Sunday, killing four militants."
    report = coder.code(Article(text=text)).principal_report
    assert report is not None and report.location is not None
    assert report.location.country == "Mali"


def test_a_later_day_toll_update_folds_into_the_event(coder: Any) -> None:
    from datetime import date

    from vigil.domain import Article

    text = (
        "A car bomb exploded outside a bus station in the Iraqi city of Kirkuk on Sunday, killing "
        "at least 9 people, a governor said.\n\n"
        "A health official said on Tuesday that two of the wounded had died overnight in hospital.\n\n"
        "Dozens of people were still being treated. Officials closed the station for the week.\n\n"
        "Insurgents in the province regularly target police posts and markets."
    )
    coding = coder.code(Article(text=text, published=date(2024, 5, 7)))
    assert len(coding.reports) == 1, [r.sub_event_type for r in coding.reports]
    report = coding.reports[0]
    assert report.fatalities >= 9
    assert any(c.kind is ClaimKind.KILLED and c.figure == 2 for c in report.claims)
    # the habitual background sentence names no side of this event
    assert report.actor2 is None or "Police" not in report.actor2.name


def test_a_wire_story_s_background_keeps_its_own_toll_date_and_place(coder: Any) -> None:
    from datetime import date

    from vigil.domain import Article

    text = (
        "Army troops killed 9 insurgents in a raid in the Khyber district on Tuesday, the military said. "
        "Two soldiers also died in the gunfight, it said. "
        "Violence has surged since a truce collapsed in November 2022, and the insurgency has killed "
        "thousands since 2007. Islamabad accuses Kabul of sheltering the fighters."
    )
    report = coder.code(Article(text=text, published=date(2024, 5, 15))).principal_report
    assert report is not None and report.location is not None
    assert report.fatalities == 11
    assert report.event_date == date(2024, 5, 14)
    assert report.location.admin2.startswith("Khyber") and report.location.name != "Islamabad"


def test_an_earlier_attack_dated_in_passing_is_not_counted(coder: Any) -> None:
    from datetime import date

    from vigil.domain import Article

    text = (
        "A drone strike on a market in the town of Goma killed 4 people on Sunday, officials said. "
        "The fighting escalated after an offensive on October 2 that killed 300 soldiers."
    )
    report = coder.code(Article(text=text, published=date(2024, 5, 14))).principal_report
    assert report is not None
    assert report.fatalities == 4
    assert report.event_date == date(2024, 5, 12)


def test_the_lede_s_region_beats_a_town_named_as_context(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "Paramilitary fighters killed 40 villagers in Wad Bakhit in Gezira state on Sunday, activists said. "
        "The army, based in Port Sudan, condemned the killings."
    )
    report = coder.code(Article(text=text)).principal_report
    assert report is not None and report.location is not None
    assert (report.location.admin1, report.location.country) == ("Gezira", "Sudan")


def test_a_protest_counts_no_dead_of_the_killing_it_protests(coder: Any) -> None:
    from datetime import date

    from vigil.domain import Article

    text = "Hundreds of people marched in Nairobi on Monday after a teacher was shot dead by police."
    report = coder.code(Article(text=text, published=date(2024, 3, 5))).principal_report
    assert report is not None and report.sub_event_type.event_type.value == "Protests"
    assert report.fatalities == 0
    assert any(c.figure == 1 for c in report.claims)  # the death stays a claim


def test_a_text_judged_only_just_an_event_keeps_a_kind_the_model_is_sure_of(coder: Any) -> None:
    from datetime import date

    from vigil.domain import Article

    text = "The Taliban detained two foreign journalists in Kabul on Wednesday, their employer said."
    report = coder.code(Article(text=text, published=date(2024, 5, 2))).principal_report
    assert report is not None and report.sub_event_type.value == "Arrests"
    assert report.actor1 is not None and report.actor1.name == "Military Forces of Afghanistan (2021-)"
