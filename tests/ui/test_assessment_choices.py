"""Walk at 1366×768: the assessment choices read «liten grad (…)» without the scale's number that the
printed agreement and the evaluation talk about («1 – liten grad», «2 – tilfredsstillende», «3 – stor grad»)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox


def test_assessment_choices_show_the_scale_number(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    row = next(i for i, r in enumerate(page.rows) if r.status == "signed" and r.goals)
    page.table.selectRow(row)
    for _ in range(3):
        QApplication.processEvents()
    combos = [c for c in page.editor.findChildren(QComboBox) if "Egenevaluering" in c.accessibleName()
              or "Overordnedes vurdering" in c.accessibleName()]
    assert combos
    for combo in combos:
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert texts[0] == "–"
        assert [t.split(" (")[0] for t in texts[1:]] == ["1 – liten grad", "2 – tilfredsstillende", "3 – stor grad"]
