"""The plain French sentences the sheet writes about a service (FALC habits: one idea a
sentence, common words). Everything here reads the catalogue and never invents a fact: a phone
number, an address or a price that the catalogue does not give is not printed.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from app.core.models import Service, Structure
from app.core.pathway.dates import date_in_words, time_in_words

ORGANISATION = "Maison des compétences"
ORGANISATION_FULL = "Maison des compétences — Nîmes Métropole"
NB = "\u00a0"

# data·inclusion type → (what it is, agreement of "proposé")
_TYPES: dict[str, tuple[str, str]] = {
    "accompagnement": ("un accompagnement : une personne vous aide, pas à pas", "proposé"),
    "aide-financiere": ("une aide en argent", "proposée"),
    "aide-materielle": ("une aide en matériel", "proposée"),
    "atelier": ("un atelier en groupe", "proposé"),
    "formation": ("une formation", "proposée"),
    "information": ("un lieu pour vous informer", "proposé"),
}
_DEFAULT_TYPE = ("un service", "proposé")

# Straight-line distance to a stop, and the factor from straight line to walking distance.
TANGO_MAX_STRAIGHT_M = 480.0
WALKING_FACTOR = 1.25
WALKING_M_PER_MINUTE = 70.0
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SHORT_DESCRIPTION_MAX = 160


def clean(text: str | None) -> str:
    """Text as printed: spaces collapsed, the narrow no-break space (absent from the fonts)
    replaced by a normal no-break space."""
    if not text:
        return ""
    text = text.replace("\u202f", NB).replace("\u2009", " ")
    text = re.sub(r"[ \t\r\n]+", " ", text).strip()
    return _keep_together(text)


# "9 h 30", "n° 4", "50 m", "10 euros" must not break across two lines
_UNBREAKABLE = (
    (re.compile(r"(\d) (h|m|km|min|€|euros?)(?!\w)"), "\\1" + NB + "\\2"),
    (re.compile(r"\bh (\d\d)\b"), "h" + NB + "\\1"),
    (re.compile(r"\b(n°|N°) (\d)"), "\\1" + NB + "\\2"),
)


def _keep_together(text: str) -> str:
    for pattern, replacement in _UNBREAKABLE:
        text = pattern.sub(replacement, text)
    return text


def plain_sentence(service: Service, structure: Structure | None) -> str:
    """'C'est une formation proposée par Greta du Gard.'"""
    what, agreement = _TYPES.get(service.type or "", _DEFAULT_TYPE)
    holder = clean(structure.nom) if structure is not None else ""
    if holder:
        return f"C'est {what}, {agreement} par {holder}."
    return f"C'est {what}."


def short_description(service: Service) -> str | None:
    """The first sentence of the description when it is short and says more than the name."""
    text = clean(service.description)
    if not text:
        return None
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if (
        len(first) > SHORT_DESCRIPTION_MAX
        or first.rstrip(".").lower() == clean(service.nom).lower()
    ):
        return None
    return first if first.endswith((".", "!", "?")) else first + "."


def _uses_own_address(service: Service) -> bool:
    return bool(service.adresse or service.code_postal or service.commune)


def place_lines(service: Service, structure: Structure | None) -> list[str]:
    """Where to go: the place's name, street, complement, postal code and commune."""
    source: Service | Structure | None = service if _uses_own_address(service) else structure
    lines: list[str] = []
    if structure is not None and clean(structure.nom):
        lines.append(clean(structure.nom))
    if source is None:
        return lines
    street = ", ".join(clean(p) for p in (source.adresse, source.complement_adresse) if clean(p))
    if street:
        lines.append(street)
    town = " ".join(p for p in (clean(source.code_postal), clean(source.commune)) if p)
    if town:
        lines.append(town)
    return lines


REMOTE = "À distance : par téléphone ou sur internet."


def has_address(service: Service, structure: Structure | None) -> bool:
    """Whether the catalogue says where to go (a street or a town)."""
    source: Service | Structure | None = service if _uses_own_address(service) else structure
    return source is not None and bool(
        clean(source.adresse) or clean(source.code_postal) or clean(source.commune)
    )


def not_given(what: str, phone: str | None) -> str:
    """'Adresse non indiquée : appelez avant de venir.' (or '… dans notre catalogue.')"""
    if phone:
        return f"{what} non indiqué{'e' if what == 'Adresse' else 's'}{NB}: appelez avant de venir."
    return f"{what} non indiqué{'e' if what == 'Adresse' else 's'} dans notre catalogue."


def place_point(service: Service, structure: Structure | None) -> tuple[float, float] | None:
    """The coordinates of the place printed by ``place_lines``."""
    for source in (service, structure) if _uses_own_address(service) else (structure,):
        if source is not None and source.latitude is not None and source.longitude is not None:
            return source.latitude, source.longitude
    return None


