"""Import files into the catalogue: read, validate every row, write all or nothing.

``import_files(db, paths)`` reads one or several files together (a structures file and a
services file, a workbook, a single JSON…), checks every row (``validation``), then:
- when a row has an error, writes nothing and returns the report (``applied`` is False);
- with ``skip_invalid=True``, writes the valid rows and reports the others; a service
  whose structure is invalid is skipped too;
- writes in ONE transaction, updating rows by id (re-importing never duplicates) and
  keeping, for a row already in the catalogue, the fields the file does not have (a
  data·inclusion file never erases our local verification or eligibility fields).
File-level mistakes (missing file, broken JSON, empty file, unknown format, no recognised
column) raise ``UserError`` with a French message. The work reports to a ``Progress``
(reading, checking, writing) and stops on cancel, leaving the catalogue unchanged.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.core.catalogue import structures_by_ids, upsert_services, upsert_structures
from app.core.errors import UserError
from app.core.io.fields import (
    FIELDS,
    SERVICE,
    STRUCTURE,
    ValueProblem,
    is_blank,
    split_list,
)
from app.core.io.mapping import ColumnMapping, identity_mapping, load_mapping
from app.core.io.report import ERROR, WARNING, ImportReport
from app.core.io.tables import THEME_LINK, SourceRow, Table, rows_from_table, table_kind
from app.core.io.validation import RowValidator, structure_name_of
from app.core.jobs import Progress
from app.core.models import Service, Structure
from app.core.text import fold

FORMATS = ("auto", "di-json", "di-csv", "xlsx", "csv")
FORMAT_LABELS = {
    "di-json": "JSON data·inclusion",
    "di-csv": "CSV data·inclusion",
    "xlsx": "classeur Excel (.xlsx)",
    "csv": "tableau CSV",
}
_SUFFIX_FORMATS = {
    ".json": "di-json",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
}
_STEP = 500
_WRITE_CHUNK = 2000


def import_files(
    db: Any,
    paths: Sequence[str | os.PathLike[str]],
    *,
    fmt: str = "auto",
    mapping: ColumnMapping | str | os.PathLike[str] | None = None,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
    backup: bool = True,
) -> ImportReport:
    """Import ``paths`` into the database ``db`` (a ``storage.Database``); see the module doc.

    Before writing into a SQLite file, a rolling backup is made (``backup.backup_before``)
    unless ``backup`` is False (the first load of the sample catalogue into a new file).
    """
    if fmt not in FORMATS:
        raise UserError(f"Format inconnu : « {fmt} ». Formats possibles : {', '.join(FORMATS)}.")
    if not paths:
        raise UserError("Aucun fichier à importer.")
    progress = progress or Progress()
    column_mapping = _mapping(mapping)
    files = _expand(paths)
    report = ImportReport(files=[str(p) for p in files])

    progress.set_status("Lecture des fichiers…")
    rows: list[SourceRow] = []
    for path in files:
        rows.extend(read_file(path, fmt, column_mapping, report))
        progress.check()
    rows = _merge_theme_links(rows, report)
    rows = _derive_structures(rows, report)
    if not rows:
        names = ", ".join(p.name for p in files)
        raise UserError(f"Aucune structure ni aucun service à importer dans : {names}.")

    progress.set_status("Vérification des fiches…")
    progress.set_total(len(rows))
    checked = _validate(rows, report, progress, today)
    with db.session() as session:
        _check_structures_of_services(session, checked, report, explain_skips=skip_invalid)
    if report.has_errors and not skip_invalid:
        return report
    report.skipped_structures = sum(1 for r in rows if r.kind == STRUCTURE) - len(
        checked.structures
    )
    report.skipped_services = sum(1 for r in rows if r.kind == SERVICE) - len(checked.services)

    if backup and getattr(db, "is_sqlite_file", False):
        from app.core.backup import backup_before

        progress.set_status("Sauvegarde de la base avant l'import…")
        backup_before(db, "avant-import")
        progress.check()
    progress.set_status("Enregistrement dans le catalogue…")
    _write(db, list(checked.structures.values()), list(checked.services.values()), report, progress)
    report.applied = True
    progress.set_status("Import terminé.")
    return report


# --------------------------------------------------------------------------- reading


def _mapping(mapping: ColumnMapping | str | os.PathLike[str] | None) -> ColumnMapping | None:
    if mapping is None or isinstance(mapping, ColumnMapping):
        return mapping
    return load_mapping(mapping)


def _expand(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The files to read; ``NAME.json`` stands for the pair an export wrote
    (``NAME-structures.json`` and ``NAME-services.json``) when NAME.json itself is absent."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            stem = path.with_suffix("") if path.suffix else path
            suffixes = [path.suffix] if path.suffix else [".json", ".csv"]
            for suffix in suffixes:
                pair = [
                    stem.with_name(f"{stem.name}-{part}{suffix}")
                    for part in ("structures", "services")
                ]
                if all(p.exists() for p in pair):
                    files.extend(pair)
                    break
            else:
                raise UserError(f"Fichier introuvable : « {path} ».")
            continue
        files.append(path)
    unique: list[Path] = []
    for path in files:
        if path.resolve() not in {p.resolve() for p in unique}:
            unique.append(path)
    return unique


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    if suffix in (".xls", ".ods", ".numbers"):
        raise UserError(
            f"Le format « {suffix} » de « {path.name} » n'est pas pris en charge : ouvrez-le dans "
            "votre tableur et enregistrez-le au format .xlsx (ou .csv)."
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError as exc:
        raise UserError(f"Impossible de lire « {path} » : {exc.strerror or exc}.") from exc
    if not head.strip():
        raise UserError(f"Le fichier « {path.name} » est vide.")
    if head.startswith(b"PK"):
        return "xlsx"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"[", b"{")):
        return "di-json"
    raise UserError(
        f"Format de « {path.name} » non reconnu. Passerelle importe du JSON ou du CSV "
        "data·inclusion et des tableaux .xlsx ou .csv (précisez-le avec --format)."
    )


def read_file(
    path: Path, fmt: str, mapping: ColumnMapping | None, report: ImportReport
) -> list[SourceRow]:
    if not path.exists():
        raise UserError(f"Fichier introuvable : « {path} ».")
    if path.is_dir():
        raise UserError(f"« {path} » est un dossier, pas un fichier.")
    actual = detect_format(path) if fmt == "auto" else fmt
    if actual == "di-json":
        from app.core.io.di_json import read_json

        return read_json(path, report)
    if actual in ("di-csv", "csv"):
        from app.core.io.di_csv import read_csv_table

        table = read_csv_table(path, report)
        table_mapping = mapping or (identity_mapping() if actual == "di-csv" else ColumnMapping())
        return _rows_from_tables([table], table_mapping, report, single=True)
    from app.core.io.spreadsheet import read_workbook

    return _rows_from_tables(read_workbook(path), mapping or ColumnMapping(), report, single=False)


def _rows_from_tables(
    tables: list[Table], mapping: ColumnMapping, report: ImportReport, *, single: bool
) -> list[SourceRow]:
    named = [t for t in tables if _named_kind(t) is not None]
    rows: list[SourceRow] = []
    if named and not single:
        for table in tables:
            if table not in named:
                report.note(
                    f"feuille « {table.file} » ignorée : elle ne contient ni structures ni services."
                )
        chosen = [(t, _named_kind(t)) for t in named]
    else:
        chosen = []
        for table in tables:
            kind = table_kind(table, mapping) if table.headers else None
            if kind is None:
                if single:
                    headers = (
                        ", ".join(f"« {h} »" for h in table.headers if not is_blank(h)) or "aucun"
                    )
                    raise UserError(
                        f"Aucune colonne reconnue dans « {table.file} » (en-têtes : {headers}). "
                        "Indiquez quel champ contient chaque colonne dans un fichier de "
                        "correspondance (option --mapping)."
                    )
                report.note(f"feuille « {table.file} » ignorée : aucune colonne reconnue.")
                continue
            chosen.append((table, kind))
        if not chosen:
            raise UserError(
                "Aucune feuille de ce classeur ne contient de structures ni de services reconnus. "
                "Nommez les feuilles « Structures » et « Services », ou indiquez les colonnes "
                "avec un fichier de correspondance (option --mapping)."
            )
    for table, kind in chosen:
        if not table.headers:
            report.note(f"feuille « {table.file} » vide.")
            continue
        rows.extend(rows_from_table(table, mapping, report, kind))
    return rows


def _named_kind(table: Table) -> str | None:
    from app.core.io.tables import kind_from_name

    kind = kind_from_name(table.name)
    if kind == THEME_LINK:
        return kind if table.headers else None
    folded = fold(table.name).strip()
    return kind if folded in ("structures", "structure", "services", "service") else None


def _merge_theme_links(rows: list[SourceRow], report: ImportReport) -> list[SourceRow]:
    links = [r for r in rows if r.kind == THEME_LINK]
    if not links:
        return rows
    services = {_text(r.data.get("id")): r for r in rows if r.kind == SERVICE}
    orphans: dict[str, list[SourceRow]] = {}
    for link in links:
        service_id, theme = _text(link.data.get("service_id")), _text(link.data.get("thematique"))
        target = services.get(service_id)
        if target is None or not theme:
            orphans.setdefault(link.file, []).append(link)
            continue
        try:
            current = split_list(target.data.get("thematiques") or [])
        except ValueProblem:
            continue  # the service's own cell is wrong: validation will say so
        if theme not in current:
            target.data["thematiques"] = [*current, theme]
    for file, lost in orphans.items():
        lines = [link.row for link in lost if link.row is not None]
        where = f" (lignes {min(lines)} à {max(lines)})" if len(lines) > 1 else ""
        report.add(
            file,
            lost[0].row,
            "service_id",
            lost[0].data.get("service_id"),
            f"{len(lost)} thématique(s) rattachée(s) à des services absents de la feuille des "
            f"services, ou sans thématique{where} : ignorée(s).",
            WARNING,
        )
    return [r for r in rows if r.kind != THEME_LINK]


def _text(value: Any) -> str:
    return "" if is_blank(value) else str(value).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _derive_structures(rows: list[SourceRow], report: ImportReport) -> list[SourceRow]:
    """Spreadsheet services naming their structure (``structure_nom``) without its id: the
    structure's id is made from the source and the name, and the structure is created."""
    structure_ids = {_text(r.data.get("id")) for r in rows if r.kind == STRUCTURE}
    derived: dict[str, SourceRow] = {}
    computed_ids = 0
    for row in rows:
        if row.kind != SERVICE:
            continue
        name = structure_name_of(row)
        source = _text(row.data.get("source"))
        if name is None or not source:
            continue
        structure_id = _text(row.data.get("structure_id"))
        if not structure_id:
            structure_id = f"{slug(source)}--{slug(name)}"
            row.data["structure_id"] = structure_id
        if not _text(row.data.get("id")) and _text(row.data.get("nom")):
            row.data["id"] = f"{structure_id}--{slug(_text(row.data['nom']))}"
            computed_ids += 1
        if structure_id not in structure_ids and structure_id not in derived:
            data = {
                "id": structure_id,
                "source": source,
                "nom": name,
                "date_maj": row.data.get("date_maj"),
            }
            for place in ("adresse", "complement_adresse", "code_postal", "commune", "code_insee"):
                if place in row.data:
                    data[place] = row.data[place]
            derived[structure_id] = SourceRow(STRUCTURE, row.file, row.row, data)
    if derived:
        report.note(
            f"{len(derived)} structure(s) créée(s) d'après la colonne « Nom de la structure » "
            "(identifiant : source--nom)."
        )
    if computed_ids:
        report.note(
            f"{computed_ids} service(s) sans identifiant : identifiant calculé d'après la "
            "structure et le nom du service (gardez ces noms pour mettre à jour ces services)."
        )
    return [*derived.values(), *rows]


