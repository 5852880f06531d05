"""The catalogue editor's rules: each field checked as the counsellor types, then saved.

The form hands over what its widgets hold: text for text fields, lists of codes for
multiple choices. ``check_field`` answers one field (a French message, or None when it is
fine) so the window can say it next to the field; ``check_form`` adds the rules that tie
fields together (ages in order, postal code of the commune…). ``save_service`` and
``save_structure`` refuse to write while anything is wrong (``UserError``), fill in what is
derived (commune name from its INSEE code, today's ``date_maj``) and return the saved row.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from app.core import catalogue
from app.core.errors import UserError
from app.core.models import Service, Structure
from app.core.records import ServiceRecord
from app.core.text import fold

LOCAL_SOURCE = "maison-des-competences"  # ``source`` of what the desk creates
AGE_LIMIT = 120

# kinds of field
TEXT = "text"
LONG_TEXT = "long_text"
CODE = "code"  # one code of a vocabulary
CODES = "codes"  # several codes of a vocabulary
INT = "int"
DECIMAL = "decimal"  # a number that may have a decimal part (17,5 or 43.84)
DATE = "date"
HOURS = "hours"
INSEE = "insee"
POSTAL = "postal"
PHONE = "phone"
EMAIL = "email"
URL = "url"
ZONE = "zone"
LINES = "lines"  # one item per line
SIRET = "siret"
SESSIONS = "sessions"  # training sessions: [{"debut": "AAAA-MM-JJ", "fin": …, "places": 12}]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    label: str
    kind: str
    required: bool = False
    vocabulary: str | None = None  # for CODE and CODES
    min_length: int = 0
    max_length: int | None = None
    minimum: float | None = None  # for INT and DECIMAL
    maximum: float | None = None
    minimum_excluded: bool = False  # the minimum itself is refused (0 hours a week)


def _specs(*items: FieldSpec) -> dict[str, FieldSpec]:
    return {item.name: item for item in items}


SERVICE_FIELDS: dict[str, FieldSpec] = _specs(
    FieldSpec("nom", "Nom du service", TEXT, True, min_length=3, max_length=150),
    FieldSpec("structure_id", "Structure", TEXT, True),
    FieldSpec("description", "Description", LONG_TEXT, True, min_length=5, max_length=10000),
    FieldSpec("type", "Type de service", CODE, vocabulary="types_de_services"),
    FieldSpec("thematiques", "Thématiques", CODES, vocabulary="thematiques"),
    FieldSpec("frais", "Frais", CODE, vocabulary="frais"),
    FieldSpec("frais_precisions", "Précisions sur les frais", TEXT),
    FieldSpec("publics", "Publics", CODES, vocabulary="publics"),
    FieldSpec("publics_precisions", "Précisions sur les publics", LONG_TEXT),
    FieldSpec("conditions_acces", "Conditions d'accès", LONG_TEXT),
    FieldSpec("zone_eligibilite", "Zone d'éligibilité", ZONE),
    FieldSpec("modes_accueil", "Modes d'accueil", CODES, vocabulary="modes_accueil"),
    FieldSpec("horaires_accueil", "Horaires d'accueil", HOURS),
    FieldSpec("adresse", "Adresse", TEXT),
    FieldSpec("complement_adresse", "Complément d'adresse", TEXT),
    FieldSpec("code_postal", "Code postal", POSTAL),
    FieldSpec("code_insee", "Commune (code INSEE)", INSEE),
    FieldSpec("latitude", "Latitude", DECIMAL, minimum=-90, maximum=90),
    FieldSpec("longitude", "Longitude", DECIMAL, minimum=-180, maximum=180),
    FieldSpec("sessions", "Sessions de formation", SESSIONS),
    FieldSpec(
        "volume_horaire_hebdomadaire",
        "Heures par semaine",
        DECIMAL,
        minimum=0,
        maximum=60,
        minimum_excluded=True,
    ),
    FieldSpec("nombre_semaines", "Nombre de semaines", INT, minimum=1, maximum=520),
    FieldSpec("modes_mobilisation", "Comment s'inscrire", CODES, vocabulary="modes_mobilisation"),
    FieldSpec("mobilisable_par", "Qui peut inscrire", CODES, vocabulary="personnes_mobilisatrices"),
    FieldSpec(
        "mobilisation_precisions", "Précisions sur l'inscription", LONG_TEXT, max_length=2000
    ),
    FieldSpec("lien_mobilisation", "Lien d'inscription", URL),
    FieldSpec("contact_nom_prenom", "Personne à contacter", TEXT, max_length=150),
    FieldSpec("telephone", "Téléphone", PHONE),
    FieldSpec("courriel", "Courriel", EMAIL),
    FieldSpec("lien_source", "Lien vers la fiche d'origine", URL),
    FieldSpec("age_min", "Âge minimum", INT, maximum=AGE_LIMIT),
    FieldSpec("age_max", "Âge maximum", INT, maximum=AGE_LIMIT),
    FieldSpec("required_situations", "Situations requises", CODES, vocabulary="situations"),
    FieldSpec("diploma_max", "Diplôme maximum", CODE, vocabulary="diplomes"),
    FieldSpec("prerequisites", "Prérequis", CODES, vocabulary="prerequis"),
    FieldSpec("documents", "Documents à apporter", LINES),
    FieldSpec("arrival_phrase", "Ce que la personne dit en arrivant", TEXT, max_length=200),
    FieldSpec("verified_on", "Vérifié le", DATE),
    FieldSpec("verified_by", "Vérifié par", TEXT, max_length=80),
)

STRUCTURE_FIELDS: dict[str, FieldSpec] = _specs(
    FieldSpec("nom", "Nom de la structure", TEXT, True, min_length=1, max_length=150),
    FieldSpec("description", "Description", LONG_TEXT),
    FieldSpec("siret", "SIRET", SIRET),
    FieldSpec("adresse", "Adresse", TEXT),
    FieldSpec("complement_adresse", "Complément d'adresse", TEXT),
    FieldSpec("code_postal", "Code postal", POSTAL),
    FieldSpec("code_insee", "Commune (code INSEE)", INSEE),
    FieldSpec("horaires_accueil", "Horaires d'accueil", HOURS),
    FieldSpec("telephone", "Téléphone", PHONE),
    FieldSpec("courriel", "Courriel", EMAIL),
    FieldSpec("site_web", "Site web", URL),
    FieldSpec("accessibilite_lieu", "Accessibilité (lien)", URL),
    FieldSpec("verified_on", "Vérifié le", DATE),
    FieldSpec("verified_by", "Vérifié par", TEXT, max_length=80),
)

_PHONE = re.compile(r"^(?:0[1-9]\d{8}|\+33[1-9]\d{8}|3\d{3})$")  # or a short number (3949)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)
_FRENCH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_number(value: Any) -> float:
    """A number written 17,5 or 17.5 (ValueError otherwise)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = _text(value).replace(" ", "").replace("\u202f", "").replace(",", ".")
    if not re.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)", text):
        raise ValueError(text)
    return float(text)


