"""A reportlab Table that draws a report of thousands of plain-text cells quickly.

reportlab's Table writes each cell through ``canvas.drawString``: a PDF text object of its own per
cell, with its font, position and text formatted each time. In the tertial report for 300 units
(one row per unit in red under each indicator) that was the largest part of the time.
:class:`PlainTextTable` writes a drawn part's one-line plain-text cells (a page's rows) into one
text object, in the same order and at the same places as Table would, and skips empty cells;
Paragraphs and other flowables in cells are drawn by Table as before. It also gives Table the
heights of the plain-text rows before Table measures them (see ``_plain_row_heights``). The pages
look the same (the tests compare them as pictures).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table

PLAIN_ALIGNMENTS = ("LEFT", "RIGHT", "CENTRE", "CENTER")


class PlainTextTable(Table):
    _text: Any = None
    _text_font: Any = None
    _text_colour: Any = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's)
        self._plain_row_heights()
        return super().wrap(availWidth, availHeight)

    def _plain_row_heights(self) -> None:
        """The height of each row of plain-text cells, as Table would work it out (lines × leading and
        the cell's padding), given to Table before it measures: without spans Table works out every
        row's height at each page a long table is split over, looking up the next row to measure from
        the start each time, which for a table of a thousand rows over twenty pages cost more than
        drawing it. Rows with a Paragraph are left to Table."""
        table: Any = self  # Table's own measurements (reportlab's stubs do not list them)
        heights = table._argH
        if table._spanCmds or None not in heights:
            return
        least = table._minRowHeights
        filled = list(heights)
        for i, (values, styles) in enumerate(zip(table._cellvalues, table._cellStyles, strict=True)):
            if filled[i] is not None or not all(isinstance(v, str) for v in values):
                continue
            height = max((s.leading or 1.2 * s.fontsize) * len(v.split("\n")) + s.bottomPadding + s.topPadding
                         for v, s in zip(values, styles, strict=True))
            filled[i] = max(least[i], height) if least else height
        table._argH = table._rowHeights = filled  # as Table.__init__ sets them from rowHeights

    def _flush_text(self) -> None:
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = self._text_font = self._text_colour = None
        self._curcellstyle = None  # Table sets the canvas's font and colour again for its next cell

    # reportlab's own hook (no public one draws a cell); its stubs do not list it.
    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802
        if not isinstance(cellval, str) or "\n" in cellval or cellstyle.href or cellstyle.destination \
                or cellstyle.direction or cellstyle.shaping or cellstyle.alignment not in PLAIN_ALIGNMENTS \
                or cellstyle.valign not in ("TOP", "BOTTOM", "MIDDLE"):
            self._flush_text()
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]
            return
        if not cellval:
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        fontsize, leading = cellstyle.fontsize, cellstyle.leading
        # Where Table's own drawString would put the line.
        if cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        elif cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + leading - fontsize
        else:
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + leading) / 2.0 - fontsize
        if cellstyle.alignment == "LEFT":
            x = colpos + cellstyle.leftPadding
        else:
            width = self.canv.stringWidth(cellval, cellstyle.fontname, fontsize)
            x = (colpos + colwidth - cellstyle.rightPadding - width if cellstyle.alignment == "RIGHT" else
                 colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - width) * 0.5)
        text = self._text
        if text is None:
            text = self._text = self.canv.beginText()
        font = (cellstyle.fontname, fontsize, leading)
        if font != self._text_font:
            text.setFont(*font)
            self._text_font = font
        if cellstyle.color != self._text_colour:
            text.setFillColor(cellstyle.color)
            self._text_colour = cellstyle.color
        text.setTextOrigin(x, y)
        text.textLine(cellval)

    def _drawLines(self) -> None:  # noqa: N802
        self._flush_text()  # the text goes under the grid lines, as in Table
        super()._drawLines()  # type: ignore[misc]
