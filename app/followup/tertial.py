"""The tertial report as a workbook and as a draft for the staff to finish in Word.

The workbook has a «Totalt» sheet with one row per unit, one sheet per kommunalsjef with the
units they follow up, and a «Mål» sheet with each goal's latest status. Amounts are numbers
in kroner, the total rows are =SUM() formulas that Excel and LibreOffice recompute, and text
from users (unit names, goals, comments) is always written as text, never as a formula.

The Word document is a draft: the figures and goal statuses are filled in, and under every
unit an empty «Vurdering» waits for the staff's own words.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt
from openpyxl import Workbook
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from app.agreements.render_docx import (
    GREY,
    HEADER_FILL,
    NAVY,
    RED,
    bottom_rule,
    cell_text,
    docx_text,
    grid_table,
    row_flag,
    set_column_widths,
    set_font,
    set_language,
    shade,
    tight,
    top_rule,
    word_field,
    write_text,
)
from app.agreements.render_pdf import TEXT_WIDTH
from app.budget.export import kroner, new_sheet
from app.documents.marking import DEFAULT_MARKING as MARKING
from app.documents.marking import mark_workbook
from app.documents.xlsx_style import (
    DECIMAL_2,
    INTEGER,
    PERCENT,
    TOTAL_FONT,
    cell_at,
    clean_text,
    first_sheet,
    set_formula,
    write_table,
)
from app.followup.summary import GOAL_STATUS_WORDS, Money, TertialReport, TertialRow, accounts_period
from app.formatting import format_date, format_kroner, format_number, month_name
from app.storage.files import write_atomically

UNIT_HEADERS = (
    "Enhet", "Kommunalsjef", "Leder", "Møter holdt", "Møtemåneder", "På sporet", "Risiko", "Ikke på sporet",
    "Budsjett hittil (kr)", "Regnskap hittil (kr)", "Avvik (kr)", "Avvik (%)", "Årsbudsjett (kr)",
    "Åpne punkter", "Forfalte punkter",
)
COUNT_COLUMNS = (4, 6, 7, 8, 14, 15)
MONEY_COLUMNS = (9, 10, 11, 13)
PCT_COLUMN = 12
GOAL_HEADERS = ("Enhet", "Kommunalsjef", "Avtale", "Kategori", "Nr.", "Mål", "Status", "Kommentar", "Satt i")


def _pct_value(pct: float | None) -> float | None:
    return round(pct / 100, 4) if pct is not None else None


def _money(ore: int | None) -> Any:
    return kroner(ore) if ore is not None else None


def unit_values(row: TertialRow) -> list[Any]:
    m = row.money
    return [row.unit, row.follow_up_lead, row.leader, row.meetings_held,
            ", ".join(month_name(x)[:3] for x in row.held_months), row.goal_counts.on_track,
            row.goal_counts.at_risk, row.goal_counts.off_track, _money(m.budget), _money(m.actual),
            _money(m.deviation), _pct_value(m.pct), _money(m.budget_year), row.open_items, row.overdue_items]


def _unit_sheet(ws: Worksheet, rows: Sequence[TertialRow]) -> int:
    """The units' rows and a total row; returns the total row's number."""
    formats = {**{c: INTEGER for c in COUNT_COLUMNS}, **{c: DECIMAL_2 for c in MONEY_COLUMNS}, PCT_COLUMN: PERCENT}
    last = write_table(ws, UNIT_HEADERS, [unit_values(r) for r in rows], number_formats=formats, total_label="Sum",
                       sum_columns=(*COUNT_COLUMNS, *MONEY_COLUMNS))
    total = last + 1
    # The total's percentage from the summed columns, so it follows any correction made in the sheet.
    cell = set_formula(cell_at(ws, total, PCT_COLUMN), f'=IF(I{total}=0,"",K{total}/ABS(I{total}))')
    cell.number_format = PERCENT
    cell.font = TOTAL_FONT
    _print_wide(ws)
    return total


def _print_wide(ws: Worksheet) -> None:
    """Printed landscape, one page wide, with the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "1:1"


def _goal_sheet(ws: Worksheet, report: TertialReport) -> None:
    rows = [[r.unit, r.follow_up_lead, g.agreement, g.category, g.number, g.text, GOAL_STATUS_WORDS[g.status],
             g.comment, month_name(g.month)] for r in report.rows for g in r.goals]
    write_table(ws, GOAL_HEADERS, rows)
    _print_wide(ws)


