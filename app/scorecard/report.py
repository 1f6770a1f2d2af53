"""The tertial report built around the målekart, as PDF, xlsx and docx.

Per focus area the indicators with ambition level, the municipality's result, colour and the
units in red or yellow with their comments; then budget deviation per unit and the goals' status
(the follow-up's :func:`app.followup.summary.tertial_report`). ``public=True`` is the version for
the politicians: no leaders' names, no personal goals (no goal of a personal category, nothing
that mentions development goals), and it is not marked exempt from disclosure.

:func:`build_report` reads (one call, the caller's session); :func:`write_report` writes a file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.followup.summary import TertialReport, TertialRow, tertial_report
from app.formatting import format_kroner
from app.scorecard.colours import COLOUR_WORDS, GREEN, NONE, RED, YELLOW
from app.scorecard.model import DIRECTION_WORDS, format_number
from app.scorecard.rollup import IndicatorLine, Scorecard, municipal_scorecard
from app.storage.files import write_atomically
from db.models import AgreementTemplate

GOAL_STATUS = {"on_track": "på sporet", "at_risk": "risiko", "off_track": "ikke på sporet"}
COLOUR_HEX = {GREEN: "#2E7D32", YELLOW: "#F2B705", RED: "#C62828", NONE: "#9AA3AD"}
PERSONAL_WORDS = ("utviklingsm", "personlig", "egenutvikling", "eigenutvikling", "utviklingspunkt")


@dataclass(frozen=True)
class GoalLine:
    unit: str
    category: str
    text: str
    status: str
    comment: str


@dataclass(frozen=True)
class ScorecardReport:
    year: int
    tertial: int
    public: bool
    municipality: str
    scorecard: Scorecard
    followup: TertialReport
    goals: list[GoalLine]

    @property
    def title(self) -> str:
        return f"Tertialrapport {self.tertial}. tertial {self.year}"


def _personal(text: str) -> bool:
    folded = text.casefold()
    return any(word in folded for word in PERSONAL_WORDS)


def _personal_titles(session: Session) -> set[str]:
    titles: set[str] = set()
    for definition in session.scalars(select(AgreementTemplate.definition)):
        for category in (definition or {}).get("goal_categories", []) or []:
            if _personal(str(category.get("key", ""))) or _personal(str(category.get("title", ""))):
                titles.add(str(category.get("title", "")))
    return titles


def build_report(session: Session, year: int, tertial: int, today: date, *, public: bool = False) -> ScorecardReport:
    """The tertial report's content: the målekart for the tertial, the follow-up's figures and the
    goals (without personal ones when ``public``)."""
    card = municipal_scorecard(session, year, f"T{tertial}")
    followup = tertial_report(session, year, tertial, today)
    personal = _personal_titles(session)
    goals: list[GoalLine] = []
    for row in followup.rows:
        for g in row.goals:
            if public and (g.category in personal or _personal(g.category) or _personal(g.text)
                           or _personal(g.comment)):
                continue
            goals.append(GoalLine(row.unit, g.category, g.text, g.status, "" if public and _personal(g.comment)
                                  else g.comment))
    return ScorecardReport(year, tertial, public, followup.municipality, card, followup, goals)


def _target_text(line: IndicatorLine) -> str:
    if line.target is None:
        return "–"
    sign = "≤" if line.direction == "lower" else "≥"
    return f"{sign} {format_number(line.target, line.measure)}"


def _flagged(line: IndicatorLine) -> list[tuple[str, str, str, str]]:
    """The units under an indicator that the report names: every red one, and a yellow one with a
    comment; (unit, value, colour, comment), red first. The other yellow ones are counted."""
    out = [u for u in line.units if u.colour == RED or (u.colour == YELLOW and u.comment)]
    out.sort(key=lambda u: (u.colour != RED, u.unit))
    return [(u.unit, format_number(u.value, line.measure), u.colour, u.comment) for u in out]


def _comment(report: ScorecardReport, text: str) -> str:
    return "" if report.public and _personal(text) else text


def _money_row(row: TertialRow) -> tuple[str, str, str, str, str]:
    m = row.money
    pct = "" if m.pct is None else f"{m.pct:.1f} %".replace(".", ",")
    return (row.unit, format_kroner(m.budget), "" if m.actual is None else format_kroner(m.actual),
            "" if m.deviation is None else format_kroner(m.deviation), pct)


def write_report(report: ScorecardReport, out: Path, fmt: str) -> Path:
    """Write the report as ``fmt`` (``pdf``, ``xlsx`` or ``docx``) to ``out``.

    ``followup tertial``, ``malekart report`` and the window's «Rapporter» all write through here,
    so they give the same document. The internal workbook and Word draft are the follow-up's
    (:mod:`app.followup.tertial`: «Totalt», a sheet per kommunalsjef, «Mål»; the draft with room
    for the assessments) with the målekart added; the public version is built here alone, without
    names, personal goals or the confidentiality marking.
    """
    out = Path(out)
    if fmt == "pdf":
        return write_atomically(out, render_pdf(report), private=not report.public)
    if fmt == "xlsx":
        return write_atomically(out, _xlsx_bytes(report), private=not report.public)
    if report.public:
        return write_atomically(out, _docx_bytes(report), private=False)
    from docx import Document

    from app.followup.tertial import write_tertial_docx

    write_tertial_docx(report.followup, out)
    document = Document(str(out))
    _docx_scorecard(document, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return write_atomically(out, buffer.getvalue(), private=True)


# --- PDF ------------------------------------------------------------------------------------------


def _chart(lines: list[IndicatorLine], width: float) -> object:
    """A vector chart: per indicator the result as a share of the ambition level (100 % = target),
    a bar in the indicator's colour, and a line at the target."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib.colors import HexColor

    from app.agreements.render_pdf import REGULAR

    row_h, label_w = 14, 150
    drawing = Drawing(width, row_h * len(lines) + 16)
    bar_w = width - label_w - 40
    top = row_h * len(lines) + 4
    for i, line in enumerate(lines):
        y = top - (i + 1) * row_h
        drawing.add(String(0, y + 3, line.name[:34], fontName=REGULAR, fontSize=7.5))
        if line.value is not None and line.target not in (None, 0):
            assert line.target is not None
            ratio = float(line.value / line.target)
            share = min(ratio, 2.0) / 2.0
            # reportlab's stubs type each keyword as the whole keyword dict (**kw without Unpack).
            drawing.add(Rect(label_w, y + 1, bar_w * share, row_h - 4,
                             fillColor=HexColor(COLOUR_HEX[line.colour]),  # type: ignore[arg-type]
                             strokeColor=None))  # type: ignore[arg-type]
            drawing.add(String(label_w + bar_w * share + 3, y + 3, format_number(line.value, line.measure),
                               fontName=REGULAR, fontSize=7))
    drawing.add(Line(label_w + bar_w / 2, 0, label_w + bar_w / 2, top, strokeColor=HexColor("#1B2F4B"),
                     strokeWidth=0.8, strokeDashArray=[2, 2]))
    drawing.add(String(label_w + bar_w / 2 - 20, top + 3, "ambisjonsnivå", fontName=REGULAR, fontSize=6.5))
    return drawing


