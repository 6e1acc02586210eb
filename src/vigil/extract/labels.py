"""ACLED's topic labels: a note that opens "Security measures: On 30 April ..." names its kind.

ACLED's researchers head a strategic development's note (and some looting or property
destruction) with the label of what it is. The label is the desk's coding, in words, so it
decides the sub-type and that the note tells an event at all: a curfew or a returning group of
migrants reads to the model as ordinary news. Over all 29,324 notes in ../shared/data/acled
the labels below go with one sub-type each, across countries (in brackets: the notes, and those
of another sub-type):

- Displacement 195 (0), Non-violent activity 54 (1), Other 15 (0), Strikes 5 (0), Mass grave 5
  (0), Explosive remnants of war 2 (0): Other;
- Property destruction 120 (0), Looting 56 (1), Land seizure 3 (0): Looting/property destruction;
- Movement of forces 105 (0), Security measures 35 (0), Recruitment 12 (0), Change to armed
  group 7 (0): Change to group/activity;
- Interception 71 (0), Weapons seizure 30 (0), Defusal 19 (0), Detonation 10 (0): Disrupted
  weapons use;
- Arrests 39 (0), Agreement 13 (0), Headquarters or base established 2 (0): their own kinds.

Not "Strike" (Kenya's 4 are peaceful protests) nor "Raid" (battles and attacks both).

A crowd's size is kept in a tag at the note's end ("[size=no report]", "[size=around 100]"): of
the 3,283 notes in ../shared/data/acled that carry one, 3,272 are protests or riots.
"""

from __future__ import annotations

import re

from vigil.taxonomy import SubEventType

_LABELS = {
    "displacement": SubEventType.OTHER,
    "non-violent activity": SubEventType.OTHER,
    "other": SubEventType.OTHER,
    "strikes": SubEventType.OTHER,
    "mass grave": SubEventType.OTHER,
    "explosive remnants of war": SubEventType.OTHER,
    "property destruction": SubEventType.LOOTING,
    "looting": SubEventType.LOOTING,
    "land seizure": SubEventType.LOOTING,
    "movement of forces": SubEventType.CHANGE_TO_GROUP,
    "security measures": SubEventType.CHANGE_TO_GROUP,
    "recruitment": SubEventType.CHANGE_TO_GROUP,
    "change to armed group": SubEventType.CHANGE_TO_GROUP,
    "interception": SubEventType.DISRUPTED_WEAPONS_USE,
    "weapons seizure": SubEventType.DISRUPTED_WEAPONS_USE,
    "defusal": SubEventType.DISRUPTED_WEAPONS_USE,
    "detonation": SubEventType.DISRUPTED_WEAPONS_USE,
    "arrests": SubEventType.ARRESTS,
    "agreement": SubEventType.AGREEMENT,
    "headquarters or base established": SubEventType.HEADQUARTERS_ESTABLISHED,
}
# The label opens the text and a report follows it: "Looting: On 3 May 2020, ...".
_LABEL_RE = re.compile(r"^\s*([A-Z][A-Za-z-]+(?: [A-Za-z-]+){0,3}):\s+(?=\S)")


def topic_label(text: str) -> SubEventType | None:
    """The sub-type a note's opening topic label names, or None where it opens with none."""
    m = _LABEL_RE.match(text)
    return _LABELS.get(m.group(1).lower()) if m else None


_SIZE_TAG_RE = re.compile(r"\[size=[^\]]*\]", re.IGNORECASE)


def size_tagged(text: str) -> bool:
    """Whether a note carries ACLED's crowd-size tag: the desk recorded a crowd."""
    return _SIZE_TAG_RE.search(text) is not None
