"""What can be derived from services that carry no structured age or situation.

Services imported from data·inclusion have no ``age_min`` / ``age_max``: their audience is
in ``publics`` (codes) and in free text (``publics_precisions``, ``conditions_acces``).
This module reads what can be read safely and leaves the rest unknown:

- ages written in the text ("de 16 à 25 ans", "moins de 26 ans", "18 ans et plus",
  "+ de 45 ans", "entre 18 et 30 ans", "Âge minimum : 18"), read only when the service
  addresses young people, seniors or everyone (with other publics, ages often describe one
  of them only);
- ``publics`` = jeunes alone → 16–25 years, seniors alone → 50 and over, unless the text
  says otherwise; these two are "in general" ranges, with a margin where the answer is
  unknown rather than failed (see ``AgeRange.margin``);
- each public code ↔ a situation of the profile (``PUBLIC_SITUATIONS``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.core.records import ServiceRecord

# How an age range was obtained, for the sentence.
SOURCE_SERVICE = "service"  # age_min / age_max entered in the catalogue
SOURCE_TEXT = "texte"  # read in publics_precisions / conditions_acces
SOURCE_JEUNES = "jeunes"  # publics = jeunes
SOURCE_SENIORS = "seniors"  # publics = seniors

JEUNES_RANGE = (16, 25)
JEUNES_MARGIN = (14, 30)  # outside 16–25 but inside 14–30: unknown, not failed
SENIORS_MIN = 50
SENIORS_MARGIN_MIN = 45  # 45–49: unknown ("+ de 45 ans" is common for seniors)

AGE_PUBLICS = frozenset({"jeunes", "seniors"})

# public code → the profile situation that makes the visitor part of it
PUBLIC_SITUATIONS: dict[str, str] = {
    "demandeurs-emploi": "demandeur-emploi",
    "beneficiaires-des-minimas-sociaux": "rsa",
    "actifs": "salarie",
    "etudiants": "etudiant",
    "residents-qpv-frr": "qpv",
    "personnes-en-situation-de-handicap": "rqth",
}
# publics a situation can confirm but whose absence proves nothing
PUBLIC_CONFIRMED_ONLY: dict[str, str] = {"familles": "parent-isole"}
# publics defined by a protected attribute: never failed, never scored
PROTECTED_PUBLICS = frozenset({"femmes", "personnes-exilees"})


@dataclass(frozen=True, slots=True)
class AgeRange:
    """Inclusive bounds (None: open). ``margin`` is the wider range where an age outside
    the bounds is unknown rather than failed (only for ranges guessed from ``publics``)."""

    low: int | None
    high: int | None
    source: str
    margin: tuple[int | None, int | None] | None = None

    @property
    def derived(self) -> bool:
        return self.source != SOURCE_SERVICE

    @property
    def unlimited(self) -> bool:
        return self.low is None and self.high is None


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    for dash in "‐‑‒–—−":
        text = text.replace(dash, "-")
    for quote in "’‘ʼ`´":
        text = text.replace(quote, "'")
    return " ".join(text.replace("\u00a0", " ").split())


_N = r"(\d{1,3})"
_RANGE = re.compile(rf"(?:\bde |\bentre |\bdes |\()?\s*{_N}\s*(?:ans\s*)?(?:a|et|-|/)\s*{_N}\s*ans")
_CHILD_CONTEXT = re.compile(r"enfant|bebe|nourrisson|eleve|collegien|ecolier")
# "2 ans d'expérience", "plus de 5 ans de chômage": durations, not ages
_DURATION_AFTER = re.compile(
    r"\s*(?:d'|de |du |dans )\s*(?:experience|anciennete|residence|pratique|activite|chomage|"
    r"inscription|metier|carriere|emploi|poste|travail|entreprise|le metier|la profession)"
)
_MAX = (
    (re.compile(rf"(?:moins de|-\s*de|-)\s*{_N}\s*ans(\s*inclus)?"), -1),
    (re.compile(rf"jusqu'?\s*a\s*{_N}\s*ans"), 0),
    (re.compile(rf"{_N}\s*ans\s*(?:maximum|max\b|au plus|et moins)"), 0),
    (re.compile(rf"age maxi(?:mum|mal)?\s*:?\s*{_N}"), 0),
)
_MIN = (
    re.compile(rf"(?:plus de|\+\s*de|\+)\s*{_N}\s*ans"),
    re.compile(rf"{_N}\s*ans\s*(?:et plus|ou plus|et \+|\+|minimum|min\b|revolus)"),
    re.compile(rf"(?:a partir de|au moins|des)\s*{_N}\s*ans"),
    re.compile(rf"age mini(?:mum|mal)?\s*:?\s*{_N}"),
)
_ADULT = re.compile(r"\b(?:etre majeure?|majeure?s?)\b")


@lru_cache(maxsize=20_000)  # the same texts recur across a national catalogue
def parse_ages(text: str | None) -> tuple[int | None, int | None] | None:
    """Age bounds written in a text, or None when it gives none (or contradicts itself).

    Ranges and bounds are joined into the widest range they describe: "moins de 26 ans,
    jeunes (16-26 ans)" → (16, 26). A low bound of 0 or less and a high bound of 99 or
    more are open: "Âge minimum : 0 Âge maximum : 120" → (None, None), no limit.

    >>> parse_ages("Jeunes de 16 à 25 ans")
    (16, 25)
    >>> parse_ages("Public moins de 26 ans")
    (None, 25)
    """
    if not text:
        return None
    text = _normalise(text)
    lows: list[int] = []
    highs: list[int] = []
    found = False

    def is_age(source: str, match: re.Match[str]) -> bool:
        before = source[max(0, match.start() - 30) : match.start()]
        return not _CHILD_CONTEXT.search(before) and not _DURATION_AFTER.match(source, match.end())

    def take_range(match: re.Match[str]) -> str:
        nonlocal found
        low, high = int(match.group(1)), int(match.group(2))
        if low < high <= 120 and high >= 14 and is_age(text, match):
            lows.append(low)
            highs.append(high)
            found = True
        return " " * len(match.group(0))

    rest = _RANGE.sub(take_range, text)
    for pattern, shift in _MAX:
        for match in pattern.finditer(rest):
            value = int(match.group(1))
            if 14 <= value <= 120 and is_age(rest, match):
                inclusive = shift == -1 and match.lastindex == 2 and match.group(2)
                highs.append(value if inclusive else value + shift)
                found = True
        rest = pattern.sub(lambda m: " " * len(m.group(0)), rest)
    for pattern in _MIN:
        for match in pattern.finditer(rest):
            value = int(match.group(1))
            if value <= 120 and is_age(rest, match):
                lows.append(value)
                found = True
        rest = pattern.sub(lambda m: " " * len(m.group(0)), rest)
    if _ADULT.search(rest):
        lows.append(18)
        found = True
    if not found:
        return None
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    if low is not None and low <= 0:
        low = None
    if high is not None and high >= 99:
        high = None
    if low is not None and high is not None and low > high:
        return None
    return low, high


def _audience_is_age_only(publics: tuple[str, ...]) -> bool:
    return all(code in AGE_PUBLICS or code == "tous-publics" for code in publics)


def age_range(record: ServiceRecord) -> AgeRange | None:
    """The ages a service accepts: entered in the catalogue, else read in its text, else
    guessed from ``publics`` (jeunes or seniors alone); None when nothing says."""
    if record.age_min is not None or record.age_max is not None:
        return AgeRange(record.age_min, record.age_max, SOURCE_SERVICE)
    publics = record.publics
    if _audience_is_age_only(publics):
        texts = " . ".join(t for t in (record.publics_precisions, record.conditions_acces) if t)
        parsed = parse_ages(texts)
        if parsed is not None:
            return AgeRange(parsed[0], parsed[1], SOURCE_TEXT)
    if set(publics) == {"jeunes"}:
        return AgeRange(*JEUNES_RANGE, SOURCE_JEUNES, margin=JEUNES_MARGIN)
    if set(publics) == {"seniors"}:
        return AgeRange(SENIORS_MIN, None, SOURCE_SENIORS, margin=(SENIORS_MARGIN_MIN, None))
    return None


def publics_to_check(record: ServiceRecord, ages: AgeRange | None) -> tuple[str, ...]:
    """The public codes the publics criterion must weigh (any of them admits the visitor).

    Empty when the service is for everyone, or when its only publics are age publics
    already expressed by its age range (the age criterion says it all)."""
    publics = tuple(code for code in record.publics if code != "tous-publics")
    if not publics:
        return ()
    if ages is not None and all(code in AGE_PUBLICS for code in publics):
        return ()
    return publics