def _colour_runs(coloured: list[tuple[int, str]]) -> list[tuple[str, tuple[int, int], tuple[int, int], Any]]:
    """One TEXTCOLOR command per run of rows with the same colour in the «Farge» column (rows in
    between with no colour break a run): with half the units red, one command per row made the
    table's style the slow part of a 300-unit report."""
    from reportlab.lib.colors import HexColor

    commands: list[tuple[str, tuple[int, int], tuple[int, int], Any]] = []
    start = previous = -2
    current = ""
    for row, hex_colour in [*coloured, (-1, "")]:
        if row == previous + 1 and hex_colour == current:
            previous = row
            continue
        if current:
            commands.append(("TEXTCOLOR", (3, start), (3, previous), HexColor(current)))
        start = previous = row
        current = hex_colour
    return commands


def render_pdf(report: ScorecardReport) -> bytes:
    """The report as PDF bytes (A4, DejaVu Sans, tables and a vector chart per focus area)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from app.agreements.render_pdf import (
        BODY,
        CELL,
        CELL_HEAD,
        META,
        REGULAR,
        SUBTITLE,
        TITLE,
        binary_streams,
        register_fonts,
    )
    from app.scorecard.pdf_table import PlainTextTable

    register_fonts()
    buffer = io.BytesIO()
    marking = "" if report.public else "Unntatt offentlighet, offl. § 25"

    def page(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(REGULAR, 7.5)  # type: ignore[attr-defined]
        canvas.drawString(18 * mm, 10 * mm, f"{report.municipality} – {report.title}")  # type: ignore[attr-defined]
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Side {doc.page}")  # type: ignore[attr-defined]
        if marking:
            canvas.drawRightString(A4[0] - 18 * mm, A4[1] - 10 * mm, marking)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=report.title, author=report.municipality)
    width = A4[0] - 36 * mm
    grid = TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 7.8), ("GRID", (0, 0), (-1, -1), 0.3, HexColor("#C3CBD4")),
                       ("BACKGROUND", (0, 0), (-1, 0), HexColor("#E4EAF1")), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story: list[object] = [
        Paragraph(escape(report.title), TITLE),
        Paragraph(escape(f"{report.municipality} · {report.followup.period}"
                         + (" · utgave for politikerne" if report.public else "")), META),
        Spacer(1, 4 * mm), Paragraph("Målekart", SUBTITLE),
    ]
    for area, lines in report.scorecard.by_focus_area():
        story.append(Paragraph(escape(area), SUBTITLE))
        if not lines:
            story.append(Paragraph("Ingen indikatorer i dette fokusområdet.", BODY))
            continue
        data: list[list[object]] = [[Paragraph(h, CELL_HEAD) for h in
                                     ("Indikator", "Ambisjonsnivå", "Resultat", "Farge", "Kommentar")]]
        styles = list(grid.getCommands())
        coloured: list[tuple[int, str]] = []  # (row, colour of its «Farge» cell), merged into runs below
        for line in lines:
            data.append([Paragraph(escape(line.name), CELL), _target_text(line),
                         format_number(line.value, line.measure),
                         COLOUR_WORDS[line.colour], Paragraph(escape(DIRECTION_WORDS[line.direction]), CELL)])
            coloured.append((len(data) - 1, COLOUR_HEX[line.colour]))
            yellow = sum(1 for u in line.units if u.colour == YELLOW and not u.comment)
            if yellow:
                data.append(["", "", "", "", f"{yellow} {'enhet' if yellow == 1 else 'enheter'} til i gult"])
            for unit, value, col, comment in _flagged(line):
                # Plain strings where the text fits a line: a Paragraph per cell is what makes 300 units slow.
                shown = _comment(report, comment)
                data.append(["   " + unit[:48], "", value, COLOUR_WORDS[col],
                             Paragraph(escape(shown), CELL) if len(shown) > 60 else shown])
                coloured.append((len(data) - 1, COLOUR_HEX[col]))
        styles += _colour_runs(coloured)
        table = PlainTextTable(data, colWidths=[width * 0.3, width * 0.14, width * 0.12, width * 0.08, width * 0.36],
                            repeatRows=1)
        table.setStyle(TableStyle(styles))
        story.append(table)
        story.append(Spacer(1, 2 * mm))
        story.append(KeepTogether([_chart(lines, width)]))  # type: ignore[list-item]
    story += [Spacer(1, 4 * mm), Paragraph("Budsjettavvik per enhet", SUBTITLE)]
    money = [["Enhet", "Budsjett hittil", "Regnskap hittil", "Avvik", "Avvik %"]]
    money += [list(_money_row(r)) for r in report.followup.rows]
    table = PlainTextTable(money, colWidths=[width * 0.36, width * 0.17, width * 0.17, width * 0.17, width * 0.13],
                        repeatRows=1)
    table.setStyle(TableStyle([*grid.getCommands(), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story.append(table)
    story += [Spacer(1, 4 * mm), Paragraph("Målstatus", SUBTITLE)]
    if report.goals:
        rows: list[list[object]] = [[Paragraph(h, CELL_HEAD) for h in ("Enhet", "Mål", "Status", "Kommentar")]]
        for g in report.goals:
            rows.append([Paragraph(escape(g.unit), CELL), Paragraph(f"{escape(g.category)}: {escape(g.text)}", CELL),
                         GOAL_STATUS.get(g.status, g.status),
                         Paragraph(escape(g.comment), CELL)])
        table = PlainTextTable(rows, colWidths=[width * 0.22, width * 0.4, width * 0.12, width * 0.26], repeatRows=1)
        table.setStyle(grid)
        story.append(table)
    else:
        story.append(Paragraph("Ingen målstatus er registrert i tertialet.", BODY))
    with binary_streams():  # compressed streams without ASCII85 on top: smaller and quicker to write
        doc.build(story, onFirstPage=page, onLaterPages=page)  # type: ignore[arg-type]
    return buffer.getvalue()


# --- xlsx -----------------------------------------------------------------------------------------


def _xlsx_bytes(report: ScorecardReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from app.budget.export import kroner

    if report.public:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = "Målekart"
    else:
        from app.followup.tertial import tertial_workbook

        wb = tertial_workbook(report.followup)
        ws = wb.create_sheet("Målekart", 0)
        wb.active = 0
    headers = ("Fokusområde", "Indikator", "Enhet", "Ambisjonsnivå", "Resultat", "Farge", "Kommentar")
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"

    def text(value: str) -> str:
        return "'" + value if value.startswith("=") else value  # user text never becomes a formula

    for line in report.scorecard.lines:
        ws.append([line.focus_area, text(line.name), "Kommunen", line.target, line.value, COLOUR_WORDS[line.colour],
                   ""])
        ws.cell(row=ws.max_row, column=6).fill = PatternFill("solid", fgColor=COLOUR_HEX[line.colour][1:])
        for u in line.units:
            ws.append([line.focus_area, text(line.name), text(u.unit), u.target, u.value, COLOUR_WORDS[u.colour],
                       text(_comment(report, u.comment))])
            ws.cell(row=ws.max_row, column=6).fill = PatternFill("solid", fgColor=COLOUR_HEX[u.colour][1:])
    if not report.public:  # the follow-up's sheets have the figures and the goals
        for cell in ws[1]:
            cell.font = Font(bold=True)
        buffer = io.BytesIO()
        wb.save(buffer)
        return buffer.getvalue()
    money = wb.create_sheet("Budsjettavvik")
    money.append(["Enhet", "Budsjett hittil (kr)", "Regnskap hittil (kr)", "Avvik (kr)", "Avvik %"])
    for r in report.followup.rows:
        m = r.money
        money.append([text(r.unit), kroner(m.budget), None if m.actual is None else kroner(m.actual),
                      None if m.deviation is None else kroner(m.deviation), m.pct])
    goals = wb.create_sheet("Mål")
    goals.append(["Enhet", "Kategori", "Mål", "Status", "Kommentar"])
    for g in report.goals:
        goals.append([text(g.unit), text(g.category), text(g.text), GOAL_STATUS.get(g.status, g.status),
                      text(g.comment)])
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# --- docx -----------------------------------------------------------------------------------------


def _docx_bytes(report: ScorecardReport) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(report.title, level=0)
    document.add_paragraph(f"{report.municipality} · {report.followup.period}"
                           + (" · utgave for politikerne" if report.public else " · Unntatt offentlighet"))
    _docx_scorecard(document, report)
    _docx_rest(document, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _grid(table: Any) -> None:
    try:
        table.style = "Table Grid"
    except KeyError:  # the follow-up's draft has its own styles; its tables are drawn by hand
        from app.agreements.render_docx import grid_table

        grid_table(table)


def _docx_scorecard(document: Any, report: ScorecardReport) -> None:
    document.add_heading("Målekart", level=1)
    for area, lines in report.scorecard.by_focus_area():
        document.add_heading(area, level=2)
        table = document.add_table(rows=1, cols=5)
        _grid(table)
        for cell, head in zip(table.rows[0].cells, ("Indikator", "Ambisjonsnivå", "Resultat", "Farge", "Kommentar"),
                              strict=True):
            cell.text = head
        for line in lines:
            cells = table.add_row().cells
            for cell, value in zip(cells, (line.name, _target_text(line), format_number(line.value, line.measure),
                                           COLOUR_WORDS[line.colour], ""), strict=True):
                cell.text = value
            for unit, value, col, comment in _flagged(line):
                cells = table.add_row().cells
                for cell, v in zip(cells, ("   " + unit, "", value, COLOUR_WORDS[col], _comment(report, comment)),
                                   strict=True):
                    cell.text = v


def _docx_rest(document: Any, report: ScorecardReport) -> None:
    document.add_heading("Budsjettavvik per enhet", level=1)
    table = document.add_table(rows=1, cols=5)
    _grid(table)
    for cell, head in zip(table.rows[0].cells, ("Enhet", "Budsjett hittil", "Regnskap hittil", "Avvik", "Avvik %"),
                          strict=True):
        cell.text = head
    for r in report.followup.rows:
        for cell, value in zip(table.add_row().cells, _money_row(r), strict=True):
            cell.text = value
    document.add_heading("Målstatus", level=1)
    table = document.add_table(rows=1, cols=4)
    _grid(table)
    for cell, head in zip(table.rows[0].cells, ("Enhet", "Mål", "Status", "Kommentar"), strict=True):
        cell.text = head
    for g in report.goals:
        for cell, value in zip(table.add_row().cells, (g.unit, g.text, GOAL_STATUS.get(g.status, g.status), g.comment),
                               strict=True):
            cell.text = value
