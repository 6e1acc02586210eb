"""Plain-text views of stored incidents, for the terminal."""

from __future__ import annotations

from typing import Any

from vigil.columns import EVENT_COLUMNS

CODING_FIELDS = tuple(c for c in EVENT_COLUMNS if c != "fatalities")  # the toll is shown as a range


def incident_text(row: dict[str, Any]) -> str:
    """Everything stored about one incident, laid out for reading."""
    out = [f"Incident {row['id']}: {row['sub_event_type']} ({row['event_type']})", ""]
    for k in CODING_FIELDS:
        if row.get(k) not in (None, ""):
            out.append(f"  {k:18} {row[k]}")
    out.append(
        f"  {'fatalities':18} {row['best']} (low {row['low']}, best {row['best']}, high {row['high']})"
        + ("; women and children among the victims" if row.get("women_children") else "")
    )
    if row.get("follows"):
        out += ["", "Follows:"]
        out += [f"  incident {f['id']}: {f['evidence']}" for f in row["follows"]]
    if row.get("followed_by"):
        out.append(f"Followed by: {', '.join(f'incident {i}' for i in row['followed_by'])}")
    out += ["", "Claims:"]
    if not row.get("claims"):
        out.append("  (none)")
    for c in row.get("claims", []):
        figure = "-" if c["figure"] is None else str(c["figure"])
        who = c["source"] or c["source_kind"]
        out.append(f"  [{c['stance']}] {c['kind']} {figure} ({c['counted']}) according to {who}")
        out.append(f"      “{c['sentence']}” — article {c['article']}")
    out += ["", "Sources:"]
    for r in row.get("reports", []):
        outlet = r["outlet"] or "unknown outlet"
        pub = r["published"] or "undated"
        ref = r["external_id"] or r["sha256"][:12]
        out.append(f"  article {ref} · {outlet} · published {pub} · sha256 {r['sha256']}")
        if r.get("url"):
            out.append(f"      {r['url']}")
        for s in r["sentences"]:
            out.append(f"      · {s}")
    if row.get("history"):
        out += ["", "History:"]
        for h in row["history"]:
            source = f" from article {h['article_ref']}" if h.get("article_ref") else " on re-resolution"
            when = f" (published {h['reported']})" if h.get("reported") else ""
            out.append(
                f"  {h['changed_at']} {h['field']}: {h['old'] or '-'} → {h['new'] or '-'}{source}{when}"
            )
    if row.get("explanation"):
        out += ["", "Why these reports are one incident:"]
        out += [f"  {line}" for line in row["explanation"].splitlines()]
    return "\n".join(out)
