"""The first start's welcome: what it says, the example folder, and «Ny database …» leading on
to Fil → Ny database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.demo.examples import EXAMPLES_DIR_NAME, copy_examples
from app.paths import DATA_DIR_ENV
from ui.welcome import WelcomeDialog


def test_the_welcome_says_what_the_demo_is_and_how_to_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = copy_examples(tmp_path)
    dialog = WelcomeDialog(folder)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "Lindvik kommune" in text and "oppdiktet" in text
    assert "Fil → Ny database" in text and "Importer" in text
    assert str(folder) in text
    assert dialog.examples_button.isEnabled()


def test_without_the_example_folder_its_button_is_off(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.examples_button.isEnabled()
    assert "Eksempelfilene ligger i" not in dialog.text.text()


def test_new_database_in_the_welcome_goes_on_to_fil_ny_database(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    copy_examples(tmp_path)
    asked: list[bool] = []
    monkeypatch.setattr(window, "new_database", lambda: asked.append(True))
    seen: list[WelcomeDialog] = []

    def click_new() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WelcomeDialog)
        seen.append(dialog)
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_new)
    window.act_welcome.trigger()  # Hjelp → Kom i gang …
    assert seen and seen[0].examples == tmp_path / EXAMPLES_DIR_NAME
    assert asked == [True]


def test_looking_around_leaves_the_database_alone(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    asked: list[bool] = []
    monkeypatch.setattr(window, "new_database", lambda: asked.append(True))

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WelcomeDialog)
        assert dialog.examples is None  # no example folder in this data folder
        qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)
    window.act_welcome.trigger()
    assert asked == []
