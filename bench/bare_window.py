"""The peer of the start-up benchmark: a bare PySide6 window, shown, painted and saved."""

from __future__ import annotations

import sys


def main(out: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hei"))
    window.resize(1200, 780)
    loop = QEventLoop()
    saved = False

    def attempt() -> None:
        nonlocal saved
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, attempt)
            return
        app.processEvents()
        saved = window.grab().save(out, "PNG")
        loop.quit()

    window.show()
    QTimer.singleShot(0, attempt)
    loop.exec()
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
