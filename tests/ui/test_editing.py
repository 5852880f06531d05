"""Catalogue editing in the window: validation as you type, nothing saved while wrong."""

from __future__ import annotations

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
