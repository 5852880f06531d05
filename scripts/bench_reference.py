"""Benchmark of the reference data loaders and lookups (prints figures, asserts nothing).

Usage: .venv/bin/python scripts/bench_reference.py [--calls N]
Each load is timed in a fresh interpreter so that the functools caches start empty.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

FIRST_LOADS = {
    "communes()": "from app.core.reference.communes import communes as f",
    "vocabularies thematiques()": "from app.core.reference.vocabularies import thematiques as f",
    "qpvs()": "from app.core.reference.qpv import qpvs as f",
    "tango stops()": "from app.core.reference.tango import stops as f",
}


def first_load(setup: str) -> float:
    code = f"import time\n{setup}\nt = time.perf_counter()\nf()\nprint(time.perf_counter() - t)"
    output = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=REPO_ROOT
    )
    return float(output.stdout)


def per_call(label: str, function, points, **kwargs) -> None:
    start = time.perf_counter()
    for lat, lon in points:
        function(lat, lon, **kwargs)
    elapsed = time.perf_counter() - start
    print(f"  {label:<52} {elapsed:7.2f} s  {elapsed / len(points) * 1e6:8.1f} µs/call")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=140_000)
    args = parser.parse_args()

    print("First load (fresh interpreter, median of 3):")
    for label, setup in FIRST_LOADS.items():
        runs = sorted(first_load(setup) for _ in range(3))
        print(f"  {label:<52} {runs[1] * 1000:7.1f} ms")

    from app.core.reference import communes, qpv, tango
    from app.core.text import fold

    communes.communes()
    tango.stops()
    qpv.qpvs()
    rng = random.Random(1)
    n = args.calls
    around_nimes = [(rng.uniform(43.65, 44.0), rng.uniform(4.1, 4.6)) for _ in range(n)]
    gard = [(rng.uniform(43.45, 44.45), rng.uniform(3.3, 4.85)) for _ in range(n)]
    france = [(rng.uniform(42.5, 50.5), rng.uniform(-4.0, 7.5)) for _ in range(n)]

    print(f"\n{n} calls each (cold: empty candidate cache; warm: same points again):")
    for label, points in (("around Nîmes", around_nimes), ("in the Gard", gard)):
        tango._candidates.cache_clear()
        per_call(f"nearest_stop, points {label}, cold", tango.nearest_stop, points)
        per_call(f"nearest_stop, points {label}, warm", tango.nearest_stop, points)
        cells = tango._candidates.cache_info().currsize
        print(f"  ({cells} cells cached)")
    per_call("nearest_stop, Gard, max_metres=1000", tango.nearest_stop, gard, max_metres=1000)
    per_call("nearest_stop, France, max_metres=1000", tango.nearest_stop, france, max_metres=1000)
    per_call("nearest_stop, France, no limit (n/10 calls)", tango.nearest_stop, france[: n // 10])
    per_call(
        "stops_within 500 m, points around Nîmes", tango.stops_within, around_nimes, metres=500
    )
    per_call("qpv_at, points around Nîmes", qpv.qpv_at, around_nimes)

    names = [c.nom for c in communes.communes().values()]
    start = time.perf_counter()
    for name in names:
        fold(name)
    elapsed = time.perf_counter() - start
    print(f"\nfold() on the {len(names)} commune names: {elapsed * 1000:.1f} ms")

    queries = ["n", "ni", "nim", "nime", "nimes", "st g", "st gilles", "30", "300", "30900"]
    for departement in ("30", None):
        communes.search_communes("x", departement=departement)  # build the index once
        start = time.perf_counter()
        for query in queries:
            communes.search_communes(query, departement=departement)
        elapsed = (time.perf_counter() - start) / len(queries)
        where = "Gard" if departement else "France"
        print(f"search_communes ({where}), per keystroke: {elapsed * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
