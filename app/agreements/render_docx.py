"""An agreement as a Word document (DOCX), for those who finish the text in Word.

The same content as the PDF (``render_pdf``), laid out with Word's own means: heading
styles, the municipality and the confidentiality marking in the page header, «Side X av Y»
from PAGE and NUMPAGES fields in the footer, goal tables whose header row repeats on every
page (``w:tblHeader``) and whose rows do not break across pages, and signature lines. A4
with the same margins. The text is Calibri, which Word has and LibreOffice replaces with
the metric-compatible Carlito.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from app.agreements.document import (
    AgreementDocument,
    GoalRow,
    GoalTable,
    PlainTable,
    ScaleBlock,
    SignatureBlock,
    TextBlock,
)
from app.agreements.render_pdf import (
    FRAME_HEIGHT,
    NUMBER_WIDTH,
    TEXT_WIDTH,
    column_widths,
    filled_in,
    footer_line,
    goal_column_widths,
    group_height,
    lettered,
    paragraphs,
    register_fonts,
    row_height,
    words_for,
)
from app.storage.files import write_atomically

FONT = "Calibri"
NAVY = RGBColor(0x1B, 0x2F, 0x4B)
GREY = RGBColor(0x4A, 0x55, 0x63)
RED = RGBColor(0xB0, 0x00, 0x1E)
HEADER_FILL = "E4EAF1"
ASSESSMENT_FILL = "F4F6F9"
RULE = "8C97A3"
HAIRLINE = "C3CBD4"
LANGUAGE_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}


# ----------------------------------------------------------------------------- low-level helpers

# Word refuses a file whose properties are out of the schema's order, so each element is put
# in before the ones that must follow it.
_TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
                        "w:tblPrChange")
_TCPR_AFTER_BORDERS = ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                       "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")
_TCPR_AFTER_SHADING = _TCPR_AFTER_BORDERS[1:]
_PPR_AFTER_BORDERS = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                      "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                      "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                      "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                      "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")

def set_font(target: Any, name: str = FONT) -> None:
    """Set the font on a style or run, dropping theme fonts that would win over it."""
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def set_language(style: Any, tag: str) -> None:
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.insert_element_before(shd, *_TCPR_AFTER_SHADING)


def _borders(element: Any, sides: dict[str, tuple[str, int]]) -> None:
    """Table borders; ``sides``: {"top": ("single"|"nil", eighths of a point), ...}."""
    borders = OxmlElement("w:tblBorders")
    for side, (kind, size) in sides.items():
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), kind)
        if kind != "nil":
            edge.set(qn("w:sz"), str(size))
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), RULE if side in ("top", "left", "bottom", "right") else HAIRLINE)
        borders.append(edge)
    element.insert_element_before(borders, *_TBLPR_AFTER_BORDERS)


def grid_table(table: Table) -> None:
    tblpr = table._tbl.tblPr
    _borders(tblpr, {"top": ("single", 5), "left": ("single", 5), "bottom": ("single", 5),
                                     "right": ("single", 5), "insideH": ("single", 3),
                                     "insideV": ("single", 3)})


def _plain_borders(table: Table) -> None:
    tblpr = table._tbl.tblPr
    _borders(tblpr, {side: ("nil", 0) for side in
                                     ("top", "left", "bottom", "right", "insideH", "insideV")})


def _cell_border(cell: _Cell, side: str, size: int = 6, colour: str = "1A1A1A") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size))
    edge.set(qn("w:space"), "0")
    edge.set(qn("w:color"), colour)
    borders.append(edge)
    tcpr.insert_element_before(borders, *_TCPR_AFTER_BORDERS)


def row_flag(row: _Row, tag: str) -> None:
    """``w:tblHeader`` (repeat as header on every page) or ``w:cantSplit`` (keep the row whole)."""
    trpr = row._tr.get_or_add_trPr()
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    trpr.append(flag)


def set_column_widths(table: Table, widths_pt: Sequence[float]) -> None:
    """Fixed column widths; a merged cell gets the sum of the columns it spans."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_pt, strict=False):
        col.set(qn("w:w"), str(int(width * 20)))
    for tr in table._tbl.tr_lst:
        column = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Pt(sum(widths_pt[column:column + span]))
            column += span


