"""All alternatives of a reorganisation side by side: a PDF for the politicians and an xlsx workbook.

Both are marked «Forslag/utkast» (the PDF at the top right of every page, the workbook in every
sheet's printed header and its properties), as drafts until the council decides.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, LongTable, SimpleDocTemplate, Spacer, Table, TableStyle

from app.agreements.render_pdf import (
    CELL,
    CELL_BOLD,
    CELL_HEAD,
    H1,
    H2,
    MARGIN_LEFT,
    META,
    REGULAR,
    TITLE,
    draw_page_frame,
    flow_para,
    para,
    register_fonts,
)
from app.documents.marking import mark_workbook
from app.documents.xlsx_style import DECIMAL_1, INTEGER, first_sheet, write_table
from app.formatting import NBSP, format_date, format_number
from app.org.reorganisation import DRAFT_MARK, AlternativeFigures, SideBySide
from app.storage.files import write_atomically

CHANGE_WORDS = {"added": "Nye enheter", "removed": "Nedlagte enheter", "renamed": "Nytt navn", "moved": "Flyttet",
                "merged": "Slått sammen"}
CHECK_WORDS = {
    "follow_up_too_many": "For mange enheter per kommunalsjef", "follow_up_too_few": "For få enheter per kommunalsjef",
    "network_size": "Nettverk utenfor 6–10", "no_leader": "Enheter uten leder", "no_follow_up": "Uten oppfølging",
    "no_ansvar": "Uten ansvarskode", "ansvar_shared": "Delt ansvarskode",
    "staff_outside_span": "Ansatte per leder utenfor anbefalt", "leader_not_in_network": "Leder uten nettverk",
    "similar_units_together": "Like enheter hos én kommunalsjef", "follow_up_moved_again": "Oppfølging flyttet igjen",
    "chief_follows_up": "Rådmannen følger opp selv",
}


def kroner(ore: int) -> float:
    return ore / 100


def kroner_text(ore: int | None) -> str:
    """Whole kroner, «1 234 567» (non-breaking spaces between the thousands)."""
    if ore is None:
        return ""
    return format_number(round(ore / 100), 0)


def decimal_text(value: Decimal | None) -> str:
    """One decimal after a comma, thousands apart: «1 234,5»."""
    return "" if value is None else f"{value:,.1f}".replace(",", NBSP).replace(".", ",")


def count_text(value: int | None) -> str:
    return "" if value is None else format_number(value, 0)


def summary_rows(side: SideBySide) -> list[tuple[str, list[Any]]]:
    """The measures compared, one row each: (label, value per alternative)."""
    cols = side.columns

    def row(label: str, get: Any) -> tuple[str, list[Any]]:
        return label, [get(c) for c in cols]

    rows = [
        row("Enheter", lambda c: c.units),
        row("Ledere", lambda c: c.leaders),
        row("Ansatte", lambda c: c.staff),
        row("Ansatte per leder", lambda c: c.staff_per_leader),
        row("Kommunalsjefer med oppfølging", lambda c: len(c.units_per_lead)),
        row("Flest enheter hos én kommunalsjef", lambda c: c.max_units_per_lead),
        row("Årsverk", lambda c: c.fte),
        row(f"Budsjett i kr ({side.budget_set_name or 'intet budsjett'})", lambda c: c.budget_ore),
        row("Funn i kontrollene", lambda c: len(c.findings)),
    ]
    rows += [row(f"Endring fra 0-alt.: {word.lower()}", lambda c, k=key: c.changes.counts()[k])
             for key, word in CHANGE_WORDS.items()]
    return rows


def figure_text(label: str, value: Any) -> str:
    """A measure as the PDF and the dialog show it: kroner and counts with thousands apart, ratios and FTEs
    with one decimal after a comma."""
    if label.startswith("Budsjett"):
        return kroner_text(value)
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, int):
        return count_text(value)
    return "" if value is None else str(value)


# The figures stand right-aligned under their right-aligned headings, so the digits line up.
NUMBER = ParagraphStyle("alternatives_number", parent=CELL, alignment=TA_RIGHT)
NUMBER_BOLD = ParagraphStyle("alternatives_number_bold", parent=CELL_BOLD, alignment=TA_RIGHT)
HEAD_RIGHT = ParagraphStyle("alternatives_head_right", parent=CELL_HEAD, alignment=TA_RIGHT)
SECTION = ParagraphStyle("alternatives_section", parent=H1, keepWithNext=0)  # CondPageBreak keeps it with rows
ROOM_FOR_HEADING = 90.0  # points: a heading, the table's head and a couple of rows, or a new page


def _table(rows: Sequence[Sequence[str]], widths: list[float], *, total: bool = False) -> Table:
    """The first column is text, the others figures; the first row is the head (repeated on each page);
    with ``total`` the last row is a bold sum."""
    last = len(rows) - 1

    def cell(r: int, c: int, text: str) -> Any:
        if r == 0:
            return para(text, CELL_HEAD if c == 0 else HEAD_RIGHT)
        if c == 0:
            return para(text, CELL_BOLD if total and r == last else CELL)
        return text  # a figure never wraps: drawn as a string, right-aligned by the style (quick for 5,000 rows)

    table = LongTable([[cell(r, c, text) for c, text in enumerate(row)] for r, row in enumerate(rows)],
                      colWidths=widths, repeatRows=1)
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (1, 1), (-1, -1), NUMBER.fontSize), ("LEADING", (1, 1), (-1, -1), NUMBER.leading),
        ("TEXTCOLOR", (1, 1), (-1, -1), NUMBER.textColor), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, HexColor("#1f3a5f")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HexColor("#d0d7e2")),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#dde4ee")),
    ]
    if total:
        style += [("LINEABOVE", (0, last), (-1, last), 0.6, HexColor("#1f3a5f")),
                  ("FONTNAME", (1, last), (-1, last), NUMBER_BOLD.fontName)]
    table.setStyle(TableStyle(style))
    return table


def _changes_lines(column: AlternativeFigures) -> list[str]:
    return column.changes.lines()


def alternatives_pdf_bytes(side: SideBySide) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    page = landscape(A4)
    # The text lines up with the running header and footer (``draw_page_frame``'s margins); the frame's own
    # padding of 6 points is inside the margin.
    margin = MARGIN_LEFT - 6
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=24 * mm,
                            bottomMargin=22 * mm, title=f"{side.project_name} – alternativer",
                            author="Styringsdialog", subject=DRAFT_MARK)
    width = doc.width - 12
    n = len(side.columns)
    first = 70 * mm
    other = (width - first) / max(n, 1)
    widths = [first] + [other] * n
    story: list[Any] = [
        flow_para(f"{side.project_name}: alternativene side om side", TITLE),
        flow_para(f"{DRAFT_MARK} · {side.municipality} · per {format_date(side.on)} · budsjett fra "
                  f"{side.budget_set_name or 'intet budsjett'} fordelt gjennom ansvarskodene", META),
        Spacer(1, 4 * mm),
    ]

    def section(title: str, rows: list[list[str]], *, empty: str = "", total: bool = False) -> None:
        """A heading and its table, or ``empty`` in words when the table would have no rows."""
        story.extend([CondPageBreak(ROOM_FOR_HEADING), flow_para(title, SECTION)])
        story.append(_table([head, *rows], widths, total=total) if rows else flow_para(empty, CELL))

    head = ["", *[f"{c.alternative.label}" for c in side.columns]]
    section("Nøkkeltall", [[label, *[figure_text(label, v) for v in values]] for label, values in summary_rows(side)])
    codes = sorted({code for c in side.columns for code in c.finding_counts})
    section("Funn i kontrollene", [
        [CHECK_WORDS.get(code, code), *[count_text(c.finding_counts.get(code, 0)) for c in side.columns]]
        for code in codes], empty="Ingen funn i noen av alternativene.")
    leads = sorted({lead for c in side.columns for lead in c.units_per_lead})
    section("Enheter per kommunalsjef", [
        [lead, *[count_text(c.units_per_lead.get(lead)) for c in side.columns]] for lead in leads],
        empty="Ingen av alternativene har kommunalsjefer som følger opp enheter.")
    story.extend([CondPageBreak(ROOM_FOR_HEADING), flow_para("Endringer fra 0-alternativet", SECTION)])
    for column in side.columns[1:]:
        lines = _changes_lines(column)
        story.append(flow_para(column.alternative.label, H2))
        story.extend(flow_para(line, CELL) for line in (lines or ["Ingen endringer i enhetene."]))
    rows = [[name, *[kroner_text(b) if n_ is not None else "–" for n_, b in cells]]
            for name, cells in side.unit_lines()]
    rows.append(["Sum", *[kroner_text(c.budget_ore) for c in side.columns]])
    section("Budsjett per enhet (kr)", rows, total=True)

    def decorate(canvas: Any, document: Any) -> None:
        draw_page_frame(canvas, municipality=side.municipality, logo=None, marking=DRAFT_MARK,
                        page_text=f"Side {document.page}", name=f"{side.project_name} – alternativer",
                        state=f"{DRAFT_MARK}, per {format_date(side.on)}")

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def write_alternatives_pdf(side: SideBySide, out: Path) -> Path:
    return write_atomically(Path(out), alternatives_pdf_bytes(side))


def _numbers_right(ws: Worksheet, first_number_column: int = 2) -> None:
    """The figure columns right-aligned, their headings too, so the digits line up under them whatever the
    spreadsheet program's default."""
    for row in ws.iter_rows(min_col=first_number_column):
        for cell in row:
            cell.alignment = Alignment(horizontal="right", vertical="center" if cell.row == 1 else None,
                                       wrap_text=False)


