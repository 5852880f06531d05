"""The detail pane's content: every field a counsellor needs, in French words."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.desk.details import service_details
from app.core.errors import UserError
from tests import fictional_catalogue as fc


@pytest.fixture
def filled(db):
    fc.fill(db)
    return db


def _details(db, service_id, **options):
    with db.session() as session:
        return service_details(session, service_id, today=fc.TODAY, **options)


def test_labels_hours_documents_and_eligibility_in_words(filled):
    details = _details(filled, "t--permis", commune="30189", distance_km=3.24)
    assert details.title == "Permis de conduire accompagné"
    assert details.subtitle == "Garage solidaire La Roue Libre (fictif) — Caissargues"
    assert "Thèmes : Préparer un permis." in details.section("En bref").lines
    assert "Frais : Payant — 50 € par mois." in details.section("En bref").lines
    assert "Âge : De 18 à 30 ans." in details.section("Pour qui").lines
    assert "Habiter : CA de Nîmes Métropole." in details.section("Pour qui").lines
    assert "À 3,2 km de Nîmes (à vol d'oiseau)." in details.section("Où").lines
    # the structure's hours, in plain words, when the service gives none
    assert (
        details.section("Quand").lines[0]
        == "Du lundi au vendredi : de 9 h à 12 h et de 14 h à 17 h"
    )
    assert details.section("Documents à apporter").lines == (
        "Pièce d'identité",
        "Justificatif de domicile",
    )
    assert "« Je viens pour le permis solidaire. »" in details.as_text()


def test_required_situation_diploma_prerequisite_and_sessions(filled):
    details = _details(filled, "t--cariste")
    whom = details.section("Pour qui").lines
    assert (
        "Réservé à l'une de ces situations : Demandeur d'emploi inscrit à France Travail." in whom
    )
    assert "Diplôme au plus : Baccalauréat." in whom
    assert "Prérequis : Parler et comprendre le français." in whom
    assert (
        "Session du 11 janvier 2027 au 26 mars 2027 (12 places)." in details.section("Quand").lines
    )


def test_freshness_verified_by_and_stale_flag(filled):
    fresh = _details(filled, "t--jeunes")
    assert "Vérifié le 10 octobre 2026 par Camille (test)." in fresh.section("Fraîcheur").lines
    assert not fresh.stale
    old = _details(filled, "t--orientation")
    assert old.stale
    assert any("à vérifier avant d'orienter" in line for line in old.section("Fraîcheur").lines)
    assert "Pas encore vérifié par la Maison des compétences." in old.section("Fraîcheur").lines


def test_contacts_of_service_and_structure(filled):
    contacts = _details(filled, "t--cv").section("Contacts").lines
    assert "Téléphone du service : 0400000002" in contacts
    assert "Téléphone : 0400000001" in contacts
    unknown = _details(filled, "t--garage").section("Contacts").lines
    assert unknown[-1] == "Aucun contact connu : passer à l'accueil aux heures d'ouverture."


def test_no_distance_without_visitor_commune_and_unknown_service(filled):
    details = _details(filled, "t--numerique")
    assert not any("vol d'oiseau" in line for line in details.section("Où").lines)
    assert details.section("Pour qui").lines == ("Publics : Tous publics.",)
    with pytest.raises(UserError, match="n'existe plus"):
        _details(filled, "t--absent")


def test_past_sessions_are_not_shown(filled):
    with filled.session() as session:
        details = service_details(session, "t--cariste", today=date(2027, 6, 1))
    assert not any(line.startswith("Session") for line in details.section("Quand").lines)
