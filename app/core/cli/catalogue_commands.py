"""Catalogue commands: ``passerelle import``, ``passerelle export``, ``passerelle catalogue stats``.

They call the same core functions as the window (``app.core.io``, ``app.core.stats``).
Progress goes to stderr, results to stdout. A file with errors is reported and changes
nothing (exit code 1); a user mistake raises ``UserError`` (exit code 2, see ``cli.main``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.core.cli import add_db_option
from app.core.cli.common import StderrProgress, open_catalogue


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.core.io.exporter import EXPORT_FORMATS
    from app.core.io.importer import FORMATS

    importer = subparsers.add_parser(
        "import",
        help="importer des structures et des services (data·inclusion JSON ou CSV, tableau XLSX ou CSV)",
        description="Importe un ou plusieurs fichiers dans le catalogue. Toutes les lignes sont "
        "vérifiées ; s'il y a une erreur, rien n'est modifié (sauf avec --skip-invalid). Un "
        "service déjà présent (même identifiant) est mis à jour.",
    )
    importer.add_argument(
        "files", nargs="+", metavar="FICHIER", help="fichiers à importer ensemble"
    )
    importer.add_argument(
        "--skip-invalid",
        action="store_true",
        help="importer les lignes valides et signaler les autres (par défaut : tout ou rien)",
    )
    importer.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="format des fichiers (par défaut : d'après l'extension)",
    )
    importer.add_argument(
        "--mapping",
        metavar="CORRESPONDANCE.json",
        help="correspondance entre les colonnes d'un tableau et les champs (fichier JSON)",
    )
    importer.add_argument(
        "--report", metavar="RAPPORT.csv", help="enregistrer le rapport complet en CSV"
    )
    add_db_option(importer)
    importer.set_defaults(handler=run_import)

    exporter = subparsers.add_parser(
        "export",
        help="exporter le catalogue (data·inclusion JSON ou CSV, classeur XLSX)",
        description="Exporte tout le catalogue, fiches archivées comprises. Avec di-json et "
        "di-csv, FICHIER donne le nom de deux fichiers (-structures et -services) et d'un "
        "LISEZMOI.",
    )
    exporter.add_argument("file", metavar="FICHIER", help="fichier (ou nom de base) à écrire")
    exporter.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="format de l'export (par défaut : d'après l'extension .json, .csv ou .xlsx)",
    )
    add_db_option(exporter)
    exporter.set_defaults(handler=run_export)

    catalogue = subparsers.add_parser("catalogue", help="informations sur le catalogue")
    add_db_option(catalogue)
    catalogue_commands = catalogue.add_subparsers(dest="catalogue_command", metavar="COMMANDE")
    stats = catalogue_commands.add_parser(
        "stats", help="nombre de services par famille, thématique, commune et fraîcheur"
    )
    stats.add_argument("--json", action="store_true", help="écrire les chiffres en JSON")
    add_db_option(stats)
    stats.set_defaults(handler=run_stats)
    catalogue.set_defaults(handler=lambda _args: _help(catalogue))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.core.io.importer import import_files

    db = open_catalogue(args)
    try:
        report = import_files(
            db,
            args.files,
            fmt=args.format,
            mapping=args.mapping,
            skip_invalid=args.skip_invalid,
            progress=StderrProgress(),
        )
    finally:
        db.dispose()
    print(report.as_text())
    if args.report:
        path = report.to_csv(Path(args.report).expanduser())
        print(f"\nRapport complet enregistré dans « {path} ».")
    return 0 if report.applied else 1


def run_export(args: argparse.Namespace) -> int:
    from app.core.io.exporter import SAMPLE_WARNING, export_catalogue

    db = open_catalogue(args)
    try:
        result = export_catalogue(db, args.file, args.format, progress=StderrProgress())
    finally:
        db.dispose()
    print(f"Export terminé : {result.structures} structures, {result.services} services.")
    for path in result.files:
        print(f"  {path}")
    if result.sample:
        print(f"\n{SAMPLE_WARNING}")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from app.core.stats import catalogue_stats

    db = open_catalogue(args)
    try:
        with db.session() as session:
            stats = catalogue_stats(session)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(stats.as_text())
    return 0
