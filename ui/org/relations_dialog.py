"""Relations beyond the tree (bestiller/utfører, stabskontakt) of the version shown, and the role
descriptions of a unit's positions, each change an undoable command."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.org import relations, roles
from app.org.queries import UnitRow
from ui.commands import StoreCommand
from ui.errors import show_user_error
from ui.org import commands
from ui.store import Store

ROLE = 256


class RelationsDialog(QDialog):
    """The lines outside the tree: add one between two units, or remove the one chosen."""

    def __init__(self, store: Store, version_id: uuid.UUID, rows: list[UnitRow],
                 push: Callable[[StoreCommand], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.version_id, self.push = store, version_id, push
        self.setWindowTitle(self.tr("Forbindelser utenfor linjen"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Forbindelser"))
        layout.addWidget(self.list)
        form = QFormLayout()
        self.from_box, self.to_box, self.kind_box = QComboBox(), QComboBox(), QComboBox()
        for r in rows:
            self.from_box.addItem(r.name, str(r.id))
            self.to_box.addItem(r.name, str(r.id))
        self.kind_box.addItem(self.tr("Bestiller/utfører"), "purchaser_provider")
        self.kind_box.addItem(self.tr("Stabskontakt"), "staff_contact")
        form.addRow(self.tr("&Fra (bestiller eller stab)"), self.from_box)
        form.addRow(self.tr("&Til (utfører eller enheten som betjenes)"), self.to_box)
        form.addRow(self.tr("&Type"), self.kind_box)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Legg til"))
        self.remove_button = QPushButton(self.tr("&Fjern valgt"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.load()

    def load(self) -> None:
        self.list.clear()
        for r in self.store.read(relations.relations, self.version_id):
            item = QListWidgetItem(f"{r.label}: {r.from_name} → {r.to_name}")
            item.setData(ROLE, str(r.id))
            self.list.addItem(item)

    def add(self) -> bool:
        done = self.push(commands.AddRelation(self.store, uuid.UUID(self.from_box.currentData()),
                                              uuid.UUID(self.to_box.currentData()), self.kind_box.currentData()))
        self.load()
        return done

    def remove(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        done = self.push(commands.DeleteRelation(self.store, uuid.UUID(item.data(ROLE))))
        self.load()
        return done


class RoleDialog(QDialog):
    """The role description of one of a unit's positions: five texts kept with the position."""

    def __init__(self, store: Store, positions: list[tuple[str, uuid.UUID]], push: Callable[[StoreCommand], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.push = store, push
        self.setWindowTitle(self.tr("Rollebeskrivelse"))
        form = QFormLayout(self)
        self.position = QComboBox()
        for text, pid in positions:
            self.position.addItem(text, str(pid))
        self.position.setAccessibleName(self.tr("Stilling"))
        form.addRow(self.tr("&Stilling"), self.position)
        labels = {"personnel": self.tr("&Personalansvar"), "budget": self.tr("&Budsjettansvar"),
                  "professional": self.tr("&Fagansvar"), "authority": self.tr("&Myndighet"),
                  "competence": self.tr("Ønsket &kompetanse")}
        self.edits: dict[str, QPlainTextEdit] = {}
        for key, _ in roles.FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
            edit.setAccessibleName(labels[key].replace("&", ""))
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.position.currentIndexChanged.connect(lambda _i: self.load())
        self.load()

    def position_id(self) -> uuid.UUID | None:
        data = self.position.currentData()
        return uuid.UUID(data) if data else None

    def load(self) -> None:
        pid = self.position_id()
        values = self.store.read(roles.role_description, pid) if pid else {}
        for key, edit in self.edits.items():
            edit.setPlainText(values.get(key, ""))

    def save(self) -> bool:
        pid = self.position_id()
        if pid is None:
            return False
        values = {key: edit.toPlainText() for key, edit in self.edits.items()}
        return self.push(commands.SetRoleDescription(self.store, pid, values, self.position.currentText()))


def print_roles(parent: QWidget, store: Store, version_id: uuid.UUID, on: object, out: Path | None = None
                ) -> Path | None:
    """Save the role descriptions of the version shown as a PDF."""
    if out is None:
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Lagre rollebeskrivelsene"),
                                              parent.tr("Rollebeskrivelser.pdf"), parent.tr("PDF (*.pdf)"))
        if not name:
            return None
        out = Path(name)
    try:
        return store.read(roles.write_roles_pdf, version_id, on, out)
    except AppError as err:
        show_user_error(parent, err)
        return None