# Control characters XML cannot hold, which python-docx refuses (the whole document with them):
# Word's own line break (\x0b, pasted from Word) and page break become line breaks, the rest go.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def docx_text(text: str) -> str:
    """``text`` as Word can hold it: see :data:`_NOT_IN_XML`."""
    return _NOT_IN_XML.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else "", text)


def write_text(paragraph: Paragraph, text: str, *, bold: bool = False, size: float | None = None,
           colour: RGBColor | None = None) -> None:
    """Plain text into a paragraph; line breaks in the text become line breaks in Word."""
    lines = docx_text(text).split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i < len(lines) - 1:
            run.add_break()
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour


def cell_text(cell: _Cell, text: str, *, bold: bool = False, size: float = 9,
               colour: RGBColor | None = None) -> Paragraph:
    paragraph = cell.paragraphs[0]
    tight(paragraph, 1.5, before=1.5)
    write_text(paragraph, text, bold=bold, size=size, colour=colour)
    return paragraph


def tight(paragraph: Paragraph, after: float = 0, *, before: float = 0) -> None:
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)


def _keep_with_next(row: _Row) -> None:
    """Word keeps a row on the page of the next one when its paragraphs keep with the next."""
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def word_field(paragraph: Paragraph, code: str, size: float) -> None:
    """A field Word and LibreOffice fill in when laying out pages (PAGE, NUMPAGES)."""
    def run_with(element: Any) -> None:
        run = paragraph.add_run()
        run.font.size = Pt(size)
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    shown = paragraph.add_run("1")
    shown.font.size = Pt(size)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


# ----------------------------------------------------------------------------- the document

