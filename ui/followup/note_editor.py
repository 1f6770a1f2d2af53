"""The meeting note: the conversation both ways, goal status, the unit's figures, action items,
approval. Text is saved as the user types (a short pause, or leaving the box), so nothing
written is lost; each save is an undoable command that merges with the next save of the
same box. A save refused because someone else changed the note first (``ui.conflicts``)
reloads their version and keeps the user's text in the panel at the top."""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.followup import meetings
from app.followup.meetings import SECTION_KEYS, ItemLine, MeetingNote
from app.followup.summary import note_figure_rows
from app.formatting import format_kroner as kroner
from ui import labels
from ui.conflicts import Conflict, ConflictPanel, versions
from ui.followup import commands as cmd
from ui.scorecard.note_box import NoteScorecardBox
from ui.store import Store
from ui.theme import banner_style
from ui.wheel_guard import WheelGuard, guard_wheel
from ui.widgets import DateEdit, FocusOutCommit, filled_item

AUTOSAVE_MS = 1200
GOAL_STATUS_KEYS = ("on_track", "at_risk", "off_track")
STATUS_KEYS = ("planned", "held", "postponed", "cancelled")
# Where each free-text part sits: before the goals, with the figures, or after.
OPENING = ("agenda", "leader_account", "superior_view")
WITH_FIGURES = ("budget_comment", "measures")
CLOSING = ("other", "needs", "decisions")


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate()


def _pydate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f} %".replace(".", ",").replace("-", "−")


