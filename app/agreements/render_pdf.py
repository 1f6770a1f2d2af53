"""An agreement as a PDF: an A4 document in the manner of Norwegian public administration.

Every page has the municipality (and its logo) at the top left, the confidentiality marking
in red at the top right when the agreement carries it, and at the foot the document's name,
status and revision and «Side X av Y». Page one opens with the title, the parties and the
period; then come the template's sections in order: fixed text, the filled-in fields as
label/value rows, one goal table per category (the header row repeats when a table runs
onto the next page), the rating scale and the signature lines.

Page numbers need the page count, which is only known when the story has been laid out, so
the canvas keeps every page and draws the header and footer when it saves (the usual
«numbered canvas» of reportlab). The same machinery prints a batch: each agreement in one
build, starting on a new page and numbered «Side 1 av N» on its own. The text is DejaVu
Sans, embedded, so æ, ø and å print everywhere.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from app.agreements.document import (
    AgreementDocument,
    FieldValue,
    GoalRow,
    GoalTable,
    PlainTable,
    ScaleBlock,
    SignatureBlock,
    TextBlock,
)
from app.errors import AppError
from app.resources import resource_path
from app.storage.files import write_atomically

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 26 * mm  # the running header sits above the frame
MARGIN_BOTTOM = 22 * mm  # the footer sits below it
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = HexColor("#1A1A1A")
NAVY = HexColor("#1B2F4B")  # headings: a sober dark blue
GREY = HexColor("#4A5563")
LIGHT_GREY = HexColor("#6B7480")
RULE = HexColor("#8C97A3")
HAIRLINE = HexColor("#C3CBD4")
HEADER_FILL = HexColor("#E4EAF1")
ASSESSMENT_FILL = HexColor("#F4F6F9")
MARKING_RED = HexColor("#B0001E")

# The layout's fixed words when the document does not bring its own (see document.py).
DEFAULT_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "page": "Side {page} av {pages}", "revision": "Revisjon", "self": "Egenevaluering",
        "superior": "Overordnedes vurdering", "comment": "Kommentar", "signature": "Underskrift",
        "summary": "Oppsummering av evalueringen", "number": "Nr.", "place": "Sted", "date": "Dato",
        "period": "Periode", "not_assessed": "Ikke vurdert",
    },
    "nn": {
        "page": "Side {page} av {pages}", "revision": "Revisjon", "self": "Eigenevaluering",
        "superior": "Vurderinga til overordna", "comment": "Kommentar", "signature": "Underskrift",
        "summary": "Oppsummering av evalueringa", "number": "Nr.", "place": "Stad", "date": "Dato",
        "period": "Periode", "not_assessed": "Ikkje vurdert",
    },
    "en": {
        "page": "Page {page} of {pages}", "revision": "Revision", "self": "Self-assessment",
        "superior": "Superior's assessment", "comment": "Comment", "signature": "Signature",
        "summary": "Summary of the evaluation", "number": "No.", "place": "Place", "date": "Date",
        "period": "Period", "not_assessed": "Not assessed",
    },
}


def words_for(doc: AgreementDocument) -> dict[str, str]:
    """The document's own fixed words over the defaults of its language."""
    defaults = DEFAULT_WORDS.get(doc.language, DEFAULT_WORDS["nb"])
    return defaults | {key: value for key, value in doc.words.items() if value}


def page_label(words: dict[str, str], page: int | str, pages: int | str) -> str:
    return words["page"].format(page=page, pages=pages)


def paragraphs(text: str) -> list[str]:
    """Fixed text split at blank lines; single line breaks stay inside a paragraph."""
    return [part.strip() for part in re.split(r"\n\s*\n", text.strip()) if part.strip()]


_LETTERED = re.compile(r"^\(?[a-zæøå][).]\s")


def lettered(items: Sequence[str]) -> list[str]:
    """Sub-items as «a) …», «b) …» unless they already carry their letter."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [item if _LETTERED.match(item) else f"{letters[i % 26]}) {item}" for i, item in enumerate(items)]


def footer_line(doc: AgreementDocument, words: dict[str, str]) -> str:
    """«Utkast · Revisjon 2»: what the footer says about the document's state."""
    parts = [doc.status] if doc.status else []
    parts.append(f"{words['revision']} {doc.revision}")
    return " · ".join(parts)


