"""Walk at 1366×768 (Avtaler → Maler …): the template list showed «Lederavtale for enhetsleder
(result…» behind a horizontal scroll bar. The names now wrap, and each is shown whole."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.agreements.template_editor import TemplateEditor
from ui.store import Store


def test_every_template_name_is_shown_whole(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    dialog = TemplateEditor(Store(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = dialog.templates
    assert names.count() > 5
    metrics = names.fontMetrics()
    for row in range(names.count()):
        item = names.item(row)
        rect = names.visualItemRect(item)
        assert rect.right() <= names.viewport().width(), item.text()
        needed = metrics.boundingRect(0, 0, rect.width() - 4, 1000, Qt.TextFlag.TextWordWrap, item.text())
        assert needed.height() <= rect.height(), item.text()
