"""The installed program as a user runs it from a terminal, in separate processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.slow  # the whole program in a subprocess: left out of `pytest -m "not slow"`


def styringsdialog(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the console entry point that pip installed next to this Python."""
    exe = Path(sys.executable).with_name("styringsdialog")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.main"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": str(data_dir)}
    return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=120)


def test_demo_screenshot_and_check(tmp_path: Path) -> None:
    db, shot = tmp_path / "x.sdb", tmp_path / "s.png"
    data = tmp_path / "data"
    made = styringsdialog("demo", "--db", str(db), "--today", DEMO_TODAY.isoformat(), data_dir=data)
    assert made.returncode == 0, made.stderr
    shown = styringsdialog("--db", str(db), "--page", "organisasjon", "--screenshot", str(shot), data_dir=data)
    assert shown.returncode == 0, shown.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1200, 780)
    # A real picture of the page, not a blank window: many different colours.
    colours = {image.pixel(x, y) for x in range(0, 1200, 15) for y in range(0, 780, 15)}
    assert len(colours) > 10
    checked = styringsdialog("check", "--db", str(db), "--json", data_dir=data)
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"] is True


def test_first_start_creates_the_default_database_with_the_demo(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shot = tmp_path / "first.png"
    first = styringsdialog("--screenshot", str(shot), data_dir=data)
    assert first.returncode == 0, first.stderr
    default_db = data / "styringsdialog.sdb"
    assert default_db.exists()
    # The example workbooks to try the importers with are there too.
    examples = data / "Eksempelfiler"
    assert {p.name for p in examples.iterdir()} >= {"Enhetsliste Lindvik kommune.xlsx",
                                                     "Regnskap Lindvik kommune 2026.xlsx", "LES MEG.txt"}
    checked = styringsdialog("check", "--json", data_dir=data)
    assert json.loads(checked.stdout)["db"] == str(default_db)
    # The demo is there: a second "demo" into the same file is refused.
    again = styringsdialog("demo", data_dir=data)
    assert again.returncode == 1 and again.stderr.count("\n") == 1


def test_a_file_that_is_no_database_gives_a_clear_message(tmp_path: Path) -> None:
    bogus = tmp_path / "notater.sdb"
    bogus.write_text("dette er ikke en database\n" * 100)
    result = styringsdialog("--db", str(bogus), "--screenshot", str(tmp_path / "x.png"), data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert "ikke en Styringsdialog-database" in result.stderr and "Filen er ikke endret" in result.stderr
    assert bogus.read_text() == "dette er ikke en database\n" * 100
    assert bogus.read_text().startswith("dette er ikke en database")  # untouched
