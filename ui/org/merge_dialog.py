"""«Slå sammen enheter», «Del enhet» and «Flytt flere enheter»: the choices, before the page pushes the
undoable command (``ui.org.commands``)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from app.org.queries import UnitRow
from ui.org.dialogs import date_edit, from_qdate


def _checklist(items: Sequence[tuple[str, object]], checked: set[object] | None = None) -> QListWidget:
    widget = QListWidget()
    for text, data in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked and data in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[object]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class MergeDialog(QDialog):
    """Choose two or more units, the merged unit's name and the date the old ones end."""

    def __init__(self, rows: list[UnitRow], selected: uuid.UUID | None, effective: date,
                 parent: QWidget | None = None,
                 leaders: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] | None = None) -> None:
        super().__init__(parent)
        self.leaders = leaders or {}  # unit id -> its leaders on the date (app.org.restructure.leader_choices)
        self.setWindowTitle(self.tr("Slå sammen enheter"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Personer og stillinger, avtaler, oppfølging, nettverk og ansvarskoder flyttes til "
                               "den nye enheten. De gamle enhetene avsluttes dagen før datoen."))
        intro.setWordWrap(True)
        form.addRow(intro)
        choices = [(r.name, r.id) for r in rows if r.kind not in ("administration", "top_team")]
        self.units = _checklist(choices, {selected} if selected else None)
        self.units.setAccessibleName(self.tr("Enheter som slås sammen"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Navn på den sammenslåtte enheten"))
        self.date = date_edit(effective)
        self.leader = QComboBox()
        self.leader.setAccessibleName(self.tr("Leder for den sammenslåtte enheten"))
        self.leader.setToolTip(self.tr("De andre lederne slutter som ledere dagen før datoen."))
        self.units.itemChanged.connect(self._fill_leaders)
        self._fill_leaders()
        form.addRow(self.tr("&Enheter"), self.units)
        form.addRow(self.tr("&Nytt navn"), self.name)
        form.addRow(self.tr("&Leder"), self.leader)
        form.addRow(self.tr("&Fra og med"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def unit_ids(self) -> list[uuid.UUID]:
        return [uuid.UUID(str(u)) for u in _checked(self.units)]

    def _fill_leaders(self) -> None:
        """The leaders of the checked units, the first unit's first (it stays unless another is chosen)."""
        current = self.leader.currentData()
        self.leader.clear()
        seen: set[str] = set()
        for unit_id in self.unit_ids():
            unit_name = next((self.units.item(i).text() for i in range(self.units.count())
                              if str(self.units.item(i).data(Qt.ItemDataRole.UserRole)) == str(unit_id)), "")
            for person_id, name in self.leaders.get(unit_id, []):
                if str(person_id) not in seen:
                    seen.add(str(person_id))
                    self.leader.addItem(self.tr("{name} ({unit})").format(name=name, unit=unit_name), str(person_id))
        if not seen:
            self.leader.addItem(self.tr("Ingen leder (ledig)"), None)
        found = self.leader.findData(current)
        self.leader.setCurrentIndex(max(found, 0))
        self.leader.setEnabled(bool(seen))

    def leader_person_id(self) -> uuid.UUID | None:
        data = self.leader.currentData()
        return uuid.UUID(str(data)) if data else None

    def effective(self) -> date:
        return from_qdate(self.date.date())


class SplitDialog(QDialog):
    """Split one unit: the new unit's name and what goes to it (positions, ansvar codes, units under it,
    årsverk and staff); the rest stays."""

    def __init__(self, row: UnitRow, positions: list[tuple[str, uuid.UUID]], children: list[tuple[str, uuid.UUID]],
                 effective: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Del {name}").format(name=row.name))
        form = QFormLayout(self)
        self.rename = QLineEdit(row.name)
        self.rename.setAccessibleName(self.tr("Nytt navn på enheten som deles"))
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Navn på den nye enheten"))
        self.positions = _checklist([(text, pid) for text, pid in positions])
        self.positions.setAccessibleName(self.tr("Stillinger som går til den nye enheten"))
        self.ansvar = _checklist([(code, code) for code in row.ansvar])
        self.ansvar.setAccessibleName(self.tr("Ansvarskoder som går til den nye enheten"))
        self.child_units = _checklist([(text, cid) for text, cid in children])
        self.child_units.setAccessibleName(self.tr("Underenheter som går til den nye enheten"))
        self.fte = QDoubleSpinBox()
        self.fte.setDecimals(2)
        self.fte.setRange(0, float(row.fte))
        self.fte.setAccessibleName(self.tr("Årsverk til den nye enheten"))
        self.staff = QSpinBox()
        self.staff.setRange(0, row.staff_count)
        self.staff.setAccessibleName(self.tr("Ansatte til den nye enheten"))
        self.date = date_edit(effective)
        form.addRow(self.tr("Enheten &heter nå"), self.rename)
        form.addRow(self.tr("&Ny enhet"), self.new_name)
        form.addRow(self.tr("&Stillinger"), self.positions)
        form.addRow(self.tr("&Ansvarskoder"), self.ansvar)
        form.addRow(self.tr("&Underenheter"), self.child_units)
        form.addRow(self.tr("Å&rsverk"), self.fte)
        form.addRow(self.tr("Ansa&tte"), self.staff)
        form.addRow(self.tr("&Fra og med"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> dict[str, object]:
        return {"rename_to": self.rename.text(), "positions": [uuid.UUID(str(p)) for p in _checked(self.positions)],
                "ansvar_codes": [str(c) for c in _checked(self.ansvar)],
                "children": [uuid.UUID(str(c)) for c in _checked(self.child_units)],
                "fte": Decimal(str(round(self.fte.value(), 2))), "staff_count": self.staff.value()}

    def effective(self) -> date:
        return from_qdate(self.date.date())


class MoveManyDialog(QDialog):
    """Move several units under one new parent at once."""

    def __init__(self, rows: list[UnitRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flytt flere enheter"))
        form = QFormLayout(self)
        self.units = _checklist([(r.name, r.id) for r in rows if r.kind != "administration"])
        self.units.setAccessibleName(self.tr("Enheter som flyttes"))
        self.target = QComboBox()
        for r in rows:
            self.target.addItem(r.name, str(r.id))
        self.target.setAccessibleName(self.tr("Ny overordnet enhet"))
        form.addRow(self.tr("&Enheter"), self.units)
        form.addRow(self.tr("&Under"), self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def unit_ids(self) -> list[uuid.UUID]:
        return [uuid.UUID(str(u)) for u in _checked(self.units)]

    def target_id(self) -> uuid.UUID:
        return uuid.UUID(self.target.currentData())