# ----------------------------------------------------------------------------- fonts and styles

@cache
def register_fonts() -> None:
    """Register DejaVu Sans once per process (reading the TTF files is the slow part)."""
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    # <b> in a paragraph picks the bold face; there is no italic face, so italic stays upright.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def paragraph_style(name: str, size: float, leading: float, *, bold: bool = False, colour: Color = INK,
           **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=leading,
                          textColor=colour, **extra)


TITLE = paragraph_style("title", 18, 22, bold=True, colour=NAVY, spaceAfter=3)
SUBTITLE = paragraph_style("subtitle", 12.5, 16, colour=NAVY, spaceAfter=4)
META = paragraph_style("meta", 9, 12, colour=GREY)
H1 = paragraph_style("h1", 12.5, 16, bold=True, colour=NAVY, spaceBefore=13, spaceAfter=4, keepWithNext=1)
H2 = paragraph_style("h2", 10.5, 14, bold=True, colour=NAVY, spaceBefore=9, spaceAfter=3, keepWithNext=1)
BODY = paragraph_style("body", 9.5, 13.3, spaceAfter=5)
INTRO = paragraph_style("intro", 8.8, 12, colour=GREY, spaceAfter=4)
LABEL = paragraph_style("label", 8.8, 12, colour=GREY)
VALUE = paragraph_style("value", 9.5, 13)
CELL = paragraph_style("cell", 8.8, 11.6)
CELL_BOLD = paragraph_style("cell_bold", 8.8, 11.6, bold=True)
CELL_NUMBER = paragraph_style("cell_number", 8.8, 11.6, bold=True, colour=NAVY)
CELL_HEAD = paragraph_style("cell_head", 8.3, 10.6, bold=True, colour=NAVY)
SUB_ITEM = paragraph_style("sub_item", 8.5, 11.2, leftIndent=11, firstLineIndent=-11)
ASSESS = paragraph_style("assess", 8.3, 11)
ASSESS_HEAD = paragraph_style("assess_head", 8.3, 11, bold=True, colour=GREY)
SCALE_VALUE = paragraph_style("scale_value", 9.5, 12, bold=True, colour=NAVY, alignment=TA_CENTER)
SIGN_ROLE = paragraph_style("sign_role", 8, 10.5, bold=True, colour=GREY)
SIGN_NAME = paragraph_style("sign_name", 9.5, 12.5)
SIGN_SMALL = paragraph_style("sign_small", 8.3, 11, colour=GREY)


def para(text: str, style: ParagraphStyle) -> Paragraph | str:
    """A table cell's paragraph of plain text: escaped, line breaks kept; an empty text stays an
    empty cell."""
    return flow_para(text, style) if text else ""


def flow_para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text in the flow of a document (where an empty string would not be
    a flowable): escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


# ----------------------------------------------------------------------------- page decoration

@dataclass
class _Part:
    """One agreement in the build, with what its header and footer need."""

    doc: AgreementDocument
    words: dict[str, str]
    logo: ImageReader | None


class _CancelledError(Exception):
    pass


class _PartStart(Flowable):
    """Zero-size marker at the start of an agreement: later pages belong to it."""

    def __init__(self, index: int, outline: str | None, on_start: Callable[[int], None] | None) -> None:
        super().__init__()
        self.index, self.outline, self.on_start = index, outline, on_start

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._part_index = self.index  # type: ignore[attr-defined]  # our own, read by _NumberedCanvas
        if self.outline:
            key = f"agreement-{self.index}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(self.outline, key, level=0)
        if self.on_start is not None:
            self.on_start(self.index)


