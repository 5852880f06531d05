"""Search as you type, filters, the results table and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import search, shown_ids


def test_window_opens_on_the_catalogue(desk):
    assert desk.window.status_label.text() == "Catalogue : 11 services"
    # archived services are left out by default
    assert len(shown_ids(desk)) == 10
    assert "t--archive" not in shown_ids(desk)
    assert desk.window.search.count.text() == "10 services trouvés."
    assert not desk.window.banner.isVisible()  # not the sample catalogue


def test_typing_a_query_updates_results(qtbot, desk):
    assert search(qtbot, desk, "permis") == ["t--permis"]
    assert desk.window.search.count.text() == "1 service trouvé."
    model = desk.search.model
    assert model.data(model.index(0, 0)) == "Permis de conduire accompagné"
    assert model.data(model.index(0, 1)) == "Garage solidaire La Roue Libre (fictif)"
    assert model.data(model.index(0, 4)) == "Payant"
    # every letter typed gives a new search; only the latest answer is shown
    field = desk.window.search.field
    field.clear()
    qtbot.keyClicks(field, "ordinateur")
    qtbot.waitUntil(lambda: desk.search.idle and shown_ids(desk) == ["t--numerique"])
    assert search(qtbot, desk, "zzzz") == []
    assert desk.window.search.count.text().startswith("Aucun service ne correspond")


def test_filters_narrow_the_results(qtbot, desk):
    filters = desk.window.filters
    filters.families.set_codes(["mobilite"])
    qtbot.waitUntil(
        lambda: desk.search.idle and sorted(shown_ids(desk)) == ["t--garage", "t--permis"]
    )
    filters.families.set_codes([])
    filters.themes.set_codes(["lecture-ecriture-calcul"])  # a whole category
    qtbot.waitUntil(lambda: desk.search.idle and shown_ids(desk) == ["t--francais"])
    filters.themes.set_codes([])
    filters.frais.set_codes(["payant"])
    qtbot.waitUntil(
        lambda: desk.search.idle and sorted(shown_ids(desk)) == ["t--garage", "t--permis"]
    )
    filters.clear()
    filters.archived.setChecked(True)
    qtbot.waitUntil(lambda: desk.search.idle and "t--archive" in shown_ids(desk))
    model = desk.search.model
    row = model.row_of("t--archive")
    assert model.data(model.index(row, 0)) == "Ancien atelier d'informatique (archivé)"


def test_commune_and_distance(qtbot, desk):
    filters = desk.window.filters
    filters.commune.setText("Alès")
    assert filters.commune.code() == "30007"
    filters.max_distance.setValue(10)
    # from Alès, only the service of Alès is within 10 km (and the one given at a distance);
    # the zones apply too: the Gard-wide services are far, Nîmes-only ones out of zone
    qtbot.waitUntil(
        lambda: desk.search.idle and sorted(shown_ids(desk)) == ["t--ales-emploi", "t--francais"]
    )
    filters.commune.setText("30000")  # a postal code
    assert filters.commune.code() == "30189"
    filters.max_distance.setValue(0)  # "Sans limite"
    desk.window.search.set_sort_code("distance")
    qtbot.waitUntil(
        lambda: (
            desk.search.idle and sorted(shown_ids(desk)[:3]) == ["t--cv", "t--garde", "t--jeunes"]
        )
    )
    model = desk.search.model
    assert model.data(model.index(0, 3)) == "800 m"
    assert model.data(model.index(3, 3)) == "5,3 km"
    assert "t--ales-emploi" not in shown_ids(desk)  # its zone is Alès only


def test_selecting_a_result_shows_its_details(qtbot, desk):
    search(qtbot, desk, "permis")
    desk.window.search.select_row(0)
    qtbot.waitUntil(lambda: desk.detail.idle and desk.window.detail.details is not None)
    text = desk.window.detail.text()
    for expected in (
        "Permis de conduire accompagné",
        "Âge : De 18 à 30 ans.",
        "Du lundi au vendredi : de 9 h à 12 h et de 14 h à 17 h",
        "Pièce d'identité",
        "Mis à jour par la source le 15 septembre 2026.",
    ):
        assert expected in text


def test_results_model_passes_the_model_tester(qtbot, qtmodeltester, desk):
    search(qtbot, desk, "")
    assert desk.search.model.rowCount() == 10
    qtmodeltester.check(desk.search.model)
    assert desk.search.model.data(desk.search.model.index(0, 0), Qt.ItemDataRole.UserRole)


def test_old_information_is_flagged_in_words_and_symbol(qtbot, desk):
    search(qtbot, desk, "métier")
    model = desk.search.model
    row = model.row_of("t--orientation")
    assert model.data(model.index(row, 5)) == "⚠ mai 2024"
    assert (
        model.data(model.index(row, 5), Qt.ItemDataRole.AccessibleTextRole)
        == "mai 2024, à vérifier"
    )
    assert "à vérifier" in model.headerData(
        5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    fresh = model.row_of("t--cariste")
    if fresh is not None:
        assert model.data(model.index(fresh, 5)) == "sept. 2026"