# --------------------------------------------------------------------------- checking


@dataclass
class _Checked:
    structures: dict[str, dict[str, Any]] = field(default_factory=dict)  # valid, by id
    services: dict[str, dict[str, Any]] = field(default_factory=dict)
    rows: dict[str, dict[str, SourceRow]] = field(
        default_factory=lambda: {STRUCTURE: {}, SERVICE: {}}
    )  # first row of each id
    invalid_structures: set[str] = field(default_factory=set)


def _validate(
    rows: list[SourceRow], report: ImportReport, progress: Progress, today: date | None
) -> _Checked:
    validator = RowValidator(report, today)
    checked = _Checked()
    valid = {STRUCTURE: checked.structures, SERVICE: checked.services}
    pending = 0
    for row in rows:
        values = validator.check(row)
        row_id = _text(row.data.get("id"))
        if row_id:
            first = checked.rows[row.kind].get(row_id)
            if first is not None:
                where = f"ligne {first.row} de {first.file}" if first.row else first.file
                report.add(
                    row.file,
                    row.row,
                    "id",
                    row_id,
                    f"Identifiant en double : déjà utilisé ({where}).",
                    ERROR,
                )
                values = None
            else:
                checked.rows[row.kind][row_id] = row
        if values is not None:
            valid[row.kind][values["id"]] = values
        elif row.kind == STRUCTURE and row_id:
            checked.invalid_structures.add(row_id)
        pending += 1
        if pending == _STEP:
            progress.step(pending)
            pending = 0
    if pending:
        progress.step(pending)
    return checked