class _NumberedCanvas(Canvas):
    """Keeps the pages until the end, then draws header and footer with «Side X av Y»."""

    def __init__(self, *args: Any, parts: list[_Part], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._parts = parts
        self._part_index = 0
        self._kept_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  (reportlab's name)
        self._kept_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page start, not in its stubs

    def save(self) -> None:
        totals = Counter(state["_part_index"] for state in self._kept_pages)
        numbers: Counter[int] = Counter()
        for state in self._kept_pages:
            self.__dict__.update(state)
            numbers[self._part_index] += 1
            _decorate(self, self._parts[self._part_index], numbers[self._part_index], totals[self._part_index])
            super().showPage()
        super().save()


def _decorate(canvas: Canvas, part: _Part, page: int, pages: int) -> None:
    doc, words = part.doc, part.words
    draw_page_frame(canvas, municipality=doc.municipality, logo=part.logo, marking=doc.marking,
                    page_text=page_label(words, page, pages),
                    name=" – ".join(t for t in (doc.title, doc.subtitle) if t), state=footer_line(doc, words))


def draw_page_frame(canvas: Canvas, *, municipality: str, logo: ImageReader | None, marking: str,
                    page_text: str, name: str, state: str) -> None:
    """The header and footer every document of the program shares (agreements, follow-up notes,
    reports), portrait or landscape: logo and municipality left, the marking right, a rule below;
    at the foot a rule, the document's name and state left, the page number right."""
    page_width, page_height = canvas._pagesize  # type: ignore[attr-defined]  # not in reportlab's stubs
    left, right = MARGIN_LEFT, page_width - MARGIN_RIGHT
    canvas.saveState()
    baseline = page_height - 15 * mm
    x = left
    if logo is not None:
        width, height = logo.getSize()
        logo_h = 10 * mm
        logo_w = min(logo_h * width / max(height, 1), 40 * mm)
        canvas.drawImage(logo, left, baseline - 2.5 * mm, width=logo_w, height=logo_h,
                         preserveAspectRatio=True, anchor="sw", mask="auto")
        x = left + logo_w + 3 * mm
    canvas.setFillColor(NAVY)
    canvas.setFont(BOLD, 10)
    canvas.drawString(x, baseline, municipality)
    if marking:
        canvas.setFillColor(MARKING_RED)
        canvas.setFont(BOLD, 8)
        lines = simpleSplit(marking, BOLD, 8, 82 * mm)
        for i, line in enumerate(lines):
            canvas.drawRightString(right, baseline + 3 * (len(lines) - 1) - 9.5 * i, line)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, page_height - 19 * mm, right, page_height - 19 * mm)
    canvas.setLineWidth(0.4)
    canvas.line(left, 16 * mm, right, 16 * mm)
    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, 8.5)
    canvas.drawRightString(right, 11.5 * mm, page_text)
    room = right - left - pdfmetrics.stringWidth(page_text, REGULAR, 8.5) - 8 * mm
    canvas.setFillColor(LIGHT_GREY)
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(left, 11.5 * mm, _fit(name, REGULAR, 7.5, room))
    canvas.drawString(left, 8 * mm, _fit(state, REGULAR, 7.5, room))
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# ----------------------------------------------------------------------------- the story

def column_widths(total: float, columns: Sequence[str], rows: Sequence[Sequence[str]],
                   minimum: float = 22 * mm) -> list[float]:
    """Share ``total`` between columns by how much text they hold, damped so none gets starved,
    and never so narrow that a word has to be broken. A column of short codes («Nr.», «1»)
    gets just the room it needs."""
    weights, floors, fixed = [], [], set()
    for i, title in enumerate(columns):
        texts = [row[i] for row in rows if i < len(row)]
        average = sum(map(len, texts)) / len(texts) if texts else 0.0
        weights.append(max(average, len(title) * 1.4, 14.0) ** 0.5)
        words = sorted({w for t in texts for w in t.split()}, key=len)[-3:]  # measure only the longest few
        longest = max((pdfmetrics.stringWidth(w, REGULAR, CELL.fontSize) for w in words), default=0.0)
        head = max((pdfmetrics.stringWidth(w, BOLD, CELL_HEAD.fontSize) for w in title.split()), default=0.0)
        need = max(longest, head) + 14  # the cell padding of PDF and Word
        numbers = title.strip(" .").lower() in {"nr", "no", "#"} or (any(texts) and len(title) <= 4)
        if len(columns) > 1 and numbers and all(len(t) <= 4 for t in texts):
            fixed.add(i)
            floors.append(max(need, 10 * mm))
        else:
            floors.append(max(minimum, need))
    if sum(floors) > total:  # too many or too wordy columns: share out what there is
        floors = [total * f / sum(floors) for f in floors]
    while True:
        free = sum(w for i, w in enumerate(weights) if i not in fixed)
        if not free:
            return [total * f / sum(floors) for f in floors]
        rest = total - sum(floors[i] for i in fixed)
        widths = [floors[i] if i in fixed else rest * weights[i] / free for i in range(len(weights))]
        short = {i for i, w in enumerate(widths) if i not in fixed and w < floors[i] - 0.01}
        if not short:
            return widths
        fixed |= short


