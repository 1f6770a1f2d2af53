"""Oppfølging: the year grid of monthly meetings, search across every note, and the note itself."""

from __future__ import annotations

import logging
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import BUDGET, FOLLOW_UP, ORG, ChangeSet, Kind
from app.errors import AppError
from app.followup import meetings
from app.followup.listing import grid_choices, year_grid
from app.followup.search import MARK_END, MARK_START, SearchHit, search_notes, words
from ui import context_menus, labels
from ui.commands import StoreCommand, push_command
from ui.conflicts import save_versioned
from ui.errors import show_user_error
from ui.followup.grid import FIXED_COLUMNS, STATUS_COLOURS, YearGridModel
from ui.followup.note_editor import MeetingNoteEditor
from ui.page import Page
from ui.store import Store

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250


class FollowUpPage(Page):
    key = "oppfolging"
    help_chapter = "oppfolging"
    watches = frozenset(FOLLOW_UP | ORG | {Kind.SETTINGS})  # the year grid
    note_watches = frozenset(watches | BUDGET | {Kind.AGREEMENTS, Kind.GOALS})  # an open note

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.meeting_id: uuid.UUID | None = None
        self._grid_stale = True
        self.stack = QStackedWidget()
        self.layout_.addWidget(self.stack, 1)

        self.grid_page = grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        self._build_filter_bar(grid_layout, today)
        self._build_legend_and_results(grid_layout)
        self._build_year_grid(grid_layout)
        self.stack.addWidget(grid_page)

        self.editor = MeetingNoteEditor(store, today)
        self.editor.command_ready.connect(self.push)
        self.editor.approve_requested.connect(self.approve)
        self.editor.reopen_requested.connect(self.reopen)
        self.editor.print_requested.connect(self.export_pdf)
        self.editor.preview_requested.connect(lambda: self.print_preview())
        self.editor.back_requested.connect(self.show_grid)
        self.editor.refused.connect(self._refused)
        self.stack.addWidget(self.editor)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_search)
        self._set_results([])
        # Right-click on a month: open (or make) its meeting; the reports are there too.
        context_menus.install(self.table, lambda: [
            (self.tr("Åpne møtet"), lambda: self.open_cell(self.table.currentIndex())), None, self.reports_button],
            context_menus.select_row_at(self.table))
        self.retranslate()

    def _build_filter_bar(self, grid_layout: QVBoxLayout, today: date) -> None:
        """Year, follow-up lead and kind, the search box and the reports button."""
        bar = QHBoxLayout()
        self.year_label, self.lead_label, self.kind_label = QLabel(), QLabel(), QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(lambda _v: self._refresh_grid())
        self.lead = QComboBox()
        self.lead.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lead.setMinimumContentsLength(10)
        self.lead.activated.connect(lambda _i: self._fill_grid())
        self.kind = QComboBox()
        self.kind.activated.connect(lambda _i: self._fill_grid())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        for label, widget in ((self.year_label, self.year), (self.lead_label, self.lead),
                              (self.kind_label, self.kind)):
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            bar.addSpacing(8)
        bar.addStretch(1)
        bar.addWidget(self.search)
        self.reports_button = QPushButton()
        self.reports_button.clicked.connect(self.show_reports)
        bar.addWidget(self.reports_button)
        grid_layout.addLayout(bar)

    def _build_legend_and_results(self, grid_layout: QVBoxLayout) -> None:
        """The colours of the statuses, and the search hits."""
        legend = QHBoxLayout()
        self.legend: dict[str, QLabel] = {}
        for status, colour in STATUS_COLOURS.items():
            chip = QLabel()
            chip.setStyleSheet(f"background:{colour}; color:white; padding:2px 8px; border-radius:3px;")
            self.legend[status] = chip
            legend.addWidget(chip)
        self.legend_hint = QLabel()
        self.legend_hint.setWordWrap(True)
        legend.addWidget(self.legend_hint, 1)
        grid_layout.addLayout(legend)
        self.results_label = QLabel()
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(220)
        self.results.itemActivated.connect(self._hit_activated)
        self.results.itemClicked.connect(self._hit_activated)
        grid_layout.addWidget(self.results_label)
        grid_layout.addWidget(self.results)

    def _build_year_grid(self, grid_layout: QVBoxLayout) -> None:
        """The year's meetings: one row per unit, one column per month."""
        self.model = YearGridModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # The names take what is left once every month shows its whole status word.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in range(FIXED_COLUMNS, FIXED_COLUMNS + 12):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self.open_cell)
        self.table.activated.connect(self.open_cell)
        grid_layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&År:"))
        self.lead_label.setText(self.tr("&Kommunalsjef:"))
        self.kind_label.setText(self.tr("&Type enhet:"))
        self.year.setAccessibleName(self.tr("År"))
        self.search.setPlaceholderText(self.tr("Søk i alle referater og punkter (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Søk i referater"))
        for status, chip in self.legend.items():
            chip.setText(labels.meeting_status(status))
        self.legend_hint.setText(self.tr("Dobbeltklikk en måned for å åpne eller lage møtet."))
        self.reports_button.setText(self.tr("&Rapporter …"))
        self.reports_button.setToolTip(self.tr("Månedsoppsummering eller tertialrapport, med forhåndsvisning"))
        self.table.setAccessibleName(self.tr("Møteoversikt for året"))
        self.results.setAccessibleName(self.tr("Søkeresultater"))
        self.editor.retranslate()

    def show_reports(self) -> None:
        """«Rapporter …»: the monthly summary or the tertial report, for the year shown."""
        from ui.reports.dialog import show_report_dialog

        show_report_dialog(self.store, self.today, self, year=self.year.value())

    # --- grid ------------------------------------------------------------------------------
    def apply_changes(self, changes: ChangeSet) -> None:
        # The note editor already shows the text it saved: its own autosaves reload nothing here,
        # and the grid (hidden behind the note) is read again when the user goes back to it.
        if changes.initiator is self.editor:
            self._grid_stale = True
            return
        if self.meeting_id is not None and self.stack.currentWidget() is self.editor:
            if changes.touches(self.note_watches):
                self.mark_stale()
            return
        super().apply_changes(changes)

    def refresh(self) -> None:
        # Someone else's change while a note is open: re-read the note, and leave the grid for
        # when the user goes back to it.
        if self.meeting_id is not None and self.stack.currentWidget() is self.editor:
            self._grid_stale = True
            self._show_note()
            return
        self._refresh_grid()

    # On a server (Page.reload): the same reads off the GUI thread, then the same filling.
    def load_args(self) -> tuple[Any, ...]:
        note_open = self.meeting_id is not None and self.stack.currentWidget() is self.editor
        return (self.meeting_id if note_open else None, self.year.value(), self.lead.currentData(),
                self.kind.currentData())

    def load(self, note_id: uuid.UUID | None, year: int, lead: str | None, kind: str | None) -> tuple[Any, ...]:
        if note_id is not None:
            return ("note", note_id, self.store.read(meetings.meeting_note, note_id))
        choices = self.store.read(grid_choices, year, self.today)
        # As _refill does: a choice no longer offered falls back to «Alle».
        lead = lead if lead in choices.leads else None
        kind = kind if kind in choices.kinds else None
        return ("grid", choices, self.store.read(year_grid, year, self.today, lead=lead, kind=kind))

    def fill(self, loaded: tuple[Any, ...]) -> None:
        if loaded[0] == "note":
            if self.meeting_id == loaded[1] and self.stack.currentWidget() is self.editor:
                self._grid_stale = True
                self.editor.show_note(loaded[2])
            return
        _, choices, rows = loaded
        self._grid_stale = False
        self._refill(self.lead, [(name, name) for name in choices.leads], self.tr("Alle"))
        self._refill(self.kind, [(labels.unit_kind(k), k) for k in choices.kinds], self.tr("Alle"))
        self._show_rows(rows)

    def _refresh_grid(self) -> None:
        self._grid_stale = False
        year = self.year.value()
        choices = self.store.read(grid_choices, year, self.today)
        self._refill(self.lead, [(name, name) for name in choices.leads], self.tr("Alle"))
        self._refill(self.kind, [(labels.unit_kind(k), k) for k in choices.kinds], self.tr("Alle"))
        self._fill_grid()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]], everyone: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_grid(self) -> None:
        self._show_rows(self.store.read(year_grid, self.year.value(), self.today, lead=self.lead.currentData(),
                                        kind=self.kind.currentData()))

    def _show_rows(self, rows: Any) -> None:
        self.table.clearSpans()
        self.model.set_rows(rows, self.tr("Uten kommunalsjef"))
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, FIXED_COLUMNS + 12)
        # Equal month columns, wide enough for the longest status word in this language.
        metrics = QFontMetrics(self.model.cell_font)
        width = 8 + max(metrics.horizontalAdvance(labels.meeting_status(s)) for s in STATUS_COLOURS)
        width = max(width, *(self.table.fontMetrics().horizontalAdvance(labels.month_short(m)) + 12
                             for m in range(1, 13)))
        for col in range(FIXED_COLUMNS, FIXED_COLUMNS + 12):
            self.table.setColumnWidth(col, width)

    def open_cell(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        if cell is None:
            return
        try:
            meeting_id = self.store.run(meetings.open_meeting, cell.unit_lineage_id, self.year.value(), cell.month,
                                        self.today)
        except AppError as err:
            show_user_error(self, err)
            return
        self.open_meeting(meeting_id)

    # --- the note --------------------------------------------------------------------------
    def open_meeting(self, meeting_id: uuid.UUID) -> None:
        if self.meeting_id != meeting_id:
            self.editor.flush()
        self.meeting_id = meeting_id
        self._show_note()
        self.stack.setCurrentWidget(self.editor)

    def _show_note(self) -> None:
        assert self.meeting_id is not None
        try:
            note = self.store.read(meetings.meeting_note, self.meeting_id)
        except AppError as err:
            show_user_error(self, err)
            self.show_grid()
            return
        self.editor.show_note(note)

    def show_grid(self) -> None:
        self.editor.flush()
        self.meeting_id = None
        if self._grid_stale:
            self._refresh_grid()
        self.stack.setCurrentWidget(self.grid_page)

    def push(self, command: StoreCommand) -> bool:
        ok = push_command(self.undo_stack, command, self)
        if not ok and self.meeting_id is not None:
            self._show_note()  # put back what the database holds
        return ok

    def _refused(self, message: str) -> None:
        show_user_error(self, AppError(message))
        if self.meeting_id is not None:
            self._show_note()

    def approve(self, party: str) -> None:
        if self.meeting_id is None:
            return
        self.editor.flush()
        try:
            # Approves the note as this window last showed it: a note changed since is refused.
            locked = save_versioned(self.store, ("meeting", self.meeting_id), meetings.approve, self.meeting_id,
                                    party, self.today)
        except AppError as err:
            show_user_error(self, err)
            return
        if locked:
            self.undo_stack.clear()  # earlier edits of a locked note cannot be undone
            self._status(self.tr("Referatet er godkjent av begge og låst."))

    def _status(self, text: str) -> None:
        """A note in the main window's status bar for six seconds."""
        window = self.window()
        if isinstance(window, QMainWindow):  # a page shown on its own has no status bar
            window.statusBar().showMessage(text, 6000)

    def reopen(self) -> None:
        if self.meeting_id is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Åpne referatet igjen"),
            self.tr("Referatet er godkjent av begge. Skriv hvorfor det åpnes igjen; begrunnelsen og hvem som "
                    "åpnet blir stående i referatet, og begge må godkjenne på nytt."))
        if not ok:
            return
        try:
            self.store.run(meetings.reopen, self.meeting_id, reason, self.today)
        except AppError as err:
            show_user_error(self, err)

    def export_pdf(self) -> None:
        if self.meeting_id is None:
            return
        self.editor.flush()
        note = self.store.read(meetings.meeting_note, self.meeting_id)
        from app.storage.files import safe_file_name

        name = safe_file_name(f"Oppfølgingssamtale {note.year}-{note.month:02d} {note.unit}") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre referatet som PDF"), name, "PDF (*.pdf)")
        if not path:
            return
        from app.followup.render import render_meeting_pdf

        try:
            render_meeting_pdf(note, Path(path))
        except AppError as err:
            show_user_error(self, err)
            return
        self._status(self.tr("Lagret {path}").format(path=path))

    def print_preview(self, *, show: bool = True) -> QPrintPreviewDialog | None:
        """The note's real pages in a print preview, then the printer."""
        from app.followup.render import render_meeting_pdf
        from ui.reports.print_preview import preview_pdf

        if self.meeting_id is None:
            return None
        self.editor.flush()
        note = self.store.read(meetings.meeting_note, self.meeting_id)
        try:
            pdf = render_meeting_pdf(note)
        except AppError as err:
            show_user_error(self, err)
            return None
        return preview_pdf(self, self.tr("Forhåndsvisning – referat"), pdf, show=show)

    # --- search ----------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.show_grid()
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        query = self.search.text()
        self._set_results(self.store.read(search_notes, query) if words(query) else [], query)

    def _set_results(self, hits: list[SearchHit], query: str = "") -> None:
        self.results.clear()
        searching = bool(words(query))
        self.results_label.setVisible(searching)
        self.results.setVisible(searching)
        if not searching:
            return
        self.results_label.setText(self.tr("{n} treff for «{query}»").format(n=len(hits), query=query.strip())
                                   if hits else self.tr("Ingen treff for «{query}»").format(query=query.strip()))
        for hit in hits:
            snippet = hit.snippet.replace(MARK_START, "«").replace(MARK_END, "»")
            item = QListWidgetItem(f"{hit.unit} · {labels.month_name(hit.month)} {hit.year} · "
                                   f"{labels.note_section(hit.field)}\n{snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)

    def _hit_activated(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(Qt.ItemDataRole.UserRole)
        self.open_meeting(hit.meeting_id)
        self.editor.show_hit(hit.field, hit.source_id, words(self.search.text()))

    # --- from other pages and the window ---------------------------------------------------
    def open_target(self, target: dict[str, Any]) -> None:
        """Open what a dashboard line names: a meeting (at an item), or a unit's month."""
        if target.get("meeting_id"):
            self.open_meeting(target["meeting_id"])
            if target.get("item_id"):
                self.editor.show_hit("item", target["item_id"], [])
            return
        if target.get("unit_lineage_id"):
            try:
                meeting_id = self.store.run(meetings.open_meeting, target["unit_lineage_id"], target["year"],
                                            target["month"], self.today)
            except AppError as err:
                show_user_error(self, err)
                return
            self.open_meeting(meeting_id)

    def flush_edits(self) -> None:
        self.editor.flush()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.editor.flush()
        super().hideEvent(event)
