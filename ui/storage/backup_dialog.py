"""Fil → Gjenopprett: the automatic backups of the open database, «Velg fil …» for any other
backup, how many automatic copies to keep. (The window takes its automatic backups and the
restore itself off the GUI thread with ``ui.progress.BackgroundOp``.)

The database stack is imported inside the functions: the window imports this module at
start-up, before the database is open.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.formatting import format_number
from app.paths import DB_SUFFIX
from ui.errors import show_user_error

if TYPE_CHECKING:
    from ui.store import Store

log = logging.getLogger("styringsdialog.ui")


def confirm_restore(parent: QWidget, backup: Path, target: Path) -> bool:
    """Ask before anything is replaced, naming what and where the replaced file is kept."""
    text = QCoreApplication.translate(
        "RestoreDialog",
        "<p>Databasen <b>{target}</b> erstattes med sikkerhetskopien <b>{backup}</b>.</p>"
        "<p>Databasen slik den er nå, tas vare på i samme mappe som "
        "<b>{kept}</b>. Den slettes ikke.</p><p>Vil du gjenopprette?</p>",
    ).format(target=target, backup=backup,
             kept=f"{target.stem}.før-gjenoppretting-<tid>{target.suffix or DB_SUFFIX}".replace("<", "&lt;")
             .replace(">", "&gt;"))
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("RestoreDialog", "Gjenopprett"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("RestoreDialog", "{n} MB").format(n=format_number(size / 1024 / 1024, 1))
    return QCoreApplication.translate("RestoreDialog", "{n} kB").format(n=format_number(max(1, size // 1024), 0))


class RestoreDialog(QDialog):
    """Pick a backup to restore. ``chosen`` is the file after «Gjenopprett …» was pressed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.storage.backup import MAX_KEEP, backup_dir, list_backups, load_keep

        assert store.db.path is not None
        self.store = store
        self.db_path: Path = store.db.path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Gjenopprett fra sikkerhetskopi"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Automatiske sikkerhetskopier av <b>{db}</b>, nyeste først. Programmet tar en "
                               "når vinduet lukkes etter endringer, og den første gangen databasen åpnes "
                               "hver dag.").format(db=self.db_path))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Tatt"), self.tr("Størrelse"), self.tr("Fil")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Automatiske sikkerhetskopier"))
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.backups = list_backups(self.db_path)
        for info in self.backups:
            item = QTreeWidgetItem([_taken_text(info.taken_at), _size_text(info.size), info.path.name])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(2, str(info.path))
            self.list.addTopLevelItem(item)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self._restore_selected())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("Ingen automatiske sikkerhetskopier ennå. Velg en fil med «Velg fil …»."))
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        folder = QLabel(self.tr("Mappe: {folder}").format(folder=backup_dir(self.db_path)))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        layout.addWidget(folder)

        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("Behold de siste"))
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(store.read(load_keep))
        self.keep.setSuffix(self.tr(" automatiske kopiene"))
        self.keep.setAccessibleName(self.tr("Antall automatiske sikkerhetskopier som beholdes"))
        self.keep.setToolTip(self.tr("Når det blir flere, slettes de eldste ved neste automatiske kopi."))
        keep_label.setBuddy(self.keep)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        layout.addLayout(keep_row)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Gjenopprett …"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button = QPushButton(self.tr("&Velg fil …"))
        self.file_button.clicked.connect(self.choose_file)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.list.topLevelItem(0)  # the newest backup
        if first is not None:
            self.list.setCurrentItem(first)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def done(self, result: int) -> None:
        self.save_keep()
        super().done(result)

    def save_keep(self) -> None:
        from app.storage.backup import load_keep, save_keep

        if self.keep.value() != self.store.read(load_keep):
            try:
                self.store.run(save_keep, self.keep.value())
            except AppError as err:
                show_user_error(self, err)

    def _restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.chosen = Path(items[0].data(0, Qt.ItemDataRole.UserRole))
            self.accept()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg sikkerhetskopi"), str(self.db_path.parent),
            self.tr("Styringsdialog-database (*{suffix});;Alle filer (*)").format(suffix=DB_SUFFIX))
        if path:
            self.chosen = Path(path)
            self.accept()


def _taken_text(taken: datetime) -> str:
    return f"{taken:%d.%m.%Y %H:%M:%S}"
