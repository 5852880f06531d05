"""Export the catalogue: data·inclusion JSON, data·inclusion CSV, or an XLSX workbook.

Every export holds every structure and service, archived ones included (``archived`` is one
of our extension fields), so that export then import into an empty database gives the same
catalogue. Files written for ``FILE``:
- ``di-json``: ``<FILE>-structures.json`` and ``<FILE>-services.json`` (plain data·inclusion
  lists) and ``<FILE>-LISEZMOI.txt``;
- ``di-csv``: ``<FILE>-structures.csv`` and ``<FILE>-services.csv`` and ``<FILE>-LISEZMOI.txt``;
- ``xlsx``: ``FILE`` itself, with a first sheet "À lire".
(``FILE``'s own extension, .json or .csv, is dropped from the names.) The companion
LISEZMOI file and the "À lire" sheet say when the catalogue is the sample one; the JSON and
CSV files themselves stay plain data·inclusion data (every sample row also carries the source
``exemple-passerelle``), importable by Passerelle, pandas or any data·inclusion tool.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.catalogue import is_sample_catalogue
from app.core.errors import UserError
from app.core.io.fields import SERVICE_FIELDS, STRUCTURE_FIELDS
from app.core.jobs import Progress
from app.core.models import Service, Structure

EXPORT_FORMATS = ("di-json", "di-csv", "xlsx")
_SUFFIX_FORMATS = {".json": "di-json", ".csv": "di-csv", ".xlsx": "xlsx"}

SAMPLE_WARNING = (
    "CATALOGUE D'EXEMPLE : ce catalogue est celui livré avec Passerelle pour découvrir "
    "l'application. Ses fiches ne sont pas vérifiées : ne vous en servez pas pour orienter "
    "quelqu'un."
)


@dataclass
class ExportResult:
    files: list[Path]
    structures: int
    services: int
    sample: bool


def format_for(path: str | os.PathLike[str], fmt: str | None) -> str:
    """The export format: the one asked, else the one the file extension says."""
    if fmt:
        if fmt not in EXPORT_FORMATS:
            raise UserError(
                f"Format d'export inconnu : « {fmt} ». Formats possibles : {', '.join(EXPORT_FORMATS)}."
            )
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    raise UserError(
        "Précisez le format d'export avec --format (di-json, di-csv ou xlsx), ou donnez au "
        "fichier l'extension .json, .csv ou .xlsx."
    )


def export_catalogue(
    db: Any,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> ExportResult:
    """Write the whole catalogue of ``db`` (a ``storage.Database``) to ``path``."""
    fmt = format_for(path, fmt)
    progress = progress or Progress()
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / "catalogue"
    if not target.parent.is_dir():
        raise UserError(f"Le dossier « {target.parent} » n'existe pas.")
    progress.set_status("Lecture du catalogue…")
    with db.session() as session:
        sample = is_sample_catalogue(session)
        structures = _rows(session, Structure, STRUCTURE_FIELDS)
        services = _rows(session, Service, SERVICE_FIELDS)
    progress.check()
    progress.set_status("Écriture de l'export…")
    today = today or date.today()
    try:
        if fmt == "xlsx":
            from app.core.io.spreadsheet import write_workbook

            if target.suffix.lower() != ".xlsx":
                target = target.with_name(target.name + ".xlsx")
            lines = readme_lines(fmt, sample, len(structures), len(services), today)
            files = [
                write_workbook(
                    target, structures, services, STRUCTURE_FIELDS, SERVICE_FIELDS, lines
                )
            ]
        else:
            if fmt == "di-json":
                from app.core.io.di_json import write_json as writer
            else:
                from app.core.io.di_csv import write_csv as writer
            files = writer(target, structures, services, STRUCTURE_FIELDS, SERVICE_FIELDS)
            readme = files[0].with_name(files[0].name.replace("-structures", "-LISEZMOI"))
            readme = readme.with_suffix(".txt")
            lines = readme_lines(fmt, sample, len(structures), len(services), today, files)
            readme.write_text("\n".join(lines) + "\n", encoding="utf-8")
            files.append(readme)
    except OSError as exc:
        raise UserError(
            f"Impossible d'écrire l'export dans « {target.parent} » : {exc.strerror or exc}."
        ) from exc
    progress.set_status("Export terminé.")
    return ExportResult(
        files=files, structures=len(structures), services=len(services), sample=sample
    )


def _rows(
    session: Any, model: type[Structure] | type[Service], fields: tuple[str, ...]
) -> list[dict[str, Any]]:
    table = model.__table__  # type: ignore[attr-defined]
    query = select(*(table.c[name] for name in fields)).order_by(table.c.id)
    return [dict(record) for record in session.execute(query).mappings()]


def readme_lines(
    fmt: str,
    sample: bool,
    n_structures: int,
    n_services: int,
    today: date,
    files: list[Path] | None = None,
) -> list[str]:
    """What the companion LISEZMOI file (or the "À lire" sheet) says."""
    lines = ["Export du catalogue Passerelle"]
    if sample:
        lines += ["", SAMPLE_WARNING]
    lines += [
        "",
        f"Exporté le {today.strftime('%d/%m/%Y')} : {n_structures} structures, {n_services} services "
        "(archivés compris, colonne « archived » / « Archivé »).",
        "Format : schéma data·inclusion v1 (https://www.data.inclusion.beta.gouv.fr), plus les "
        "champs propres à Passerelle : age_min, age_max, required_situations, diploma_max, "
        "prerequisites, documents, sessions, arrival_phrase, verified_on, verified_by, archived.",
    ]
    if files:
        lines += ["", "Fichiers :", *(f"- {f.name}" for f in files)]
    if fmt == "di-csv":
        lines += [
            "",
            "CSV en UTF-8, séparateur virgule ; les listes sont écrites en tableaux JSON "
            '(["valeur 1", "valeur 2"]) ; les dates au format AAAA-MM-JJ.',
        ]
    if fmt == "xlsx":
        lines += [
            "",
            "Feuilles « Structures » et « Services » : une ligne par fiche. Dans une cellule, une "
            "liste contient une valeur par ligne ; les sessions sont écrites en JSON ; "
            "« Archivé » vaut oui ou non.",
            "Ce classeur peut être modifié puis réimporté dans Passerelle (les fiches sont mises "
            "à jour d'après leur identifiant).",
        ]
    else:
        lines += [
            "",
            "Pour réimporter : passerelle import <les deux fichiers> (ou le nom donné à l'export).",
        ]
    return lines
