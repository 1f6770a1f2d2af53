"""Budget against actual as horizontal bars: one pair per unit (or per month for one unit).

Horizontal, so every unit's whole name fits beside its bars (seven units start with «Lind»);
gridlines with amounts in Norwegian («12 mill. kr»); budget and accounts told apart by fill
pattern and by the legend as well as by colour (a hatched bar is the budget, a solid bar the
accounts, and a bar beyond the threshold gets a «!» after its amount). Painted directly with
QPainter: a few dozen bars need no scene graph; text follows the palette (light and dark).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.formatting import format_kroner, format_number

BUDGET = QColor("#4F81BD")
ACTUAL = QColor("#E0803A")
OVER = QColor("#C0392B")
BAR = 9.0  # one bar's thickness in pixels
PAIR_GAP = 8.0


@dataclass(frozen=True)
class BarPair:
    label: str
    budget_ore: int
    actual_ore: int
    over: bool = False  # beyond the deviation threshold


def axis_amount(ore: int, step_ore: int) -> str:
    """A gridline's amount in Norwegian: «12 mill. kr», «1,5 mill. kr», «250 000 kr», «0»."""
    if ore == 0:
        return "0"
    kroner = ore / 100
    if abs(step_ore) >= 100_000_00 or abs(kroner) >= 1_000_000:
        millions = kroner / 1_000_000
        digits = 0 if float(millions).is_integer() else 1
        return f"{format_number(millions, digits)} mill. kr"
    return f"{format_kroner(ore)} kr"


def nice_step(span: float, ticks: int = 5) -> float:
    """A round gridline distance (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` lines."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[BarPair] = []
        self.title = ""
        self.legend = ("Budsjett", "Regnskap")
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)

    def set_data(self, pairs: list[BarPair], title: str, legend: tuple[str, str]) -> None:
        self.pairs, self.title, self.legend = pairs, title, legend
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(
            f"{p.label}: {format_kroner(p.budget_ore)} / {format_kroner(p.actual_ore)}" for p in pairs[:40]))
        self.setMinimumHeight(int(self._content_height()))
        self.updateGeometry()
        self.update()

    def _header_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 3.2

    def _content_height(self) -> float:
        return self._header_height() + len(self.pairs) * (2 * BAR + PAIR_GAP) + 12

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, int(max(220.0, self._content_height())))

    def label_width(self) -> float:
        """Room for the longest name, whole (at most 45 % of the chart)."""
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(p.label) for p in self.pairs), default=40.0)
        return min(widest + 12, self.width() * 0.45)

    def grid(self) -> tuple[int, int, int]:
        """(low, high, step) in øre of the value axis, rounded out to whole gridlines."""
        values = [v for p in self.pairs for v in (p.budget_ore, p.actual_ore)] or [0]
        high, low = max(0, *values), min(0, *values)
        step = int(nice_step(float(high - low))) or 1
        return math.floor(low / step) * step, math.ceil(high / step) * step or step, step

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        painter.setPen(text)
        painter.drawText(QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.pairs:
            return
        # Legend: a swatch with the bar's own pattern, then the word.
        x = 8.0
        for label, brush in zip(self.legend, (self._budget_brush(), QBrush(ACTUAL)), strict=True):
            swatch = QRectF(x, 6 + line, 22, BAR)
            painter.fillRect(swatch, QColor("white"))
            painter.fillRect(swatch, brush)
            painter.setPen(QPen(BUDGET.darker(130) if brush.style() != Qt.BrushStyle.SolidPattern else ACTUAL, 1))
            painter.drawRect(swatch)
            painter.setPen(text)
            w = metrics.horizontalAdvance(label)
            painter.drawText(QRectF(x + 28, 4 + line, w + 4, line), Qt.AlignmentFlag.AlignLeft, label)
            x += 28 + w + 24
        over_note = "! = " + self._over_words()
        painter.drawText(QRectF(x, 4 + line, metrics.horizontalAdvance(over_note) + 4, line),
                         Qt.AlignmentFlag.AlignLeft, over_note)

        top = self._header_height()
        names = self.label_width()
        amount_room = metrics.horizontalAdvance("000,0 mill. kr !") + 6
        area = QRectF(names, top, max(40.0, self.width() - names - amount_room - 8), self.height() - top - 6)
        low, high, step = self.grid()
        span = float(high - low) or 1.0

        def xpos(value: int) -> float:
            return area.left() + (value - low) / span * area.width()

        # Gridlines and their amounts along the top.
        grid_pen = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)
        value = low
        while value <= high:
            gx = xpos(value)
            painter.setPen(grid_pen if value else QPen(text, 1))
            painter.drawLine(int(gx), int(top - 2), int(gx), int(area.bottom()))
            painter.setPen(text)
            label = axis_amount(value, step)
            lw = metrics.horizontalAdvance(label)
            painter.drawText(QRectF(gx - lw / 2, top - line - 2, lw + 2, line), Qt.AlignmentFlag.AlignLeft, label)
            value += step

        y = top + 4
        for p in self.pairs:
            painter.setPen(text)
            painter.drawText(QRectF(4, y, names - 10, 2 * BAR), Qt.AlignmentFlag.AlignRight |
                             Qt.AlignmentFlag.AlignVCenter, p.label)
            for offset, amount, brush, edge in (
                    (0.0, p.budget_ore, self._budget_brush(), BUDGET.darker(130)),
                    (BAR, p.actual_ore, QBrush(OVER if p.over else ACTUAL), OVER if p.over else ACTUAL)):
                left, right = sorted((xpos(0), xpos(amount)))
                rect = QRectF(left, y + offset, max(1.0, right - left), BAR - 1)
                painter.fillRect(rect, QColor("white"))
                painter.fillRect(rect, brush)
                painter.setPen(QPen(edge, 1))
                painter.drawRect(rect)
            painter.setPen(text)
            flag = " !" if p.over else ""
            end = max(xpos(p.budget_ore), xpos(p.actual_ore), xpos(0))
            painter.drawText(QRectF(end + 4, y + BAR - line / 2, amount_room, line), Qt.AlignmentFlag.AlignLeft,
                             axis_amount(p.actual_ore, 100_000_00) + flag)
            y += 2 * BAR + PAIR_GAP

    def _over_words(self) -> str:
        return self.tr("over avviksgrensen")

    @staticmethod
    def _budget_brush() -> QBrush:
        return QBrush(BUDGET, Qt.BrushStyle.BDiagPattern)
