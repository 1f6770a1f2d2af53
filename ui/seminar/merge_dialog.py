"""Fil → Hent inn fra samling: every change by kind (each can be left out) and every conflict
side by side, the office's value against the package's, for the user to choose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.seminar.labels import field_label, value_text
from app.seminar.merge import MergePlan, Side


class MergeDialog(QDialog):
    """The preview; «Hent inn» is enabled once every conflict has a side chosen."""

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Hent inn fra samling"))
        info = plan.info
        head = QLabel(self.tr("Pakken «{name}» fra {source}, laget {when} av {who}. Kryss bort endringer som ikke "
                              "skal hentes inn, og velg side for hver konflikt.")
                      .format(name=info.path.name, source=info.source_name,
                              when=f"{info.made_at.astimezone():%d.%m.%Y %H:%M}", who=info.made_by))
        head.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setObjectName("mergeChanges")
        self.changes.setHeaderLabels([self.tr("Endring"), self.tr("Felt")])
        self.items: dict[str, QTreeWidgetItem] = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for change in plan.changes:
            group = groups.get(change.kind)
            if group is None:
                group = groups[change.kind] = QTreeWidgetItem(self.changes, [change.kind])
                group.setExpanded(True)
            fields = ", ".join(change.field_labels())
            item = QTreeWidgetItem(group, [change.name, fields])
            item.setToolTip(0, change.name)
            item.setToolTip(1, fields)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.items[change.key] = item
        for kind, group in groups.items():
            group.setText(0, f"{kind} ({group.childCount()})")
        # What the office cannot take as it now is: shown, never ticked, with the reason.
        self.refused: dict[str, QTreeWidgetItem] = {}
        if plan.refused:
            group = QTreeWidgetItem(self.changes, [self.tr("Kan ikke hentes inn ({n})").format(n=len(plan.refused))])
            group.setExpanded(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for refused in plan.refused:
                item = QTreeWidgetItem(group, [f"{refused.change.kind} «{refused.change.name}»", refused.reason])
                item.setToolTip(0, refused.line())
                item.setToolTip(1, refused.reason)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed out and cannot be ticked
                self.refused[refused.key] = item
        self.changes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.conflicts = QTableWidget(len(plan.conflicts), 5)
        self.conflicts.setObjectName("mergeConflicts")
        self.conflicts.setHorizontalHeaderLabels([self.tr("Hva"), self.tr("Felt"), self.tr("Kontoret"),
                                                  self.tr("Pakken"), self.tr("Bruk")])
        self.choosers: dict[str, QComboBox] = {}
        for row, conflict in enumerate(plan.conflicts):
            for column, value in enumerate((f"{conflict.kind} «{conflict.name}»",
                                            field_label(conflict.field, conflict.table),
                                            value_text(conflict.table, conflict.field, conflict.office),
                                            value_text(conflict.table, conflict.field, conflict.package))):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)  # the whole text of a cell too narrow for it
                self.conflicts.setItem(row, column, cell)
            chooser = QComboBox()
            chooser.addItem(self.tr("Velg …"), None)
            chooser.addItem(self.tr("Kontorets"), "office")
            chooser.addItem(self.tr("Pakkens"), "package")
            chooser.setAccessibleName(self.tr("Hvilken side for {what}").format(what=conflict.name))
            chooser.currentIndexChanged.connect(self._update_ok)
            self.conflicts.setCellWidget(row, 4, chooser)
            self.choosers[conflict.key] = chooser
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Hent inn"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("Endringer ({n})").format(n=len(plan.changes))))
        layout.addWidget(self.changes, 2)
        conflicts_label = QLabel(self.tr("Konflikter: samme felt er endret begge steder ({n})")
                                 .format(n=len(plan.conflicts)))
        layout.addWidget(conflicts_label)
        layout.addWidget(self.conflicts, 1)
        conflicts_label.setVisible(bool(plan.conflicts))
        self.conflicts.setVisible(bool(plan.conflicts))
        self.left_behind = QLabel(self.tr("Hentes ikke inn (blir igjen i pakken):") + "\n"
                                  + "\n".join(f"• {line}" for line in plan.left_behind))
        self.left_behind.setObjectName("mergeLeftBehind")
        self.left_behind.setWordWrap(True)
        self.left_behind.setVisible(bool(plan.left_behind))
        layout.addWidget(self.left_behind)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok.setEnabled(all(c.currentData() is not None for c in self.choosers.values()))

    def choose(self, key: str, side: Side) -> None:
        chooser = self.choosers[key]
        chooser.setCurrentIndex(chooser.findData(side))

    def left_out(self) -> set[str]:
        return {key for key, item in self.items.items() if item.checkState(0) != Qt.CheckState.Checked}

    def choices(self) -> dict[str, Side]:
        return {key: chooser.currentData() for key, chooser in self.choosers.items()
                if chooser.currentData() is not None}
