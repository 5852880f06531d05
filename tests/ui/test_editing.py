"""Catalogue editing in the window: validation as you type, nothing saved while wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.core import catalogue
from tests.ui.conftest import search


def open_editor(qtbot, desk, text: str):
    search(qtbot, desk, text)
    desk.window.search.select_row(0)
    desk.window.act_edit_service.trigger()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is not None)
    return desk.catalogue.dialog


def test_invalid_value_shows_a_message_next_to_the_field_and_saves_nothing(qtbot, desk):
    dialog = open_editor(qtbot, desk, "permis")
    form = dialog.form
    assert form.value("nom") == "Permis de conduire accompagné"
    assert form.value("age_min") == "18"
    form.set_value("age_min", "dix-huit")
    message = form.messages["age_min"]
    assert message.isVisibleTo(dialog)
    assert message.text() == "⚠ Âge minimum : un nombre entier est attendu (par exemple 16)."
    form.set_value("code_postal", "301")
    assert form.messages["code_postal"].text() == "⚠ Code postal : 5 chiffres (par exemple 30000)."
    dialog.buttons.accepted.emit()  # "Enregistrer"
    assert (
        dialog.summary.text() == "⚠ 2 champs à corriger (signalés par ⚠) : rien n'a été enregistré."
    )
    assert dialog.isVisible()
    with desk.services.db.session() as session:
        stored = catalogue.get_service(session, "t--permis")
    assert (stored.age_min, stored.code_postal) == (18, None)


def test_valid_edit_is_saved_and_searchable(qtbot, desk):
    dialog = open_editor(qtbot, desk, "permis")
    form = dialog.form
    form.set_value("nom", "Permis B accompagné par un moniteur")
    form.set_value("horaires_accueil", "Mo-Fr 09:00-12:00")
    assert not form.messages["horaires_accueil"].isVisibleTo(dialog)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is None)
    with desk.services.db.session() as session:
        stored = catalogue.get_service(session, "t--permis")
    assert stored.nom == "Permis B accompagné par un moniteur"
    assert stored.horaires_accueil == "Mo-Fr 09:00-12:00"
    assert search(qtbot, desk, "moniteur permis") == ["t--permis"]


def test_hours_are_explained_as_typed(qtbot, desk):
    dialog = open_editor(qtbot, desk, "ordinateur")
    form = dialog.form
    form.set_value("horaires_accueil", "lundi matin")
    assert (
        form.messages["horaires_accueil"]
        .text()
        .startswith("⚠ Horaires d'accueil : format non reconnu.")
    )
    form.set_value("horaires_accueil", "Mo-Fr 09:00-12:00; PH off")
    assert not form.messages["horaires_accueil"].isVisibleTo(dialog)
    dialog.reject()


def test_new_service_then_archive_it(qtbot, desk, answer_yes):
    desk.window.act_new_service.trigger()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is not None)
    dialog = desk.catalogue.dialog
    form = dialog.form
    dialog.buttons.accepted.emit()  # empty: every required field is said
    assert form.messages["nom"].text() == "⚠ Nom du service : à remplir."
    form.set_value("nom", "Atelier vélo")
    form.set_value("structure_id", "t--envol")
    form.set_value("description", "Apprendre à réparer son vélo.")
    form.set_value("thematiques", ["mobilite--mobilite-douce-partagee-collective"])
    form.set_value("code_insee", "Nîmes")
    assert form.value("code_insee") == "30189"
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is None)
    found = search(qtbot, desk, "vélo")
    assert len(found) == 1 and found[0].startswith("maison-des-competences--atelier-velo-")
    desk.window.search.select_row(0)
    desk.window.act_archive_service.trigger()
    assert answer_yes and answer_yes[0].startswith("Archiver le service")
    qtbot.waitUntil(lambda: desk.search.idle and search(qtbot, desk, "vélo") == [])
    with desk.services.db.session() as session:
        assert catalogue.get_service(session, found[0]).archived


def test_structure_editor_updates_its_services(qtbot, desk):
    search(qtbot, desk, "permis")
    desk.window.search.select_row(0)
    desk.window.act_edit_structure.trigger()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is not None)
    dialog = desk.catalogue.dialog
    dialog.form.set_value("nom", "Garage solidaire Les Roues (fictif)")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is None)
    qtbot.waitUntil(lambda: desk.search.idle)
    assert (
        desk.services.index.record("t--garage").structure_nom
        == "Garage solidaire Les Roues (fictif)"
    )
    model = desk.search.model
    row = model.row_of("t--permis")
    assert model.data(model.index(row, 1)) == "Garage solidaire Les Roues (fictif)"


def test_training_enrolment_and_position_fields_are_checked_then_saved(qtbot, desk):
    from PySide6.QtCore import QDate

    dialog = open_editor(qtbot, desk, "cariste")
    form = dialog.form
    sessions = form.widgets["sessions"]
    assert form.value("sessions") == [{"debut": "2027-01-11", "fin": "2027-03-26", "places": 12}]
    assert sessions.empty.isHidden()
    # a second session that ends before it starts
    sessions.add_button.click()
    start, end, places = sessions.row(1)
    assert end.accessibleName() == "Fin de la session 2"
    start.setDate(QDate(2027, 5, 10))
    end.setDate(QDate(2027, 5, 3))
    assert form.messages["sessions"].isVisibleTo(dialog)
    assert form.messages["sessions"].text() == (
        "⚠ Sessions de formation : session 2, la fin doit être le même jour que le début ou après."
    )
    form.set_value("volume_horaire_hebdomadaire", "70")
    assert (
        form.messages["volume_horaire_hebdomadaire"].text() == "⚠ Heures par semaine : 60 au plus."
    )
    form.set_value("nombre_semaines", "0")
    assert form.messages["nombre_semaines"].text() == "⚠ Nombre de semaines : 1 au moins."
    form.set_value("courriel", "accueil@")
    assert form.messages["courriel"].text() == "⚠ Courriel : adresse de courriel invalide."
    form.set_value("telephone", "06 12")
    assert form.messages["telephone"].text().startswith("⚠ Téléphone : 10 chiffres")
    form.set_value("lien_mobilisation", "inscription.example.org")
    assert form.messages["lien_mobilisation"].isVisibleTo(dialog)
    form.set_value("lien_source", "source")
    assert form.messages["lien_source"].isVisibleTo(dialog)
    form.set_value("latitude", "4,36")
    form.set_value("longitude", "43,84")
    assert form.messages["latitude"].text() == (
        "⚠ Latitude : ce point n'est pas en France (latitude et longitude inversées ?)."
    )
    dialog.buttons.accepted.emit()
    assert (
        dialog.summary.text() == "⚠ 8 champs à corriger (signalés par ⚠) : rien n'a été enregistré."
    )
    with desk.services.db.session() as session:
        stored = catalogue.get_service(session, "t--cariste")
    assert stored.sessions == [{"debut": "2027-01-11", "fin": "2027-03-26", "places": 12}]
    assert (stored.volume_horaire_hebdomadaire, stored.courriel, stored.latitude) == (None,) * 3

    # now right values
    end.setDate(QDate(2027, 6, 25))
    places.setValue(0)
    form.set_value("volume_horaire_hebdomadaire", "17,5")
    form.set_value("nombre_semaines", "11")
    form.set_value("modes_mobilisation", ["telephoner", "utiliser-lien-mobilisation"])
    form.set_value("mobilisable_par", ["professionnels"])
    form.set_value("mobilisation_precisions", "Inscription par un conseiller France Travail.")
    form.set_value("lien_mobilisation", "https://inscription.example.org")
    form.set_value("contact_nom_prenom", "Camille Martin")
    form.set_value("telephone", "06 12 34 56 78")
    form.set_value("courriel", "formation@example.org")
    form.set_value("latitude", "43,8367")
    form.set_value("longitude", "4,3601")
    form.set_value("lien_source", "https://example.org/fiche-cariste")
    assert not any(label.isVisibleTo(dialog) for label in form.messages.values())
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is None)
    with desk.services.db.session() as session:
        stored = catalogue.get_service(session, "t--cariste")
    assert stored.sessions == [
        {"debut": "2027-01-11", "fin": "2027-03-26", "places": 12},
        {"debut": "2027-05-10", "fin": "2027-06-25", "places": 0},
    ]
    assert (stored.volume_horaire_hebdomadaire, stored.nombre_semaines) == (17.5, 11)
    assert stored.modes_mobilisation == ["telephoner", "utiliser-lien-mobilisation"]
    assert stored.mobilisable_par == ["professionnels"]
    assert stored.mobilisation_precisions == "Inscription par un conseiller France Travail."
    assert stored.lien_mobilisation == "https://inscription.example.org"
    assert (stored.contact_nom_prenom, stored.telephone, stored.courriel) == (
        "Camille Martin",
        "0612345678",
        "formation@example.org",
    )
    assert (stored.latitude, stored.longitude) == (43.8367, 4.3601)
    assert stored.lien_source == "https://example.org/fiche-cariste"


def test_a_session_can_be_removed_and_every_new_control_is_named(qtbot, desk):
    dialog = open_editor(qtbot, desk, "cariste")
    form = dialog.form
    sessions = form.widgets["sessions"]
    sessions.remove_session(0)
    assert sessions.count() == 0 and not sessions.empty.isHidden()
    for name in ("sessions", "modes_mobilisation", "mobilisable_par", "latitude", "lien_source"):
        assert form.widgets[name].accessibleName()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is None)
    with desk.services.db.session() as session:
        assert catalogue.get_service(session, "t--cariste").sessions is None


def test_structure_form_edits_contacts_hours_and_siret(qtbot, desk):
    search(qtbot, desk, "permis")
    desk.window.search.select_row(0)
    desk.window.act_edit_structure.trigger()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is not None)
    dialog = desk.catalogue.dialog
    form = dialog.form
    form.set_value("siret", "123")
    assert form.messages["siret"].text() == "⚠ SIRET : 14 chiffres."
    form.set_value("site_web", "garage")
    assert form.messages["site_web"].isVisibleTo(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    form.set_value("siret", "123 456 789 00012")
    form.set_value("site_web", "https://garage.example.org")
    form.set_value("telephone", "04 66 00 00 20")
    form.set_value("courriel", "garage@example.org")
    form.set_value("accessibilite_lieu", "https://acceslibre.beta.gouv.fr/garage")
    form.set_value("horaires_accueil", "Mo-Fr 08:30-12:00")
    from app.core.hours import describe_hours

    previews = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.accessibleName() == "Horaires en clair"
    ]
    assert previews == [describe_hours("Mo-Fr 08:30-12:00")]
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.catalogue.dialog is None)
    with desk.services.db.session() as session:
        structure = catalogue.get_structure(session, "t--roue")
    assert (structure.siret, structure.site_web, structure.telephone) == (
        "12345678900012",
        "https://garage.example.org",
        "0466000020",
    )
    assert structure.courriel == "garage@example.org"
    assert structure.horaires_accueil == "Mo-Fr 08:30-12:00"
