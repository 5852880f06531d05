"""The visitor's profile → matches with their criteria, "pourquoi pas ?", pin/hide/move."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.vocab import DIPLOMAS


def matched_ids(desk) -> list[str]:
    model = desk.visitor.matches_model
    return [model.service_id(row) for row in range(model.rowCount())]


def excluded_ids(desk) -> list[str]:
    model = desk.visitor.excluded_model
    return [model.service_id(row) for row in range(model.rowCount())]


def fill_profile(qtbot, desk, *, age=20, commune="Nîmes", needs=("mobilite",), situations=None):
    profile = desk.window.profile
    profile.age.setValue(age)
    profile.commune.setText(commune)
    profile.needs.set_codes(needs)
    if situations is not None:
        if situations:
            profile.situations.set_codes(situations)
        else:
            profile.no_situation.setChecked(True)
    qtbot.waitUntil(lambda: desk.visitor.idle and desk.visitor.result is not None)


def test_profile_gives_matches_with_their_criteria(qtbot, desk):
    assert matched_ids(desk) == []
    assert desk.window.matches.summary.text().startswith("Remplissez le profil")
    fill_profile(qtbot, desk)
    assert desk.window.profile.profile_data() == {
        "age": 20,
        "commune": "30189",
        "besoins": ["mobilite"],
    }
    assert matched_ids(desk) == ["t--permis", "t--garage"]
    assert desk.window.matches.summary.text().startswith("2 services adaptés.")
    model = desk.visitor.matches_model
    assert model.data(model.index(0, 3)) == "88 / 100"
    assert model.data(model.index(0, 4)) == "5,3 km"
    assert "✓" in model.data(model.index(0, 5)) and "✗ 1" in model.data(model.index(0, 5))
    # choosing a match shows each criterion: symbol, word and sentence (never colour alone)
    desk.show_tab(1)
    desk.window.matches.table.selectRow(0)
    qtbot.waitUntil(lambda: desk.detail.idle and desk.window.detail.details is not None)
    detail = desk.window.detail.text()
    assert "Pour ce visiteur" in detail and "Permis de conduire accompagné" in detail
    assert "✓ Oui — Âge : 20 ans : dans la tranche 18–30 ans" in detail
    assert "✗ Non — Coût : Payant : voir le coût avec le service" in detail
    desk.window.matches.table.selectRow(1)
    qtbot.waitUntil(
        lambda: desk.detail.idle and desk.window.detail.details.service_id == "t--garage"
    )
    assert "? À vérifier — Situation demandée" in desk.window.detail.text()


def test_why_not_lists_excluded_services_with_reasons(qtbot, desk):
    fill_profile(qtbot, desk, age=40, situations=[])
    assert matched_ids(desk) == []
    assert sorted(excluded_ids(desk)) == ["t--garage", "t--permis"]
    model = desk.visitor.excluded_model
    row = model.row_of("t--permis")
    assert model.data(model.index(row, 3)).startswith("✗ 40 ans : réservé aux 18–30 ans")
    desk.show_tab(2)
    desk.window.excluded.table.selectRow(row)
    qtbot.waitUntil(
        lambda: (
            desk.detail.idle
            and getattr(desk.window.detail.details, "service_id", "") == "t--permis"
        )
    )
    assert "✗ Non — Âge : 40 ans : réservé aux 18–30 ans" in desk.window.detail.text()
    assert "2 services proches écartés" in desk.window.excluded.summary.text()


def test_pin_hide_and_reorder(qtbot, desk):
    fill_profile(qtbot, desk, needs=("mobilite", "numerique", "trouver-un-emploi"))
    ranked = matched_ids(desk)
    assert len(ranked) >= 3
    view = desk.window.matches
    last = ranked[-1]
    view.table.selectRow(len(ranked) - 1)
    view.pin.click()
    assert matched_ids(desk)[0] == last
    model = desk.visitor.matches_model
    assert model.data(model.index(0, 6)) == "★ épinglé"
    # hide the second one
    second = matched_ids(desk)[1]
    view.table.selectRow(1)
    view.hide.click()
    assert second not in matched_ids(desk)
    view.show_hidden.setChecked(True)
    row = model.row_of(second)
    assert model.data(model.index(row, 6)) == "masqué"
    view.show_hidden.setChecked(False)
    # move the last one up
    before = matched_ids(desk)
    view.table.selectRow(len(before) - 1)
    view.up.click()
    after = matched_ids(desk)
    assert after[-2] == before[-1] and after[-1] == before[-2]
    # the choices survive a change of the profile
    desk.window.profile.age.setValue(22)
    qtbot.waitUntil(lambda: desk.visitor.idle)
    assert matched_ids(desk)[0] == last and second not in matched_ids(desk)


def test_profile_values_and_unknown_commune(qtbot, desk):
    profile = desk.window.profile
    profile.diploma.setCurrentIndex(list(DIPLOMAS).index("cap-bep") + 1)
    profile.licence.setCurrentIndex(2)  # Non
    profile.distance.setValue(15)
    profile.remote.setCurrentIndex(2)
    profile.constraints.set_codes(["garde-enfants"])
    profile.situations.set_codes(["rsa"])
    assert profile.profile_data() == {
        "situations": ["rsa"],
        "diplome": "cap-bep",
        "mobilite": {"permis_b": False, "distance_max_km": 15},
        "contraintes": ["garde-enfants"],
        "accepte_distance": False,
    }
    profile.no_situation.setChecked(True)
    assert profile.situations.codes() == [] and profile.profile_data()["situations"] == []
    profile.commune.setText("Nimmes")
    desk.visitor.rematch()
    assert profile.error.isVisibleTo(desk.window)
    assert "choisissez une commune" in profile.error.text()


def test_matches_models_pass_the_model_tester(qtbot, qtmodeltester, desk):
    fill_profile(qtbot, desk, needs=("mobilite", "numerique"))
    qtmodeltester.check(desk.visitor.matches_model)
    fill_profile(qtbot, desk, age=40, situations=[])
    assert desk.visitor.excluded_model.rowCount() > 0
    qtmodeltester.check(desk.visitor.excluded_model)
    assert desk.visitor.excluded_model.data(
        desk.visitor.excluded_model.index(0, 0), Qt.ItemDataRole.UserRole
    )
