"""Fixtures of the privacy tests: a fast KDF (the real settings are tested once), a vault,
fictional people."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from app.core.privacy import crypto
from app.core.privacy.followup import FollowupData

FAST_KDF = crypto.KdfParams("argon2id", {"iterations": 1, "lanes": 1, "memory_cost": 1024})
PASSPHRASE = "cheval agrafe pile correcte"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(crypto, "default_kdf", lambda: FAST_KDF)


@pytest.fixture
def vault(db_file):
    with db_file.transaction() as session:
        return crypto.Vault.create(session, PASSPHRASE, "JD")


def fictional_person(**changes) -> FollowupData:
    data = FollowupData(
        nom="Zyxwodiak",
        prenom="Quenotte",
        telephone="06 00 00 00 00",
        courriel="quenotte.zyxwodiak@exemple.invalid",
        besoins=["mobilite--preparer-un-permis", "poste adapté"],
        parcours={
            "steps": [
                {
                    "service_id": "test--permis",
                    "rendez_vous": "2026-12-03T09:30",
                    "note": "Apporter la pièce d'identité",
                }
            ]
        },
        notes="Cherche un emploi à temps partiel près de Milhaud.",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


CONSENT = date(2026, 3, 2)


@dataclass
class FakeProfile:
    age: object = None
    commune: object = None
    besoins: list = field(default_factory=list)
    nom: str = "Ne doit jamais être lu"


@dataclass
class FakeMatch:
    service_id: str
    eligible: bool = True


@dataclass
class FakeResult:
    matches: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
