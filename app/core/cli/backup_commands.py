"""``passerelle backup DIR`` and ``passerelle restore FILE`` (SQLite online backup)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.core.cli import add_db_option


def _backup(args: argparse.Namespace) -> int:
    from app.core.backup import backup_to
    from app.core.cli.common import open_catalogue

    db = open_catalogue(args, prepare=False)
    try:
        written = backup_to(db, args.directory)
    finally:
        db.dispose()
    print(f"Sauvegarde écrite : {written}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.core.backup import restore
    from app.core.storage import database_url

    url = database_url(getattr(args, "db", None))
    if not args.oui:
        try:
            answer = input(
                f"Remplacer la base actuelle par « {args.file} » ? Une copie de la base "
                "actuelle sera gardée. [o/N] "
            )
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("o", "oui"):
            print("Rien n'a été modifié.")
            return 1
    report = restore(url, args.file)
    print(f"Base restaurée depuis « {report.restored_from} ».")
    if report.safety_backup is not None:
        print(f"La base remplacée est gardée dans « {report.safety_backup} ».")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="sauvegarder la base dans un dossier",
        description="Copie cohérente de la base (même pendant son utilisation) dans "
        "DOSSIER/passerelle-AAAA-MM-JJ-HHMMSS.sqlite. Les dossiers de suivi y restent chiffrés.",
    )
    backup.add_argument("directory", metavar="DOSSIER", type=Path)
    add_db_option(backup)
    backup.set_defaults(handler=_backup)

    restore = subparsers.add_parser(
        "restore",
        help="remplacer la base par une sauvegarde (vérifiée avant)",
        description="Vérifie la sauvegarde (intégrité, base Passerelle d'une version connue), "
        "garde une copie de la base actuelle dans le dossier des sauvegardes automatiques, "
        "puis remplace la base et la met à jour.",
    )
    restore.add_argument("file", metavar="FICHIER", type=Path)
    restore.add_argument("--oui", action="store_true", help="ne pas demander de confirmation")
    add_db_option(restore)
    restore.set_defaults(handler=_restore)
