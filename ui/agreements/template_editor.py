"""Maler: copy a template and change its sections, fixed text, fields, goal categories and
columns. A template already used by an agreement is saved as a new version; the agreement
keeps the version it was made from. Built-in templates are copied before they are changed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.agreements import templates as t
from app.errors import AppError
from ui.errors import show_user_error
from ui.i18n import QT_TRANSLATE_NOOP
from ui.store import Store
from ui.widgets import cell_combo, filled_item

COLUMN_LABELS = {
    "text": QT_TRANSLATE_NOOP("TemplateEditor", "Mål"),
    "indicator": QT_TRANSLATE_NOOP("TemplateEditor", "Indikator"),
    "evaluation": QT_TRANSLATE_NOOP("TemplateEditor", "Evaluering"),
    "deadline": QT_TRANSLATE_NOOP("TemplateEditor", "Frist"),
    "sub_goals": QT_TRANSLATE_NOOP("TemplateEditor", "Delmål"),
    "self_assessment": QT_TRANSLATE_NOOP("TemplateEditor", "Egenevaluering"),
    "superior_assessment": QT_TRANSLATE_NOOP("TemplateEditor", "Overordnedes vurdering"),
}
FIELD_TYPE_LABELS = {
    "text": QT_TRANSLATE_NOOP("TemplateEditor", "Tekst på én linje"),
    "multiline": QT_TRANSLATE_NOOP("TemplateEditor", "Tekst på flere linjer"),
    "date": QT_TRANSLATE_NOOP("TemplateEditor", "Dato"),
    "person": QT_TRANSLATE_NOOP("TemplateEditor", "Person"),
    "unit": QT_TRANSLATE_NOOP("TemplateEditor", "Enhet"),
}


class TemplateEditor(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.template_id: uuid.UUID | None = None
        self.definition: dict[str, Any] = {}
        self.builtin = True
        self._shown_key: str | None = None
        self.setWindowTitle(self.tr("Maler for avtaler"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self._build_template_list(splitter)
        self._build_section_list(splitter)
        self._build_section_details(splitter)
        splitter.setSizes([340, 240, 520])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._connect_signals()
        self.reload_templates()

    def _build_template_list(self, splitter: QSplitter) -> None:
        """The templates, and the button that copies one."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Maler"))
        # A template's whole name on two lines rather than «Lederavtale for enhetsleder (result…»
        # behind a scroll bar (walk at 1366×768).
        self.templates.setWordWrap(True)
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.copy_button = QPushButton(self.tr("&Kopier mal …"))
        left_layout.addWidget(QLabel(self.tr("Maler")))
        left_layout.addWidget(self.templates)
        left_layout.addWidget(self.copy_button)
        splitter.addWidget(left)

    def _build_section_list(self, splitter: QSplitter) -> None:
        """The chosen template's sections, with buttons to add, remove and move them."""
        middle = QWidget()
        mid = QVBoxLayout(middle)
        self.info = QLabel()
        self.info.setWordWrap(True)
        mid.addWidget(self.info)
        mid.addWidget(QLabel(self.tr("Avsnitt")))
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Avsnitt"))
        mid.addWidget(self.sections)
        row = QHBoxLayout()
        self.add_section = QPushButton(self.tr("Nytt avsnitt"))
        self.remove_section = QPushButton(self.tr("Slett"))
        self.up = QPushButton(self.tr("Opp"))
        self.down = QPushButton(self.tr("Ned"))
        for b in (self.add_section, self.remove_section, self.up, self.down):
            row.addWidget(b)
        mid.addLayout(row)
        splitter.addWidget(middle)

    def _build_section_details(self, splitter: QSplitter) -> None:
        """The chosen section's title, text and fields, and the goal categories and columns."""
        right = QWidget()
        r = QVBoxLayout(right)
        box = QGroupBox(self.tr("Valgt avsnitt"))
        form = QFormLayout(box)
        self.section_title = QLineEdit()
        self.section_text = QPlainTextEdit()
        self.section_text.setTabChangesFocus(True)
        form.addRow(self.tr("&Overskrift"), self.section_title)
        form.addRow(self.tr("Fast &tekst"), self.section_text)
        self.fields = QTableWidget(0, 2)
        self.fields.setHorizontalHeaderLabels([self.tr("Felt"), self.tr("Type")])
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.setAccessibleName(self.tr("Felt i avsnittet"))
        form.addRow(self.tr("Felt"), self.fields)
        field_row = QHBoxLayout()
        self.add_field = QPushButton(self.tr("Nytt felt …"))
        self.remove_field = QPushButton(self.tr("Slett felt"))
        field_row.addWidget(self.add_field)
        field_row.addWidget(self.remove_field)
        form.addRow("", field_row)
        r.addWidget(box)
        goals = QGroupBox(self.tr("Målkategorier og kolonner"))
        g = QVBoxLayout(goals)
        self.categories = QListWidget()
        self.categories.setAccessibleName(self.tr("Målkategorier"))
        g.addWidget(self.categories)
        cat_row = QHBoxLayout()
        self.add_category = QPushButton(self.tr("Ny kategori …"))
        self.rename_category = QPushButton(self.tr("Gi nytt navn …"))
        self.remove_category = QPushButton(self.tr("Slett kategori"))
        for b in (self.add_category, self.rename_category, self.remove_category):
            cat_row.addWidget(b)
        g.addLayout(cat_row)
        self.columns = QTableWidget(0, 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Innhold"), self.tr("Kolonnetittel")])
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setAccessibleName(self.tr("Kolonner i måltabellen"))
        g.addWidget(self.columns)
        col_row = QHBoxLayout()
        self.add_column = QPushButton(self.tr("Ny kolonne"))
        self.remove_column = QPushButton(self.tr("Slett kolonne"))
        col_row.addWidget(self.add_column)
        col_row.addWidget(self.remove_column)
        g.addLayout(col_row)
        r.addWidget(goals)
        splitter.addWidget(right)

    def _connect_signals(self) -> None:
        """Every list and button to what it does."""
        self.templates.currentItemChanged.connect(lambda cur, _prev: self._open(cur))
        self.sections.currentRowChanged.connect(lambda _r: self._show_section())
        self.copy_button.clicked.connect(self.copy_template)
        self.add_section.clicked.connect(self._add_section)
        self.remove_section.clicked.connect(lambda: self._apply(t.remove_section, self._section_key()))
        self.up.clicked.connect(lambda: self._apply(t.move_section, self._section_key(), -1, keep=-1))
        self.down.clicked.connect(lambda: self._apply(t.move_section, self._section_key(), 1, keep=1))
        self.section_title.editingFinished.connect(self._section_text_done)
        self.add_field.clicked.connect(self._add_field)
        self.remove_field.clicked.connect(self._remove_field)
        self.add_category.clicked.connect(self._add_category)
        self.rename_category.clicked.connect(self._rename_category)
        self.remove_category.clicked.connect(self._remove_category)
        self.add_column.clicked.connect(self._add_column)
        self.remove_column.clicked.connect(self._remove_column)
        self.columns.itemChanged.connect(lambda _i: self._set_columns(self._columns()))

    # --- templates -------------------------------------------------------------------------
    def reload_templates(self, select: uuid.UUID | None = None) -> None:
        self.templates.clear()
        for row in self.store.read(t.list_templates):
            item = QListWidgetItem(f"{row.name} ({row.language}, v{row.template_version})"
                                   + ("" if row.is_builtin else " *"))
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            item.setData(Qt.ItemDataRole.UserRole + 1, row.is_builtin)
            self.templates.addItem(item)
            if select and str(select) == str(row.id):
                self.templates.setCurrentItem(item)
        if self.templates.currentItem() is None and self.templates.count():
            self.templates.setCurrentRow(0)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.template_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
        self.builtin = bool(item.data(Qt.ItemDataRole.UserRole + 1))
        self._shown_key = None  # nothing typed belongs to the newly opened template
        self.definition = self.store.read(t.template_definition, self.template_id)
        self.info.setText(self.tr("Innebygd mal: kopier den for å lage en egen variant.") if self.builtin else
                          self.tr("Egen mal. Er den brukt i en avtale, lagres endringene som en ny versjon."))
        for w in (self.add_section, self.remove_section, self.up, self.down, self.section_title, self.section_text,
                  self.add_field, self.remove_field, self.add_category, self.rename_category, self.remove_category,
                  self.add_column, self.remove_column, self.save_button, self.columns):
            w.setEnabled(not self.builtin)
        self._show_definition()

    def copy_template(self) -> None:
        template_id = self.template_id
        if template_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Kopier mal"), self.tr("Navn på den nye malen:"),
                                        text=self.definition.get("name", "") + self.tr(" (kopi)"))
        if not ok:
            return
        try:
            new = self.store.run(lambda s: t.copy_template(s, template_id, name=name).id)
        except AppError as err:
            show_user_error(self, err)
            return
        self.reload_templates(select=new)

    def save(self) -> None:
        template_id = self.template_id
        if template_id is None or self.builtin:
            return
        self._section_text_done()
        try:
            saved = self.store.run(lambda s: t.save_template(s, template_id, self.definition).id)
        except AppError as err:
            show_user_error(self, err)
            return
        self.reload_templates(select=saved)

    # --- showing ---------------------------------------------------------------------------
    def _show_definition(self, keep_section: int = 0) -> None:
        self.sections.blockSignals(True)
        self.sections.clear()
        for s in self.definition.get("sections", []):
            item = QListWidgetItem(s.get("title", s["key"]))
            item.setData(Qt.ItemDataRole.UserRole, s["key"])
            self.sections.addItem(item)
        self.sections.blockSignals(False)
        self.sections.setCurrentRow(min(max(keep_section, 0), self.sections.count() - 1))
        self.categories.clear()
        for c in self.definition.get("goal_categories", []):
            item = QListWidgetItem(c["title"])
            item.setData(Qt.ItemDataRole.UserRole, c["key"])
            self.categories.addItem(item)
        self.columns.blockSignals(True)
        cols = self.definition.get("goal_columns", [])
        self.columns.setRowCount(len(cols))
        for i, c in enumerate(cols):
            combo = QComboBox()
            for key, label in COLUMN_LABELS.items():
                combo.addItem(self.tr(label), key)
            combo.setCurrentIndex(max(0, combo.findData(c["key"])))
            combo.setEnabled(not self.builtin)
            combo.activated.connect(lambda _i: self._set_columns(self._columns()))
            self.columns.setCellWidget(i, 0, combo)
            self.columns.setItem(i, 1, QTableWidgetItem(c["title"]))
        self.columns.blockSignals(False)

    def _section(self) -> dict[str, Any] | None:
        key = self._section_key()
        return next((s for s in self.definition.get("sections", []) if s["key"] == key), None)

    def _section_key(self) -> str | None:
        item = self.sections.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_section(self) -> None:
        self._commit_pending()
        s = self._section()
        self._shown_key = s["key"] if s else None
        self.section_title.setText(s.get("title", "") if s else "")
        self.section_text.setPlainText(s.get("text", "") if s else "")
        fields = s.get("fields", []) if s else []
        self.fields.setRowCount(len(fields))
        for i, f in enumerate(fields):
            kind = f.get("type", "text")
            for c, text in enumerate((f.get("label", f["key"]), self.tr(FIELD_TYPE_LABELS.get(kind, kind)))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, f["key"])
                self.fields.setItem(i, c, item)

    # --- editing (pure functions of app.agreements.templates, saved with Lagre) ------------
    def _commit_pending(self) -> None:
        """Keep what was typed into the shown section's title and text before anything else."""
        s = next((x for x in self.definition.get("sections", []) if x["key"] == self._shown_key), None)
        if s is None or self.builtin:
            return
        title, text = self.section_title.text().strip(), self.section_text.toPlainText().strip()
        if title and (title, text) != (s.get("title", ""), s.get("text", "")):
            try:
                self.definition = t.set_section_text(self.definition, s["key"], title, text)
            except AppError as err:
                show_user_error(self, err)

    def _apply(self, fn: Callable[..., dict[str, Any]], *args: Any, keep: int = 0) -> None:
        if fn is not t.set_section_text:
            self._commit_pending()
        row = self.sections.currentRow()
        try:
            self.definition = fn(self.definition, *args)
        except AppError as err:
            show_user_error(self, err)
            return
        self._show_definition(keep_section=row + keep)

    def _section_text_done(self) -> None:
        self._commit_pending()
        item = self.sections.currentItem()
        s = self._section()
        if item is not None and s is not None:
            item.setText(s.get("title", ""))

    def _add_section(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Nytt avsnitt"), self.tr("Overskrift:"))
        if ok and title.strip():
            self._apply(t.add_section, self._section_key(), title.strip(), keep=1)

    def _add_field(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("Nytt felt"), self.tr("Ledetekst:"))
        if not ok or not label.strip():
            return
        kinds = ["text", "multiline", "date"]
        names = [self.tr(FIELD_TYPE_LABELS[k]) for k in kinds]
        name, ok = QInputDialog.getItem(self, self.tr("Nytt felt"), self.tr("Type:"), names, 0, False)
        if ok:
            self._apply(t.add_field, self._section_key(), label.strip(), kinds[names.index(name)])

    def _remove_field(self) -> None:
        rows = self.fields.selectionModel().selectedRows() or [self.fields.currentIndex()]
        if rows and rows[0].isValid():
            key = filled_item(self.fields, rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self._apply(t.remove_field, self._section_key(), key)

    def _add_category(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Ny kategori"), self.tr("Navn på kategorien:"))
        if ok and title.strip():
            self._apply(t.add_goal_category, title.strip())

    def _rename_category(self) -> None:
        item = self.categories.currentItem()
        if item is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Gi nytt navn"), self.tr("Navn:"), text=item.text())
        if ok and title.strip():
            self._apply(t.rename_goal_category, item.data(Qt.ItemDataRole.UserRole), title.strip())

    def _remove_category(self) -> None:
        item = self.categories.currentItem()
        if item is not None:
            self._apply(t.remove_goal_category, item.data(Qt.ItemDataRole.UserRole))

    def _columns(self) -> list[tuple[str, str]]:
        return [(cell_combo(self.columns, i, 0).currentData(), filled_item(self.columns, i, 1).text())
                for i in range(self.columns.rowCount())]

    def _set_columns(self, columns: list[tuple[str, str]]) -> None:
        self._apply(t.set_goal_columns, columns)

    def _add_column(self) -> None:
        columns = self._columns()
        unused = [key for key in COLUMN_LABELS if key not in {k for k, _ in columns}]
        if unused:
            self._set_columns([*columns, (unused[0], self.tr(COLUMN_LABELS[unused[0]]))])

    def _remove_column(self) -> None:
        row = self.columns.currentRow()
        if row >= 0:
            columns = self._columns()
            columns.pop(row)
            self._set_columns(columns)

