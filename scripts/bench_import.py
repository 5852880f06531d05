"""Benchmark of the importer (prints figures, asserts nothing).

Usage: .venv/bin/python scripts/bench_import.py [--services 140000] [--keep DIR]

1. imports the sample catalogue (db/sample) into a fresh SQLite file;
2. writes a synthetic national data·inclusion JSON pair (``app.core.bench.synthetic``:
   fictional services over the real communes of France) into a temporary folder, imports it
   into a fresh SQLite file, and times each phase (reading, checking, writing);
3. re-imports the same files (every row an update).
The synthetic files are deleted afterwards unless ``--keep`` names a folder.
Target: a national-size file (140 000 services) imports in well under a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))


class PhaseTimer:
    """A Progress whose status changes mark the phases of an import."""

    def __init__(self) -> None:
        from app.core.jobs import Progress

        self.marks: list[tuple[str, float]] = []
        self.end = 0.0
        self.progress = Progress(on_status=self._mark)

    def _mark(self, text: str) -> None:
        self.marks.append((text, time.perf_counter()))

    def phases(self) -> list[tuple[str, float]]:
        bounds = [*self.marks[1:], ("", self.end)]
        return [
            (label, stop - start)
            for (label, start), (_, stop) in zip(self.marks, bounds, strict=False)
        ]


def timed_import(files: list[Path], db_path: Path) -> tuple[float, object, PhaseTimer]:
    """Import into the SQLite file ``db_path``; returns (seconds, report, phase timer)."""
    from app.core.io import import_files
    from app.core.storage import open_database

    db = open_database(db_path)
    timer = PhaseTimer()
    start = time.perf_counter()
    report = import_files(db, files, progress=timer.progress)
    timer.end = time.perf_counter()
    elapsed = timer.end - start
    db.dispose()
    return elapsed, report, timer


def write_synthetic(directory: Path, n: int) -> list[Path]:
    from app.core.bench.synthetic import generate

    structures: list[dict] = []
    services: list[dict] = []
    for chunk_structures, chunk_services in generate(n):
        structures.extend(chunk_structures)
        services.extend(chunk_services)
    for service in services:
        # the search benchmark's generator mixes "tous-publics" with other publics, which the
        # data·inclusion schema forbids: keep the file valid so that every row is written
        if "tous-publics" in (service.get("publics") or []):
            service["publics"] = ["tous-publics"]
    paths = [directory / "national-structures.json", directory / "national-services.json"]
    for path, rows in zip(paths, (structures, services), strict=True):
        with path.open("w", encoding="utf-8") as handle:
            json.dump(rows, handle, ensure_ascii=False, default=lambda d: d.isoformat())
    return paths


def show(label: str, elapsed: float, report, timer: PhaseTimer) -> None:  # type: ignore[no-untyped-def]
    print(
        f"{label}: {elapsed:.2f} s — {report.created} created, {report.updated} updated, "
        f"{len(report.errors)} errors, {len(report.warnings)} warnings"
    )
    for phase, seconds in timer.phases():
        if phase and not phase.startswith("Import terminé"):
            print(f"    {phase:<40} {seconds:7.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=140_000)
    parser.add_argument("--keep", type=Path, help="keep the synthetic files in this folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        # the rolling backups made before each import go to the scratch folder, not to the
        # user's data folder
        os.environ["XDG_DATA_HOME"] = str(scratch_dir / "data")
        sample = [REPO_ROOT / "db/sample/structures.json", REPO_ROOT / "db/sample/services.json"]
        elapsed, report, timer = timed_import(sample, scratch_dir / "sample.sqlite")
        show("Sample catalogue", elapsed, report, timer)

        target = args.keep or scratch_dir
        target.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        files = write_synthetic(target, args.services)
        size = sum(f.stat().st_size for f in files) / 1e6
        print(
            f"\nSynthetic file: {args.services} services, {size:.0f} MB, written in "
            f"{time.perf_counter() - start:.1f} s"
        )
        db_path = scratch_dir / "national.sqlite"
        elapsed, report, timer = timed_import(files, db_path)
        show("National import into an empty database", elapsed, report, timer)
        print(f"    database file: {db_path.stat().st_size / 1e6:.0f} MB")
        elapsed, report, timer = timed_import(files, db_path)
        show("Re-import of the same files (updates)", elapsed, report, timer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
