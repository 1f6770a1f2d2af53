"""The peer of the start-up benchmark: a bare PySide6 window, shown, painted and saved."""

from __future__ import annotations

import os
import sys
import time


def _trace(event: str) -> None:
    path = os.environ.get("STYRINGSDIALOG_STARTUP_TRACE")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"{event} {time.time():.6f}\n")


def main(out: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, save)

    window = Window()
    window.setCentralWidget(QLabel("Hei"))
    window.resize(1200, 780)
    result = {"saved": False}

    def save() -> None:
        _trace("first_paint")
        app.processEvents()
        result["saved"] = window.grab().save(out, "PNG")
        _trace("ready")
        window.close()

    window.show()
    app.exec()
    return 0 if result["saved"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
