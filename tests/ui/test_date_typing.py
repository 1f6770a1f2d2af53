"""Date fields take a whole typed date (walk at 1366×768): selecting all of a date field's text and
typing «01.01.2027» gave 07.01.2027, because Qt's date box fills one section at a time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ui.agreements.dialogs import date_edit
from ui.widgets import DateEdit


def _type_over(qtbot: QtBot, edit: DateEdit, text: str) -> None:
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize(("typed", "expected"), [
    ("01.01.2027", QDate(2027, 1, 1)),
    ("15.03.2026", QDate(2026, 3, 15)),
    ("31.12.2028", QDate(2028, 12, 31)),
])
def test_a_whole_typed_date_is_the_date(qtbot: QtBot, typed: str, expected: QDate) -> None:
    edit = date_edit(date(2026, 8, 1))
    qtbot.addWidget(edit)
    edit.show()
    _type_over(qtbot, edit, typed)
    assert edit.date() == expected
    assert edit.text() == typed


def test_a_short_typed_date_is_taken_on_enter(qtbot: QtBot) -> None:
    edit = date_edit(date(2026, 8, 1))
    qtbot.addWidget(edit)
    edit.show()
    _type_over(qtbot, edit, "1.2.2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2027, 2, 1)
    assert edit.text() == "01.02.2027"


def test_a_half_typed_date_leaves_the_old_one(qtbot: QtBot) -> None:
    edit = date_edit(date(2026, 8, 1))
    qtbot.addWidget(edit)
    edit.show()
    _type_over(qtbot, edit, "01.1")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.date() == QDate(2026, 8, 1)
    assert edit.text() == "01.08.2026"



def test_every_date_field_is_the_shared_one() -> None:
    """No window builds a bare QDateEdit: each date field takes a whole typed date."""
    import pathlib
    root = pathlib.Path(__file__).resolve().parents[2] / "ui"
    bare = [str(p) for p in root.rglob("*.py") if "QDateEdit(" in p.read_text(encoding="utf-8")
            and p.name != "widgets.py"]
    assert bare == []


def test_ctrl_a_then_a_typed_date_is_the_date(qtbot: QtBot) -> None:
    """The keyboard's own select-all (walk: «Gjør gjeldende» from 01.01.2027 became 08.12.2026)."""
    edit = date_edit(date(2026, 12, 8))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "01.01.2027")
    assert edit.date() == QDate(2027, 1, 1)
    assert edit.text() == "01.01.2027"
