"""Vis → «Endringslogg …»: who changed what, and when, with filters and an export.

The table asks ``app.audit.log`` for one page (200 entries) at a time, newest first, and for
the next page only when the user scrolls to the end (``canFetchMore``/``fetchMore``), so the
window opens at once on a file with 100 000 entries.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.audit import log as audit_log
from app.audit.log import PAGE_SIZE, AuditFilter, AuditRow
from app.errors import AppError
from ui.errors import show_user_error
from ui.i18n import QT_TRANSLATE_NOOP
from ui.store import Store
from ui.widgets import DateEdit

CONTEXT = "AuditDialog"
HEADERS = (QT_TRANSLATE_NOOP("AuditDialog", "Tidspunkt"), QT_TRANSLATE_NOOP("AuditDialog", "Bruker"),
           QT_TRANSLATE_NOOP("AuditDialog", "Handling"), QT_TRANSLATE_NOOP("AuditDialog", "Hva"),
           QT_TRANSLATE_NOOP("AuditDialog", "Gjelder"), QT_TRANSLATE_NOOP("AuditDialog", "Endring"))
ACTIONS = {"insert": QT_TRANSLATE_NOOP("AuditDialog", "Opprettet"),
           "update": QT_TRANSLATE_NOOP("AuditDialog", "Endret"),
           "delete": QT_TRANSLATE_NOOP("AuditDialog", "Slettet")}
# The «Hva» filter's words, translatable (app.audit.log has them in bokmål for the export).
KIND_LABELS = {
    "org": QT_TRANSLATE_NOOP("AuditDialog", "Organisasjon"), "agreements": QT_TRANSLATE_NOOP("AuditDialog", "Avtaler"),
    "followup": QT_TRANSLATE_NOOP("AuditDialog", "Oppfølging"), "budget": QT_TRANSLATE_NOOP("AuditDialog", "Budsjett"),
    "settings": QT_TRANSLATE_NOOP("AuditDialog", "Innstillinger"),
    "municipality": QT_TRANSLATE_NOOP("AuditDialog", "Kommune"),
    "org_version": QT_TRANSLATE_NOOP("AuditDialog", "Organisasjonsversjon"),
    "unit": QT_TRANSLATE_NOOP("AuditDialog", "Enhet"), "unit_ansvar": QT_TRANSLATE_NOOP("AuditDialog", "Ansvarskode"),
    "person": QT_TRANSLATE_NOOP("AuditDialog", "Person"), "position": QT_TRANSLATE_NOOP("AuditDialog", "Stilling"),
    "follow_up_link": QT_TRANSLATE_NOOP("AuditDialog", "Oppfølgingsansvar"),
    "network": QT_TRANSLATE_NOOP("AuditDialog", "Nettverk"),
    "network_membership": QT_TRANSLATE_NOOP("AuditDialog", "Nettverksmedlem"),
    "agreement_template": QT_TRANSLATE_NOOP("AuditDialog", "Avtalemal"),
    "agreement": QT_TRANSLATE_NOOP("AuditDialog", "Avtale"),
    "common_requirement": QT_TRANSLATE_NOOP("AuditDialog", "Generelt krav"),
    "goal": QT_TRANSLATE_NOOP("AuditDialog", "Mål"), "assessment": QT_TRANSLATE_NOOP("AuditDialog", "Vurdering"),
    "meeting": QT_TRANSLATE_NOOP("AuditDialog", "Oppfølgingssamtale"),
    "meeting_goal_status": QT_TRANSLATE_NOOP("AuditDialog", "Målstatus"),
    "action_item": QT_TRANSLATE_NOOP("AuditDialog", "Oppfølgingspunkt"),
    "budget_set": QT_TRANSLATE_NOOP("AuditDialog", "Budsjettsett"),
    "setting": QT_TRANSLATE_NOOP("AuditDialog", "Innstilling"),
}
SHOWN_CHANGE = 300  # characters of a change in the table; the tooltip and the export have all of it
NO_DATE = QDate(2000, 1, 1)  # the date boxes' minimum, shown as «–»: no limit
SEARCH_PAUSE_MS = 350


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _flat(text: str, length: int = SHOWN_CHANGE) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


class AuditTableModel(QAbstractTableModel):
    """The entries the filter lets through, fetched a page at a time as the view scrolls."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0

    def set_filter(self, flt: AuditFilter) -> None:
        """Start again from the first page with ``flt``; an AppError (dates in the wrong order) is raised."""
        page = self.store.read(audit_log.query_audit, flt, offset=0, limit=PAGE_SIZE)
        self.beginResetModel()
        self.filter, self.rows, self.total = flt, list(page.rows), page.total
        self.endResetModel()

    # -- paging
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or len(self.rows) >= self.total:
            return
        page = self.store.read(audit_log.query_audit, self.filter, offset=len(self.rows), limit=PAGE_SIZE)
        if not page.rows:
            self.total = len(self.rows)  # entries were deleted meanwhile (a restore): stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    # -- the table
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def values(self, row: AuditRow) -> list[str]:
        return [row.at.strftime("%d.%m.%Y %H:%M:%S"), row.user, _tr(ACTIONS.get(row.action, row.action)),
                _tr(KIND_LABELS.get(row.table, row.kind_text)), row.subject, row.change]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.values(row)[index.column()]
            return _flat(text) if index.column() >= 4 else text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 4:
            text = row.subject if index.column() == 4 else row.change
            return text if text else None
        return None


