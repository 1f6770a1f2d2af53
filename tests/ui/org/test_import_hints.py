"""The org import dialog turns the importer's hints into its own controls: no command-line flags,
the focus on the column choice, the root name or the version name that deals with the problem."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from app.io import read_table
from db.models import OrgVersion, Unit
from ui.org.import_dialog import ImportDialog


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _problems(dialog: ImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_a_missing_column_points_at_its_column_choice_without_flags(qtbot, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.store import Store

    path = _workbook(tmp_path / "betegnelse.xlsx", [
        ["Nummer", "Overordnet", "Betegnelse"], ["1", "", "Rådmannen"], ["2", "1", "Vollan skole"]])
    dialog = ImportDialog(Store(demo_db), path, read_table(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = _problems(dialog)
    assert any("Fant ingen kolonne for navn" in p for p in problems)
    assert not any("--" in p for p in problems)  # nothing to type on a command line
    # The dialog points at the column that is probably the name: the one not in use.
    assert dialog.mapping.currentRow() == 2
    combo = dialog.mapping.cellWidget(2, 1)
    assert dialog.focusWidget() is combo  # the control the message is about
    # The user picks «Navn» there and checks again: the file is ready.
    combo.setCurrentIndex(combo.findData("name"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled(), _problems(dialog)


def test_a_taken_version_name_puts_the_focus_on_the_version_name(  # type: ignore[no-untyped-def]
    qtbot, demo_db, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.store import Store

    shown: list[str] = []
    monkeypatch.setattr("ui.org.import_dialog.show_user_error", lambda _parent, err: shown.append(str(err)))
    path = _workbook(tmp_path / "enheter.xlsx", [["Id", "Overordnet", "Navn"], ["1", "", "Rådmannen"]])
    with demo_db.session() as s:
        taken = s.scalar(select(OrgVersion.name).limit(1))
        before = s.scalar(select(func.count()).select_from(Unit))
    dialog = ImportDialog(Store(demo_db), path, read_table(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.version_name.setText(taken)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown and "finnes allerede" in shown[0] and "--" not in shown[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.focusWidget() is dialog.version_name  # the control the message is about
    assert dialog.version_name.selectedText() == taken
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == before
