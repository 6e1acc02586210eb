"""Charts for reports, drawn with matplotlib's Agg backend (no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vigil.errors import UsageError

# One colour per ACLED event type, shared with the web page (static/app.js).
TYPE_COLOURS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
}
KINDS = ("timeline", "map")


def plot(
    incidents: Sequence[dict[str, Any]],
    path: str | Path,
    *,
    kind: str = "timeline",
    by: str = "event_type",
    basemap: Sequence[Any] = (),
) -> Path:
    """Write a chart to ``path`` (.png or .svg): fatalities per week by type or actor, or a map."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"plot to a .png or .svg file, not {path.name}")
    if kind not in KINDS:
        raise UsageError(f"unknown plot kind {kind!r}; one of {', '.join(KINDS)}")
    fig, ax = plt.subplots(figsize=(10, 5.5), dpi=120)
    try:
        if kind == "timeline":
            _timeline(ax, incidents, by)
        else:
            _map(ax, incidents, basemap)
        fig.tight_layout()
        fig.savefig(path, format=path.suffix[1:].lower())
    finally:
        plt.close(fig)
    return path


def _timeline(ax: Any, incidents: Sequence[dict[str, Any]], by: str) -> None:
    from datetime import date

    from vigil.store.web import week_of

    if by not in ("event_type", "actor1"):
        raise UsageError("group a timeline by event_type or actor1")
    cells: dict[str, dict[str, int]] = {}
    for r in incidents:
        if r.get("event_date"):
            group = r.get(by) or "unknown"
            week = cells.setdefault(group, {})
            w = week_of(r["event_date"])
            week[w] = week.get(w, 0) + int(r.get("fatalities") or 0)
    ranked = sorted(cells, key=lambda g: -sum(cells[g].values()))[:8]
    weeks = sorted({w for g in ranked for w in cells[g]})
    xs = [date.fromisoformat(w) for w in weeks]
    bottom = [0] * len(weeks)
    for group in ranked:
        ys = [cells[group].get(w, 0) for w in weeks]
        ax.bar(xs, ys, width=6, bottom=bottom, label=group, color=TYPE_COLOURS.get(group))
        bottom = [b + y for b, y in zip(bottom, ys, strict=True)]
    ax.set_title(f"Fatalities per week by {'event type' if by == 'event_type' else 'actor'}")
    ax.set_ylabel("fatalities (best estimate)")
    if ranked:
        ax.legend(fontsize=8)
    ax.figure.autofmt_xdate()


def _map(ax: Any, incidents: Sequence[dict[str, Any]], basemap: Sequence[Any]) -> None:
    located = [r for r in incidents if r.get("latitude") is not None and r.get("longitude") is not None]
    for geom in basemap:
        for poly in getattr(geom, "geoms", [geom]):
            x, y = poly.exterior.xy
            ax.fill(x, y, color="#eeeeee", edgecolor="#999999", linewidth=0.4)
    for event_type, colour in TYPE_COLOURS.items():
        rows = [r for r in located if r.get("event_type") == event_type]
        if rows:
            ax.scatter(
                [r["longitude"] for r in rows],
                [r["latitude"] for r in rows],
                s=[12 + 6 * int(r.get("fatalities") or 0) ** 0.5 * 4 for r in rows],
                c=colour,
                alpha=0.7,
                edgecolors="black",
                linewidths=0.3,
                label=event_type,
            )
    if located:
        lons = [r["longitude"] for r in located]
        lats = [r["latitude"] for r in located]
        pad = 3.0
        ax.set_xlim(min(lons) - pad, max(lons) + pad)
        ax.set_ylim(min(lats) - pad, max(lats) + pad)
        ax.legend(fontsize=8, loc="best")
    ax.set_aspect("equal")
    ax.set_title("Incidents (marker area by fatalities)")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
