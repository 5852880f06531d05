"""Stops of the Tango bus network (Nîmes Métropole) and nearest-stop lookups.

Loaded lazily from resources/reference/tango_stops.csv (see PROVENANCE.md). The stops are
grouped in a grid of CELL_DEGREES cells. Searches compare haversine values (no asin per stop)
and prune with exact lower bounds, so the answers are those of a full scan.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from math import asin, cos, floor, pi, radians, sin, sqrt

from app.core.geo import EARTH_RADIUS_M
from app.core.paths import REFERENCE_DIR

CELL_DEGREES = 0.01  # about 1.1 km north-south, 0.8 km east-west around Nîmes
NEAR_DEGREES = 1.0  # nearest_stop caches candidates per cell up to this far from the stops


@dataclass(frozen=True, slots=True)
class Stop:
    id: str
    nom: str
    latitude: float
    longitude: float


# (stop, latitude in radians, longitude in radians, cos latitude)
_Entry = tuple[Stop, float, float, float]
# (south, north, west, east) in radians, and the smallest cos(latitude) inside
_Box = tuple[float, float, float, float, float]


@dataclass(frozen=True, slots=True)
class _Grid:
    cells: dict[tuple[int, int], tuple[_Entry, ...]]
    boxes: tuple[tuple[_Box, tuple[_Entry, ...]], ...]  # each non-empty cell: stops' box
    entries: tuple[_Entry, ...]
    box: _Box  # of all the stops
    i_range: tuple[int, int]  # rows and columns of the non-empty cells
    j_range: tuple[int, int]
    near_i: tuple[int, int]  # rows and columns where nearest_stop caches candidates
    near_j: tuple[int, int]


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


def _box_of(entries) -> _Box:
    return (
        min(e[1] for e in entries),
        max(e[1] for e in entries),
        min(e[2] for e in entries),
        max(e[2] for e in entries),
        min(e[3] for e in entries),
    )


def _cell_box(i: int, j: int) -> _Box:
    south, north = radians(i * CELL_DEGREES), radians((i + 1) * CELL_DEGREES)
    west, east = radians(j * CELL_DEGREES), radians((j + 1) * CELL_DEGREES)
    return south, north, west, east, min(cos(south), cos(north))


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
    margin = round(NEAR_DEGREES / CELL_DEGREES)
    i_min, i_max = min(i for i, _ in cells), max(i for i, _ in cells)
    j_min, j_max = min(j for _, j in cells), max(j for _, j in cells)
    return _Grid(
        cells={key: tuple(value) for key, value in cells.items()},
        boxes=tuple((_box_of(value), tuple(value)) for _, value in sorted(cells.items())),
        entries=tuple(entries),
        box=_box_of(entries),
        i_range=(i_min, i_max),
        j_range=(j_min, j_max),
        near_i=(i_min - margin, i_max + margin),
        near_j=(j_min - margin, j_max + margin),
    )


def _h_to_metres(h: float) -> float:
    return 2 * EARTH_RADIUS_M * asin(min(1.0, sqrt(h)))


def _metres_to_h(metres: float) -> float:
    """Haversine value of a distance (inverse of _h_to_metres)."""
    half_angle = metres / (2 * EARTH_RADIUS_M)
    return 1.0 if half_angle >= pi / 2 else sin(half_angle) ** 2


def _wrapped(delta: float) -> float:
    """Absolute longitude difference folded into [0, pi]."""
    delta = abs(delta) % (2 * pi)
    return 2 * pi - delta if delta > pi else delta


def _gap_h(a: _Box, b: _Box) -> float:
    """Lower bound of the haversine value between any point of box a and any of box b."""
    d_phi = max(a[0] - b[1], b[0] - a[1], 0.0)
    if a[3] < b[2] or b[3] < a[2]:  # disjoint longitudes
        d_lam = min(
            _wrapped(b[2] - a[3]),
            _wrapped(a[2] - b[3]),
            _wrapped(b[3] - a[2]),
            _wrapped(a[3] - b[2]),
        )
    else:
        d_lam = 0.0
    return sin(d_phi / 2) ** 2 + a[4] * b[4] * sin(d_lam / 2) ** 2


def _scan(entries, phi: float, lam: float, cos_phi: float, best_h: float, best):
    """Best (haversine value, entry) among entries, starting from (best_h, best)."""
    for entry in entries:
        _, phi2, lam2, cos2 = entry
        h = sin((phi2 - phi) / 2) ** 2
        if h > best_h:
            continue
        h += cos_phi * cos2 * sin((lam2 - lam) / 2) ** 2
        if h < best_h or (h == best_h and (best is None or entry[0].id < best[0].id)):
            best_h, best = h, entry
    return best_h, best


def _point_gap_h(phi: float, lam: float, cos_phi: float, box: _Box) -> float:
    """Lower bound of the haversine value between a point and any point of a box."""
    south, north, west, east, cos_box = box
    d_phi = max(south - phi, phi - north, 0.0)
    if west <= lam <= east:
        return sin(d_phi / 2) ** 2
    d_lam = min(_wrapped(lam - west), _wrapped(lam - east))
    return sin(d_phi / 2) ** 2 + cos_phi * cos_box * sin(d_lam / 2) ** 2


def _nearest_by_boxes(grid: _Grid, phi: float, lam: float, best_h: float, best):
    """Nearest stop visiting the grid cells in order of their lower bound."""
    cos_phi = cos(phi)
    bounds = sorted(
        (_point_gap_h(phi, lam, cos_phi, box), index) for index, (box, _) in enumerate(grid.boxes)
    )
    for bound, index in bounds:
        if bound > best_h:
            break
        best_h, best = _scan(grid.boxes[index][1], phi, lam, cos_phi, best_h, best)
    return best_h, best


@cache
def _candidates(i: int, j: int) -> tuple[_Entry, ...]:
    """Every stop that is the nearest stop of some point of the query cell (i, j).

    With c the centre of the cell, r the largest distance from c to the cell and d the
    distance from c to its nearest stop, every point p of the cell has a stop within r + d;
    a stop whose lower-bound distance to the cell exceeds r + d is nobody's nearest.
    """
    grid = _grid()
    cell = _cell_box(i, j)
    south, north, west, east, _ = cell
    phi_c, lam_c = (south + north) / 2, (west + east) / 2
    centre_h, _ = _nearest_by_boxes(grid, phi_c, lam_c, 2.0, None)
    # The farthest points of a cell from its centre are its corners.
    half_width = (east - west) / 2
    radius = max(
        _h_to_metres(
            sin((corner - phi_c) / 2) ** 2 + cos(phi_c) * cos(corner) * sin(half_width / 2) ** 2
        )
        for corner in (south, north)
    )
    upper_h = _metres_to_h(_h_to_metres(centre_h) + radius * (1 + 1e-9) + 0.01)
    kept = []
    for box, entries in grid.boxes:
        if _gap_h(cell, box) > upper_h:
            continue
        for entry in entries:
            _, phi2, lam2, cos2 = entry
            if _point_gap_h(phi2, lam2, cos2, cell) <= upper_h:
                kept.append(entry)
    return tuple(kept)


def nearest_stop(
    latitude: float | None, longitude: float | None, max_metres: float | None = None
) -> tuple[Stop, float] | None:
    """The nearest stop and its distance in metres, or None if there is none within
    max_metres (or no coordinates). Ties go to the smaller stop id.

    Within NEAR_DEGREES of the network (the whole Gard) the stops that can be nearest are
    computed per grid cell on first use (a fraction of a millisecond) and cached, so a call
    then costs a few microseconds. Farther away, a call with max_metres usually ends at the
    bounding-box test; without it, every stop is scanned (a few hundred microseconds).
    """
    if latitude is None or longitude is None:
        return None
    grid = _grid()
    phi, lam = radians(latitude), radians(longitude)
    limit_h = 2.0 if max_metres is None else _metres_to_h(max_metres)
    cos_phi = cos(phi)
    if max_metres is not None and _point_gap_h(phi, lam, cos_phi, grid.box) > limit_h:
        return None
    qi, qj = floor(latitude / CELL_DEGREES), floor(longitude / CELL_DEGREES)
    if grid.near_i[0] <= qi <= grid.near_i[1] and grid.near_j[0] <= qj <= grid.near_j[1]:
        best_h, best = _scan(_candidates(qi, qj), phi, lam, cos_phi, limit_h, None)
    else:
        best_h, best = _scan(grid.entries, phi, lam, cos_phi, limit_h, None)
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
    if _point_gap_h(phi, lam, cos_phi, grid.box) > limit_h:
        return []
    span_lat = metres / EARTH_RADIUS_M * 180 / pi
    widest = abs(latitude) + span_lat
    if widest >= 89.0 or span_lat / cos(radians(widest)) >= 180:
        candidates = grid.entries
    else:
        span_lon = span_lat / cos(radians(widest))
        i_lo = max(floor((latitude - span_lat) / CELL_DEGREES), grid.i_range[0])
        i_hi = min(floor((latitude + span_lat) / CELL_DEGREES), grid.i_range[1])
        j_lo = max(floor((longitude - span_lon) / CELL_DEGREES), grid.j_range[0])
        j_hi = min(floor((longitude + span_lon) / CELL_DEGREES), grid.j_range[1])
        candidates = [
            entry
            for i in range(i_lo, i_hi + 1)
            for j in range(j_lo, j_hi + 1)
            for entry in grid.cells.get((i, j), ())
        ]
    found: list[tuple[float, str, Stop]] = []
    for stop, phi2, lam2, cos2 in candidates:
        h = sin((phi2 - phi) / 2) ** 2 + cos_phi * cos2 * sin((lam2 - lam) / 2) ** 2
        if h <= limit_h:
            found.append((h, stop.id, stop))
    found.sort()
    return [(stop, _h_to_metres(h)) for h, _, stop in found]