def format_number(value: float) -> str:
    """A number as a French reader writes it: 17,5 ; 35 ; 43,8367."""
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    return text.replace(".", ",")


def _bounds_problem(spec: FieldSpec, number: float) -> str | None:
    low, high = spec.minimum, spec.maximum
    if low is not None and (number <= low if spec.minimum_excluded else number < low):
        shown = format_number(low)
        return (
            f"{spec.label} : doit être supérieur à {shown}."
            if spec.minimum_excluded
            else f"{spec.label} : {shown} au moins."
        )
    if high is not None and number > high:
        return f"{spec.label} : {format_number(high)} au plus."
    return None


def _session_dates(item: Mapping[str, Any]) -> tuple[Any, Any]:
    return item.get("debut"), item.get("fin")


def _sessions_problem(spec: FieldSpec, value: Any) -> str | None:
    if not isinstance(value, list | tuple):
        return f"{spec.label} : une liste de sessions est attendue."
    for number, item in enumerate(value, start=1):
        where = f"{spec.label} : session {number}"
        if not isinstance(item, Mapping):
            return f"{where}, valeur non reconnue."
        days = []
        for key, word in (("debut", "début"), ("fin", "fin")):
            raw = item.get(key)
            if _blank(raw):
                return f"{where}, date de {word} à remplir."
            try:
                days.append(parse_date(raw))
            except ValueError:
                return f"{where}, date de {word} non reconnue (par exemple 03/12/2026)."
        if days[1] < days[0]:
            return f"{where}, la fin doit être le même jour que le début ou après."
        places = item.get("places")
        if not _blank(places) and not (
            isinstance(places, int)
            and not isinstance(places, bool)
            and places >= 0
            or isinstance(places, str)
            and places.strip().isdigit()
        ):
            return f"{where}, le nombre de places doit être un entier positif ou nul."
    return None


