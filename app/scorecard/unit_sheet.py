"""A unit's målekart on one page (A4 landscape) for the monthly meeting: each indicator with its
ambition level, the period's result and colour, a small vector trend over the last periods, and
the comment. Built from :func:`app.scorecard.rollup.unit_scorecard`; marked exempt from
disclosure like the other internal documents."""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from sqlalchemy.orm import Session

from app.scorecard.colours import COLOUR_WORDS
from app.scorecard.model import format_number, municipality
from app.scorecard.rollup import UnitIndicatorLine, UnitScorecard, unit_scorecard
from app.storage.files import write_atomically

if TYPE_CHECKING:  # reportlab and the document styles load only when a sheet is made
    from app.agreements.render_pdf import StyleCommand

LIGHTS = {"green": "#2E7D32", "yellow": "#F2B705", "red": "#C62828", "none": "#9AA3AD"}


def _trend(line: UnitIndicatorLine, width: float, height: float) -> object:
    from reportlab.graphics.shapes import Circle, Drawing, PolyLine
    from reportlab.lib.colors import HexColor

    drawing = Drawing(width, height)
    points = [(i, float(p.value), p.colour) for i, p in enumerate(line.trend) if p.value is not None]
    if not points:
        return drawing
    low, high = min(v for _, v, _ in points), max(v for _, v, _ in points)
    span = (high - low) or 1.0
    step = (width - 8) / max(1, len(line.trend) - 1)
    xy = [(4 + i * step, 4 + ((v - low) / span if high != low else 0.5) * (height - 8)) for i, v, _ in points]
    if len(xy) > 1:
        drawing.add(PolyLine([c for p in xy for c in p], strokeColor=HexColor("#1B2F4B"),
                             strokeWidth=0.8))
    for (x, y), (_i, _v, colour) in zip(xy, points, strict=True):
        drawing.add(Circle(x, y, 2.2, fillColor=HexColor(LIGHTS[colour]),
                           strokeColor=HexColor("#1B2F4B"), strokeWidth=0.4))
    return drawing


def render_unit_sheet(card: UnitScorecard, municipality_name: str) -> bytes:
    """The unit's målekart as a one-page PDF (bytes)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.agreements.render_pdf import BODY, CELL, CELL_HEAD, META, REGULAR, TITLE, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    size = landscape(A4)
    label = card.period.label if str(card.period.year) in card.period.label else \
        f"{card.period.label} {card.period.year}"
    title = f"Målekart {card.unit} – {label}"

    def page(canvas: object, _doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(REGULAR, 7.5)  # type: ignore[attr-defined]
        canvas.drawString(14 * mm, 8 * mm, f"{municipality_name} – {title}")  # type: ignore[attr-defined]
        canvas.drawRightString(size[0] - 14 * mm, size[1] - 8 * mm,  # type: ignore[attr-defined]
                               "Unntatt offentlighet, offl. § 25")
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(buffer, pagesize=size, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=title, author=municipality_name)
    width = size[0] - 28 * mm
    reds = sum(1 for line in card.lines if line.colour == "red")
    story: list[object] = [Paragraph(escape(title), TITLE), Paragraph(escape(
        f"{municipality_name} · {len(card.lines)} indikatorer · {reds} røde · utviklingen viser de siste periodene"),
        META), Spacer(1, 3 * mm)]
    if not card.lines:
        story.append(Paragraph("Enheten har ingen indikatorer på målekartet.", BODY))
    else:
        # Tall rows only when there are few lines: everything stays on one page.
        row_h = max(12.0, min(30.0, (size[1] - 60 * mm) / (len(card.lines) + 1)))
        font = 7.8 if len(card.lines) <= 18 else 6.5
        data: list[list[object]] = [[Paragraph(h, CELL_HEAD) for h in (
            "Fokusområde", "Indikator", "Ambisjonsnivå", "Resultat", "Farge", "Utvikling", "Kommentar")]]
        styles: list[StyleCommand] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, font), ("GRID", (0, 0), (-1, -1), 0.3, HexColor("#C3CBD4")),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor("#E4EAF1")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        trend_w = width * 0.12
        for line in card.lines:
            sign = "≤" if line.direction == "lower" else "≥"
            target = "–" if line.target is None else f"{sign} {format_number(line.target, line.measure)}"
            data.append([Paragraph(escape(line.focus_area), CELL), Paragraph(escape(line.name), CELL), target,
                         format_number(line.value, line.measure), COLOUR_WORDS[line.colour],
                         _trend(line, trend_w - 6, row_h - 4), Paragraph(escape(line.comment), CELL)])
            styles.append(("TEXTCOLOR", (4, len(data) - 1), (4, len(data) - 1), HexColor(LIGHTS[line.colour])))
        table = Table(data, colWidths=[width * w for w in (0.1, 0.23, 0.11, 0.08, 0.07, 0.12, 0.29)],
                      rowHeights=[None] + [row_h] * len(card.lines), repeatRows=1)
        table.setStyle(TableStyle(styles))
        story.append(table)
    doc.build(story, onFirstPage=page, onLaterPages=page)  # type: ignore[arg-type]
    return buffer.getvalue()


def unit_sheet_pdf(session: Session, unit_lineage_id: uuid.UUID, year: int, period: str | None) -> bytes:
    """Read the unit's målekart and render it (one call, the caller's session)."""
    card = unit_scorecard(session, unit_lineage_id, year, period)
    return render_unit_sheet(card, municipality(session).name)


def write_unit_sheet(session: Session, unit_lineage_id: uuid.UUID, year: int, period: str | None, out: Path) -> Path:
    return write_atomically(Path(out), unit_sheet_pdf(session, unit_lineage_id, year, period), private=True)
