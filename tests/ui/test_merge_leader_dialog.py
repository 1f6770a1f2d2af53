"""«Slå sammen enheter» on the org page: the dialog lists the leaders of the checked units (the first
unit's first), the one picked stays leader of the merged unit, and undo puts both units back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Person, Position, PositionRole, Unit
from ui.org import commands
from ui.org.chart_view import mark_text
from ui.org.merge_dialog import MergeDialog

EFFECTIVE = date(2026, 12, 1)


def test_merge_dialog_keeps_the_leader_picked(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    dialog = page.open_reorganisation()
    qtbot.addWidget(dialog)
    dialog.create_project("Omorganisering 2027")
    alt1 = dialog.add_alternative()
    dialog.alternatives.setCurrentRow(1)
    dialog.show_chart.click()
    assert page.version_id == alt1
    ids = {r.name: r.id for r in page.rows.values()}
    with demo_db.session() as s:
        tusenfryd_leader = s.scalar(select(Position.person_id).where(Position.unit_id == ids["Tusenfryd barnehage"],
                                                                     Position.role == PositionRole.LEADER))
    seen: dict[str, object] = {}

    def pick(self: MergeDialog) -> int:
        for i in range(self.units.count()):
            item = self.units.item(i)
            if item.text() in ("Solsikken barnehage", "Tusenfryd barnehage"):
                item.setCheckState(Qt.CheckState.Checked)
        seen["leaders"] = [self.leader.itemText(i) for i in range(self.leader.count())]
        seen["default"] = self.leader.currentText()
        self.name.setText("Sentrum barnehager")
        self.date.setDate(EFFECTIVE)
        self.leader.setCurrentIndex(1)
        seen["picked"] = self.leader_person_id()
        return MergeDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", pick)
    page.selected = None
    assert page.merge_units()
    leaders = seen["leaders"]
    assert isinstance(leaders, list) and len(leaders) == 2
    assert leaders[0].endswith("(Solsikken barnehage)") and leaders[1].endswith("(Tusenfryd barnehage)")
    assert seen["default"] == leaders[0]
    with demo_db.session() as s:
        merged = s.scalars(select(Unit).where(Unit.org_version_id == alt1, Unit.name == "Sentrum barnehager")).one()
        staying = set(s.scalars(select(Position.person_id).where(
            Position.unit_id == merged.id, Position.role == PositionRole.LEADER,
            (Position.end_date.is_(None)) | (Position.end_date >= EFFECTIVE))))
    assert staying == {seen["picked"]} and seen["picked"] == tusenfryd_leader
    window.undo_stack.undo()
    assert {"Solsikken barnehage", "Tusenfryd barnehage"} <= {r.name for r in page.rows.values()}

    # Brekka skole given to another kommunalsjef: its box carries «Ny kommunalsjef».
    brekka = ids["Brekka skole"]
    with demo_db.session() as s:
        olsen = next(p for p in s.scalars(select(Person)) if p.full_name == "Inger Olsen")
    assert page.push(commands.SetFollowUpLead(page.store, brekka, olsen.id, EFFECTIVE, "Brekka skole"))
    page.refresh()
    assert page.chart.marks[brekka] == "follow_up"
    assert mark_text("follow_up") == "Ny kommunalsjef"


def test_merge_dialog_without_leaders_says_vacant(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MergeDialog([], None, EFFECTIVE)
    qtbot.addWidget(dialog)
    assert dialog.leader.count() == 1 and not dialog.leader.isEnabled()
    assert dialog.leader_person_id() is None
