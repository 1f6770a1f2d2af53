"""Vis → Presentasjon (F11): the slides of ``app.seminar.presentation`` full screen, large type,
a projector palette (light text on a dark blue ground, strong contrast); arrow keys step."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.seminar.presentation import Slide

BACKGROUND = QColor("#0b1f3a")
TITLE = QColor("#ffd166")
HEADING = QColor("#8ecae6")
TEXT = QColor("#ffffff")
MUTED = QColor("#b8c4d6")
# The målekart's lights, bright enough on the dark ground (and told apart by the value beside them).
LIGHTS = {"green": QColor("#4cd07d"), "yellow": QColor("#ffd166"), "red": QColor("#ff6b6b"), "none": QColor("#6c7a90")}
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


class PresentationWindow(QWidget):
    """One slide at a time; Esc or F11 ends it."""

    closed = Signal()

    def __init__(self, slides: list[Slide], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(self.tr("Presentasjon"))
        self.slides = slides
        self.index = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in NEXT_KEYS:
            self.index = min(self.index + 1, len(self.slides) - 1)
        elif key in BACK_KEYS:
            self.index = max(self.index - 1, 0)
        elif key == Qt.Key.Key_Home:
            self.index = 0
        elif key == Qt.Key.Key_End:
            self.index = len(self.slides) - 1
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            self.closed.emit()
            return
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def slide(self) -> Slide:
        return self.slides[self.index]

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(10, int(px)))
        font.setBold(bold)
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = self.width(), self.height()
        painter.fillRect(self.rect(), BACKGROUND)
        margin = w * 0.05
        slide = self.slide()
        unit = h / 720  # everything scales with the height: 1280×720 and 1920×1080 look alike
        y = h * 0.07
        painter.setPen(TITLE)
        painter.setFont(self._font(44 * unit, bold=True))
        title_rect = QRectF(margin, y, w - 2 * margin, 60 * unit)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(slide.title, Qt.TextElideMode.ElideRight,
                                                                   title_rect.width()))
        y += 64 * unit
        if slide.subtitle:
            painter.setPen(MUTED)
            painter.setFont(self._font(26 * unit))
            painter.drawText(QRectF(margin, y, w - 2 * margin, 36 * unit), Qt.AlignmentFlag.AlignLeft, slide.subtitle)
            y += 48 * unit
        if not slide.columns and self.index == 0:
            painter.setPen(TEXT)
            painter.setFont(self._font(28 * unit))
            painter.drawText(QRectF(margin, h * 0.45, w - 2 * margin, 80 * unit), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Piltastene blar, Esc avslutter."))
        self._columns(painter, slide, margin, y + 10 * unit, w - 2 * margin, h * 0.88 - y, unit)
        painter.setPen(MUTED)
        painter.setFont(self._font(18 * unit))
        painter.drawText(QRectF(margin, h * 0.92, w - 2 * margin, 30 * unit), Qt.AlignmentFlag.AlignRight,
                         f"{self.index + 1} / {len(self.slides)}")
        painter.end()

    def _columns(self, painter: QPainter, slide: Slide, x0: float, y0: float, width: float, height: float,
                 unit: float) -> None:
        columns = slide.columns
        if not columns:
            return
        per_row = min(slide.per_row, len(columns))
        rows = (len(columns) + per_row - 1) // per_row
        gap = 24 * unit
        cell_w = (width - gap * (per_row - 1)) / per_row
        cell_h = (height - gap * (rows - 1)) / rows
        longest = max(len(c.lines) for c in columns)
        # The largest type that fits the longest column, within projector sizes.
        line_px = max(14 * unit, min(26 * unit, (cell_h - 44 * unit) / max(1, longest) / 1.35))
        for i, column in enumerate(columns):
            cx = x0 + (i % per_row) * (cell_w + gap)
            cy = y0 + (i // per_row) * (cell_h + gap)
            painter.setPen(HEADING)
            painter.setFont(self._font(28 * unit, bold=True))
            metrics = QFontMetricsF(painter.font())
            painter.drawText(QRectF(cx, cy, cell_w, 36 * unit), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(column.heading, Qt.TextElideMode.ElideRight, cell_w))
            painter.setPen(TEXT)
            painter.setFont(self._font(line_px))
            metrics = QFontMetricsF(painter.font())
            step = line_px * 1.35
            room = int((cell_h - 44 * unit) // step)
            lines = column.lines if len(column.lines) <= room else [
                *column.lines[:max(0, room - 1)], self.tr("… og {n} til").format(n=len(column.lines) - room + 1)]
            indent = line_px * 1.1 if column.marks else 0.0
            for n, line in enumerate(lines):
                top = cy + 44 * unit + n * step
                mark = LIGHTS.get(column.marks[n]) if n < len(column.marks) else None
                if mark is not None:  # the målekart's light, as a dot before the line
                    painter.setBrush(mark)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawEllipse(QRectF(cx, top + line_px * 0.3, line_px * 0.7, line_px * 0.7))
                    painter.setPen(TEXT)
                text, _tab, value = line.partition("\t")  # «name<TAB>value»: the value right-aligned, never cut
                room_w = cell_w - indent - (metrics.horizontalAdvance(value) + line_px if value else 0)
                painter.drawText(QRectF(cx + indent, top, room_w, step), Qt.AlignmentFlag.AlignLeft,
                                 metrics.elidedText(text, Qt.TextElideMode.ElideRight, room_w))
                if value:
                    painter.drawText(QRectF(cx, top, cell_w - line_px * 0.5, step), Qt.AlignmentFlag.AlignRight, value)
