"""Short, source-attributed briefs written from stored fields only.

No sentence is copied from an article: every sentence is assembled from the
incident's columns and its claims, so a brief says only what vigil recorded,
and says who says it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

_VERBS = {
    "Armed clash": "fought {a2}",
    "Government regains territory": "retook territory from {a2}",
    "Non-state actor overtakes territory": "took territory from {a2}",
    "Chemical weapon": "used a chemical weapon against {a2}",
    "Air/drone strike": "carried out an air or drone strike on {a2}",
    "Suicide bomb": "carried out a suicide bombing against {a2}",
    "Shelling/artillery/missile attack": "shelled {a2}",
    "Remote explosive/landmine/IED": "struck {a2} with an explosive device",
    "Grenade": "threw a grenade at {a2}",
    "Sexual violence": "committed sexual violence against {a2}",
    "Attack": "attacked {a2}",
    "Abduction/forced disappearance": "abducted {a2}",
    "Peaceful protest": "held a peaceful protest",
    "Protest with intervention": "protested and were dispersed by {a2}",
    "Excessive force against protesters": "were met with lethal or grievous force by {a2}",
    "Violent demonstration": "demonstrated violently",
    "Mob violence": "took part in mob violence against {a2}",
    "Agreement": "reached an agreement with {a2}",
    "Arrests": "arrested {a2}",
    "Change to group/activity": "changed their activity",
    "Disrupted weapons use": "disrupted an attack or seized weapons",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of {a2}",
    "Non-violent transfer of territory": "took over territory without fighting",
    "Other": "were involved in a strategic development",
}

_COUNTED = {"total": "people", "civilians": "civilians", "soldiers": "soldiers", "fighters": "fighters"}


def brief(incident: dict[str, Any], followed: Sequence[dict[str, Any]] = ()) -> str:
    """A brief for one incident (as returned by ``Store.incident``) and the incidents it follows."""
    sentences = [_what(incident)]
    sentences.append(_toll(incident))
    sentences += _party_figures(incident)
    sentences += _denials(incident)
    for prior in followed:
        evidence = next((f["evidence"] for f in incident.get("follows", []) if f["id"] == prior["id"]), "")
        why = " (the reports call it a reprisal)" if evidence else ""
        sentences.append(
            f"It followed incident {prior['id']}, in which {_actors(prior)} "
            f"{_verb(prior)}{_when(prior, lead=False)}{why}."
        )
    sentences.append(_sources(incident))
    return " ".join(s for s in sentences if s)


def _actors(row: dict[str, Any]) -> str:
    a1 = row.get("actor1") or "unidentified perpetrators"
    allies = [a for a in (row.get("assoc_actor_1") or "").split("; ") if a]
    return a1 + (f" together with {', '.join(allies)}" if allies else "")


def _verb(row: dict[str, Any]) -> str:
    victims = row.get("actor2") or "unidentified targets"
    assoc2 = [a for a in (row.get("assoc_actor_2") or "").split("; ") if a]
    if assoc2:
        victims += f" ({', '.join(assoc2)})"
    return _VERBS.get(row["sub_event_type"], "were involved in an incident with {a2}").format(a2=victims)


def _when(row: dict[str, Any], *, lead: bool = True) -> str:
    raw = row.get("event_date")
    if not raw:
        return " on an unreported date"
    day = date.fromisoformat(raw)
    precision = row.get("time_precision") or 3
    if precision == 1:
        return f" on {day.day} {day:%B %Y}"
    if precision == 2:
        return f" in the week of {day.day} {day:%B %Y}"
    return f" in {day:%B %Y} (day not reported)"


def _where(row: dict[str, Any]) -> str:
    country = row.get("country")
    if not country:
        return " at an unreported place"
    place = row.get("location") or country
    if place == country:
        return f" in {country} (no town named)"
    admin = row.get("admin1")
    region = f", {admin}" if admin and admin != place else ""
    near = "near " if row.get("geo_precision") == 2 else ""
    return f" {near or 'in '}{place}{region}, {country}"


def _what(row: dict[str, Any]) -> str:
    kind = f"{row['sub_event_type']} ({row['event_type']})"
    return f"{kind}:{_when(row)}{_where(row)}, {_actors(row)} reportedly {_verb(row)}."


def _toll(row: dict[str, Any]) -> str:
    low, best, high = row.get("low", 0), row.get("best", 0), row.get("high", 0)
    victims = " Women and children are reported among the victims." if row.get("women_children") else ""
    if not high:
        return "No deaths were reported." + victims
    if low == high:
        return f"Reported deaths: {best}.{victims}"
    return f"Reported deaths range from {low} to {high}, best estimate {best}.{victims}"


def _party_figures(row: dict[str, Any]) -> list[str]:
    out, seen = [], set()
    for c in row.get("claims", []):
        if c["kind"] != "killed" or c["figure"] is None or c["stance"] == "denied":
            continue
        who = (
            c["source"] or f"the outlet ({c['outlet']})" if (c["source"] or c.get("outlet")) else "the report"
        )
        key = (who, c["figure"], c["counted"])
        if key in seen:
            continue
        seen.add(key)
        verb = {"alleged": "allege", "confirmed": "confirm"}.get(c["stance"], "say")
        out.append(
            f"{_cap(who)} {_agree(who, verb)} {c['figure']} {_COUNTED.get(c['counted'], 'people')} were killed."
        )
    return out


def _denials(row: dict[str, Any]) -> list[str]:
    out = []
    for c in row.get("claims", []):
        if c["stance"] != "denied":
            continue
        who = c["source"] or "a party"
        counted = _COUNTED.get(c["counted"], "people")
        out.append(f"{_cap(who)} {_agree(who, 'deny')} that {counted} were {c['kind']} as reported.")
    return out


def _agree(who: str, verb: str) -> str:
    """The verb in agreement with its subject: "residents say", "a military source says".

    A plural is a common noun in -s ("residents", "local sources"); a name ("Reuters",
    "Amnesty International") and "the outlet (...)" are singular.
    """
    head = who.split("(")[0].split()[-1] if who.split("(")[0].split() else ""
    plural = head.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if plural:
        return verb
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ies"
    return verb + "s"


def _sources(row: dict[str, Any]) -> str:
    reports = row.get("reports", [])
    outlets = sorted({r["outlet"] for r in reports if r.get("outlet")})
    n = len({r["sha256"] for r in reports})
    named = ", ".join(outlets) if outlets else "unnamed outlets"
    return f"Sources: {named} ({n} article{'s' if n != 1 else ''})."


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]