# A TableStyle command: (name, start cell, end cell, *arguments).
StyleCommand = tuple[Any, ...]

_GRID: list[StyleCommand] = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ("INNERGRID", (0, 0), (-1, -1), 0.35, HAIRLINE),
]
HEADED_GRID: list[StyleCommand] = [
    *_GRID,
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
]


def _heading(title: str, style: ParagraphStyle) -> list[Flowable]:
    return [flow_para(title, style)] if title else []


def _text(text: str, style: ParagraphStyle = BODY) -> list[Flowable]:
    return [flow_para(part, style) for part in paragraphs(text)]


LABEL_WIDTH = 55 * mm


def _label_height(label: str) -> float:
    """The height of a field's label as the table wraps it (its column less the right padding)."""
    if not label:
        return 0.0
    return float(flow_para(label, LABEL).wrap(LABEL_WIDTH - 6, 10**6)[1])


def fields_table(fields: Sequence[FieldValue]) -> Table:
    rows = [[para(f.label, LABEL), para(f.value, VALUE)] for f in fields]
    # An empty value keeps a line of room to fill in by hand, below the whole label: a label that
    # wraps makes the row taller, so the rule under it never runs through the label's second line.
    heights = [None if f.value.strip() else max(7.5 * mm, _label_height(f.label) + 3 + 4 + 2)
               for f in fields]
    long_value = any(_estimated_height(f.value, TEXT_WIDTH - 55 * mm, VALUE) > 0.8 * FRAME_HEIGHT for f in fields)
    table = Table(rows, colWidths=[55 * mm, TEXT_WIDTH - 55 * mm], rowHeights=heights, hAlign="LEFT",
                  splitInRow=int(long_value))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, HAIRLINE),
    ]))
    return table


def _assessment_cell(label: str, scale: str, comment: str, words: dict[str, str]) -> list[Paragraph]:
    # Few tags: every tag costs reportlab's parser a copy of the text state.
    if scale:
        head = Paragraph(f'{escape(label)}: <font color="#1A1A1A">{escape(scale)}</font>', ASSESS_HEAD)
    else:
        head = Paragraph(f"{escape(label)}: {escape(words['not_assessed'])}", ASSESS_HEAD)
    return [head, flow_para(comment.strip(), ASSESS)] if comment.strip() else [head]


def _assessment_row(row: GoalRow, words: dict[str, str], width: float) -> Table:
    inner = Table(
        [[_assessment_cell(words["self"], row.self_assessment, row.self_comment, words),
          _assessment_cell(words["superior"], row.superior_assessment, row.superior_comment, words)]],
        colWidths=[width / 2, width / 2],
    )
    inner.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, -1), ASSESSMENT_FILL),
        ("LINEAFTER", (0, 0), (0, 0), 0.35, HAIRLINE),
    ]))
    return inner


def _estimated_height(text: str, width: float, style: ParagraphStyle) -> float:
    """About how tall ``text`` wraps in a cell ``width`` wide (a little on the generous side)."""
    room = max(width - 8, 10)
    # DejaVu Sans averages about 0.56 em a character in Norwegian prose; measuring every
    # string exactly would cost more than the layout it guides.
    lines = sum(max(1, math.ceil(len(line) * style.fontSize * 0.56 * 1.12 / room)) for line in text.split("\n"))
    return lines * style.leading + 8


NUMBER_WIDTH = 11 * mm


def goal_column_widths(tables: Sequence[GoalTable]) -> dict[tuple[str, ...], list[float]]:
    """Column widths shared by every goal table with the same columns, so the tables line up."""
    rows: dict[tuple[str, ...], list[list[str]]] = {}
    for table in tables:
        rows.setdefault(tuple(table.columns), []).extend(r.cells for r in table.rows)
    return {columns: [NUMBER_WIDTH, *column_widths(TEXT_WIDTH - NUMBER_WIDTH, columns, cells)]
            for columns, cells in rows.items()}


