from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.geo import distance_km, haversine_m, in_france

NIMES_ARENES = (43.8348, 4.3594)
ALES = (44.1250, 4.0810)
PARIS_NOTRE_DAME = (48.8530, 2.3499)


def test_same_point_is_zero():
    assert haversine_m(*NIMES_ARENES, *NIMES_ARENES) == 0.0


def test_one_degree_of_latitude_is_about_111_km():
    assert haversine_m(43.0, 4.0, 44.0, 4.0) == pytest.approx(111_195, rel=1e-3)


def test_known_distances():
    # Nîmes – Alès is about 40 km as the crow flies, Nîmes – Paris about 580 km.
    assert distance_km(*NIMES_ARENES, *ALES) == pytest.approx(39.6, abs=1.0)
    assert distance_km(*NIMES_ARENES, *PARIS_NOTRE_DAME) == pytest.approx(579, abs=3)


def test_distance_km_is_metres_divided_by_1000():
    assert distance_km(*NIMES_ARENES, *ALES) == pytest.approx(
        haversine_m(*NIMES_ARENES, *ALES) / 1000
    )


def test_antipodes_do_not_fail():
    assert haversine_m(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * 6_371_008.8)


latitudes = st.floats(min_value=-90, max_value=90)
longitudes = st.floats(min_value=-180, max_value=180)


@given(latitudes, longitudes, latitudes, longitudes)
def test_haversine_is_symmetric_and_bounded(lat1, lon1, lat2, lon2):
    d = haversine_m(lat1, lon1, lat2, lon2)
    assert d == pytest.approx(haversine_m(lat2, lon2, lat1, lon1), abs=1e-6)
    assert 0.0 <= d <= math.pi * 6_371_008.8 + 1e-6


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        NIMES_ARENES,
        PARIS_NOTRE_DAME,
        (41.39, 9.16),  # Bonifacio, Corse-du-Sud
        (48.45, -5.09),  # Ouessant
        (16.24, -61.53),  # Pointe-à-Pitre, Guadeloupe
        (14.60, -61.07),  # Fort-de-France, Martinique
        (4.94, -52.33),  # Cayenne, Guyane
        (-20.88, 55.45),  # Saint-Denis, La Réunion
        (-12.78, 45.23),  # Mamoudzou, Mayotte
    ],
)
def test_in_france(latitude, longitude):
    assert in_france(latitude, longitude)


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (4.3594, 43.8348),  # Nîmes with latitude and longitude swapped
        (0.0, 0.0),
        (40.4168, -3.7038),  # Madrid
        (51.5074, -0.1278),  # London
        (None, 4.36),
        (43.83, None),
        (math.nan, 4.36),
    ],
)
def test_not_in_france(latitude, longitude):
    assert not in_france(latitude, longitude)
