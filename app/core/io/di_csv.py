"""CSV files: data·inclusion CSV (one file of structures, one of services, headers are the
field names) and spreadsheets saved as CSV (any headers, through the column mapping).

Read: encoding detected (UTF-8 with or without BOM, else Windows-1252 / Latin-1 with a
note), separator sniffed (``;``, ``,`` or tab), cells read as text by pandas.

Write (``<name>-structures.csv`` and ``<name>-services.csv``): UTF-8 without BOM, ``,``
separator, one header line with the field names (data·inclusion names, then our extension
fields); lists as JSON arrays (``["a", "b"]`` — unambiguous even for free text with commas;
any data·inclusion list encoding is accepted on import, see ``app.core.io.fields``),
dates as ``AAAA-MM-JJ``, ``archived`` as ``true``/``false``, empty cell for no value.
No comment line: the file stays readable by pandas and by any CSV tool.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from app.core.errors import UserError
from app.core.io.fields import BOOL, LIST_KINDS, SESSIONS, kind_of
from app.core.io.report import ImportReport
from app.core.io.tables import Table
from app.core.io.textfile import read_text, sniff_delimiter


def read_csv_table(path: Path, report: ImportReport) -> Table:
    import pandas as pd

    text, note = read_text(path)
    if note:
        report.note(f"{path.name} : {note}")
    delimiter = sniff_delimiter(text)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=True,
            engine="c",
        )
    except (pd.errors.ParserError, ValueError) as exc:
        line = re.search(r"line (\d+)", str(exc))
        where = f" à la ligne {line.group(1)}" if line else ""
        raise UserError(
            f"Le fichier « {path.name} » n'est pas un CSV lisible{where} (séparateur "
            f"« {delimiter} ») : vérifiez les guillemets et le nombre de colonnes de chaque ligne."
        ) from exc
    if frame.empty:
        raise UserError(f"Le fichier « {path.name} » est vide.")
    values = frame.values.tolist()
    headers = [h.strip() if isinstance(h, str) else h for h in values[0]]
    if len(values) == 1:
        raise UserError(f"Le fichier « {path.name} » n'a qu'une ligne d'en-tête, aucune donnée.")
    # line numbers as a spreadsheet shows them (header = line 1); blank lines are skipped by
    # pandas, so numbers are exact for files without blank or multi-line records
    rows = [(number, row) for number, row in enumerate(values[1:], start=2)]
    return Table(file=path.name, name=path.stem, headers=headers, rows=rows)


def csv_paths(target: Path) -> tuple[Path, Path]:
    stem = target.with_suffix("") if target.suffix.lower() == ".csv" else target
    return (
        stem.with_name(f"{stem.name}-structures.csv"),
        stem.with_name(f"{stem.name}-services.csv"),
    )


def csv_cell(field_name: str, value: Any) -> str:
    if value is None:
        return ""
    kind = kind_of(field_name)
    if kind in LIST_KINDS or kind == SESSIONS:
        return json.dumps(value, ensure_ascii=False)
    if kind == BOOL:
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def write_csv(
    target: Path,
    structures: list[dict[str, Any]],
    services: list[dict[str, Any]],
    structure_fields: tuple[str, ...],
    service_fields: tuple[str, ...],
) -> list[Path]:
    structures_path, services_path = csv_paths(target)
    for path, rows, fields in (
        (structures_path, structures, structure_fields),
        (services_path, services, service_fields),
    ):
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=",", lineterminator="\n")
            writer.writerow(fields)
            for row in rows:
                writer.writerow([csv_cell(name, row.get(name)) for name in fields])
    return [structures_path, services_path]