def row_height(row: GoalRow, widths: list[float]) -> float:
    return max((_estimated_height(c, w, CELL) for c, w in zip(row.cells, widths[1:], strict=False)), default=20.0)


def group_height(row: GoalRow, widths: list[float], show_assessments: bool) -> float:
    """Estimated height of a goal with its sub-items and assessments."""
    content_width = TEXT_WIDTH - NUMBER_WIDTH
    height = row_height(row, widths)
    height += sum(_estimated_height(item, content_width, SUB_ITEM) for item in row.sub_items)
    if show_assessments:
        height += max(_estimated_height(f"{row.self_assessment}\n{row.self_comment}", content_width / 2, ASSESS),
                      _estimated_height(f"{row.superior_assessment}\n{row.superior_comment}", content_width / 2,
                                        ASSESS))
    return height


def _goal_table(block: GoalTable, words: dict[str, str], widths: list[float]) -> list[Flowable]:
    story: list[Flowable] = [*_heading(block.title, H2), *_text(block.intro, INTRO)]
    columns = list(block.columns)
    content_width = TEXT_WIDTH - NUMBER_WIDTH
    data: list[list[Any]] = [[para(words["number"], CELL_HEAD), *(para(c, CELL_HEAD) for c in columns)]]
    style = list(HEADED_GRID)
    last = len(columns)
    split_in_row = False
    for row in block.rows:
        first = len(data)
        cells = [*row.cells, *[""] * (len(columns) - len(row.cells))][: len(columns)]
        data.append([para(row.number, CELL_NUMBER), *(para(c, CELL) for c in cells)])
        for item in lettered(row.sub_items):
            data.append(["", para(item, SUB_ITEM), *[""] * (last - 1)])
            style += [("SPAN", (1, len(data) - 1), (last, len(data) - 1)),
                      ("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), 1.5)]
        if block.show_assessments:
            data.append(["", _assessment_row(row, words, content_width), *[""] * (last - 1)])
            style += [("SPAN", (1, len(data) - 1), (last, len(data) - 1)),
                      ("LEFTPADDING", (1, len(data) - 1), (1, len(data) - 1), 0),
                      ("RIGHTPADDING", (1, len(data) - 1), (1, len(data) - 1), 0),
                      ("TOPPADDING", (1, len(data) - 1), (1, len(data) - 1), 0),
                      ("BOTTOMPADDING", (1, len(data) - 1), (1, len(data) - 1), 0)]
        # The number stands once beside the goal and what belongs to it, which then stay on one
        # page; a group too tall for that is left free to break between its rows.
        if len(data) - 1 > first and group_height(row, widths, block.show_assessments) < 0.45 * FRAME_HEIGHT:
            style.append(("SPAN", (0, first), (0, len(data) - 1)))
        style.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.6, RULE))
        # Rows are kept whole; only a goal longer than most of a page may break inside.
        split_in_row = split_in_row or row_height(row, widths) > 0.8 * FRAME_HEIGHT
    if not block.rows:  # an empty category still prints a row to write in
        data.append(["", *[""] * last])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=int(split_in_row),
                  minRowHeights=[0] + [9 * mm if not block.rows else 0] * (len(data) - 1))
    table.setStyle(TableStyle(style))
    story.append(table)
    return story


def filled_in(row: Sequence[str]) -> bool:
    """Whether a table row has text beyond its leading number."""
    return any(c.strip() for c in (row[1:] if len(row) > 1 else row))


def _plain_table(block: PlainTable) -> list[Flowable]:
    story: list[Flowable] = [*_heading(block.title, H1), *_text(block.text)]
    columns = list(block.columns)
    if not columns:
        return story
    rows = [[*r, *[""] * (len(columns) - len(r))][: len(columns)] for r in block.rows]
    if not rows:  # nothing filled in: leave lines to write on
        rows = [[""] * len(columns) for _ in range(3)]
    data = [[para(c, CELL_HEAD) for c in columns], *([para(c, CELL) for c in r] for r in rows)]
    widths = column_widths(TEXT_WIDTH, columns, rows, minimum=18 * mm)
    long_row = any(_estimated_height(c, w, CELL) > 0.8 * FRAME_HEIGHT
                   for r in rows for c, w in zip(r, widths, strict=True))
    # Rows with nothing filled in (perhaps a number) keep room to write in by hand.
    heights = [0] + [0 if filled_in(r) else 9 * mm for r in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=int(long_row),
                  minRowHeights=heights)
    table.setStyle(TableStyle(HEADED_GRID))
    story.append(table)
    return story


