"""Small builders for domain records, shared by the tests."""

from __future__ import annotations

from datetime import date

from vigil.domain import Actor, Article, Claim, Location, Report
from vigil.taxonomy import ActorType, ClaimKind, Counted, SourceKind, Stance, SubEventType

MALI_ARMY = Actor(name="Military Forces of Mali (2021-)", type=ActorType.STATE_FORCES, country="Mali")
WAGNER = Actor(name="Wagner Group", type=ActorType.EXTERNAL_FORCES)
CIVILIANS_MALI = Actor(name="Civilians (Mali)", type=ActorType.CIVILIANS, country="Mali")
FLA = Actor(name="Azawad Liberation Front", type=ActorType.REBEL_GROUP, country="Mali")
KIDAL = Location(
    name="Kidal", country="Mali", admin1="Kidal", latitude=18.44, longitude=1.41, geo_precision=1
)
GAO = Location(name="Gao", country="Mali", admin1="Gao", latitude=16.27, longitude=-0.04, geo_precision=1)


def article(
    text: str, *, ident: str | None = None, published: date | None = None, outlet: str = "Wire"
) -> Article:
    return Article(text=text, external_id=ident, published=published, outlet=outlet, origin="test")


def killed(
    figure: int | None,
    *,
    source: str = "",
    stance: Stance = Stance.ASSERTED,
    counted: Counted = Counted.TOTAL,
    kind: SourceKind = SourceKind.OUTLET,
) -> Claim:
    return Claim(
        kind=ClaimKind.KILLED,
        figure=figure,
        counted=counted,
        source=source,
        source_kind=kind,
        stance=stance,
        sentence=f"{figure} killed",
    )


def report(
    sub: SubEventType = SubEventType.ATTACK,
    *,
    day: date | None = date(2024, 3, 3),
    where: Location | None = KIDAL,
    actor1: Actor | None = MALI_ARMY,
    actor2: Actor | None = CIVILIANS_MALI,
    fatalities: int = 0,
    claims: tuple[Claim, ...] = (),
) -> Report:
    return Report(
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        event_date=day,
        time_precision=1,
        location=where,
        fatalities=fatalities,
        claims=claims,
        sentences=("A sentence.",),
        confidence=0.9,
    )
