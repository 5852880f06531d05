from __future__ import annotations

import re

import pytest

from app.core.errors import UserError
from app.core.jsonfile import read_json_file


def test_reads_json_with_or_without_bom(tmp_path):
    path = tmp_path / "p.json"
    path.write_bytes(b'\xef\xbb\xbf{"age": 19}')
    assert read_json_file(path, "fichier de profil") == {"age": 19}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "n'existe pas"),
        (b'{"age": 19,', "n'est pas un JSON valide (ligne 1"),
        ("é".encode("latin-1"), "n'est pas un texte UTF-8"),
        (b"[" * 100_000, "trop imbriqué"),
    ],
)
def test_every_problem_is_a_french_message_naming_the_file(tmp_path, content, message):
    path = tmp_path / "parcours.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError, match=re.escape(message)) as error:
        read_json_file(path, "fichier de parcours")
    assert "fichier de parcours" in str(error.value) and "parcours.json" in str(error.value)


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(UserError, match="est un dossier"):
        read_json_file(tmp_path, "fichier de profil")
