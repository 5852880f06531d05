"""Distances on the Earth and a coarse "is this point in France?" check."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

EARTH_RADIUS_M = 6_371_008.8  # mean Earth radius (IUGG)

# (name, south, north, west, east) in degrees, with a small margin around the land.
FRANCE_BOXES: tuple[tuple[str, float, float, float, float], ...] = (
    ("France métropolitaine", 41.30, 51.15, -5.25, 9.65),
    ("Guadeloupe", 15.80, 16.55, -61.85, -60.95),
    ("Martinique", 14.35, 14.90, -61.25, -60.75),
    ("Guyane", 2.10, 5.80, -54.65, -51.55),
    ("La Réunion", -21.40, -20.85, 55.20, 55.85),
    ("Mayotte", -13.05, -12.60, 44.95, 45.35),
)


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two WGS84 points given in degrees."""
    phi1, phi2 = radians(lat1), radians(lat2)
    h = sin((phi2 - phi1) / 2) ** 2 + cos(phi1) * cos(phi2) * sin(radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * asin(min(1.0, sqrt(h)))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    return haversine_m(lat1, lon1, lat2, lon2) / 1000.0


def in_france(latitude: float | None, longitude: float | None) -> bool:
    """True if the point falls in metropolitan France or an overseas département
    (bounding boxes: a plausibility check, not a border test). Catches swapped or zero
    coordinates."""
    if latitude is None or longitude is None:
        return False
    return any(
        south <= latitude <= north and west <= longitude <= east
        for _, south, north, west, east in FRANCE_BOXES
    )
