"""Compare search engines on the benchmark's keystrokes: the figures of docs/search.md.

Usage: .venv/bin/python scripts/compare_search_engines.py CATALOGUE.sqlite [ENGINE...]

CATALOGUE.sqlite is a Passerelle database (for instance the synthetic national catalogue
that ``passerelle bench`` writes: ``app.core.bench.synthetic.write_catalogue``). Engines:
``passerelle`` (app.core.search), ``fts5`` (naive: the bench's baseline), ``fts5-prefix``
(FTS5 with prefix indexes), ``tantivy`` (tantivy-py, if importable: it is not a dependency
of Passerelle; install it apart, e.g. ``pip install --target DIR tantivy`` and PYTHONPATH=DIR),
``tantivy-distance`` (the same, taking every hit of the distance-sorted queries, which sorting
them by distance outside tantivy requires).
Each engine runs in its own process, so that its memory is measured alone: build time,
peak RSS of the process, and p50/p95/max latency over every prefix of the 30 bench queries
(text and code filters; only ``passerelle`` also sorts by distance and checks zones).
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from multiprocessing import get_context
from pathlib import Path

ENGINES = ("passerelle", "fts5", "fts5-prefix", "tantivy", "tantivy-distance")
DISTANCE_SORT = False


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def keystrokes():  # type: ignore[no-untyped-def]
    from app.core.bench.queries import load_queries

    return [(typed, query) for query in load_queries() for typed in query.keystrokes()]


def percentiles(values: list[float]) -> str:
    values = sorted(values)
    p = lambda f: values[min(len(values) - 1, round(f * (len(values) - 1)))]  # noqa: E731
    return f"p50={p(0.5):.2f} p95={p(0.95):.2f} max={values[-1]:.2f} ms"


def run_passerelle(catalogue: str) -> tuple[float, list[float]]:
    from app.core.search import CatalogueIndex
    from app.core.storage import open_database

    started = time.perf_counter()
    index = CatalogueIndex.from_database(open_database(catalogue))
    build = time.perf_counter() - started
    today = date.today()
    strokes = keystrokes()
    for _, query in strokes:
        index.search("", query.filters, sort=query.sort, today=today)
    times = []
    for typed, query in strokes:
        t = time.perf_counter()
        index.search(typed, query.filters, sort=query.sort, today=today)
        times.append((time.perf_counter() - t) * 1000)
    return build, times


def _fts5(catalogue: str, prefix: bool) -> tuple[float, list[float]]:
    from app.core.bench import baseline

    folder = Path(tempfile.mkdtemp(prefix="passerelle-compare-"))
    if prefix:
        baseline.FTS_OPTIONS = ", prefix = '1 2 3 4'"
    started = time.perf_counter()
    connection = baseline.build_baseline(Path(catalogue), folder / "fts.sqlite")
    build = time.perf_counter() - started
    today = date.today()
    times = []
    for typed, query in keystrokes():
        t = time.perf_counter()
        baseline.baseline_search(connection, typed, query.filters, 200, today)
        times.append((time.perf_counter() - t) * 1000)
    return build, times


def run_fts5(catalogue: str) -> tuple[float, list[float]]:
    return _fts5(catalogue, prefix=False)


def run_fts5_prefix(catalogue: str) -> tuple[float, list[float]]:
    return _fts5(catalogue, prefix=True)


def run_tantivy(catalogue: str) -> tuple[float, list[float]]:
    import tantivy

    from app.core.reference import vocabularies as v
    from app.core.search.analysis import words

    analyzer = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("french"))
        .build()
    )
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    for name in ("nom", "themes", "structure", "description"):
        builder.add_text_field(name, tokenizer_name="fr")
    for name in ("code", "type", "frais", "publics", "modes"):
        builder.add_text_field(name, tokenizer_name="raw")
    schema = builder.build()
    folder = tempfile.mkdtemp(prefix="passerelle-tantivy-")
    index = tantivy.Index(schema, path=folder)
    index.register_tokenizer("fr", analyzer)
    labels = {**v.categories(), **v.thematiques()}
    started = time.perf_counter()
    writer = index.writer(heap_size=100_000_000, num_threads=1)
    rows = sqlite3.connect(catalogue).execute(
        "SELECT s.id, s.nom, s.thematiques, st.nom, s.description, s.type, s.frais, s.publics, "
        "s.modes_accueil FROM service s LEFT JOIN structure st ON st.id = s.structure_id "
        "WHERE s.archived = 0"
    )
    for sid, nom, themes, structure, description, type_, frais, publics, modes in rows:
        codes = json.loads(themes or "[]") or []
        document = tantivy.Document(
            id=sid,
            nom=nom,
            themes=" ".join(
                labels.get(c, c) + " " + labels.get(c.split("--")[0], "") for c in codes
            ),
            structure=structure or "",
            description=description or "",
            code=codes + sorted({c.split("--")[0] for c in codes}),
            type=type_ or "",
            frais=frais or "",
            publics=json.loads(publics or "[]") or [],
            modes=json.loads(modes or "[]") or [],
        )
        writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()
    build = time.perf_counter() - started
    boosts = {"nom": 12.0, "themes": 6.0, "structure": 4.0, "description": 2.0}

    def word_query(word: str, last: bool):  # type: ignore[no-untyped-def]
        stemmed = analyzer.analyze(word)[0] if analyzer.analyze(word) else word
        distance = 1 if len(word) >= 5 else 0
        parts = []
        for field, boost in boosts.items():
            text = word if last else stemmed
            query = tantivy.Query.fuzzy_term_query(
                schema, field, text, distance=distance, prefix=last
            )
            parts.append((tantivy.Occur.Should, tantivy.Query.boost_query(query, boost)))
        return tantivy.Query.boolean_query(parts)

    def filters_query(filters):  # type: ignore[no-untyped-def]
        parts = []
        for field, codes in (
            ("code", filters.thematiques),
            ("type", filters.types),
            ("frais", filters.frais),
            ("publics", filters.publics),
            ("modes", filters.modes_accueil),
        ):
            if codes:
                terms = [
                    (tantivy.Occur.Should, tantivy.Query.term_query(schema, field, c))
                    for c in codes
                ]
                parts.append((tantivy.Occur.Must, tantivy.Query.boolean_query(terms)))
        return parts

    times = []
    for typed, query in keystrokes():
        t = time.perf_counter()
        typed_words = words(typed)
        last_open = not typed[-1:].isspace()
        parts = [
            (tantivy.Occur.Must, word_query(w, last_open and i == len(typed_words) - 1))
            for i, w in enumerate(typed_words)
        ]
        parts += filters_query(query.filters)
        if parts:
            if query.sort == "distance" and DISTANCE_SORT:
                # tantivy cannot sort by a distance it does not know: take every hit, then
                # sort them by distance outside (here: the lower bound, document order only)
                result = searcher.search(
                    tantivy.Query.boolean_query(parts), limit=searcher.num_docs
                )
                numbers = [address.doc for _, address in result.hits]
                order = sorted(range(len(numbers)), key=numbers.__getitem__)[:200]
                [searcher.doc(result.hits[i][1])["id"][0] for i in order]
            else:
                result = searcher.search(tantivy.Query.boolean_query(parts), limit=200)
                [searcher.doc(address)["id"][0] for _, address in result.hits]
        times.append((time.perf_counter() - t) * 1000)
    return build, times


def run_tantivy_distance(catalogue: str) -> tuple[float, list[float]]:
    """tantivy, with the distance-sorted queries taking every hit (what sorting them needs)."""
    global DISTANCE_SORT
    DISTANCE_SORT = True
    return run_tantivy(catalogue)


def measure(engine: str, catalogue: str) -> tuple[float, list[float], float, float]:
    sys.setrecursionlimit(10_000)
    from app.core.reference.communes import communes

    communes()
    before = rss_mb()
    build, times = globals()["run_" + engine.replace("-", "_")](catalogue)
    return build, times, before, rss_mb()


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    catalogue, engines = argv[0], argv[1:] or list(ENGINES)
    print(f"catalogue: {catalogue}")
    for engine in engines:
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            try:
                build, times, before, peak = pool.submit(measure, engine, catalogue).result()
            except ImportError as exc:
                print(f"{engine}: unavailable ({exc})")
                continue
        print(
            f"{engine}: build={build:.1f} s search {percentiles(times)} "
            f"rss={peak:.0f} MB (process before the build: {before:.0f} MB)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