def alternatives_workbook(side: SideBySide) -> Workbook:
    wb = Workbook()
    labels = [c.alternative.label for c in side.columns]
    figure_columns = range(2, len(labels) + 2)
    ws = first_sheet(wb, "Sammenligning")
    rows: list[list[Any]] = []
    formats: list[str] = []
    for label, values in summary_rows(side):
        if label.startswith("Budsjett"):
            values = [kroner(v) for v in values]
        rows.append([label, *values])
        # kroner and counts whole («1 234 567»), ratios and FTEs with one decimal («27,6»)
        formats.append(DECIMAL_1 if any(isinstance(v, Decimal) for v in values) else INTEGER)
    write_table(ws, ["Nøkkeltall", *labels], rows)
    for row, number_format in enumerate(formats, start=2):
        for column in figure_columns:
            ws.cell(row=row, column=column).number_format = number_format
    _numbers_right(ws)
    ws = wb.create_sheet("Budsjett per enhet")
    unit_rows = [[name, *[kroner(b) if b is not None else None for _, b in cells]]
                 for name, cells in side.unit_lines()]
    write_table(ws, ["Enhet", *labels], unit_rows, number_formats=dict.fromkeys(figure_columns, INTEGER),
                total_label="Sum", sum_columns=figure_columns)
    _numbers_right(ws)
    ws = wb.create_sheet("Endringer")
    change_rows = [[c.alternative.label, line] for c in side.columns[1:] for line in _changes_lines(c)]
    write_table(ws, ["Alternativ", "Endring fra 0-alternativet"], change_rows)
    ws = wb.create_sheet("Funn")
    write_table(ws, ["Alternativ", "Kontroll", "Funn"],
                [[c.alternative.label, CHECK_WORDS.get(f.code, f.code), f.message] for c in side.columns
                 for f in c.findings])
    ws = wb.create_sheet("Oppfølging")
    leads = sorted({lead for c in side.columns for lead in c.units_per_lead})
    write_table(ws, ["Kommunalsjef", *labels], [[lead, *[c.units_per_lead.get(lead, 0) for c in side.columns]]
                                                 for lead in leads],
                number_formats=dict.fromkeys(figure_columns, INTEGER))
    _numbers_right(ws)
    mark_workbook(wb, DRAFT_MARK)
    wb.properties.title = f"{side.project_name} – alternativer"
    wb.properties.creator = "Styringsdialog"
    return wb


def write_alternatives_xlsx(side: SideBySide, out: Path) -> Path:
    wb = alternatives_workbook(side)
    return write_atomically(Path(out), lambda tmp: wb.save(tmp))
