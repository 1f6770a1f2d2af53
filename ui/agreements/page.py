"""Avtaler: every agreement with filters, the units still missing one, and the editor with its
live print preview; the lifecycle from draft to evaluation and next period's agreement."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.agreements import detail as agreement_detail
from app.agreements import lifecycle
from app.agreements.detail import AgreementDetail, RevisionRow
from app.agreements.overview import AgreementFilter, AgreementRow, MissingRow, list_agreements, missing_agreements
from app.agreements.templates import list_templates
from app.changes import AGREEMENT_KINDS, ORG, Kind
from app.errors import AppError
from app.formatting import format_date
from app.org.links import follow_up_leads
from app.org.queries import current_version, unit_rows
from ui import context_menus, labels
from ui.agreements import commands
from ui.agreements.dialogs import NewAgreementDialog, NextPeriodDialog, ReasonDialog, SignDialog, SummaryDialog
from ui.agreements.editor import AgreementEditor
from ui.agreements.preview import PreviewPane
from ui.commands import StoreCommand, push_command
from ui.errors import show_user_error
from ui.flow_layout import FlowLayout, flow_row
from ui.page import Page
from ui.store import Store

EDITOR_MIN_WIDTH = 560  # the agreement form's least width (issue 18: «about 180 px» was unusable)
PREVIEW_WIDTH = 420  # the preview pane's width when it opens (an A4 page readable at about 45 dpi)
STATUSES = ("draft", "discussion", "signed", "evaluated", "superseded")
SUBLINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the unit cell's second line: kind and period
NAME_MIN_WIDTH = 120  # the unit's column never narrower (names elide, «Kvernes bo- og omso…»)
LEADER_MAX_WIDTH = 140  # a long leader's name elides rather than push Status out of view


class UnitCellDelegate(QStyledItemDelegate):
    """The unit's name over the kind of agreement and its period, both elided to the column: at
    1366×768 Enhet, Leder and Status fit side by side without scrolling sideways (walk 30, 33)."""

    def _lines(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.lineSpacing()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(min(size.width(), 220), 2 * self._lines(option) + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        sub = str(index.data(SUBLINE_ROLE) or "")
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(4, 3, -4, -3)
        line = self._lines(option)
        fm = option.fontMetrics
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width()))
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(sub, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class ElidedLabel(QLabel):
    """One line, cut with «…» to the width it has, the whole text in its tooltip: a long message
    no longer wraps to two lines and takes height from the list (walk 30, 44)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setToolTip(text if text else "")
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().sizeHint().height())

    def shown_text(self) -> str:
        """The text as drawn: whole, or cut with «…» to the label's width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.shown_text())


class ListColumnsFit(QObject):
    """Leder, Status and Mål as wide as their text (Leder at most LEADER_MAX_WIDTH), the unit's
    column the room left and never less than NAME_MIN_WIDTH: no sideways scrolling at 1366."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        for column in range(1, table.columnCount()):
            if header.isSectionHidden(column):
                continue
            wanted = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            header.resizeSection(column, min(wanted, LEADER_MAX_WIDTH) if column == 1 else wanted)
        others = sum(header.sectionSize(c) for c in range(1, table.columnCount()) if not header.isSectionHidden(c))
        header.resizeSection(0, max(NAME_MIN_WIDTH, table.viewport().width() - others))


def period_label(start: date, end: date) -> str:
    """A period short enough for the list's column: «2026» for a calendar year, «01.08.26–31.07.27»
    otherwise (the full dates cut to «01.» in a narrow list)."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start:%d.%m.%y}–{end:%d.%m.%y}"


def _current_units(session, on: date) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(name, id, year type) of every unit an agreement can be for."""
    version = current_version(session)
    if version is None:
        return []
    return sorted((r.name, str(r.id), r.year_type) for r in unit_rows(session, version.id, on)
                  if r.kind != "top_team")


def _leads(session, on: date) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    version = current_version(session)
    return [(p.full_name, str(p.id)) for p in follow_up_leads(session, version.id, on)] if version else []


