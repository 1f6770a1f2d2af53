"""Errors in the window: user errors as a plain message, anything unexpected logged and shown
with copyable details. The program goes on either way."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import AppError
from app.logsetup import log_file_path

log = logging.getLogger("styringsdialog.ui")


def show_user_error(parent: QWidget | None, err: AppError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Kan ikke fullføre"), str(err))


def show_unexpected(parent: QWidget | None, exc: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(type(exc), exc, tb))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Uventet feil"))
    box.setText(QCoreApplication.translate(
        "Errors", "Noe gikk galt. Arbeidet som var lagret, er trygt, og programmet fortsetter."))
    box.setInformativeText(QCoreApplication.translate(
        "Errors", "Detaljene er skrevet til loggfilen {path}. Kopier dem gjerne til brukerstøtte.")
                           .format(path=log_file_path()))
    box.setDetailedText(details)
    box.setAccessibleName(QCoreApplication.translate("Errors", "Uventet feil"))
    box.exec()


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        parent = QApplication.activeWindow()
        if isinstance(exc, AppError):
            log.info("User error: %s", exc)
            show_user_error(parent, exc)
            return
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        show_unexpected(parent, exc, tb)

    sys.excepthook = hook
