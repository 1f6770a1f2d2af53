"""Logging to a rotating file in the user's data folder (and stderr for the command line)."""

from __future__ import annotations

import logging
import logging.handlers

from app.paths import log_dir

LOG_FILE_NAME = "styringsdialog.log"


def configure_logging(*, verbose: bool = False) -> logging.Logger:
    root = logging.getLogger()
    if not any(getattr(h, "_styringsdialog", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            log_dir() / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler._styringsdialog = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return logging.getLogger("styringsdialog")


def log_file_path() -> str:
    return str(log_dir() / LOG_FILE_NAME)
