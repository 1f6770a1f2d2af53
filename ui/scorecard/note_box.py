"""The meeting note's målekart part: the values due this period (last period's beside them), entered
where the conversation happens, and the unit leader's årsprognose (expected deviation at year end,
with the reason). Every entry is an undoable command the note's page pushes."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.budget.numbers import parse_amount
from app.changes import ChangeSet, Kind
from app.errors import AppError
from app.followup.meetings import MeetingNote
from app.formatting import format_kroner
from app.scorecard import views
from app.scorecard.forecast import ForecastValue, forecast_of, set_forecast
from ui.commands import StoreCommand
from ui.scorecard.commands import SetValue
from ui.scorecard.common import light_icon, light_item, number, target_text
from ui.store import Store
from ui.widgets import filled_item

VALUE_COL, COMMENT_COL = 4, 6


class SetForecast(StoreCommand):
    def __init__(self, store: Store, meeting_id: uuid.UUID, deviation_ore: int | None, reason: str) -> None:
        super().__init__(QCoreApplication.translate("Scorecard", "Endre årsprognose"))
        self.store, self.meeting_id, self.new = store, meeting_id, (deviation_ore, reason)
        old = store.read(forecast_of, meeting_id)
        self.old = (None, "") if old is None else (old.deviation_ore, old.reason)

    def do(self) -> None:
        self.store.run(set_forecast, self.meeting_id, *self.new)

    def revert(self) -> None:
        self.store.run(set_forecast, self.meeting_id, *self.old)


class NoteScorecardBox(QGroupBox):
    command_ready = Signal(object)  # a StoreCommand for the page to push
    value_entered = Signal()  # a value typed in the table has gone to the page (saved or refused)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.note: MeetingNote | None = None
        self.due: list[views.DueValue] = []
        self.forecast: ForecastValue | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.values = QTableWidget(0, 7)
        self.values.verticalHeader().hide()
        self.values.setWordWrap(True)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.values.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMENT_COL, QHeaderView.ResizeMode.Stretch)
        self.values.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.values.itemChanged.connect(self._edited)
        layout.addWidget(self.values)
        form = QFormLayout()
        self.amount = QLineEdit()
        self.amount.setMaximumWidth(24 * self.fontMetrics().averageCharWidth())
        self.reason = QLineEdit()
        self.amount_label, self.reason_label = QLabel(), QLabel()
        self.amount_label.setBuddy(self.amount)
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.reason_label, self.reason)
        layout.addLayout(form)
        self.amount.editingFinished.connect(self._forecast_done)
        self.reason.editingFinished.connect(self._forecast_done)
        store.changes.connect(self._changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Målekart og årsprognose"))
        self.values.setHorizontalHeaderLabels([self.tr("Indikator"), self.tr("Periode"), self.tr("Ambisjonsnivå"),
                                               self.tr("Forrige periode"), self.tr("Verdi nå"), self.tr("Status"),
                                               self.tr("Kommentar")])
        self.values.setAccessibleName(self.tr("Måleverdier denne perioden"))
        self.amount_label.setText(self.tr("Års&prognose, avvik ved årets slutt (kr):"))
        self.reason_label.setText(self.tr("Årsak til p&rognosen:"))
        self.amount.setPlaceholderText(QCoreApplication.translate("Scorecard", "for eksempel 250 000 (merforbruk) "
                                                                               "eller −100 000"))
        # Room for the whole example (walk at 1366×768: a 140 px box cut it to «for eksempel 250 00…»).
        margins = self.amount.textMargins()
        room = (self.amount.fontMetrics().horizontalAdvance(self.amount.placeholderText())
                + margins.left() + margins.right() + 4 * self.amount.fontMetrics().averageCharWidth())
        self.amount.setMinimumWidth(room)
        self.amount.setMaximumWidth(max(room, 24 * self.amount.fontMetrics().averageCharWidth()))
        if self.note is not None:
            self.show_note(self.note)

    def show_note(self, note: MeetingNote) -> None:
        same = self.note is not None and self.note.id == note.id
        self.note = note
        try:
            self.due = self.store.read(views.due_values, note.id)
            self.forecast = self.store.read(forecast_of, note.id)
        except AppError:  # the meeting is gone: the page says so
            self.due, self.forecast = [], None
        self._filling = True
        try:
            self._fill(note, same)
        finally:
            self._filling = False

    def _fill(self, note: MeetingNote, same: bool) -> None:
        table = self.values
        table.setRowCount(len(self.due))
        for i, d in enumerate(self.due):
            cells = [QTableWidgetItem(d.name), QTableWidgetItem(d.label),
                     QTableWidgetItem(target_text(d.target, d.direction, d.measure)),
                     QTableWidgetItem(f"{number(d.previous, d.measure)} ({d.previous_label})"),
                     QTableWidgetItem("" if d.value is None else number(d.value)), light_item(d.colour),
                     QTableWidgetItem(d.comment)]
            if d.previous is not None:
                cells[3].setIcon(light_icon(d.previous_colour, 10))
            cells[VALUE_COL].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[VALUE_COL].setToolTip(self.tr("Skriv verdien for {period}; tom celle fjerner den.").format(
                period=d.label))
            for col, cell in enumerate(cells):
                if col not in (VALUE_COL, COMMENT_COL) or note.locked:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(i, col, cell)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(i) for i in range(len(self.due)))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)
        table.setVisible(bool(self.due))
        self.empty.setText(self.tr("Ingen indikatorer på enhetens målekart har en periode som slutter i {month}.")
                           .format(month=self._month(note)) if not self.due else
                           self.tr("Verdiene for periodene som slutter denne måneden. Skriv verdien og en kommentar "
                                   "der målet ikke er nådd."))
        focus = self.focusWidget()
        if not (same and focus is self.amount):
            self.amount.setText("" if self.forecast is None else format_kroner(self.forecast.deviation_ore))
        if not (same and focus is self.reason):
            self.reason.setText("" if self.forecast is None else self.forecast.reason)
        for w in (self.amount, self.reason):
            w.setReadOnly(note.locked)

    @staticmethod
    def _month(note: MeetingNote) -> str:
        from ui import labels

        return labels.month_name(note.month)

    def _changed(self, changes: ChangeSet) -> None:
        """Values or the forecast changed (an undo, the grid, another window): show them. The note's own
        text saves (initiated by the editor) change nothing shown here, and a cell being typed in is
        never refilled under the user."""
        if self.note is None or not self.isVisible():
            return
        if self.values.state() == QAbstractItemView.State.EditingState:
            return
        ours = isinstance(changes.initiator, QWidget) and changes.initiator.isAncestorOf(self)
        if Kind.SCORECARD in changes.kinds or (Kind.MEETINGS in changes.kinds and not ours):
            self.show_note(self.note)

    def _edited(self, item: QTableWidgetItem) -> None:
        note = self.note
        if self._filling or note is None or note.locked or item.column() not in (VALUE_COL, COMMENT_COL):
            return
        d = self.due[item.row()]
        value = filled_item(self.values, item.row(), VALUE_COL).text().strip()
        comment = filled_item(self.values, item.row(), COMMENT_COL).text()
        if item.column() == VALUE_COL and d.value is not None and value == number(d.value):
            return
        if item.column() == COMMENT_COL and (comment == d.comment or not value):
            return
        if note.unit_lineage_id is None:
            return
        try:
            command = SetValue(self.store, d.indicator_id, note.unit_lineage_id, d.year, d.period, value, comment,
                               meeting_id=note.id, label=f"{d.name} {d.label}")
        except AppError:
            return
        # After the editor has closed: the refill that follows the save rebuilds the table.
        QTimer.singleShot(0, lambda: self._send(command))

    def _send(self, command: StoreCommand) -> None:
        self.command_ready.emit(command)
        self.value_entered.emit()

    def enter(self, indicator: str, value: str, comment: str = "") -> None:
        """Type a value (and comment) for the indicator named, as a user does in the table."""
        row = next(i for i, d in enumerate(self.due) if d.name == indicator)
        if comment:
            filled_item(self.values, row, COMMENT_COL).setText(comment)  # kept until the value is saved with it
        filled_item(self.values, row, VALUE_COL).setText(value)

    def _forecast_done(self) -> None:
        note = self.note
        if note is None or note.locked or self._filling:
            return
        text = self.amount.text().strip().replace("−", "-")
        reason = self.reason.text()
        current = (None, "") if self.forecast is None else (self.forecast.deviation_ore, self.forecast.reason)
        try:
            ore = None if not text else parse_amount(text)
        except (AppError, ValueError):
            from ui.errors import show_user_error

            show_user_error(self, AppError(self.tr("«{text}» er ikke et beløp. Skriv avviket i kroner, for "
                                                   "eksempel 250 000 eller −100 000.").format(text=text)))
            return
        if (ore, reason.strip()) == (current[0], current[1].strip()):
            return
        if ore not in (None, 0) and not reason.strip():
            return  # waits for the reason (the box below); the app would refuse it without one
        self.command_ready.emit(SetForecast(self.store, note.id, ore, reason))
