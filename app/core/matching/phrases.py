"""French phrases shared by the criteria: numbers, ranges, places, publics, dates."""

from __future__ import annotations

from app.core.french import day_month_year as full_date  # noqa: F401 (used by criteria)
from app.core.french import month_year  # noqa: F401 (used by criteria)
from app.core.vocab import PREREQUISITES

# "Réservé …" — situation codes of the profile, as a group of people
SITUATION_GROUPS: dict[str, str] = {
    "demandeur-emploi": "aux demandeurs d'emploi inscrits à France Travail",
    "rsa": "aux allocataires du RSA",
    "rqth": "aux personnes ayant une RQTH",
    "jeune-sans-diplome": "aux jeunes sans diplôme",
    "salarie": "aux salariés",
    "etudiant": "aux étudiants",
    "senior": "aux seniors",
    "parent-isole": "aux parents seuls",
    "qpv": "aux habitants d'un quartier prioritaire",
}

# "Service pour …" — data·inclusion publics, as a group of people
PUBLIC_GROUPS: dict[str, str] = {
    "actifs": "aux personnes qui ont un emploi",
    "beneficiaires-des-minimas-sociaux": "aux bénéficiaires de minima sociaux (RSA…)",
    "demandeurs-emploi": "aux demandeurs d'emploi",
    "etudiants": "aux étudiants",
    "familles": "aux familles",
    "femmes": "aux femmes",
    "jeunes": "aux jeunes",
    "personnes-en-situation-de-handicap": "aux personnes en situation de handicap",
    "personnes-en-situation-durgence": "aux personnes en situation d'urgence",
    "personnes-en-situation-juridique-specifique": "aux personnes en situation juridique "
    "particulière (sortie de détention…)",
    "personnes-exilees": "aux personnes exilées",
    "residents-qpv-frr": "aux habitants d'un quartier prioritaire ou d'une commune rurale "
    "(QPV ou FRR)",
    "seniors": "aux seniors",
}


def number(value: float, decimals: int = 1) -> str:
    """12.5 → "12,5"; 12.0 → "12"."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return text.replace(".", ",")


def km(value: float) -> str:
    """A distance to read: "450 m", "3,2 km", "27 km"."""
    if value < 1:
        return f"{round(value * 1000 / 10) * 10:.0f} m"
    return f"{number(value, 1 if value < 10 else 0)} km"


def metres(value: float) -> str:
    return f"{round(value / 10) * 10:.0f} m"


def age_range(low: int | None, high: int | None) -> str:
    """(16, 25) → "16–25 ans"; (18, None) → "18 ans et plus"; (None, 25) → "25 ans et moins"."""
    if low is not None and high is not None:
        return f"{low}–{high} ans"
    if low is not None:
        return f"{low} ans et plus"
    if high is not None:
        return f"{high} ans et moins"
    return "tous âges"


def either(items: list[str]) -> str:
    """["a", "b", "c"] → "a, b ou c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " ou " + items[-1]


def both(items: list[str]) -> str:
    """["a", "b", "c"] → "a, b et c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def situations_group(codes: tuple[str, ...] | list[str]) -> str:
    """("rsa", "demandeur-emploi") → "aux allocataires du RSA ou aux demandeurs d'emploi…"."""
    return either([SITUATION_GROUPS.get(code, f"aux personnes « {code} »") for code in codes])


def publics_group(codes: tuple[str, ...] | list[str]) -> str:
    return either([PUBLIC_GROUPS.get(code, f"au public « {code} »") for code in codes])


def prerequisites(codes: list[str]) -> str:
    return both([PREREQUISITES.get(code, code) for code in codes])


def of_place(name: str) -> str:
    """ "de Nîmes", "d'Uzès", "d'Alès" — elision before a vowel or a mute h."""
    first = name[:1].lower()
    if first in "aeiouyàâäéèêëîïôöùûüh":
        return f"d'{name}"
    return f"de {name}"


def zone_place(code: str) -> str:
    """A zone_eligibilite code as the end of "Réservé aux habitants …"."""
    from app.core.reference.communes import commune, epci_name

    text = code.strip().replace(" ", "")
    if text.lower() == "france" or text == "99100":
        return "de France"
    if len(text) == 9 and text.isdigit():
        name = epci_name(text)
        return f"de l'intercommunalité {name}" if name else f"de l'intercommunalité {text}"
    if len(text) == 5:
        if text.startswith("99"):
            return f"du pays {text}"
        item = commune(text.upper())
        if item is not None:
            return of_place(item.nom)
        return f"de la commune {text}"
    return f"du département {text.upper()}"


MAX_PLACES = 4


def zone_places(codes: tuple[str, ...] | list[str]) -> str:
    """Zone codes as the end of "Réservé aux habitants …", départements grouped:
    "de Nîmes ou de Milhaud", "des départements 13 et 84", "de Nîmes ou du département 13";
    past MAX_PLACES places, "…" and the number of zones."""
    departements = [c.strip().upper() for c in codes if len(c.strip()) in (2, 3)]
    others = [zone_place(c) for c in codes if len(c.strip()) not in (2, 3)]
    room = max(1, MAX_PLACES - len(others))
    cut = len(others) > MAX_PLACES or len(departements) > room
    places = others[:MAX_PLACES]
    if len(departements) == 1:
        places.append(f"du département {departements[0]}")
    elif departements:
        listed = departements[:room]
        places.append(f"des départements {', '.join(listed) if cut else both(listed)}")
    if cut:
        return ", ".join(places) + f"… ({len(codes)} zones)"
    return either(places)