def tertial_workbook(report: TertialReport) -> Workbook:
    wb = Workbook()
    ws = first_sheet(wb, "Totalt")
    _unit_sheet(ws, report.rows)
    for lead in report.leads:
        _unit_sheet(new_sheet(wb, lead or "Uten kommunalsjef"), [r for r in report.rows if r.follow_up_lead == lead])
    _goal_sheet(new_sheet(wb, "Mål"), report)
    # It quotes goal comments from confidential notes, so it is always marked, like the monthly summary.
    mark_workbook(wb, MARKING)
    wb.properties.title = clean_text(f"{report.title} – {report.municipality}")
    wb.properties.creator = "Styringsdialog"
    return wb


def write_tertial_xlsx(report: TertialReport, out: Path) -> Path:
    """The tertial report as an Excel workbook, written atomically."""
    buffer = io.BytesIO()
    tertial_workbook(report).save(buffer)
    return write_atomically(Path(out), buffer.getvalue())


# ----------------------------------------------------------------------------- the Word draft

def _kr(ore: int | None) -> str:
    return f"{format_kroner(ore)} kr" if ore is not None else "–"


def _pct(pct: float | None) -> str:
    return f"{format_number(pct, 1)} %" if pct is not None else "–"


def money_sentence(money: Money) -> str:
    if money.actual is None:
        return f"Budsjett hittil i år {_kr(money.budget)}. Det er ikke regnskap for perioden ennå."
    period = accounts_period(money.actual_through)
    kind = "merforbruk" if (money.deviation or 0) > 0 else "mindreforbruk" if (money.deviation or 0) < 0 else "avvik"
    return (f"Regnskapet for {period} er {_kr(money.actual)} mot et periodisert budsjett på "
            f"{_kr(money.budget)}: {kind} på {_kr(abs(money.deviation or 0))} ({_pct(money.pct)}). "
            f"Årsbudsjettet er {_kr(money.budget_year)}.")


def meetings_sentence(report: TertialReport, row: TertialRow) -> str:
    months = report.last_month - report.first_month + 1
    if not row.held_months:
        return f"Ingen oppfølgingssamtaler holdt i perioden (av {months} måneder)."
    names = ", ".join(month_name(m) for m in row.held_months)
    return f"Oppfølgingssamtaler holdt: {row.meetings_held} av {months} måneder ({names})."


def items_sentence(row: TertialRow) -> str:
    if not row.open_items:
        return "Ingen åpne oppfølgingspunkter."
    overdue = f", {row.overdue_items} av dem med passert frist" if row.overdue_items else ""
    return f"{row.open_items} åpne oppfølgingspunkter{overdue}."


