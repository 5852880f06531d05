from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.text import fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nîmes", "nimes"),
        ("NÎMES", "nimes"),
        ("Saint-Gilles", "saint gilles"),
        ("L'Ardoise", "l ardoise"),
        ("Aigues-Mortes", "aigues mortes"),
        ("Demandeurs d’emploi", "demandeurs d emploi"),  # typographic apostrophe
        ("Cœur de ville", "coeur de ville"),
        ("ŒUVRE", "oeuvre"),
        ("Lætitia", "laetitia"),
        ("  Le   Grau-du-Roi  ", "le grau du roi"),
        ("Pont-Saint-Esprit — centre", "pont saint esprit centre"),
        ("Nîmes\u00a0Métropole", "nimes metropole"),  # no-break space
        ("ﬁn", "fin"),  # compatibility ligature
        ("Ça, c'est là !", "ca, c est la !"),  # other punctuation is kept
        ("30000", "30000"),
        ("", ""),
    ],
)
def test_fold_examples(text, expected):
    assert fold(text) == expected


def test_fold_none_is_empty():
    assert fold(None) == ""


def test_fold_matches_names_written_differently():
    assert fold("Saint-Christol-lez-Alès") == fold("saint christol lez ales")
    assert fold("Le Grau-du-Roi") == fold("le grau du roi")


@given(st.text())
def test_fold_is_idempotent_and_normalised(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.strip()
    assert "  " not in folded
    assert "-" not in folded and "'" not in folded and "’" not in folded


FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ -'’"


@given(st.text(alphabet=FRENCH_LETTERS, max_size=40))
def test_fold_ignores_case_and_accents_of_french_text(text):
    folded = fold(text)
    assert fold(text.upper()) == folded
    assert folded.isascii()
