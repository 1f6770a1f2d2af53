"""Fil → Gjenopprett, and the automatic backups the window takes on close and after open."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.storage.backup import automatic_backup, list_backups, load_keep
from db.models import Municipality


def rename_municipality(window, name: str) -> None:  # type: ignore[no-untyped-def]
    """An edit made in the window (through the store, as every page does)."""
    def rename(session) -> None:  # type: ignore[no-untyped-def]
        session.scalar(select(Municipality)).name = name
    window.store.run(rename)


def subtitle(window) -> str:  # type: ignore[no-untyped-def]
    window.show_page("oversikt")
    return window.page_widgets["oversikt"].subtitle.text()


def run_dialog(monkeypatch: pytest.MonkeyPatch, act) -> list:  # type: ignore[no-untyped-def]
    """Replace the restore dialog's modal loop by ``act(dialog)``; returns the dialogs shown."""
    from ui.storage.backup_dialog import RestoreDialog

    shown: list = []

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        shown.append(dialog)
        dialog.show()
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    return shown


def test_restore_from_the_list_brings_back_the_data(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.storage.backup_dialog

    original = subtitle(window)
    assert "Lindvik" in original
    first = automatic_backup(demo_db.path, "close")
    rename_municipality(window, "Endret kommune")
    assert "Endret kommune" in subtitle(window)
    newest = automatic_backup(demo_db.path, "close")
    assert first is not None and newest is not None

    def pick_the_older(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.list.topLevelItemCount() == 2
        assert dialog.list.topLevelItem(0).text(2) == newest.path.name  # newest first
        assert dialog.list.topLevelItem(1).text(1).endswith("MB")
        rect = dialog.list.visualItemRect(dialog.list.topLevelItem(1))
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    run_dialog(monkeypatch, pick_the_older)
    asked: list[tuple[Path, Path]] = []
    monkeypatch.setattr(ui.storage.backup_dialog, "confirm_restore",
                        lambda _parent, backup, target: asked.append((backup, target)) or True)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window.undo_stack.push(_Marker())
    window.act_restore.trigger()

    assert asked == [(first.path, demo_db.path)]
    assert "Endret kommune" not in subtitle(window)
    assert subtitle(window) == original
    assert len(told) == 1 and "før-gjenoppretting" in told[0]
    kept = list(demo_db.path.parent.glob("demo.før-gjenoppretting-*.sdb"))
    assert len(kept) == 1 and str(kept[0]) in told[0]
    assert window.undo_stack.count() == 0  # edits of the replaced database cannot be undone into this one
    assert window.store.db.path == demo_db.path and str(demo_db.path) in window.windowTitle()


def test_a_refused_backup_changes_nothing_and_the_window_goes_on(  # type: ignore[no-untyped-def]
        qtbot, window, demo_db, monkeypatch, tmp_path) -> None:
    import ui.main_window
    import ui.storage.backup_dialog

    not_a_db = tmp_path / "regneark.sdb"
    not_a_db.write_bytes(b"PK\x03\x04" + b"x" * 5000)
    rename_municipality(window, "Levende kommune")
    monkeypatch.setattr(ui.storage.backup_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_a_db), ""))
    run_dialog(monkeypatch, lambda dialog: qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton))
    monkeypatch.setattr(ui.storage.backup_dialog, "confirm_restore", lambda *_a: True)
    errors: list[str] = []
    monkeypatch.setattr(ui.main_window, "show_user_error", lambda _p, err: errors.append(str(err)))
    demo_db.engine.dispose()  # so the file on disk holds every change before it is compared
    before = hashlib.sha256(demo_db.path.read_bytes()).hexdigest()
    window.act_restore.trigger()
    assert len(errors) == 1 and "ikke en Styringsdialog-database" in errors[0] and str(not_a_db) in errors[0]
    assert hashlib.sha256(demo_db.path.read_bytes()).hexdigest() == before
    assert list(demo_db.path.parent.glob("*.før-gjenoppretting-*")) == []
    rename_municipality(window, "Fortsatt i bruk")  # the database is still open and writable
    assert "Fortsatt i bruk" in subtitle(window)


def test_no_is_the_end_of_it(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    automatic_backup(demo_db.path, "close")
    rename_municipality(window, "Ikke rørt")
    run_dialog(monkeypatch, lambda dialog: qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton))

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    window.act_restore.trigger()
    assert len(asked) == 1 and str(demo_db.path) in asked[0] and "før-gjenoppretting" in asked[0]
    assert "Ikke rørt" in subtitle(window)
    assert list(demo_db.path.parent.glob("*.før-gjenoppretting-*")) == []


def test_how_many_to_keep_is_set_in_the_dialog(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def set_four(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.keep.value() == 10
        dialog.keep.selectAll()
        qtbot.keyClicks(dialog.keep, "4")
        dialog.reject()

    shown = run_dialog(monkeypatch, set_four)
    window.act_restore.trigger()
    assert shown and shown[0].empty.isVisibleTo(shown[0])  # no automatic backups yet: says so
    assert window.store.read(load_keep) == 4
    for _ in range(6):
        automatic_backup(demo_db.path, "close")
    assert len(list_backups(demo_db.path)) == 4


def test_closing_after_a_change_takes_a_backup_and_waits_for_it(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    rename_municipality(window, "Lukket med endring")
    window.close()
    backups = list_backups(demo_db.path)
    assert len(backups) == 1 and not window._backup_jobs  # done before close() returned
    import sqlite3

    con = sqlite3.connect(f"file:{backups[0].path}?mode=ro", uri=True)
    assert con.execute("SELECT name FROM municipality").fetchone() == ("Lukket med endring",)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_closing_without_changes_takes_no_backup(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window.close()
    assert list_backups(demo_db.path) == []


def test_the_first_open_of_a_day_takes_a_backup_in_the_background(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window.start_daily_backup()
    qtbot.waitUntil(lambda: not window._backup_jobs, timeout=10000)
    assert len(list_backups(demo_db.path)) == 1
    assert "Automatisk sikkerhetskopi tatt" in window.statusBar().currentMessage()
    window.start_daily_backup()  # the same day again: nothing new
    qtbot.waitUntil(lambda: not window._backup_jobs, timeout=10000)
    assert len(list_backups(demo_db.path)) == 1


class _Marker:
    """Stands in for an edit on the undo stack."""

    def __new__(cls):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QUndoCommand

        return QUndoCommand("endring")
