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


def test_a_first_search_on_the_default_database_finds_the_sample_catalogue(capsys):
    """A new user's first command is not `catalogue stats`: every command prepares the base."""
    assert main(["search", "permis", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"exemple-passerelle--' in out
