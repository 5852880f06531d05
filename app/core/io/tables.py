"""Rows read from a file, before validation, and how a table of cells becomes such rows.

A ``SourceRow`` holds the fields the file gives (a key absent from the row is a field the
file does not have: re-importing it keeps what the catalogue holds). A ``Table`` is a
sheet or a CSV file: a header and numbered rows of cells; ``rows_from_table`` finds which
column holds which field (``mapping``), whether the table holds structures or services,
and reports the columns it does not know.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.errors import UserError
from app.core.io.fields import SERVICE, SERVICE_FIELDS, STRUCTURE, STRUCTURE_FIELDS, is_blank
from app.core.io.mapping import (
    IGNORE_ROWS_COLUMN,
    STRUCTURE_NAME,
    ColumnMapping,
    normalize_header,
)
from app.core.io.report import WARNING, ImportReport
from app.core.text import fold

THEME_LINK = "thematique"  # a row of a "Services - Thématiques" link table
_SERVICE_ONLY = (set(SERVICE_FIELDS) - set(STRUCTURE_FIELDS)) | {STRUCTURE_NAME}
_LINK_HEADERS = {"service id", "thematique"}


@dataclass
class SourceRow:
    kind: str  # STRUCTURE, SERVICE or THEME_LINK
    file: str
    row: int | None
    data: dict[str, Any]


@dataclass
class Table:
    file: str  # as shown in the report: "catalogue.xlsx › Services"
    name: str  # sheet name or file name, a hint of what the table holds
    headers: list[Any]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (line number, cells)


def kind_from_name(name: str) -> str | None:
    """STRUCTURE or SERVICE when a sheet or file name says it, else None."""
    folded = fold(name)
    if "themat" in folded and "service" in folded:
        return THEME_LINK
    if "service" in folded:
        return SERVICE
    if "structure" in folded:
        return STRUCTURE
    return None


def table_kind(table: Table, mapping: ColumnMapping) -> str | None:
    """What a table holds, from its name or its columns; None when nothing is recognised."""
    normalized = {normalize_header(h) for h in table.headers if not is_blank(h)}
    if _LINK_HEADERS <= normalized:
        return THEME_LINK
    hinted = kind_from_name(table.name)
    if hinted is not None:
        return hinted
    as_service = {mapping.resolve(h, SERVICE) for h in table.headers if not is_blank(h)}
    if as_service & _SERVICE_ONLY:
        return SERVICE
    as_structure = {mapping.resolve(h, STRUCTURE) for h in table.headers if not is_blank(h)}
    if as_structure - {None, ""}:
        return STRUCTURE
    return None


def rows_from_table(
    table: Table, mapping: ColumnMapping, report: ImportReport, kind: str
) -> list[SourceRow]:
    if kind == THEME_LINK:
        return _link_rows(table)
    columns: list[tuple[int, str]] = []  # (cell index, field)
    ignore_index: int | None = None
    seen: dict[str, Any] = {}
    for index, header in enumerate(table.headers):
        if is_blank(header):
            if any(index < len(cells) and not is_blank(cells[index]) for _, cells in table.rows):
                report.add(
                    table.file,
                    1,
                    f"colonne {index + 1}",
                    "",
                    "Colonne sans en-tête : ignorée.",
                    WARNING,
                )
            continue
        if str(header).strip() == IGNORE_ROWS_COLUMN:
            ignore_index = index
            continue
        target = mapping.resolve(header, kind)
        if target is None:
            report.add(
                table.file,
                1,
                str(header),
                header,
                "Colonne inconnue : ignorée. Pour l'importer, indiquez le champ qu'elle contient "
                "dans un fichier de correspondance (option --mapping).",
                WARNING,
            )
            continue
        if target == "":
            continue
        if target in seen:
            report.add(
                table.file,
                1,
                str(header),
                header,
                f"Colonne en double : le champ « {target} » est déjà lu dans la colonne "
                f"« {seen[target]} » ; celle-ci est ignorée.",
                WARNING,
            )
            continue
        seen[target] = header
        columns.append((index, target))
    if not columns:
        headers = ", ".join(f"« {h} »" for h in table.headers if not is_blank(h)) or "aucun"
        raise UserError(
            f"Aucune colonne reconnue dans « {table.file} » (en-têtes : {headers}). Indiquez quel "
            "champ contient chaque colonne dans un fichier de correspondance (option --mapping)."
        )
    defaults = {k: v for k, v in mapping.defaults.items() if _applies(k, kind)}
    rows: list[SourceRow] = []
    for line, cells in table.rows:
        if ignore_index is not None and ignore_index < len(cells) and _truthy(cells[ignore_index]):
            continue
        data = {name: (cells[index] if index < len(cells) else None) for index, name in columns}
        if all(is_blank(v) for v in data.values()):
            continue
        for name, value in defaults.items():
            if is_blank(data.get(name)):
                data[name] = value
        rows.append(SourceRow(kind, table.file, line, data))
    return rows


def _applies(field_name: str, kind: str) -> bool:
    fields = STRUCTURE_FIELDS if kind == STRUCTURE else (*SERVICE_FIELDS, STRUCTURE_NAME)
    return field_name in fields


def _truthy(value: Any) -> bool:
    if is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"true", "vrai", "1", "oui", "x"}


def _link_rows(table: Table) -> list[SourceRow]:
    index = {normalize_header(h): i for i, h in enumerate(table.headers) if not is_blank(h)}
    ignore_index = next(
        (i for i, h in enumerate(table.headers) if str(h).strip() == IGNORE_ROWS_COLUMN), None
    )
    service_index, theme_index = index["service id"], index["thematique"]
    rows = []
    for line, cells in table.rows:
        if ignore_index is not None and ignore_index < len(cells) and _truthy(cells[ignore_index]):
            continue
        service_id = cells[service_index] if service_index < len(cells) else None
        theme = cells[theme_index] if theme_index < len(cells) else None
        if is_blank(service_id) and is_blank(theme):
            continue
        rows.append(
            SourceRow(THEME_LINK, table.file, line, {"service_id": service_id, "thematique": theme})
        )
    return rows
