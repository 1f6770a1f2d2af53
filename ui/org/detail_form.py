"""The form beside the tree: every field of the selected unit, saved as it is edited.

Each finished edit becomes an undoable command (``ui.org.commands``) handed to the page,
which pushes it on the window's undo stack; the command saves at once."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.org.links import NetworkRow
from app.org.people import PersonRow
from app.org.units import UnitDetail
from ui import labels
from ui.org import commands
from ui.store import Store
from ui.widgets import FocusOutCommit


class UnitDetailForm(QScrollArea):
    command_ready = Signal(object)  # a ui.commands.StoreCommand to push
    appoint_requested = Signal(str)  # role: leader | acting_leader
    end_position_requested = Signal(object)  # position id
    move_leader_requested = Signal(object)  # position id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.detail: UnitDetail | None = None
        self.view_date = date.today()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        outer.addWidget(self.title)

        self._build_fields(outer)
        self._build_positions(outer)

        self.networks_box = QGroupBox()
        net_layout = QVBoxLayout(self.networks_box)
        self.networks = QListWidget()
        self.networks.setMaximumHeight(90)
        net_layout.addWidget(self.networks)
        outer.addWidget(self.networks_box)
        outer.addStretch(1)
        self.setWidget(body)
        self._networks: dict[uuid.UUID, NetworkRow] = {}

        self._connect_saving()
        self.retranslate()
        self.show_unit(None, [], [], editable=False)

    def _build_fields(self, outer: QVBoxLayout) -> None:
        """The unit's fields with their labels."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow panel: labels above fields
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.code = QLineEdit()
        self.kind = QComboBox()
        for key in labels.UNIT_KINDS:
            self.kind.addItem("", key)
        self.fte = QDoubleSpinBox()
        self.fte.setRange(0, 100000)
        self.fte.setDecimals(1)
        self.fte.setSingleStep(0.5)
        self.staff = QSpinBox()
        self.staff.setRange(0, 100000)
        self.ansvar = QLineEdit()
        self.external = QCheckBox()
        self.year_type = QComboBox()
        self.year_type.addItem("", "calendar")
        self.year_type.addItem("", "school")
        self.follow_up = QComboBox()
        self.area = QPlainTextEdit()
        self.area.setTabChangesFocus(True)
        self.area.setMaximumHeight(70)
        self.services = QPlainTextEdit()
        self.services.setTabChangesFocus(True)
        self.services.setMaximumHeight(70)
        self.form_labels: dict[str, QLabel] = {}
        for key, widget in (("name", self.name), ("short_name", self.short_name), ("code", self.code),
                            ("kind", self.kind), ("fte", self.fte), ("staff", self.staff), ("ansvar", self.ansvar),
                            ("follow_up", self.follow_up), ("external", self.external),
                            ("year_type", self.year_type), ("area", self.area), ("services", self.services)):
            label = QLabel()
            label.setBuddy(widget)
            self.form_labels[key] = label
            form.addRow(label, widget)
        for combo in (self.kind, self.year_type, self.follow_up):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        outer.addLayout(form)

    def _fit_positions(self) -> None:
        """The role column as wide as its longest word (or its heading), the rows as tall as
        their wrapped text; the name column has the rest."""
        metrics = self.positions.fontMetrics()
        header = self.positions.horizontalHeader()
        words = [w for r in range(self.positions.rowCount()) if (item := self.positions.item(r, 1)) is not None
                 for w in item.text().split()]
        widest = max([metrics.horizontalAdvance(w) for w in words] + [header.sectionSizeFromContents(1).width()])
        header.resizeSection(1, widest + 12)
        self.positions.resizeRowsToContents()

    def _build_positions(self, outer: QVBoxLayout) -> None:
        """Who holds which position in the unit, and the buttons that change it."""
        self.positions_box = QGroupBox()
        pos_layout = QVBoxLayout(self.positions_box)
        self.positions = QTableWidget(0, 4)
        self.positions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.positions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.positions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.positions.verticalHeader().hide()
        self.positions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.positions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The role wraps at its words («Fungerende / leder»): sized to its text, it left the name
        # «In… / H…» in the form's narrow column at 1366×768.
        self.positions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.positions.setWordWrap(True)
        self.positions.setMinimumHeight(110)
        pos_layout.addWidget(self.positions)
        buttons = QGridLayout()
        self.new_leader = QPushButton()
        self.new_acting = QPushButton()
        self.end_position = QPushButton()
        self.move_leader = QPushButton()
        buttons.addWidget(self.new_leader, 0, 0)
        buttons.addWidget(self.new_acting, 0, 1)
        buttons.addWidget(self.end_position, 1, 0)
        buttons.addWidget(self.move_leader, 1, 1)
        pos_layout.addLayout(buttons)
        outer.addWidget(self.positions_box)

    def _connect_saving(self) -> None:
        """Saving: each control commits when the user finishes with it."""
        self.name.editingFinished.connect(lambda: self._commit("name", self.name.text().strip()))
        self.short_name.editingFinished.connect(lambda: self._commit("short_name", self.short_name.text().strip()))
        self.code.editingFinished.connect(lambda: self._commit("code", self.code.text().strip()))
        self.kind.activated.connect(lambda _i: self._commit("kind", self.kind.currentData()))
        self.fte.editingFinished.connect(
            lambda: self._commit("fte", Decimal(str(round(self.fte.value(), 2)))))
        self.staff.editingFinished.connect(lambda: self._commit("staff_count", self.staff.value()))
        self.external.clicked.connect(lambda checked: self._commit("is_external", checked))
        self.year_type.activated.connect(lambda _i: self._commit("year_type", self.year_type.currentData()))
        self.area.installEventFilter(FocusOutCommit(
            lambda: self._commit("area_of_work", self.area.toPlainText().strip()), self))
        self.services.installEventFilter(FocusOutCommit(
            lambda: self._commit("services", [s.strip() for s in self.services.toPlainText().splitlines()
                                              if s.strip()]), self))
        self.ansvar.editingFinished.connect(self._commit_ansvar)
        self.follow_up.activated.connect(self._commit_follow_up)
        self.networks.itemChanged.connect(self._commit_network)
        self.new_leader.clicked.connect(lambda: self.appoint_requested.emit("leader"))
        self.new_acting.clicked.connect(lambda: self.appoint_requested.emit("acting_leader"))
        self.end_position.clicked.connect(self._end_selected_position)
        self.move_leader.clicked.connect(self._move_selected_leader)

    def retranslate(self) -> None:
        texts = {"name": self.tr("&Navn"), "short_name": self.tr("&Kortnavn"), "code": self.tr("&Id"),
                 "kind": self.tr("&Type"), "fte": self.tr("Å&rsverk"), "staff": self.tr("An&satte"),
                 "ansvar": self.tr("&Ansvar"), "follow_up": self.tr("&Oppfølging"),
                 "external": self.tr("&Samarbeid"), "year_type": self.tr("Å&r følger"),
                 "area": self.tr("Arbeids&område"), "services": self.tr("&Tjenester (én per linje)")}
        for key, text in texts.items():
            self.form_labels[key].setText(text)
            self.form_labels[key].buddy().setAccessibleName(text.replace("&", ""))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, labels.unit_kind(self.kind.itemData(i)))
        self.year_type.setItemText(0, self.tr("Kalenderår"))
        self.year_type.setItemText(1, self.tr("Skoleår"))
        self.external.setText(self.tr("Ekstern / samarbeid"))
        self.external.setToolTip(self.tr("Ekstern enhet eller samarbeid (f.eks. NAV, IKS)"))
        self.positions_box.setTitle(self.tr("Ledere og stillinger"))
        self.positions.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Rolle"), self.tr("Fra"), self.tr("Til")])
        self.positions.setAccessibleName(self.tr("Ledere og stillinger"))
        self.new_leader.setText(self.tr("Ny &leder …"))
        self.new_acting.setText(self.tr("&Fungerende leder …"))
        self.end_position.setText(self.tr("&Avslutt stilling …"))
        self.move_leader.setText(self.tr("Fl&ytt leder …"))
        self.networks_box.setTitle(self.tr("Nettverk"))
        self.networks.setAccessibleName(self.tr("Nettverk"))

    # --- showing ---------------------------------------------------------------------------
    def show_unit(self, detail: UnitDetail | None, leads: list[PersonRow], networks: list[NetworkRow], *,
                  editable: bool) -> None:
        self.detail = detail
        for w in (self.name, self.short_name, self.code, self.kind, self.fte, self.staff, self.ansvar,
                  self.follow_up, self.external, self.year_type, self.area, self.services, self.networks,
                  self.new_leader, self.new_acting, self.end_position, self.move_leader):
            w.setEnabled(detail is not None and editable)
        if detail is None:
            self.title.setText(self.tr("Velg en enhet i treet eller kartet."))
            # Nothing of a unit that is gone (deleted) or no longer selected stays in the fields.
            for line in (self.name, self.short_name, self.code, self.ansvar):
                line.clear()
            for box in (self.area, self.services):
                box.clear()
            self.fte.setValue(0)
            self.staff.setValue(0)
            self.external.setChecked(False)
            # No type, year or follow-up lead either: the greyed fields showed the last unit's («Erik Berg»).
            self.follow_up.clear()
            for combo in (self.kind, self.year_type):
                combo.setCurrentIndex(-1)
            self.positions.setRowCount(0)
            self.networks.clear()
            return
        self.title.setText(detail.name)
        self.name.setText(detail.name)
        self.short_name.setText(detail.short_name)
        self.code.setText(detail.code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(detail.kind)))
        self.fte.setValue(float(detail.fte))
        self.staff.setValue(detail.staff_count)
        self.ansvar.setText(", ".join(detail.ansvar))
        self.external.setChecked(detail.is_external)
        self.year_type.setCurrentIndex(max(0, self.year_type.findData(detail.year_type)))
        self.area.setPlainText(detail.area_of_work)
        self.services.setPlainText("\n".join(detail.services))
        self.follow_up.clear()
        self.follow_up.addItem(self.tr("(ingen)"), None)
        for lead in leads:
            self.follow_up.addItem(lead.full_name, str(lead.id))  # text: findData cannot match UUID objects
        lead_id = str(detail.follow_up_lead_id) if detail.follow_up_lead_id else None
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(lead_id)))
        self.positions.setRowCount(len(detail.positions))
        for i, p in enumerate(sorted(detail.positions, key=lambda p: (not p.active, p.start), reverse=False)):
            cells = [p.person_name, labels.position_role(p.role), format_date(p.start), format_date(p.end)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                if not p.active:
                    item.setForeground(self.palette().placeholderText())
                self.positions.setItem(i, col, item)
        self._fit_positions()
        self.networks.blockSignals(True)
        self.networks.clear()
        self._networks = {n.id: n for n in networks}
        for n in networks:
            entry = QListWidgetItem(n.name)
            entry.setData(Qt.ItemDataRole.UserRole, n.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if n.id in detail.network_ids else Qt.CheckState.Unchecked)
            self.networks.addItem(entry)
        self.networks.blockSignals(False)

    # --- committing ------------------------------------------------------------------------
    def _commit(self, key: str, value: object) -> None:
        d = self.detail
        if d is None:
            return
        current = {"name": d.name, "short_name": d.short_name, "code": d.code, "kind": d.kind, "fte": d.fte,
                   "staff_count": d.staff_count, "is_external": d.is_external, "year_type": d.year_type,
                   "area_of_work": d.area_of_work, "services": d.services}[key]
        if value == current:
            return
        self.command_ready.emit(commands.UpdateUnit(self.store, d.id, {key: value}, d.name))

    def _commit_ansvar(self) -> None:
        d = self.detail
        if d is None:
            return
        codes = [c for c in self.ansvar.text().replace(";", ",").replace(" ", ",").split(",") if c]
        if codes == d.ansvar:
            return
        saved: list[object] = []

        def note_saved(changes: object) -> None:
            saved.append(changes)

        # The page does the command at once and shows a refusal (a code another unit has, a
        # backwards range); the store says when something was written.
        self.store.changes.connect(note_saved)
        try:
            self.command_ready.emit(commands.SetAnsvar(self.store, d.id, codes, d.name))
        finally:
            self.store.changes.disconnect(note_saved)
        if not saved and self.detail is d:
            self.ansvar.setText(", ".join(d.ansvar))  # refused: the field shows what is saved, not the refused text

    def _commit_follow_up(self, _index: int) -> None:
        d = self.detail
        chosen = self.follow_up.currentData()
        chosen_id = uuid.UUID(chosen) if chosen else None
        if d is None or chosen_id == d.follow_up_lead_id:
            return
        self.command_ready.emit(commands.SetFollowUpLead(self.store, d.id, chosen_id,
                                                         self.view_date, d.name))

    def _commit_network(self, item: QListWidgetItem) -> None:
        d = self.detail
        if d is None:
            return
        network = self._networks[item.data(Qt.ItemDataRole.UserRole)]
        members = [u for u in network.unit_ids if u != d.id]
        if item.checkState() == Qt.CheckState.Checked:
            members.append(d.id)
        coordinator = network.coordinator_id if network.coordinator_id in members else None
        self.command_ready.emit(commands.SetNetworkMembers(self.store, network.id, members, coordinator,
                                                           network.name))

    def selected_position(self) -> uuid.UUID | None:
        rows = self.positions.selectionModel().selectedRows()
        item = self.positions.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _move_selected_leader(self) -> None:
        position = self.selected_position()
        if position is not None:
            self.move_leader_requested.emit(position)

    def _end_selected_position(self) -> None:
        position = self.selected_position()
        if position is not None:
            self.end_position_requested.emit(position)
