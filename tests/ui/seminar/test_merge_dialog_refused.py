"""Fil → Hent inn fra samling: what the office cannot take is shown greyed out and cannot be
ticked, what stays in the package is listed, and «Hent inn» writes exactly what the preview said."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.seminar.package import Selection
from app.seminar.service import make_package
from app.storage.database import open_database
from db.models import Unit
from tests.conftest import DEMO_TODAY
from ui.seminar import actions

pytestmark = pytest.mark.sqlite_only
PASS = "samling-passord-1"


def move(path: Path, child: str, parent: str, passphrase: str | None = None) -> None:
    db = open_database(path, passphrase=passphrase)
    try:
        with db.session() as session:
            units = {u.name: u for u in session.scalars(select(Unit))}
            units[child].parent_id = units[parent].id
    finally:
        db.close()


def test_a_refused_move_cannot_be_ticked_and_is_not_written(qtbot: Any, demo_path: Path, tmp_path: Path) -> None:
    from ui.main_window import MainWindow
    from ui.store import Store

    db = open_database(demo_path)
    package = make_package(db, tmp_path / "samling.sdbpkg", PASS, Selection()).path
    db.close()
    move(package, "IKT", "Økonomi", PASS)
    move(Path(demo_path), "Økonomi", "IKT")
    db = open_database(demo_path)
    window = MainWindow(DEMO_TODAY, "nb", Store(db))
    qtbot.addWidget(window)
    try:
        dialog = actions.merge_dialog(window, actions.preview(window, package, PASS))
        qtbot.addWidget(dialog)
        assert list(dialog.refused) and dialog.items == {}
        [item] = dialog.refused.values()
        assert item.text(0) == "endret enhet «IKT»" and "sløyfe" in item.text(1)
        assert item.checkState(0) == Qt.CheckState.Unchecked
        assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable and not item.flags() & Qt.ItemFlag.ItemIsEnabled
        assert dialog.ok.isEnabled()
        result = actions.merge_from_dialog(window, dialog, PASS)
        assert result is not None and result.written == 0 and len(result.refused) == 1
        assert window.statusBar().currentMessage() == (
            "Samlingspakken er hentet inn: 0 rader, 0 nye oppfølgingspunkter. 1 endring som ikke kunne hentes inn, "
            "er utelatt (som forhåndsvisningen viste).")
        with db.session() as session:
            units = {u.name: u for u in session.scalars(select(Unit))}
            assert units["IKT"].parent_id != units["Økonomi"].id
    finally:
        window.close()
        db.close()


def test_what_stays_in_the_package_is_listed(qtbot: Any, demo_path: Path, tmp_path: Path) -> None:
    from db.models import BudgetSet
    from ui.main_window import MainWindow
    from ui.store import Store

    db = open_database(demo_path)
    package = make_package(db, tmp_path / "samling.sdbpkg", PASS, Selection()).path
    db.close()
    pkg = open_database(package, passphrase=PASS)
    try:
        with pkg.session() as session:
            session.add(BudgetSet(name="Samlingens budsjett", kind="budsjett", year=2027))
    finally:
        pkg.close()
    db = open_database(demo_path)
    window = MainWindow(DEMO_TODAY, "nb", Store(db))
    qtbot.addWidget(window)
    try:
        dialog = actions.merge_dialog(window, actions.preview(window, package, PASS))
        qtbot.addWidget(dialog)
        assert not dialog.left_behind.isHidden()
        assert ("Budsjettsettet «Samlingens budsjett» (0 linjer) blir ikke hentet inn: budsjetter hentes fra "
                "økonomisystemet på kontoret") in dialog.left_behind.text()
    finally:
        window.close()
        db.close()
