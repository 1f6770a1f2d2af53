"""Vis → Presentasjon (F11): the slides of ``app.seminar.presentation`` full screen, large type,
a projector palette (light text on a dark blue ground, strong contrast); arrow keys step."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.seminar.presentation import Column, Slide

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

    def layout_slide(self) -> SlideLayout:
        """Where every piece of the slide goes at the window's size (``paintEvent`` draws it; a
        test checks it): the title shrinks to fit, lines wrap rather than being cut."""
        w, h = self.width(), self.height()
        margin = w * 0.05
        slide = self.slide()
        unit = h / 720  # everything scales with the height: 1280×720 and 1920×1080 look alike
        y = h * 0.07
        title_px = 44 * unit
        while title_px > 30 * unit and QFontMetricsF(self._font(title_px, True)).horizontalAdvance(slide.title) > \
                w - 2 * margin:
            title_px -= unit
        title_font = self._font(title_px, bold=True)
        title_rect = QRectF(margin, y, w - 2 * margin, 60 * unit)
        fits = QFontMetricsF(title_font).horizontalAdvance(slide.title) <= title_rect.width()
        layout = SlideLayout(unit, margin, title_font, title_rect, fits)
        y += 64 * unit
        if slide.subtitle:
            layout.subtitle_rect = QRectF(margin, y, w - 2 * margin, 36 * unit)
            y += 48 * unit
        self._columns(layout, slide, margin, y + 10 * unit, w - 2 * margin, h * 0.88 - y - 10 * unit, unit)
        return layout

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = self.width(), self.height()
        painter.fillRect(self.rect(), BACKGROUND)
        slide = self.slide()
        layout = self.layout_slide()
        unit, margin = layout.unit, layout.margin
        painter.setPen(TITLE)
        painter.setFont(layout.title_font)
        painter.drawText(layout.title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(layout.title_font).elidedText(slide.title, Qt.TextElideMode.ElideRight,
                                                                      layout.title_rect.width()))
        if layout.subtitle_rect is not None:
            painter.setPen(MUTED)
            painter.setFont(self._font(26 * unit))
            painter.drawText(layout.subtitle_rect, Qt.AlignmentFlag.AlignLeft, slide.subtitle)
        if not slide.columns and self.index == 0:
            painter.setPen(TEXT)
            painter.setFont(self._font(28 * unit))
            painter.drawText(QRectF(margin, h * 0.45, w - 2 * margin, 80 * unit), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Piltastene blar, Esc avslutter."))
        for heading in layout.headings:
            painter.setPen(HEADING)
            painter.setFont(heading.font)
            painter.drawText(heading.rect, Qt.AlignmentFlag.AlignLeft, heading.text)
        for row in layout.rows:
            painter.setFont(row.font)
            if row.mark is not None:  # the målekart's light, as a dot before the line
                px = row.font.pixelSize()
                painter.setBrush(row.mark)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QRectF(row.rect.left() - px * 1.1, row.rect.top() + px * 0.3, px * 0.7, px * 0.7))
            painter.setPen(TEXT)
            painter.drawText(row.rect, Qt.AlignmentFlag.AlignLeft, row.text)
            if row.value:
                painter.drawText(row.value_rect, Qt.AlignmentFlag.AlignRight, row.value)
        painter.setPen(MUTED)
        painter.setFont(self._font(18 * unit))
        painter.drawText(QRectF(margin, h * 0.92, w - 2 * margin, 30 * unit), Qt.AlignmentFlag.AlignRight,
                         f"{self.index + 1} / {len(self.slides)}")
        painter.end()

    def _columns(self, layout: SlideLayout, slide: Slide, x0: float, y0: float, width: float, height: float,
                 unit: float) -> None:
        columns = slide.columns
        if not columns:
            return
        per_row = min(slide.per_row, len(columns))
        rows = (len(columns) + per_row - 1) // per_row
        gap = 24 * unit
        cell_w = (width - gap * (per_row - 1)) / per_row
        cell_h = (height - gap * (rows - 1)) / rows
        head_h = 44 * unit
        # The largest type (within projector sizes) at which every column fits with its lines wrapped.
        line_px = 26 * unit
        while True:
            wrapped = [self._wrap(column, self._font(line_px), cell_w) for column in columns]
            longest = max(len(w) for w in wrapped)
            broken = any(self._breaks_words(column, self._font(line_px), cell_w) for column in columns)
            if (longest * line_px * 1.35 <= cell_h - head_h and not broken) or line_px <= 14 * unit:
                break
            line_px -= unit
        font = self._font(line_px)
        step = line_px * 1.35
        room = max(1, int((cell_h - head_h) // step))
        for i, (column, lines) in enumerate(zip(columns, wrapped, strict=True)):
            cx = x0 + (i % per_row) * (cell_w + gap)
            cy = y0 + (i // per_row) * (cell_h + gap)
            heading_font = self._font(28 * unit, bold=True)
            while heading_font.pixelSize() > line_px and \
                    QFontMetricsF(heading_font).horizontalAdvance(column.heading) > cell_w:
                heading_font = self._font(heading_font.pixelSize() - 1, bold=True)
            layout.headings.append(Heading(
                QFontMetricsF(heading_font).elidedText(column.heading, Qt.TextElideMode.ElideRight, cell_w),
                heading_font, QRectF(cx, cy, cell_w, 36 * unit)))
            if len(lines) > room:  # more than a slide holds even at the smallest type: say how many more
                shown_lines = lines[:max(0, room - 1)]
                hidden = len({n for n, *_ in lines[len(shown_lines):]})
                lines = [*shown_lines, (-1, self.tr("… og {n} til").format(n=hidden), "", None)]
            indent = line_px * 1.1 if column.marks else 0.0
            for n, (_source, text, value, mark) in enumerate(lines):
                top = cy + head_h + n * step
                metrics = QFontMetricsF(font)
                value_w = metrics.horizontalAdvance(value) + line_px if value else 0.0
                layout.rows.append(Row(text, value, LIGHTS.get(mark) if mark else None, font,
                                       QRectF(cx + indent, top, cell_w - indent - value_w, step),
                                       QRectF(cx, top, cell_w - line_px * 0.5, step)))

    @staticmethod
    def _wrap(column: Column, font: QFont, width: float) -> list[tuple[int, str, str, str | None]]:
        """The column's lines as drawn: (line number, text, value, light); a line too long for the
        column goes on over more rows (continuations indented), its value and light on the first.
        Words are split at spaces only (a no-break space keeps «→ name» together); a word wider
        than the column is broken where it must be."""
        metrics = QFontMetricsF(font)
        indent = font.pixelSize() * 1.1 if column.marks else 0.0
        out: list[tuple[int, str, str, str | None]] = []
        for n, line in enumerate(column.lines):
            text, _tab, value = line.partition("\t")  # «name<TAB>value»: the value right-aligned, never cut
            mark = column.marks[n] if n < len(column.marks) else None
            room = width - indent - (metrics.horizontalAdvance(value) + font.pixelSize() if value else 0.0)
            lead = text[:len(text) - len(text.lstrip(" "))]
            rows: list[str] = []
            current = lead
            for word in (w for w in text.split(" ") if w):
                candidate = f"{current} {word}" if current.strip() else f"{current}{word}"
                if current.strip() and metrics.horizontalAdvance(candidate) > room:
                    rows.append(current)
                    current, room = f"{lead}   {word}", width - indent
                else:
                    current = candidate
                while metrics.horizontalAdvance(current) > room and len(current.strip()) > 1:
                    cut = len(current) - 1  # a word wider than the column: as much as fits, the rest below
                    while cut > 1 and metrics.horizontalAdvance(current[:cut]) > room:
                        cut -= 1
                    rows.append(current[:cut])
                    current, room = f"{lead}   {current[cut:]}", width - indent
            rows.append(current)
            out.extend((n, row, value if i == 0 else "", mark if i == 0 else None) for i, row in enumerate(rows))
        return out

    @staticmethod
    def _breaks_words(column: Column, font: QFont, width: float) -> bool:
        """Whether some word of the column is wider than the column at this size."""
        metrics = QFontMetricsF(font)
        room = width - (font.pixelSize() * 1.1 if column.marks else 0.0)
        return any(metrics.horizontalAdvance(f"   {word}") > room  # as a continuation row, indented
                   for line in column.lines for word in line.partition("\t")[0].split(" "))


@dataclass
class Heading:
    text: str
    font: QFont
    rect: QRectF


@dataclass
class Row:
    """One drawn row of a column: its text, the value right-aligned on the same row, the light before it."""

    text: str
    value: str
    mark: QColor | None
    font: QFont
    rect: QRectF
    value_rect: QRectF


@dataclass
class SlideLayout:
    unit: float
    margin: float
    title_font: QFont
    title_rect: QRectF
    title_fits: bool
    subtitle_rect: QRectF | None = None
    headings: list[Heading] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
