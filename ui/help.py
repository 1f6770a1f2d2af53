"""The user guide: short Norwegian chapters in resources/help, shown offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.resources import resource_path


def chapter_path(chapter: str, lang: str) -> Path:
    """The chapter in the chosen language, falling back to bokmål and then to the index."""
    for folder in (lang, "nb"):
        path = resource_path("help", folder, f"{chapter}.html")
        if path.exists():
            return path
    return resource_path("help", "nb", "index.html")


class HelpDialog(QDialog):
    def __init__(self, chapter: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brukerveiledning"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # offline: links stay inside the guide
        self.browser.setAccessibleName(self.tr("Brukerveiledning"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        path = chapter_path(chapter, lang)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