def _stored_sessions(value: Any) -> list[dict[str, Any]] | None:
    sessions = []
    for item in value:
        row: dict[str, Any] = {
            "debut": parse_date(item["debut"]).isoformat(),
            "fin": parse_date(item["fin"]).isoformat(),
        }
        places = item.get("places")
        if not _blank(places):
            row["places"] = int(_text(places))
        sessions.append(row)
    sessions.sort(key=lambda row: (row["debut"], row["fin"]))
    return sessions or None


def vocabulary_codes(name: str) -> dict[str, str]:
    """Codes and French labels of a vocabulary the editor offers."""
    from app.core.reference import vocabularies
    from app.core.vocab import DIPLOMAS, PREREQUISITES, SITUATIONS

    ours = {"situations": SITUATIONS, "diplomes": DIPLOMAS, "prerequis": PREREQUISITES}
    if name in ours:
        return dict(ours[name])
    return vocabularies.vocabulary(name)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _text(value: Any) -> str:
    return str(value).strip()


def parse_date(value: Any) -> date:
    """A date written 03/12/2026 or 2026-12-03; ValueError otherwise."""
    if isinstance(value, date):
        return value
    text = _text(value)
    found = _FRENCH_DATE.match(text)
    if found:
        day, month, year = (int(g) for g in found.groups())
        return date(year, month, day)
    return date.fromisoformat(text)


