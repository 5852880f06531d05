"""``passerelle match PROFIL.json``: the services for a visitor, ranked, with their reasons.

Readable French by default; ``--json`` for scripts (ids, scores, eligibility and every
criterion with its status, sentence, weight and points). A missing file, broken JSON or a
bad profile is a French error (exit code 2).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.core.cli import add_db_option

DEFAULT_LIMIT = 10


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"un nombre entier positif est attendu (reçu : « {text} »)"
        )
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "match",
        help="services correspondant au profil d'un visiteur, avec leurs raisons",
        description="Classe les services du catalogue pour un profil (fichier JSON : âge, "
        "commune, situations, diplôme, besoins, mobilité, contraintes). Chaque service est "
        "présenté avec ses critères : ✓ rempli, ✗ non rempli, ? inconnu. Les règles et leurs "
        "poids sont expliqués dans docs/matching.md.",
    )
    parser.add_argument("profile", metavar="PROFIL.json", help="le profil du visiteur (JSON)")
    parser.add_argument("--json", action="store_true", help="écrire le résultat en JSON")
    parser.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"nombre de services affichés (par défaut : {DEFAULT_LIMIT})",
    )
    parser.add_argument(
        "--with-excluded",
        action="store_true",
        help="montrer aussi les services écartés et pourquoi",
    )
    add_db_option(parser)
    parser.set_defaults(handler=run_match)


def read_profile(path: str) -> Any:
    """The profile file, parsed, or a French ``UserError`` saying what is wrong."""
    from app.core.jsonfile import read_json_file
    from app.core.matching import parse_profile

    return parse_profile(read_json_file(path, "fichier de profil"))


def run_match(args: argparse.Namespace) -> int:
    from app.core.cli.common import open_catalogue
    from app.core.desk.index import load_index
    from app.core.matching import match_profile

    profile = read_profile(args.profile)
    db = open_catalogue(args)
    try:
        index = load_index(db)
    finally:
        db.dispose()
    result = match_profile(index, profile, limit=args.limit, with_excluded=args.with_excluded)
    if args.json:
        print(json.dumps(result_to_dict(index, profile, result), ensure_ascii=False, indent=2))
    else:
        print(format_result(index, profile, result, with_excluded=args.with_excluded))
    return 0


def _criterion_dict(criterion) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {
        "code": criterion.code,
        "label": criterion.label,
        "status": criterion.status.value,
        "sentence": criterion.sentence,
        "hard": criterion.hard,
        "weight": criterion.weight,
        "points": criterion.points,
    }


def _match_dict(index, match, rank: int | None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    record = index.record(match.service_id)
    data: dict[str, Any] = {
        "service_id": match.service_id,
        "nom": record.nom,
        "structure": record.structure_nom,
        "score": match.score,
        "eligible": match.eligible,
        "distance_km": None if match.distance_km is None else round(match.distance_km, 2),
        "criteria": [_criterion_dict(c) for c in match.criteria],
    }
    if rank is not None:
        data = {"rank": rank, **data}
    else:
        data["reasons_excluded"] = match.reasons_excluded
    return data


def result_to_dict(index, profile, result) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from app.core.matching import WEIGHTS, profile_to_dict

    return {
        "profile": profile_to_dict(profile),
        "weights": WEIGHTS,
        "total": result.total,
        "matches": [_match_dict(index, m, rank) for rank, m in enumerate(result.matches, 1)],
        "total_excluded": result.total_excluded,
        "excluded": [_match_dict(index, m, None) for m in result.excluded],
    }


def _heading(index, match) -> str:  # type: ignore[no-untyped-def]
    from app.core.matching.phrases import km

    record = index.record(match.service_id)
    parts = [record.nom]
    if record.structure_nom:
        parts.append(record.structure_nom)
    if match.distance_km is not None:
        parts.append(f"à {km(match.distance_km)}")
    elif record.is_remote_only:
        parts.append("à distance")
    return " — ".join(parts)


def _criterion_line(criterion) -> str:  # type: ignore[no-untyped-def]
    from app.core.matching.phrases import number

    line = f"   {criterion.status.symbol} {criterion.sentence}"
    if not criterion.hard:
        line += f"  ({number(criterion.points)}/{number(criterion.weight)} pts)"
    return line


def format_result(index, profile, result, *, with_excluded: bool) -> str:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    if result.total == 0:
        lines.append("Aucun service ne correspond à ce profil.")
    else:
        noun = "service correspond" if result.total == 1 else "services correspondent"
        shown = f" ({len(result.matches)} affichés)" if len(result.matches) < result.total else ""
        lines.append(f"{result.total} {noun} à ce profil{shown}.")
    for rank, match in enumerate(result.matches, 1):
        lines.append("")
        lines.append(f"{rank}. [{match.score:.0f}/100] {_heading(index, match)}")
        for criterion in match.criteria:
            lines.append(_criterion_line(criterion))
    if with_excluded:
        lines.append("")
        lines.append("Pourquoi pas ces services ?")
        if not result.excluded:
            lines.append("   Aucun service proche n'a été écarté.")
        for match in result.excluded:
            lines.append(f" - {_heading(index, match)}")
            for reason in match.reasons_excluded:
                lines.append(f"   ✗ {reason}")
        hidden = result.total_excluded - len(result.excluded)
        if hidden > 0:
            lines.append(f"   … et {hidden} autre{'s' if hidden > 1 else ''}.")
    lines.append("")
    lines.append("✓ critère rempli · ✗ non rempli · ? inconnu (à vérifier avec la personne)")
    return "\n".join(lines)
