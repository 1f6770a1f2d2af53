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
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
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

from app.agreements import detail as agreement_detail
from app.agreements import rules
from app.agreements.detail import AgreementDetail, CategoryView, GoalView
from app.errors import AppError
from app.formatting import format_date
from app.scorecard.views import goal_links
from ui import labels
from ui.agreements import commands
from ui.conflicts import Conflict, ConflictPanel, versions
from ui.scorecard.goal_link import GoalLinkDialog
from ui.store import Store
from ui.theme import colour_style
from ui.wheel_guard import WheelGuard, guard_wheel
from ui.widgets import DateEdit, FocusOutCommit, cell_combo, filled_item

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


class GoalCard(QFrame):
    """One goal of a signed agreement, to be assessed: the goal, its indicator and evaluation as
    wrapping text, then the leader's and the superior's assessment side by side (stacked when
    the form is narrow). Replaces an 8-column table squeezed into the form (issue 18, item 4)."""

    STACK_BELOW = 520  # px: narrower than this, the two assessments go one above the other

    def __init__(self, owner: GoalTable, goal: GoalView) -> None:
        super().__init__()
        self.owner, self.goal = owner, goal
        self.setObjectName("goalCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact_labels: dict[str, QLabel] = {}
        for column in owner.columns:
            key = column["key"]
            if key == "text":
                continue
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(column["title"], value)
        layout.addLayout(self.facts)
        self.sides = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.combos: dict[str, QComboBox] = {}
        self.comments: dict[str, QPlainTextEdit] = {}
        evaluated = owner.editor.shown_detail().status == "evaluated"
        for assessor, title in (("self", self.tr("Egenevaluering")), ("superior", self.tr("Overordnedes vurdering"))):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            combo = QComboBox()
            combo.addItem("–", None)
            for step in owner.editor.shown_detail().scale:
                # The scale's number first, as on the printed agreement: «2 – tilfredsstillende (bra)».
                hint = f" ({step['hint']})" if step.get("hint") else ""
                combo.addItem(f"{step['value']} – {step['label']}{hint}", step["value"])
            combo.setEnabled(not evaluated)
            combo.setAccessibleName(f"{goal.number} {title}")
            comment = QPlainTextEdit()
            comment.setPlaceholderText(self.tr("Kommentar"))
            comment.setAccessibleName(f"{goal.number} {title}: " + self.tr("Kommentar"))
            comment.setTabChangesFocus(True)
            comment.setFixedHeight(comment.fontMetrics().lineSpacing() * 3 + 14)
            comment.setReadOnly(evaluated)
            combo.activated.connect(lambda _i, a=assessor: self._commit(a))
            comment.installEventFilter(FocusOutCommit(partial(self._commit, assessor), self))
            box_layout.addWidget(combo)
            box_layout.addWidget(comment)
            self.combos[assessor], self.comments[assessor] = combo, comment
            self.sides.addWidget(box, 1)
        layout.addLayout(self.sides)
        self.update_goal(goal)

    def update_goal(self, goal: GoalView) -> None:
        """Show ``goal``'s texts and assessments, never replacing what is under the user's cursor."""
        self.goal = goal
        self.heading.setText(f"{goal.number}  {goal.text}")
        for key, label in self.fact_labels.items():
            label.setText(goal_cell(goal, key) or "–")
        for assessor, view in (("self", goal.self_assessment), ("superior", goal.superior_assessment)):
            combo, comment = self.combos[assessor], self.comments[assessor]
            combo.setCurrentIndex(max(0, combo.findData(view.scale if view else None)))
            text = view.comment if view else ""
            if not comment.hasFocus() and comment.toPlainText() != text:
                comment.setPlainText(text)

    def _commit(self, assessor: str) -> None:
        view = self.goal.self_assessment if assessor == "self" else self.goal.superior_assessment
        scale, comment = self.combos[assessor].currentData(), self.comments[assessor].toPlainText()
        if self.owner.editor.shown_detail().status == "evaluated":
            return
        if (view.scale if view else None) == scale and (view.comment if view else "") == comment:
            return
        self.owner._assess(self.goal.id, assessor, scale, comment)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        narrow = self.width() < self.STACK_BELOW
        self.sides.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)


