"""The main window: side navigation, pages, menus, title, remembered geometry and language."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.choices import PAGES
from app.errors import AppError
from app.logsetup import log_file_path
from app.paths import DB_SUFFIX
from ui import settings as user_settings
from ui.errors import show_user_error
from ui.help import HelpDialog
from ui.i18n import install_language
from ui.navigation import page_class, page_title
from ui.progress import BackgroundOp
from ui.theme import scaled_font

if TYPE_CHECKING:
    from app.storage.backup import Reason
    from app.storage.database import Database
    from ui.page import Page
    from ui.store import Store

log = logging.getLogger("styringsdialog.ui")


def seminar_actions() -> Any:
    """ui.seminar.actions, imported when first used (the window starts without the database stack)."""
    from ui.seminar import actions

    return actions


def first_start_size(available: QSize) -> QSize:
    """The window's size on first start: 1200 × 780, but never larger than the screen's free area
    (a 1366 × 768 laptop has about 728 px under its task bar; 780 cut off the status line)."""
    return QSize(1200, 780).boundedTo(available)


LANGUAGE_NAMES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}


class MainWindow(QMainWindow):
    """The window is built in two steps so it can be on screen at once: the shell (menus,
    navigation) first, then ``attach`` adds the pages when the database is open."""

    first_painted = Signal()

    def __init__(self, today: date, lang: str = "nb", store: Store | None = None) -> None:
        super().__init__()
        self.store: Store | None = None
        self.today = today
        self.lang = lang
        self._painted = False
        self.undo_stack = QUndoStack(self)
        self._backup_jobs: list[BackgroundOp[Any]] = []  # automatic backups running in worker threads
        self._changed = False  # the open database was changed through this window
        self._closing = False
        self._closed = False  # closed for good: the program ends with this window
        self.setObjectName("mainWindow")

        self.nav = QListWidget()
        self.nav.setObjectName("sideNavigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setFont(scaled_font(self.font(), 1.2))  # larger than the text, as the system's size grows
        self.nav.setStyleSheet("QListWidget#sideNavigation::item { padding: 0.5em 0.6em; }")
        for _key in PAGES:
            QListWidgetItem(self.nav)
        self.pages = QStackedWidget()
        self.loading = QLabel()
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.page_widgets: dict[str, Page] = {}
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.retranslate()
        self.nav.setCurrentRow(0)
        if store is not None:
            self.attach(store)

    def attach(self, store: Store) -> None:
        """Create the pages on the open database and show the chosen one."""
        self.store = store
        for key in PAGES:
            page = page_class(key)(store, self.today)
            page.undo_stack = self.undo_stack
            page.open_request.connect(self.open_target)
            self.page_widgets[key] = page
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_row)
        store.database_replaced.connect(self._update_title)
        store.database_replaced.connect(self._update_database_actions)
        store.changed.connect(self._note_change)
        # Commands on the stack belong to the database they were done in.
        store.database_replaced.connect(self.undo_stack.clear)
        store.lock_lost.connect(lambda message: show_user_error(self, AppError(message)))
        self._show_row(self.nav.currentRow())
        self._update_title()
        self._update_database_actions()
        self.act_reports.setEnabled(True)

    def _update_database_actions(self) -> None:
        # Backups, restore and encryption are of a file; a server has pg_dump and its own disks.
        on_file = self.store is not None and self.store.db.path is not None
        for action in self.database_actions:
            action.setEnabled(on_file or (self.store is not None and action is self.act_audit))

    def _show_row(self, row: int) -> None:
        if self.page_widgets and row >= 0:
            if self.pages.currentWidget() is not self.page_widgets[PAGES[row]]:
                self._clear_status()  # a message about another page's action is stale here
            self.pages.setCurrentWidget(self.page_widgets[PAGES[row]])

    def _clear_status(self) -> None:
        """Take away the status bar's message; a read-only note about the file stays (it still holds)."""
        note = self.store.db.note if self.store is not None else ""
        if note:
            self.statusBar().showMessage(note)
        else:
            self.statusBar().clearMessage()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # --- menus -------------------------------------------------------------------------
    def _action(self, menu: QMenu, slot: Callable[..., object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_new = self._action(self.file_menu, self.new_database, QKeySequence.StandardKey.New)
        self.act_open = self._action(self.file_menu, self.open_database_dialog, QKeySequence.StandardKey.Open)
        self.act_server = self._action(self.file_menu, lambda: self.connect_to_server())
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.act_reports = self._action(self.file_menu, self.show_reports, "Ctrl+R")
        self.act_reports.setEnabled(False)  # until a database is open
        self.file_menu.addSeparator()
        self.act_backup = self._action(self.file_menu, self.backup_dialog)
        self.act_restore = self._action(self.file_menu, self.restore_dialog)
        self.file_menu.addSeparator()
        self.act_encrypt = self._action(self.file_menu, lambda: self.encryption_action("encrypt"))
        self.act_passphrase = self._action(self.file_menu, lambda: self.encryption_action("change"))
        self.act_decrypt = self._action(self.file_menu, lambda: self.encryption_action("decrypt"))
        self.file_menu.addSeparator()  # Ledersamling (ui/seminar, docs/SEMINAR.md)
        self.act_to_seminar = self._action(self.file_menu, lambda: seminar_actions().take_to_seminar(self))
        self.act_from_seminar = self._action(self.file_menu, lambda: seminar_actions().bring_home(self))
        self.act_seminar_note = self._action(self.file_menu, lambda: seminar_actions().write_seminar_note(self))
        self.act_seminar_notes = self._action(self.file_menu, lambda: seminar_actions().seminar_notes(self))
        self.database_actions = [self.act_backup, self.act_restore, self.act_encrypt, self.act_passphrase,
                                 self.act_decrypt]
        for action in self.database_actions:
            action.setEnabled(False)
        self.file_menu.addSeparator()
        self.act_quit = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu("")
        # Not createUndoAction: its «Angre %1» is fixed in the language of the moment it is made.
        self.act_undo = self._action(self.edit_menu, self.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(self.edit_menu, self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        # Ctrl+Y as in Office, plus the platform's own redo keys (on some, Ctrl+Y is one of them).
        redo_keys = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        self.act_redo.setShortcuts(list({k.toString(): k for k in redo_keys}.values()))

        self.view_menu = bar.addMenu("")
        self.page_actions: list[QAction] = []
        for i, _key in enumerate(PAGES):
            act = self._action(self.view_menu, lambda _c=False, row=i: self.nav.setCurrentRow(row), f"Ctrl+{i + 1}")
            self.page_actions.append(act)
        self.view_menu.addSeparator()
        self.act_present = self._action(self.view_menu, lambda: seminar_actions().presentation(self), "F11")
        self.act_audit = self._action(self.view_menu, self.show_audit_log)
        self.act_audit.setEnabled(False)
        self.database_actions.append(self.act_audit)
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.lang)
            act.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act

        self.help_menu = bar.addMenu("")
        self.act_help = self._action(self.help_menu, self.show_help, QKeySequence.StandardKey.HelpContents)
        self.act_welcome = self._action(self.help_menu, self.show_welcome)
        self.act_about = self._action(self.help_menu, self.show_about)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Fil"))
        self.act_new.setText(self.tr("&Ny database …"))
        self.act_open.setText(self.tr("&Åpne …"))
        self.act_server.setText(self.tr("&Koble til server …"))
        self.recent_menu.setTitle(self.tr("&Nylige"))
        self.act_reports.setText(self.tr("&Rapporter …"))
        self.act_backup.setText(self.tr("&Sikkerhetskopi …"))
        self.act_restore.setText(self.tr("&Gjenopprett …"))
        self.act_encrypt.setText(self.tr("&Krypter databasen …"))
        self.act_passphrase.setText(self.tr("Endre &passord …"))
        self.act_decrypt.setText(self.tr("Fje&rn kryptering …"))
        self.act_audit.setText(self.tr("&Endringslogg …"))
        self.act_to_seminar.setText(self.tr("&Ta med på samling …"))
        self.act_from_seminar.setText(self.tr("&Hent inn fra samling …"))
        self.act_seminar_note.setText(self.tr("Skriv sa&mlingsnotat …"))
        self.act_seminar_notes.setText(self.tr("Samlingsn&otater …"))
        self.act_present.setText(self.tr("&Presentasjon"))
        self.act_quit.setText(self.tr("&Avslutt"))
        self.edit_menu.setTitle(self.tr("&Rediger"))
        self._update_undo_texts()
        self.view_menu.setTitle(self.tr("&Vis"))
        self.language_menu.setTitle(self.tr("&Språk"))
        self.help_menu.setTitle(self.tr("&Hjelp"))
        self.act_help.setText(self.tr("&Brukerveiledning"))
        self.act_welcome.setText(self.tr("&Kom i gang …"))
        self.act_about.setText(self.tr("&Om Styringsdialog"))
        self.loading.setText(self.tr("Åpner databasen …"))
        for i, key in enumerate(PAGES):
            self.nav.item(i).setText(page_title(key))
            self.page_actions[i].setText(page_title(key))
        self.nav.setAccessibleName(self.tr("Sider"))
        self._update_title()

    def _update_undo_texts(self) -> None:
        """«Angre Flytt enhet» / «Gjør om …» in the language now installed, Qt's own words for them."""
        context = "QUndoStack"  # Qt's catalogue (resources/i18n/qtbase_*.ts), not the program's
        for action, text, prefix, bare in (
                (self.act_undo, self.undo_stack.undoText(), "Undo %1", "Undo"),
                (self.act_redo, self.undo_stack.redoText(), "Redo %1", "Redo")):
            action.setText(QCoreApplication.translate(context, prefix).replace("%1", text) if text
                           else QCoreApplication.translate(context, bare, f"Default text for {bare.lower()} action"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # A closed window is on its way out (its menus may already be gone): nothing to translate.
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        if self.store is None:
            self.setWindowTitle("Styringsdialog")
            return
        self.setWindowTitle(f"Styringsdialog – {self.store.display_name()}")
        # Why a file was opened read-only (a read-only folder), else where the database is.
        if self.store.db.note:
            self.statusBar().showMessage(self.store.db.note)
        else:  # where the file is: for a while, not under every later action
            self.statusBar().showMessage(self.tr("Database: {path}").format(path=self.store.display_name()), 8000)
        seminar_actions().update_package_banner(self)  # a seminar package: marked in the title and a banner

    # --- pages -------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(PAGES).index(key))

    def open_target(self, key: str, target: dict) -> None:
        """Show page ``key`` at the thing ``target`` names (a dashboard line was opened)."""
        self.show_page(key)
        self.page_widgets[key].open_target(target)

    def current_page(self) -> Page | None:
        widget = self.pages.currentWidget()
        return next((page for page in self.page_widgets.values() if page is widget), None)

    # --- language ----------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        user_settings.set_language(lang)
        install_language(lang)
        # Qt posts LanguageChange to every widget; deliver them now so the whole window
        # shows the new language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_actions[lang].setChecked(True)
        self._clear_status()  # a message in the language just left

    # --- databases ---------------------------------------------------------------------
    def _switch_to(self, path: str, *, demo: bool = False) -> None:
        from app.demo import build_demo
        from app.server.connection import is_server_url
        from ui.storage.lock_dialog import open_with_lock
        from ui.storage.passphrase_dialog import open_asking_passphrase

        if is_server_url(path):  # a server in the recent list: its password is asked again
            self.connect_to_server(path)
            return
        self._flush_edits()
        try:
            db = open_asking_passphrase(self, lambda **kw: open_with_lock(self, path, **kw))
            if db is None:  # in use or encrypted, and the user cancelled
                return
            if demo:
                with db.session() as session:
                    build_demo(session, today=self.today)
        except AppError as err:
            show_user_error(self, err)
            return
        self._use(db, str(db.path or path))

    def _use(self, db: Database, recent: str) -> None:
        """Show ``db`` in the window in place of the database open now."""
        from ui.store import Store

        if self.store is None:
            self.attach(Store(db))
        else:
            self._backup_after_session()  # of the database being left
            self.store.replace(db)
        user_settings.add_recent_file(recent)
        self.start_daily_backup()

    def connect_to_server(self, url: str | None = None) -> bool:
        """Fil → Koble til server: ask for the address and password until the server lets the
        user in, or the user cancels. ``url`` (from the recent list) fills the address in."""
        from app.server.connection import ServerAddress, parse_address, without_password
        from app.storage.database import open_database
        from ui.storage.server_dialog import ServerDialog

        address: ServerAddress | None = None
        password: str | None = None
        if url is not None:
            try:
                address, password = parse_address(url)
            except AppError as err:
                show_user_error(self, err)
                return False
        error = ""
        while True:
            dialog = ServerDialog(self, address, error)
            if password:
                dialog.password.setText(password)
            if dialog.exec() != ServerDialog.DialogCode.Accepted:
                return False
            address, password = dialog.address(), dialog.password_text()
            self._flush_edits()
            try:
                db = open_database(address.url(password), lock=False)
            except AppError as err:
                error = str(err)
                continue
            self._use(db, without_password(address.url()))
            return True

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ny database"), "",
                                              self.tr("Styringsdialog-database (*{suffix})").format(suffix=DB_SUFFIX))
        if not path:
            return
        if not path.endswith(DB_SUFFIX):
            path += DB_SUFFIX
        if Path(path).exists():
            show_user_error(self, AppError(self.tr("Filen finnes allerede. Velg Åpne for å bruke den, "
                                                   "eller velg et annet navn.")))
            return
        answer = QMessageBox.question(self, self.tr("Ny database"),
                                      self.tr("Vil du fylle den nye databasen med demokommunen?"))
        self._switch_to(path, demo=answer == QMessageBox.StandardButton.Yes)

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Åpne database"), "",
                                              self.tr("Styringsdialog-database (*{suffix});;Samlingspakke (*.sdbpkg);;"
                                                      "Alle filer (*)").format(suffix=DB_SUFFIX))
        if path:
            self._switch_to(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = user_settings.recent_files()
        for f in files:
            self.recent_menu.addAction(self._recent_label(f), partial(self._switch_to, f))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(ingen)"))
            empty.setEnabled(False)

    def _recent_label(self, entry: str) -> str:
        from app.server.connection import is_server_url, parse_address

        if not is_server_url(entry):
            return entry
        try:
            return self.tr("{address} (server)").format(address=parse_address(entry)[0].display())
        except AppError:
            return entry

    def backup_dialog(self) -> None:
        from app.storage.backup import make_backup

        if self.store is None or self.store.db.path is None:
            show_user_error(self, AppError(self.tr("Sikkerhetskopi herfra gjelder databasefiler.")))
            return
        suggestion = str(self.store.db.path.with_name(
            f"{self.store.db.path.stem}-kopi-{date.today():%Y-%m-%d}{DB_SUFFIX}"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Sikkerhetskopi"), suggestion,
                                              self.tr("Styringsdialog-database (*{suffix})").format(suffix=DB_SUFFIX))
        if not path:
            return
        try:
            from db.cipher import passphrase_of

            result = make_backup(self.store.db.path, Path(path), passphrase=passphrase_of(self.store.db.engine))
        except AppError as err:
            show_user_error(self, err)
            return
        self.statusBar().showMessage(self.tr("Sikkerhetskopi skrevet til {path}").format(path=result.path), 8000)

    def restore_dialog(self) -> None:
        from ui.storage.backup_dialog import RestoreDialog, confirm_restore

        if self.store is None or self.store.db.path is None:
            show_user_error(self, AppError(self.tr("Gjenoppretting herfra gjelder databasefiler.")))
            return
        if self.store.read_only:
            show_user_error(self, AppError(self.store.db.note or self.tr(
                "Databasen er åpnet skrivebeskyttet fordi et annet program har den åpen. Gjenopprett den der, "
                "eller lukk det andre programmet og åpne databasen på nytt.")))
            return
        dialog = RestoreDialog(self.store, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if confirm_restore(self, dialog.chosen, self.store.db.path):
            self.restore_from(dialog.chosen)

    def restore_from(self, backup: Path) -> bool:
        """Close the database, restore ``backup`` over it, open it again. True when restored;
        on a refused backup the message is shown and the database is as it was."""
        from app.storage.backup import restore_backup
        from app.storage.database import open_database

        assert self.store is not None and self.store.db.path is not None
        from db.cipher import passphrase_of

        target = self.store.db.path
        passphrase = passphrase_of(self.store.db.engine)  # an encrypted backup is checked with it
        self._flush_edits()
        self.wait_for_backups()  # they read the file that is about to be replaced
        # The restore needs the only connection to the file; the lock stays ours throughout.
        self.store.db.engine.dispose()
        try:
            result = BackgroundOp(self, lambda _progress: restore_backup(backup, target, passphrase=passphrase)) \
                .with_progress(self.tr("Gjenoppretter databasen …"), cancellable=False).run_and_wait()
        except AppError as err:
            show_user_error(self, err)  # the engine reconnects on the next read: nothing to reopen
            return False
        try:
            db = open_database(target, passphrase=passphrase)
        except AppError as err:
            show_user_error(self, err)
            return False
        self.store.replace(db)
        self._changed = False
        kept = (self.tr("Databasen slik den var, er tatt vare på som {path}.").format(path=result.replaced_copy)
                if result.replaced_copy else "")
        QMessageBox.information(self, self.tr("Gjenopprettet"),
                                self.tr("Databasen er gjenopprettet fra {backup}.").format(backup=backup)
                                + (" " + kept if kept else ""))
        return True

    # --- automatic backups -------------------------------------------------------------
    def _note_change(self) -> None:
        self._changed = True

    def start_daily_backup(self) -> None:
        """After a database is opened: the first open of a day takes an automatic copy, in
        the background (a large file takes seconds to copy and check)."""
        if self.store is not None and self.store.db.path is not None:
            self._start_backup(self.store.db.path, "daily")

    def _start_backup(self, path: Path, reason: Reason) -> BackgroundOp[Any]:
        """An automatic backup (``app.storage.backup.automatic_backup``) in a worker thread, no window."""
        from db.cipher import passphrase_of

        passphrase = passphrase_of(self.store.db.engine) if self.store is not None else None

        def work(_progress: object) -> object:
            from app.storage.backup import automatic_backup

            return automatic_backup(path, reason, passphrase=passphrase)

        job: BackgroundOp[Any] = BackgroundOp(self, work)
        job.success(lambda result: self._backup_finished(job, result, None))
        job.failure(lambda error: self._backup_finished(job, None, error))
        self._backup_jobs.append(job)
        return job.run_in_background()

    def _backup_finished(self, job: BackgroundOp[Any], result: Any, error: BaseException | None) -> None:
        if job in self._backup_jobs:
            self._backup_jobs.remove(job)
        if error is not None:
            if isinstance(error, AppError):
                log.error("Automatisk sikkerhetskopi mislyktes: %s", error)
            else:
                log.error("Uventet feil i automatisk sikkerhetskopi", exc_info=error)
            if self.isVisible():
                self.statusBar().showMessage(
                    self.tr("Den automatiske sikkerhetskopien mislyktes: {error}").format(error=error), 30000)
        elif result is not None and self.isVisible():
            self.statusBar().showMessage(
                self.tr("Automatisk sikkerhetskopi tatt: {path}").format(path=result.path), 8000)

    def _backup_after_session(self) -> None:
        """When a database is left (window closed, another opened): a copy if it was changed
        here. Unchanged, it is what the copy taken when it was opened holds."""
        if self._changed and self.store is not None and self.store.db.path is not None:
            self._start_backup(self.store.db.path, "close")
            self._changed = False

    def wait_for_backups(self) -> None:
        for job in list(self._backup_jobs):
            job.wait()

    def _flush_edits(self) -> None:
        for page in self.page_widgets.values():
            page.flush_edits()

    # --- help --------------------------------------------------------------------------
    def show_help(self) -> None:
        page = self.current_page()
        HelpDialog(page.help_chapter if page else "index", self.lang, self).exec()

    def encryption_action(self, mode: str) -> None:
        """Fil → Krypter / Endre passord / Fjern kryptering, on the open database file."""
        from app.storage.database import open_database
        from ui.storage.encryption_dialog import run_encryption_action

        if self.store is not None:
            self._flush_edits()
            run_encryption_action(mode, self, self.store, lambda p, pw: open_database(p, passphrase=pw))

    def show_reports(self) -> None:
        """Fil → Rapporter: the monthly summary or the tertial report, with a print preview."""
        from ui.reports.dialog import show_report_dialog

        if self.store is not None:
            self._flush_edits()
            show_report_dialog(self.store, self.today, self)

    def show_audit_log(self) -> None:
        """Vis → Endringslogg: who changed what and when, with filters and export."""
        from ui.audit_dialog import show_audit_dialog

        if self.store is not None:
            show_audit_dialog(self.store, self)

    def show_welcome(self) -> None:
        """The first start's welcome; «Ny database …» in it goes straight on to Fil → Ny database."""
        from app.demo.examples import EXAMPLES_DIR_NAME
        from app.paths import data_dir
        from ui.welcome import WelcomeDialog

        examples = data_dir() / EXAMPLES_DIR_NAME
        dialog = WelcomeDialog(examples if examples.is_dir() else None, self)
        dialog.exec()
        if dialog.choice == "new":
            self.new_database()

    def about_text(self) -> str:
        return self.tr(
            "<h3>Styringsdialog {version}</h3>"
            "<p>Organisasjonskart, leder- og resultatavtaler, månedlig oppfølging og budsjett "
            "for rådmannens stab. Virker uten nettverk.</p>"
            "<p>Database: {db}<br>Loggfil: {log}</p>"
        ).format(version=__version__, db=self.store.db.display_name if self.store else "–", log=log_file_path())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Om Styringsdialog"), self.about_text())

    # --- geometry ----------------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = user_settings.settings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_start_size(self.screen().availableGeometry().size()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._closing:  # already closing, waiting for a backup
            event.ignore()
            return
        self._closing = True
        self._flush_edits()
        s = user_settings.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/page", PAGES[self.nav.currentRow()])
        s.sync()
        if self.store is not None:
            self.store.close()  # checkpoints, gives the lock back; the backup reads the file on its own
        # The backup runs in a worker thread with the window already gone, so closing does not
        # feel slow on a large file; the window (and so the program) waits for it to finish.
        self._backup_after_session()
        if self._backup_jobs:
            self.hide()
            self.wait_for_backups()
        self._closing = False
        self._closed = True
        super().closeEvent(event)


