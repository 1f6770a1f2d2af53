"""The command line speaks bokmål in its plain text, argparse's own words included: «bruk:», «valg:»,
«feil: dette må oppgis: …» (the --json keys stay English, as the contract says)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.cli_support import bokmal_message
from ui.main import main

ENGLISH = re.compile(r"\b(usage|options|positional arguments|show this help|error|required|invalid choice|"
                     r"unrecognized|expected|choose from|not allowed|version number)\b", re.IGNORECASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", [["--help"], ["budget", "summary", "--help"], ["malekart", "--help"],
                                  ["backup", "--help"], ["package", "info", "--help"]])
def test_help_is_bokmal(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out.startswith("bruk: styringsdialog")
    assert "valg:" in out and "-h, --help" in out and "vis denne hjelpen og avslutt" in out
    assert not ENGLISH.search(out), ENGLISH.search(out)


@pytest.mark.parametrize(("argv", "said"), [
    (["malekart", "summary"], "styringsdialog malekart summary: feil: dette må oppgis: --year"),
    (["tull"], "styringsdialog: feil: argument KOMMANDO: ugyldig valg: 'tull' (velg blant 'demo', "),
    (["check", "--foo"], "styringsdialog: feil: ukjente argumenter: --foo"),
    (["backup", "--list", "--keep", "3"], "styringsdialog backup: feil: argument --keep: kan ikke brukes sammen "
                                          "med --list"),
    (["malekart", "summary", "--year"], "styringsdialog malekart summary: feil: argument --year: mangler en verdi"),
    (["demo", "--today", "2026-13-01"], "styringsdialog demo: feil: argument --today: ugyldig verdi: '2026-13-01'"),
])
def test_argument_errors_are_bokmal(capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str],
                                    said: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("bruk: styringsdialog")
    assert said in err
    assert not ENGLISH.search(err), ENGLISH.search(err)
    assert not (tmp_path / "demo.sdb").exists()


def test_our_own_messages_pass_unchanged() -> None:
    text = "argument --size: «9x9» er for lite eller for stort; bruk mellom 200 og 10000 piksler."
    assert bokmal_message(text) == text
