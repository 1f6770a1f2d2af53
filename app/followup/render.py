"""Follow-up documents as PDF: one meeting note, and the rådmann's monthly summary.

They look like the agreements (``app.agreements.render_pdf``): A4, DejaVu Sans embedded, the
municipality at the top left, the red confidentiality marking at the top right of every
page, navy headings, light table headers, and at the foot the document's name and state and
«Side X av Y». As there, the canvas keeps every page until the end so the page count is known
when the header and footer are drawn.

The monthly summary sums up confidential notes, so it always carries the marking. It is
landscape: one row per unit is easier to read across than to turn the page for.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from app.agreements.document import FieldValue
from app.agreements.render_pdf import (
    BODY,
    CELL,
    CELL_HEAD,
    GREY,
    H1,
    H2,
    HEADED_GRID,
    INTRO,
    LIGHT_GREY,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    META,
    NAVY,
    TITLE,
    binary_streams,
    draw_page_frame,
    fields_table,
    flow_para,
    logo_image,
    para,
    paragraph_style,
    paragraphs,
    register_fonts,
)
from app.documents.marking import DEFAULT_MARKING
from app.followup.meetings import SECTION_KEYS, MeetingNote
from app.followup.summary import (
    GOAL_STATUS_WORDS,
    MEETING_STATUS_WORDS,
    Money,
    MonthlySummary,
    SummaryRow,
    accounts_period,
    covered_through,
    forecast_total,
    note_figure_rows,
)
from app.formatting import format_date, format_kroner, format_number, month_name
from app.storage.files import write_atomically

MARKING = DEFAULT_MARKING
SECTION_TITLES = {
    "agenda": "Dagsorden", "leader_account": "Lederens redegjørelse", "superior_view": "Overordnedes vurdering",
    "budget_comment": "Økonomi", "measures": "Tiltak", "other": "Annet", "needs": "Behov for bistand",
    "decisions": "Beslutninger",
}
STATUS_COLOURS = {"on_track": "#1E6B3A", "at_risk": "#9A5B00", "off_track": "#B0001E"}
EMPTY = "Ikke fylt ut."

CELL_RIGHT = paragraph_style("cell_right", 8.8, 11.6, alignment=TA_RIGHT)
CELL_SMALL = paragraph_style("cell_small", 7.6, 9.8, colour=GREY)
GROUP = paragraph_style("group", 9, 12, bold=True, colour=NAVY)
TOTAL = paragraph_style("total", 8.8, 11.6, bold=True)
TOTAL_RIGHT = paragraph_style("total_right", 8.8, 11.6, bold=True, alignment=TA_RIGHT)
EMPTY_TEXT = paragraph_style("empty_text", 9, 12.5, colour=LIGHT_GREY, spaceAfter=5)
HEAD_RIGHT = paragraph_style("head_right", 8.3, 10.6, bold=True, colour=NAVY, alignment=TA_RIGHT)
GROUP_FILL = HexColor("#F1F4F8")
TALL_ROW = 0.8 * (A4[0] - MARGIN_TOP - MARGIN_BOTTOM)  # most of a landscape page
# Section headings here may be followed by a long table: CondPageBreak keeps a heading from the
# foot of a page, so the heading need not pull the whole table onto the next page with it.
SECTION_HEAD = ParagraphStyle("section_head", parent=H1, keepWithNext=0)
GROUP_HEAD = ParagraphStyle("group_head", parent=H2, keepWithNext=0, spaceBefore=8)


# ----------------------------------------------------------------------------- page frame

@dataclass(frozen=True)
class _Frame:
    """What every page's header and footer say."""

    municipality: str
    marking: str
    name: str  # the document, first footer line
    state: str  # its state, second footer line
    logo: ImageReader | None = None


