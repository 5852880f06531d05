"""Pins, hidden services and manual order over a ranking."""

from __future__ import annotations

from app.core.desk.curation import Curation

RANKED = ["a", "b", "c", "d", "e"]


def test_untouched_curation_keeps_the_ranking():
    assert Curation().arrange(RANKED) == RANKED


def test_pinned_first_in_pin_order_and_hidden_left_out():
    curation = Curation()
    assert curation.toggle_pin("d") is True
    curation.toggle_pin("b")
    assert curation.toggle_hidden("c") is True
    assert curation.arrange(RANKED) == ["d", "b", "a", "e"]
    assert curation.arrange(RANKED, show_hidden=True) == ["d", "b", "a", "c", "e"]
    assert curation.toggle_hidden("c") is False
    assert curation.toggle_pin("d") is False
    assert curation.arrange(RANKED) == ["b", "a", "c", "d", "e"]


def test_hiding_a_pinned_service_unpins_it():
    curation = Curation()
    curation.toggle_pin("a")
    curation.toggle_hidden("a")
    assert not curation.is_pinned("a")
    assert curation.arrange(RANKED) == ["b", "c", "d", "e"]


def test_moves_stay_when_the_ranking_changes():
    curation = Curation()
    shown = curation.arrange(RANKED)
    assert curation.move("d", -1, shown)
    assert curation.arrange(RANKED) == ["a", "b", "d", "c", "e"]
    # a new ranking (the profile changed): the moved order holds, newcomers follow
    assert curation.arrange(["e", "d", "c", "b", "a", "f"]) == ["a", "b", "d", "c", "e", "f"]


def test_a_move_never_crosses_the_pinned_block_nor_the_ends():
    curation = Curation()
    curation.toggle_pin("c")
    shown = curation.arrange(RANKED)  # c, a, b, d, e
    assert not curation.move("a", -1, shown)
    assert not curation.move("c", -1, shown)
    assert not curation.move("e", 1, shown)
    assert not curation.move("zz", 1, shown)
    curation.toggle_pin("e")
    shown = curation.arrange(RANKED)  # c, e, a, b, d
    assert curation.move("e", -1, shown)
    assert curation.arrange(RANKED) == ["e", "c", "a", "b", "d"]


def test_clear_forgets_everything():
    curation = Curation()
    curation.toggle_pin("a")
    curation.toggle_hidden("b")
    curation.move("d", -1, curation.arrange(RANKED))
    curation.clear()
    assert curation.is_empty
    assert curation.arrange(RANKED) == RANKED


def test_distances_and_dates_in_french():
    from datetime import date, datetime

    from app.core.desk.wording import age_of, french_date, french_datetime, kilometres

    assert [kilometres(v) for v in (0.01, 0.42, 3.24, 27.6)] == [
        "moins de 100 m",
        "400 m",
        "3,2 km",
        "28 km",
    ]
    assert kilometres(0.01, short=True) == "< 100 m"
    assert french_date(date(2026, 3, 1)) == "1er mars 2026"
    assert french_datetime(datetime(2026, 12, 3, 9, 30)) == "jeudi 3 décembre 2026 à 9 h 30"
    assert french_datetime(datetime(2026, 12, 3, 14, 0)) == "jeudi 3 décembre 2026 à 14 h"
    assert age_of(date(2024, 1, 15), date(2026, 3, 1)) == "il y a 2 ans"
    assert age_of(date(2026, 2, 15), date(2026, 3, 1)) == "ce mois-ci"
