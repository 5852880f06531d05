"""Where a service is, how far it is from the visitor, and whether its zone covers them.

A service's point is its own coordinates, else its structure's (resolved in the record),
else the reference point of its commune (known for the communes of the Gard). Services
offered only at a distance have no distance: they are reachable from anywhere.

``zone_eligibilite`` holds COG codes (data·inclusion v1): communes (5 characters),
départements (2 or 3), EPCI (9 digits), countries (``99100`` is France) or ``france``.
"""

from __future__ import annotations

import numpy as np

from app.core.geo import EARTH_RADIUS_M, distance_km
from app.core.records import ServiceRecord
from app.core.reference.communes import commune

FRANCE = "france"
FRANCE_COUNTRY_CODE = "99100"


def commune_point(code: str | None) -> tuple[float, float] | None:
    """The reference point (latitude, longitude) of a commune, if known."""
    item = commune(code)
    if item is None or item.latitude is None or item.longitude is None:
        return None
    return item.latitude, item.longitude


def record_point(record: ServiceRecord) -> tuple[float, float] | None:
    """Where the service is received: its coordinates, else its commune's point."""
    if record.latitude is not None and record.longitude is not None:
        return record.latitude, record.longitude
    return commune_point(record.code_insee)


def distance_from(commune_code: str | None, record: ServiceRecord) -> float | None:
    """Kilometres from the visitor's commune to an on-site service, as the crow flies.

    None when it cannot be said: unknown commune or commune without a point, service
    without a place, or service offered only at a distance (no place to go to).
    """
    origin = commune_point(commune_code)
    if origin is None or record.is_remote_only:
        return None
    point = record_point(record)
    if point is None:
        return None
    return distance_km(origin[0], origin[1], point[0], point[1])


def normalise_zone_code(code: str) -> str:
    """``France`` → ``france``, ``2a`` → ``2A``, spaces removed."""
    text = code.strip().replace(" ", "")
    return FRANCE if text.lower() == FRANCE else text.upper()


def zone_codes_covering(commune_code: str | None) -> frozenset[str] | None:
    """Every zone code that includes this commune (the commune, its EPCI, its département,
    France), or None for an unknown commune."""
    item = commune(commune_code)
    if item is None:
        return None
    codes = {item.code, item.departement, FRANCE, FRANCE_COUNTRY_CODE}
    if item.epci:
        codes.add(item.epci)
    return frozenset(codes)


def in_zone(
    commune_code: str | None, zone_eligibilite: tuple[str, ...] | list[str] | None
) -> bool | None:
    """Whether a visitor living in this commune is in the service's eligibility zone.

    None (unknown) when the service gives no zone or the commune is unknown.
    """
    if not zone_eligibilite:
        return None
    covering = zone_codes_covering(commune_code)
    if covering is None:
        return None
    return any(normalise_zone_code(code) in covering for code in zone_eligibilite)


def zone_label(code: str) -> str:
    """A zone code in words: « Nîmes (30189) », « Gard (30) », « Nîmes Métropole »…"""
    from app.core.reference.communes import epci_name

    normalised = normalise_zone_code(code)
    if normalised in (FRANCE, FRANCE_COUNTRY_CODE):
        return "toute la France"
    if len(normalised) == 9 and normalised.isdigit():
        return epci_name(normalised) or f"intercommunalité {normalised}"
    item = commune(normalised) if len(normalised) == 5 else None
    if item is not None:
        return f"{item.nom} ({item.code})"
    if len(normalised) in (2, 3):
        return f"département {normalised}"
    return normalised


def unit_vectors(latitudes: np.ndarray, longitudes: np.ndarray) -> np.ndarray:
    """Points as unit vectors of the Earth's centre (a 3 × n array; NaN for no point)."""
    phi = np.radians(latitudes)
    lam = np.radians(longitudes)
    cos_phi = np.cos(phi)
    return np.stack([cos_phi * np.cos(lam), cos_phi * np.sin(lam), np.sin(phi)])


def distances_from_vectors(latitude: float, longitude: float, vectors: np.ndarray) -> np.ndarray:
    """Great-circle distances (km) from one point to points given as unit vectors.

    The chord between two unit vectors gives the haversine exactly (h = (chord / 2)²), so
    this is the formula of ``app.core.geo.haversine_m`` with one transcendental function per
    point instead of five: four times faster on a national catalogue.
    """
    origin = unit_vectors(np.array([latitude]), np.array([longitude]))[:, 0]
    result = vectors[0] - origin[0]
    result *= result
    for axis in (1, 2):
        delta = vectors[axis] - origin[axis]
        delta *= delta
        result += delta
    np.sqrt(result, out=result)
    result *= 0.5
    np.minimum(result, 1.0, out=result)
    np.arcsin(result, out=result)
    result *= 2 * EARTH_RADIUS_M / 1000.0
    return result


def distances_km(
    latitude: float, longitude: float, latitudes: np.ndarray, longitudes: np.ndarray
) -> np.ndarray:
    """Vectorised great-circle distances (km) from one point to arrays of points (NaN in,
    NaN out); the same formula as ``app.core.geo.haversine_m``."""
    return distances_from_vectors(latitude, longitude, unit_vectors(latitudes, longitudes))
