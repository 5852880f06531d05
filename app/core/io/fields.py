"""The fields of a structure and of a service, their kind, and how a raw value becomes one.

Files give values in many shapes: JSON gives lists and numbers, CSV gives text, a
spreadsheet gives numbers where we want codes (59260.0 for "59260") and dates as dates.
``coerce`` turns any of them into what the database stores, or says in French why it can't.

Lists in text cells (CSV, spreadsheets) are read in any of these encodings:
- a JSON array: ``["famille--garde-denfants", "mobilite--preparer-un-permis"]`` (what our
  CSV export writes — unambiguous, even for free text holding commas);
- a PostgreSQL array literal: ``{a,b}``;
- one value per line in the cell (what our XLSX export writes);
- values separated by ``|`` or ``;``, or — for lists of codes only — by ``,`` (as in the
  data·inclusion validator workbook: ``"se-presenter, telephoner"``).
Free-text lists (``documents``) are never split on commas or semicolons.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import Any

from app.core.models import (
    DI_SERVICE_FIELDS,
    DI_STRUCTURE_FIELDS,
    SERVICE_EXTENSION_FIELDS,
    STRUCTURE_EXTENSION_FIELDS,
)

STRUCTURE = "structure"
SERVICE = "service"
KIND_LABELS = {STRUCTURE: "structure", SERVICE: "service"}

# kinds of field
TEXT = "text"
CODE = "code"  # text that is a code: a number from a spreadsheet loses its ".0"
CODE_LIST = "code_list"
TEXT_LIST = "text_list"
DATE = "date"
INT = "int"
FLOAT = "float"
BOOL = "bool"
SESSIONS = "sessions"

_KINDS: dict[str, str] = {
    "siret": CODE,
    "code_postal": CODE,
    "code_insee": CODE,
    "telephone": CODE,
    "type": CODE,
    "frais": CODE,
    "diploma_max": CODE,
    "reseaux_porteurs": CODE_LIST,
    "thematiques": CODE_LIST,
    "publics": CODE_LIST,
    "zone_eligibilite": CODE_LIST,
    "modes_accueil": CODE_LIST,
    "modes_mobilisation": CODE_LIST,
    "mobilisable_par": CODE_LIST,
    "required_situations": CODE_LIST,
    "prerequisites": CODE_LIST,
    "documents": TEXT_LIST,
    "date_maj": DATE,
    "verified_on": DATE,
    "latitude": FLOAT,
    "longitude": FLOAT,
    "volume_horaire_hebdomadaire": FLOAT,
    "nombre_semaines": INT,
    "age_min": INT,
    "age_max": INT,
    "archived": BOOL,
    "sessions": SESSIONS,
}

STRUCTURE_FIELDS: tuple[str, ...] = DI_STRUCTURE_FIELDS + STRUCTURE_EXTENSION_FIELDS
SERVICE_FIELDS: tuple[str, ...] = DI_SERVICE_FIELDS + SERVICE_EXTENSION_FIELDS
FIELDS: dict[str, tuple[str, ...]] = {STRUCTURE: STRUCTURE_FIELDS, SERVICE: SERVICE_FIELDS}
DI_FIELDS: dict[str, tuple[str, ...]] = {STRUCTURE: DI_STRUCTURE_FIELDS, SERVICE: DI_SERVICE_FIELDS}
LIST_KINDS = (CODE_LIST, TEXT_LIST)

# fields whose leading zeros a spreadsheet loses when it stores them as numbers
_ZERO_PADDED = {"code_postal": 5, "code_insee": 5, "siret": 14, "telephone": 10}
_TRUE = {"1", "true", "vrai", "oui", "o", "yes", "y", "x"}
_FALSE = {"0", "false", "faux", "non", "n", "no", ""}
_FRENCH_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATETIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"
)


def kind_of(field_name: str) -> str:
    return _KINDS.get(field_name, TEXT)


class ValueProblem(ValueError):
    """A value that cannot become what the field holds; the message is French."""


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return False


def coerce(field_name: str, value: Any) -> Any:
    """The stored form of ``value`` for this field (None for a blank).

    Raises ``ValueProblem`` with a French reason when the value can't be read.
    """
    if value is None:
        return None
    kind = _KINDS.get(field_name, TEXT)
    value_type = type(value)
    # fast paths for what JSON files give (a national file has millions of values)
    if value_type is str:
        text = value.strip()
        if not text:
            return None
        if kind == TEXT:
            return text
        if kind == DATE and len(text) == 10:
            try:
                return date.fromisoformat(text)
            except ValueError:
                pass
    elif value_type is list and kind in LIST_KINDS:
        if all(type(item) is str for item in value):
            items = [item.strip() for item in value]
            return [item for item in items if item] or None
    elif is_blank(value):
        return None
    if kind == TEXT:
        return _text(value)
    if kind == CODE:
        return _code(field_name, value)
    if kind in LIST_KINDS:
        items = split_list(value, free_text=kind == TEXT_LIST)
        return items or None
    if kind == DATE:
        return parse_date(value)
    if kind == INT:
        return _int(value)
    if kind == FLOAT:
        return _float(value)
    if kind == BOOL:
        return _bool(value)
    if kind == SESSIONS:
        return parse_sessions(value)
    raise AssertionError(kind)  # pragma: no cover


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        raise ValueProblem("Un texte est attendu, pas une liste.")
    return str(value).strip()


def _code(field_name: str, value: Any) -> str:
    if isinstance(value, bool):
        raise ValueProblem("Un code est attendu.")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            return str(value)
        text = str(int(value))
        width = _ZERO_PADDED.get(field_name)
        return text.zfill(width) if width and len(text) == width - 1 else text
    text = _text(value)
    if field_name in ("code_postal", "siret"):
        text = text.replace(" ", "").replace("\u00a0", "")
    return text


def split_list(value: Any, *, free_text: bool = False) -> list[str]:
    """A list from a list, a JSON array, a ``{a,b}`` literal or a separated text."""
    if isinstance(value, (list, tuple, set)):
        items = [_list_item(v) for v in value]
        return [i for i in items if i]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [_text(value)]
    if not isinstance(value, str):
        raise ValueProblem("Une liste de valeurs est attendue.")
    text = value.strip()
    if text.startswith("[") and text.endswith("]"):
        try:
            parsed = json.loads(text)
        except ValueError:
            try:
                parsed = json.loads(text.replace("'", '"'))  # a Python list written out
            except ValueError as exc:
                raise ValueProblem(
                    'Liste mal écrite : utilisez par exemple ["valeur 1", "valeur 2"].'
                ) from exc
        if not isinstance(parsed, list):
            raise ValueProblem("Une liste de valeurs est attendue.")
        return split_list(parsed, free_text=free_text)
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
        parts = [p.strip().strip('"') for p in text.split(",")]
        return [p for p in parts if p]
    if "\n" in text:
        separator: str | None = "\n"
    elif "|" in text:
        separator = "|"
    elif not free_text and ";" in text:
        separator = ";"
    elif not free_text and "," in text:
        separator = ","
    else:
        separator = None
    parts = text.split(separator) if separator else [text]
    return [p.strip() for p in parts if p.strip()]


def _list_item(value: Any) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, (list, dict)):
        raise ValueProblem("Une liste de textes est attendue, pas une liste imbriquée.")
    return _text(value)


def parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()
    if not isinstance(value, str):
        raise ValueProblem("Date invalide : écrivez-la AAAA-MM-JJ (par exemple 2025-03-14).")
    text = value.strip()
    match = _ISO_DATETIME.match(text)
    if match:
        text = match.group(1)
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _FRENCH_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise ValueProblem(
        "Date invalide : écrivez-la AAAA-MM-JJ (par exemple 2025-03-14) ou JJ/MM/AAAA."
    )


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueProblem("Un nombre entier est attendu.")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueProblem("Un nombre entier est attendu.")
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    try:
        number = float(text.replace(",", "."))
    except ValueError as exc:
        raise ValueProblem("Un nombre entier est attendu.") from exc
    if not number.is_integer():
        raise ValueProblem("Un nombre entier est attendu.")
    return int(number)


def _float(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueProblem("Un nombre est attendu.")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError as exc:
            raise ValueProblem("Un nombre est attendu (par exemple 43.8367).") from exc
    if math.isnan(number) or math.isinf(number):
        raise ValueProblem("Un nombre est attendu.")
    return number


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueProblem("« oui » ou « non » est attendu.")


def parse_sessions(value: Any) -> list[dict[str, Any]] | None:
    """Training sessions: ``[{"debut": "2027-01-11", "fin": "2027-03-26", "places": 12}]``.

    Dates are kept as ISO text (the column is JSON); ``fin`` and ``places`` are optional.
    """
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise ValueProblem(
                'Sessions mal écrites : utilisez par exemple [{"debut": "2027-01-11", '
                '"fin": "2027-03-26", "places": 12}].'
            ) from exc
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise ValueProblem("Une liste de sessions est attendue.")
    sessions: list[dict[str, Any]] = []
    for item in value:
        if not isinstance(item, dict):
            raise ValueProblem("Chaque session doit avoir au moins une date de début (« debut »).")
        unknown = set(item) - {"debut", "fin", "places"}
        if unknown:
            raise ValueProblem(
                f"Information de session inconnue : {', '.join(sorted(unknown))} "
                "(seuls « debut », « fin » et « places » sont compris)."
            )
        if is_blank(item.get("debut")):
            raise ValueProblem("Chaque session doit avoir une date de début (« debut »).")
        session: dict[str, Any] = {"debut": parse_date(item["debut"]).isoformat()}
        if not is_blank(item.get("fin")):
            end = parse_date(item["fin"])
            if end.isoformat() < session["debut"]:
                raise ValueProblem("Une session finit avant d'avoir commencé.")
            session["fin"] = end.isoformat()
        if not is_blank(item.get("places")):
            places = _int(item["places"])
            if places < 0:
                raise ValueProblem("Le nombre de places d'une session ne peut pas être négatif.")
            session["places"] = places
        sessions.append(session)
    return sessions or None


def to_json_value(field_name: str, value: Any) -> Any:
    """A stored value as data·inclusion JSON writes it (dates as ISO text)."""
    if isinstance(value, date):
        return value.isoformat()
    return value
