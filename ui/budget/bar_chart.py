"""Budget against actual as bars: one pair of bars per unit (or per month for one unit).

Painted directly with QPainter: a few dozen bars need no scene graph, and the colours
follow the palette so the chart reads in light and dark mode.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.formatting import format_kroner

BUDGET = QColor("#4F81BD")
ACTUAL = QColor("#E0803A")
OVER = QColor("#C0392B")


@dataclass(frozen=True)
class BarPair:
    label: str
    budget_ore: int
    actual_ore: int
    over: bool = False  # beyond the deviation threshold


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[BarPair] = []
        self.title = ""
        self.legend = ("Budsjett", "Regnskap")
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, pairs: list[BarPair], title: str, legend: tuple[str, str]) -> None:
        self.pairs, self.title, self.legend = pairs, title, legend
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(
            f"{p.label}: {format_kroner(p.budget_ore)} / {format_kroner(p.actual_ore)}" for p in pairs[:40]))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        metrics = QFontMetricsF(self.font())
        painter.setPen(text)
        painter.drawText(QRectF(8, 4, self.width() - 16, metrics.height()), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.pairs:
            return
        # Legend
        x = self.width() - 8.0
        for label, colour in reversed(list(zip(self.legend, (BUDGET, ACTUAL), strict=True))):
            w = metrics.horizontalAdvance(label)
            x -= w
            painter.setPen(text)
            painter.drawText(QRectF(x, 4, w, metrics.height()), Qt.AlignmentFlag.AlignLeft, label)
            x -= 16
            painter.fillRect(QRectF(x, 8, 10, 10), colour)
            x -= 12
        top = metrics.height() * 2 + 6
        label_h = metrics.height() * 2.2
        area = QRectF(60, top, self.width() - 70, self.height() - top - label_h)
        values = [v for p in self.pairs for v in (p.budget_ore, p.actual_ore)]
        high, low = max(0, *values), min(0, *values)
        span = (high - low) or 1

        def y(value: int) -> float:
            return area.bottom() - (value - low) / span * area.height()

        painter.setPen(QPen(text, 1))
        painter.drawLine(int(area.left()), int(y(0)), int(area.right()), int(y(0)))
        painter.drawText(QRectF(0, y(high) - 8, 56, 16), Qt.AlignmentFlag.AlignRight,
                         format_kroner(high // 1000) + "k")
        slot = area.width() / len(self.pairs)
        bar = max(2.0, min(26.0, slot * 0.36))
        for i, p in enumerate(self.pairs):
            cx = area.left() + slot * (i + 0.5)
            actual_colour = OVER if p.over else ACTUAL
            for offset, value, colour in ((-bar, p.budget_ore, BUDGET), (0.0, p.actual_ore, actual_colour)):
                rect = QRectF(cx + offset, min(y(value), y(0)), bar, abs(y(value) - y(0)))
                painter.fillRect(rect, colour)
            painter.setPen(text)
            label = metrics.elidedText(p.label, Qt.TextElideMode.ElideRight, max(slot - 2, 10))
            painter.save()
            painter.translate(cx, area.bottom() + 4)
            painter.drawText(QRectF(-slot / 2, 0, slot, label_h), Qt.AlignmentFlag.AlignHCenter |
                             Qt.TextFlag.TextWordWrap, label)
            painter.restore()
