"""Stops of the Tango bus network (Nîmes Métropole) and nearest-stop lookups.

Loaded lazily from resources/reference/tango_stops.csv (see PROVENANCE.md). A grid of
CELL_DEGREES cells indexes the stops; searches compare haversine values (no asin per stop)
against exact lower bounds, so the answers are those of a full scan.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from math import asin, cos, floor, pi, radians, sin, sqrt

from app.core.geo import EARTH_RADIUS_M
from app.core.paths import REFERENCE_DIR

CELL_DEGREES = 0.01  # about 1.1 km north-south, 0.8 km east-west around Nîmes
_FAR_RINGS = 3  # beyond this many cells outside the grid, scan all stops instead of rings


@dataclass(frozen=True, slots=True)
class Stop:
    id: str
    nom: str
    latitude: float
    longitude: float


# (stop, latitude in radians, longitude in radians, cos latitude)
_Entry = tuple[Stop, float, float, float]


@dataclass(frozen=True, slots=True)
class _Grid:
    cells: dict[tuple[int, int], tuple[_Entry, ...]]
    entries: tuple[_Entry, ...]
    i_min: int
    i_max: int
    j_min: int
    j_max: int
    south: float  # radians
    north: float
    west: float
    east: float
    cos_max: float  # smallest cos(latitude) over the stops


@cache
def stops() -> dict[str, Stop]:
    """The 1 138 Tango stop points by id."""
    result: dict[str, Stop] = {}
    with (REFERENCE_DIR / "tango_stops.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        for stop_id, nom, lat, lon in rows:
            result[stop_id] = Stop(id=stop_id, nom=nom, latitude=float(lat), longitude=float(lon))
    return result


@cache
def _grid() -> _Grid:
    cells: dict[tuple[int, int], list[_Entry]] = {}
    entries = []
    for stop in stops().values():
        phi = radians(stop.latitude)
        entry = (stop, phi, radians(stop.longitude), cos(phi))
        entries.append(entry)
        key = (floor(stop.latitude / CELL_DEGREES), floor(stop.longitude / CELL_DEGREES))
        cells.setdefault(key, []).append(entry)
    return _Grid(
        cells={key: tuple(value) for key, value in cells.items()},
        entries=tuple(entries),
        i_min=min(i for i, _ in cells),
        i_max=max(i for i, _ in cells),
        j_min=min(j for _, j in cells),
        j_max=max(j for _, j in cells),
        south=min(e[1] for e in entries),
        north=max(e[1] for e in entries),
        west=min(e[2] for e in entries),
        east=max(e[2] for e in entries),
        cos_max=min(e[3] for e in entries),
    )


def _h_to_metres(h: float) -> float:
    return 2 * EARTH_RADIUS_M * asin(min(1.0, sqrt(h)))


def _metres_to_h(metres: float) -> float:
    """Haversine value of a distance (inverse of _h_to_metres)."""
    half_angle = metres / (2 * EARTH_RADIUS_M)
    return 1.0 if half_angle >= pi / 2 else sin(half_angle) ** 2


def _ring_cells(grid: _Grid, qi: int, qj: int, k: int):
    """Cells of the square ring at Chebyshev distance k from (qi, qj), clipped to the grid."""
    cells = grid.cells
    if k == 0:
        found = cells.get((qi, qj))
        if found:
            yield found
        return
    j_lo, j_hi = max(qj - k, grid.j_min), min(qj + k, grid.j_max)
    for i in (qi - k, qi + k):
        if grid.i_min <= i <= grid.i_max:
            for j in range(j_lo, j_hi + 1):
                found = cells.get((i, j))
                if found:
                    yield found
    i_lo, i_hi = max(qi - k + 1, grid.i_min), min(qi + k - 1, grid.i_max)
    for j in (qj - k, qj + k):
        if grid.j_min <= j <= grid.j_max:
            for i in range(i_lo, i_hi + 1):
                found = cells.get((i, j))
                if found:
                    yield found


def _scan(entries, phi: float, lam: float, cos_phi: float, best_h: float, best):
    for entry in entries:
        _, phi2, lam2, cos2 = entry
        h = sin((phi2 - phi) / 2) ** 2 + cos_phi * cos2 * sin((lam2 - lam) / 2) ** 2
        if h < best_h or (h == best_h and best is not None and entry[0].id < best[0].id):
            best_h, best = h, entry
    return best_h, best


def nearest_stop(
    latitude: float | None, longitude: float | None, max_metres: float | None = None
) -> tuple[Stop, float] | None:
    """The nearest stop and its distance in metres, or None if there is none within
    max_metres (or no coordinates). Ties go to the smaller stop id."""
    if latitude is None or longitude is None:
        return None
    grid = _grid()
    phi, lam = radians(latitude), radians(longitude)
    cos_phi = cos(phi)
    limit_h = 2.0 if max_metres is None else _metres_to_h(max_metres)
    # Exact lower bound for every stop: distance to the stops' bounding box.
    d_phi = max(grid.south - phi, phi - grid.north, 0.0)
    d_lam = max(grid.west - lam, lam - grid.east, 0.0)
    box_h = sin(d_phi / 2) ** 2 + cos_phi * grid.cos_max * sin(min(d_lam, pi) / 2) ** 2
    if box_h > limit_h:
        return None

    qi, qj = floor(latitude / CELL_DEGREES), floor(longitude / CELL_DEGREES)
    outside = max(grid.i_min - qi, qi - grid.i_max, grid.j_min - qj, qj - grid.j_max, 0)
    best_h, best = limit_h, None
    if outside > _FAR_RINGS:
        best_h, best = _scan(grid.entries, phi, lam, cos_phi, best_h, best)
    else:
        last = max(qi - grid.i_min, grid.i_max - qi, qj - grid.j_min, grid.j_max - qj)
        half_cell = radians(CELL_DEGREES) / 2
        bound_factor = cos_phi * grid.cos_max
        for k in range(outside, last + 1):
            for entries in _ring_cells(grid, qi, qj, k):
                best_h, best = _scan(entries, phi, lam, cos_phi, best_h, best)
            # Stops in ring k + 1 are at least k cells away along one axis.
            next_bound = min(sin(k * half_cell) ** 2, bound_factor * sin(k * half_cell) ** 2)
            if next_bound > best_h:
                break
    if best is None:
        return None
    return best[0], _h_to_metres(best_h)


def stops_within(
    latitude: float | None, longitude: float | None, metres: float
) -> list[tuple[Stop, float]]:
    """Stops within `metres` of the point, nearest first, with their distance in metres."""
    if latitude is None or longitude is None or metres < 0:
        return []
    grid = _grid()
    phi, lam = radians(latitude), radians(longitude)
    cos_phi = cos(phi)
    limit_h = _metres_to_h(metres)
    span_lat = metres / EARTH_RADIUS_M * 180 / pi
    widest = min(abs(latitude) + span_lat, 89.0)
    span_lon = span_lat / cos(radians(widest))
    i_lo = max(floor((latitude - span_lat) / CELL_DEGREES), grid.i_min)
    i_hi = min(floor((latitude + span_lat) / CELL_DEGREES), grid.i_max)
    j_lo = max(floor((longitude - span_lon) / CELL_DEGREES), grid.j_min)
    j_hi = min(floor((longitude + span_lon) / CELL_DEGREES), grid.j_max)
    if widest >= 89.0 or span_lon >= 180:
        i_lo, i_hi, j_lo, j_hi = grid.i_min, grid.i_max, grid.j_min, grid.j_max
    found: list[tuple[float, str, Stop]] = []
    for i in range(i_lo, i_hi + 1):
        for j in range(j_lo, j_hi + 1):
            for stop, phi2, lam2, cos2 in grid.cells.get((i, j), ()):
                h = sin((phi2 - phi) / 2) ** 2 + cos_phi * cos2 * sin((lam2 - lam) / 2) ** 2
                if h <= limit_h:
                    found.append((h, stop.id, stop))
    found.sort()
    return [(stop, _h_to_metres(h)) for h, _, stop in found]
