"""The HTTP API and the web page, one FastAPI app over one store file.

Reads open a read-only connection per request; writes (corrections) need a
bearer token and go through one writer, one at a time, each with its audit
entry. Every error, from vigil or from the framework, is sent in one shape:
``{"error": {"code": "E002", "status": 404, "message": "..."}}``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from vigil.errors import UsageError, VigilError
from vigil.store import IncidentFilter, Store
from vigil.store import web as q

LOGGER = logging.getLogger(__name__)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
}
_EXPORT_TYPES = ("text/csv; charset=utf-8", "application/geo+json", "application/vnd.apache.parquet")
_STATUS_CODES = {400: "E001", 401: "E003", 403: "E003", 404: "E002", 405: "E001", 422: "E001"}


class ErrorBody(BaseModel):
    code: str = Field(description="stable vigil error code, e.g. E002")
    status: int
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class CorrectionIn(BaseModel):
    """A fix to one field of an incident; ``value`` is checked against the field's kind."""

    field: str = Field(description="sub_event_type, actor1, actor2, fatalities, location, ...")
    value: str | int | float | None
    reason: str = Field(min_length=1, max_length=2000)


# Query parameters shared by the list, timeline and export endpoints (module level so that
# FastAPI can resolve them under ``from __future__ import annotations``).
Country = Annotated[str | None, Query(max_length=200)]
Actor = Annotated[str | None, Query(max_length=200, description="substring of any actor name")]
Type = Annotated[str | None, Query(alias="type", max_length=100, description="event or sub-event type")]
Sub = Annotated[str | None, Query(max_length=100)]
Fat = Annotated[int | None, Query(ge=0, le=1_000_000_000)]
_NUM = r"-?[0-9]{1,3}(\.[0-9]{1,8})?"
Box = Annotated[
    str | None,
    Query(
        max_length=100,
        pattern=f"^{_NUM},{_NUM},{_NUM},{_NUM}$",
        description="west,south,east,north (degrees)",
    ),
]
Text = Annotated[str | None, Query(alias="q", max_length=500, description="full text (FTS5)")]
Id = Annotated[int, PathParam(ge=0, le=2**62)]


def error_response(status: int, code: str, message: str) -> JSONResponse:
    body = {"error": {"code": code, "status": status, "message": message}}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorResponse, "description": d}
    for s, d in ((400, "bad request"), (404, "not found"), (422, "invalid parameters"))
}


def filters(
    country: Country = None,
    actor: Actor = None,
    type_: Type = None,
    sub_event_type: Sub = None,
    since: date | None = None,
    until: date | None = None,
    min_fatalities: Fat = None,
    bbox: Box = None,
    search: Text = None,
) -> IncidentFilter:
    """The incident filters every list, timeline and export endpoint shares (a FastAPI dependency)."""
    box = None
    if bbox:
        try:
            west, south, east, north = (float(v) for v in bbox.split(","))
        except ValueError as exc:
            raise UsageError("bbox is west,south,east,north in degrees") from exc
        # Out-of-range values are clamped: a box dragged past the map edge still means "up to the edge".
        west, east = (min(180.0, max(-180.0, v)) for v in (west, east))
        south, north = sorted(min(90.0, max(-90.0, v)) for v in (south, north))
        box = (west, south, east, north)
    return IncidentFilter(
        country=country,
        actor=actor,
        event_type=type_,
        sub_event_type=sub_event_type,
        since=since,
        until=until,
        min_fatalities=min_fatalities,
        bbox=box,
        q=search,
    )


Filters = Annotated[IncidentFilter, Depends(filters)]


