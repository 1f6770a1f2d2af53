"""The window part of ``styringsdialog --self-test``: Qt, its plugins, the translations and the
icon are in the bundle, and the main window paints a real page of the demo municipality."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from typing import TYPE_CHECKING

from app.selftest import SelfTestError, run_self_test
from app.storage.database import Database

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType


def window_check(db: Database, today: date) -> str:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.resources import resource_path
    from ui.main_window import MainWindow
    from ui.store import Store

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "styringsdialog"])
    icon = QIcon(str(resource_path("icons", "styringsdialog.png")))
    if icon.isNull():
        raise SelfTestError("programikonet mangler")
    for lang in ("nn", "en"):  # the compiled translations load
        if not QTranslator().load(str(resource_path("i18n", f"styringsdialog_{lang}.qm"))):
            raise SelfTestError(f"oversettelsen «{lang}» kan ikke lastes")
    window = MainWindow(today, "nb")
    store = Store(db)
    try:
        window.resize(1200, 780)
        window.attach(store)
        window.show_page("organisasjon")
        window.show()
        app.processEvents()
        image = window.grab().toImage()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 15) for y in range(0, image.height(), 15)}
    if len(colours) < 10:
        raise SelfTestError(f"vinduet ble tegnet nesten tomt ({len(colours)} farger)")
    return f"{image.width()}×{image.height()} punkter, {len(colours)} farger, plattform {QApplication.platformName()}"


def _quiet_offscreen_notes(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen plugin says it cannot size windows for a window manager it does not have;
    that is noise in the self-test's report. Anything else Qt says still goes to stderr."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main(today: date | None = None) -> int:
    """Run the self-test, print each step, and return 0 when all passed (1 otherwise)."""
    from PySide6.QtCore import qInstallMessageHandler

    from app.logsetup import configure_logging, stop_logging
    from app.paths import DATA_DIR_ENV

    # Offscreen: it works with no display, on a server as on a PC, and shows no window.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen_notes)
    today = today or date.today()
    before = os.environ.get(DATA_DIR_ENV)
    # The log and the window's settings go to a folder of their own, removed afterwards: the
    # self-test leaves the user's data folder exactly as it found it.
    with tempfile.TemporaryDirectory(prefix="styringsdialog-selvtest-data-") as data:
        os.environ[DATA_DIR_ENV] = data
        try:
            configure_logging()
            test = run_self_test(today, window_check=lambda db: window_check(db, today))
        finally:
            stop_logging()
            if before is None:
                os.environ.pop(DATA_DIR_ENV, None)
            else:
                os.environ[DATA_DIR_ENV] = before
    for line in test.lines():
        print(line, flush=True)
    return 0 if test.ok else 1