class _NumberedCanvas(Canvas):
    """Keeps the pages until the end, then draws header and footer with «Side X av Y»."""

    def __init__(self, *args: Any, frame: _Frame, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._kept_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  (reportlab's name)
        self._kept_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page start, not in its stubs

    def save(self) -> None:
        pages = len(self._kept_pages)
        for number, state in enumerate(self._kept_pages, start=1):
            self.__dict__.update(state)
            _decorate(self, self._frame, number, pages)
            super().showPage()
        super().save()


def _decorate(canvas: Canvas, frame: _Frame, page: int, pages: int) -> None:
    draw_page_frame(canvas, municipality=frame.municipality, logo=frame.logo, marking=frame.marking,
                    page_text=f"Side {page} av {pages}", name=frame.name, state=frame.state)


def _build(story: list[Flowable], frame: _Frame, pagesize: tuple[float, float], out: Path | None) -> bytes:
    width, height = pagesize
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=frame.name, author=frame.municipality, subject=frame.marking,
        creator="Styringsdialog", lang="nb-NO",
    )
    body = Frame(MARGIN_LEFT, MARGIN_BOTTOM, width - MARGIN_LEFT - MARGIN_RIGHT,
                 height - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, id="text")
    template.addPageTemplates([PageTemplate(id="page", frames=[body])])
    with binary_streams():
        template.build(story, canvasmaker=partial(_NumberedCanvas, frame=frame))
    data = buffer.getvalue()
    if out is not None:
        write_atomically(Path(out), data)
    return data


# ----------------------------------------------------------------------------- small pieces

def _title(title: str, meta: Sequence[str]) -> list[Flowable]:
    return [flow_para(title, TITLE), flow_para("   ·   ".join(m for m in meta if m), META), Spacer(1, 2 * mm),
            HRFlowable(width="100%", thickness=0.8, color=NAVY, spaceBefore=1, spaceAfter=4)]


def _text(text: str) -> list[Flowable]:
    parts = paragraphs(text)
    return [flow_para(part, BODY) for part in parts] if parts else [flow_para(EMPTY, EMPTY_TEXT)]


def _table(data: list[list[Any]], widths: Sequence[float], style: list[tuple]) -> Table:
    """A table whose rows stay whole on a page, unless a row is too tall for any page."""
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    table.wrap(sum(widths), 10**6)  # measures the rows
    if max(table._rowHeights, default=0) > TALL_ROW:  # type: ignore[attr-defined]  # set by wrap(), not in the stubs
        table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([c for c in style if c[0] != "NOSPLIT"]))
    return table


def kroner(ore: int | None) -> str:
    return format_kroner(ore) if ore is not None else "–"


def percent(pct: float | None) -> str:
    return f"{format_number(pct, 1)} %" if pct is not None else "–"


def status_words(status: str | None) -> str:
    return GOAL_STATUS_WORDS.get(status or "", "ikke satt")


def _status_cell(status: str | None) -> Paragraph:
    colour = STATUS_COLOURS.get(status or "", "#6B7480")
    return Paragraph(f'<font color="{colour}"><b>{escape(status_words(status))}</b></font>', CELL)


def _heading_row(text: str, columns: int, row: int, style: list[tuple]) -> list[Any]:
    """A row spanning the table: the title of the rows below it."""
    style += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), GROUP_FILL)]
    return [para(text, GROUP), *[""] * (columns - 1)]


# ----------------------------------------------------------------------------- the meeting note

def note_title(note: MeetingNote) -> str:
    return f"Oppfølgingssamtale {month_name(note.month)} {note.year} – {note.unit}"


def note_state(note: MeetingNote) -> str:
    words = [MEETING_STATUS_WORDS.get(note.status, note.status).capitalize()]
    if note.locked:
        words.append("Godkjent og låst")
    elif note.approved_by_leader_on or note.approved_by_superior_on:
        words.append("Godkjent av én part")
    else:
        words.append("Ikke godkjent")
    return " · ".join(words)


def _participants(note: MeetingNote) -> Table:
    fields = [FieldValue("Enhet", note.unit)]
    for label, person in (("Leder", note.leader), ("Overordnet", note.superior)):
        fields.append(FieldValue(label, ", ".join(t for t in (person.name, person.title) if t) if person else
                                 "Ikke registrert"))
    fields.append(FieldValue("Møtedato", format_date(note.meeting_date) or "Ikke fastsatt"))
    fields.append(FieldValue("Status", MEETING_STATUS_WORDS.get(note.status, note.status).capitalize()))
    if note.agreements:
        fields.append(FieldValue("Avtaler", "\n".join(note.agreements)))
    return fields_table(fields)


def _goal_table(note: MeetingNote, width: float) -> list[Flowable]:
    if not note.goals:
        # Only the goals of the leader the note is with are followed up (as the note on screen says).
        text = (f"{note.leader.name} har ingen avtale med mål som gjelder denne måneden. En tidligere leders avtale "
                "følges ikke opp med ny leder." if note.leader is not None
                else "Enheten har ingen avtale med mål som gjelder denne måneden.")
        return [flow_para(text, EMPTY_TEXT)]
    columns = ["Nr.", "Mål", "Status", "Kommentar", "Forrige måned"]
    widths = [12 * mm, 0, 26 * mm, 0, 26 * mm]
    free = width - sum(widths)
    widths[1], widths[3] = free * 0.55, free * 0.45
    data: list[list[Any]] = [[para(c, CELL_HEAD) for c in columns]]
    style = list(HEADED_GRID)
    group = None
    for goal in note.goals:
        heading = goal.category if len(note.agreements) < 2 else f"{goal.agreement_title} – {goal.category}"
        if heading != group:
            group = heading
            style.append(("NOSPLIT", (0, len(data)), (-1, len(data) + 1)))  # the title stays with its first goal
            data.append(_heading_row(heading, len(columns), len(data), style))
        data.append([para(goal.number, CELL), para(goal.text, CELL), _status_cell(goal.status),
                     para(goal.comment, CELL),
                     _status_cell(goal.previous_status) if goal.previous_status else para("–", CELL_SMALL)])
    return [_table(data, widths, style)]