def is_remote_only(service: Service) -> bool:
    modes = service.modes_accueil or []
    return bool(modes) and "en-presentiel" not in modes


def tango_sentence(point: tuple[float, float] | None) -> str | None:
    """'Arrêt de bus Tango le plus proche : ESPLANADE T2, à environ 300 m (5 minutes à pied).'

    Only when a stop is within walking distance (about 600 m on foot). The stop keeps the
    capital letters shown on the buses and at the stop."""
    if point is None:
        return None
    from app.core.reference.tango import nearest_stop

    found = nearest_stop(point[0], point[1], TANGO_MAX_STRAIGHT_M)
    if found is None:
        return None
    stop, straight = found
    walk = max(50, int(round(straight * WALKING_FACTOR / 50.0)) * 50)
    minutes = max(1, math.ceil(walk / WALKING_M_PER_MINUTE))
    unit = "minute" if minutes == 1 else "minutes"
    return (
        f"Arrêt de bus Tango le plus proche{NB}: {stop.nom}, "
        f"à environ {walk}{NB}m ({minutes}{NB}{unit} à pied)."
    )


def hours_lines(value: str | None) -> list[str]:
    from app.core.hours import weekly_lines

    return [clean(line) for line in weekly_lines(value) if clean(line)]


def session_lines(service: Service, today: date) -> list[str]:
    """The next two training sessions still to come: 'Session : du lundi 11 janvier 2027 au …'."""
    lines = []
    for session in sorted(service.sessions or [], key=lambda s: str(s.get("debut", ""))):
        try:
            start = date.fromisoformat(str(session.get("debut")))
            end = date.fromisoformat(str(session["fin"])) if session.get("fin") else None
        except ValueError:
            continue
        if (end or start) < today:
            continue
        if end is not None:
            lines.append(f"Session{NB}: du {date_in_words(start)} au {date_in_words(end)}.")
        else:
            lines.append(f"Session{NB}: à partir du {date_in_words(start)}.")
        if len(lines) == 2:
            break
    return lines


def format_phone(raw: str | None) -> str | None:
    """A French number in pairs ('04 66 12 34 56'); other numbers as written."""
    text = clean(raw)
    if not text:
        return None
    digits = re.sub(r"[^\d+]", "", text)
    if digits.startswith("+33") and len(digits) == 12:
        digits = "0" + digits[3:]
    if len(digits) == 10 and digits.startswith("0"):
        return NB.join(digits[i : i + 2] for i in range(0, 10, 2))
    return text


def phone_uri(phone: str) -> str:
    """'tel:+33466123456' for a French number, else 'tel:' and the digits."""
    digits = re.sub(r"[^\d+]", "", phone)
    if len(digits) == 10 and digits.startswith("0"):
        digits = "+33" + digits[1:]
    return f"tel:{digits}"


def web_page(service: Service, structure: Structure | None) -> str | None:
    """The service's web page: its page at the source, else its registration page, else the
    structure's pages. Only http(s) addresses; 'www.…' gets 'https://'."""
    candidates = [service.lien_source, service.lien_mobilisation]
    if structure is not None:
        candidates += [structure.lien_source, structure.site_web]
    for candidate in candidates:
        text = clean(candidate)
        if text.lower().startswith("www."):
            text = "https://" + text
        if re.match(r"https?://[^\s/]+\.[^\s]+", text, flags=re.IGNORECASE):
            return text
    return None


def printed_address(url: str) -> str:
    """The web address as a person types it: without 'https://' and the final '/'."""
    return re.sub(r"^https?://", "", url, flags=re.IGNORECASE).rstrip("/")


def cost_text(service: Service) -> str:
    precisions = clean(service.frais_precisions)
    base = {"gratuit": "Gratuit.", "payant": "Payant."}.get(service.frais or "")
    if base is None:
        return precisions or "Non indiqué dans notre catalogue."
    return f"{base} {precisions}" if precisions else base


def arrival_phrase(service: Service, rendez_vous: datetime | None, first_name: str | None) -> str:
    """The service's own phrase, else: 'Bonjour, je viens de la part de la Maison des
    compétences pour « Atelier CV ». J'ai rendez-vous à 9 h 30.'"""
    own = clean(service.arrival_phrase)
    if own:
        return own
    purpose = f"de la part de la {ORGANISATION} pour «{NB}{clean(service.nom)}{NB}»."
    if first_name:
        parts = [f"Bonjour, je m'appelle {first_name}.", f"Je viens {purpose}"]
    else:
        parts = [f"Bonjour, je viens {purpose}"]
    if rendez_vous is not None:
        parts.append(f"J'ai rendez-vous à {time_in_words(rendez_vous)}.")
    return " ".join(parts)