def _scale_table(block: ScaleBlock) -> list[Flowable]:
    story: list[Flowable] = [*_heading(block.title, H1), *_text(block.text)]
    if block.steps:
        data = [[para(str(s.value), SCALE_VALUE), para(s.label, CELL_BOLD), para(s.hint, CELL)]
                for s in block.steps]
        table = Table(data, colWidths=[14 * mm, 60 * mm, 50 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([*_GRID, ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)]))
        story.append(table)
    return story


def _signature_block(block: SignatureBlock) -> list[Flowable]:
    story: list[Flowable] = [*_text(block.text)]
    blank = "_" * 22
    story.append(flow_para(f"{block.place_label}: {block.place or blank}", VALUE))
    story.append(Spacer(1, 3 * mm))
    gap, column = 12 * mm, (TEXT_WIDTH - 12 * mm) / 2
    for start in range(0, len(block.signatures), 2):
        pair = block.signatures[start:start + 2]
        cols: list[list[Paragraph | str]] = [[], [], [], [], []]
        for i, sig in enumerate(pair):
            if i:
                for c in cols:
                    c.append("")
            cols[0].append(para(sig.label.upper(), SIGN_ROLE))
            cols[1].append(para(f"{block.date_label}: {sig.signed_on or '_' * 16}", SIGN_SMALL))
            cols[2].append("")
            cols[3].append(para(sig.name or " ", SIGN_NAME))
            cols[4].append(para(sig.title, SIGN_SMALL))
        table = Table(cols, colWidths=[column, gap, column][: 2 * len(pair) - 1], rowHeights=[None, None, 13 * mm,
                      None, None], hAlign="LEFT")
        style: list[StyleCommand] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        for i in range(len(pair)):  # the line to sign on, above the printed name
            style.append(("LINEABOVE", (2 * i, 3), (2 * i, 3), 0.8, INK))
            style.append(("TOPPADDING", (2 * i, 3), (2 * i, 3), 3))
        table.setStyle(TableStyle(style))
        story += [table, Spacer(1, 6 * mm)]
    # Heading, text and lines belong together on one page. The heading goes inside the
    # KeepTogether: reportlab's keepWithNext does not hold a heading to a KeepTogether after it,
    # and «Underskrifter» was left alone at the foot of a page.
    return [KeepTogether([*_heading(block.title, H1), *story])]


def _title_block(doc: AgreementDocument, words: dict[str, str]) -> list[Flowable]:
    meta = [f"{words['period']} {doc.period}"] if doc.period else []
    meta += [t for t in (doc.status, f"{words['revision']} {doc.revision}") if t]
    story: list[Flowable] = [flow_para(doc.title, TITLE)] if doc.title else []
    if doc.subtitle:
        story.append(flow_para(doc.subtitle, SUBTITLE))
    story += [flow_para("   ·   ".join(meta), META), Spacer(1, 2 * mm),
              HRFlowable(width="100%", thickness=0.8, color=NAVY, spaceBefore=1, spaceAfter=4)]
    return story


def _text_height(text: str, style: ParagraphStyle, width: float = TEXT_WIDTH) -> float:
    return sum(_estimated_height(part, width + 8, style) - 8 + style.spaceAfter for part in paragraphs(text))


def _lead_height(block: Any, goal_widths: dict[tuple[str, ...], list[float]]) -> float:
    """How much room the start of a block needs: its heading, text and first row.

    A section that would start with less room than this starts on the next page instead, so
    no heading is left alone at the foot of a page.
    """
    if isinstance(block, GoalTable):
        need = H2.leading + H2.spaceBefore + H2.spaceAfter + _text_height(block.intro, INTRO) + 20
        if block.rows:
            widths = goal_widths[tuple(block.columns)]
            need += min(group_height(block.rows[0], widths, block.show_assessments), 0.45 * FRAME_HEIGHT)
        return need
    need = H1.leading + H1.spaceBefore + H1.spaceAfter + _text_height(getattr(block, "text", ""), BODY)
    if isinstance(block, TextBlock) and block.fields:
        need += 20
    elif isinstance(block, PlainTable):
        need += 20 + (max(_estimated_height(c, TEXT_WIDTH / max(len(block.columns), 1), CELL)
                          for c in block.rows[0]) if block.rows and block.rows[0] else 26)
    elif isinstance(block, ScaleBlock):
        need += 22 * len(block.steps)
    return need


