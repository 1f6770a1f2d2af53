"""Fil → Hent inn fra samling: the preview window names every kind and field in bokmål."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.storage.database import open_database
from tests.app.seminar.test_preview_labels import PASS, every_kind, unreadable  # noqa: F401 - the fixture
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot
from ui.seminar import actions

pytestmark = pytest.mark.sqlite_only


def test_the_merge_window_shows_no_column_names(qtbot: Any, demo_path: Path,
                                                every_kind: tuple[Path, set[str]]) -> None:  # noqa: F811
    from ui.main_window import MainWindow
    from ui.store import Store

    package, _changed = every_kind
    db = open_database(demo_path)  # opened after the package was made and changed
    window = MainWindow(DEMO_TODAY, "nb", Store(db))
    qtbot.addWidget(window)
    try:
        dialog = actions.merge_dialog(window, actions.preview(window, package, PASS))
        qtbot.addWidget(dialog)
        shown: list[str] = []
        for i in range(dialog.changes.topLevelItemCount()):
            group = dialog.changes.topLevelItem(i)
            shown.append(group.text(0).rsplit(" (", 1)[0])
            for j in range(group.childCount()):
                shown.extend(f.strip() for f in group.child(j).text(1).split(",") if f.strip())
        for row in range(dialog.conflicts.rowCount()):
            shown.append(dialog.conflicts.item(row, 1).text())
        assert {"rekkefølge", "endret enhet", "tekst"} <= set(shown)
        assert [label for label in shown if unreadable(label)] == []
        dialog.resize(1100, 700)
        save_screenshot(dialog, "seminar_merge_dialog_every_kind")
    finally:
        window.close()
        db.close()