def split_lines(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        items = [str(v).strip() for v in value]
    else:
        items = [line.strip() for line in str(value).splitlines()]
    return [item for item in items if item]


def split_codes(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in re.split(r"[,;\s]+", str(value)) if part.strip()]


def normalise_phone(value: Any) -> str:
    return re.sub(r"[\s.\-()]", "", _text(value))


def _zone_problem(code: str) -> str | None:
    from app.core.reference.communes import commune, departement_members, epci_name
    from app.core.search.geography import FRANCE, FRANCE_COUNTRY_CODE, normalise_zone_code

    normalised = normalise_zone_code(code)
    if normalised in (FRANCE, FRANCE_COUNTRY_CODE):
        return None
    if len(normalised) == 9 and normalised.isdigit():
        return None if epci_name(normalised) else f"intercommunalité inconnue « {code} »"
    if len(normalised) == 5:
        return None if commune(normalised) else f"commune inconnue « {code} »"
    if len(normalised) in (2, 3):
        return None if departement_members(normalised) else f"département inconnu « {code} »"
    return f"« {code} » n'est ni une commune, ni un département, ni une intercommunalité"


def check_value(spec: FieldSpec, value: Any, today: date | None = None) -> str | None:
    """The French message for one field's value, or None when it is acceptable."""
    from app.core.hours import is_valid_hours
    from app.core.reference.communes import commune

    if _blank(value):
        return f"{spec.label} : à remplir." if spec.required else None
    kind = spec.kind
    if kind in (TEXT, LONG_TEXT):
        text = _text(value)
        if len(text) < spec.min_length:
            return f"{spec.label} : au moins {spec.min_length} caractères."
        if spec.max_length is not None and len(text) > spec.max_length:
            return f"{spec.label} : {spec.max_length} caractères au plus (il y en a {len(text)})."
        return None
    if kind in (CODE, CODES):
        codes = [value] if kind == CODE else split_codes(value)
        known = vocabulary_codes(spec.vocabulary or "")
        unknown = [c for c in codes if c not in known]
        return f"{spec.label} : valeur inconnue « {unknown[0]} »." if unknown else None
    if kind == INT:
        text = _text(value)
        if not text.isdigit():
            return f"{spec.label} : un nombre entier est attendu (par exemple 16)."
        return _bounds_problem(spec, int(text))
    if kind == DECIMAL:
        try:
            number = parse_number(value)
        except ValueError:
            return f"{spec.label} : un nombre est attendu (par exemple 17,5)."
        return _bounds_problem(spec, number)
    if kind == SESSIONS:
        return _sessions_problem(spec, value)
    if kind == DATE:
        try:
            day = parse_date(value)
        except ValueError:
            return f"{spec.label} : une date est attendue, par exemple 03/12/2026."
        if day > (today or date.today()):
            return f"{spec.label} : la date ne peut pas être dans le futur."
        if day.year < 2000:
            return f"{spec.label} : la date doit être après l'an 2000."
        return None
    if kind == HOURS:
        if is_valid_hours(_text(value)):
            return None
        return (
            f"{spec.label} : format non reconnu. Exemple : « Mo-Fr 09:00-12:00,14:00-17:00; "
            "PH off » (du lundi au vendredi, fermé les jours fériés)."
        )
    if kind == INSEE:
        code = _text(value)
        if commune(code) is None:
            return f"{spec.label} : code INSEE inconnu « {code} » (Nîmes : 30189)."
        return None
    if kind == POSTAL:
        code = _text(value).replace(" ", "")
        return (
            None
            if re.fullmatch(r"\d{5}", code)
            else f"{spec.label} : 5 chiffres (par exemple 30000)."
        )
    if kind == PHONE:
        if _PHONE.match(normalise_phone(value)):
            return None
        return f"{spec.label} : 10 chiffres commençant par 0 (par exemple 04 66 00 00 00)."
    if kind == EMAIL:
        return (
            None if _EMAIL.match(_text(value)) else f"{spec.label} : adresse de courriel invalide."
        )
    if kind == URL:
        return (
            None
            if _URL.match(_text(value))
            else f"{spec.label} : adresse web commençant par https://."
        )
    if kind == SIRET:
        digits = _text(value).replace(" ", "")
        return None if re.fullmatch(r"\d{14}", digits) else f"{spec.label} : 14 chiffres."
    if kind == ZONE:
        for code in split_codes(value):
            problem = _zone_problem(code)
            if problem:
                return f"{spec.label} : {problem}."
        return None
    if kind == LINES:
        return None
    raise AssertionError(kind)  # pragma: no cover


def check_field(
    fields: Mapping[str, FieldSpec], name: str, value: Any, today: date | None = None
) -> str | None:
    return check_value(fields[name], value, today)


def check_form(
    fields: Mapping[str, FieldSpec], data: Mapping[str, Any], today: date | None = None
) -> dict[str, str]:
    """Every problem of a form: field name → French message (empty when all is well)."""
    from app.core.reference.communes import postal_code_matches

    problems: dict[str, str] = {}
    for name, spec in fields.items():
        message = check_value(spec, data.get(name), today)
        if message:
            problems[name] = message
    if "age_min" in fields and not ({"age_min", "age_max"} & problems.keys()):
        low, high = data.get("age_min"), data.get("age_max")
        if not _blank(low) and not _blank(high) and int(_text(low)) > int(_text(high)):
            problems["age_max"] = "Âge maximum : il doit être supérieur ou égal à l'âge minimum."
    if not ({"code_postal", "code_insee"} & problems.keys()):
        postal, insee = data.get("code_postal"), data.get("code_insee")
        if (
            not _blank(postal)
            and not _blank(insee)
            and not postal_code_matches(_text(insee), _text(postal))
        ):
            problems["code_postal"] = "Code postal : il ne correspond pas à la commune choisie."
    if "latitude" in fields and not ({"latitude", "longitude"} & problems.keys()):
        problem = _position_problem(data.get("latitude"), data.get("longitude"))
        if problem:
            problems[problem[0]] = problem[1]
    if (
        not _blank(data.get("verified_on"))
        and _blank(data.get("verified_by"))
        and "verified_by" in fields
    ):
        problems.setdefault(
            "verified_by", "Vérifié par : indiquez qui a vérifié (prénom ou service)."
        )
    return problems


def _position_problem(latitude: Any, longitude: Any) -> tuple[str, str] | None:
    """Latitude and longitude go together and point somewhere in France."""
    from app.core.geo import in_france

    if _blank(latitude) and _blank(longitude):
        return None
    if _blank(longitude):
        return "longitude", "Longitude : à remplir aussi (ou videz la latitude)."
    if _blank(latitude):
        return "latitude", "Latitude : à remplir aussi (ou videz la longitude)."
    if not in_france(parse_number(latitude), parse_number(longitude)):
        return (
            "latitude",
            "Latitude : ce point n'est pas en France (latitude et longitude inversées ?).",
        )
    return None


def _stored(spec: FieldSpec, value: Any) -> Any:
    if _blank(value):
        return None
    kind = spec.kind
    if kind == CODES:
        return list(dict.fromkeys(split_codes(value))) or None
    if kind == ZONE:
        from app.core.search.geography import normalise_zone_code

        return [normalise_zone_code(code) for code in split_codes(value)] or None
    if kind == LINES:
        return split_lines(value) or None
    if kind == INT:
        return int(_text(value))
    if kind == DECIMAL:
        return parse_number(value)
    if kind == SESSIONS:
        return _stored_sessions(value)
    if kind == DATE:
        return parse_date(value)
    if kind == PHONE:
        return normalise_phone(value)
    if kind in (POSTAL, SIRET):
        return _text(value).replace(" ", "")
    return _text(value)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "fiche"


def new_id(nom: str) -> str:
    """A new identifier: the local source, the name in short, a random suffix."""
    return f"{LOCAL_SOURCE}--{_slug(nom)}-{secrets.token_hex(3)}"


def _row(
    fields: Mapping[str, FieldSpec], data: Mapping[str, Any], existing: Any, today: date
) -> dict[str, Any]:
    from app.core.reference.communes import commune

    problems = check_form(fields, data, today)
    if problems:
        raise UserError("La fiche n'est pas enregistrée : " + " ".join(problems.values()))
    row = existing.model_dump() if existing is not None else {}
    for name, spec in fields.items():
        row[name] = _stored(spec, data.get(name))
    place = commune(row.get("code_insee"))
    row["commune"] = place.nom if place is not None else None
    if existing is not None and existing.code_insee != row.get("code_insee"):
        old_point = (existing.latitude, existing.longitude)
        if "latitude" not in fields or (row.get("latitude"), row.get("longitude")) == old_point:
            row["latitude"] = row["longitude"] = None  # the old point belonged to the old place
    row["date_maj"] = today
    row.setdefault("source", LOCAL_SOURCE)
    row.setdefault("archived", False)
    return row


def save_service(
    session: Session,
    data: Mapping[str, Any],
    service_id: str | None = None,
    today: date | None = None,
) -> Service:
    """Create (no ``service_id``) or update a service from the form; UserError when a field
    is wrong (nothing written) or the structure does not exist."""
    today = today or date.today()
    existing = catalogue.get_service(session, service_id) if service_id else None
    if service_id and existing is None:
        raise UserError(f"Ce service n'existe plus dans le catalogue (« {service_id} »).")
    row = _row(SERVICE_FIELDS, data, existing, today)
    if catalogue.get_structure(session, row["structure_id"]) is None:
        raise UserError("La fiche n'est pas enregistrée : la structure choisie n'existe pas.")
    row["id"] = service_id or new_id(row["nom"])
    catalogue.upsert_services(session, [row])
    session.flush()
    saved = catalogue.get_service(session, row["id"])
    assert saved is not None
    session.refresh(saved)
    return saved


def save_structure(
    session: Session,
    data: Mapping[str, Any],
    structure_id: str | None = None,
    today: date | None = None,
) -> Structure:
    """Create or update a structure from the form (same rules as ``save_service``)."""
    today = today or date.today()
    existing = catalogue.get_structure(session, structure_id) if structure_id else None
    if structure_id and existing is None:
        raise UserError(f"Cette structure n'existe plus dans le catalogue (« {structure_id} »).")
    row = _row(STRUCTURE_FIELDS, data, existing, today)
    row["id"] = structure_id or new_id(row["nom"])
    catalogue.upsert_structures(session, [row])
    session.flush()
    saved = catalogue.get_structure(session, row["id"])
    assert saved is not None
    session.refresh(saved)
    return saved


def form_values(
    fields: Mapping[str, FieldSpec], item: Service | Structure | None
) -> dict[str, Any]:
    """What the form shows for an existing row (the reverse of saving)."""
    values: dict[str, Any] = {}
    for name, spec in fields.items():
        value = getattr(item, name, None) if item is not None else None
        if value is None:
            values[name] = [] if spec.kind in (CODES, SESSIONS) else ""
        elif spec.kind == CODES:
            values[name] = list(value)
        elif spec.kind == SESSIONS:
            values[name] = [dict(item) for item in value]
        elif spec.kind == DECIMAL:
            values[name] = format_number(value)
        elif spec.kind in (ZONE,):
            values[name] = ", ".join(value)
        elif spec.kind == LINES:
            values[name] = "\n".join(value)
        elif spec.kind == DATE:
            values[name] = value.strftime("%d/%m/%Y")
        else:
            values[name] = str(value)
    return values


def archive_service(session: Session, service_id: str, archived: bool = True) -> None:
    """Archive (or bring back) a service: it leaves searches and matches, nothing is deleted."""
    catalogue.set_archived(session, Service, service_id, archived)


def archive_structure(session: Session, structure_id: str, archived: bool = True) -> list[str]:
    """Archive (or bring back) a structure and every service it holds; returns the ids of
    those services so that the search index can follow."""
    from sqlmodel import select

    catalogue.set_archived(session, Structure, structure_id, archived)
    services = list(session.exec(select(Service).where(Service.structure_id == structure_id)))
    for service in services:
        service.archived = archived
        session.add(service)
    return [service.id for service in services]


def structure_service_ids(session: Session, structure_id: str) -> list[str]:
    """Ids of the services a structure holds (archived ones included)."""
    from sqlmodel import select

    return list(session.exec(select(Service.id).where(Service.structure_id == structure_id)))


def structure_choices(session: Session, keep: str | None = None) -> dict[str, str]:
    """Structures the service form offers: id → "name (commune)", by name; archived ones
    left out except ``keep`` (the structure of the service being edited)."""
    choices = {
        s.id: f"{s.nom} ({s.commune})" if s.commune else s.nom
        for s in catalogue.all_structures(session, include_archived=True)
        if not s.archived or s.id == keep
    }
    return dict(sorted(choices.items(), key=lambda item: fold(item[1])))


def records_for(session: Session, service_ids: list[str]) -> list[ServiceRecord]:
    """Fresh in-memory records of these services, for the search index after an edit."""
    from app.core.records import records_from_models

    services = catalogue.services_by_ids(session, service_ids)
    structures = catalogue.structures_by_ids(session, [s.structure_id for s in services])
    return records_from_models(services, structures)