def document_story(doc: AgreementDocument, words: dict[str, str]) -> list[Flowable]:
    """The flowables of one agreement, from the title to the signatures."""
    story = _title_block(doc, words)
    last_goal_table = max((i for i, b in enumerate(doc.blocks) if isinstance(b, GoalTable)), default=None)
    goal_widths = goal_column_widths([b for b in doc.blocks if isinstance(b, GoalTable)])
    for i, block in enumerate(doc.blocks):
        need = max(_lead_height(block, goal_widths), 28 * mm)
        following = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if isinstance(block, TextBlock) and not block.fields and isinstance(following, GoalTable | PlainTable):
            need += _lead_height(following, goal_widths)  # an introduction stays with what it introduces
        story.append(CondPageBreak(min(need, 0.6 * FRAME_HEIGHT)))
        if isinstance(block, TextBlock):
            story += [*_heading(block.title, H1), *_text(block.text)]
            if block.fields:
                story.append(fields_table(block.fields))
        elif isinstance(block, GoalTable):
            story += _goal_table(block, words, goal_widths[tuple(block.columns)])
        elif isinstance(block, PlainTable):
            story += _plain_table(block)
        elif isinstance(block, ScaleBlock):
            story += _scale_table(block)
        elif isinstance(block, SignatureBlock):
            story += _signature_block(block)
        if i == last_goal_table and doc.evaluation_summary.strip():
            story += [CondPageBreak(25 * mm), *_heading(words["summary"], H2), *_text(doc.evaluation_summary)]
    if last_goal_table is None and doc.evaluation_summary.strip():
        story += [CondPageBreak(25 * mm), *_heading(words["summary"], H1), *_text(doc.evaluation_summary)]
    return story


# ----------------------------------------------------------------------------- building

@contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams without ASCII85 on top: smaller and faster to write (reportlab
    offers this only as a global setting, so it is restored afterwards)."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def logo_image(png: bytes | None) -> ImageReader | None:
    if not png:
        return None
    try:
        return ImageReader(io.BytesIO(png))
    except Exception:  # a broken logo must not stop the agreement from printing
        return None


def render_many_pdf(
    docs: Sequence[AgreementDocument],
    *,
    title: str | None = None,
    on_start: Callable[[int], bool] | None = None,
) -> bytes | None:
    """All ``docs`` in one PDF, each from a new page with its own «Side 1 av N».

    ``on_start(i)`` is called as agreement ``i`` is laid out; returning False stops the build
    and the result is None. Several agreements get a bookmark each.
    """
    if not docs:
        raise AppError("Det er ingen avtaler å skrive ut. Velg minst én avtale.")
    register_fonts()
    parts = [_Part(doc, words_for(doc), logo_image(doc.logo_png)) for doc in docs]

    def started(index: int) -> None:
        if on_start is not None and on_start(index) is False:
            raise _CancelledError

    outline = len(docs) > 1
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreak())
        name = " – ".join(t for t in (part.doc.title, part.doc.subtitle) if t)
        story.append(_PartStart(index, name if outline else None, started if on_start else None))
        story += document_story(part.doc, part.words)
    first = docs[0]
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title or " – ".join(t for t in (first.title, first.subtitle) if t),
        author=first.municipality, subject=first.marking or "", creator="Styringsdialog",
        lang={"nb": "nb-NO", "nn": "nn-NO", "en": "en"}.get(first.language, "nb-NO"),
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, FRAME_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        with binary_streams():
            template.build(story, canvasmaker=partial(_NumberedCanvas, parts=parts))
    except _CancelledError:
        return None
    return buffer.getvalue()


def render_pdf(doc: AgreementDocument, out: Path | None = None) -> bytes:
    """One agreement as PDF bytes; also written to ``out`` (atomically) when given."""
    data = render_many_pdf([doc])
    assert data is not None  # nothing to cancel without a callback
    if out is not None:
        write_atomically(Path(out), data)
    return data
