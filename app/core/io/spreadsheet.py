"""XLSX workbooks.

Read (through pandas): every sheet becomes a table; the first non-empty row is the header.
Sheets named "Structures" and "Services" (any case or accents) are read as such, and a
"Services - Thématiques" sheet (columns ``service_id`` and ``thématique``, as in the
data·inclusion validator workbook) adds themes to services; other sheets are then ignored
("À lire", vocabularies). A workbook without such names is read sheet by sheet, each
recognised by its columns. Rows marked in an ``__ignore__`` column are skipped.

Write: a sheet "À lire" (what the file is, how lists are written, and a warning when the
catalogue is the sample one), then "Structures" and "Services" with the French headers of
``app.core.io.mapping``. In a cell, a list holds one value per line; ``sessions`` are JSON;
dates are real dates; ``archived`` is "oui" or "non".
"""

from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path
from typing import Any

from app.core.errors import UserError
from app.core.io.fields import BOOL, LIST_KINDS, SESSIONS, is_blank, kind_of
from app.core.io.mapping import field_label
from app.core.io.tables import Table

SHEET_README = "À lire"
SHEET_STRUCTURES = "Structures"
SHEET_SERVICES = "Services"


def read_workbook(path: Path) -> list[Table]:
    import pandas as pd

    if not path.exists():
        raise UserError(f"Fichier introuvable : « {path} ».")
    if path.is_dir():
        raise UserError(f"« {path} » est un dossier, pas un fichier.")
    if path.stat().st_size == 0:
        raise UserError(f"Le fichier « {path.name} » est vide.")
    try:
        sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine="openpyxl")
    except OverflowError as exc:  # a number near the float limit, read as infinity
        raise UserError(
            f"Le classeur « {path.name} » contient un nombre trop grand pour être lu : "
            "vérifiez les cellules numériques."
        ) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise UserError(
            f"Le fichier « {path.name} » n'est pas un classeur Excel (.xlsx) lisible. "
            "S'il vient d'un autre tableur, enregistrez-le au format .xlsx."
        ) from exc
    tables = []
    for sheet_name, frame in sheets.items():
        rows = [
            (index + 1, [None if _blank(v) else v for v in values])
            for index, values in zip(frame.index, frame.values.tolist(), strict=True)
        ]
        rows = [(line, cells) for line, cells in rows if any(c is not None for c in cells)]
        if not rows:
            tables.append(
                Table(file=f"{path.name} › {sheet_name}", name=str(sheet_name), headers=[])
            )
            continue
        (_, headers), *data = rows
        tables.append(
            Table(
                file=f"{path.name} › {sheet_name}", name=str(sheet_name), headers=headers, rows=data
            )
        )
    return tables


def _blank(value: Any) -> bool:
    return is_blank(value) or (isinstance(value, float) and math.isnan(value))


def xlsx_cell(field_name: str, value: Any) -> Any:
    if value is None:
        return None
    kind = kind_of(field_name)
    if kind in LIST_KINDS:
        return "\n".join(str(v) for v in value)
    if kind == SESSIONS:
        return json.dumps(value, ensure_ascii=False)
    if kind == BOOL:
        return "oui" if value else "non"
    return value


def write_workbook(
    target: Path,
    structures: list[dict[str, Any]],
    services: list[dict[str, Any]],
    structure_fields: tuple[str, ...],
    service_fields: tuple[str, ...],
    readme_lines: list[str],
) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    workbook = Workbook(write_only=True)
    readme = workbook.create_sheet(SHEET_README)
    readme.column_dimensions["A"].width = 110
    for number, line in enumerate(readme_lines):
        cell = WriteOnlyCell(readme, value=line)
        if number == 0:
            cell.font = Font(bold=True, size=14)
        readme.append([cell])

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for title, kind, rows, fields in (
        (SHEET_STRUCTURES, "structure", structures, structure_fields),
        (SHEET_SERVICES, "service", services, service_fields),
    ):
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        for index, name in enumerate(fields):
            letter = _column_letter(index)
            sheet.column_dimensions[letter].width = 50 if name in ("description",) else 22
        header = []
        for name in fields:
            cell = WriteOnlyCell(sheet, value=field_label(kind, name))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in rows:
            cells = []
            for name in fields:
                value = xlsx_cell(name, row.get(name))
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, even when the text starts with "="
                    if "\n" in value:
                        cell.alignment = wrap
                elif hasattr(value, "isoformat"):
                    cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            sheet.append(cells)
    try:
        workbook.save(target)
    except OSError as exc:
        raise UserError(f"Impossible d'écrire « {target} » : {exc.strerror or exc}.") from exc
    return target


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
