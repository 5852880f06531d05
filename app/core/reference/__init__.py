"""Reference data derived from ../shared/data by scripts/build_resources.py.

Each module loads its file from resources/reference/ lazily (functools caches) on first use:
communes (COG 2026, EPCI), vocabularies (data·inclusion v1), qpv (QPV 2015 of the Gard),
tango (bus stops of Nîmes Métropole).
"""
