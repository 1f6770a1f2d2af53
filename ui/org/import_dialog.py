"""Import a unit list like Visio's org-chart wizard: choose the file, check the guessed
columns, see the rows and every problem, then import all or nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError, Hint
from app.io import Table, find_column, read_table
from app.org.importer import ORG_FIELDS, ImportPlan, OrgImportError, import_units, plan_table
from ui.errors import show_user_error
from ui.i18n import QT_TRANSLATE_NOOP
from ui.store import Store
from ui.widgets import cell_combo, filled_item

FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("ImportDialog", "Id"),
    "parent": QT_TRANSLATE_NOOP("ImportDialog", "Overordnet id"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Navn"),
    "kind": QT_TRANSLATE_NOOP("ImportDialog", "Type"),
    "leader": QT_TRANSLATE_NOOP("ImportDialog", "Leder"),
    "ansvar": QT_TRANSLATE_NOOP("ImportDialog", "Ansvar"),
    "fte": QT_TRANSLATE_NOOP("ImportDialog", "Årsverk"),
    "ignore": QT_TRANSLATE_NOOP("ImportDialog", "(ikke bruk)"),
}
PREVIEW_ROWS = 12


class ImportDialog(QDialog):
    def __init__(self, store: Store, path: Path, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.path, self.table = store, path, table
        self.plan: ImportPlan | None = None
        self.result_version: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Importer enheter fra {file}").format(file=path.name))
        self.resize(860, 620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet = QComboBox()
        self.sheet.addItems(table.sheet_names or [table.sheet_name or ""])
        if table.sheet_name:
            self.sheet.setCurrentText(table.sheet_name)
        self.sheet.setEnabled(len(table.sheet_names) > 1)
        self.version_name = QLineEdit(path.stem)
        form.addRow(self.tr("&Ark"), self.sheet)
        form.addRow(self.tr("&Versjonsnavn"), self.version_name)
        root_row = QHBoxLayout()
        self.use_root = QCheckBox(self.tr("Legg flere toppenheter under én ny enhet:"))
        self.root_name = QLineEdit(self.tr("Rådmannen"))
        root_row.addWidget(self.use_root)
        root_row.addWidget(self.root_name)
        form.addRow("", root_row)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Kolonner (gjettet fra overskriftene – rett der det trengs):")))
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Overskrift i filen"), self.tr("Betyr")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.setMaximumHeight(200)
        layout.addWidget(self.mapping)
        layout.addWidget(QLabel(self.tr("Første rader:")))
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setMinimumHeight(self.preview.fontMetrics().height() * 2 * 8)  # about eight rows
        layout.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(140)
        self.problems.setAccessibleName(self.tr("Problemer i filen"))
        self.problems.setVisible(False)  # shown only when there is a problem to list
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox()
        self.check_button = QPushButton(self.tr("&Kontroller"))
        self.import_button = QPushButton(self.tr("&Importer"))
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.do_import)
        self.sheet.activated.connect(self._sheet_changed)
        layout.addWidget(buttons)
        self.check(initial=True)

    def _sheet_changed(self) -> None:
        try:
            self.table = read_table(self.path, sheet=self.sheet.currentText())
        except AppError as err:
            show_user_error(self, err)
            return
        self.mapping.setRowCount(0)
        self.check(initial=True)

    def user_mapping(self) -> dict[str, str] | None:
        if self.mapping.rowCount() == 0:
            return None
        return {filled_item(self.mapping, r, 0).text(): cell_combo(self.mapping, r, 1).currentData()
                for r in range(self.mapping.rowCount()) if filled_item(self.mapping, r, 0).text()}

    def _show_mapping(self, headers: list[str], mapping: dict[int, str]) -> None:
        self.mapping.setRowCount(len(headers))
        for r, header in enumerate(headers):
            self.mapping.setItem(r, 0, QTableWidgetItem(header))
            combo = QComboBox()
            for field in ORG_FIELDS:
                combo.addItem(self.tr(FIELD_LABELS[field]), field)
            combo.setCurrentIndex(combo.findData(mapping.get(r, "ignore")))
            combo.setAccessibleName(self.tr("Hva kolonnen «{h}» betyr").format(h=header))
            self.mapping.setCellWidget(r, 1, combo)

    def _show_preview(self, header_row: int) -> None:
        rows = self.table.rows[header_row - 1: header_row + PREVIEW_ROWS] if header_row else self.table.rows[:13]
        width = max((len(r) for r in rows), default=0)
        self.preview.setColumnCount(width)
        self.preview.setRowCount(max(0, len(rows) - 1))
        if rows:
            self.preview.setHorizontalHeaderLabels(["" if v is None else str(v) for v in rows[0]] + [""] *
                                                   (width - len(rows[0])))
        for r, row in enumerate(rows[1:]):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))

    def check(self, initial: bool = False) -> bool:
        """Plan the import with the columns as chosen; list every problem."""
        self.problems.clear()
        root = self.root_name.text().strip() if self.use_root.isChecked() else None
        try:
            self.plan = plan_table(self.table, mapping=None if initial else self.user_mapping(), root_name=root)
        except OrgImportError as err:
            self.plan = None
            if initial or self.mapping.rowCount() == 0:
                self._show_mapping(err.headers, err.guessed_mapping)
            if err.several_roots:
                self.use_root.setChecked(True)
            self.summary.setText(err.headline)
            for p in err.problems:
                self.problems.addItem(str(p))
            self.import_button.setEnabled(False)
            self.problems.setVisible(self.problems.count() > 0)
            self._show_preview(0)
            self.point_at(err.hint)
            return False
        if initial or self.mapping.rowCount() == 0:
            self._show_mapping(self.plan.headers, self.plan.mapping)
        self._show_preview(self.plan.header_row)
        self.summary.setText(self.tr("{n} enheter er klare til import. Ingen feil funnet.")
                             .format(n=len(self.plan.rows)))
        self.import_button.setEnabled(True)
        self.problems.setVisible(False)  # no problems: the preview gets the room
        return True

    def point_at(self, hint: Hint | None) -> None:
        """Put the focus on the control that deals with what the message asks for."""
        if hint is None:
            return
        if hint.kind == "map_column" and self.mapping.rowCount():
            row = self._mapping_row(hint)
            self.mapping.setCurrentCell(row, 1)
            self.mapping.scrollToItem(filled_item(self.mapping, row, 0))
            self.mapping.cellWidget(row, 1).setFocus()
        elif hint.kind == "several_roots":
            self.root_name.setFocus()
            self.root_name.selectAll()
        elif hint.kind == "version_name":
            self.version_name.setFocus()
            self.version_name.selectAll()
        elif hint.kind == "choose_sheet" and self.sheet.isEnabled():
            self.sheet.setFocus()

    def _mapping_row(self, hint: Hint) -> int:
        """The column the hint is about: by its header, else the column now chosen for the field,
        else the first column not in use (where a missing field is likely to be)."""
        headers = [filled_item(self.mapping, r, 0).text() for r in range(self.mapping.rowCount())]
        if hint.header and (index := find_column(headers, hint.header)) is not None and index < len(headers):
            return index
        fields = [cell_combo(self.mapping, r, 1).currentData() for r in range(self.mapping.rowCount())]
        if hint.field in fields:
            return fields.index(hint.field)
        return fields.index("ignore") if "ignore" in fields else 0

    def do_import(self) -> None:
        if not self.check():
            return
        try:
            result = self.store.run(import_units, self.plan, version_name=self.version_name.text())
        except AppError as err:
            show_user_error(self, err)
            self.point_at(err.hint)
            return
        self.result_version = result.version_id
        self.accept()


def run_import(parent: QWidget, store: Store) -> uuid.UUID | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportDialog", "Importer enheter"), "",
        QCoreApplication.translate("ImportDialog", "Regneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)"))
    if not path:
        return None
    try:
        table = read_table(Path(path))
    except AppError as err:
        show_user_error(parent, err)
        return None
    dialog = ImportDialog(store, Path(path), table, parent)
    dialog.exec()
    return dialog.result_version
