"""A live print preview: the agreement's real PDF, drawn page by page beside the editor."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.agreements.preview import preview_pages
from ui.store import Store

log = logging.getLogger(__name__)


def pdf_for(session: Any, agreement_id: uuid.UUID) -> bytes:  # session: ui/ does not import sqlalchemy
    """The agreement's PDF as it prints (the preview pane and «Skriv ut …» show it)."""
    # reportlab is imported on the first preview, not when the window starts (0.27 s of start-up).
    from app.agreements.builder import build_document
    from app.agreements.render_pdf import render_pdf

    return render_pdf(build_document(session, agreement_id))


class PreviewPane(QScrollArea):
    """Re-renders shortly after the last change, so typing stays smooth."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.agreement_id: uuid.UUID | None = None
        self.pages: list[QLabel] = []
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Forhåndsvisning"))
        self.body = QWidget()
        self.body.setStyleSheet("background: #8a8f94;")
        self.column = QVBoxLayout(self.body)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.body)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.render_now)

    def show_agreement(self, agreement_id: uuid.UUID | None) -> None:
        self.agreement_id = agreement_id
        self.timer.start()

    def render_now(self) -> None:
        self.timer.stop()
        for label in self.pages:
            label.deleteLater()
        self.pages = []
        if self.agreement_id is None or not self.isVisible():
            return
        pdf = self.store.read(pdf_for, self.agreement_id)
        # The whole page across the pane (the scroll bar's width kept free): never wider than the pane.
        width = max(160, self.viewport().width() - self.verticalScrollBar().sizeHint().width() - 24)
        dpi = max(20, min(110, int(width / 8.27)))  # A4 is 8.27 inches wide
        for w, h, png in preview_pages(pdf, dpi=dpi):
            image = QImage.fromData(png, "PNG")  # type: ignore[arg-type]  # stubs say bytes; PySide6 takes only str
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(w, h)
            label.setStyleSheet("background: white;")
            self.column.addWidget(label)
            self.pages.append(label)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Drawn again at the new width: a page drawn for a wider pane was cut off (walk 35)."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() and self.isVisible():
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.timer.start()
