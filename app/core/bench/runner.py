"""``passerelle bench``: search as you type, matching, index build and memory, at scale.

Everything runs in one process on a temporary SQLite file: write (or import) the catalogue,
build the index from the database, time every keystroke of the queries, match every
profile, then time the same keystrokes through the naive FTS5 baseline. Figures are
printed one per line, in the form scripts read (``search p50=… p95=… max=… ms``…).
"""

from __future__ import annotations

import gc
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.core.bench.queries import BenchQuery, load_profiles, load_queries

DEFAULT_SERVICES = 140_000


@dataclass
class BenchOptions:
    services: int = DEFAULT_SERVICES
    catalogues: Sequence[Path] = ()
    queries: Path | None = None
    profiles: Path | None = None
    seed: int = 1
    db: str | None = None  # bench an existing database instead of a generated catalogue


@dataclass
class Timings:
    """Latencies in milliseconds."""

    values: list[float] = field(default_factory=list)

    def add(self, seconds: float) -> None:
        self.values.append(seconds * 1000.0)

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.values)
        if not ordered:
            return float("nan")
        position = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
        return ordered[position]

    def line(self, name: str) -> str:
        return (
            f"{name} p50={self.percentile(0.5):.2f} p95={self.percentile(0.95):.2f} "
            f"max={max(self.values):.2f} ms"
        )


@dataclass
class MatchTimings:
    """Full matching (every eligible service ranked with its criteria, every excluded one
    with its reasons: ``limit=None, with_excluded=True``), each profile's first call, and
    the processor time of those calls (``cpu``: without the time spent waiting for a core
    on a busy machine); the same with every sentence read (``sentences``); the window's
    setting (``window``: ``limit=300, with_excluded=True``)."""

    full: Timings = field(default_factory=Timings)
    cpu: Timings = field(default_factory=Timings)  # processor time of the same calls
    sentences: Timings = field(default_factory=Timings)
    window: Timings = field(default_factory=Timings)
    warm_seconds: float = 0.0


@dataclass
class BenchReport:
    services: int = 0
    search: Timings = field(default_factory=Timings)
    match: MatchTimings | None = None
    baseline: Timings = field(default_factory=Timings)
    build_seconds: float = 0.0
    peak_rss_mb: float = 0.0

    @property
    def ratio(self) -> float:
        return self.baseline.percentile(0.95) / self.search.percentile(0.95)

    def lines(self) -> list[str]:
        """The six lines of issue 3, then the extra ones (``match-…``, ``warm=``)."""
        match = self.match
        lines = [
            self.search.line("search"),
            match.full.line("match") if match is not None else "match unavailable",
            self.baseline.line("baseline"),
            f"ratio={self.ratio:.1f}",
            f"build={self.build_seconds:.2f} s",
            f"rss={self.peak_rss_mb:.0f} MB",
        ]
        if match is not None:
            lines += [
                match.cpu.line("match-cpu"),
                match.sentences.line("match-sentences"),
                match.window.line("match-window"),
                f"warm={match.warm_seconds:.2f} s",
            ]
        return lines


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_bench(
    options: BenchOptions, info: Callable[[str], None] = lambda text: None
) -> BenchReport:
    """Run the whole benchmark; ``info`` receives progress sentences (in French)."""
    from app.core.storage import open_database

    queries = load_queries(options.queries)
    profiles = load_profiles(options.profiles)
    report = BenchReport()
    with tempfile.TemporaryDirectory(prefix="passerelle-bench-") as folder:
        if options.db:
            db = open_database(options.db)
            database_file = Path(db.location)
        else:
            database_file = Path(folder) / "bench.sqlite"
            _fill_in_child(database_file, options, info)
            db = open_database(database_file)
        try:
            gc.collect()
            info("Construction de l'index…")
            started = time.perf_counter()
            from app.core.search import CatalogueIndex

            index = CatalogueIndex.from_database(db)
            report.build_seconds = time.perf_counter() - started
            report.services = len(index)
            info(
                f"Index : {report.services} services en {report.build_seconds:.1f} s "
                f"(mémoire maximale jusqu'ici : {peak_rss_mb():.0f} Mo)."
            )
            warm_seconds = _warm_matching(index)
            if warm_seconds is not None:
                info(f"Mise en relation préparée en {warm_seconds:.1f} s.")
            today = date.today()
            _time_search(index, queries, today, report.search)
            info(f"Recherche mesurée (mémoire maximale : {peak_rss_mb():.0f} Mo).")
            if warm_seconds is not None:
                report.match = _time_matching(index, profiles, today)
                report.match.warm_seconds = warm_seconds
            info(f"Mise en relation mesurée (mémoire maximale : {peak_rss_mb():.0f} Mo).")
            del index
            gc.collect()
            if db.is_sqlite_file:
                info("Construction de la référence FTS5…")
                _time_baseline(
                    database_file, Path(folder) / "baseline.sqlite", queries, today, report.baseline
                )
        finally:
            db.dispose()
    report.peak_rss_mb = peak_rss_mb()
    return report


