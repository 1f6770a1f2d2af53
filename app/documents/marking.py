"""The confidentiality marking («Unntatt offentlighet …») on every output that holds agreements or notes.

PDFs draw it at the top right of every page (``render_pdf.draw_page_frame``) and Word documents
in the header of every section. Here are the rules for the two other kinds of file:

- a workbook has it in the printed header of every sheet (so every printed page carries it, and
  Excel shows it in «Sideoppsett»), and in the file's properties (Emne, Stikkord, Kategori), which
  Explorer and Office show without opening the sheets;
- a CSV file has no header or properties, so its first line is the marking alone, before the
  column headings.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

DEFAULT_MARKING = "Unntatt offentlighet, jf. offl. § 13 og fvl. § 13"
MARKING_COLOUR = "B0001E"  # the red of the PDFs' marking
MAX_HEADER = 240  # Excel refuses a header or footer section over 255 characters with its codes


def _header_text(marking: str) -> str:
    return marking.replace("&", "&&")[:MAX_HEADER]  # «&» starts a code in Excel's header language


def mark_worksheet(ws: Worksheet, marking: str = DEFAULT_MARKING) -> None:
    """The marking at the top right of every printed page of ``ws``, «Side X av Y» at the foot."""
    text = _header_text(marking)
    for header in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        if header is None:  # openpyxl makes all six; its stubs allow None
            continue
        header.right.text = text
        header.right.color = MARKING_COLOUR
        header.right.font = "Calibri,Bold"
        header.right.size = 9
    for footer in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        if footer is None:
            continue
        footer.right.text = "Side &P av &N"
        footer.right.size = 9


def mark_workbook(wb: Workbook, marking: str = DEFAULT_MARKING) -> None:
    """Every sheet of ``wb`` and its properties carry ``marking``. Call it when all sheets exist."""
    for ws in wb.worksheets:
        mark_worksheet(ws, marking)
    wb.properties.subject = marking
    wb.properties.keywords = marking
    wb.properties.category = marking


def workbook_marking_problems(wb: Workbook, marking: str) -> list[str]:
    """What of the rules above a workbook breaks (for tests and the self-check): [] when marked."""
    problems = []
    text = _header_text(marking)
    for ws in wb.worksheets:
        header = ws.oddHeader
        if header is None or (header.right.text != text and text not in (header.center.text or "")
                              and text not in (header.left.text or "")):
            problems.append(f"arket «{ws.title}» mangler merkingen i toppteksten")
    if marking not in (wb.properties.subject or ""):
        problems.append("egenskapen Emne mangler merkingen")
    return problems