class _Draft:
    def __init__(self, report: TertialReport) -> None:
        self.report = report
        self.docx = Document()
        self._setup()

    def _setup(self) -> None:
        section = self.docx.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(22)
        section.top_margin, section.bottom_margin = Mm(26), Mm(22)
        section.header_distance, section.footer_distance = Mm(10), Mm(9)
        styles = self.docx.styles
        set_font(styles["Normal"])
        styles["Normal"].font.size = Pt(10)
        styles["Normal"].paragraph_format.space_after = Pt(5)
        set_language(styles["Normal"], "nb-NO")
        for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 11.5), ("Heading 3", 10)):
            set_font(styles[name])
            styles[name].font.size = Pt(size)
            styles[name].font.bold = True
            styles[name].font.italic = False
            styles[name].font.color.rgb = NAVY
        for name in ("Header", "Footer"):
            set_font(styles[name])
            tabs = styles[name].paragraph_format.tab_stops
            tabs.clear_all()
            tabs.add_tab_stop(Pt(TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
        header = section.header.paragraphs[0]
        bottom_rule(header)
        write_text(header, self.report.municipality, bold=True, size=10, colour=NAVY)
        header.add_run("\t")
        write_text(header, f"UTKAST · {MARKING}", bold=True, size=8, colour=RED)
        footer = section.footer.paragraphs[0]
        top_rule(footer)
        tight(footer)
        write_text(footer, f"{self.report.title} – utkast", size=7.5)
        footer.add_run("\t")
        write_text(footer, "Side ", size=8.5)
        word_field(footer, "PAGE", 8.5)
        write_text(footer, " av ", size=8.5)
        word_field(footer, "NUMPAGES", 8.5)
        core = self.docx.core_properties
        core.title = self.report.title
        core.subject = MARKING
        core.author = docx_text(self.report.municipality).replace("\n", " ")
        core.language = "nb-NO"

    def paragraph(self, text: str, *, bold: bool = False, grey: bool = False) -> Any:
        paragraph = self.docx.add_paragraph()
        write_text(paragraph, text, bold=bold, colour=GREY if grey else None)
        return paragraph

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *,
              numeric: frozenset[int] = frozenset(), total: bool = False) -> None:
        table = self.docx.add_table(rows=1, cols=len(headers))
        grid_table(table)
        row_flag(table.rows[0], "w:tblHeader")
        for i, (cell, title) in enumerate(zip(table.rows[0].cells, headers, strict=True)):
            paragraph = cell_text(cell, title, bold=True, size=8.5, colour=NAVY)
            shade(cell, HEADER_FILL)
            if i in numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for n, values in enumerate(rows):
            row = table.add_row()
            row_flag(row, "w:cantSplit")
            last = total and n == len(rows) - 1
            for i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
                paragraph = cell_text(cell, text, size=8.5, bold=last)
                if i in numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if last:
                    shade(cell, "F1F4F8")
        set_column_widths(table, widths)
        self.docx.add_paragraph().paragraph_format.space_after = 0

    def totals(self) -> None:
        report = self.report
        headers = ["Kommunalsjef", "Enheter", "Møter holdt", "På sporet", "Risiko", "Ikke på sporet",
                   "Avvik (kr)", "Avvik (%)"]
        rows = []
        for lead in report.leads:
            units = [r for r in report.rows if r.follow_up_lead == lead]
            rows.append(self._total_cells(lead or "Uten kommunalsjef", units))
        rows.append(self._total_cells("Sum alle enheter", report.rows))
        widths = [0.0, 48, 44, 42, 40, 46, 76, 48]  # points; room for «-12 345 678» on one line
        widths[0] = TEXT_WIDTH - sum(widths)
        self.table(headers, rows, widths, numeric=frozenset(range(1, 8)), total=True)

    @staticmethod
    def _total_cells(label: str, rows: Sequence[TertialRow]) -> list[str]:
        money = Money.total(r.money for r in rows)
        return [label, str(len(rows)), str(sum(r.meetings_held for r in rows)),
                str(sum(r.goal_counts.on_track for r in rows)), str(sum(r.goal_counts.at_risk for r in rows)),
                str(sum(r.goal_counts.off_track for r in rows)), format_kroner(money.deviation or 0),
                _pct(money.pct)]

    def unit(self, row: TertialRow) -> None:
        self.docx.add_heading(docx_text(row.unit), level=2)
        self.paragraph(f"Leder: {row.leader or 'ingen leder registrert'}", grey=True)
        self.paragraph(meetings_sentence(self.report, row))
        self.paragraph(money_sentence(row.money))
        if row.goals:
            counts = row.goal_counts
            self.paragraph(f"Målstatus ved utgangen av perioden: {counts.on_track} på sporet, {counts.at_risk} "
                           f"med risiko og {counts.off_track} ikke på sporet.")
            rows = [[g.number, g.text, GOAL_STATUS_WORDS[g.status], g.comment] for g in row.goals]
            self.table(["Nr.", "Mål", "Status", "Kommentar"], rows,
                       [34, (TEXT_WIDTH - 110) * 0.6, 76, (TEXT_WIDTH - 110) * 0.4])
        else:
            self.paragraph("Ingen målstatus registrert i oppfølgingssamtalene i perioden.")
        self.paragraph(items_sentence(row))
        self.docx.add_heading("Vurdering", level=3)
        self.docx.add_paragraph()  # for the staff's assessment

    def build(self) -> Any:
        report = self.report
        through = report.total.money.actual_through
        self.docx.add_paragraph(report.title, style="Title")
        self.paragraph(f"{report.municipality} · {report.period}", grey=True)
        self.paragraph(
            f"Dette er et utkast laget av Styringsdialog {format_date(report.today)}. Oppfølgingssamtalene, "
            "målstatusene og oppfølgingspunktene er hentet fra referatene, og tallene fra budsjettet og regnskapet"
            + (f" for {accounts_period(through)}" if through else "")
            + ". Les gjennom, skriv vurderingen under hver enhet og en samlet vurdering, og fjern denne "
            "teksten før rapporten sendes videre.")
        self.docx.add_heading("Samlet oversikt", level=1)
        self.totals()
        self.docx.add_heading("Samlet vurdering", level=2)
        self.docx.add_paragraph()
        for lead in report.leads:
            self.docx.add_heading(docx_text(f"Kommunalsjef: {lead}") if lead else "Uten kommunalsjef", level=1)
            for row in (r for r in report.rows if r.follow_up_lead == lead):
                self.unit(row)
        return self.docx


def write_tertial_docx(report: TertialReport, out: Path) -> Path:
    """The tertial report as a Word draft, written atomically."""
    buffer = io.BytesIO()
    _Draft(report).build().save(buffer)
    return write_atomically(Path(out), buffer.getvalue())

