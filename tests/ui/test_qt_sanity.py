"""Guards against known faults in the Qt bindings the program depends on."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen


def test_painting_does_not_release_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 dropped a reference to None on each setPen/setBrush; the org chart
    paints thousands of boxes, and Python 3.11 aborts when None's count reaches zero."""
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            painter.setPen(QColor("#123456"))
            painter.setPen(QPen(QColor("#123456"), 2))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("#abcdef")))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        assert sys.getrefcount(None) >= before
    finally:
        painter.end()
