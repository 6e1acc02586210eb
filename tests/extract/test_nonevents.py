"""Routine news the codebook leaves out, told by its lede, and the acts that keep a text coded.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest

from vigil.extract.nonevents import routine_news
from vigil.extract.relevance import is_relevant


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "LUSAKA, Aug 14 (Reuters) - Opposition leader Hakainde Hichilema won Zambia's presidential election "
            "with a clear majority, the electoral commission said on Monday.",
            "election result",
        ),
        (
            "The ruling party's candidate conceded defeat on Sunday after the runoff count showed his rival ahead.",
            "election result",
        ),
        (
            "Government and rebel delegates left Addis Ababa on Friday without reaching a ceasefire agreement, "
            "mediators said. The war has killed thousands since 2020.",
            "talks without a deal",
        ),
        (
            "Police in Lyon arrested three men on Tuesday over a string of armed robberies at petrol stations.",
            "ordinary crime",
        ),
        (
            "A former mayor was sentenced to 12 years in prison on Thursday for his role in last month's riots.",
            "court ruling",
        ),
        (
            "Torrential rains triggered landslides that buried homes in three districts, forcing thousands to flee.",
            "natural hazard",
        ),
        (
            "At least 17 people were killed when an overcrowded bus plunged off a mountain road into a river gorge.",
            "road or rail crash",
        ),
    ],
)
def test_routine_news_is_told_by_its_lede(text: str, kind: str) -> None:
    assert routine_news(text) == kind
    assert not is_relevant(text, 0.99)


@pytest.mark.parametrize(
    "text",
    [
        # an act the codebook codes keeps the text, whatever its lede is about
        "Supporters of the defeated candidate burned tyres and stoned police in the capital after the election result.",
        "Talks collapsed on Monday; hours later rebels attacked an army post near the border.",
        "Protesters clashed with police outside the court after it sentenced the opposition leader.",
        "Gunmen ambushed a bus on the highway, killing six passengers, before it veered into a ditch.",
        "Displaced families who fled the floods blocked the main road to demand food aid.",
        # a lede about something else
        "Soldiers shot dead two men at a checkpoint near the capital on Monday, residents said.",
    ],
)
def test_an_act_keeps_the_text_a_candidate(text: str) -> None:
    assert routine_news(text) is None


def test_a_dateline_month_is_no_march() -> None:
    from vigil.extract.event_features import Lexicon

    lexicon = Lexicon.build()
    dated = lexicon.hits("CAIRO, March 6 (Reuters) - The central bank raised interest rates on Wednesday.")
    undated = lexicon.hits("CAIRO (Reuters) - The central bank raised interest rates on Wednesday.")
    marched = lexicon.hits("CAIRO (Reuters) - Workers marched to the central bank on Wednesday.")
    assert dated == undated
    assert marched != undated


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Troops from nine countries began live-fire drills near the coast on Monday, with tanks and rocket "
            "launchers taking part, the command said.",
            "military exercise",
        ),
        (
            "The government announced a new military aid package worth $400 million, including artillery shells "
            "and drones.",
            "aid, arms deal or sanctions",
        ),
        (
            "The bloc imposed asset freezes on four firms over the supply of missile parts used in the war.",
            "aid, arms deal or sanctions",
        ),
        (
            "The former rebel commander died on Thursday at 81 after a long illness, his family said.",
            "obituary",
        ),
    ],
)
def test_stories_about_arms_are_no_acts_of_arms(text: str, kind: str) -> None:
    assert routine_news(text) == kind


def test_an_armed_group_s_drills_are_its_own_activity() -> None:
    assert (
        routine_news("Members of an armed group held military drills in the hills above the town on Sunday.")
        is None
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Police are holding a man suspected of killing his wife with a machete after a quarrel over money.",
            "domestic killing",
        ),
        (
            "At least 31 people died in a crush at a food handout in the port city on Friday, officials said.",
            "crush or stampede",
        ),
        (
            "Officials and survivors laid wreaths at the memorial on Sunday to mark 30 years since government "
            "forces bombed the town, killing hundreds.",
            "commemoration",
        ),
    ],
)
def test_a_killing_at_home_a_crush_and_a_memorial_are_no_events(text: str, kind: str) -> None:
    assert routine_news(text) == kind


def test_students_who_gather_to_mark_a_day_protest() -> None:
    text = "On the anniversary of the massacre, students gathered outside the university to demand justice."
    assert routine_news(text) is None
