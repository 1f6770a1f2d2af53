"""The ``styringsdialog`` entry point: a sub-command runs headless through ``app.cli``;
without one the window opens."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path


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
    _attach_windows_console()
    from app.cli import build_parser, run
    from app.logsetup import configure_logging

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    configure_logging()
    if args.command:
        return run(args)
    return run_gui(args)


def run_gui(args) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app import __version__
    from app.database import open_database
    from app.errors import AppError
    from ui import settings as user_settings
    from ui.errors import install_excepthook
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.store import Store

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Styringsdialog")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Styringsdialog")
    lang = args.lang or user_settings.language()
    install_language(lang)
    install_excepthook()
    try:
        # Only the default database is filled with the demo on first start; a new file
        # named on the command line starts empty, like Fil → Ny database.
        db = open_database(args.db, demo_if_new=args.db is None)
    except AppError as err:
        if args.screenshot:
            print(f"styringsdialog: {err}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Styringsdialog", str(err))
        return 1
    if db.path is not None:
        user_settings.add_recent_file(str(db.path))
    window = MainWindow(Store(db), date.today(), lang)
    page = args.page or str(user_settings.settings().value("window/page", "oversikt"))
    window.show_page(page if page in window.page_widgets else "oversikt")
    if args.screenshot:
        window.resize(1200, 780)
        return 0 if save_when_painted(window, args.screenshot) else 1
    window.restore_geometry()
    window.show()
    return app.exec()


def save_when_painted(window, out: Path, timeout_ms: int = 15000) -> bool:  # type: ignore[no-untyped-def]
    """Show the window, wait until the platform has exposed it, then save it as PNG."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    loop = QEventLoop()
    saved = False

    def attempt() -> None:
        nonlocal saved
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, attempt)
            return
        QApplication.processEvents()  # let pending layout and paint events run first
        out.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(out), "PNG")
        loop.quit()

    window.show()
    QTimer.singleShot(0, attempt)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    window.close()
    return saved


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