class MeetingNoteEditor(QScrollArea):
    command_ready = Signal(object)  # a ui.commands.StoreCommand for the page to push
    approve_requested = Signal(str)  # "leader" | "superior"
    reopen_requested = Signal()
    print_requested = Signal()
    preview_requested = Signal()  # the note's real pages in a print preview
    back_requested = Signal()
    refused = Signal(str)  # input the editor cannot save, with the reason

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.today = store, today
        self.note: MeetingNote | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._timers: dict[str, QTimer] = {}
        self._filling = False
        self._force: set[str] = set()  # sections to refill even under the cursor (after a conflict)
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)

        self._build_top_bar(outer, store)
        self._build_details(outer)

        self.sections: dict[str, QPlainTextEdit] = {}
        self.section_labels: dict[str, QLabel] = {}
        self.conversation = QGroupBox()
        self._add_sections(self.conversation, OPENING)
        outer.addWidget(self.conversation)

        self._build_goals(outer)
        self._build_figures(outer, store)

        self.closing = QGroupBox()
        self._add_sections(self.closing, CLOSING)
        outer.addWidget(self.closing)

        self._build_items(outer)
        self._build_approval(outer)
        outer.addStretch(1)
        self.wheel_guard = WheelGuard(self)  # the wheel scrolls the note, not the date under the pointer
        guard_wheel(body, self.wheel_guard)
        self.retranslate()

    def _build_top_bar(self, outer: QVBoxLayout, store: Store) -> None:
        """The back button, title, preview and print buttons, the lock banner and the conflict panel."""
        top = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self.back_requested)
        # Esc anywhere in the window while the note is shown, not only from a field of the note:
        # approving locks the note and rebuilds its tables, and the focused box goes with them.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.back_requested)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.preview_requested)
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        top.addWidget(self.preview_button)
        top.addWidget(self.print_button)
        outer.addLayout(top)
        self.lock_banner = QLabel()
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(banner_style("warning"))
        outer.addWidget(self.lock_banner)
        self.conflicts = ConflictPanel()
        self.conflicts.command_ready.connect(self.command_ready)
        outer.addWidget(self.conflicts)
        versions(store).conflicted.connect(self._conflicted)

    def _build_details(self, outer: QVBoxLayout) -> None:
        """Date, status and participants."""
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.date_edit = DateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.editingFinished.connect(self._date_done)
        self.status = QComboBox()
        for key in STATUS_KEYS:
            self.status.addItem("", key)
        self.status.activated.connect(self._status_done)
        self.participants = QLabel()
        self.detail_labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.detail_labels, (self.date_edit, self.status, self.participants), strict=True):
            label.setBuddy(widget)
            details.addRow(label, widget)
        outer.addLayout(details)

    def _build_goals(self, outer: QVBoxLayout) -> None:
        """The agreement's goals with this meeting's status and comment per goal."""
        self.goals_box = QGroupBox()
        goals_layout = QVBoxLayout(self.goals_box)
        self.goals = QTableWidget(0, 4)
        self.goals.verticalHeader().hide()
        self.goals.setWordWrap(True)
        self.goals.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.goals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 190)
        self.goals.itemChanged.connect(self._goal_comment_changed)
        self.no_goals = QLabel()
        self.no_goals.setWordWrap(True)
        goals_layout.addWidget(self.no_goals)
        goals_layout.addWidget(self.goals)
        outer.addWidget(self.goals_box)

    def _build_figures(self, outer: QVBoxLayout, store: Store) -> None:
        """The budget figures with their sections, and the scorecard box."""
        self.figures_box = QGroupBox()
        fig_layout = QVBoxLayout(self.figures_box)
        self.figure_grid = QGridLayout()
        self.figure_cells = [[QLabel() for _ in range(5)] for _ in range(3)]
        for r, row in enumerate(self.figure_cells):
            for c, cell in enumerate(row):
                if c:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == 0:
                    cell.setStyleSheet("font-weight:bold;")
                self.figure_grid.addWidget(cell, r, c)
        self.figure_note = QLabel()
        self.figure_note.setWordWrap(True)
        fig_layout.addLayout(self.figure_grid)
        fig_layout.addWidget(self.figure_note)
        self._add_sections(self.figures_box, WITH_FIGURES, layout=fig_layout)
        outer.addWidget(self.figures_box)
        self.scorecard_box = NoteScorecardBox(store)
        self.scorecard_box.command_ready.connect(self.command_ready)
        outer.addWidget(self.scorecard_box)

    def _build_items(self, outer: QVBoxLayout) -> None:
        """The action items and the row that adds one."""
        self.items_box = QGroupBox()
        items_layout = QVBoxLayout(self.items_box)
        self.items = QTableWidget(0, 5)
        self.items.verticalHeader().hide()
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items.itemChanged.connect(self._item_changed)
        items_layout.addWidget(self.items)
        add_row = QHBoxLayout()
        self.new_item = QLineEdit()
        self.new_item.returnPressed.connect(self._add_item)
        self.new_owner = QComboBox()
        self.new_due = DateEdit()
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat("dd.MM.yyyy")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_item)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_item)
        for w in (self.new_item, self.new_owner, self.new_due, self.add_button, self.remove_button):
            add_row.addWidget(w, 3 if w is self.new_item else 0)
        items_layout.addLayout(add_row)
        outer.addWidget(self.items_box)

    def _build_approval(self, outer: QVBoxLayout) -> None:
        """Approval by the leader and the superior, and reopening."""
        self.approval_box = QGroupBox()
        approval = QGridLayout(self.approval_box)
        self.approve_leader = QPushButton()
        self.approve_leader.clicked.connect(lambda: self.approve_requested.emit("leader"))
        self.approve_superior = QPushButton()
        self.approve_superior.clicked.connect(lambda: self.approve_requested.emit("superior"))
        self.leader_state, self.superior_state = QLabel(), QLabel()
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.reopen_log = QLabel()
        self.reopen_log.setWordWrap(True)
        approval.addWidget(self.approve_leader, 0, 0)
        approval.addWidget(self.leader_state, 0, 1)
        approval.addWidget(self.approve_superior, 1, 0)
        approval.addWidget(self.superior_state, 1, 1)
        approval.addWidget(self.reopen_button, 2, 0)
        approval.addWidget(self.reopen_log, 3, 0, 1, 2)
        approval.setColumnStretch(1, 1)
        outer.addWidget(self.approval_box)

    def _add_sections(self, box: QGroupBox, keys: tuple[str, ...], layout: QVBoxLayout | None = None) -> None:
        layout = layout or QVBoxLayout(box)
        for key in keys:
            label = QLabel()
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(110 if key == "agenda" else 84)
            label.setBuddy(edit)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(AUTOSAVE_MS)
            timer.timeout.connect(lambda k=key: self._save_section(k))
            edit.textChanged.connect(lambda t=timer: None if self._filling else t.start())
            edit.installEventFilter(FocusOutCommit(partial(self._save_section, key), self))
            self._timers[key] = timer
            self.sections[key], self.section_labels[key] = edit, label
            layout.addWidget(label)
            layout.addWidget(edit)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Årsoversikten"))
        self.print_button.setText(self.tr("PDF / skriv ut …"))
        self.preview_button.setText(self.tr("Forhånds&visning …"))  # Alt+F is the Fil menu
        for label, text in zip(self.detail_labels, (self.tr("&Dato:"), self.tr("&Status:"), self.tr("Deltakere:")),
                               strict=True):
            label.setText(text)
        for i, key in enumerate(STATUS_KEYS):
            self.status.setItemText(i, labels.meeting_status(key))
        for key, label in self.section_labels.items():
            label.setText(labels.note_section(key))
            self.sections[key].setAccessibleName(labels.note_section(key))
        self.conversation.setTitle(self.tr("Samtalen"))
        self.goals_box.setTitle(self.tr("Status for målene i avtalen"))
        self.goals.setHorizontalHeaderLabels([self.tr("Mål"), self.tr("Forrige møte"), self.tr("Status nå"),
                                              self.tr("Kommentar")])
        self.goals.setAccessibleName(self.tr("Status for målene"))
        self.no_goals.setText(self.tr("Enheten har ingen avtale med mål for denne perioden."))
        self.figures_box.setTitle(self.tr("Økonomi"))
        head = ("", self.tr("Budsjett"), self.tr("Regnskap"), self.tr("Avvik kr"), self.tr("Avvik %"))
        for cell, text in zip(self.figure_cells[0], head, strict=True):
            cell.setText(text)
        self.figure_cells[1][0].setText(self.tr("Måneden"))
        self.figure_cells[2][0].setText(self.tr("Hittil i år"))
        self.closing.setTitle(self.tr("Annet og beslutninger"))
        self.items_box.setTitle(self.tr("Oppfølgingspunkter"))
        self.items.setHorizontalHeaderLabels([self.tr("Utført"), self.tr("Punkt"), self.tr("Ansvarlig"),
                                              self.tr("Frist"), self.tr("Fra møtet")])
        self.items.setAccessibleName(self.tr("Oppfølgingspunkter"))
        self.new_item.setPlaceholderText(self.tr("Nytt punkt: hva skal gjøres?"))
        self.new_item.setAccessibleName(self.tr("Nytt oppfølgingspunkt"))
        self.new_owner.setAccessibleName(self.tr("Ansvarlig for nytt punkt"))
        self.new_due.setAccessibleName(self.tr("Frist for nytt punkt"))
        self.add_button.setText(self.tr("Legg til"))
        self.remove_button.setText(self.tr("Fjern valgt"))
        self.approval_box.setTitle(self.tr("Godkjenning"))
        self.approve_leader.setText(self.tr("Leder godkjenner"))
        self.approve_superior.setText(self.tr("Overordnet godkjenner"))
        self.reopen_button.setText(self.tr("Åpne referatet igjen …"))
        if self.note is not None:
            self.show_note(self.note)

    # --- filling ---------------------------------------------------------------------------
    def show_note(self, note: MeetingNote) -> None:
        """Show a note; for the same note, update in place and never under the user's cursor."""
        same = self.note is not None and self.note.id == note.id
        if not same:
            self.flush()
        self.note = note
        book = versions(self.store)  # what the user now sees is what the next save is based on
        book.saw(("meeting", note.id), note.version)
        for goal in note.goals:
            book.saw(("meeting_goal_status", note.id, goal.goal_id), goal.version)
        for item in note.items:
            book.saw(("action_item", item.id), item.version)
        self._filling = True
        try:
            self._fill(note, same)
        finally:
            self._filling = False

    def _fill(self, note: MeetingNote, same: bool) -> None:
        locked = note.locked
        self.title.setText(self.tr("Oppfølgingssamtale {month} {year} – {unit}").format(
            month=labels.month_name(note.month), year=note.year, unit=note.unit))
        if locked:
            self.lock_banner.setText(self.tr("Referatet er godkjent av begge og låst. Oppfølgingspunkter kan "
                                             "fortsatt merkes som utført. Vil du rette noe, velg «Åpne referatet "
                                             "igjen» og skriv hvorfor."))
        self.lock_banner.setVisible(locked)
        first = QDate(note.year, note.month, 1)
        self.date_edit.blockSignals(True)
        self.date_edit.setMinimumDate(first)
        self.date_edit.setMaximumDate(first.addMonths(1).addDays(-1))
        self.date_edit.setDate(_qdate(note.meeting_date) if note.meeting_date else first)
        self.date_edit.blockSignals(False)
        self.date_edit.setEnabled(not locked)
        self.status.setCurrentIndex(max(0, self.status.findData(note.status)))
        self.status.setEnabled(not locked)
        people = [f"{p.name} ({role})" for p, role in ((note.leader, self.tr("leder")),
                                                      (note.superior, self.tr("overordnet"))) if p]
        self.participants.setText(", ".join(people) or self.tr("Ingen leder registrert"))
        focus = self.focusWidget()
        force, self._force = self._force, set()
        for key in SECTION_KEYS:
            edit = self.sections[key]
            edit.setReadOnly(locked)
            if key in force:
                self._timers[key].stop()
                if edit.toPlainText() != note.sections[key]:
                    edit.setPlainText(note.sections[key])
                continue
            if edit is focus and same:
                continue
            if edit.toPlainText() != note.sections[key] and not self._timers[key].isActive():
                edit.setPlainText(note.sections[key])
        self._fill_goals(note)
        self._fill_figures(note)
        self.scorecard_box.show_note(note)
        self._fill_items(note, same)
        self._fill_approval(note)

    def _fill_goals(self, note: MeetingNote) -> None:
        self.goals.blockSignals(True)
        self.goals.setRowCount(len(note.goals))
        self.no_goals.setVisible(not note.goals)
        # Only the goals of the leader the note is with are followed up: a predecessor's agreement
        # may still run, so «the unit has no agreement» would not be true.
        self.no_goals.setText(
            self.tr("{leader} har ingen avtale med mål som gjelder denne måneden. En tidligere leders "
                    "avtale følges ikke opp med ny leder.").format(leader=note.leader.name)
            if note.leader is not None else self.tr("Enheten har ingen avtale med mål som gjelder denne måneden."))
        self.goals.setVisible(bool(note.goals))
        for i, g in enumerate(note.goals):
            text = f"{g.category}: {g.text}" if g.category else g.text
            goal_item = QTableWidgetItem(text)
            goal_item.setFlags(goal_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            goal_item.setData(Qt.ItemDataRole.UserRole, str(g.goal_id))
            goal_item.setToolTip(f"{g.agreement_title}\n{g.indicator}".strip())
            self.goals.setItem(i, 0, goal_item)
            before = labels.goal_status(g.previous_status) if g.previous_status else "–"
            prev = QTableWidgetItem(before + (f" – {g.previous_comment}" if g.previous_comment else ""))
            prev.setFlags(prev.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.goals.setItem(i, 1, prev)
            combo = self.goals.cellWidget(i, 2)
            if not isinstance(combo, QComboBox):
                combo = QComboBox()
                combo.addItem(labels.goal_status(None), None)
                for key in GOAL_STATUS_KEYS:
                    combo.addItem(labels.goal_status(key), key)
                combo.activated.connect(lambda _i, c=combo: self._goal_status_chosen(c))
                combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                combo.installEventFilter(self.wheel_guard)
                self.goals.setCellWidget(i, 2, combo)
            for index in range(combo.count()):  # a kept box says the language chosen since
                combo.setItemText(index, labels.goal_status(combo.itemData(index)))
            combo.setProperty("goal_id", str(g.goal_id))
            combo.setAccessibleName(self.tr("Status for målet: {goal}").format(goal=g.text[:80]))
            combo.setCurrentIndex(max(0, combo.findData(g.status)))
            combo.setEnabled(not note.locked)
            comment = QTableWidgetItem(g.comment)
            if note.locked:
                comment.setFlags(comment.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.goals.setItem(i, 3, comment)
        self.goals.resizeRowsToContents()
        # Every row at least as tall as its status box, and the table as tall as its rows: after a
        # status change nothing shrinks or moves, so the next click lands on the goal aimed at.
        least = max((self.goals.cellWidget(i, 2).sizeHint().height() for i in range(len(note.goals))), default=0) + 8
        for i in range(len(note.goals)):
            self.goals.setRowHeight(i, max(least, self.goals.rowHeight(i)))
        self.goals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = sum(self.goals.rowHeight(i) for i in range(len(note.goals)))
        self.goals.setFixedHeight(self.goals.horizontalHeader().sizeHint().height() + rows
                                  + 2 * self.goals.frameWidth() + 2)
        self.goals.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Esc goes back to the year grid (text waiting to be saved is saved on the way)."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _fill_figures(self, note: MeetingNote) -> None:
        f = note.figures
        rows = self.figure_cells
        if f is None:
            for row in rows[1:]:
                for cell in row[1:]:
                    cell.setText("–")
            self.figure_note.setText(self.tr("Det er ikke lest inn budsjett for {year}, eller enheten har ingen "
                                             "ansvarskoder.").format(year=note.year))
            return
        def money(ore: int | None) -> str:
            return "–" if ore is None else kroner(ore)
        # The rows the PDF prints: «Hittil i år» is budget and accounts for the same months.
        month_row, ytd_row = note_figure_rows(f)
        rows[2][0].setText(self.tr("Hittil i år ({period})").format(period=ytd_row.period))
        for row, values in ((rows[1], month_row), (rows[2], ytd_row)):
            row[1].setText(money(values.budget))
            row[2].setText(money(values.actual))
            row[3].setText(money(values.deviation))
            row[4].setText(_pct(values.pct))
        parts = [self.tr("Budsjett for året: {amount}").format(amount=kroner(f.budget_year))]
        if f.forecast_year is not None:
            parts.append(self.tr("prognose for året: {amount}").format(amount=kroner(f.forecast_year)))
        if f.actual_set is None:
            parts.append(self.tr("ingen regnskap er lest inn ennå"))
        elif f.actual_through < note.month:
            parts.append(self.tr("regnskapet går til og med {month}").format(
                month=labels.month_name(f.actual_through) if f.actual_through else "–"))
        parts.append(self.tr("positivt avvik betyr merforbruk"))
        self.figure_note.setText("; ".join(parts) + ".")

    def _fill_items(self, note: MeetingNote, same_note: bool = False) -> None:
        self.items.blockSignals(True)
        self.items.setRowCount(len(note.items))
        owners = [(p.id, p.name) for p in (note.leader, note.superior) if p]
        for i, item in enumerate(note.items):
            done = QCheckBox()
            done.setChecked(item.done_on is not None)
            done.setEnabled(item.live)
            done.setProperty("item_id", str(item.id))
            done.setAccessibleName(self.tr("Utført: {text}").format(text=item.text[:80]))
            done.toggled.connect(lambda on, iid=item.id: self._done_toggled(iid, on))
            if item.done_on:
                done.setToolTip(self.tr("Utført {date}").format(date=item.done_on.strftime("%d.%m.%Y")))
            elif not item.live:
                done.setToolTip(self.tr("Punktet er tatt med til et senere møte; merk det utført der."))
            self.items.setCellWidget(i, 0, done)
            text = QTableWidgetItem(item.text)
            text.setData(Qt.ItemDataRole.UserRole, str(item.id))
            owner = QTableWidgetItem(item.owner)
            owner.setFlags(owner.flags() & ~Qt.ItemFlag.ItemIsEditable)
            absent = item.owner_id is not None and item.owner_id not in {pid for pid, _name in owners}
            if absent:
                owner.setToolTip(self.tr("{name} var ikke med på dette møtet. Velg en ny ansvarlig.")
                                 .format(name=item.owner))
            self.items.removeCellWidget(i, 2)
            if not note.locked and item.live:
                self.items.setCellWidget(i, 2, self._owner_choice(item, owners, absent))
            due = QTableWidgetItem(item.due_date.strftime("%d.%m.%Y") if item.due_date else "")
            if item.due_date and item.done_on is None and item.due_date < self.today:
                due.setForeground(Qt.GlobalColor.red)
                due.setToolTip(self.tr("Fristen er passert"))
            origin = QTableWidgetItem(f"{labels.month_short(item.first_raised[1])} {item.first_raised[0]}"
                                      if item.carried else self.tr("dette møtet"))
            for cell in (text, due, origin):
                if note.locked or cell is origin:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for col, cell in ((1, text), (2, owner), (3, due), (4, origin)):
                self.items.setItem(i, col, cell)
        self.items.resizeColumnToContents(0)
        self.items.resizeRowsToContents()
        choices = [w for r in range(self.items.rowCount()) if (w := self.items.cellWidget(r, 2)) is not None]
        if choices:  # the choice boxes fit their column and rows (Qt sizes those by the cells' text)
            self.items.setColumnWidth(2, max(self.items.columnWidth(2), *(w.sizeHint().width() for w in choices)))
            for r in range(self.items.rowCount()):
                self.items.setRowHeight(r, max(self.items.rowHeight(r), choices[0].sizeHint().height() + 4))
        self.items.setMinimumHeight(min(360, 40 + 30 * max(1, len(note.items))))
        self.items.blockSignals(False)
        current = self.new_owner.currentData()
        self.new_owner.clear()
        self.new_owner.addItem(self.tr("(ingen)"), None)
        for pid, name in owners:
            self.new_owner.addItem(name, str(pid))
        self.new_owner.setCurrentIndex(max(0, self.new_owner.findData(current)))
        if not same_note or not self.new_due.date().isValid() or self.new_due.date() <= QDate(2000, 1, 1):
            # Two weeks after the meeting (or after today, if that is later): a new point's
            # deadline never starts out before the meeting it is agreed in.
            meeting_day = note.meeting_date or date(note.year, note.month, 1)
            self.new_due.setDate(_qdate(max(meeting_day, self.today)).addDays(14))
        for w in (self.new_item, self.new_owner, self.new_due, self.add_button, self.remove_button):
            w.setEnabled(not note.locked)

    def _owner_choice(self, item: ItemLine, owners: list[tuple[uuid.UUID, str]], absent: bool) -> QComboBox:
        """Who is responsible for a point, chosen among the meeting's participants. A point carried
        from a meeting with a leader who has since left keeps that name until someone else is
        chosen; the name says the person was not at this meeting."""
        combo = QComboBox()
        combo.addItem(self.tr("(ingen)"), None)
        for pid, name in owners:
            combo.addItem(name, str(pid))
        if absent:
            combo.addItem(self.tr("{name} (ikke med på møtet)").format(name=item.owner), str(item.owner_id))
            combo.setToolTip(self.tr("{name} var ikke med på dette møtet. Velg en ny ansvarlig.")
                             .format(name=item.owner))
        elif item.owner_id is None and item.owner:
            combo.addItem(item.owner, "")  # a name typed as text, not a person in the register
        current = str(item.owner_id) if item.owner_id else ("" if item.owner else None)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setAccessibleName(self.tr("Ansvarlig for: {text}").format(text=item.text[:80]))
        combo.activated.connect(lambda _i, c=combo, iid=item.id: self._owner_chosen(iid, c))
        return combo

    def _owner_chosen(self, item_id: uuid.UUID, combo: QComboBox) -> None:
        if self.note is None or self._filling or combo.currentData() == "":
            return
        chosen = combo.currentData()
        owner_id = uuid.UUID(chosen) if chosen else None
        line = next((i for i in self.note.items if i.id == item_id), None)
        if line is None or (line.owner_id == owner_id and (owner_id is not None or not line.owner)):
            return
        self.command_ready.emit(cmd.UpdateItem(self.store, item_id, owner_id=owner_id, owner_text=""))

    def _fill_approval(self, note: MeetingNote) -> None:
        def state(day: date | None) -> str:
            return self.tr("Godkjent {date}").format(date=day.strftime("%d.%m.%Y")) if day else self.tr("Ikke godkjent")
        self.leader_state.setText(state(note.approved_by_leader_on))
        self.superior_state.setText(state(note.approved_by_superior_on))
        self.approve_leader.setEnabled(not note.locked and note.approved_by_leader_on is None)
        self.approve_superior.setEnabled(not note.locked and note.approved_by_superior_on is None)
        self.reopen_button.setVisible(note.locked)
        log = [self.tr("Åpnet igjen {date} av {who}: {reason}").format(
            date=".".join(reversed(e.get("on", "").split("-"))), who=e.get("by", ""), reason=e.get("reason", ""))
            for e in note.reopened]
        self.reopen_log.setText("\n".join(log))
        self.reopen_log.setVisible(bool(log))

    # --- someone else saved first --------------------------------------------------------------
    def _conflicted(self, conflict: Conflict) -> None:
        """Show the other person's version and keep the user's text to copy or put back."""
        table = conflict.key[0]
        if table not in ("meeting", "meeting_goal_status", "action_item"):
            return
        self.conflicts.add(conflict)
        if self.note is None:
            return
        old = self.note
        try:
            fresh = self.store.read(meetings.meeting_note, old.id)
        except AppError:  # the note is gone: the page says so when it reloads
            return
        force = {conflict.field} if conflict.field in self.sections else set()
        for key in SECTION_KEYS:
            mine = self.sections[key].toPlainText()
            if key in force or fresh.sections[key] == old.sections[key] or mine in (old.sections[key],
                                                                                  fresh.sections[key]):
                continue
            # They changed this box too while it held unsaved text of the user's: keep that as well.
            self.conflicts.add(Conflict(conflict.key, conflict.message, labels.note_section(key), mine,
                                        partial(cmd.SetSection, self.store, old.id, key, mine), field=key))
            force.add(key)
        self._force = force
        self.show_note(fresh)

    # --- saving ----------------------------------------------------------------------------
    def flush(self) -> None:
        """Save every text box with a save pending (before leaving the note or closing)."""
        for key, timer in self._timers.items():
            if timer.isActive():
                self._save_section(key)

    def _save_section(self, key: str) -> None:
        self._timers[key].stop()
        note = self.note
        if note is None or note.locked:
            return
        text = self.sections[key].toPlainText()
        if text == note.sections.get(key, ""):
            return
        note.sections[key] = text  # what the database will hold; avoids saving twice
        with self.store.initiated_by(self):  # the box already shows it: no reload for our own save
            self.command_ready.emit(cmd.SetSection(self.store, note.id, key, text))

    def _date_done(self) -> None:
        note = self.note
        if note is None or note.locked or self._filling:
            return
        day = _pydate(self.date_edit.date())
        if day != note.meeting_date:
            self.command_ready.emit(cmd.SetDetails(self.store, note.id, meeting_date=day, today=self.today))

    def _status_done(self, _index: int) -> None:
        note = self.note
        status = self.status.currentData()
        if note is not None and not note.locked and status != note.status:
            self.command_ready.emit(cmd.SetDetails(self.store, note.id, status=status, today=self.today))

    def _goal_status_chosen(self, combo: QComboBox) -> None:
        note = self.note
        if note is None or self._filling:
            return
        goal_id = uuid.UUID(combo.property("goal_id"))
        line = next((g for g in note.goals if g.goal_id == goal_id), None)
        if line is not None and combo.currentData() != line.status:
            self.command_ready.emit(cmd.SetGoalStatus(self.store, note.id, goal_id, combo.currentData(),
                                                      line.comment))

    def _goal_comment_changed(self, item: QTableWidgetItem) -> None:
        note = self.note
        if note is None or self._filling or item.column() != 3:
            return
        goal_id = uuid.UUID(filled_item(self.goals, item.row(), 0).data(Qt.ItemDataRole.UserRole))
        line = next((g for g in note.goals if g.goal_id == goal_id), None)
        if line is None or item.text() == line.comment:
            return
        status = line.status or line.previous_status or "on_track"
        self.command_ready.emit(cmd.SetGoalStatus(self.store, note.id, goal_id, status, item.text()))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        note = self.note
        if note is None or self._filling or item.column() not in (1, 3):
            return
        item_id = uuid.UUID(filled_item(self.items, item.row(), 1).data(Qt.ItemDataRole.UserRole))
        if item.column() == 1:
            self.command_ready.emit(cmd.UpdateItem(self.store, item_id, text=item.text()))
            return
        text = item.text().strip()
        due = QDate.fromString(text, "dd.MM.yyyy") if text else None
        if due is not None and not due.isValid():
            self.refused.emit(self.tr("«{text}» er ikke en dato. Skriv fristen som dd.mm.åååå.").format(text=text))
            return
        self.command_ready.emit(cmd.UpdateItem(self.store, item_id, due_date=_pydate(due) if due else None))

    def _done_toggled(self, item_id: uuid.UUID, on: bool) -> None:
        if self.note is not None and not self._filling:
            self.command_ready.emit(cmd.SetDone(self.store, item_id, self.today if on else None))

    def _add_item(self) -> None:
        note = self.note
        if note is None or note.locked:
            return
        owner = self.new_owner.currentData()
        text = self.new_item.text()
        self.command_ready.emit(cmd.AddItem(self.store, note.id, text, uuid.UUID(owner) if owner else None,
                                            _pydate(self.new_due.date())))
        if text.strip():
            self.new_item.clear()

    def _remove_item(self) -> None:
        row = self.items.currentRow()
        chosen = self.items.item(row, 1) if row >= 0 else None
        if self.note is None or chosen is None:
            return
        self.command_ready.emit(cmd.RemoveItem(self.store, uuid.UUID(chosen.data(Qt.ItemDataRole.UserRole))))

    # --- search hits -----------------------------------------------------------------------
    def show_hit(self, field: str, source_id: uuid.UUID, words: list[str]) -> None:
        """Scroll to where a search hit is and mark the words found."""
        target: QWidget | None = None
        if field in self.sections:
            target = self.sections[field]
            self._mark_words(self.sections[field], words)
        elif field == "item":
            for row in range(self.items.rowCount()):
                if filled_item(self.items, row, 1).data(Qt.ItemDataRole.UserRole) == str(source_id):
                    self.items.setCurrentCell(row, 1)
                    target = self.items
        elif field == "goal":
            target = self.goals
        if target is not None:
            self.ensureWidgetVisible(target, 20, 60)
            target.setFocus()

    @staticmethod
    def _mark_words(edit: QPlainTextEdit, words: list[str]) -> None:
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(Qt.GlobalColor.yellow)
        doc = edit.document()
        for word in words:
            cursor = doc.find(word)
            while not cursor.isNull():
                sel = QTextEdit.ExtraSelection()
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
                cursor = doc.find(word, cursor)
        edit.setExtraSelections(selections)
        if selections:
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            edit.setTextCursor(first)
