"""Validation of one row: the data·inclusion schema, then Passerelle's own rules.

Our rules, on top of the schema (``data-inclusion-schema``'s pydantic models):
- the INSEE code is a commune of the Code officiel géographique (2026);
- the postal code is one of that commune's (a code of the same département that is not in
  the commune's list — a CEDEX — is only a warning);
- latitude and longitude come together and fall inside France (métropole and DROM);
- dates are not in the future (``date_maj``, ``verified_on``) and sessions end after they start;
- 0 ≤ age_min ≤ age_max ≤ 120;
- our vocabularies: required_situations, prerequisites, diploma_max (``app.core.vocab``);
- opening hours (``horaires_accueil``) are valid OSM ``opening_hours`` (a warning only);
- codes of ``zone_eligibilite`` exist (a warning only: data·inclusion drops unknown codes).
Across rows (done by the importer): duplicate ids, and the structure of each service.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from app.core import vocab
from app.core.io import schema_errors
from app.core.io.fields import (
    DI_FIELDS,
    FIELDS,
    SERVICE,
    ValueProblem,
    coerce,
)
from app.core.io.mapping import STRUCTURE_NAME
from app.core.io.report import ERROR, WARNING, ImportReport
from app.core.io.tables import SourceRow

MAX_AGE = 120
_FIELD_SETS = {kind: frozenset(names) for kind, names in FIELDS.items()}
_DI_FIELD_SETS = {kind: frozenset(names) for kind, names in DI_FIELDS.items()}


@cache
def _schema_models() -> dict[str, Any]:
    from data_inclusion.schema.v1 import Service, Structure

    return {"structure": Structure, SERVICE: Service}


def _hours_checker():  # type: ignore[no-untyped-def]
    try:
        from app.core.hours import is_valid_hours
    except ImportError:  # the opening-hours module is optional for validation
        return None
    return is_valid_hours


class RowValidator:
    """Checks rows one by one and writes what it finds into ``report``."""

    def __init__(self, report: ImportReport, today: date | None = None) -> None:
        self.report = report
        self.today = today or date.today()
        self._models = _schema_models()
        self._is_valid_hours = _hours_checker()
        from app.core.reference import communes

        self._communes = communes

    def check(self, row: SourceRow) -> dict[str, Any] | None:
        """The row's stored values (only the fields the file gives), or None if it has errors."""
        problems: list[tuple[str, Any, str, str]] = []
        if "__not_an_object__" in row.data:
            self._add(
                row,
                [
                    (
                        "",
                        row.data["__not_an_object__"],
                        "Cet élément n'est pas un objet JSON : il est ignoré.",
                        ERROR,
                    )
                ],
            )
            return None
        fields = _FIELD_SETS[row.kind]
        di_fields = _DI_FIELD_SETS[row.kind]
        values: dict[str, Any] = {}
        schema_input: dict[str, Any] = {}
        for name, raw in row.data.items():
            if name not in fields:
                continue
            try:
                value = coerce(name, raw)
            except ValueProblem as exc:
                if name in di_fields:
                    schema_input[name] = raw  # the schema says what is wrong, in its own words
                else:
                    problems.append((name, raw, str(exc), ERROR))
                continue
            values[name] = value
            if name in di_fields and value is not None:
                schema_input[name] = value
        if "archived" in values and values["archived"] is None:
            values["archived"] = False  # an empty cell: not archived
        model = self._models[row.kind]
        try:
            model.model_validate(schema_input, context={"ignore_warnings": False})
        except Exception as exc:  # pydantic.ValidationError
            errors = getattr(exc, "errors", None)
            if errors is None:
                raise
            problems.extend(schema_errors.translate(errors()))
        problems.extend(self._our_rules(row.kind, values))
        self._add(row, problems)
        if any(severity == ERROR for *_, severity in problems):
            return None
        return values

    def _add(self, row: SourceRow, problems: list[tuple[str, Any, str, str]]) -> None:
        for field_name, value, reason, severity in problems:
            self.report.add(row.file, row.row, field_name, value, reason, severity)

    # -- Passerelle's rules
    def _our_rules(self, kind: str, v: dict[str, Any]) -> list[tuple[str, Any, str, str]]:
        problems: list[tuple[str, Any, str, str]] = []
        problems.extend(self._place(v))
        for name in ("verified_on",):
            when = v.get(name)
            if isinstance(when, date) and when > self.today:
                problems.append(
                    (
                        name,
                        when,
                        "Date dans le futur : une vérification ne peut pas "
                        "être datée d'un jour à venir.",
                        ERROR,
                    )
                )
        hours = v.get("horaires_accueil")
        if hours and self._is_valid_hours is not None and not self._is_valid_hours(hours):
            problems.append(
                (
                    "horaires_accueil",
                    hours,
                    "Horaires illisibles au format OSM "
                    "opening_hours (par exemple « Mo-Fr 09:00-12:00 ») : ils seront "
                    "affichés tels quels.",
                    WARNING,
                )
            )
        if kind == SERVICE:
            problems.extend(self._service_rules(v))
        return problems

    def _place(self, v: dict[str, Any]) -> list[tuple[str, Any, str, str]]:
        from app.core.geo import in_france

        problems: list[tuple[str, Any, str, str]] = []
        code_insee = v.get("code_insee")
        commune = None
        if isinstance(code_insee, str) and len(code_insee) == 5:
            commune = self._communes.commune(code_insee)
            if commune is None:
                problems.append(
                    (
                        "code_insee",
                        code_insee,
                        "Code INSEE inconnu : aucune commune "
                        "de France n'a ce code (Code officiel géographique 2026).",
                        ERROR,
                    )
                )
        postal = v.get("code_postal")
        if (
            commune is not None
            and isinstance(postal, str)
            and len(postal) == 5
            and postal.isdigit()
        ):
            if postal not in commune.codes_postaux:
                known = ", ".join(commune.codes_postaux) or "aucun"
                same_area = any(cp[:2] == postal[:2] for cp in commune.codes_postaux)
                if same_area:
                    problems.append(
                        (
                            "code_postal",
                            postal,
                            f"Code postal absent de la liste de "
                            f"{commune.nom} ({known}) : vérifiez-le (CEDEX ?).",
                            WARNING,
                        )
                    )
                else:
                    problems.append(
                        (
                            "code_postal",
                            postal,
                            f"Le code postal ne correspond pas à "
                            f"la commune {commune.nom} (code INSEE {commune.code}), dont "
                            f"les codes postaux sont : {known}.",
                            ERROR,
                        )
                    )
        latitude, longitude = v.get("latitude"), v.get("longitude")
        if (latitude is None) != (longitude is None):
            missing = "longitude" if longitude is None else "latitude"
            given = "latitude" if longitude is None else "longitude"
            problems.append(
                (
                    missing,
                    "",
                    f"La {given} est donnée sans la {missing} : donnez les deux ou aucune.",
                    ERROR,
                )
            )
        elif isinstance(latitude, float) and isinstance(longitude, float):
            if not in_france(latitude, longitude):
                swapped = in_france(longitude, latitude)
                reason = "Coordonnées hors de France"
                reason += (
                    " : latitude et longitude semblent inversées."
                    if swapped
                    else " : vérifiez la latitude (environ 43,8 à Nîmes) et la longitude "
                    "(environ 4,36)."
                )
                problems.append(("latitude", f"{latitude}, {longitude}", reason, ERROR))
        return problems

    def _service_rules(self, v: dict[str, Any]) -> list[tuple[str, Any, str, str]]:
        problems: list[tuple[str, Any, str, str]] = []
        ages = {}
        for name in ("age_min", "age_max"):
            age = v.get(name)
            if age is None:
                continue
            if not 0 <= age <= MAX_AGE:
                problems.append((name, age, f"Âge impossible : entre 0 et {MAX_AGE} ans.", ERROR))
            else:
                ages[name] = age
        if len(ages) == 2 and ages["age_min"] > ages["age_max"]:
            problems.append(
                (
                    "age_min",
                    f"{ages['age_min']} > {ages['age_max']}",
                    "L'âge minimum dépasse l'âge maximum.",
                    ERROR,
                )
            )
        for name, known, label in (
            ("required_situations", vocab.SITUATIONS, "situations"),
            ("prerequisites", vocab.PREREQUISITES, "prérequis"),
        ):
            for code in v.get(name) or ():
                if code not in known:
                    problems.append(
                        (
                            name,
                            code,
                            f"Code inconnu dans les {label} de Passerelle "
                            f"(codes possibles : {', '.join(known)}).",
                            ERROR,
                        )
                    )
        diploma = v.get("diploma_max")
        if diploma is not None and diploma not in vocab.DIPLOMAS:
            problems.append(
                (
                    "diploma_max",
                    diploma,
                    f"Code de diplôme inconnu (codes possibles : {', '.join(vocab.DIPLOMAS)}).",
                    ERROR,
                )
            )
        for code in v.get("zone_eligibilite") or ():
            if not self._zone_exists(code):
                problems.append(
                    (
                        "zone_eligibilite",
                        code,
                        "Code de zone inconnu (ni commune, ni "
                        "département, ni EPCI, ni pays) : il sera sans effet.",
                        WARNING,
                    )
                )
        return problems

    def _zone_exists(self, code: str) -> bool:
        if code == "france" or (len(code) == 5 and code.startswith("99")):
            return True
        if len(code) == 5:
            return self._communes.commune(code) is not None
        if len(code) == 9:
            return bool(self._communes.epci_members(code)) or code in self._communes.epcis()
        if len(code) in (2, 3):
            return bool(self._communes.departement_members(code))
        return False


def structure_name_of(row: SourceRow) -> str | None:
    """The ``structure_nom`` pseudo-field of a spreadsheet service row, if any."""
    value = row.data.get(STRUCTURE_NAME)
    if value is None:
        return None
    text = str(value).strip()
    return text or None
