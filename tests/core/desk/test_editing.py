"""The catalogue editor's rules: field checks as you type, nothing saved while wrong."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import catalogue
from app.core.desk import editing
from app.core.desk.editing import SERVICE_FIELDS, STRUCTURE_FIELDS, check_field, check_form
from app.core.errors import UserError
from app.core.models import Service
from tests import fictional_catalogue as fc

TODAY = fc.TODAY


@pytest.fixture
def filled(db):
    fc.fill(db)
    return db


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("nom", "", "Nom du service : à remplir."),
        ("nom", "ab", "Nom du service : au moins 3 caractères."),
        ("age_min", "seize", "Âge minimum : un nombre entier est attendu (par exemple 16)."),
        ("age_max", "130", "Âge maximum : 120 au plus."),
        ("code_postal", "3000", "Code postal : 5 chiffres (par exemple 30000)."),
        (
            "code_insee",
            "99999",
            "Commune (code INSEE) : code INSEE inconnu « 99999 » (Nîmes : 30189).",
        ),
        (
            "telephone",
            "12 34 5",
            "Téléphone : 10 chiffres commençant par 0 (par exemple 04 66 00 00 00).",
        ),
        ("courriel", "accueil@", "Courriel : adresse de courriel invalide."),
        (
            "telephone",
            "06 12",
            "Téléphone : 10 chiffres commençant par 0 (par exemple 04 66 00 00 00).",
        ),
        (
            "lien_mobilisation",
            "www.example",
            "Lien d'inscription : adresse web commençant par https://.",
        ),
        (
            "verified_on",
            "2026-13-01",
            "Vérifié le : une date est attendue, par exemple 03/12/2026.",
        ),
        ("verified_on", "01/01/2027", "Vérifié le : la date ne peut pas être dans le futur."),
        ("thematiques", ["mobilite--voler"], "Thématiques : valeur inconnue « mobilite--voler »."),
        ("zone_eligibilite", "30189, 12345", "Zone d'éligibilité : commune inconnue « 12345 »."),
    ],
)
def test_each_field_says_what_is_wrong(name, value, message):
    assert check_field(SERVICE_FIELDS, name, value, TODAY) == message


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("telephone", "04 66 00 00 00"),
        ("telephone", "+33466000000"),
        ("telephone", "3949"),
        ("zone_eligibilite", "30189, 243000643, 30, france"),
        ("horaires_accueil", "Mo-Fr 09:00-12:00; PH off"),
        ("verified_on", "03/10/2026"),
        ("age_min", ""),
        ("documents", "Pièce d'identité\nCV"),
    ],
)
def test_good_values_pass(name, value):
    assert check_field(SERVICE_FIELDS, name, value, TODAY) is None


def test_hours_message_gives_an_example():
    message = check_field(SERVICE_FIELDS, "horaires_accueil", "lundi matin", TODAY)
    assert message.startswith("Horaires d'accueil : format non reconnu.")


def _form(**changes):
    data = editing.form_values(SERVICE_FIELDS, None)
    data.update(
        nom="Atelier vélo",
        structure_id="t--envol",
        description="Apprendre à réparer son vélo.",
        code_insee="30189",
        code_postal="30000",
    )
    data.update(changes)
    return data


def test_form_rules_between_fields():
    problems = check_form(
        SERVICE_FIELDS,
        _form(age_min="30", age_max="20", code_postal="30230", verified_on="01/10/2026"),
        TODAY,
    )
    assert problems == {
        "age_max": "Âge maximum : il doit être supérieur ou égal à l'âge minimum.",
        "code_postal": "Code postal : il ne correspond pas à la commune choisie.",
        "verified_by": "Vérifié par : indiquez qui a vérifié (prénom ou service).",
    }


def test_save_new_service_derives_commune_and_date(filled):
    with filled.transaction() as session:
        saved = editing.save_service(
            session,
            _form(
                thematiques=["mobilite--acceder-a-un-vehicule"],
                documents="Pièce d'identité\n\nCV",
                telephone="04 66 00 00 09",
                zone_eligibilite="243000643",
            ),
            today=TODAY,
        )
    assert saved.id.startswith("maison-des-competences--atelier-velo-")
    with filled.session() as session:
        stored = catalogue.get_service(session, saved.id)
    assert stored.commune == "Nîmes"
    assert stored.date_maj == TODAY
    assert stored.source == "maison-des-competences"
    assert stored.documents == ["Pièce d'identité", "CV"]
    assert stored.telephone == "0466000009"
    assert stored.zone_eligibilite == ["243000643"]


def test_invalid_form_saves_nothing(filled):
    with filled.session() as session:
        before = catalogue.get_service(session, "t--permis")
        values = editing.form_values(SERVICE_FIELDS, before)
    values["age_min"] = "dix-huit"
    with pytest.raises(UserError, match="Âge minimum"), filled.transaction() as session:
        editing.save_service(session, values, "t--permis", today=TODAY)
    with filled.session() as session:
        assert catalogue.get_service(session, "t--permis").age_min == 18


def test_edit_round_trip_keeps_untouched_fields(filled):
    with filled.session() as session:
        values = editing.form_values(SERVICE_FIELDS, catalogue.get_service(session, "t--cariste"))
    assert values["thematiques"] == ["se-former--trouver-sa-formation"]
    values["nom"] = "Formation cariste CACES R489"
    with filled.transaction() as session:
        editing.save_service(session, values, "t--cariste", today=TODAY)
    with filled.session() as session:
        service = catalogue.get_service(session, "t--cariste")
    assert service.nom == "Formation cariste CACES R489"
    assert service.sessions == [{"debut": "2027-01-11", "fin": "2027-03-26", "places": 12}]
    assert service.required_situations == ["demandeur-emploi"]


def test_moving_a_service_forgets_its_old_point(filled):
    with filled.session() as session:
        values = editing.form_values(STRUCTURE_FIELDS, catalogue.get_structure(session, "t--envol"))
    values.update(code_insee="30060", code_postal="30132")
    with filled.transaction() as session:
        saved = editing.save_structure(session, values, "t--envol", today=TODAY)
    assert (saved.commune, saved.latitude, saved.longitude) == ("Caissargues", None, None)


def test_unknown_structure_or_service_is_refused(filled):
    with (
        pytest.raises(UserError, match="structure choisie n'existe pas"),
        filled.transaction() as s,
    ):
        editing.save_service(s, _form(structure_id="t--absent"), today=TODAY)
    with pytest.raises(UserError, match="n'existe plus"), filled.transaction() as s:
        editing.save_service(s, _form(), "t--absent", today=TODAY)


def test_archive_structure_archives_its_services(filled):
    with filled.transaction() as session:
        ids = editing.archive_structure(session, "t--roue")
    assert sorted(ids) == ["t--garage", "t--permis"]
    with filled.session() as session:
        assert all(catalogue.get_service(session, i).archived for i in ids)
    with filled.transaction() as session:
        editing.archive_service(session, "t--permis", archived=False)
    with filled.session() as session:
        assert session.get(Service, "t--permis").archived is False


def test_new_ids_are_distinct():
    assert editing.new_id("Atelier") != editing.new_id("Atelier")
    assert editing.parse_date("03/12/2026") == date(2026, 12, 3)


def test_structure_choices_and_fresh_records(filled):
    with filled.transaction() as session:
        editing.archive_structure(session, "t--ales")
    with filled.session() as session:
        choices = editing.structure_choices(session)
        assert "t--ales" not in choices
        assert choices["t--cap"] == "Centre Cap Métier (fictif) (Milhaud)"
        assert "t--ales" in editing.structure_choices(session, keep="t--ales")
        assert sorted(editing.structure_service_ids(session, "t--roue")) == [
            "t--garage",
            "t--permis",
        ]
        records = editing.records_for(session, ["t--permis", "t--absent"])
    assert [r.id for r in records] == ["t--permis"]
    assert records[0].structure_nom == "Garage solidaire La Roue Libre (fictif)"


SESSION = {"debut": "2027-01-11", "fin": "2027-03-26", "places": 12}


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("volume_horaire_hebdomadaire", "0", "Heures par semaine : doit être supérieur à 0."),
        ("volume_horaire_hebdomadaire", "61", "Heures par semaine : 60 au plus."),
        (
            "volume_horaire_hebdomadaire",
            "35 h",
            "Heures par semaine : un nombre est attendu (par exemple 17,5).",
        ),
        ("nombre_semaines", "0", "Nombre de semaines : 1 au moins."),
        (
            "nombre_semaines",
            "2,5",
            "Nombre de semaines : un nombre entier est attendu (par exemple 16).",
        ),
        ("latitude", "91", "Latitude : 90 au plus."),
        ("longitude", "est", "Longitude : un nombre est attendu (par exemple 17,5)."),
        (
            "modes_mobilisation",
            ["envoyer-un-pigeon"],
            "Comment s'inscrire : valeur inconnue « envoyer-un-pigeon ».",
        ),
        ("mobilisable_par", ["voisins"], "Qui peut inscrire : valeur inconnue « voisins »."),
        (
            "lien_source",
            "ftp://example.org",
            "Lien vers la fiche d'origine : adresse web commençant par https://.",
        ),
        (
            "contact_nom_prenom",
            "x" * 151,
            "Personne à contacter : 150 caractères au plus (il y en a 151).",
        ),
        (
            "sessions",
            [SESSION, {"debut": "2027-04-10", "fin": "2027-04-01"}],
            "Sessions de formation : session 2, la fin doit être le même jour que le début ou après.",
        ),
        (
            "sessions",
            [{"debut": "2027-04-10", "fin": "2027-05-01", "places": -1}],
            "Sessions de formation : session 1, le nombre de places doit être un entier positif ou nul.",
        ),
        (
            "sessions",
            [{"debut": "", "fin": "2027-05-01"}],
            "Sessions de formation : session 1, date de début à remplir.",
        ),
        (
            "sessions",
            [{"debut": "2027-02-30", "fin": "2027-05-01"}],
            "Sessions de formation : session 1, date de début non reconnue (par exemple 03/12/2026).",
        ),
    ],
)
def test_training_contact_and_position_fields_say_what_is_wrong(name, value, message):
    assert check_field(SERVICE_FIELDS, name, value, TODAY) == message


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("volume_horaire_hebdomadaire", "17,5"),
        ("volume_horaire_hebdomadaire", "60"),
        ("nombre_semaines", "1"),
        ("latitude", "43.8367"),
        ("modes_mobilisation", ["telephoner", "utiliser-lien-mobilisation"]),
        ("mobilisable_par", ["professionnels", "usagers"]),
        ("sessions", [SESSION, {"debut": "2027-04-10", "fin": "2027-04-10", "places": 0}]),
        ("sessions", [{"debut": "11/01/2027", "fin": "26/03/2027"}]),
        ("sessions", []),
    ],
)
def test_training_contact_and_position_good_values_pass(name, value):
    assert check_field(SERVICE_FIELDS, name, value, TODAY) is None


def test_position_needs_both_coordinates_in_france():
    assert check_form(SERVICE_FIELDS, _form(latitude="43,8367"), TODAY) == {
        "longitude": "Longitude : à remplir aussi (ou videz la latitude)."
    }
    assert check_form(SERVICE_FIELDS, _form(longitude="4,36"), TODAY) == {
        "latitude": "Latitude : à remplir aussi (ou videz la longitude)."
    }
    assert check_form(SERVICE_FIELDS, _form(latitude="4.36", longitude="43.84"), TODAY) == {
        "latitude": "Latitude : ce point n'est pas en France (latitude et longitude inversées ?)."
    }
    assert check_form(SERVICE_FIELDS, _form(latitude="43,8367", longitude="4,3601"), TODAY) == {}
    assert check_form(SERVICE_FIELDS, _form(latitude="-21.1", longitude="55.5"), TODAY) == {}


def test_training_contact_and_position_are_saved_and_read_back(filled):
    values = _form(
        sessions=[
            {"debut": "2027-04-12", "fin": "2027-06-30", "places": ""},
            {"debut": "11/01/2027", "fin": "26/03/2027", "places": "12"},
        ],
        volume_horaire_hebdomadaire="17,5",
        nombre_semaines="12",
        modes_mobilisation=["telephoner"],
        mobilisable_par=["usagers"],
        mobilisation_precisions="Appeler le matin.",
        lien_mobilisation="https://example.org/inscription",
        contact_nom_prenom="Camille Martin",
        telephone="04 66 00 00 10",
        courriel="accueil@example.org",
        latitude="43,8367",
        longitude="4.3601",
        lien_source="https://example.org/fiche",
    )
    with filled.transaction() as session:
        saved = editing.save_service(session, values, today=TODAY)
    with filled.session() as session:
        stored = catalogue.get_service(session, saved.id)
        again = editing.form_values(SERVICE_FIELDS, stored)
    assert stored.sessions == [
        {"debut": "2027-01-11", "fin": "2027-03-26", "places": 12},
        {"debut": "2027-04-12", "fin": "2027-06-30"},
    ]
    assert (stored.volume_horaire_hebdomadaire, stored.nombre_semaines) == (17.5, 12)
    assert (stored.modes_mobilisation, stored.mobilisable_par) == (["telephoner"], ["usagers"])
    assert (stored.contact_nom_prenom, stored.telephone, stored.courriel) == (
        "Camille Martin",
        "0466000010",
        "accueil@example.org",
    )
    assert (stored.latitude, stored.longitude) == (43.8367, 4.3601)
    assert stored.lien_source == "https://example.org/fiche"
    assert (again["volume_horaire_hebdomadaire"], again["latitude"]) == ("17,5", "43,8367")
    assert again["sessions"] == stored.sessions


def test_wrong_session_saves_nothing(filled):
    with filled.session() as session:
        values = editing.form_values(SERVICE_FIELDS, catalogue.get_service(session, "t--cariste"))
    values["sessions"] = [{"debut": "2027-03-26", "fin": "2027-01-11", "places": 12}]
    with pytest.raises(UserError, match="session 1"), filled.transaction() as session:
        editing.save_service(session, values, "t--cariste", today=TODAY)
    with filled.session() as session:
        assert catalogue.get_service(session, "t--cariste").sessions == [SESSION]


def test_a_point_typed_with_a_new_commune_is_kept(filled):
    with filled.session() as session:
        values = editing.form_values(SERVICE_FIELDS, catalogue.get_service(session, "t--permis"))
    values.update(code_insee="30060", code_postal="30132", latitude="43,79", longitude="4,41")
    with filled.transaction() as session:
        saved = editing.save_service(session, values, "t--permis", today=TODAY)
    assert (saved.commune, saved.latitude, saved.longitude) == ("Caissargues", 43.79, 4.41)


def test_moving_a_service_with_its_old_point_untouched_forgets_it(filled):
    with filled.transaction() as session:
        service = catalogue.get_service(session, "t--permis")
        service.latitude, service.longitude = 43.8367, 4.3601
        session.add(service)
    with filled.session() as session:
        values = editing.form_values(SERVICE_FIELDS, catalogue.get_service(session, "t--permis"))
    assert (values["latitude"], values["longitude"]) == ("43,8367", "4,3601")
    values.update(code_insee="30060", code_postal="30132")
    with filled.transaction() as session:
        saved = editing.save_service(session, values, "t--permis", today=TODAY)
    assert (saved.commune, saved.latitude, saved.longitude) == ("Caissargues", None, None)
