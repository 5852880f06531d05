"""Building a pathway, printing it, and "Nouveau visiteur" (Ctrl+N) clearing everything."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QKeySequence

from app.ui.pathway_panel import to_qdatetime
from tests.ui.conftest import search
from tests.ui.test_visitor import fill_profile


def add_from_search(qtbot, desk, text: str) -> None:
    search(qtbot, desk, text)
    desk.window.search.select_row(0)
    desk.window.search.add_button.click()


def test_three_step_pathway_with_appointment_and_note(qtbot, desk):
    add_from_search(qtbot, desk, "permis")
    add_from_search(qtbot, desk, "ordinateur")
    # a third step from the matches
    fill_profile(qtbot, desk, needs=("trouver-un-emploi",))
    desk.show_tab(1)
    desk.window.matches.table.selectRow(0)
    first_match = desk.visitor.selected_match_id()
    desk.window.act_add_step.trigger()  # Ctrl+Entrée
    model = desk.pathway.model
    assert model.service_ids() == ["t--permis", "t--numerique", first_match]
    assert desk.window.pathway.state.text() == "3 étapes — fiche pas encore imprimée."
    # appointment and note on step 2
    panel = desk.window.pathway
    panel.select_row(1)
    assert panel.step_box.isEnabled()
    panel.has_appointment.setChecked(True)
    panel.appointment.setDateTime(to_qdatetime(datetime(2026, 12, 3, 9, 30)))
    panel.note.setPlainText("Demander Mme Exemple, apporter un CV.")
    assert model.step(1).rendez_vous == datetime(2026, 12, 3, 9, 30)
    assert model.step(1).note == "Demander Mme Exemple, apporter un CV."
    text = model.data(model.index(1, 0))
    assert "Rendez-vous : jeudi 3 décembre 2026 à 9 h 30" in text
    # reorder: step 2 goes first, keeping its appointment
    panel.up.click()
    assert model.service_ids()[0] == "t--numerique"
    assert model.step(0).rendez_vous == datetime(2026, 12, 3, 9, 30)
    # next appointment and counsellor line
    panel.has_next.setChecked(True)
    panel.next_appointment.setDateTime(to_qdatetime(datetime(2026, 12, 10, 14, 0)))
    panel.counsellor.setText("Claire (fictive), 04 00 00 00 00")
    pathway = desk.pathway.pathway()
    assert [s.service_id for s in pathway.steps] == ["t--numerique", "t--permis", first_match]
    assert pathway.prochain_rdv == datetime(2026, 12, 10, 14, 0)
    assert pathway.conseiller == "Claire (fictive), 04 00 00 00 00"
    assert pathway.profile == {"age": 20, "commune": "30189", "besoins": ["trouver-un-emploi"]}
    # adding a service twice does not duplicate it; removing works
    add_from_search(qtbot, desk, "permis")
    assert model.rowCount() == 3
    panel.select_row(2)
    panel.remove.click()
    assert model.service_ids() == ["t--numerique", "t--permis"]


def test_print_opens_the_sheet_window(qtbot, desk, monkeypatch):
    from app.ui import sheet_dialog

    seen = {}

    def fake_exec(dialog):
        seen["steps"] = [s.service_id for s in dialog._pathway.steps]
        seen["first_name"] = dialog.first_name.text()
        dialog.status.setText("Fiche envoyée à l'imprimante.")
        return 0

    monkeypatch.setattr(sheet_dialog.SheetDialog, "exec", fake_exec)
    add_from_search(qtbot, desk, "permis")
    desk.window.pathway.first_name.setText("Samir")
    assert desk.window.act_print.shortcut() == QKeySequence("Ctrl+P")
    desk.window.act_print.trigger()
    assert seen == {"steps": ["t--permis"], "first_name": "Samir"}
    assert desk.pathway.printed
    assert desk.window.pathway.state.text().startswith("✓ Fiche imprimée")


def test_new_visitor_clears_everything(qtbot, desk, answer_yes):
    fill_profile(qtbot, desk, situations=["rsa"])
    desk.window.pathway.first_name.setText("Samir")
    desk.visitor.matches_view.table.selectRow(0)
    desk.visitor.toggle_pin()
    add_from_search(qtbot, desk, "permis")
    desk.window.filters.families.set_codes(["mobilite"])
    assert desk.window.act_new_visitor.shortcut() == QKeySequence("Ctrl+N")
    desk.window.act_new_visitor.trigger()
    assert answer_yes and "n'a pas été imprimé" in answer_yes[0]
    qtbot.waitUntil(lambda: desk.search.idle and desk.visitor.idle and desk.detail.idle)
    w = desk.window
    assert w.profile.profile_data() == {}
    assert w.profile.commune.text() == "" and w.filters.commune.code() is None
    assert desk.visitor.matches_model.rowCount() == 0
    assert desk.visitor.excluded_model.rowCount() == 0
    assert desk.visitor.curation.is_empty
    assert desk.pathway.model.rowCount() == 0
    assert w.pathway.first_name.text() == ""
    assert w.search.field.text() == "" and w.filters.families.codes() == []
    assert desk.search.model.rowCount() == 10
    assert w.detail.details is None


def test_new_visitor_can_be_refused_when_not_printed(qtbot, desk, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    add_from_search(qtbot, desk, "permis")
    assert desk.new_visitor() is False
    assert desk.pathway.model.rowCount() == 1


def test_pathway_model_passes_the_model_tester(qtbot, qtmodeltester, desk):
    add_from_search(qtbot, desk, "permis")
    add_from_search(qtbot, desk, "ordinateur")
    qtmodeltester.check(desk.pathway.model)
    assert desk.pathway.model.move(0, 1) == 1
    qtmodeltester.check(desk.pathway.model)


def test_the_visit_that_ends_leaves_an_anonymous_trace(qtbot, desk, answer_yes):
    from app.core.privacy.visits import visit_stats

    desk.new_visitor()  # nothing looked for yet: no trace
    fill_profile(qtbot, desk, age=20, needs=("mobilite", "sante"))
    desk.new_visitor()
    qtbot.waitUntil(lambda: not desk.services.tasks.busy)
    with desk.services.db.session() as session:
        stats = visit_stats(session)
    assert stats.total == 1
    assert stats.by_commune == {"30189": 1}
    assert stats.unmet_by_need == {"sante": 1}
