from __future__ import annotations

import pytest

from app.core.cli import build_parser, main


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "x.sqlite", "catalogue", "stats"],
        ["catalogue", "stats", "--db", "x.sqlite"],
    ],
)
def test_db_option_is_kept_before_or_after_the_command(argv):
    args = build_parser().parse_args(argv)
    assert args.db == "x.sqlite"


def test_db_option_defaults_to_none():
    assert build_parser().parse_args(["catalogue", "stats"]).db is None


def test_help_and_errors_speak_french(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["commande-inconnue"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "choix invalide" in err and "utilisation" in err
    assert "usage" not in err and "error" not in err