class _Writer:
    def __init__(self, doc: AgreementDocument) -> None:
        self.doc = doc
        self.words = words_for(doc)
        self.docx = Document()
        self._setup()

    # -- page, styles, header and footer

    def _setup(self) -> None:
        section = self.docx.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(22)
        section.top_margin, section.bottom_margin = Mm(26), Mm(22)
        section.header_distance, section.footer_distance = Mm(10), Mm(9)
        styles = self.docx.styles
        normal = styles["Normal"]
        set_font(normal)
        normal.font.size = Pt(10)
        normal.paragraph_format.space_after = Pt(5)
        set_language(normal, LANGUAGE_TAGS.get(self.doc.language, "nb-NO"))
        for name, size, before in (("Heading 1", 13, 14), ("Heading 2", 11, 10), ("Title", 20, 0),
                                   ("Subtitle", 13, 0)):
            style = styles[name]
            set_font(style)
            style.font.size = Pt(size)
            style.font.bold = name != "Subtitle"
            style.font.italic = False
            style.font.color.rgb = NAVY
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(4)
        title_ppr = styles["Title"].element.pPr
        if title_ppr is not None:  # the default Title carries a blue rule; ours comes below the period
            for border in title_ppr.findall(qn("w:pBdr")):
                title_ppr.remove(border)
        for name in ("Header", "Footer"):  # one right tab at the margin instead of Word's centre + right
            set_font(styles[name])
            tabs = styles[name].paragraph_format.tab_stops
            tabs.clear_all()
            tabs.add_tab_stop(Pt(TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
        core = self.docx.core_properties
        core.title = docx_text(" – ".join(t for t in (self.doc.title, self.doc.subtitle) if t)).replace("\n", " ")
        core.author = docx_text(self.doc.municipality).replace("\n", " ")
        core.subject = self.doc.marking
        core.language = LANGUAGE_TAGS.get(self.doc.language, "nb-NO")
        core.comments = ""
        self._header(section)
        self._footer(section)

    def _header(self, section: Any) -> None:
        paragraph = section.header.paragraphs[0]
        bottom_rule(paragraph)
        if self.doc.logo_png:
            try:
                paragraph.add_run().add_picture(io.BytesIO(self.doc.logo_png), height=Mm(10))
                paragraph.add_run("  ")
            except Exception:  # a broken logo must not stop the agreement from being written
                pass
        write_text(paragraph, self.doc.municipality, bold=True, size=10, colour=NAVY)
        if self.doc.marking:
            paragraph.add_run("\t")
            write_text(paragraph, self.doc.marking, bold=True, size=8, colour=RED)

    def _footer(self, section: Any) -> None:
        first = section.footer.paragraphs[0]
        top_rule(first)
        tight(first)
        write_text(first, " – ".join(t for t in (self.doc.title, self.doc.subtitle) if t), size=7.5, colour=GREY)
        first.add_run("\t")
        # «Side {page} av {pages}»: the words around the placeholders, the numbers as fields.
        for token in re.split(r"(\{page\}|\{pages\})", self.words["page"]):
            if token == "{page}":
                word_field(first, "PAGE", 8.5)
            elif token == "{pages}":
                word_field(first, "NUMPAGES", 8.5)
            elif token:
                write_text(first, token, size=8.5)
        second = section.footer.add_paragraph()
        tight(second)
        write_text(second, footer_line(self.doc, self.words), size=7.5, colour=GREY)

    # -- blocks

    def heading(self, title: str, level: int) -> None:
        if title:
            self.docx.add_heading(docx_text(title), level=level)

    def text(self, text: str, *, small: bool = False, keep_with_next: bool = False) -> None:
        """Fixed text; ``keep_with_next`` when it introduces a table that should follow it."""
        for part in paragraphs(text):
            paragraph = self.docx.add_paragraph()
            write_text(paragraph, part, size=9 if small else None, colour=GREY if small else None)
            paragraph.paragraph_format.keep_with_next = keep_with_next or None

    def title(self) -> None:
        doc = self.doc
        if doc.title:
            self.docx.add_paragraph(docx_text(doc.title), style="Title")
        if doc.subtitle:
            self.docx.add_paragraph(docx_text(doc.subtitle), style="Subtitle")
        meta = [f"{self.words['period']} {doc.period}"] if doc.period else []
        meta += [t for t in (doc.status, f"{self.words['revision']} {doc.revision}") if t]
        paragraph = self.docx.add_paragraph()
        write_text(paragraph, "   ·   ".join(meta), size=9, colour=GREY)
        bottom_rule(paragraph, colour="1B2F4B", size=6)
        paragraph.paragraph_format.space_after = Pt(8)

    def fields(self, block: TextBlock) -> None:
        table = self.docx.add_table(rows=len(block.fields), cols=2)
        _plain_borders(table)
        widths = [55 * 2.8346, TEXT_WIDTH - 55 * 2.8346]
        for row, item in zip(table.rows, block.fields, strict=True):
            cell_text(row.cells[0], item.label, size=9, colour=GREY)
            cell_text(row.cells[1], item.value, size=10)
            for cell in row.cells:
                _cell_border(cell, "bottom", 3, HAIRLINE)
            if not item.value.strip():  # room to fill in by hand
                row.height = Mm(7.5)
        set_column_widths(table, widths)
        self._after_table()

    def goal_table(self, block: GoalTable, widths: list[float]) -> None:
        self.heading(block.title, 2)
        self.text(block.intro, small=True, keep_with_next=True)
        columns = list(block.columns)
        table = self.docx.add_table(rows=1, cols=len(columns) + 1)
        grid_table(table)
        header = table.rows[0]
        row_flag(header, "w:tblHeader")
        for cell, title in zip(header.cells, [self.words["number"], *columns], strict=True):
            cell_text(cell, title, bold=True, size=8.5, colour=NAVY)
            shade(cell, HEADER_FILL)
        content_width = TEXT_WIDTH - NUMBER_WIDTH
        for row in block.rows:
            cells = [*row.cells, *[""] * (len(columns) - len(row.cells))][: len(columns)]
            goal_row = table.add_row()
            if row_height(row, widths) < 0.8 * FRAME_HEIGHT:
                row_flag(goal_row, "w:cantSplit")
            cell_text(goal_row.cells[0], row.number, bold=True, size=9, colour=NAVY)
            for cell, text in zip(goal_row.cells[1:], cells, strict=True):
                cell_text(cell, text, size=9)
            group = [goal_row]
            for item in lettered(row.sub_items):
                sub = table.add_row()
                row_flag(sub, "w:cantSplit")
                merged = sub.cells[1].merge(sub.cells[-1]) if len(columns) > 1 else sub.cells[1]
                paragraph = cell_text(merged, item, size=8.5)
                paragraph.paragraph_format.left_indent = Pt(11)
                paragraph.paragraph_format.first_line_indent = Pt(-11)
                group.append(sub)
            if block.show_assessments:
                assess = table.add_row()
                row_flag(assess, "w:cantSplit")
                merged = assess.cells[1].merge(assess.cells[-1]) if len(columns) > 1 else assess.cells[1]
                self._assessments(merged, row, content_width)
                group.append(assess)
            if len(group) > 1:  # the number once beside the goal and what belongs to it, on one page
                group[0].cells[0].merge(group[-1].cells[0])
                if group_height(row, widths, block.show_assessments) < 0.45 * FRAME_HEIGHT:
                    for member in group[:-1]:
                        _keep_with_next(member)
        if not block.rows:  # an empty category still has a row to write in
            table.add_row().height = Mm(9)
        set_column_widths(table, widths)
        self._after_table()

    def _assessments(self, cell: _Cell, row: GoalRow, width: float) -> None:
        inner = cell.add_table(rows=1, cols=2)
        _plain_borders(inner)
        for target, label, scale, comment in (
            (inner.rows[0].cells[0], self.words["self"], row.self_assessment, row.self_comment),
            (inner.rows[0].cells[1], self.words["superior"], row.superior_assessment, row.superior_comment),
        ):
            shade(target, ASSESSMENT_FILL)
            paragraph = target.paragraphs[0]
            tight(paragraph, 1, before=1.5)
            write_text(paragraph, f"{label}: ", bold=True, size=8.5, colour=GREY)
            write_text(paragraph, scale or self.words["not_assessed"], bold=True, size=8.5)
            if comment.strip():
                extra = target.add_paragraph()
                tight(extra, 1.5)
                write_text(extra, comment.strip(), size=8.5)
        set_column_widths(inner, [width / 2 - 5.4, width / 2 - 5.4])  # inside the outer cell's margins
        # The cell's own empty paragraph would stand above the nested table; python-docx put
        # the paragraph Word needs at the end of a cell after it, which is made tiny.
        first = cell.paragraphs[0]
        if not first.text:
            first._p.getparent().remove(first._p)
        last = cell.paragraphs[-1]
        tight(last)
        last.paragraph_format.line_spacing = Pt(2)

    def plain_table(self, block: PlainTable) -> None:
        self.heading(block.title, 1)
        self.text(block.text, keep_with_next=True)
        columns = list(block.columns)
        if not columns:
            return
        rows = [[*r, *[""] * (len(columns) - len(r))][: len(columns)] for r in block.rows]
        table = self.docx.add_table(rows=1, cols=len(columns))
        grid_table(table)
        row_flag(table.rows[0], "w:tblHeader")
        for cell, title in zip(table.rows[0].cells, columns, strict=True):
            cell_text(cell, title, bold=True, size=8.5, colour=NAVY)
            shade(cell, HEADER_FILL)
        for values in rows or [[""] * len(columns)] * 3:
            row = table.add_row()
            row_flag(row, "w:cantSplit")
            for cell, text in zip(row.cells, values, strict=True):
                cell_text(cell, text, size=9)
            if not filled_in(values):  # room to write in by hand
                row.height = Mm(9)
        if len(table.rows) <= 9:  # a short table stays on one page with its heading
            for row in table.rows[:-1]:
                _keep_with_next(row)
        set_column_widths(table, column_widths(TEXT_WIDTH, columns, rows, minimum=18 * 2.8346))
        self._after_table()

    def scale(self, block: ScaleBlock) -> None:
        self.heading(block.title, 1)
        self.text(block.text)
        if not block.steps:
            return
        table = self.docx.add_table(rows=0, cols=3)
        grid_table(table)
        for step in block.steps:
            row = table.add_row()
            cell_text(row.cells[0], str(step.value), bold=True, size=10, colour=NAVY)
            shade(row.cells[0], HEADER_FILL)
            cell_text(row.cells[1], step.label, bold=True, size=9)
            cell_text(row.cells[2], step.hint, size=9)
        set_column_widths(table, [40, 170, 142])
        self._after_table()

    def signatures(self, block: SignatureBlock) -> None:
        self.heading(block.title, 1)
        self.text(block.text)
        paragraph = self.docx.add_paragraph()
        write_text(paragraph, f"{block.place_label}: {block.place or '_' * 22}")
        paragraph.paragraph_format.keep_with_next = True
        column, gap = (TEXT_WIDTH - 34) / 2, 34.0
        for start in range(0, len(block.signatures), 2):
            pair = block.signatures[start:start + 2]
            table = self.docx.add_table(rows=5, cols=2 * len(pair) - 1)
            _plain_borders(table)
            for i, sig in enumerate(pair):
                col = 2 * i
                cells = [table.rows[r].cells[col] for r in range(5)]
                cell_text(cells[0], sig.label.upper(), bold=True, size=8, colour=GREY)
                cell_text(cells[1], f"{block.date_label}: {sig.signed_on or '_' * 16}", size=8.5, colour=GREY)
                cell_text(cells[3], sig.name, size=10)
                cell_text(cells[4], sig.title, size=8.5, colour=GREY)
                _cell_border(cells[3], "top", 6)
            table.rows[2].height = Mm(13)
            for row in table.rows:
                row_flag(row, "w:cantSplit")
                _keep_with_next(row)
            set_column_widths(table, [column, gap, column][: 2 * len(pair) - 1])
            self._after_table()

    def summary(self, level: int) -> None:
        if self.doc.evaluation_summary.strip():
            self.heading(self.words["summary"], level)
            self.text(self.doc.evaluation_summary)

    def _after_table(self) -> None:
        spacer = self.docx.add_paragraph()
        tight(spacer, 2)

    def build(self) -> Any:
        register_fonts()  # the shared column widths measure words in the PDF's font
        self.title()
        blocks = self.doc.blocks
        goal_widths = goal_column_widths([b for b in blocks if isinstance(b, GoalTable)])
        last_goal_table = max((i for i, b in enumerate(blocks) if isinstance(b, GoalTable)), default=None)
        for i, block in enumerate(blocks):
            if isinstance(block, TextBlock):
                self.heading(block.title, 1)
                self.text(block.text, keep_with_next=bool(block.fields))
                if block.fields:
                    self.fields(block)
            elif isinstance(block, GoalTable):
                self.goal_table(block, goal_widths[tuple(block.columns)])
            elif isinstance(block, PlainTable):
                self.plain_table(block)
            elif isinstance(block, ScaleBlock):
                self.scale(block)
            elif isinstance(block, SignatureBlock):
                self.signatures(block)
            if i == last_goal_table:
                self.summary(2)
        if last_goal_table is None:
            self.summary(1)
        return self.docx


def _paragraph_border(paragraph: Paragraph, side: str, colour: str, size: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size))
    edge.set(qn("w:space"), "4")
    edge.set(qn("w:color"), colour)
    border.append(edge)
    ppr.insert_element_before(border, *_PPR_AFTER_BORDERS)


def bottom_rule(paragraph: Paragraph, colour: str = RULE, size: int = 4) -> None:
    _paragraph_border(paragraph, "bottom", colour, size)


def top_rule(paragraph: Paragraph, colour: str = RULE, size: int = 3) -> None:
    _paragraph_border(paragraph, "top", colour, size)


def render_docx_bytes(doc: AgreementDocument) -> bytes:
    buffer = io.BytesIO()
    _Writer(doc).build().save(buffer)
    return buffer.getvalue()


def render_docx(doc: AgreementDocument, out: Path) -> Path:
    """Write one agreement as a DOCX file (atomically) and return its path."""
    return write_atomically(Path(out), render_docx_bytes(doc))
