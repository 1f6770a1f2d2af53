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
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, Table, TableStyle

from app.agreements.render_pdf import (
    BOLD,
    CELL,
    CELL_HEAD,
    H1,
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
from app.formatting import format_date
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
    if ore is None:
        return ""
    return f"{round(ore / 100):,}".replace(",", "\u00a0")


def decimal_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.1f}".replace(".", ",")


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
    if label.startswith("Budsjett"):
        return kroner_text(value)
    if isinstance(value, Decimal):
        return decimal_text(value)
    return "" if value is None else str(value)


def _table(rows: Sequence[Sequence[Any]], widths: list[float], *, head_rows: int = 1) -> Table:
    table = LongTable([[para(str(c), CELL_HEAD if i < head_rows else CELL) if isinstance(c, str) else c
                        for c in r] for i, r in enumerate(rows)], colWidths=widths, repeatRows=head_rows)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, head_rows - 1), 0.6, HexColor("#1f3a5f")),
        ("LINEBELOW", (0, head_rows), (-1, -1), 0.25, HexColor("#d0d7e2")),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), HexColor("#dde4ee")),
        ("ALIGN", (1, head_rows), (-1, -1), "RIGHT"),
    ]))
    return table


def _changes_lines(column: AlternativeFigures) -> list[str]:
    return column.changes.lines()


def alternatives_pdf_bytes(side: SideBySide) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    page = landscape(A4)
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title=f"{side.project_name} – alternativer",
                            author="Styringsdialog", subject=DRAFT_MARK)
    width = page[0] - 32 * mm
    n = len(side.columns)
    first = 70 * mm
    other = (width - first) / max(n, 1)
    story: list[Any] = [
        flow_para(f"{side.project_name}: alternativene side om side", TITLE),
        flow_para(f"{DRAFT_MARK} · {side.municipality} · per {format_date(side.on)} · budsjett fra "
                  f"{side.budget_set_name or 'intet budsjett'} fordelt gjennom ansvarskodene", META),
        Spacer(1, 4 * mm),
        flow_para("Nøkkeltall", H1),
    ]
    head = ["", *[f"{c.alternative.label}" for c in side.columns]]
    rows: list[list[Any]] = [head]
    for label, values in summary_rows(side):
        rows.append([label, *[figure_text(label, v) for v in values]])
    story.append(_table(rows, [first] + [other] * n))
    story.append(flow_para("Funn i kontrollene", H1))
    codes = sorted({code for c in side.columns for code in c.finding_counts})
    rows = [head] + [[CHECK_WORDS.get(code, code), *[str(c.finding_counts.get(code, 0)) for c in side.columns]]
                     for code in codes]
    story.append(_table(rows, [first] + [other] * n))
    story.append(flow_para("Enheter per kommunalsjef", H1))
    leads = sorted({lead for c in side.columns for lead in c.units_per_lead})
    rows = [head] + [[lead, *[str(c.units_per_lead.get(lead, "")) for c in side.columns]] for lead in leads]
    story.append(_table(rows, [first] + [other] * n))
    for column in side.columns[1:]:
        lines = _changes_lines(column)
        story.append(flow_para(f"Endringer fra 0-alternativet: {column.alternative.label}", H1))
        story.extend(flow_para(line, CELL) for line in (lines or ["Ingen endringer i enhetene."]))
    story.append(flow_para("Budsjett per enhet (kr)", H1))
    rows = [head]
    for name, cells in side.unit_lines():
        rows.append([name, *[kroner_text(b) if n_ is not None else "–" for n_, b in cells]])
    rows.append(["Sum", *[kroner_text(c.budget_ore) for c in side.columns]])
    table = _table(rows, [first] + [other] * n)
    table.setStyle(TableStyle([("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), BOLD)]))
    story.append(table)

    def decorate(canvas: Any, document: Any) -> None:
        draw_page_frame(canvas, municipality=side.municipality, logo=None, marking=DRAFT_MARK,
                        page_text=f"Side {document.page}", name=f"{side.project_name} – alternativer",
                        state=f"{DRAFT_MARK}, per {format_date(side.on)}")

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def write_alternatives_pdf(side: SideBySide, out: Path) -> Path:
    return write_atomically(Path(out), alternatives_pdf_bytes(side))


def alternatives_workbook(side: SideBySide) -> Workbook:
    wb = Workbook()
    labels = [c.alternative.label for c in side.columns]
    ws = first_sheet(wb, "Sammenligning")
    rows: list[list[Any]] = []
    for label, values in summary_rows(side):
        if label.startswith("Budsjett"):
            values = [kroner(v) for v in values]
        rows.append([label, *values])
    write_table(ws, ["Nøkkeltall", *labels], rows,
                number_formats={i: DECIMAL_1 for i in range(2, len(labels) + 2)})
    ws = wb.create_sheet("Budsjett per enhet")
    unit_rows = [[name, *[kroner(b) if b is not None else None for _, b in cells]]
                 for name, cells in side.unit_lines()]
    write_table(ws, ["Enhet", *labels], unit_rows, number_formats={i: INTEGER for i in range(2, len(labels) + 2)},
                total_label="Sum", sum_columns=range(2, len(labels) + 2))
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
                number_formats={i: INTEGER for i in range(2, len(labels) + 2)})
    mark_workbook(wb, DRAFT_MARK)
    wb.properties.title = f"{side.project_name} – alternativer"
    wb.properties.creator = "Styringsdialog"
    return wb


def write_alternatives_xlsx(side: SideBySide, out: Path) -> Path:
    wb = alternatives_workbook(side)
    return write_atomically(Path(out), lambda tmp: wb.save(tmp))
