"""Benchmark of the sheet: build and render a 6-step sheet with QR codes, many times.

The catalogue is fictional and lives in memory: places in Nîmes near Tango stops, phone
numbers from the range ARCEP keeps for fiction (04 65 71 xx xx), web pages on example.org.
Fonts are registered once per process (as in the application) before timing starts; each run
computes its QR codes again (the QR cache is emptied).
"""

from __future__ import annotations

import io
import statistics
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.core.jobs import Progress

BENCH_TODAY = date(2026, 11, 26)

_KINDS = (
    ("atelier", "Atelier CV et lettre de motivation", "Mo-Fr 09:00-12:00,14:00-17:00; PH off"),
    ("formation", "Formation FLE à visée professionnelle", "Mo,Tu,Th 08:30-12:30"),
    ("accompagnement", "Accompagnement vers l'emploi des allocataires du RSA", "Tu,Th 14:00-17:00"),
    ("aide-materielle", "Location de scooter solidaire", "Mo-Fr 08:30-12:30,13:30-17:00; PH off"),
    ("information", "Permanence d'information sur la VAE", "We 09:00-12:00"),
    ("aide-financiere", "Aide au permis de conduire", "Mo-Fr 09:00-12:00"),
)
# Points near Tango stops in Nîmes (Esplanade, Jean Jaurès, Gare, Chemin bas d'Avignon…)
_POINTS = (
    (43.8345, 4.3620), (43.8300, 4.3540), (43.8330, 4.3660),
    (43.8420, 4.3720), (43.8250, 4.3600), (43.8380, 4.3500),
)  # fmt: skip


def fictional_catalogue(steps: int = 6) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(structures, services) rows of a fictional catalogue with ``steps`` services."""
    structures, services = [], []
    for index in range(steps):
        kind, name, hours = _KINDS[index % len(_KINDS)]
        latitude, longitude = _POINTS[index % len(_POINTS)]
        structure_id = f"bench-structure-{index}"
        structures.append({
            "id": structure_id, "source": "bench", "nom": f"Association fictive n° {index + 1}",
            "date_maj": BENCH_TODAY, "adresse": f"{10 + index} rue de l'Exemple",
            "complement_adresse": "Bâtiment B, 2e étage", "code_postal": "30000",
            "commune": "Nîmes", "code_insee": "30189", "latitude": latitude,
            "longitude": longitude, "telephone": f"04 65 71 00 {10 + index:02d}",
        })  # fmt: skip
        services.append({
            "id": f"bench-service-{index}", "source": "bench", "structure_id": structure_id,
            "nom": name, "type": kind, "date_maj": BENCH_TODAY,
            "description": "Un service fictif pour mesurer la fiche. Il n'existe pas.",
            "frais": "gratuit" if index % 2 == 0 else "payant",
            "frais_precisions": None if index % 2 == 0 else "10 euros par mois, CAF possible.",
            "horaires_accueil": hours, "modes_accueil": ["en-presentiel"],
            "lien_source": f"https://www.example.org/services/fictif-{index}",
            "documents": ["Pièce d'identité", "CV à jour", "Attestation de la CAF"],
        })  # fmt: skip
    return structures, services


def bench_pathway(steps: int = 6):
    from app.core.pathway.model import Pathway, PathwayStep

    start = datetime(2026, 12, 3, 9, 30)
    return Pathway(
        steps=[
            PathwayStep(f"bench-service-{i}", start + timedelta(days=i), "Apporter un stylo.")
            for i in range(steps)
        ],
        prochain_rdv=datetime(2026, 12, 17, 14, 0),
        conseiller="Conseiller fictif, 04 65 71 00 00",
    )


@dataclass(frozen=True)
class BenchResult:
    runs: int
    times_ms: tuple[float, ...]  # wall-clock time of each run
    cpu_ms: tuple[float, ...]  # CPU time of each run (what other processes' load does not change)
    pages: int
    size_bytes: int

    @property
    def p50(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.times_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def max(self) -> float:
        return max(self.times_ms)

    @property
    def cpu_p50(self) -> float:
        return statistics.median(self.cpu_ms)


def bench_sheet(
    runs: int = 30,
    *,
    steps: int = 6,
    large: bool = False,
    lang: str = "fr",
    progress: Progress | None = None,
) -> BenchResult:
    """Time ``build_sheet`` + ``render_pdf`` (to memory) of a ``steps``-step sheet."""
    from app.core import catalogue
    from app.core.pathway.flowables import qr_matrix
    from app.core.pathway.fonts import register_fonts
    from app.core.pathway.render import page_count, render_pdf
    from app.core.pathway.sheet import build_sheet
    from app.core.storage import open_database

    progress = progress or Progress()
    db = open_database("sqlite://")
    try:
        structures, services = fictional_catalogue(steps)
        with db.transaction() as session:
            catalogue.upsert_structures(session, structures)
            catalogue.upsert_services(session, services)
        pathway = bench_pathway(steps)
        register_fonts()
        progress.set_total(runs)
        times: list[float] = []
        cpu: list[float] = []
        data = b""
        for _ in range(runs + 1):  # the first run warms the caches up and is not counted
            qr_matrix.cache_clear()
            buffer = io.BytesIO()
            started, started_cpu = time.perf_counter(), time.thread_time()
            with db.session() as session:
                sheet = build_sheet(session, pathway, lang=lang, large=large, today=BENCH_TODAY)
            render_pdf(sheet, buffer)
            elapsed = (time.perf_counter() - started) * 1000
            elapsed_cpu = (time.thread_time() - started_cpu) * 1000
            if data:
                times.append(elapsed)
                cpu.append(elapsed_cpu)
                progress.step()
            data = buffer.getvalue()
    finally:
        db.dispose()
    return BenchResult(
        runs=runs,
        times_ms=tuple(times),
        cpu_ms=tuple(cpu),
        pages=page_count(data),
        size_bytes=len(data),
    )