def _figures_table(note: MeetingNote, width: float) -> list[Flowable]:
    f = note.figures
    if f is None:
        return [flow_para(f"Det finnes ikke budsjettall for enheten i {note.year}.", EMPTY_TEXT)]
    columns = ["", "Budsjett (kr)", "Regnskap (kr)", "Avvik (kr)", "Avvik (%)"]
    # The same rows as the note on screen: budget and accounts for the same months.
    rows = [(r.label, r.budget, r.actual, r.deviation, r.pct) for r in note_figure_rows(f)]
    data: list[list[Any]] = [[para(columns[0], CELL_HEAD), *(para(c, HEAD_RIGHT) for c in columns[1:])]]
    for label, budget, actual, deviation, pct in rows:
        data.append([para(label, CELL), para(kroner(budget), CELL_RIGHT), para(kroner(actual), CELL_RIGHT),
                     para(kroner(deviation), CELL_RIGHT), para(percent(pct), CELL_RIGHT)])
    first = width * 0.28
    story: list[Flowable] = [_table(data, [first, *[(width - first) / 4] * 4], list(HEADED_GRID))]
    notes = [f"Årsbudsjett {kroner(f.budget_year)} kr"]
    if f.forecast_year is not None:
        notes.append(f"prognose for året {kroner(f.forecast_year)} kr")
    through = covered_through(f)
    notes.append(f"regnskap for {accounts_period(through)}" if through else "ikke regnskap ennå")
    story += [Spacer(1, 1.5 * mm), flow_para("; ".join(notes) + ". Positivt avvik er merforbruk.", INTRO)]
    if note.forecast is not None:  # the unit leader's årsprognose, as the note on screen has it
        reason = f" – {note.forecast.reason}" if note.forecast.reason else ""
        story.append(flow_para(f"Årsprognose (forventet avvik ved årets slutt): {kroner(note.forecast.deviation_ore)} "
                               f"kr{reason}", INTRO))
    return story


def _item_text(note: MeetingNote, text: str, carried: bool, first_raised: tuple[int, int]) -> Paragraph:
    body = escape(text)
    if carried:
        year, month = first_raised
        origin = f"fra {month_name(month)}" + (f" {year}" if year != note.year else "")
        body += f'<br/><font size="7.5" color="#6B7480">{escape(origin)}</font>'
    return Paragraph(body, CELL)


def _items_table(note: MeetingNote, width: float) -> list[Flowable]:
    if not note.items:
        return [flow_para("Ingen oppfølgingspunkter.", EMPTY_TEXT)]
    columns = ["Oppfølgingspunkt", "Ansvarlig", "Frist", "Utført"]
    fixed = [38 * mm, 21 * mm, 21 * mm]
    data: list[list[Any]] = [[para(c, CELL_HEAD) for c in columns]]
    for item in note.items:
        data.append([_item_text(note, item.text, item.carried, item.first_raised), para(item.owner, CELL),
                     para(format_date(item.due_date), CELL), para(format_date(item.done_on) or "åpent", CELL)])
    return [_table(data, [width - sum(fixed), *fixed], list(HEADED_GRID))]


def _approvals(note: MeetingNote) -> list[Flowable]:
    def line(label: str, person: Any, day: date | None) -> FieldValue:
        who = person.name if person else label.lower()
        return FieldValue(label, f"Godkjent av {who} {format_date(day)}" if day else f"Ikke godkjent av {who}")

    story: list[Flowable] = [fields_table([line("Leder", note.leader, note.approved_by_leader_on),
                                            line("Overordnet", note.superior, note.approved_by_superior_on)])]
    if note.locked:
        story.append(flow_para("Referatet er godkjent av begge parter og låst.", INTRO))
    return story