def _fill_in_child(database_file: Path, options: BenchOptions, info: Callable[[str], None]) -> None:
    """Write (or import) the catalogue in a child process: the memory measured is then the
    application's (index, search, matching), not the generator's or the importer's."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    if options.catalogues:
        info("Import des fichiers data·inclusion…")
    else:
        info(f"Écriture d'un catalogue synthétique de {options.services} services…")
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        written = pool.submit(
            _fill, str(database_file), options.services, options.seed, list(options.catalogues)
        ).result()
    info(f"Catalogue écrit en {time.perf_counter() - started:.1f} s ({written} services).")


def _fill(database: str, services: int, seed: int, catalogues: list[Path]) -> int:
    """Runs in the child process; returns the number of services written."""
    from app.core.storage import open_database

    db = open_database(database)
    try:
        if catalogues:
            from app.core.errors import UserError
            from app.core.io.importer import import_files

            result = import_files(db, catalogues, skip_invalid=True)
            if not result.applied:
                raise UserError("Aucun service n'a pu être importé des fichiers donnés.")
            from app.core.catalogue import count_services

            with db.session() as session:
                return count_services(session)
        from app.core.bench.synthetic import write_catalogue

        return write_catalogue(db, services, seed)
    finally:
        db.dispose()


def _time_search(index: Any, queries: list[BenchQuery], today: date, timings: Timings) -> None:
    for query in queries:  # warm the per-commune caches as the window does on first use
        index.search("", query.filters, sort=query.sort, today=today)
    for query in queries:
        for typed in query.keystrokes():
            started = time.perf_counter()
            index.search(typed, query.filters, sort=query.sort, today=today)
            timings.add(time.perf_counter() - started)


def _warm_matching(index: Any) -> float | None:
    """Seconds ``matching.warm`` takes to derive every service (None without matching)."""
    try:
        from app.core.matching import warm
    except ImportError:
        return None
    started = time.perf_counter()
    warm(index)
    return time.perf_counter() - started


def _time_matching(index: Any, profiles: list[dict[str, Any]], today: date) -> MatchTimings:
    """Full matching of each profile, its first call included (a counsellor's first match
    of a visitor is a first call), then the same with every sentence read, then the
    window's setting."""
    from app.core.matching import match_profile, parse_profile

    parsed = [parse_profile(profile) for profile in profiles]
    timings = MatchTimings()
    for profile in parsed:
        started, processor = time.perf_counter(), time.thread_time()
        match_profile(index, profile, limit=None, with_excluded=True, today=today)
        timings.full.add(time.perf_counter() - started)
        timings.cpu.add(time.thread_time() - processor)
    for profile in parsed:
        started = time.perf_counter()
        result = match_profile(index, profile, limit=None, with_excluded=True, today=today)
        for match in result.matches + result.excluded:
            for criterion in match.criteria:
                criterion.sentence  # noqa: B018 -- written when first read
        timings.sentences.add(time.perf_counter() - started)
    for profile in parsed:
        started = time.perf_counter()
        match_profile(index, profile, limit=300, with_excluded=True, today=today)
        timings.window.add(time.perf_counter() - started)
    return timings


def _time_baseline(
    database_file: Path,
    baseline_file: Path,
    queries: list[BenchQuery],
    today: date,
    timings: Timings,
) -> None:
    from app.core.bench.baseline import baseline_search, build_baseline

    connection = build_baseline(database_file, baseline_file)
    try:
        for query in queries:
            for typed in query.keystrokes():
                started = time.perf_counter()
                baseline_search(connection, typed, query.filters, 200, today)
                timings.add(time.perf_counter() - started)
    finally:
        connection.close()
