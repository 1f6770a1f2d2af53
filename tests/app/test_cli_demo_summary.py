"""`styringsdialog demo` says what it made in bokmål, and its leaders and vacancies are the ones the
Oversikt and the reorganisation's 0-alternative show for the same day."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.org import reorganisation
from app.overview import overview
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY
from ui.main import main

ENGLISH = re.compile(r"\b(units?|result|people|leaders?|vacanc\w*|agreements?|meetings?|action|items?|budget|"
                     r"lines?|kostra codes)\b")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.mark.sqlite_only
def test_the_demo_summary_is_bokmal_and_counts_the_leaders_the_overview_counts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sdb"
    code, out = run(capsys, "demo", "--db", str(path), "--today", DEMO_TODAY.isoformat())
    assert code == 0
    line = out.strip()
    assert line.startswith(f"Demokommunen er laget i {path}: ")
    figures = line.split(": ", 1)[1]
    assert not ENGLISH.search(figures), figures
    said = {words: int(number.replace("\u00a0", "")) for number, words in
            (re.match(r"([\d\u00a0]+) (.+)", part).groups() for part in figures.split(", "))}  # type: ignore[union-attr]
    assert said["enheter"] == 38 and said["resultatenheter"] == 30
    db = open_database(path)
    try:
        shown = db.run(overview, DEMO_TODAY)

        def zero_alternative_leaders(s) -> int:  # type: ignore[no-untyped-def]
            project = reorganisation.create_project(s, "Omorganisering 2027")
            return reorganisation.compare_alternatives(s, project.id, DEMO_TODAY).columns[0].leaders

        zero = db.run(zero_alternative_leaders)
    finally:
        db.close()
    # «35 ledere i stilling» in the command, on Oversikt and as «Ledere» in the 0-alternative.
    assert said["ledere i stilling"] == shown.leaders == zero == 35
    assert said["ledige lederstillinger"] == shown.vacancies == 2
    assert said["enheter"] == shown.units and said["resultatenheter"] == shown.result_units
    # The demo counts every agreement row it made; Oversikt each of this year's agreements once.
    assert said["avtaler i alt (alle år og revisjoner)"] == 40 and shown.agreements == 38
    assert re.search(r"\b\d{1,3}\u00a0\d{3} budsjett- og regnskapslinjer", figures)  # grouped as in Norwegian


def test_the_json_keys_stay_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "demo", "--db", str(tmp_path / "d.sdb"), "--today", DEMO_TODAY.isoformat(), "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data) == ["db", "units", "result_units", "people", "leaders", "vacancies", "agreements", "meetings",
                          "action_items", "budget_lines", "kostra_codes"]
    assert data["leaders"] == 35 and data["vacancies"] == 2
