"""The Målekart page's tabs and dialogs at 1366×768 (screenshots in artifacts/screenshots): every tab
and dialog fits the laptop's screen."""

from __future__ import annotations

from tests.ui.conftest import save_screenshot


def test_tabs_and_dialogs_fit_a_laptop_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.scorecard.dialogs import IndicatorDialog, UnitScorecardDialog
    from ui.scorecard.import_dialog import ImportValuesDialog

    window.resize(1366, 768)
    window.show_page("malekart")
    page = window.page_widgets["malekart"]
    for i, name in enumerate(("kommunen", "enhet", "registrer", "balanse", "indikatorer")):
        page.tabs.setCurrentIndex(i)
        save_screenshot(window, f"malekart-{name}-1366x768")
    row = page.data.indicators[0]
    for name, dialog in (("indikator", IndicatorDialog(page.store, page, indicator=row)),
                         ("enhetens-malekart", UnitScorecardDialog(page.store, page.data.units[0], page)),
                         ("import", ImportValuesDialog(page.store, page))):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.height() <= 768 - 60 and dialog.width() <= 1366, name  # room for the taskbar
        save_screenshot(dialog, f"malekart-dialog-{name}")
        dialog.close()