class AuditDialog(QDialog):
    """The log with its filters; not modal, so the user can look at the pages beside it."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Endringslogg"))
        self.model = AuditTableModel(store, self)
        self.today = today or date.today()

        self.date_from = self._date_box(self.tr("Fra dato"))
        self.date_to = self._date_box(self.tr("Til dato"))
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Bruker"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Hva"))
        self.kind.addItem(self.tr("Alt"), "")
        for key, label in audit_log.kinds():
            self.kind.addItem(_tr(KIND_LABELS.get(key, label)), key)
            if key == "settings":
                self.kind.insertSeparator(self.kind.count())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk i endringene …"))
        self.search.setAccessibleName(self.tr("Søk i endringene"))
        self.search.setClearButtonEnabled(True)
        self.reset_button = QPushButton(self.tr("&Nullstill"))
        self.export_button = QPushButton(self.tr("&Eksporter …"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Antall endringer"))

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Endringer"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed rows: fast
        header = self.view.horizontalHeader()
        for column, width in enumerate((150, 90, 80, 130, 300)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Fra:"), self.date_from), (self.tr("&Til:"), self.date_to),
                              (self.tr("&Bruker:"), self.user), (self.tr("&Hva:"), self.kind)):
            text = QLabel(label)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.reset_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.resize(1100, 640)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._pause.start)
        for box in (self.date_from, self.date_to):
            box.dateChanged.connect(self.apply_filter)
        self.user.currentIndexChanged.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.reset_button.clicked.connect(self.reset_filter)
        self.export_button.clicked.connect(self.export_dialog)
        self.model.rowsInserted.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        store.changed.connect(self.refresh)
        store.database_replaced.connect(self.refresh)

        self._fill_users()
        self.apply_filter()

    def _date_box(self, name: str) -> QDateEdit:
        box = DateEdit()
        box.setCalendarPopup(True)
        box.setDisplayFormat("dd.MM.yyyy")
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText("–")  # at the minimum: no limit
        box.setDate(NO_DATE)
        box.setAccessibleName(name)
        return box

    def _fill_users(self) -> None:
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Alle"), "")
        for name in self.store.read(audit_log.audit_users):
            self.user.addItem(name, name)
        index = self.user.findData(current) if current else 0
        self.user.setCurrentIndex(max(index, 0))
        self.user.blockSignals(False)

    @staticmethod
    def _day(box: QDateEdit) -> date | None:
        value = box.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def current_filter(self) -> AuditFilter:
        return AuditFilter(date_from=self._day(self.date_from), date_to=self._day(self.date_to),
                           user=self.user.currentData() or None, kind=self.kind.currentData() or None,
                           text=self.search.text().strip())

    def apply_filter(self) -> None:
        self._pause.stop()
        try:
            self.model.set_filter(self.current_filter())
        except AppError as err:
            self.count.setText(str(err))
            return
        self.view.scrollToTop()

    def refresh(self) -> None:
        """Someone changed something (or another file was opened): show it from the top."""
        self._fill_users()
        self.apply_filter()

    def reset_filter(self) -> None:
        for widget in (self.date_from, self.date_to, self.user, self.kind):
            widget.blockSignals(True)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.user.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        for widget in (self.date_from, self.date_to, self.user, self.kind):
            widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    def _show_count(self, *_args: object) -> None:
        shown, total = len(self.model.rows), self.model.total
        if total == 0:
            self.count.setText(self.tr("Ingen endringer passer med filteret."))
        elif total == 1:
            self.count.setText(self.tr("1 endring"))
        elif shown >= total:
            self.count.setText(self.tr("{total} endringer").format(total=f"{total:,}".replace(",", "\u00a0")))
        else:
            self.count.setText(self.tr("Viser de {shown} nyeste av {total} endringer; rull ned for flere.").format(
                shown=f"{shown:,}".replace(",", "\u00a0"), total=f"{total:,}".replace(",", "\u00a0")))

    def export_dialog(self) -> None:
        suggestion = f"endringslogg-{self.today:%Y-%m-%d}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Eksporter endringsloggen"), suggestion,
            self.tr("Excel-arbeidsbok (*.xlsx);;CSV, semikolonseparert (*.csv)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write what the filter shows (all of it, not just the pages fetched) to ``path``."""
        from ui.progress import BackgroundOp, Cancelled, Progress

        flt = self.model.filter
        total = self.model.total

        def work(progress: Progress) -> audit_log.ExportResult:
            return self.store.read(audit_log.export_audit, path, flt, progress=progress)

        try:
            export = BackgroundOp(self, work).with_progress(self.tr("Eksporterer endringsloggen …"), total) \
                .run_and_wait()
        except Cancelled:
            return False
        except AppError as err:
            show_user_error(self, err)
            return False
        if export is None or export.rows < 0:
            return False
        self.count.setText(self.tr("Skrev {rows} endringer til {path}, merket «{marking}».").format(
            rows=export.rows, path=export.path, marking=export.marking))
        return True


def show_audit_dialog(store: Store, parent: QWidget | None = None) -> AuditDialog:
    """Open the log window (one per main window: a second call brings the first forward)."""
    existing = getattr(parent, "_audit_dialog", None) if parent is not None else None
    if existing is not None and existing.store is store:
        existing.refresh()
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = AuditDialog(store, parent)
    if parent is not None:
        parent._audit_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog
