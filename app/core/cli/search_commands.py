"""``passerelle search`` and ``passerelle bench``."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from app.core.cli import add_db_option
from app.core.errors import UserError

SORT_CHOICES = ("pertinence", "distance")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    search = subparsers.add_parser(
        "search",
        help="chercher des services dans le catalogue",
        description="Chercher des services : texte (accents et majuscules ignorés, début de mot, "
        "une faute de frappe tolérée), filtres et distance depuis la commune du visiteur.",
    )
    search.add_argument(
        "texte", nargs="?", default="", help="mots cherchés (vide : tous les services)"
    )
    search.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="CODE",
        help="thématique ou catégorie data·inclusion (répétable)",
    )
    search.add_argument(
        "--type", action="append", default=[], metavar="CODE", help="type de service (répétable)"
    )
    search.add_argument(
        "--public", action="append", default=[], metavar="CODE", help="public (répétable)"
    )
    search.add_argument(
        "--frais", action="append", default=[], metavar="CODE", help="gratuit ou payant"
    )
    search.add_argument(
        "--accueil",
        action="append",
        default=[],
        metavar="CODE",
        help="mode d'accueil : en-presentiel ou a-distance",
    )
    search.add_argument(
        "--famille",
        action="append",
        default=[],
        metavar="CODE",
        help="formation, insertion, mobilite ou orientation (répétable)",
    )
    search.add_argument(
        "--plus-ancien-que",
        type=int,
        metavar="MOIS",
        help="fiches ni mises à jour ni vérifiées depuis MOIS mois",
    )
    search.add_argument(
        "--plus-recent-que",
        type=int,
        metavar="MOIS",
        help="fiches mises à jour ou vérifiées dans les MOIS derniers mois",
    )
    search.add_argument("--ouvert-le", metavar="JOUR", help="ouvert ce jour-là (lundi … dimanche)")
    search.add_argument(
        "--commune",
        metavar="CODE_INSEE",
        help="commune du visiteur : code INSEE (30189) ou nom (Nîmes)",
    )
    search.add_argument(
        "--distance-max",
        type=float,
        metavar="KM",
        help="distance maximale en km (les services à distance restent)",
    )
    search.add_argument(
        "--hors-zone",
        action="store_true",
        help="garder les services dont la zone d'éligibilité exclut la commune",
    )
    search.add_argument("--archives", action="store_true", help="inclure les fiches archivées")
    search.add_argument(
        "--tri",
        choices=SORT_CHOICES,
        default="pertinence",
        help="ordre : pertinence (par défaut) ou distance",
    )
    search.add_argument(
        "--limit",
        type=int,
        default=20,
        metavar="N",
        help="nombre de services affichés (20 par défaut)",
    )
    search.add_argument(
        "--json", action="store_true", help="sortie JSON (identifiants, scores, distances)"
    )
    add_db_option(search)
    search.set_defaults(handler=run_search)

    bench = subparsers.add_parser(
        "bench",
        help="mesurer la recherche et la mise en relation à l'échelle nationale",
        description="Mesure la recherche au fil de la frappe, la mise en relation, la "
        "construction de l'index et la mémoire sur un catalogue de N services, et la "
        "compare à une recherche SQLite FTS5 naïve.",
    )
    bench.add_argument(
        "--services",
        type=int,
        default=140_000,
        metavar="N",
        help="taille du catalogue synthétique (140 000 par défaut)",
    )
    bench.add_argument(
        "--catalogue",
        nargs="+",
        default=[],
        metavar="FICHIER",
        help="fichiers data·inclusion à importer au lieu du catalogue synthétique",
    )
    bench.add_argument(
        "--queries", metavar="FICHIER", help="requêtes (JSON), à la place de celles fournies"
    )
    bench.add_argument(
        "--profiles", metavar="FICHIER", help="profils (JSON), à la place de ceux fournis"
    )
    bench.add_argument(
        "--seed", type=int, default=1, metavar="S", help="graine du catalogue synthétique"
    )
    add_db_option(bench)
    bench.set_defaults(handler=run_bench_command)


# --------------------------------------------------------------------------- search


def resolve_commune(text: str | None) -> str | None:
    """An INSEE code from what the counsellor typed: a code, or a commune name."""
    if text is None or not text.strip():
        return None
    from app.core.reference.communes import commune, search_communes
    from app.core.text import fold

    value = text.strip()
    if re.fullmatch(r"\d[\dABab]\d{3}", value):
        if commune(value.upper()) is None:
            raise UserError(
                f"Commune inconnue : « {value} ». Indiquez son code INSEE "
                "(5 caractères, par exemple 30189 pour Nîmes) ou son nom."
            )
        return value.upper()
    found = search_communes(value, limit=8, departement=None)
    exact = [c for c in found if fold(c.nom) == fold(value)]
    if len(exact) == 1:
        return exact[0].code
    if not found:
        raise UserError(f"Commune inconnue : « {value} ». Indiquez son code INSEE ou son nom.")
    choices = ", ".join(f"{c.nom} ({c.code})" for c in (exact or found))
    raise UserError(
        f"Plusieurs communes possibles pour « {value} » : {choices}. Indiquez le code INSEE."
    )


def filters_from_args(args: argparse.Namespace) -> Any:
    from app.core.search import SearchFilters
    from app.core.search.filters import validate_filters, weekday_number

    filters = SearchFilters(
        thematiques=frozenset(args.theme),
        types=frozenset(args.type),
        publics=frozenset(args.public),
        frais=frozenset(args.frais),
        modes_accueil=frozenset(args.accueil),
        families=frozenset(args.famille),
        older_than_months=args.plus_ancien_que,
        newer_than_months=args.plus_recent_que,
        open_on=weekday_number(args.ouvert_le) if args.ouvert_le else None,
        commune=resolve_commune(args.commune),
        max_distance_km=args.distance_max,
        include_archived=args.archives,
        eligible_only=not args.hors_zone,
    )
    validate_filters(filters)
    return filters


def run_search(args: argparse.Namespace) -> int:
    from app.core.cli.common import open_catalogue
    from app.core.search import CatalogueIndex
    from app.core.search.geography import commune_point

    if args.limit is not None and args.limit < 1:
        raise UserError("« --limit » attend un nombre de services supérieur à zéro.")
    filters = filters_from_args(args)
    if (
        filters.commune
        and commune_point(filters.commune) is None
        and (filters.max_distance_km is not None or args.tri == "distance")
    ):
        from app.core.reference.communes import commune

        raise UserError(
            f"La position de {commune(filters.commune).nom} n'est pas connue de Passerelle "  # type: ignore[union-attr]
            "(seules les communes du Gard le sont) : impossible de calculer des distances."
        )
    if args.tri == "distance" and not filters.commune:
        raise UserError("Le tri par distance demande la commune du visiteur (--commune).")
    db = open_catalogue(args)
    try:
        index = CatalogueIndex.from_database(db)
    finally:
        db.dispose()
    result = index.search(args.texte, filters, limit=args.limit, sort=args.tri)
    if args.json:
        print(
            json.dumps(_as_json(args.texte, filters, result, index), ensure_ascii=False, indent=2)
        )
    else:
        print(_as_table(result, index, filters))
    return 0


def _as_json(text: str, filters: Any, result: Any, index: Any) -> dict[str, Any]:
    hits = []
    for hit in result.hits:
        record = index.record(hit.service_id)
        hits.append(
            {
                "id": hit.service_id,
                "nom": record.nom,
                "structure": record.structure_nom,
                "commune": commune_name(record) or None,
                "code_insee": record.code_insee,
                "score": hit.score,
                "distance_km": None if hit.distance_km is None else round(hit.distance_km, 2),
                "a_distance": record.is_remote_possible,
            }
        )
    return {
        "texte": text,
        "commune": filters.commune,
        "total": result.total,
        "services": hits,
    }


def _distance_text(hit: Any, record: Any) -> str:
    if hit.distance_km is not None:
        return f"{hit.distance_km:.1f} km".replace(".", ",")
    if record.is_remote_only:
        return "à distance"
    return "—"


def commune_name(record: Any) -> str:
    """The service's commune as written, else the name of its INSEE code."""
    if record.commune:
        return record.commune
    from app.core.reference.communes import commune

    found = commune(record.code_insee)
    return found.nom if found is not None else ""


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _as_table(result: Any, index: Any, filters: Any) -> str:
    if not result.hits:
        return "Aucun service ne correspond à cette recherche."
    rows = []
    for rank, hit in enumerate(result.hits, start=1):
        record = index.record(hit.service_id)
        rows.append(
            (
                str(rank),
                _cut(record.nom, 48),
                _cut(record.structure_nom, 34),
                _cut(commune_name(record), 22),
                _distance_text(hit, record) if filters.commune else "",
            )
        )
    header = ("N°", "Service", "Structure", "Commune", "Distance" if filters.commune else "")
    widths = [max(len(row[i]) for row in [*rows, header]) for i in range(5)]
    lines = []
    for row in [header, *rows]:
        cells = [row[0].rjust(widths[0])] + [row[i].ljust(widths[i]) for i in (1, 2, 3)]
        cells.append(row[4].rjust(widths[4]))
        lines.append("  ".join(cells).rstrip())
    shown = len(result.hits)
    total = result.total
    summary = f"{total} service{'s' if total > 1 else ''} trouvé{'s' if total > 1 else ''}"
    if shown < total:
        summary += f" ({shown} affichés, --limit pour en voir plus)"
    lines.append("")
    lines.append(summary + ".")
    return "\n".join(lines)


# --------------------------------------------------------------------------- bench


def run_bench_command(args: argparse.Namespace) -> int:
    from app.core.bench.runner import BenchOptions, run_bench

    if args.services < 1:
        raise UserError("« --services » attend un nombre de services supérieur à zéro.")
    missing = [name for name in args.catalogue if not Path(name).exists()]
    if missing:
        raise UserError(f"Fichier introuvable : « {missing[0]} ».")
    options = BenchOptions(
        services=args.services,
        catalogues=[Path(name) for name in args.catalogue],
        queries=Path(args.queries) if args.queries else None,
        profiles=Path(args.profiles) if args.profiles else None,
        seed=args.seed,
        db=args.db,
    )
    report = run_bench(options, info=lambda text: print(text, file=sys.stderr, flush=True))
    for line in report.lines():
        print(line, flush=True)
    return 0
