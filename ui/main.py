"""The ``styringsdialog`` entry point: a sub-command runs headless through ``app.cli``;
without one the window opens."""

from __future__ import annotations

import os
import sys
import time
from datetime import date


def _attach_windows_console() -> None:
    """A GUI-subsystem program on Windows has no console; borrow the terminal's, if any,
    so sub-commands print where they were typed."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    _trace("main")
    _attach_windows_console()
    from app.cli import build_parser, run
    from app.logsetup import configure_logging

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:  # before logging starts: the self-test keeps its log away from the user's
        from ui.selftest import main as self_test

        return self_test()
    configure_logging()
    if args.command:
        return run(args)
    return run_gui(args)


def _trace(event: str) -> None:
    """Start-up timestamps for the benchmark (bench/startup.py), when it asks for them: the
    moment, and the CPU time the process has used so far (which a busy machine disturbs less)."""
    path = os.environ.get("STYRINGSDIALOG_STARTUP_TRACE")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"{event} {time.time():.6f} {time.process_time():.6f}\n")


def _copy_examples() -> None:
    """On first start, the example workbooks go to «Eksempelfiler» in the data folder. A failure
    is logged, not shown: the program works without them."""
    import logging

    from app.demo.examples import copy_examples
    from app.errors import AppError
    from app.paths import data_dir

    try:
        copy_examples(data_dir())
    except AppError:
        logging.getLogger("styringsdialog").exception("Eksempelfilene ble ikke kopiert")


def _show_first_overview(window, target: object) -> bool:  # type: ignore[no-untyped-def]
    """On a SQLite file, the Oversikt figures read with plain sqlite3 (``db.quick_overview``),
    shown before SQLAlchemy and the models have loaded. False when that cannot be done (a server,
    a new or encrypted file): the ordinary path then fills the page."""
    from pathlib import Path

    from app.paths import default_database_path

    if target is not None and "://" in str(target):
        return False
    path = Path(str(target)).expanduser() if target is not None else default_database_path()
    if not path.is_file():
        return False
    from db.quick_overview import read_overview

    figures = read_overview(path, window.today)
    if figures is None:
        return False
    from ui.navigation import page_title
    from ui.overview.figures import FirstOverview

    first = FirstOverview(page_title("oversikt"), figures, window.today)
    window.pages.addWidget(first)
    window.pages.setCurrentWidget(first)
    window.first_overview = first
    return True


def _drop_first_overview(window) -> None:  # type: ignore[no-untyped-def]
    first = getattr(window, "first_overview", None)
    if first is not None:
        window.pages.removeWidget(first)
        first.deleteLater()
        window.first_overview = None


def _load_database_stack() -> None:
    """In a worker thread while the first figures are on screen: the modules the database and
    the pages need (imports only; nothing is made or opened here)."""
    from importlib import import_module

    from ui.navigation import PAGE_CLASSES

    for name in ("app.storage.database", "ui.store", "ui.storage.lock_dialog", "ui.storage.passphrase_dialog",
                 "app.overview",
                 *(spec.partition(":")[0] for spec in PAGE_CLASSES.values())):
        import_module(name)


def _warm_queries(window, db):  # type: ignore[no-untyped-def]
    """The other pages' first reads once in a worker thread, so SQLAlchemy has compiled and
    cached their statements before the user opens them (a failure here only costs that)."""
    from ui.progress import BackgroundOp

    today = window.today

    def warm(_progress: object) -> None:
        from app.budget.sets import list_sets
        from app.followup.listing import grid_choices, year_grid
        from app.org.queries import current_version, unit_rows

        version = db.run(current_version)
        if version is not None:
            db.run(unit_rows, version.id, today)
        db.run(grid_choices, today.year, today)
        db.run(year_grid, today.year, today)
        db.run(list_sets)

    def failed(error: BaseException) -> None:
        import logging

        logging.getLogger("styringsdialog").warning("Forhåndslesing av sidene feilet: %s", error)

    def settle(_result: object) -> None:
        # What start-up made (modules, the ORM's mappers, compiled statements) lives as long as the
        # program: keep it out of the collector's full passes, which otherwise hold the GIL for
        # 0.2-0.4 s while a page loads in a worker thread (measured: python -m bench.editor --stalls).
        import gc

        gc.freeze()

    return BackgroundOp(window, warm).success(settle).failure(failed).run_in_background()


def set_window_size(window, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """--size: exactly ``width`` × ``height``, whatever the screen (the offscreen one is 800×800);
    the pages lay themselves out for the window's size."""
    window.resize(width, height)


