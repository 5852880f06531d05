"""Child process of test_crash_safety: imports generation after generation of a fictional
catalogue, each in one transaction, until it is killed.

Generation g holds BASE + STEP·g services (some updated, some new), all described as
"génération g". The process prints "DEBUT g" before each transaction and "VALIDE g SECONDS"
after its commit.
Run: python -m tests.core.crash_writer PATH
"""

from __future__ import annotations

import sqlite3
import sys
import time
from datetime import date

BASE = 3000
STEP = 7


def generation_rows(gen: int) -> tuple[list[dict], list[dict]]:
    structures = [
        {
            "id": f"crash--st-{k}",
            "source": "crash",
            "nom": f"Structure fictive {k}",
            "description": f"génération {gen}",
            "date_maj": date(2026, 1, 1),
        }
        for k in range(20)
    ]
    services = [
        {
            "id": f"crash--{i:05}",
            "source": "crash",
            "structure_id": f"crash--st-{i % 20}",
            "nom": f"Atelier fictif n° {i}",
            "description": f"génération {gen}",
            "date_maj": date(2026, 1, 1),
            "thematiques": ["mobilite--preparer-un-permis"],
        }
        for i in range(BASE + STEP * gen)
    ]
    return structures, services


def current_generation(path: str) -> int:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT description FROM service LIMIT 1").fetchone()
    connection.close()
    return int(row[0].split()[-1]) if row else 0


def main(path: str) -> None:
    from app.core import catalogue
    from app.core.storage import open_database

    db = open_database(path, migrate_to_head=False)  # the test created it at head
    gen = current_generation(path)
    while True:
        gen += 1
        structures, services = generation_rows(gen)
        print(f"DEBUT {gen}", flush=True)
        started = time.perf_counter()
        with db.transaction() as session:
            catalogue.upsert_structures(session, structures)
            catalogue.upsert_services(session, services)
        print(f"VALIDE {gen} {time.perf_counter() - started:.3f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
