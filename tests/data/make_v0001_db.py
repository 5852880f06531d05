"""Make tests/data/passerelle-v0001.sqlite: a database as the first schema version wrote it.

Run once, when revision 0001 was the head; the file is kept in the repository so that
every later migration is tested against a real old file. Fictional data only.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.storage import make_engine, migrate  # noqa: E402

OUT = Path(__file__).with_name("passerelle-v0001.sqlite")


def main() -> None:
    OUT.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{OUT}")
    migrate(engine, "0001")
    with engine.begin() as connection:
        for sid, nom in (("test--structure-1", "Association Fictive Emploi"),
                         ("test--structure-2", "Centre Fictif de Formation")):
            connection.execute(
                text("INSERT INTO structure (id, source, nom, date_maj, archived) "
                     "VALUES (:id, 'test', :nom, :d, 0)"),
                {"id": sid, "nom": nom, "d": date(2026, 9, 1)},
            )
        rows = [
            ("test--atelier-cv", "test--structure-1", "Atelier CV",
             '["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"]',
             16, 25, '["Pièce d\'identité", "CV si vous en avez un"]', "Tu,Th 14:00-17:00",
             date(2026, 10, 2)),
            ("test--permis", "test--structure-1", "Aide au permis B",
             '["mobilite--preparer-un-permis"]', 18, None, None, None, None),
            ("test--formation", "test--structure-2", "Formation aux métiers du numérique",
             '["se-former--trouver-sa-formation"]', None, None, None, "Mo-Fr 09:00-17:00", None),
        ]
        for sid, structure, nom, themes, amin, amax, docs, hours, verified in rows:
            connection.execute(
                text("INSERT INTO service (id, source, structure_id, nom, description, date_maj, "
                     "thematiques, age_min, age_max, documents, horaires_accueil, verified_on, "
                     "archived) VALUES (:id, 'test', :st, :nom, 'Un service fictif pour les tests.', "
                     ":d, :th, :amin, :amax, :docs, :h, :v, 0)"),
                {"id": sid, "st": structure, "nom": nom, "d": date(2026, 9, 15), "th": themes,
                 "amin": amin, "amax": amax, "docs": docs, "h": hours, "v": verified},
            )
    with engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    engine.dispose()
    print(f"écrit : {OUT}")


if __name__ == "__main__":
    main()