def run_gui(args) -> int:  # type: ignore[no-untyped-def]
    """Show the window first, then open the database and fill the pages.

    The database stack (SQLAlchemy, the models, the queries) takes longer to load than Qt
    itself, so it is imported only after the window's first paint: the user sees the
    program at once, with «Åpner databasen …» for the moment it takes. On a SQLite file the
    Oversikt figures are read with plain sqlite3 before the window is shown (a few
    milliseconds), so its first paint has them.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app import __version__
    from app.resources import resource_path
    from ui import settings as user_settings
    from ui.errors import install_excepthook
    from ui.i18n import install_language
    from ui.main_window import MainWindow

    _trace("imports_done")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Styringsdialog")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Styringsdialog")
    app.setWindowIcon(QIcon(str(resource_path("icons", "styringsdialog.png"))))
    lang = args.lang or user_settings.language()
    install_language(lang)
    install_excepthook()
    _trace("application_made")
    window = MainWindow(date.today(), lang)
    page = args.page or str(user_settings.settings().value("window/page", "oversikt"))
    window.show_page(page)
    quick_overview = page == "oversikt" and _show_first_overview(window, args.db)
    _trace("window_made")
    outcome = {"code": 0}

    def load_database() -> None:
        _trace("first_paint")
        if quick_overview:  # the figures were in the first paint
            _trace("overview_filled")
            # SQLAlchemy, the models and the pages load in a worker thread meanwhile; then the
            # database is opened here as always (its questions need the GUI thread).
            from ui.progress import BackgroundOp

            BackgroundOp(window, lambda _progress: _load_database_stack()).success(lambda _r: open_and_attach()) \
                .failure(lambda _error: open_and_attach()).run_in_background()
        else:
            open_and_attach()

    def open_and_attach() -> None:
        from app.errors import AppError
        from app.storage.database import Database, open_database
        from ui.storage.lock_dialog import open_with_lock
        from ui.store import Store

        db: Database | None
        try:
            # Only the default database is filled with the demo on first start; a new file
            # named on the command line starts empty, like Fil → Ny database.
            if args.screenshot:  # unattended: a database in use is an error, not a question
                db = open_database(args.db, demo_if_new=args.db is None)
            else:
                from ui.storage.passphrase_dialog import open_asking_passphrase

                db = open_asking_passphrase(
                    window, lambda **kw: open_with_lock(window, args.db, demo_if_new=args.db is None, **kw))
                if db is None:  # in use elsewhere or encrypted, and the user cancelled
                    window.close()
                    return
        except AppError as err:
            outcome["code"] = 1
            if args.screenshot:
                print(f"styringsdialog: {err}", file=sys.stderr)
            else:
                QMessageBox.critical(window, "Styringsdialog", str(err))
            window.close()
            return
        if db.path is not None:
            user_settings.add_recent_file(str(db.path))
        first_start = db.created and args.db is None
        if first_start:
            _copy_examples()
        window.attach(Store(db))
        _trace("overview_filled")  # (again, when the first figures came from the quick path: now the whole page)
        _drop_first_overview(window)
        if args.screenshot:
            QTimer.singleShot(0, save_screenshot)
        else:
            QTimer.singleShot(0, lambda: _trace("ready"))
            _warm_queries(window, db)
            window.start_daily_backup()
            if first_start:
                QTimer.singleShot(0, window.show_welcome)

    def save_screenshot() -> None:
        if args.size:  # the pages came after the first resize: make sure it still holds
            set_window_size(window, *args.size)
        app.processEvents()  # let pending layout and paint events run first
        if args.size and (window.width(), window.height()) != tuple(args.size):
            print(f"styringsdialog: vinduet kan ikke bli mindre enn {window.width()}x{window.height()} "
                  f"(bedt om {args.size[0]}x{args.size[1]})", file=sys.stderr)
        args.screenshot.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(args.screenshot), "PNG")
        _trace("ready")
        outcome["code"] = 0 if saved else 1
        window.close()

    # Queued: the slot runs after the paint that emitted the signal has finished.
    window.first_painted.connect(lambda: QTimer.singleShot(0, load_database))
    if args.size:
        set_window_size(window, *args.size)
    elif args.screenshot:
        window.resize(1200, 780)
    else:
        window.restore_geometry()
    window.show()
    _trace("shown")
    code = app.exec()
    return outcome["code"] or code


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
