"""Priority neighbourhoods (QPV) of the Gard, 2015 generation, and point-in-QPV lookup.

The 2015 geography was replaced on 1 January 2024 by the QPV 2024 (codes QN…): whatever the
user sees about it must carry QPV_GENERATION_LABEL. Loaded lazily from
resources/reference/qpv2015_gard.geojson (see PROVENANCE.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.core.paths import REFERENCE_DIR

QPV_GENERATION_LABEL = "Quartiers prioritaires (géographie 2015)"

Ring = tuple[tuple[float, float], ...]  # (longitude, latitude) points, closed
Polygon = tuple[Ring, ...]  # outer ring first, then holes


@dataclass(frozen=True, slots=True)
class QPV:
    code: str
    nom: str
    communes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Shape:
    qpv: QPV
    bbox: tuple[float, float, float, float]  # west, south, east, north
    polygons: tuple[Polygon, ...]


@cache
def _shapes() -> tuple[_Shape, ...]:
    with (REFERENCE_DIR / "qpv2015_gard.geojson").open(encoding="utf-8") as handle:
        collection = json.load(handle)
    shapes = []
    for feature in collection["features"]:
        props = feature["properties"]
        geometry = feature["geometry"]
        raw = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        polygons = tuple(
            tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon)
            for polygon in raw
        )
        west, south, east, north = feature["bbox"]
        shapes.append(
            _Shape(
                qpv=QPV(code=props["code"], nom=props["nom"], communes=tuple(props["communes"])),
                bbox=(west, south, east, north),
                polygons=polygons,
            )
        )
    return tuple(shapes)


@cache
def qpvs() -> dict[str, QPV]:
    """The 18 QPV of the Gard by code (QP030001…)."""
    return {shape.qpv.code: shape.qpv for shape in _shapes()}


def qpv(code: str) -> QPV | None:
    return qpvs().get(code)


def qpvs_of_commune(code_insee: str) -> tuple[QPV, ...]:
    return tuple(q for q in qpvs().values() if code_insee in q.communes)


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    """Even-odd ray casting."""
    inside = False
    x1, y1 = ring[-1]
    for x2, y2 in ring:
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
        x1, y1 = x2, y2
    return inside


def _in_polygon(x: float, y: float, polygon: Polygon) -> bool:
    outer, *holes = polygon
    return _in_ring(x, y, outer) and not any(_in_ring(x, y, hole) for hole in holes)


def qpv_at(latitude: float | None, longitude: float | None) -> QPV | None:
    """The QPV (2015 geography) containing the point, or None."""
    if latitude is None or longitude is None:
        return None
    for shape in _shapes():
        west, south, east, north = shape.bbox
        if not (west <= longitude <= east and south <= latitude <= north):
            continue
        if any(_in_polygon(longitude, latitude, polygon) for polygon in shape.polygons):
            return shape.qpv
    return None