@dataclass
class Selected:
    """The chosen agreement and its revisions (read by AgreementsPage.read_selected)."""
    agreement_id: uuid.UUID | None
    detail: AgreementDetail | None
    history: list[RevisionRow]


@dataclass
class Loaded:
    """Everything the page shows, read by AgreementsPage.load (off the GUI thread on a server)."""
    leads: list[tuple[str, str]]
    lead: str | None
    year: int
    rows: list[AgreementRow]
    missing: list[MissingRow]
    selected: Selected


class AgreementsPage(Page):
    key = "avtaler"
    help_chapter = "avtaler"
    watches = frozenset(AGREEMENT_KINDS | ORG | {Kind.SETTINGS})

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.selected: uuid.UUID | None = None
        self._to_its_year = False  # open_agreement: show the year of the agreement chosen
        self._folded_widths: dict[int, int] = {}  # a folded side's width, to open it as it was
        self.summary_drafts: dict[uuid.UUID, str] = {}  # evaluation summaries typed, not yet saved
        self.rows: list = []
        self.year_label, self.year = QLabel(), QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year_label.setBuddy(self.year)
        self.status_box, self.lead_box = QComboBox(), QComboBox()
        # Filters and every action in rows that wrap: at 1366×768 nothing hides in a «»» overflow.
        self.action_bar, bar = flow_row(self.year_label, self.year, self.status_box, self.lead_box)
        bar.add_separator()
        self.new_button = QPushButton()
        self.discuss_button = QPushButton()
        self.sign_button = QPushButton()
        self.revision_button = QPushButton()
        self.finish_button = QPushButton()
        self.next_button = QPushButton()
        self.delete_button = QPushButton()
        self.pdf_button = QPushButton()
        self.docx_button = QPushButton()
        self.print_button = QPushButton()
        self.batch_button = QPushButton()
        self.templates_button = QPushButton()
        self.common_button = QPushButton()
        # The evaluation round: the leader's self-assessment form out (DOCX or PDF) and back in.
        self.form_export_button = QPushButton()
        self.form_import_button = QPushButton()
        for b in (self.new_button, self.discuss_button, self.sign_button, self.revision_button, self.finish_button,
                  self.form_export_button, self.form_import_button,
                  self.next_button, self.delete_button, self.pdf_button, self.docx_button, self.print_button,
                  self.batch_button, self.common_button, self.templates_button):
            bar.addWidget(b)
        self.layout_.addWidget(self.action_bar)

        self._build_body(bar, store, today)
        self._connect_signals()
        self.retranslate()

    def _build_body(self, bar: FlowLayout, store: Store, today: date) -> None:
        """The list of agreements with history and missing ones, the editor and the preview side by side."""
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setMinimumWidth(200)
        # Enhet over the kind and period in one two-line cell, then Leder, Status, Mål: all in
        # view at 1366×768 (Avtale and Periode keep their columns, hidden, for reading the rows).
        self.table.setItemDelegateForColumn(0, UnitCellDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setColumnHidden(2, True)
        self.table.setColumnHidden(3, True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self.columns_fit = ListColumnsFit(self.table)
        self.history_label = QLabel()
        self.history = QListWidget()
        self.history.setMaximumHeight(72)
        self.missing_label = QLabel()
        # Long labels wrap: unwrapped, «Ledere uten avtale, …» alone made the list 329 px at least.
        self.history_label.setWordWrap(True)
        self.missing_label.setWordWrap(True)
        self.missing = QListWidget()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.table, self.history_label, self.history, self.missing_label, self.missing):
            left_layout.addWidget(w)
        left_layout.setStretch(0, 4)
        left_layout.setStretch(4, 1)
        self.editor = AgreementEditor(store, today)
        self.preview = PreviewPane(store)
        self.show_preview = QCheckBox()
        # Folded until the page knows its width (fit_to_width opens it on a big screen): a shown
        # preview counted in the window's least width (1199 px) from the first start on.
        self.show_preview.setChecked(False)
        self.preview.hide()
        self.show_list = QCheckBox()
        self.show_list.setChecked(True)
        self.left = left
        self.show_preview.toggled.connect(lambda on: self._show_side(2, on))
        self.show_list.toggled.connect(lambda on: self._show_side(0, on))
        bar.add_separator()
        bar.addWidget(self.show_list)
        bar.addWidget(self.show_preview)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        self._sized = False
        splitter.setStretchFactor(1, 1)
        # The list and the preview fold away (drag the handle to the edge, or the boxes above);
        # the editor's form never does.
        splitter.setCollapsible(0, True)
        splitter.setCollapsible(1, False)
        splitter.setCollapsible(2, True)
        self.editor.setMinimumWidth(EDITOR_MIN_WIDTH)
        splitter.splitterMoved.connect(self._splitter_moved)
        self.layout_.addWidget(splitter, 1)
        self.status_line = ElidedLabel()
        self.layout_.addWidget(self.status_line)

    def _connect_signals(self) -> None:
        """Every filter, list and button to what it does."""
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.status_box.activated.connect(lambda _i: self.reload())
        self.lead_box.activated.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.clicked.connect(self._row_clicked)
        self.table.activated.connect(self._row_clicked)
        self.history.itemClicked.connect(
            lambda item: self.open_agreement(uuid.UUID(item.data(Qt.ItemDataRole.UserRole))))
        self.missing.itemActivated.connect(self._missing_activated)
        self.editor.command_ready.connect(self.push)
        self.editor.message.connect(self.status_line.setText)
        self.new_button.clicked.connect(self.new_agreement)
        self.discuss_button.clicked.connect(self.send_to_discussion)
        self.sign_button.clicked.connect(self.sign)
        self.revision_button.clicked.connect(self.make_revision)
        self.finish_button.clicked.connect(self.finish_evaluation)
        self.form_export_button.clicked.connect(self.export_self_assessment_form)
        self.form_import_button.clicked.connect(self.read_self_assessment_form)
        self.next_button.clicked.connect(self.create_next)
        self.delete_button.clicked.connect(self.delete_draft)
        self.pdf_button.clicked.connect(lambda: self.export_selected("pdf"))
        self.docx_button.clicked.connect(lambda: self.export_selected("docx"))
        self.print_button.clicked.connect(lambda: self.print_preview())
        self.batch_button.clicked.connect(self.export_year)
        self.templates_button.clicked.connect(self.edit_templates)
        self.common_button.clicked.connect(self.edit_common)
        # Right-click on an agreement: its lifecycle and export; on a missing leader: a new agreement.
        context_menus.install(self.table, lambda: [
            self.new_button, None, self.discuss_button, self.sign_button, self.revision_button, self.finish_button,
            self.form_export_button, self.form_import_button, self.next_button, self.delete_button, None,
            self.pdf_button, self.docx_button, self.print_button],
            context_menus.select_row_at(self.table))
        context_menus.install(self.missing, lambda: [
            (self.tr("Ny avtale for denne enheten …"), lambda: self._missing_activated(self.missing.currentItem()))]
            if self.missing.currentItem() else [self.new_button], context_menus.select_row_at(self.missing))

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&År:"))
        self.year.setAccessibleName(self.tr("År"))
        self.status_box.clear()
        self.status_box.addItem(self.tr("Alle statuser"), None)
        for status in STATUSES:
            self.status_box.addItem(labels.agreement_status(status), status)
        self.status_box.setAccessibleName(self.tr("Status"))
        self.lead_box.setAccessibleName(self.tr("Oppfølgingsansvarlig"))
        self.new_button.setText(self.tr("&Ny avtale …"))
        self.discuss_button.setText(self.tr("Til &drøfting"))
        self.sign_button.setText(self.tr("&Signer …"))
        self.revision_button.setText(self.tr("Ny &revisjon …"))
        self.finish_button.setText(self.tr("Avslutt &evaluering …"))
        self.form_export_button.setText(self.tr("Eksporter egenvurderingsskjema …"))
        self.form_export_button.setToolTip(self.tr("Lederens del av avtalen som skjema (Word eller PDF) lederen "
                                                   "fyller ut selv"))
        self.form_import_button.setText(self.tr("Les inn egenvurdering …"))
        self.form_import_button.setToolTip(self.tr("Les lederens utfylte skjema inn som lederens egenevaluering"))
        self.next_button.setText(self.tr("Neste &periode …"))
        self.delete_button.setText(self.tr("Slett utkast"))
        self.pdf_button.setText(self.tr("&PDF …"))
        self.docx_button.setText(self.tr("&Word …"))
        self.print_button.setText(self.tr("Skriv &ut …"))
        self.print_button.setToolTip(self.tr("Forhåndsvisning av sidene, så utskrift"))
        self.batch_button.setText(self.tr("Alle for året …"))
        self.show_preview.setText(self.tr("Forhåndsvisning"))
        self.show_list.setText(self.tr("Liste"))
        self.show_list.setToolTip(self.tr("Vis eller skjul avtalelisten for å gi skjemaet mer plass."))
        self.templates_button.setText(self.tr("&Maler …"))
        self.common_button.setText(self.tr("&Felles krav …"))
        self.table.setHorizontalHeaderLabels([self.tr("Enhet"), self.tr("Leder"), self.tr("Avtale"),
                                              self.tr("Periode"), self.tr("Status"), self.tr("Mål")])
        self.table.setAccessibleName(self.tr("Avtaler"))
        self.history_label.setText(self.tr("Revisjoner av valgt avtale"))
        self.history.setAccessibleName(self.history_label.text())
        self.missing_label.setText(self.tr("Ledere uten avtale, eller med avtale som snart utløper"))
        self.missing.setAccessibleName(self.missing_label.text())

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # share the width once the page knows it: list, editor, preview
            self._sized = True
            self.fit_to_width()

    def fit_to_width(self) -> None:
        """List, form and preview side by side when there is room (a big screen); on a laptop
        (1366×768) the preview starts folded away so the form keeps at least EDITOR_MIN_WIDTH."""
        total = max(self.splitter.width(), 600)
        wide = total >= EDITOR_MIN_WIDTH + 320 + PREVIEW_WIDTH
        self.show_preview.setChecked(wide)
        if wide:
            self.splitter.setSizes([int(total * 0.30), int(total * 0.40), int(total * 0.30)])
        else:  # the form keeps its least width; the list takes the rest (kind and period in view)
            list_width = max(0, min(int(total * 0.45), total - EDITOR_MIN_WIDTH - 12))
            self.splitter.setSizes([list_width, total - list_width, 0])

    def _show_side(self, index: int, on: bool) -> None:
        """Fold the list (0) or the preview (2) away, or open it again with room taken from the form
        only as far as the form keeps EDITOR_MIN_WIDTH."""
        widget = self._pane(index)
        sizes = self.splitter.sizes()
        if not on and sizes[index] > 0:
            self._folded_widths[index] = sizes[index]
        widget.setVisible(on)
        sizes = self.splitter.sizes()
        other, other_box = (2, self.show_preview) if index == 0 else (0, self.show_list)
        if on and sizes[other] > 0 and sum(sizes) < EDITOR_MIN_WIDTH + 320 + PREVIEW_WIDTH:
            # Three panes do not fit (1366×768): the other side folds away, so the form keeps its
            # width and the preview shows its whole page (walk 35).
            other_box.blockSignals(True)
            other_box.setChecked(False)
            other_box.blockSignals(False)
            self._pane(other).hide()
            self._folded_widths[other] = sizes[other]  # it comes back as wide as it was (walk 2)
            sizes[1] += sizes[other]
            sizes[other] = 0
            self.splitter.setSizes(sizes)
        if on and sizes[index] == 0:
            room = max(0, sizes[1] - EDITOR_MIN_WIDTH)
            want = self._folded_widths.get(index) or (300 if index == 0 else PREVIEW_WIDTH)
            give = min(want, room) if room >= 200 else want
            sizes[index], sizes[1] = give, max(EDITOR_MIN_WIDTH, sizes[1] - give)
            self.splitter.setSizes(sizes)
        if index == 2 and on:
            self.preview.show_agreement(self.selected)

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        sizes = self.splitter.sizes()
        for index, box, size in ((0, self.show_list, sizes[0]), (2, self.show_preview, sizes[2])):
            box.blockSignals(True)
            box.setChecked(size > 0)
            box.blockSignals(False)
            if size == 0:  # dragged shut: hidden, so its least width no longer holds the window wide
                self._pane(index).hide()

    def _pane(self, index: int) -> QWidget:
        """The splitter's list (0), form (1) or preview (2); the page put all three there."""
        widget = self.splitter.widget(index)
        assert widget is not None
        return widget

    # --- loading ---------------------------------------------------------------------------
    # Page.reload: ``load`` reads (off the GUI thread on a server), ``fill`` fills the widgets.
    def load_args(self) -> tuple[Any, ...]:
        return (self.lead_box.currentData(), self.year.value(), self.status_box.currentData(), self.selected,
                self._to_its_year)

    def load(self, lead: str | None, year: int, status: str | None, selected: uuid.UUID | None,
             to_its_year: bool = False) -> Loaded:
        leads = self.store.read(_leads, self.today)
        if lead not in {person_id for _name, person_id in leads}:
            lead = None  # a lead no longer offered: «Alle oppfølgingsansvarlige»
        chosen = self.read_selected(selected)
        if to_its_year and chosen.detail is not None:
            year = chosen.detail.period_start.year
        flt = AgreementFilter(year=year, status=status, follow_up_lead_id=uuid.UUID(lead) if lead else None)
        return Loaded(leads, lead, year, self.store.read(list_agreements, flt),
                      self.store.read(missing_agreements, year, self.today), chosen)

    def read_selected(self, agreement_id: uuid.UUID | None) -> Selected:
        """The agreement the editor shows and its revisions (reads only: any thread)."""
        try:
            detail = self.store.read(agreement_detail.agreement_detail, agreement_id) if agreement_id else None
        except AppError:  # deleted meanwhile: nothing is chosen
            return Selected(agreement_id, None, [])
        history = self.store.read(agreement_detail.revision_history, detail.id) if detail is not None else []
        return Selected(agreement_id, detail, history)

    def fill(self, loaded: Loaded) -> None:
        self._to_its_year = False
        if loaded.year != self.year.value():
            self.year.blockSignals(True)
            self.year.setValue(loaded.year)
            self.year.blockSignals(False)
        self.lead_box.clear()
        self.lead_box.addItem(self.tr("Alle oppfølgingsansvarlige"), None)
        for name, person_id in loaded.leads:
            self.lead_box.addItem(name, person_id)
        self.lead_box.setCurrentIndex(max(0, self.lead_box.findData(loaded.lead)))
        self.rows = loaded.rows
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            kind = labels.agreement_kind(r.kind) + (f" (rev. {r.revision})" if r.revision > 1 else "")
            period = period_label(r.period_start, r.period_end)
            cells = [r.unit, r.leader, kind, period, labels.agreement_status(r.status), str(r.goals)]
            whole = f"{format_date(r.period_start)}–{format_date(r.period_end)}"
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(r.id))
                if c == 0:
                    item.setData(SUBLINE_ROLE, f"{kind} · {period}")
                    item.setToolTip(f"{r.unit}\n{kind}, {whole}")
                elif c == 1:
                    item.setToolTip(r.leader)
                elif c == 3:
                    item.setToolTip(whole)
                self.table.setItem(i, c, item)
        self.table.blockSignals(False)
        self.columns_fit.fit()
        self.missing.clear()
        for m in loaded.missing:
            leader = m.leader or self.tr("ledig")
            reason = (self.tr("utløper {date}").format(date=format_date(m.ends_on)) if m.ends_on
                      else self.tr("mangler"))
            entry = QListWidgetItem(f"{m.unit} – {leader} ({reason})")
            entry.setData(Qt.ItemDataRole.UserRole, str(m.unit_id))
            self.missing.addItem(entry)
        # The editor shows the row highlighted, or nothing: a filter that hides the agreement shown
        # left its form and buttons on screen with another row highlighted (walk 37–40).
        ids = [r.id for r in self.rows]
        self.table.blockSignals(True)  # the agreement read with the list is shown just below
        if self.selected in ids:
            self.table.selectRow(ids.index(self.selected))
        else:
            self.selected = None
            self.table.clearSelection()
            self.table.setCurrentIndex(self.table.model().index(-1, -1))
        self.table.blockSignals(False)
        self._show_selected(loaded.selected if self.selected is not None else Selected(None, None, []))

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.selected = self.rows[rows[0].row()].id if rows else None
        self._show_selected()

    def _row_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        """A click on a row loads its agreement even when the row was already highlighted."""
        if 0 <= index.row() < len(self.rows) and self.rows[index.row()].id != self.selected:
            self.selected = self.rows[index.row()].id
            self._show_selected()

    def open_agreement(self, agreement_id: uuid.UUID) -> None:
        self.selected = agreement_id
        ids = [r.id for r in self.rows]
        if agreement_id not in ids:  # every status and lead: the list must hold the agreement opened
            self.status_box.setCurrentIndex(0)
            self.lead_box.setCurrentIndex(0)
            self._to_its_year = True  # load reads the agreement and shows its year
            self.reload()
            return
        self.table.selectRow(ids.index(agreement_id))

    def open_target(self, target: dict) -> None:
        if target.get("agreement_id"):
            self.open_agreement(target["agreement_id"])

    def _show_selected(self, loaded: Selected | None = None) -> None:
        """The chosen agreement in the editor: from ``loaded`` when it was read with the list, else
        read now (off the GUI thread on a server)."""
        if loaded is not None and loaded.agreement_id == self.selected:
            self._sub_loads.pop("selected", None)
            self._fill_selected(loaded)
            return
        agreement_id = self.selected
        if self.store.remote:  # until the agreement has come, nothing acts on the one shown before
            for b in (self.discuss_button, self.sign_button, self.revision_button, self.finish_button,
                      self.next_button, self.delete_button, self.pdf_button, self.docx_button, self.print_button,
                      self.form_export_button, self.form_import_button):
                b.setEnabled(False)
        self.read_then("selected", lambda: self.read_selected(agreement_id), self._fill_selected)

    def _fill_selected(self, loaded: Selected) -> None:
        if loaded.agreement_id != self.selected:
            return  # another agreement was chosen meanwhile
        detail = loaded.detail
        self.editor.show_agreement(detail)
        self.preview.show_agreement(self.selected)
        self.history.clear()
        if detail is not None:
            for rev in loaded.history:
                # A signed revision shows the day it was signed; any other the day it was made, said so.
                if rev.signed_on is None:
                    when = self.tr("laget {date}").format(date=format_date(rev.created_at))
                elif rev.status == "signed":
                    when = format_date(rev.signed_on)
                else:  # evaluated or replaced: when it was signed, not when that happened
                    when = self.tr("signert {date}").format(date=format_date(rev.signed_on))
                item = QListWidgetItem(self.tr("Revisjon {n}: {status} ({date})").format(
                    n=rev.revision, status=labels.agreement_status(rev.status), date=when))
                item.setData(Qt.ItemDataRole.UserRole, str(rev.id))
                if rev.id == detail.id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.history.addItem(item)
        status = detail.status if detail else None
        self.discuss_button.setEnabled(status == "draft")
        self.sign_button.setEnabled(status in ("draft", "discussion"))
        self.revision_button.setEnabled(status == "signed")
        self.finish_button.setEnabled(status == "signed")
        self.form_export_button.setEnabled(status == "signed")
        self.form_import_button.setEnabled(status == "signed")
        self.next_button.setEnabled(status in ("signed", "evaluated"))
        self.delete_button.setEnabled(status == "draft")
        for b in (self.pdf_button, self.docx_button, self.print_button):
            b.setEnabled(detail is not None)

    # --- actions ---------------------------------------------------------------------------
    def push(self, command: StoreCommand) -> bool:
        return push_command(self.undo_stack, command, self)

    def new_agreement(self, unit_id: uuid.UUID | None = None) -> None:
        templates = [(f"{t.name} ({t.language})", str(t.id), t.kind) for t in self.store.read(list_templates)]
        units = self.store.read(_current_units, self.today)
        dialog = NewAgreementDialog(templates, units, self.year.value(), self)
        if unit_id is not None:
            dialog.unit.setCurrentIndex(max(0, dialog.unit.findData(str(unit_id))))
        if dialog.exec() != NewAgreementDialog.DialogCode.Accepted:
            return
        start, end = dialog.period()
        template_id, unit = dialog.template_id(), dialog.unit_id()
        command = commands.NewAgreement(
            self.store, lambda s: lifecycle.create_agreement(s, template_id=template_id, unit_id=unit,
                                                            period_start=start, period_end=end),
            self.tr("Ny avtale"))
        self._push_and_open(command)

    def _missing_activated(self, item: QListWidgetItem) -> None:
        self.new_agreement(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))

    def send_to_discussion(self) -> None:
        if self.selected:
            self.push(commands.SendToDiscussion(self.store, self.selected, self.tr("Til drøfting")))

    def sign(self) -> None:
        detail = self.editor.detail
        if detail is None:
            return
        dialog = SignDialog(detail.leader_name, detail.superior_name, detail.signed_place, self.today, self)
        if dialog.exec() == SignDialog.DialogCode.Accepted:
            place, leader_on, superior_on = dialog.values()
            if self.push(commands.Sign(self.store, detail.id, place, leader_on, superior_on,
                                       self.tr("Signer avtalen"))):
                signed_on = max(leader_on, superior_on)  # signed when the last one signs
                self.status_line.setText(self.tr("Avtalen «{title}» er signert {date}.").format(
                    title=detail.title, date=format_date(signed_on)))

    def make_revision(self) -> None:
        dialog = ReasonDialog(self)
        if self.selected and dialog.exec() == ReasonDialog.DialogCode.Accepted:
            old, reason = self.selected, dialog.reason.text()
            command = commands.NewAgreement(self.store, lambda s: lifecycle.make_revision(s, old, reason=reason),
                                            self.tr("Ny revisjon"))
            self._push_and_open(command)

    def finish_evaluation(self) -> None:
        detail = self.editor.detail
        if detail is None:
            return
        # What the user typed is kept, whatever happens: when the evaluation cannot be closed yet
        # (a goal lacks the superior's assessment) or the dialog is cancelled, the dialog opens
        # with the same text next time.
        drafts = self.summary_drafts
        dialog = SummaryDialog(drafts.get(detail.id) or detail.evaluation_summary, self)
        accepted = dialog.exec() == SummaryDialog.DialogCode.Accepted
        text = dialog.summary.toPlainText()
        if text.strip():
            drafts[detail.id] = text
        if accepted and self.push(commands.FinishEvaluation(self.store, detail.id, text,
                                                            self.tr("Avslutt evaluering"))):
            drafts.pop(detail.id, None)

    def export_self_assessment_form(self) -> None:
        """«Eksporter egenvurderingsskjema …»: the leader's part of the agreement as a form to fill in."""
        detail = self.editor.detail
        if detail is None:
            return
        from app.scorecard.evaluation_form import export_self_assessment_form
        from app.storage.files import safe_file_name

        suggestion = f"{safe_file_name(self.tr('Egenvurdering') + ' ' + detail.title, fallback='egenvurdering')}.docx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Eksporter egenvurderingsskjema"), suggestion,
            ";;".join((self.tr("Word-skjema (*.docx)"), self.tr("PDF med skjemafelt (*.pdf)"))))
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() not in (".docx", ".pdf"):  # no ending typed: the filter chosen decides
            out = out.with_name(out.name + (".pdf" if "*.pdf" in chosen else ".docx"))
        try:
            self.store.read(export_self_assessment_form, detail.id, out)
        except AppError as err:
            show_user_error(self, err)
            return
        self.status_line.setText(self.tr("Lagret egenvurderingsskjemaet i {path}. Send det til lederen, og les det "
                                         "inn med «Les inn egenvurdering …» når det kommer tilbake.").format(path=out))

    def read_self_assessment_form(self) -> None:
        """«Les inn egenvurdering …»: the filled-in form as the leader's own assessments (Ctrl+Z undoes)."""
        detail = self.editor.detail
        if detail is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Les inn egenvurdering"), "",
                                              self.tr("Egenvurderingsskjema (*.docx *.pdf)"))
        if not path:
            return
        command = commands.ReadSelfAssessmentForm(self.store, detail.id, Path(path),
                                                  self.tr("Les inn egenvurdering"))
        if self.push(command):
            self.status_line.setText(self.tr("Leste inn {n} egenvurderinger fra {file}.").format(
                n=command.assessed, file=Path(path).name))

    def create_next(self) -> None:
        detail = self.editor.detail
        if detail is None:
            return
        length = detail.period_end - detail.period_start
        start = detail.period_end + timedelta(days=1)
        dialog = NextPeriodDialog(start, start + length, self)
        if dialog.exec() != NextPeriodDialog.DialogCode.Accepted:
            return
        new_start, new_end = dialog.period()
        old = detail.id
        command = commands.NewAgreement(
            self.store, lambda s: lifecycle.create_next(s, old, period_start=new_start, period_end=new_end),
            self.tr("Neste periodes avtale"))
        self._push_and_open(command)

    def _push_and_open(self, command: commands.NewAgreement) -> None:
        if self.push(command) and command.agreement_id is not None:
            self.open_agreement(command.agreement_id)

    def delete_draft(self) -> None:
        detail = self.editor.detail
        if detail is None or QMessageBox.question(
                self, self.tr("Slett utkast"), self.tr("Slette utkastet «{title}»? Du kan angre med Ctrl+Z.")
                .format(title=detail.title)) != QMessageBox.StandardButton.Yes:
            return
        if self.push(commands.DeleteAgreement(self.store, detail.id, self.tr("Slett utkast"))):
            self.selected = None
            self.reload()

    def edit_templates(self) -> None:
        from ui.agreements.template_editor import TemplateEditor

        TemplateEditor(self.store, self).exec()

    def edit_common(self) -> None:
        from ui.agreements.common_dialog import CommonRequirementsDialog

        CommonRequirementsDialog(self.store, self.year.value(), self).exec()
        self.reload()

    def export_selected(self, fmt: str) -> None:
        detail = self.editor.detail
        if detail is None:
            return
        from app.storage.files import safe_file_name

        suggestion = f"{safe_file_name(detail.title, fallback='avtale')}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre avtalen"), suggestion,
                                              "PDF (*.pdf)" if fmt == "pdf" else "Word (*.docx)")
        if not path:
            return
        from app.agreements.batch import render_many

        try:
            self.store.read(render_many, [detail.id], fmt=fmt, out=Path(path), one_file=True)
        except AppError as err:
            show_user_error(self, err)
            return
        self.status_line.setText(self.tr("Lagret {path}").format(path=path))

    def print_preview(self, *, show: bool = True):  # type: ignore[no-untyped-def]
        """«Skriv ut …»: the agreement's real pages in a print preview, then the printer."""
        from ui.agreements.preview import pdf_for
        from ui.reports.print_preview import preview_pdf

        detail = self.editor.detail
        if detail is None:
            return None
        try:
            pdf = self.store.read(pdf_for, detail.id)
        except AppError as err:
            show_user_error(self, err)
            return None
        return preview_pdf(self, self.tr("Forhåndsvisning – {title}").format(title=detail.title), pdf, show=show)

    def export_year(self) -> None:
        ids = [r.id for r in self.rows]
        if not ids:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Alle avtaler i én PDF"),
                                              self.tr("Avtaler {year}.pdf").format(year=self.year.value()),
                                              "PDF (*.pdf)")
        if not path:
            return
        from app.agreements.batch import render_many
        from ui.progress import BackgroundOp, Cancelled

        try:
            BackgroundOp(self, lambda progress: self.store.read(render_many, ids, fmt="pdf", out=Path(path),
                                                                 one_file=True, progress=progress)) \
                .with_progress(self.tr("Skriver {n} avtaler …").format(n=len(ids)), len(ids)).run_and_wait()
        except Cancelled:
            return
        except AppError as err:
            show_user_error(self, err)
            return
        self.status_line.setText(self.tr("Lagret {n} avtaler i {path}").format(n=len(ids), path=path))

