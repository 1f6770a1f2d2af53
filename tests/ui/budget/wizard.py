"""The budget import wizard opened on a file, as the tests of tests/ui/budget use it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import DEMO_TODAY
from ui.budget.import_wizard import BudgetImportDialog
from ui.store import Store


def open_wizard(qtbot: QtBot, store: Store, path: Path) -> BudgetImportDialog:
    """The wizard on ``path``, shown and exposed, with the demo municipality's day as today."""
    dialog = BudgetImportDialog(store, path, DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
