"""``passerelle sheet`` (print a pathway sheet to PDF) and ``passerelle bench-sheet``."""

from __future__ import annotations

import argparse
import platform

from app.core.cli import add_db_option
from app.core.pathway.labels import LANGUAGES


def register(subparsers: argparse._SubParsersAction) -> None:
    languages = ", ".join(f"{code} ({name.lower()})" for code, name in LANGUAGES.items())
    sheet = subparsers.add_parser(
        "sheet",
        help="écrire la fiche de parcours d'un visiteur en PDF",
        description="Écrit la fiche de parcours (PDF A4, à imprimer) d'un parcours enregistré en "
        "JSON. Rien n'est écrit si le parcours contient une erreur.",
    )
    sheet.add_argument("pathway", metavar="PARCOURS.json", help="le parcours (fichier JSON)")
    sheet.add_argument(
        "-o", "--output", required=True, metavar="FICHE.pdf", help="le fichier PDF à écrire"
    )
    sheet.add_argument(
        "--large", action="store_true", help="grands caractères (texte en 18 points au lieu de 14)"
    )
    sheet.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default="fr",
        metavar="LANGUE",
        help=f"langue des titres de la fiche : {languages} (par défaut : fr) ; "
        "les informations des services restent en français",
    )
    sheet.add_argument(
        "--prenom",
        metavar="PRÉNOM",
        help="prénom du visiteur, imprimé en haut de la fiche (jamais enregistré)",
    )
    add_db_option(sheet)
    sheet.set_defaults(handler=run_sheet)

    bench = subparsers.add_parser(
        "bench-sheet",
        help="mesurer le temps de fabrication d'une fiche de parcours",
        description="Fabrique plusieurs fois une fiche de 6 étapes avec codes QR (catalogue "
        "fictif en mémoire) et affiche les temps : médiane (p50), p95 et maximum.",
    )
    bench.add_argument(
        "--runs", type=int, default=30, metavar="N", help="nombre de mesures (par défaut : 30)"
    )
    bench.add_argument(
        "--steps",
        type=int,
        default=6,
        metavar="N",
        help="nombre d'étapes de la fiche (par défaut : 6)",
    )
    bench.add_argument("--large", action="store_true", help="grands caractères")
    bench.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default="fr",
        metavar="LANGUE",
        help="langue des titres de la fiche (par défaut : fr)",
    )
    bench.set_defaults(handler=run_bench)


def run_sheet(args: argparse.Namespace) -> int:
    from app.core.cli.common import open_catalogue
    from app.core.pathway.model import load_pathway
    from app.core.pathway.render import make_sheet_pdf

    pathway = load_pathway(args.pathway)  # a broken file stops here, before anything is opened
    db = open_catalogue(args)
    try:
        pages = make_sheet_pdf(
            db, pathway, args.output, first_name=args.prenom, lang=args.lang, large=args.large
        )
    finally:
        db.dispose()
    unit = "page" if pages == 1 else "pages"
    print(f"Fiche écrite : {args.output} ({pages} {unit}, {len(pathway.steps)} étape(s)).")
    return 0


def run_bench(args: argparse.Namespace) -> int:
    from app.core.errors import UserError
    from app.core.pathway.bench import bench_sheet

    if args.runs < 1 or args.steps < 1:
        raise UserError("--runs et --steps doivent valoir au moins 1.")
    result = bench_sheet(args.runs, steps=args.steps, large=args.large, lang=args.lang)
    print(
        f"machine : {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {_cpu_count()} cœur(s)"
    )
    print(
        f"fiche de {args.steps} étapes avec codes QR : {result.pages} pages, "
        f"{result.size_bytes // 1024} Kio"
    )
    print(
        f"sheet p50={result.p50:.1f} p95={result.p95:.1f} max={result.max:.1f} ms "
        f"({result.runs} mesures)"
    )
    print(
        f"temps processeur de la fiche : p50={result.cpu_p50:.1f} ms "
        "(ne dépend pas de la charge des autres programmes)"
    )
    return 0


def _cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
