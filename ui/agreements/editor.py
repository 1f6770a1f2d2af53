"""The agreement editor: a form generated from the agreement's template.

Sections become group boxes with their fixed text and fields; the goal section becomes one
table per goal category; table sections become editable tables. Every finished edit is an
undoable command handed to the page. When the same agreement is shown again after an edit,
the widgets are updated in place so the cursor stays where the user is typing.

A save refused because someone else changed the agreement first (``ui.conflicts``) reloads
their version and keeps the user's text in the panel at the top, to copy or put back.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.agreements import service
from app.agreements.service import AgreementDetail, CategoryView, GoalView
from app.errors import AppError
from app.formatting import format_date
from ui import labels
from ui.agreements import commands
from ui.conflicts import Conflict, ConflictPanel, versions
from ui.store import Store
from ui.widgets import FocusOutCommit

GOAL_KEYS = ("text", "indicator", "evaluation", "deadline", "sub_goals")


def _parse_date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    for sep in (".", "-", "/"):
        parts = text.split(sep)
        if len(parts) == 3:
            try:
                d, m, y = (int(p) for p in parts) if sep != "-" else (int(parts[2]), int(parts[1]), int(parts[0]))
                return date(y if y > 100 else 2000 + y, m, d)
            except ValueError:
                return None
    return None


def goal_cell(goal: GoalView, key: str) -> str:
    if key == "deadline":
        return format_date(goal.deadline)
    if key == "sub_goals":
        return "\n".join(s.get("text", "") for s in goal.sub_goals)
    if key == "self_assessment":
        return goal.self_assessment.comment if goal.self_assessment else ""
    if key == "superior_assessment":
        return goal.superior_assessment.comment if goal.superior_assessment else ""
    return str(getattr(goal, key, "") or "")


class GoalTable(QWidget):
    """The goals of one category: add, remove, reorder, edit in place; the scale when signed."""

    def __init__(self, editor: AgreementEditor, category: CategoryView, columns: list[dict[str, Any]]) -> None:
        super().__init__()
        self.editor, self.category, self.columns = editor, category, columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(f"<b>{category.title}</b>")
        layout.addWidget(title)
        if category.hint:
            hint = QLabel(category.hint)
            hint.setWordWrap(True)
            hint.setForegroundRole(hint.foregroundRole())
            layout.addWidget(hint)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.warning)
        self.assess = editor.detail.status in ("signed", "evaluated") if editor.detail else False
        headers = [self.tr("Nr.")] + [c["title"] for c in columns]
        if self.assess:
            headers += [self.tr("Egenevaluering"), self.tr("Kommentar"), self.tr("Overordnedes vurdering"),
                        self.tr("Kommentar")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(category.title)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add = QToolButton(text=self.tr("Nytt mål"))
        self.remove = QToolButton(text=self.tr("Slett"))
        self.up = QToolButton(text=self.tr("Opp"))
        self.down = QToolButton(text=self.tr("Ned"))
        for b in (self.add, self.remove, self.up, self.down):
            b.setAccessibleName(f"{b.text()} – {category.title}")
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        locked = editor.detail.locked if editor.detail else True
        for b in (self.add, self.remove, self.up, self.down):
            b.setEnabled(not locked)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.table.itemChanged.connect(self._edited)
        self.fill(category)

    def fill(self, category: CategoryView) -> None:
        self.category = category
        self.table.blockSignals(True)
        self.table.setRowCount(len(category.goals))
        locked = self.editor.detail.locked if self.editor.detail else True
        for r, goal in enumerate(category.goals):
            number = QTableWidgetItem(goal.number)
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            number.setData(Qt.ItemDataRole.UserRole, str(goal.id))
            self.table.setItem(r, 0, number)
            for c, column in enumerate(self.columns, start=1):
                item = QTableWidgetItem(goal_cell(goal, column["key"]))
                editable = not locked and column["key"] in GOAL_KEYS and not (
                    goal.is_common and column["key"] in ("text", "indicator", "evaluation"))
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if goal.is_common:
                    item.setToolTip(self.tr("Felles krav: endres under Felles krav, og gjelder alle ledere."))
                self.table.setItem(r, c, item)
            if self.assess:
                self._assessment_cells(r, goal)
        self.table.resizeRowsToContents()
        self.table.setMinimumHeight(min(60 + 34 * max(1, len(category.goals)), 420))
        self.table.blockSignals(False)
        self.warning.setText(self.tr("Kildene råder til få mål: denne kategorien har {n}. Vurder å slå sammen "
                                     "eller prioritere.").format(n=len(category.goals)) if category.over_limit else "")
        self.warning.setVisible(category.over_limit)

    def _assessment_cells(self, row: int, goal: GoalView) -> None:
        base = 1 + len(self.columns)
        evaluated = self.editor.detail.status == "evaluated"
        for offset, assessor, view in ((0, "self", goal.self_assessment), (2, "superior", goal.superior_assessment)):
            combo = QComboBox()
            combo.addItem("–", None)
            for step in self.editor.detail.scale:
                combo.addItem(f"{step['label']} ({step.get('hint', '')})", step["value"])
            combo.setCurrentIndex(max(0, combo.findData(view.scale if view else None)))
            combo.setEnabled(not evaluated)
            combo.setAccessibleName(f"{goal.number} {assessor}")
            combo.activated.connect(lambda _i, g=goal.id, a=assessor, cb=combo, r=row, o=offset:
                                    self._assess(g, a, cb.currentData(), self.table.item(r, base + o + 1).text()))
            self.table.setCellWidget(row, base + offset, combo)
            comment = QTableWidgetItem(view.comment if view else "")
            comment.setData(Qt.ItemDataRole.UserRole + 1, assessor)
            if evaluated:
                comment.setFlags(comment.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, base + offset + 1, comment)

    def goal_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _edited(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        goal_id = self.goal_id(row)
        assessor = item.data(Qt.ItemDataRole.UserRole + 1)
        if assessor:  # an assessment comment
            combo = self.table.cellWidget(row, col - 1)
            self._assess(goal_id, assessor, combo.currentData(), item.text())
            return
        key = self.columns[col - 1]["key"]
        value: Any = item.text()
        if key == "deadline":
            value = _parse_date(item.text())
            if item.text().strip() and value is None:
                self.editor.show_message(self.tr("«{text}» er ikke en dato. Skriv den som dd.mm.åååå.")
                                         .format(text=item.text()))
                self.fill(self.category)
                return
        self.editor.command_ready.emit(commands.UpdateGoal(self.editor.store, goal_id, {key: value},
                                                           self.tr("Endre mål {n}").format(n=row + 1)))

    def _assess(self, goal_id: uuid.UUID, assessor: str, scale: int | None, comment: str) -> None:
        self.editor.command_ready.emit(commands.SetAssessment(
            self.editor.store, goal_id, assessor, scale, comment, self.editor.today,
            self.tr("Egenevaluering") if assessor == "self" else self.tr("Overordnedes vurdering")))

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _add(self) -> None:
        d = self.editor.detail
        self.editor.command_ready.emit(commands.AddGoal(self.editor.store, d.id, self.category.key,
                                                        self.tr("Nytt mål"), self.tr("Nytt mål i {c}")
                                                        .format(c=self.category.title)))

    def _remove(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.editor.command_ready.emit(commands.DeleteGoal(self.editor.store, self.goal_id(row),
                                                               self.tr("Slett mål {n}").format(n=row + 1)))

    def _move(self, delta: int) -> None:
        row = self._selected_row()
        if row is not None:
            self.editor.command_ready.emit(commands.MoveGoal(self.editor.store, self.goal_id(row), delta,
                                                             self.tr("Flytt mål {n}").format(n=row + 1)))


class PlainTableEditor(QWidget):
    """A section's table (services with deadlines, tables A–E): rows added, removed, edited."""

    def __init__(self, editor: AgreementEditor, section: dict[str, Any], rows: list[list[str]]) -> None:
        super().__init__()
        self.editor, self.section = editor, section
        columns = section["table"].get("columns", [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(section["title"])
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Ny rad"))
        self.remove = QPushButton(self.tr("Slett rad"))
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        locked = editor.detail.locked
        self.add.setEnabled(not locked)
        self.remove.setEnabled(not locked)
        self.add.clicked.connect(lambda: self._save([*self.rows(), [""] * len(columns)]))
        self.remove.clicked.connect(self._remove)
        self.table.itemChanged.connect(lambda _i: self._save(self.rows()))
        self.fill(rows)

    def fill(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if self.editor.detail.locked:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.setMinimumHeight(min(60 + 30 * max(1, len(rows)), 360))
        self.table.blockSignals(False)

    def rows(self) -> list[list[str]]:
        return [[(self.table.item(r, c).text() if self.table.item(r, c) else "")
                 for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]

    def _remove(self) -> None:
        rows = self.rows()
        selected = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in selected:
            rows.pop(r)
        if selected:
            self._save(rows)

    def _save(self, rows: list[list[str]]) -> None:
        self.editor.command_ready.emit(commands.UpdateValues(
            self.editor.store, self.editor.detail.id, {"tables": {self.section["key"]: rows}},
            self.tr("Endre {title}").format(title=self.section["title"])))


class AgreementEditor(QScrollArea):
    command_ready = Signal(object)  # a ui.commands.StoreCommand
    message = Signal(str)

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.today = store, today
        self.detail: AgreementDetail | None = None
        self._shape: tuple | None = None
        self.field_widgets: dict[str, QWidget] = {}
        self.goal_tables: dict[str, GoalTable] = {}
        self.plain_tables: dict[str, PlainTableEditor] = {}
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Kept across agreements and rebuilds: a refused text stays until the user deals with it.
        self.conflicts = ConflictPanel()
        self.conflicts.command_ready.connect(self.command_ready)
        versions(store).conflicted.connect(self._conflicted)
        self._empty()

    def _empty(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.conflicts)
        label = QLabel(self.tr("Velg en avtale i listen, eller lag en ny."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label, 1)
        self.setWidget(body)
        self._shape = None

    def show_message(self, text: str) -> None:
        self.message.emit(text)

    def show_agreement(self, detail: AgreementDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self._empty()
            return
        book = versions(self.store)  # what the user now sees is what the next save is based on
        book.saw(("agreement", detail.id), detail.version)
        for goal in detail.goals:
            book.saw(("goal", goal.id), goal.version)
            for assessor, view in (("self", goal.self_assessment), ("superior", goal.superior_assessment)):
                book.saw(("assessment", goal.id, assessor), view.version if view else 0)
        shape = (detail.id, detail.template_id, detail.status, detail.locked,
                 tuple((c.key, tuple(g.id for g in c.goals)) for c in detail.categories))
        if shape == self._shape:
            self._update_in_place(detail)
        else:
            self._build(detail)
            self._shape = shape

    # --- building --------------------------------------------------------------------------
    def _build(self, d: AgreementDetail) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.addWidget(self.conflicts)  # moved into the new body before the old one is deleted
        self.field_widgets, self.goal_tables, self.plain_tables = {}, {}, {}
        head = QFormLayout()
        head.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = QLineEdit(d.title)
        self.title_edit.setEnabled(not d.locked)
        self.title_edit.editingFinished.connect(self._title_done)
        head.addRow(self.tr("&Tittel"), self.title_edit)
        self.confidential = QCheckBox(self.tr("Unntatt offentlighet"))
        self.confidential.setToolTip(self.tr("Merkingen står på hver side av avtalen."))
        self.confidential.setChecked(d.confidential)
        self.confidential.setEnabled(not d.locked)
        self.confidential.clicked.connect(lambda checked: self.command_ready.emit(
            commands.SetConfidential(self.store, d.id, checked, self.tr("Endre merking"))))
        head.addRow("", self.confidential)
        info = QLabel(self.tr("{template} (versjon {version}) · {status} · revisjon {revision}").format(
            template=d.template_name, version=d.template_version, status=labels.agreement_status(d.status),
            revision=d.revision))
        info.setWordWrap(True)
        head.addRow(self.tr("Mal"), info)
        outer.addLayout(head)
        if d.locked:
            lock = QLabel(self.tr("Avtalen er signert og teksten er låst. Lag en revisjon for å endre den."))
            lock.setWordWrap(True)
            lock.setStyleSheet("color: #8a5a00;")
            outer.addWidget(lock)
        categories = {c.key: c for c in d.categories}
        columns = d.definition.get("goal_columns", [])
        for section in d.definition.get("sections", []):
            box = QGroupBox(section.get("title", ""))
            layout = QVBoxLayout(box)
            if section.get("text"):
                text = QLabel(section["text"].replace("\n\n", "<br><br>"))
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(text)
            form = QFormLayout()
            # Narrow editor: a long label goes above its field instead of pushing the form wide.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for item in section.get("fields", []):
                widget = self._field_widget(item, d)
                self.field_widgets[item["key"]] = widget
                form.addRow(item.get("label", item["key"]), widget)
            layout.addLayout(form)
            if section.get("goal_table"):
                keys = section.get("categories") or [c["key"] for c in d.definition.get("goal_categories", [])]
                for key in keys:
                    if key in categories:
                        table = GoalTable(self, categories[key], columns)
                        self.goal_tables[key] = table
                        layout.addWidget(table)
            if isinstance(section.get("table"), dict):
                rows = (d.values.get("tables") or {}).get(section["key"]) or section["table"].get("rows", [])
                table = PlainTableEditor(self, section, rows)
                self.plain_tables[section["key"]] = table
                layout.addWidget(table)
            if section.get("scale_table"):
                scale = QLabel("<br>".join(f"<b>{s['value']}</b> – {s['label']} ({s.get('hint', '')})"
                                           for s in d.scale))
                scale.setWordWrap(True)
                layout.addWidget(scale)
            if section.get("signature_block"):
                signed = QLabel(self.tr("Signert {place} – leder {leader}, overordnet {superior}").format(
                    place=d.signed_place, leader=format_date(d.signed_by_leader_on),
                    superior=format_date(d.signed_by_superior_on)) if d.signed_by_leader_on else
                    self.tr("Ikke signert ennå."))
                signed.setWordWrap(True)
                layout.addWidget(signed)
            outer.addWidget(box)
        if d.status in ("signed", "evaluated") or d.evaluation_summary:
            summary_box = QGroupBox(self.tr("Oppsummering av evalueringen"))
            summary_layout = QVBoxLayout(summary_box)
            self.summary = QPlainTextEdit(d.evaluation_summary)
            self.summary.setReadOnly(True)
            self.summary.setMaximumHeight(90)
            summary_layout.addWidget(self.summary)
            outer.addWidget(summary_box)
        outer.addStretch(1)
        self.setWidget(body)

    def _field_widget(self, item: dict[str, Any], d: AgreementDetail) -> QWidget:
        key, kind = item["key"], item.get("type", "text")
        value = str(d.values.get(key, "") or "")
        locked = d.locked
        if kind in ("person", "unit"):
            widget = QLabel(value or "–")
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return widget
        if kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setSpecialValueText(" ")
            edit.setMinimumDate(QDate(1990, 1, 1))
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else edit.minimumDate())
            edit.setEnabled(not locked)
            edit.editingFinished.connect(lambda k=key, e=edit: self._date_done(k, e))
            edit.setAccessibleName(item.get("label", key))
            return edit
        if kind == "multiline":
            edit = QPlainTextEdit(value)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(110)
            edit.setReadOnly(locked)
            edit.installEventFilter(FocusOutCommit(lambda k=key, e=edit: self._text_done(k, e.toPlainText()), self))
            edit.setAccessibleName(item.get("label", key))
            return edit
        edit = QLineEdit(value)
        edit.setReadOnly(locked)
        edit.editingFinished.connect(lambda k=key, e=edit: self._text_done(k, e.text()))
        edit.setAccessibleName(item.get("label", key))
        return edit

    def _update_in_place(self, d: AgreementDetail) -> None:
        """The same agreement after an edit: refresh values, never under the user's cursor."""
        focus = self.focusWidget()
        for key, widget in self.field_widgets.items():
            if widget is focus:
                continue
            value = str(d.values.get(key, "") or "")
            if isinstance(widget, QLineEdit) and widget.text() != value:
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != value:
                widget.setPlainText(value)
            elif isinstance(widget, QLabel):
                widget.setText(value or "–")
        if self.title_edit is not focus:
            self.title_edit.setText(d.title)
        self.confidential.setChecked(d.confidential)
        for c in d.categories:
            if c.key in self.goal_tables and self.goal_tables[c.key].table is not focus:
                self.goal_tables[c.key].fill(c)
        for key, table in self.plain_tables.items():
            rows = (d.values.get("tables") or {}).get(key)
            if rows is not None and rows != table.rows():
                table.fill(rows)

    # --- someone else saved first --------------------------------------------------------------
    def _conflicted(self, conflict: Conflict) -> None:
        """Keep the user's text, and show the other person's version once the refused save's
        own event is over (the refusal may come from a box losing focus, which a rebuild deletes)."""
        if conflict.key[0] not in ("agreement", "goal", "assessment"):
            return
        self.conflicts.add(conflict)
        QTimer.singleShot(0, self._reload_after_conflict)

    def _reload_after_conflict(self) -> None:
        if self.detail is None:
            return
        try:
            detail = self.store.read(service.agreement_detail, self.detail.id)
        except AppError:  # the agreement is gone: the page says so when it reloads
            return
        self._shape = None  # rebuild: every box shows their version, also the one under the cursor
        self.show_agreement(detail)

    # --- committing ------------------------------------------------------------------------
    def _field_label(self, key: str) -> str:
        fields = service.template_fields(self.detail.definition) if self.detail else {}
        return str(fields.get(key, {}).get("label", key))

    def _text_done(self, key: str, text: str) -> None:
        d = self.detail
        if d is None or d.locked or str(d.values.get(key, "") or "") == text.strip():
            return
        self.command_ready.emit(commands.UpdateValues(self.store, d.id, {key: text}, self.tr("Endre avtalen"),
                                                      self._field_label(key)))

    def _date_done(self, key: str, edit: QDateEdit) -> None:
        d = self.detail
        if d is None or d.locked:
            return
        value = "" if edit.date() == edit.minimumDate() else edit.date().toString("yyyy-MM-dd")
        if str(d.values.get(key, "") or "") != value:
            self.command_ready.emit(commands.UpdateValues(self.store, d.id, {key: value}, self.tr("Endre dato")))

    def _title_done(self) -> None:
        d = self.detail
        if d is not None and not d.locked and self.title_edit.text().strip() != d.title:
            self.command_ready.emit(commands.UpdateTitle(self.store, d.id, self.title_edit.text(),
                                                         self.tr("Endre tittel")))
