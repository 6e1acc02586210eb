"""A protest told in plain words rather than in protest words: people out in the street for a
cause, a crowd that marched, students who boycotted their classes. The model may read such a lede
as no event; :mod:`vigil.extract.relevance` and the coder's typing ask this module.

Split from :mod:`vigil.extract.protests`.
"""

from __future__ import annotations

import re

# People out in the street for a cause: "took to the streets to call for ...", "went to the street
# against ...". Told without one ("fans took to the streets to celebrate") it is no protest.
_OUT_IN_THE_STREET = re.compile(
    r"\b(?:took|take|taking|went|go|going|walk(?:ed)?|came|poured|spilled|hit) (?:down )?(?:in)?to the streets?\b|"
    r"\bhit the streets?\b|\b(?:came|come|coming|poured|spilled) out (?:on|onto|into|in) the (?:roads?|streets?)\b",
    re.IGNORECASE,
)
_FOR_A_CAUSE = re.compile(
    r"\b(?:to (?:call|ask|press|push|clamou?r) for|calling for|asking for|to demand|demanding|to denounce|"
    r"denouncing|to protest|protesting|against|to condemn|to oppose|to reject|in solidarity with|"
    r"to express (?:their |its |his |her )?(?:solidarity|anger|discontent|frustration|support))\b",
    re.IGNORECASE,
)


def street_protest(text: str) -> bool:
    """Whether the lede tells people out in the street for a cause: a protest the model may miss,
    told in the idiom rather than in protest words (in ACLED notes, "went to the street to call
    for the liberation of ...")."""
    lede = text.split(". ", 1)[0]
    if (_CROWD_MARCHED.search(lede) or _BOYCOTT.search(lede)) and not _FESTIVE.search(lede):
        return True  # "hundreds of people marched in Nairobi after a teacher was shot dead by police"
    out = _OUT_IN_THE_STREET.search(lede)
    return out is not None and _FOR_A_CAUSE.search(lede, out.end()) is not None


# a crowd that marched or rallied: a demonstration in its plainest words, unless it was a feast's
_CROWD_MARCHED = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores|crowds?|residents|students|people|women|youths?|workers|villagers|"
    r"supporters|activists|mourners|relatives|families)\b[^.;]{0,40}?\b(?:marched|rallied|demonstrated)\b|"
    # "dozens of relatives of the victims staged a sit-in outside the Justice Palace"
    r"\b(?:hundreds|thousands|dozens|scores|crowds?|residents|students|people|women|workers|supporters|activists|"
    r"relatives|families)\b[^.;]{0,80}?\b(?:staged|held) (?:an? )?(?:[\w-]+ )?(?:sit-in|vigil|march|rally|protest|"
    r"demonstration)\b|"
    # "hundreds of thousands of people filled central Belgrade for the largest rally yet"
    r"\b(?:hundreds|thousands|crowds?|people|protesters|demonstrators)\b[^.;]{0,40}?\b(?:filled|packed|thronged|"
    r"flooded|gathered in|converged on)\b[^.;]{0,60}?\b(?:rally|protest|demonstration|march|sit-in)\b",
    re.IGNORECASE,
)
# "students boycotted classes over three days": a strike, which ACLED codes as a protest
_BOYCOTT = re.compile(
    r"\bboycott(?:ed|ing)\s+(?:their\s+|the\s+)?(?:classes|lectures|courses|exams|work|school)\b", re.I
)
_FESTIVE = re.compile(
    r"\b(?:parades?|festivals?|carnivals?|celebrat\w+|pilgrims?|pilgrimages?|marathons?)\b", re.I
)


__all__ = ["street_protest"]