def _check_structures_of_services(
    session: Session, checked: _Checked, report: ImportReport, *, explain_skips: bool
) -> None:
    """Each service's structure is valid in the files or already in the catalogue; a service
    whose structure is invalid in the files is not imported either (said in the report when
    the valid rows are imported: otherwise the structure's own error is enough)."""
    unresolved: dict[str, list[str]] = {}
    for service_id, values in checked.services.items():
        structure_id = values.get("structure_id")
        if structure_id not in checked.structures:
            unresolved.setdefault(structure_id, []).append(service_id)
    if not unresolved:
        return
    to_look_up = [s for s in unresolved if s not in checked.invalid_structures]
    in_database = set(structures_by_ids(session, to_look_up)) if to_look_up else set()
    for structure_id, service_ids in unresolved.items():
        if structure_id in in_database:
            continue
        if structure_id in checked.invalid_structures:
            reason = (
                "La structure de ce service est invalide : le service ne peut pas être "
                "importé sans elle."
            )
        else:
            reason = (
                "Structure introuvable : elle n'est ni dans les fichiers importés, ni dans "
                "le catalogue."
            )
        for service_id in service_ids:
            row = checked.rows[SERVICE][service_id]
            if explain_skips or structure_id not in checked.invalid_structures:
                report.add(row.file, row.row, "structure_id", structure_id, reason, ERROR)
            del checked.services[service_id]