def _reopen_log(note: MeetingNote, width: float) -> list[Flowable]:
    data: list[list[Any]] = [[para(c, CELL_HEAD) for c in ("Dato", "Av", "Begrunnelse")]]
    for entry in note.reopened:
        try:
            day = format_date(date.fromisoformat(str(entry.get("on", ""))))
        except ValueError:
            day = str(entry.get("on", ""))
        data.append([para(day, CELL), para(str(entry.get("by", "")), CELL), para(str(entry.get("reason", "")), CELL)])
    return [_table(data, [24 * mm, 40 * mm, width - 64 * mm], list(HEADED_GRID))]


def _section(title: str, body: list[Flowable]) -> list[Flowable]:
    """A heading with what follows it; it starts on a new page rather than alone at the foot of one."""
    return [CondPageBreak(30 * mm), flow_para(title, SECTION_HEAD), *body]


def meeting_story(note: MeetingNote, width: float) -> list[Flowable]:
    meta = [f"Møtedato {format_date(note.meeting_date)}" if note.meeting_date else "", note_state(note)]
    story = [*_title(note_title(note), meta), _participants(note)]
    for key in SECTION_KEYS:
        story += _section(SECTION_TITLES[key], _text(note.sections.get(key, "")))
        if key == "superior_view":
            story += _section("Status for målene", _goal_table(note, width))
        elif key == "budget_comment":
            story += [Spacer(1, 1 * mm), *_figures_table(note, width)]
    story += _section("Oppfølgingspunkter", _items_table(note, width))
    story += [CondPageBreak(40 * mm), KeepTogether([flow_para("Godkjenning", H1), *_approvals(note)])]
    if note.reopened:
        story += _section("Åpnet igjen", _reopen_log(note, width))
    return story


def render_meeting_pdf(note: MeetingNote, out: Path | None = None, *, logo_png: bytes | None = None) -> bytes:
    """One meeting note as PDF bytes; also written to ``out`` (atomically) when given."""
    register_fonts()  # before the first paragraph is made
    width = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
    frame = _Frame(note.municipality, MARKING if note.confidential else "", note_title(note), note_state(note),
                   logo_image(logo_png))
    return _build(meeting_story(note, width), frame, A4, out)


# ----------------------------------------------------------------------------- the monthly summary

SUMMARY_COLUMNS = ("Enhet", "Møte", "Dato", "På sporet", "Risiko", "Ikke på sporet", "Avvik hittil (kr)",
                   "Avvik (%)", "Beslutninger", "Forfalte punkter")
NUMERIC = {3, 4, 5, 6, 7, 9}


def shorten(text: str, width: float, lines: int = 2, style: ParagraphStyle = CELL) -> str:
    """``text`` cut to ``lines`` lines of ``width`` points, ending in «…» when cut."""
    flat = " ".join(text.split())
    wrapped = simpleSplit(flat, style.fontName, style.fontSize, width)
    if len(wrapped) <= lines:
        return flat
    # The lines before the last wrap as they did; the last keeps the words that fit beside «…».
    words = wrapped[lines - 1].split()
    while len(words) > 1 and pdfmetrics.stringWidth(" ".join(words) + " …", style.fontName,
                                                    style.fontSize) > width:
        words.pop()
    return " ".join([*wrapped[: lines - 1], *words]) + " …"


def _count(value: int, shown: bool, style: ParagraphStyle) -> Paragraph | str:
    return para(str(value) if shown else "–", style)


def _summary_cells(row: SummaryRow, decisions_width: float) -> list[Any]:
    unit = Paragraph(f'{escape(row.unit)}<br/><font size="7.5" color="#4A5563">'
                     f'{escape(row.leader or "uten leder")}</font>', CELL)
    decisions = para(shorten(row.decisions, decisions_width), CELL)
    if row.forecast is not None:  # the unit leader's årsprognose under the decisions (issue 19)
        reason = f" – {escape(shorten(row.forecast_reason, decisions_width, 1))}" if row.forecast_reason else ""
        decisions = Paragraph(f'{escape(shorten(row.decisions, decisions_width))}<br/><font size="7.5" '
                              f'color="#4A5563">Årsprognose: {escape(kroner(row.forecast))}{reason}</font>', CELL)
    goals = row.goals.total > 0  # no statuses set: dashes, not a row of zeros
    return [unit, para(MEETING_STATUS_WORDS.get(row.status, row.status), CELL),
            para(format_date(row.meeting_date), CELL), _count(row.goals.on_track, goals, CELL_RIGHT),
            _count(row.goals.at_risk, goals, CELL_RIGHT), _count(row.goals.off_track, goals, CELL_RIGHT),
            para(kroner(row.money.deviation), CELL_RIGHT), para(percent(row.money.pct), CELL_RIGHT),
            decisions, para(str(row.overdue), CELL_RIGHT)]


