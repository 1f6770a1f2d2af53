"""Fil → Hent inn fra samling opens where the last package was saved or fetched (the tester's
dialog opened in /root right after «Ta med på samling» had saved beside the database), and the
passphrase box calls a package a package, not a database."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from ui.seminar import actions
from ui.settings import package_folder

pytestmark = pytest.mark.sqlite_only
PASS = "samling-passord-1"


def answer_modals(steps: list[Callable[[QDialog], bool]]) -> list[str]:
    """Play ``steps`` against the modal dialogs as they appear (each until it returns True)."""
    done: list[str] = []
    waited = {"ms": 0}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if steps and isinstance(dialog, QDialog) and dialog.isVisible() and steps[0](dialog):
            steps.pop(0)
            done.append("step")
        waited["ms"] += 20
        if steps and waited["ms"] < 20_000:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return done


def fake_open_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    """The file dialog as the user sees it: where it opens is recorded, ``answer`` is picked."""
    opened_in: list[str] = []

    def get_open_file_name(_parent: Any, _caption: str, folder: str, _filter: str) -> tuple[str, str]:
        opened_in.append(folder)
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    return opened_in


def test_the_package_folder_is_remembered_and_the_box_says_samlingspakken(
        qtbot: Any, window: Any, demo_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing remembered yet: the package is proposed beside the database.
    dialog = actions.package_dialog(window)
    assert dialog is not None
    assert Path(dialog.path.text()).parent == demo_db.path.parent
    stick = tmp_path / "minnepinne"
    stick.mkdir()
    package = stick / "samling-2026-12-07.sdbpkg"
    dialog.path.setText(str(package))
    dialog.tick(dialog.units, [dialog.units.item(0).text()])
    dialog.passphrase.setText(PASS)
    dialog.repeated.setText(PASS)
    assert actions.create_from_dialog(window, dialog) is not None and package.is_file()
    assert package_folder() == stick

    # Hent inn fra samling opens where the package was saved; the box names it a samlingspakke.
    opened_in = fake_open_dialog(monkeypatch, package)
    seen: dict[str, str] = {}

    def wrong_then_cancel(box: QDialog) -> bool:
        if not box.error.isVisible():  # type: ignore[attr-defined]
            seen["title"], seen["intro"] = box.windowTitle(), box.intro.text()  # type: ignore[attr-defined]
            box.edit.setText("ikke-passordet")  # type: ignore[attr-defined]
            box.ok.click()  # type: ignore[attr-defined]
            return False
        seen["error"] = box.error.text()  # type: ignore[attr-defined]
        box.reject()
        return True

    done = answer_modals([wrong_then_cancel])
    actions.bring_home(window)
    assert done == ["step"]
    assert opened_in == [str(stick)]
    assert seen["title"] == "Kryptert samlingspakke"
    assert seen["intro"].startswith("Samlingspakken «samling-2026-12-07.sdbpkg» er kryptert")
    assert "database" not in seen["intro"].lower()
    assert seen["error"].startswith("Feil passord for samlingspakken «samling-2026-12-07.sdbpkg»")
    assert "database" not in seen["error"].lower()

    # A package fetched from another folder makes that the folder for the next package too.
    received = tmp_path / "mottatt"
    received.mkdir()
    copy = Path(shutil.copy(package, received / package.name))
    opened_in = fake_open_dialog(monkeypatch, copy)
    done = answer_modals([lambda box: box.reject() is None])
    actions.bring_home(window)
    assert done == ["step"] and opened_in == [str(stick)]
    assert package_folder() == received
    again = actions.package_dialog(window)
    assert again is not None and Path(again.path.text()).parent == received


def test_a_database_is_still_called_a_database(qtbot: Any, tmp_path: Path) -> None:
    from ui.storage.passphrase_dialog import PassphraseDialog

    box = PassphraseDialog(tmp_path / "kontor.sdb")
    qtbot.addWidget(box)
    assert box.windowTitle() == "Kryptert database"
    assert box.intro.text().startswith("Databasen «kontor.sdb» er kryptert")
