"""The naive baseline the index is measured against: SQLite FTS5 with ORDER BY bm25.

One FTS5 table over the same rows (service name, theme labels, structure name,
description), tokenised with ``unicode61 remove_diacritics 2``; each typed word becomes a
prefix query ("perm"*), the code filters are SQL conditions on the service table, and hits
are ordered by ``bm25`` with the same field order of importance. No typo tolerance, no
stemming, no geography: the baseline does less than the index, and is still slower.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.search.filters import SearchFilters, months_before

FTS_TABLE = "bench_service_fts"
BM25_WEIGHTS = (10.0, 5.0, 3.0, 1.0)  # nom, thematiques, structure, description
FTS_OPTIONS = ""  # e.g. ", prefix = '1 2 3 4'" (scripts/compare_search_engines.py)


def build_baseline(source_file: Path, target_file: Path) -> sqlite3.Connection:
    """Copy the services of the catalogue file into ``target_file`` (the catalogue itself is
    only read), add the FTS5 table over them and return a connection to it."""
    import json

    from app.core.reference import vocabularies as v

    connection = sqlite3.connect(target_file.resolve().as_uri(), uri=True)
    # read only: nothing here may touch the catalogue (names below are all main.…)
    connection.execute("ATTACH DATABASE ? AS src", (source_file.resolve().as_uri() + "?mode=ro",))
    connection.executescript(
        f"""
        DROP TABLE IF EXISTS main.service;
        DROP TABLE IF EXISTS main.{FTS_TABLE};
        CREATE TABLE main.service AS
            SELECT s.id, s.nom, s.type, s.thematiques, s.frais, s.publics, s.modes_accueil,
                   s.date_maj, s.verified_on, s.archived, st.nom AS structure_nom, s.description
            FROM src.service s LEFT JOIN src.structure st ON st.id = s.structure_id;
        CREATE VIRTUAL TABLE main.{FTS_TABLE} USING fts5(nom, thematiques, structure, description,
            tokenize = 'unicode61 remove_diacritics 2'{FTS_OPTIONS});
        """
    )
    connection.commit()
    connection.execute("DETACH DATABASE src")
    labels = {**v.categories(), **v.thematiques()}

    def documents():  # type: ignore[no-untyped-def]
        # The same connection reads the copied rows and writes the FTS table: a second
        # connection would deadlock with the writer once its cache spills to disk.
        for rowid, nom, thematiques, structure, description in connection.execute(
            "SELECT rowid, nom, thematiques, structure_nom, description FROM main.service"
        ):
            codes = json.loads(thematiques) if thematiques else []
            themes = [labels.get(code, code) for code in codes]
            themes += [labels.get(code.split("--")[0], "") for code in codes]
            yield rowid, nom, " ".join(themes), structure or "", description or ""

    with connection:
        connection.executemany(
            f"INSERT INTO main.{FTS_TABLE}(rowid, nom, thematiques, structure, description) "
            "VALUES (?, ?, ?, ?, ?)",
            documents(),
        )
    return connection


def fts_query(text: str) -> str | None:
    """Each typed word as an FTS5 prefix query: ``"perm"*``; None when nothing is typed."""
    tokens = [token.replace('"', "") for token in text.split()]
    tokens = [token for token in tokens if token]
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def _json_any(
    column: str, codes: frozenset[str], params: list[object], *, category: bool = False
) -> str:
    conditions = []
    for code in sorted(codes):
        conditions.append("j.value = ?")
        params.append(code)
        if category:
            conditions.append("j.value LIKE ?")
            params.append(code + "--%")
    return f"EXISTS (SELECT 1 FROM json_each(s.{column}) j WHERE {' OR '.join(conditions)})"


def baseline_search(
    connection: sqlite3.Connection,
    text: str,
    filters: SearchFilters,
    limit: int,
    today,  # type: ignore[no-untyped-def]
) -> list[str]:
    """Service ids for the typed text and the code filters, best bm25 first."""
    query = fts_query(text)
    params: list[object] = []
    where = ["s.archived = 0"]
    if filters.thematiques:
        where.append(_json_any("thematiques", filters.thematiques, params, category=True))
    for column, codes in (("publics", filters.publics), ("modes_accueil", filters.modes_accueil)):
        if codes:
            where.append(_json_any(column, codes, params))
    for column, codes in (("type", filters.types), ("frais", filters.frais)):
        if codes:
            where.append(f"s.{column} IN ({', '.join('?' for _ in codes)})")
            params.extend(sorted(codes))
    if filters.older_than_months is not None:
        where.append("max(s.date_maj, coalesce(s.verified_on, '')) < ?")
        params.append(months_before(today, filters.older_than_months).isoformat())
    if query is None:
        sql = f"SELECT s.id FROM service s WHERE {' AND '.join(where)} ORDER BY s.nom LIMIT ?"
        return [row[0] for row in connection.execute(sql, [*params, limit])]
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    sql = (
        f"SELECT s.id FROM {FTS_TABLE} f JOIN service s ON s.rowid = f.rowid "
        f"WHERE {FTS_TABLE} MATCH ? AND {' AND '.join(where)} "
        f"ORDER BY bm25({FTS_TABLE}, {weights}) LIMIT ?"
    )
    try:
        return [row[0] for row in connection.execute(sql, [query, *params, limit])]
    except sqlite3.OperationalError:
        return []  # FTS5 syntax it cannot read (a lone "-", "OU"…): no hits
