"""Felles krav: goals written once for all leaders (or one kind of unit) in a period. Drafts
follow every change at once; signed agreements stay as they were signed."""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.agreements import common
from app.errors import AppError
from ui import labels
from ui.agreements.dialogs import date_edit, date_value
from ui.errors import show_user_error
from ui.i18n import QT_TRANSLATE_NOOP
from ui.store import Store
from ui.widgets import filled_item

CATEGORIES = (
    ("generelle_krav", QT_TRANSLATE_NOOP("RequirementForm", "Generelle krav felles for alle ledere")),
    ("faglige_krav", QT_TRANSLATE_NOOP("RequirementForm", "Faglige krav")),
    ("personlige_utviklingsmal", QT_TRANSLATE_NOOP("RequirementForm", "Personlige utviklingsmål som leder")),
)


class RequirementForm(QDialog):
    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Felles krav"))
        form = QFormLayout(self)
        self.start: QDateEdit = date_edit(date(year, 1, 1))
        self.end: QDateEdit = date_edit(date(year, 12, 31))
        self.category = QComboBox()
        for key, title in CATEGORIES:
            self.category.addItem(self.tr(title), key)
        self.unit_kind = QComboBox()
        self.unit_kind.addItem(self.tr("Alle ledere"), None)
        for kind in labels.UNIT_KINDS:
            self.unit_kind.addItem(labels.unit_kind(kind), kind)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(70)
        self.indicator = QLineEdit()
        self.evaluation = QLineEdit()
        for label, widget in ((self.tr("Fra og med"), self.start), (self.tr("Til og med"), self.end),
                              (self.tr("Kategori"), self.category), (self.tr("Gjelder"), self.unit_kind),
                              (self.tr("Mål"), self.text), (self.tr("Indikator"), self.indicator),
                              (self.tr("Evaluering"), self.evaluation)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def adding(self) -> partial[common.RequirementSaved]:
        """``common.add_common_requirement`` with what the form says; the store gives the session."""
        return partial(common.add_common_requirement, period_start=date_value(self.start),
                       period_end=date_value(self.end), category=self.category.currentData(),
                       unit_kind=self.unit_kind.currentData(), text=self.text.toPlainText().strip(),
                       indicator=self.indicator.text().strip(), evaluation=self.evaluation.text().strip())


class CommonRequirementsDialog(QDialog):
    def __init__(self, store: Store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Felles krav til alle ledere"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Mål"), self.tr("Indikator"), self.tr("Evaluering"),
                                              self.tr("Gjelder"), self.tr("I avtaler")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Felles krav"))
        layout.addWidget(self.table)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton(self.tr("&Nytt krav …"))
        self.delete_button = QPushButton(self.tr("&Slett"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.reload()

    def reload(self) -> None:
        rows = self.store.read(common.list_common_requirements, year=self.year.value())
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [r.text, r.indicator, r.evaluation,
                     labels.unit_kind(r.unit_kind) if r.unit_kind else self.tr("Alle ledere"), str(r.agreements)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(r.id))
                self.table.setItem(i, c, item)

    def add(self) -> None:
        form = RequirementForm(self.year.value(), self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        add = form.adding()
        try:
            updated = self.store.run(lambda s: add(s).agreements_updated)
        except AppError as err:
            show_user_error(self, err)
            return
        self.status.setText(self.tr("Kravet er lagt inn i {n} avtaleutkast.").format(n=updated))
        self.reload()

    def delete(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        requirement = uuid.UUID(filled_item(self.table, rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))
        try:
            updated = self.store.run(lambda s: common.delete_common_requirement(s, requirement).agreements_updated)
        except AppError as err:
            show_user_error(self, err)
            return
        self.status.setText(self.tr("Kravet er fjernet fra {n} avtaleutkast. Signerte avtaler er uendret.")
                            .format(n=updated))
        self.reload()
