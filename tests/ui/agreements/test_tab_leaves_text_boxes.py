"""Walk at 1366×768 (Avtaler → Avslutt evaluering): Tab in «Oppsummering» wrote a tab into the
summary instead of going on to OK, so Tab, Enter added a line and the dialog stayed open. Every
text box of the agreement dialogs now lets Tab move on, as the rest of the program does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.agreements.dialogs import SummaryDialog


def test_tab_then_enter_in_the_summary_finishes_the_evaluation(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SummaryDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "God start på målet.")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Tab)
    assert dialog.summary.toPlainText() == "God start på målet."
    assert not dialog.summary.hasFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


def test_no_text_box_in_the_agreement_screens_swallows_tab() -> None:
    """Every QPlainTextEdit made in ui/agreements says what Tab does."""
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[3] / "ui" / "agreements"
    for path in root.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        made = re.findall(r"(\S+) = QPlainTextEdit\(", source)
        for name in made:
            assert f"{name}.setTabChangesFocus(True)" in source, f"{path.name}: {name}"