def create_app(db: str | Path, *, cors_origins: tuple[str, ...] = ()) -> FastAPI:
    """The app for the store at ``db`` (migrated once here, then read through read-only connections)."""
    db = str(db)
    with Store.open(db):  # create or upgrade the schema before any read-only connection
        pass
    app = FastAPI(
        title="vigil",
        summary="Sourced incidents of armed conflict, coded in the ACLED taxonomy.",
        version="1",
        docs_url=None,  # Swagger UI would load from a CDN: the page must work offline
        redoc_url=None,
        responses=ERRORS,
    )
    writer = threading.Lock()
    basemap_lock = threading.Lock()
    cache: dict[str, Any] = {}

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"])

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if request.url.path.startswith("/api/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(VigilError)
    async def vigil_error(request: Request, exc: VigilError) -> JSONResponse:
        return error_response(exc.http_status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(422, "E001", f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "E001" if exc.status_code < 500 else "E000")
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        LOGGER.exception("unhandled error on %s", request.url.path)
        return error_response(500, "E000", "internal error (logged on the server)")

    @contextmanager
    def reading() -> Iterator[Store]:
        with Store.open(db, readonly=True) as store:
            yield store

    @contextmanager
    def writing() -> Iterator[Store]:
        with writer, Store.open(db) as store:
            yield store

    @app.get("/api/incidents", tags=["incidents"])
    def list_incidents(
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=5000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """Incidents newest first, filtered; ``total`` counts every match, ``items`` is one page."""
        f = replace(f, limit=limit, offset=offset)
        with reading() as store:
            items = store.incidents(f)
            total = store.count_incidents(f) if offset or len(items) == limit else offset + len(items)
        return {"total": total, "limit": limit, "offset": offset, "items": [_public(r) for r in items]}

    @app.get("/api/incidents/{incident_id}", tags=["incidents"])
    def get_incident(incident_id: Id) -> dict[str, Any]:
        """One incident with claims, sources (reports and articles), history of corrections, chain and brief."""
        from vigil.serve.brief import brief

        with reading() as store:
            row = store.incident(incident_id)
            followed = [store.incident(f["id"]) for f in row["follows"]]
        out = _public(row)
        out["brief"] = brief(row, followed)
        return out

    @app.post(
        "/api/incidents/{incident_id}/corrections",
        tags=["corrections"],
        status_code=201,
        responses={401: {"model": ErrorResponse, "description": "no valid token"}},
    )
    def correct(
        incident_id: Id,
        body: CorrectionIn,
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Correct one field (type, actor, toll, place) of an incident. Needs ``Authorization: Bearer``."""
        secret = (
            authorization[7:].strip() if authorization and authorization[:7].lower() == "bearer " else None
        )
        with writing() as store:
            author = q.token_owner(store, secret)
            return q.add_correction(
                store, incident_id, field=body.field, value=body.value, reason=body.reason, author=author
            )

    @app.get("/api/timeline", tags=["stats"])
    def get_timeline(
        f: Filters,
        by: Annotated[str, Query(pattern="^(event_type|actor1)$")] = "event_type",
    ) -> list[dict[str, Any]]:
        """Incidents and fatalities per week (starting Monday) per event type or per actor1."""
        with reading() as store:
            return q.timeline(store, f, by=by)

    @app.get("/api/stats", tags=["stats"])
    def get_stats() -> dict[str, Any]:
        """Counts of articles, reports, incidents, claims, actors; incidents by type and country."""
        with reading() as store:
            return store.stats()

    @app.get("/api/actors", tags=["actors"])
    def get_actors(
        search: Text = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100
    ) -> list[dict[str, Any]]:
        """Actors by number of incidents; ``q`` matches part of the name."""
        with reading() as store:
            return q.actors(store, q=search, limit=limit)

    @app.get("/api/articles", tags=["articles"])
    def get_articles(
        search: Text = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> list[dict[str, Any]]:
        """Stored articles without their text; ``q`` searches title, outlet and text."""
        with reading() as store:
            return q.articles(store, q=search, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(article_id: Id) -> dict[str, Any]:
        """One article with its text and the incidents drawn from it."""
        with reading() as store:
            return q.article(store, article_id)

    @app.get(
        "/api/export",
        tags=["export"],
        response_class=Response,
        responses={200: {"content": {t: {} for t in _EXPORT_TYPES}, "description": "the file"}},
    )
    def get_export(
        f: Filters,
        format: Annotated[str, Query(pattern="^(acled-csv|ucdp-csv|geojson|parquet)$")] = "acled-csv",
    ) -> Response:
        """The filtered incidents as an ACLED or UCDP CSV, GeoJSON or Parquet file."""
        from vigil.export.formats import FORMATS, export

        with reading() as store:
            rows = q.with_sources(store, store.incidents(f))
        if "codes" not in cache:
            from vigil.export.geo import codes

            cache["codes"] = codes()
        suffix = {"acled-csv": "acled.csv", "ucdp-csv": "ucdp.csv"}.get(format, format)
        return Response(
            export(rows, format, cache["codes"]),
            media_type=FORMATS[format],
            headers={"Content-Disposition": f'attachment; filename="vigil-{suffix}"'},
        )

    @app.get(
        "/api/basemap.geojson",
        tags=["page"],
        response_class=Response,
        responses={200: {"content": {"application/geo+json": {}}, "description": "GeoJSON"}},
    )
    def get_basemap() -> Response:
        """Natural Earth country outlines (simplified), for the page's offline map."""
        with basemap_lock:
            if "basemap" not in cache:
                import json

                from vigil.export.geo import basemap

                cache["basemap"] = json.dumps(basemap(), separators=(",", ":")).encode()
        return Response(cache["basemap"], media_type="application/geo+json")

    static = files("vigil.serve") / "static"

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static / "index.html"), media_type="text/html; charset=utf-8")

    @app.get("/static/{name}", include_in_schema=False)
    def asset(name: str) -> FileResponse:
        types = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
        path = static / name
        if "/" in name or name.startswith(".") or not path.is_file() or Path(name).suffix not in types:
            raise StarletteHTTPException(404, f"no asset {name}")
        return FileResponse(str(path), media_type=types[Path(name).suffix])

    return app


def _public(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in ("updated_at",)}
    out["women_children"] = bool(row.get("women_children"))
    return out
