"""ACLED's column names and how a coded report fills them.

One function serves ``vigil code``, the store's incident rows and the exports,
so the three can never disagree about a column.
"""

from __future__ import annotations

from typing import Any

from vigil.domain import Report
from vigil.taxonomy import civilian_targeting, interaction

EVENT_COLUMNS: tuple[str, ...] = (
    "event_date",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
)


def acled_event(report: Report) -> dict[str, Any]:
    """The ``vigil code`` event object: ACLED column names verbatim, in ACLED's order.

    Multiple associated actors are joined with ``"; "`` as ACLED does.
    """
    sub = report.sub_event_type
    inter1 = report.actor1.type if report.actor1 else None
    inter2 = report.actor2.type if report.actor2 else None
    loc = report.location
    return {
        "event_date": report.event_date.isoformat() if report.event_date else None,
        "time_precision": report.time_precision,
        "disorder_type": sub.event_type.disorder_type.value,
        "event_type": sub.event_type.value,
        "sub_event_type": sub.value,
        "actor1": report.actor1.name if report.actor1 else None,
        "assoc_actor_1": "; ".join(a.name for a in report.assoc_actor1) or None,
        "inter1": int(inter1) if inter1 else None,
        "actor2": report.actor2.name if report.actor2 else None,
        "assoc_actor_2": "; ".join(a.name for a in report.assoc_actor2) or None,
        "inter2": int(inter2) if inter2 else None,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(sub, inter2),
        "country": loc.country if loc else None,
        "admin1": (loc.admin1 or None) if loc else None,
        "admin2": (loc.admin2 or None) if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "fatalities": report.fatalities,
    }