def _sum_cells(label: str, rows: Sequence[SummaryRow]) -> list[Any]:
    money = Money.total(r.money for r in rows)
    return [para(label, TOTAL), para(f"{sum(r.held for r in rows)} av {len(rows)}", TOTAL), "",
            para(str(sum(r.goals.on_track for r in rows)), TOTAL_RIGHT),
            para(str(sum(r.goals.at_risk for r in rows)), TOTAL_RIGHT),
            para(str(sum(r.goals.off_track for r in rows)), TOTAL_RIGHT),
            para(kroner(money.deviation), TOTAL_RIGHT), para(percent(money.pct), TOTAL_RIGHT), "",
            para(str(sum(r.overdue for r in rows)), TOTAL_RIGHT)]


def summary_widths(width: float) -> list[float]:
    widths = [50 * mm, 20 * mm, 21 * mm, 15 * mm, 14 * mm, 17 * mm, 27 * mm, 17 * mm, 0, 18 * mm]
    widths[8] = width - sum(widths)
    return widths


def _summary_table(body: list[list[Any]], widths: list[float], *, total_fill: bool = False) -> Table:
    """The column heads, the rows and a total row (the last), bold under a rule."""
    head = [para(c, HEAD_RIGHT if i in NUMERIC else CELL_HEAD) for i, c in enumerate(SUMMARY_COLUMNS)]
    last = len(body)
    style = [*HEADED_GRID, ("LINEABOVE", (0, last), (-1, last), 1.0, NAVY),
             ("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 3)]
    if total_fill:
        style.append(("BACKGROUND", (0, last), (-1, last), GROUP_FILL))
    return _table([head, *body], widths, style)


def summary_story(summary: MonthlySummary, width: float) -> list[Flowable]:
    month = month_name(summary.month)
    through = summary.totals.money.actual_through
    meta = [f"Laget {format_date(summary.today)}", f"{summary.totals.held} av {summary.totals.units} møter holdt",
            f"regnskap for {accounts_period(through)}" if through else "ikke regnskap ennå"]
    story = _title(summary.title, meta)
    story.append(flow_para(
        f"Oppfølgingssamtalene i {month} {summary.year} med enhetene, gruppert etter kommunalsjef. Målstatus er "
        "antall mål med hver status i månedens møte. Avvik er regnskap minus periodisert budsjett hittil i år; "
        "et positivt tall er merforbruk. Forfalte punkter er oppfølgingspunkter med passert frist som ikke var "
        f"utført ved utgangen av {month} (eller i dag, om måneden ikke er over).", INTRO))
    widths = summary_widths(width)
    for lead, rows in summary.by_lead():
        body = [_summary_cells(row, widths[8] - 10) for row in rows]
        body.append(_sum_cells(f"Sum {lead}" if lead else "Sum", rows))
        heading = f"Kommunalsjef: {lead}" if lead else "Uten kommunalsjef"
        story += [CondPageBreak(35 * mm), flow_para(heading, GROUP_HEAD), _summary_table(body, widths)]
        story += _forecast_line(rows)
    story += [CondPageBreak(25 * mm), flow_para("Alle enheter", GROUP_HEAD),
              _summary_table([_sum_cells("Sum alle enheter", summary.rows)], widths, total_fill=True)]
    story += _forecast_line(summary.rows)
    return story


def _forecast_line(rows: Sequence[SummaryRow]) -> list[Flowable]:
    """The units' årsprognoser added up, beside the deviation so far (issue 19); nothing when
    no unit has given one."""
    total = forecast_total(rows)
    if total is None:
        return []
    given = sum(1 for r in rows if r.forecast is not None)
    so_far = Money.total(r.money for r in rows).deviation
    return [flow_para(f"Årsprognose (forventet avvik ved årets slutt): {kroner(total)} fra {given} av {len(rows)} "
                      f"enheter; avvik hittil i år: {kroner(so_far)}.", INTRO)]


def render_monthly_summary_pdf(summary: MonthlySummary, out: Path | None = None) -> bytes:
    """The month's summary of every unit as PDF bytes (landscape A4); written to ``out`` when given."""
    register_fonts()
    pagesize = landscape(A4)
    width = pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT
    frame = _Frame(summary.municipality, MARKING, summary.title,
                   f"Oppsummerer referater som er unntatt offentlighet · laget {format_date(summary.today)}",
                   logo_image(summary.logo_png))
    return _build(summary_story(summary, width), frame, pagesize, out)