# --------------------------------------------------------------------------- writing


def _write(
    db: Any,
    structures: list[dict[str, Any]],
    services: list[dict[str, Any]],
    report: ImportReport,
    progress: Progress,
) -> None:
    progress.set_total(len(structures) + len(services))
    with db.transaction() as session:
        _complete(session, Structure, structures, FIELDS[STRUCTURE])
        _complete(session, Service, services, FIELDS[SERVICE])
        for start in range(0, len(structures), _WRITE_CHUNK):
            chunk = structures[start : start + _WRITE_CHUNK]
            created, updated = upsert_structures(session, chunk)
            report.created_structures += created
            report.updated_structures += updated
            progress.step(len(chunk))
        for start in range(0, len(services), _WRITE_CHUNK):
            chunk = services[start : start + _WRITE_CHUNK]
            created, updated = upsert_services(session, chunk)
            report.created_services += created
            report.updated_services += updated
            progress.step(len(chunk))
        progress.check()


def _complete(
    session: Session,
    model: type[Structure] | type[Service],
    rows: list[dict[str, Any]],
    fields: tuple[str, ...],
) -> None:
    """Give every row every column: for a row already in the catalogue, the fields the file
    does not have keep their stored value; for a new row they are empty."""
    partial = [row for row in rows if len(row) < len(fields)]
    if not partial:
        return
    table = model.__table__  # type: ignore[attr-defined]
    all_fields = set(fields)
    missing: set[str] = set()
    for row in partial:
        missing |= all_fields - row.keys()
    columns = [table.c.id, *(table.c[name] for name in fields if name in missing)]
    stored: dict[str, Any] = {}
    ids = [row["id"] for row in partial]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(*columns).where(table.c.id.in_(chunk))
        for record in session.execute(query).mappings():
            stored[record["id"]] = record
    empty = dict.fromkeys(fields)
    empty["archived"] = False
    for row in partial:
        old = stored.get(row["id"])
        source = empty if old is None else old
        for name in empty.keys() - row.keys():
            row[name] = source[name]
