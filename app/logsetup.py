"""Logging to a rotating file in the user's data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.paths import log_dir

LOG_FILE_NAME = "styringsdialog.log"


class _AppLogHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so it is replaced rather than doubled."""


def log_file_path() -> str:
    return str(log_dir() / LOG_FILE_NAME)


def configure_logging(*, verbose: bool = False) -> logging.Logger:
    """Send log records to the data folder's log file (re-pointed if the folder changed)."""
    root = logging.getLogger()
    path = log_file_path()
    for handler in [h for h in root.handlers if isinstance(h, _AppLogHandler)]:
        if Path(handler.baseFilename) == Path(path):
            break
        root.removeHandler(handler)
        handler.close()
    else:
        handler = _AppLogHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return logging.getLogger("styringsdialog")


def stop_logging() -> None:
    """Close and remove the log file handler, before its folder goes away (the self-test)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _AppLogHandler)]:
        root.removeHandler(handler)
        handler.close()
