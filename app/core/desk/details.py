"""A service in French words for the desk's detail pane.

``service_details`` reads the service and its structure once and returns plain sections of
lines: everything a counsellor needs in front of a visitor (what it is, for whom, where and
when, how to get in, documents, contacts, freshness). Codes become their French labels,
opening hours plain sentences, zones place names. The window only lays the sections out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from app.core import catalogue
from app.core.desk.wording import age_of, french_date, kilometres
from app.core.errors import UserError
from app.core.freshness import STALE_AFTER_MONTHS, freshness_date, is_stale
from app.core.hours import weekly_lines
from app.core.models import Service, Structure
from app.core.reference import vocabularies as vocab
from app.core.vocab import DIPLOMAS, FAMILIES, PREREQUISITES, SITUATIONS, families_of


@dataclass(frozen=True, slots=True)
class DetailSection:
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ServiceDetails:
    service_id: str
    title: str
    subtitle: str  # the structure, and the commune
    description: str
    archived: bool
    stale: bool  # information older than STALE_AFTER_MONTHS
    sections: tuple[DetailSection, ...]

    def section(self, title: str) -> DetailSection | None:
        return next((s for s in self.sections if s.title == title), None)

    def as_text(self) -> str:
        """Plain text of everything shown (tests, copy to clipboard)."""
        parts = [self.title, self.subtitle, self.description]
        for section in self.sections:
            parts.append(section.title)
            parts.extend(f"- {line}" for line in section.lines)
        return "\n".join(p for p in parts if p)


def _labels(vocabulary: str, codes: list[str] | tuple[str, ...] | None) -> list[str]:
    return [vocab.label(vocabulary, code) for code in codes or ()]


def _joined(items: list[str]) -> str:
    return ", ".join(items)


def _zone_words(codes: list[str] | None) -> str | None:
    from app.core.search.geography import zone_label

    if not codes:
        return None
    return _joined([zone_label(code) for code in codes])


def _ages(service: Service) -> str | None:
    low, high = service.age_min, service.age_max
    if low is not None and high is not None:
        return f"De {low} à {high} ans."
    if low is not None:
        return f"À partir de {low} ans."
    if high is not None:
        return f"Jusqu'à {high} ans."
    return None


def _address_lines(item: Service | Structure) -> list[str]:
    lines = [line for line in (item.adresse, item.complement_adresse) if line]
    town = " ".join(part for part in (item.code_postal, item.commune) if part)
    if town:
        lines.append(town)
    return lines


def _sessions(sessions: list[dict[str, Any]] | None, today: date) -> list[str]:
    lines: list[str] = []
    for entry in sessions or ():
        try:
            start = date.fromisoformat(str(entry.get("debut")))
        except ValueError:
            continue
        end_text = entry.get("fin")
        try:
            end = date.fromisoformat(str(end_text)) if end_text else None
        except ValueError:
            end = None
        if (end or start) < today:
            continue
        text = f"Session du {french_date(start)}" + (f" au {french_date(end)}" if end else "")
        places = entry.get("places")
        if isinstance(places, int):
            text += f" ({places} places)" if places != 1 else " (1 place)"
        lines.append(text + ".")
    return lines


def _what(service: Service) -> list[str]:
    lines = []
    if service.type:
        lines.append(f"Type : {vocab.label('types_de_services', service.type)}.")
    families = [
        FAMILIES[f] for f in FAMILIES if f in families_of(service.thematiques, service.type)
    ]
    if families:
        lines.append(f"Famille : {_joined(families)}.")
    if service.thematiques:
        lines.append(f"Thèmes : {_joined(_labels('thematiques', service.thematiques))}.")
    if service.frais:
        cost = vocab.label("frais", service.frais)
        if service.frais_precisions:
            cost += f" — {service.frais_precisions}"
        lines.append(f"Frais : {cost}.")
    if service.volume_horaire_hebdomadaire:
        lines.append(
            f"Durée : {service.volume_horaire_hebdomadaire:g} heures par semaine"
            + (f", pendant {service.nombre_semaines} semaines." if service.nombre_semaines else ".")
        )
    elif service.nombre_semaines:
        lines.append(f"Durée : {service.nombre_semaines} semaines.")
    return lines


def _for_whom(service: Service) -> list[str]:
    lines = []
    if service.publics:
        lines.append(f"Publics : {_joined(_labels('publics', service.publics))}.")
    if service.publics_precisions:
        lines.append(service.publics_precisions)
    ages = _ages(service)
    if ages:
        lines.append(f"Âge : {ages}")
    if service.required_situations:
        names = [SITUATIONS.get(code, code) for code in service.required_situations]
        lines.append(f"Réservé à l'une de ces situations : {_joined(names)}.")
    if service.diploma_max:
        lines.append(f"Diplôme au plus : {DIPLOMAS.get(service.diploma_max, service.diploma_max)}.")
    if service.prerequisites:
        needed = [PREREQUISITES.get(code, code) for code in service.prerequisites]
        lines.append(f"Prérequis : {_joined(needed)}.")
    zone = _zone_words(service.zone_eligibilite)
    if zone:
        lines.append(f"Habiter : {zone}.")
    if service.conditions_acces:
        lines.append(f"Conditions d'accès : {service.conditions_acces}")
    if not lines:
        lines.append("Aucune condition indiquée : à vérifier auprès de la structure.")
    return lines


def _where(
    service: Service,
    structure: Structure | None,
    distance_km: float | None,
    origin_name: str | None,
) -> list[str]:
    lines = _address_lines(service) or (_address_lines(structure) if structure else [])
    if service.modes_accueil:
        lines.append(f"Accueil : {_joined(_labels('modes_accueil', service.modes_accueil))}.")
    if distance_km is not None and origin_name:
        lines.append(f"À {kilometres(distance_km)} de {origin_name} (à vol d'oiseau).")
    return lines


def _when(service: Service, structure: Structure | None, today: date) -> list[str]:
    hours = service.horaires_accueil or (structure.horaires_accueil if structure else None)
    return weekly_lines(hours) + _sessions(service.sessions, today)


def _how(service: Service) -> list[str]:
    lines = []
    if service.modes_mobilisation:
        lines.append(
            f"Comment : {_joined(_labels('modes_mobilisation', service.modes_mobilisation))}."
        )
    if service.mobilisable_par:
        who = _labels("personnes_mobilisatrices", service.mobilisable_par)
        lines.append(f"Qui peut orienter : {_joined(who)}.")
    if service.mobilisation_precisions:
        lines.append(service.mobilisation_precisions)
    if service.lien_mobilisation:
        lines.append(f"En ligne : {service.lien_mobilisation}")
    if service.arrival_phrase:
        lines.append(f"Ce que la personne dit en arrivant : « {service.arrival_phrase} »")
    return lines


def _contacts(service: Service, structure: Structure | None) -> list[str]:
    lines = []
    if service.contact_nom_prenom:
        lines.append(f"Contact : {service.contact_nom_prenom}")
    if service.telephone:
        lines.append(f"Téléphone du service : {service.telephone}")
    if service.courriel:
        lines.append(f"Courriel du service : {service.courriel}")
    if structure is not None:
        lines.append(f"Structure : {structure.nom}")
        if structure.telephone:
            lines.append(f"Téléphone : {structure.telephone}")
        if structure.courriel:
            lines.append(f"Courriel : {structure.courriel}")
        if structure.site_web:
            lines.append(f"Site : {structure.site_web}")
        if not (
            structure.telephone
            or structure.courriel
            or structure.site_web
            or service.telephone
            or service.courriel
        ):
            lines.append("Aucun contact connu : passer à l'accueil aux heures d'ouverture.")
    return lines


def _freshness(service: Service, today: date) -> tuple[list[str], bool]:
    lines = [f"Mis à jour par la source le {french_date(service.date_maj)}."]
    if service.verified_on is not None:
        who = f" par {service.verified_by}" if service.verified_by else ""
        lines.append(f"Vérifié le {french_date(service.verified_on)}{who}.")
    else:
        lines.append("Pas encore vérifié par la Maison des compétences.")
    fresh = freshness_date(service)
    stale = is_stale(fresh, today)
    summary = f"Dernière information : {age_of(fresh, today)}."
    if stale:
        summary += f" Plus de {STALE_AFTER_MONTHS} mois : à vérifier avant d'orienter."
    lines.append(summary)
    return lines, stale


def service_details(
    session: Session,
    service_id: str,
    *,
    commune: str | None = None,
    distance_km: float | None = None,
    today: date | None = None,
) -> ServiceDetails:
    """The detail pane of a service. ``commune`` is the visitor's INSEE code: with
    ``distance_km`` (from the index), the distance is said from that commune."""
    from app.core.reference.communes import commune as find_commune

    today = today or date.today()
    service = catalogue.get_service(session, service_id)
    if service is None:
        raise UserError(f"Ce service n'existe plus dans le catalogue (« {service_id} »).")
    structure = catalogue.get_structure(session, service.structure_id)
    origin = find_commune(commune)
    freshness, stale = _freshness(service, today)
    sections = [
        DetailSection("En bref", tuple(_what(service))),
        DetailSection("Pour qui", tuple(_for_whom(service))),
        DetailSection(
            "Où", tuple(_where(service, structure, distance_km, origin.nom if origin else None))
        ),
        DetailSection("Quand", tuple(_when(service, structure, today))),
        DetailSection("Comment s'inscrire", tuple(_how(service))),
        DetailSection("Documents à apporter", tuple(service.documents or ())),
        DetailSection("Contacts", tuple(_contacts(service, structure))),
        DetailSection("Fraîcheur", tuple(freshness)),
        DetailSection(
            "Source",
            (f"{service.source} — identifiant {service.id}",)
            + ((service.lien_source,) if service.lien_source else ()),
        ),
    ]
    town = service.commune or (structure.commune if structure else None)
    subtitle = " — ".join(p for p in (structure.nom if structure else "", town or "") if p)
    return ServiceDetails(
        service_id=service.id,
        title=service.nom,
        subtitle=subtitle,
        description=service.description or "",
        archived=service.archived,
        stale=stale,
        sections=tuple(s for s in sections if s.lines),
    )
