"""The errors of the data·inclusion schema (pydantic), said in French.

``translate`` turns the error list of ``Structure``/``Service.model_validate`` into
(field, value, reason, severity) tuples: one per field, or per list item for lists of codes,
with the offending value and, for an unknown code, the closest known one.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import cache
from typing import Any

from app.core.io.report import ERROR, WARNING

# field → (data·inclusion enum class name, French name of the vocabulary)
_VOCABULARIES: dict[str, tuple[str, str]] = {
    "thematiques": ("Thematique", "thématiques"),
    "publics": ("Public", "publics"),
    "type": ("TypeService", "types de service"),
    "frais": ("Frais", "frais"),
    "modes_accueil": ("ModeAccueil", "modes d'accueil"),
    "modes_mobilisation": ("ModeMobilisation", "modes de mobilisation"),
    "mobilisable_par": ("PersonneMobilisatrice", "personnes mobilisatrices"),
    "reseaux_porteurs": ("ReseauPorteur", "réseaux porteurs"),
}
_DATE_TYPES = {
    "date_parsing",
    "date_from_datetime_parsing",
    "date_type",
    "date_from_datetime_inexact",
}
_URL_TYPES = {"url_parsing", "url_scheme", "url_type", "url_syntax_violation", "url_too_long"}
_INT_TYPES = {"int_parsing", "int_type", "int_from_float"}
_FLOAT_TYPES = {"float_parsing", "float_type", "finite_number"}
_CODE_MESSAGES = {
    "code_postal": "Code postal invalide : 5 chiffres sont attendus (par exemple 30000).",
    "code_insee": "Code INSEE invalide : 5 caractères sont attendus (par exemple 30189 pour Nîmes).",
    "siret": "Numéro SIRET invalide : 14 chiffres sont attendus.",
}
_ZONE_MESSAGE = (
    "Code de zone invalide : un code commune (5 caractères), un code département (2 ou 3), "
    "un code EPCI (9 chiffres), un code pays (99xxx) ou « france » est attendu."
)


@cache
def vocabulary_codes(field_name: str) -> tuple[str, ...]:
    from data_inclusion.schema import v1

    class_name, _ = _VOCABULARIES[field_name]
    return tuple(item.value for item in getattr(v1, class_name))


@cache
def _categories() -> frozenset[str]:
    from data_inclusion.schema import v1

    return frozenset(item.value for item in v1.Categorie)


def unknown_code_reason(field_name: str, value: Any) -> str:
    _, vocabulary_name = _VOCABULARIES[field_name]
    reason = f"Code inconnu dans le vocabulaire data·inclusion des {vocabulary_name}."
    text = str(value)
    codes = vocabulary_codes(field_name)
    if field_name == "thematiques" and text in _categories():
        example = next((c for c in codes if c.startswith(text + "--")), None)
        return (
            f"« {text} » est une catégorie, pas une thématique : choisissez une thématique "
            f"précise{f' (par exemple {example})' if example else ''}."
        )
    close = difflib.get_close_matches(text, codes, n=1, cutoff=0.75)
    if close:
        reason += f" Vouliez-vous dire « {close[0]} » ?"
    return reason


def translate(errors: Iterable[dict[str, Any]]) -> list[tuple[str, Any, str, str]]:
    """(field, value, French reason, severity) for each problem, one per field or list item."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for error in errors:
        loc = tuple(error.get("loc") or ("",))
        key = loc[:2] if len(loc) > 1 and isinstance(loc[1], int) else loc[:1]
        groups.setdefault(key, []).append(error)
    problems = []
    for key, group in groups.items():
        field_name = str(key[0])
        first = group[0]
        value = None if first["type"] == "missing" else first.get("input")
        if any(e["type"] == "avertissement" for e in group):
            warning = next(e for e in group if e["type"] == "avertissement")
            problems.append((field_name, value, _sentence(warning["msg"]), WARNING))
            group = [e for e in group if e["type"] != "avertissement"]
            if not group:
                continue
            first = group[0]
        if len(key) > 1:
            problems.append(
                (field_name, first.get("input"), _item_reason(field_name, group), ERROR)
            )
        else:
            problems.append((field_name, value, _field_reason(field_name, first), ERROR))
    return problems


def _item_reason(field_name: str, group: list[dict[str, Any]]) -> str:
    if field_name == "zone_eligibilite":
        return _ZONE_MESSAGE
    first = group[0]
    if first["type"] == "enum" and field_name in _VOCABULARIES:
        return unknown_code_reason(field_name, first.get("input"))
    if first["type"] == "string_type":
        return "Chaque valeur de la liste doit être un texte."
    return _field_reason(field_name, first)


def _field_reason(field_name: str, error: dict[str, Any]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "Champ obligatoire manquant."
    if field_name in _CODE_MESSAGES and kind.startswith("string_"):
        return _CODE_MESSAGES[field_name]
    if kind == "string_too_short":
        return f"Trop court : au moins {ctx.get('min_length')} caractères."
    if kind == "string_too_long":
        return f"Trop long : au plus {ctx.get('max_length')} caractères."
    if kind == "string_type":
        return "Un texte est attendu."
    if kind == "enum" and field_name in _VOCABULARIES:
        return unknown_code_reason(field_name, error.get("input"))
    if kind in _DATE_TYPES:
        return "Date invalide : écrivez-la AAAA-MM-JJ (par exemple 2025-03-14)."
    if kind in _URL_TYPES:
        return "Adresse web invalide : elle doit commencer par https:// (ou http://)."
    if kind in _INT_TYPES:
        return "Un nombre entier est attendu."
    if kind in _FLOAT_TYPES:
        return "Un nombre est attendu."
    if kind == "greater_than_equal":
        return f"La valeur doit être supérieure ou égale à {ctx.get('ge')}."
    if kind == "too_short":
        return "Liste vide : au moins une valeur est attendue."
    if kind in ("set_type", "list_type"):
        return "Une liste de valeurs est attendue."
    if kind == "value_error":
        if field_name == "courriel":
            return "Adresse e-mail invalide."
        message = str(ctx.get("error") or error.get("msg", ""))
        return _sentence(message.removeprefix("Value error, "))
    return f"Valeur refusée par le schéma data·inclusion ({error.get('msg', kind)})."


def _sentence(text: str) -> str:
    text = text.strip().replace("`", "« ", 1).replace("`", " »", 1) if "`" in text else text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
