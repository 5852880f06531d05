"""A synthetic national catalogue for the benchmark: N services with French text.

Services are spread over the real communes of France in proportion to their population,
with the Gard over-represented (``GARD_SHARE``) as it is in Passerelle's own catalogue. Names
and descriptions are built from the real data·inclusion vocabularies (theme labels, publics)
and the phrases of ``bench.phrases``; zones, ages, fees, opening hours and freshness are drawn
with plausible proportions. Everything is deterministic for a given seed.

Communes outside the Gard have no reference point: their services get a stand-in point
(derived from the département code, inside the French bounding boxes) so that distances are
computed and sorted as they would be; some services have no point at all (unknown distance).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from app.core.bench import phrases
from app.core.geo import FRANCE_BOXES

SOURCE = "bench"
GARD = "30"
GARD_SHARE = 0.12  # share of the services in the Gard
CHUNK = 5000


def _stable_unit(text: str) -> float:
    """A number in [0, 1) that depends only on ``text``."""
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def stand_in_point(code_insee: str, departement: str) -> tuple[float, float]:
    """A deterministic point for a commune without reference coordinates."""
    box = FRANCE_BOXES[0]
    for name, south, north, west, east in FRANCE_BOXES[1:]:
        overseas = {
            "971": "Guadeloupe",
            "972": "Martinique",
            "973": "Guyane",
            "974": "La Réunion",
            "976": "Mayotte",
        }
        if overseas.get(departement) == name:
            box = (name, south, north, west, east)
    _, south, north, west, east = box
    margin_lat, margin_lon = (north - south) * 0.1, (east - west) * 0.1
    lat = south + margin_lat + _stable_unit("lat" + departement) * (north - south - 2 * margin_lat)
    lon = west + margin_lon + _stable_unit("lon" + departement) * (east - west - 2 * margin_lon)
    spread = 0.35 if box is FRANCE_BOXES[0] else 0.05
    lat += (_stable_unit("c" + code_insee) - 0.5) * spread
    lon += (_stable_unit("d" + code_insee) - 0.5) * spread
    return round(lat, 6), round(lon, 6)


class _Places:
    """Communes to draw from, weighted by population."""

    def __init__(self) -> None:
        from app.core.reference.communes import communes

        items = [c for c in communes().values() if c.population]
        self.gard = [c for c in items if c.departement == GARD]
        self.france = [c for c in items if c.departement != GARD]
        self.gard_weights = _cumulative([c.population or 1 for c in self.gard])
        self.france_weights = _cumulative([c.population or 1 for c in self.france])

    def draw(self, rng: random.Random):  # type: ignore[no-untyped-def]
        if rng.random() < GARD_SHARE:
            return rng.choices(self.gard, cum_weights=self.gard_weights)[0]
        return rng.choices(self.france, cum_weights=self.france_weights)[0]


def _cumulative(weights: list[int]) -> list[int]:
    total = 0
    result = []
    for weight in weights:
        total += weight
        result.append(total)
    return result


class _Vocab:
    def __init__(self) -> None:
        from app.core.reference import vocabularies as v

        self.themes_by_category = v.thematiques_by_category()
        self.theme_labels = v.thematiques()
        self.publics = v.publics()
        self.types = list(v.types_de_services())


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_label(label: str) -> str:
    return label[:1].lower() + label[1:]


def _zone(rng: random.Random, place: Any) -> list[str] | None:
    draw = rng.random()
    in_gard = place.departement == GARD
    if draw < (0.20 if in_gard else 0.10):
        return [place.code]
    if draw < (0.50 if in_gard else 0.25) and place.epci:
        return [place.epci]
    if draw < (0.80 if in_gard else 0.75):
        return [place.departement]
    if draw < (0.90 if in_gard else 0.85):
        return ["france"]
    return None


def _modes(rng: random.Random) -> list[str] | None:
    draw = rng.random()
    if draw < 0.65:
        return ["en-presentiel"]
    if draw < 0.85:
        return ["en-presentiel", "a-distance"]
    if draw < 0.95:
        return ["a-distance"]
    return None


def _ages(rng: random.Random, publics: list[str]) -> tuple[int | None, int | None, str | None]:
    if "jeunes" in publics and rng.random() < 0.7:
        age_max = rng.choice((25, 25, 26, 29))
        age_min = rng.choice((16, 16, 18))
        return age_min, age_max, f"Jeunes de {age_min} à {age_max} ans"
    if "seniors" in publics and rng.random() < 0.6:
        return 50, None, "Personnes de 50 ans et plus"
    if rng.random() < 0.05:
        return 18, None, "Personnes majeures"
    return None, None, None


def generate(n: int, seed: int = 1) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """Yield (structures, services) rows by chunks of about ``CHUNK`` services."""
    rng = random.Random(seed)
    places = _Places()
    vocab = _Vocab()
    today = date.today()
    categories = list(phrases.OBJECTS)
    made = 0
    structure_number = 0
    structures: list[dict[str, Any]] = []
    services: list[dict[str, Any]] = []
    while made < n:
        structure_number += 1
        place = places.draw(rng)
        structure_id = f"{SOURCE}-s--{structure_number:06d}"
        pattern = rng.choice(phrases.STRUCTURE_PATTERNS)
        structure_name = pattern.format(
            commune=place.nom,
            word=rng.choice(phrases.WORDS),
            adjective=rng.choice(phrases.ADJECTIVES),
        )
        point = _point(rng, place)
        structures.append(
            {
                "id": structure_id,
                "source": SOURCE,
                "nom": structure_name,
                "date_maj": today - timedelta(days=rng.randrange(1500)),
                "adresse": f"{rng.randrange(1, 120)} rue {rng.choice(phrases.WORDS)}",
                "code_postal": place.codes_postaux[0] if place.codes_postaux else None,
                "commune": place.nom,
                "code_insee": place.code,
                "latitude": point[0] if point else None,
                "longitude": point[1] if point else None,
                "horaires_accueil": rng.choice(phrases.OPENING_HOURS)
                if rng.random() < 0.6
                else None,
            }
        )
        for _ in range(min(rng.choice((1, 1, 2, 3, 4, 6)), n - made)):
            made += 1
            services.append(
                _service(
                    rng, vocab, categories, made, structure_id, structure_name, place, point, today
                )
            )
        if len(services) >= CHUNK:
            yield structures, services
            structures, services = [], []
    if services:
        yield structures, services


def _point(rng: random.Random, place: Any) -> tuple[float, float] | None:
    if place.latitude is not None and place.longitude is not None:
        if rng.random() < 0.15:
            return None  # resolved from the commune's reference point
        return (
            round(place.latitude + rng.uniform(-0.01, 0.01), 6),
            round(place.longitude + rng.uniform(-0.01, 0.01), 6),
        )
    if rng.random() < 0.05:
        return None  # unknown place
    lat, lon = stand_in_point(place.code, place.departement)
    return round(lat + rng.uniform(-0.01, 0.01), 6), round(lon + rng.uniform(-0.01, 0.01), 6)


def _service(
    rng: random.Random,
    vocab: _Vocab,
    categories: list[str],
    number: int,
    structure_id: str,
    structure_name: str,
    place: Any,
    point: tuple[float, float] | None,
    today: date,
) -> dict[str, Any]:
    category = rng.choice(categories)
    themes = rng.sample(
        vocab.themes_by_category[category],
        k=min(len(vocab.themes_by_category[category]), rng.choice((1, 1, 2, 3))),
    )
    if rng.random() < 0.2:
        other = rng.choice(categories)
        themes.append(rng.choice(vocab.themes_by_category[other]))
    type_ = (
        "formation" if category == "se-former" and rng.random() < 0.7 else rng.choice(vocab.types)
    )
    obj = rng.choice(phrases.OBJECTS[category])
    publics = rng.sample(list(vocab.publics), k=rng.choice((1, 1, 2, 3)))
    age_min, age_max, precision = _ages(rng, publics)
    shape = rng.random()
    if shape < 0.35:
        name = _capitalise(obj)
    elif shape < 0.7:
        name = f"{rng.choice(phrases.PREFIXES[type_])} {obj}"
    elif shape < 0.85:
        name = f"{_capitalise(obj)} – {place.nom}"
    else:
        name = f"{_capitalise(obj)} pour les {_lower_label(vocab.publics[publics[0]])}"
    sentences = [
        f"{_capitalise(obj)} proposé par {structure_name} à {place.nom}.",
        "Ce service s'adresse en priorité aux "
        + ", ".join(_lower_label(vocab.publics[p]) for p in publics)
        + ".",
        "Objectif : " + "; ".join(_lower_label(vocab.theme_labels[t]) for t in themes) + ".",
    ]
    sentences += rng.sample(phrases.SENTENCES, k=rng.choice((1, 2, 3, 4)))
    if category in ("se-former", "trouver-un-emploi", "choisir-un-metier") or rng.random() < 0.2:
        jobs = rng.sample(phrases.JOBS, k=3)
        sentences.append(f"Métiers visés : {jobs[0]}, {jobs[1]} et {jobs[2]}.")
    frais_draw = rng.random()
    modes = _modes(rng)
    has_own_point = point is not None and rng.random() < 0.3
    return {
        "id": f"{SOURCE}--{number:06d}",
        "source": SOURCE,
        "structure_id": structure_id,
        "nom": name,
        "description": " ".join(sentences),
        "date_maj": today - timedelta(days=rng.randrange(1500)),
        "type": type_,
        "thematiques": themes,
        "frais": "gratuit" if frais_draw < 0.75 else ("payant" if frais_draw < 0.85 else None),
        "publics": publics,
        "publics_precisions": precision,
        "zone_eligibilite": _zone(rng, place),
        "modes_accueil": modes,
        "modes_mobilisation": ["se-presenter", "telephoner"]
        if rng.random() < 0.5
        else ["envoyer-un-courriel"],
        "mobilisable_par": ["usagers", "professionnels"],
        "horaires_accueil": rng.choice(phrases.OPENING_HOURS) if rng.random() < 0.3 else None,
        "code_insee": place.code,
        "commune": place.nom,
        "code_postal": place.codes_postaux[0] if place.codes_postaux else None,
        "latitude": round(point[0] + rng.uniform(-0.002, 0.002), 6) if has_own_point else None,
        "longitude": round(point[1] + rng.uniform(-0.002, 0.002), 6) if has_own_point else None,
        "age_min": age_min,
        "age_max": age_max,
        "required_situations": ["demandeur-emploi"]
        if rng.random() < 0.08
        else (["rsa"] if rng.random() < 0.04 else None),
        "diploma_max": "cap-bep" if rng.random() < 0.05 else None,
        "prerequisites": ["francais"]
        if rng.random() < 0.05
        else (["permis-b"] if rng.random() < 0.03 else None),
        "verified_on": today - timedelta(days=rng.randrange(365)) if rng.random() < 0.1 else None,
        "archived": rng.random() < 0.01,
    }


def write_catalogue(db: Any, n: int, seed: int = 1, progress: Any = None) -> int:
    """Write the synthetic catalogue into ``db``; returns the number of services."""
    from app.core.catalogue import upsert_services, upsert_structures

    written = 0
    if progress is not None:
        progress.set_total(n)
    for structures, services in generate(n, seed):
        with db.transaction() as session:
            upsert_structures(session, structures)
            upsert_services(session, services)
        written += len(services)
        if progress is not None:
            progress.step(len(services))
    return written