class GoalTable(QWidget):
    """The goals of one category: add, remove, reorder, edit in place; once signed, one card per
    goal to assess."""

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
        self.warning.setStyleSheet(colour_style("warning"))
        layout.addWidget(self.warning)
        self.assess = editor.detail.status in ("signed", "evaluated") if editor.detail else False
        headers = [self.tr("Nr.")] + [c["title"] for c in columns]
        self.cards: list[GoalCard] = []
        self.card_box = QVBoxLayout()
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
        # The table shows all its rows: the form scrolls, not a one-row box inside it.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)
        layout.addLayout(self.card_box)
        self.table.setVisible(not self.assess)  # signed: the goals are cards to assess
        buttons = QHBoxLayout()
        self.add, self.remove, self.up, self.down = QToolButton(), QToolButton(), QToolButton(), QToolButton()
        # The selected goal's focus area, indicator and target in the målekart (issue 19).
        self.link = QToolButton()
        for b, text in ((self.add, self.tr("Nytt mål")), (self.remove, self.tr("Slett")), (self.up, self.tr("Opp")),
                        (self.down, self.tr("Ned")), (self.link, self.tr("Målekart …"))):
            b.setText(text)
            b.setAccessibleName(f"{b.text()} – {category.title}")
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        locked = editor.detail.locked if editor.detail else True
        for b in (self.add, self.remove, self.up, self.down, self.link):
            b.setEnabled(not locked)
            b.setVisible(not locked)  # a signed agreement's goals are fixed: no greyed-out buttons
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.link.clicked.connect(self._link)
        self.table.itemChanged.connect(self._edited)
        self.fill(category)

    def fill(self, category: CategoryView) -> None:
        self.category = category
        self.table.blockSignals(True)
        self.table.setRowCount(len(category.goals))
        locked = self.editor.detail.locked if self.editor.detail else True
        self.links = self.editor.store.read(goal_links, [g.id for g in category.goals])
        for r, goal in enumerate(category.goals):
            number = QTableWidgetItem(goal.number)
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            number.setData(Qt.ItemDataRole.UserRole, str(goal.id))
            self.table.setItem(r, 0, number)
            for c, column in enumerate(self.columns, start=1):
                item = QTableWidgetItem(goal_cell(goal, column["key"]))
                link = self.links.get(goal.id)
                if column["key"] == "indicator" and link is not None and link.linked_text:
                    item.setText(link.text)  # the real indicator and ambition level, then the free text
                    item.setData(Qt.ItemDataRole.UserRole + 2, link.linked_text)
                editable = not locked and column["key"] in GOAL_KEYS and not (
                    goal.is_common and column["key"] in ("text", "indicator", "evaluation"))
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if goal.is_common:
                    item.setToolTip(self.tr("Felles krav: endres under Felles krav, og gjelder alle ledere."))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.fit_height()
        self.table.blockSignals(False)
        if self.assess:
            self._fill_cards(category)
        self.warning.setText(self.tr("Kildene råder til få mål: denne kategorien har {n}. Vurder å slå sammen "
                                     "eller prioritere.").format(n=len(category.goals)) if category.over_limit else "")
        self.warning.setVisible(category.over_limit)

    def fit_height(self) -> None:
        """As tall as its rows (at least one row's room), so the form's own scrolling shows them all."""
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount())) or 30
        height = self.table.horizontalHeader().sizeHint().height() + rows + 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self.assess:  # wrapped text needs other row heights at another width
            self.table.resizeRowsToContents()
            self.fit_height()

    def _fill_cards(self, category: CategoryView) -> None:
        ids = [g.id for g in category.goals]
        if [c.goal.id for c in self.cards] == ids:
            for card, goal in zip(self.cards, category.goals, strict=True):
                card.update_goal(goal)
            return
        for card in self.cards:
            card.deleteLater()
        self.cards = [GoalCard(self, goal) for goal in category.goals]
        for card in self.cards:
            self.card_box.addWidget(card)

    def goal_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(filled_item(self.table, row, 0).data(Qt.ItemDataRole.UserRole))

    def _edited(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        goal_id = self.goal_id(row)
        assessor = item.data(Qt.ItemDataRole.UserRole + 1)
        if assessor:  # an assessment comment
            self._assess(goal_id, assessor, cell_combo(self.table, row, col - 1).currentData(), item.text())
            return
        key = self.columns[col - 1]["key"]
        value: Any = item.text()
        linked = item.data(Qt.ItemDataRole.UserRole + 2)
        if key == "indicator" and linked and value.startswith(linked):
            value = value[len(linked):].lstrip(" –")  # only the free text is the goal's own
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

    def _link(self) -> None:
        row = self._selected_row()
        if row is None:
            self.editor.show_message(self.tr("Velg målet som skal knyttes til målekartet."))
            return
        goal_id = self.goal_id(row)
        text = next((g.text for g in self.category.goals if g.id == goal_id), "")
        dialog = GoalLinkDialog(self.editor.store, goal_id, text, self)
        if dialog.exec() and dialog.command is not None:
            self.editor.command_ready.emit(dialog.command)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _add(self) -> None:
        d = self.editor.shown_detail()
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
        locked = editor.shown_detail().locked
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
                if self.editor.shown_detail().locked:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.setMinimumHeight(min(60 + 30 * max(1, len(rows)), 360))
        self.table.blockSignals(False)

    def rows(self) -> list[list[str]]:
        return [[(item.text() if (item := self.table.item(r, c)) is not None else "")
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
            self.editor.store, self.editor.shown_detail().id, {"tables": {self.section["key"]: rows}},
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
        self.wheel_guard = WheelGuard(self)
        self._focus_goal: uuid.UUID | None = None  # a goal just added: the cursor goes into it
        # Kept across agreements and rebuilds: a refused text stays until the user deals with it.
        self.conflicts = ConflictPanel()
        self.conflicts.command_ready.connect(self.command_ready)
        versions(store).conflicted.connect(self._conflicted)
        self._empty()

    def shown_detail(self) -> AgreementDetail:
        """The agreement the form shows: the goal and section tables exist only while there is one."""
        assert self.detail is not None, "no agreement is shown"
        return self.detail

    def _empty(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.conflicts)
        label = QLabel(self.tr("Velg en avtale i listen, eller lag en ny."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label, 1)
        self.setWidget(body)
        self._shape = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A language switch: the form is built again, so every label, button and box title says
        the new language (the texts of the template are the agreement's own and stay as written)."""
        if event.type() == QEvent.Type.LanguageChange:
            focused = QApplication.focusWidget()
            if focused is not None and self.isAncestorOf(focused):
                # Text being typed is saved before its box goes: a menu took the focus without
                # ending the edit, so nothing has saved it yet.
                QApplication.sendEvent(focused, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.OtherFocusReason))
            if self.detail is None:
                self._empty()
            else:
                self._shape = None
                self.show_agreement(self.detail)
        super().changeEvent(event)

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
            return
        same = self._shape is not None and self._shape[0] == detail.id
        before = {g for _key, ids in self._shape[4] for g in ids} if same and self._shape else set()
        added = [g.id for g in detail.goals if g.id not in before]
        position = self.verticalScrollBar().value()
        self._build(detail)
        self._shape = shape
        if same:  # «Nytt mål», a deleted or moved goal: the form stays where the user was
            body = self.widget()
            assert body is not None  # _build has just set it
            body.adjustSize()
            self.verticalScrollBar().setValue(position)
            QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(position))
            if len(added) == 1:
                self._focus_goal = added[0]
                QTimer.singleShot(0, self._focus_new_goal)

    def _focus_new_goal(self) -> None:
        """Put the cursor in the text of the goal just added, scrolled into view."""
        goal_id, self._focus_goal = self._focus_goal, None
        for table in self.goal_tables.values():
            for row in range(table.table.rowCount()):
                if table.goal_id(row) == goal_id and table.table.isVisible():
                    item = filled_item(table.table, row, 1)
                    table.table.setFocus()
                    table.table.setCurrentItem(item)
                    self.ensureWidgetVisible(table.table, 50, 80)
                    if item.flags() & Qt.ItemFlag.ItemIsEditable:
                        table.table.editItem(item)
                    return

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
        # The period runs past the leader's position: a warning, the agreement can still be saved.
        self.period_warning = QLabel(d.period_warning)
        self.period_warning.setWordWrap(True)
        self.period_warning.setStyleSheet(colour_style("warning"))
        self.period_warning.setVisible(bool(d.period_warning))
        outer.addWidget(self.period_warning)
        if d.locked:
            lock = QLabel(self.tr("Avtalen er signert og teksten er låst. Lag en revisjon for å endre den."))
            lock.setWordWrap(True)
            lock.setStyleSheet(colour_style("warning"))
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
                        goal_table = GoalTable(self, categories[key], columns)
                        self.goal_tables[key] = goal_table
                        layout.addWidget(goal_table)
            if isinstance(section.get("table"), dict):
                rows = (d.values.get("tables") or {}).get(section["key"]) or section["table"].get("rows", [])
                plain_table = PlainTableEditor(self, section, rows)
                self.plain_tables[section["key"]] = plain_table
                layout.addWidget(plain_table)
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
            self.summary.setTabChangesFocus(True)
            self.summary.setMaximumHeight(90)
            summary_layout.addWidget(self.summary)
            outer.addWidget(summary_box)
        outer.addStretch(1)
        if d.locked:  # signed: the fields look read-only, not white boxes waiting for text
            body.setStyleSheet("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] "
                               "{ background: palette(window); border: 1px solid palette(mid); }")
        guard_wheel(body, self.wheel_guard)
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
            date_edit = DateEdit()
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("dd.MM.yyyy")
            date_edit.setSpecialValueText(" ")
            date_edit.setMinimumDate(QDate(1990, 1, 1))
            date_edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else date_edit.minimumDate())
            date_edit.setEnabled(not locked)
            date_edit.editingFinished.connect(partial(self._date_done, key, date_edit))
            date_edit.setAccessibleName(item.get("label", key))
            return date_edit
        if kind == "multiline":
            text_box = QPlainTextEdit(value)
            text_box.setTabChangesFocus(True)
            text_box.setMaximumHeight(110)
            text_box.setReadOnly(locked)
            text_box.installEventFilter(FocusOutCommit(lambda: self._text_done(key, text_box.toPlainText()), self))
            text_box.setAccessibleName(item.get("label", key))
            return text_box
        edit = QLineEdit(value)
        edit.setCursorPosition(0)  # a long value shows its start, not its end (walk 112)
        edit.setToolTip(value)
        edit.setReadOnly(locked)
        edit.editingFinished.connect(lambda k=key, e=edit: self._text_done(k, e.text()))
        edit.setAccessibleName(item.get("label", key))
        return edit

    def _update_in_place(self, d: AgreementDetail) -> None:
        """The same agreement after an edit: refresh values, never under the user's cursor."""
        focus = self.focusWidget()
        self.period_warning.setText(d.period_warning)
        self.period_warning.setVisible(bool(d.period_warning))
        for key, widget in self.field_widgets.items():
            if widget is focus:
                continue
            value = str(d.values.get(key, "") or "")
            if isinstance(widget, QLineEdit) and widget.text() != value:
                widget.setText(value)
                widget.setCursorPosition(0)
                widget.setToolTip(value)
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
            detail = self.store.read(agreement_detail.agreement_detail, self.detail.id)
        except AppError:  # the agreement is gone: the page says so when it reloads
            return
        self._shape = None  # rebuild: every box shows their version, also the one under the cursor
        self.show_agreement(detail)

    # --- committing ------------------------------------------------------------------------
    def _field_label(self, key: str) -> str:
        fields = rules.template_fields(self.detail.definition) if self.detail else {}
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
