"""data·inclusion v1 JSON files.

Read:
- a list of structures or of services (data·inclusion publishes ``structures.json`` and
  ``services.json``): the file name says which (it contains "structure" or "service");
  otherwise each element is a service when it has a ``structure_id`` key, else a structure;
- an object ``{"structures": [...], "services": [...]}`` (either key may be missing);
- a page of the data·inclusion API, ``{"items": [...], ...}``, read like a list.
Our extension fields (``age_min``, ``documents``, ``verified_on``…) are extra top-level
keys of each element; other unknown keys are ignored.

Write: two lists, ``<name>-structures.json`` and ``<name>-services.json``, exactly the
data·inclusion v1 lists (plus our extension keys), so that any data·inclusion tool reads them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core.errors import UserError
from app.core.io.fields import SERVICE, STRUCTURE, to_json_value
from app.core.io.report import ImportReport
from app.core.io.tables import SourceRow, kind_from_name
from app.core.io.textfile import decode, read_bytes


def read_json(path: Path, report: ImportReport) -> list[SourceRow]:
    text, note = decode(read_bytes(path))
    if note:
        report.note(f"{path.name} : {note}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"Le fichier « {path.name} » n'est pas un JSON valide : erreur de syntaxe à la "
            f"ligne {exc.lineno}, colonne {exc.colno}. Rien n'a été importé."
        ) from exc
    except RecursionError as exc:
        raise UserError(
            f"Le fichier « {path.name} » est un JSON trop imbriqué pour être lu."
        ) from exc
    hint = kind_from_name(path.stem)
    if isinstance(data, list):
        return _rows(path.name, data, hint if hint in (STRUCTURE, SERVICE) else None)
    if isinstance(data, dict):
        if "structures" in data or "services" in data:
            rows: list[SourceRow] = []
            for key, kind in (("structures", STRUCTURE), ("services", SERVICE)):
                items = data.get(key) or []
                if not isinstance(items, list):
                    raise UserError(
                        f"Dans « {path.name} », « {key} » doit être une liste d'objets."
                    )
                rows.extend(_rows(f"{path.name} › {key}", items, kind))
            return rows
        if isinstance(data.get("items"), list):
            return _rows(path.name, data["items"], hint if hint in (STRUCTURE, SERVICE) else None)
    raise UserError(
        f"Le fichier « {path.name} » n'est pas au format data·inclusion : une liste de structures "
        'ou de services, ou un objet {"structures": [...], "services": [...]}, est attendu.'
    )


def _rows(file: str, items: list[Any], kind: str | None) -> list[SourceRow]:
    rows = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            rows.append(SourceRow(kind or STRUCTURE, file, number, {"__not_an_object__": item}))
            continue
        item_kind = kind or (SERVICE if "structure_id" in item else STRUCTURE)
        rows.append(SourceRow(item_kind, file, number, item))
    return rows


def json_paths(target: Path) -> tuple[Path, Path]:
    """The two files an export to ``target`` writes."""
    stem = target.with_suffix("") if target.suffix.lower() == ".json" else target
    return (
        stem.with_name(f"{stem.name}-structures.json"),
        stem.with_name(f"{stem.name}-services.json"),
    )


def write_json(
    target: Path,
    structures: list[dict[str, Any]],
    services: list[dict[str, Any]],
    structure_fields: tuple[str, ...],
    service_fields: tuple[str, ...],
) -> list[Path]:
    structures_path, services_path = json_paths(target)
    for path, rows, fields in (
        (structures_path, structures, structure_fields),
        (services_path, services, service_fields),
    ):
        items = [{name: to_json_value(name, row.get(name)) for name in fields} for row in rows]
        with path.open("w", encoding="utf-8") as handle:
            json.dump(items, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
    return [structures_path, services_path]
