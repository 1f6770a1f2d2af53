"""What leaves the program is safe whatever users typed (DESIGN.md §6-7, docs/RELIABILITY.md).

Hostile text is put everywhere in the demo database a user can type or import text: unit and
leader names, goals, meeting notes and action items, budget line texts and code names. Then:

- no workbook the program writes turns it into a formula: every cell from user data is a text
  cell (with Excel's quote prefix when it starts like a formula), and the only formulas are
  the program's own sums and differences; CSV cells that start like a formula get a «'»;
- file names made from it are valid on Windows and stay in the chosen folder;
- PDFs show markup in it as text: reportlab reads no file named in an ``<img>`` or ``<font>``
  tag, fetches nothing, and the PDF has no links, launch actions or embedded files.
"""

from __future__ import annotations

import builtins
import csv
import io
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, update

from app.storage.database import Database
from tests.conftest import DEMO_TODAY

FORMULAS = ("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
            '=HYPERLINK("http://example.com/","klikk")', "=WEBSERVICE(\"http://example.com/\")")
MARKUP = ('<img src="/etc/passwd"/>', '<img src="http://example.com/x.png"/>', '<link href="file:///etc/passwd">x</link>',
          '<font face="/etc/passwd">x</font>', '<a href="http://example.com/">lenke</a>', "&amp; &lt;b&gt; <b>fet</b>")
WORD_BREAK = "Linje\x0bskift fra Word"  # what a line break copied from Word brings: not allowed in XML
HOSTILE = (*FORMULAS, *MARKUP, WORD_BREAK)
# The program's own formulas: sums, differences and the percentage of a deviation.
OUR_FORMULA = re.compile(r'=(SUM\([A-Z]+\d+:[A-Z]+\d+\)|[A-Z]+\d+-[A-Z]+\d+'
                         r'|IF\([A-Z]+\d+=0,"",[A-Z]+\d+/ABS\([A-Z]+\d+\)\))')
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list


def hostile(i: int) -> str:
    return HOSTILE[i % len(HOSTILE)]


@pytest.fixture
def hostile_db(demo_db: Database) -> Database:
    """The demo with hostile text in every field a user fills in, and a small set «Fiendtlig» of a
    few of the budget's lines of each ansvar with hostile line texts and code names. Units and
    people are renamed through the ORM (so the audit log records the hostile names too), the
    rest in bulk."""
    from sqlalchemy import bindparam, insert

    from db.models import (
        ActionItem,
        BudgetKind,
        BudgetLine,
        BudgetSet,
        Goal,
        Meeting,
        MeetingGoalStatus,
        Person,
        Setting,
        Unit,
    )

    def bulk(session: object, model: type, values: list[dict[str, object]]) -> None:
        if values:
            table = model.__table__  # type: ignore[attr-defined]
            names = [key for key in values[0] if key != "key"]
            session.execute(  # type: ignore[attr-defined]
                update(table).where(table.c.id == bindparam("key")).values({n: bindparam(n) for n in names}),
                values)

    sections = ("agenda", "leader_account", "superior_view", "budget_comment", "other", "needs", "decisions")
    with demo_db.session() as session:
        for i, unit in enumerate(session.scalars(select(Unit).order_by(Unit.code))):
            unit.name = hostile(i)
        for i, person in enumerate(session.scalars(select(Person).order_by(Person.family_name))):
            person.given_name, person.family_name = hostile(i), hostile(i + 3)
        bulk(session, Goal, [{"key": key, "text": hostile(i), "indicator": hostile(i + 1), "evaluation": hostile(i + 2)}
                             for i, key in enumerate(session.scalars(select(Goal.id).order_by(Goal.id)))])
        bulk(session, MeetingGoalStatus, [{"key": key, "comment": hostile(i)} for i, key in enumerate(
            session.scalars(select(MeetingGoalStatus.id).order_by(MeetingGoalStatus.id)))])
        bulk(session, ActionItem, [{"key": key, "text": hostile(i)} for i, key in enumerate(
            session.scalars(select(ActionItem.id).order_by(ActionItem.id)))])
        bulk(session, Meeting, [{"key": key, "sections": {name: hostile(i + n) for n, name in enumerate(sections)}}
                                for i, key in enumerate(session.scalars(select(Meeting.id).order_by(Meeting.id)))])
        budget = session.scalar(select(BudgetSet).where(BudgetSet.kind == BudgetKind.BUDSJETT))
        small = BudgetSet(id=uuid.uuid4(), name="Fiendtlig", kind=BudgetKind.BUDSJETT, year=budget.year,
                          period_from=1, period_to=12, source_file_name="fiendtlig.csv", source_hash="f" * 64)
        session.add(small)
        session.flush()
        per_ansvar: dict[str, list[tuple]] = {}  # a few lines of each ansvar: every unit gets a sheet
        for line in session.execute(select(BudgetLine.ansvar, BudgetLine.art, BudgetLine.funksjon, BudgetLine.period,
                                           BudgetLine.amount_ore).where(BudgetLine.budget_set_id == budget.id)
                                    .order_by(BudgetLine.ansvar, BudgetLine.id)):
            per_ansvar.setdefault(line[0], []).append(tuple(line))
        lines = [line for group in per_ansvar.values() for line in group[:6]]
        session.execute(insert(BudgetLine), [
            {"id": uuid.uuid4(), "budget_set_id": small.id, "ansvar": a, "art": art, "funksjon": f, "prosjekt": "",
             "period": period, "amount_ore": amount, "text": hostile(i)}
            for i, (a, art, f, period, amount) in enumerate(lines)])
        names = {field: {code: hostile(i + n) for i, code in enumerate(sorted({line[n] for line in lines}))}
                 for n, field in enumerate(("ansvar", "art", "funksjon"))}
        session.add(Setting(id=uuid.uuid4(), key="budget.code_names", value=names))
    return demo_db


# --- workbooks ---------------------------------------------------------------------------------


def workbook_cells(path: Path) -> Iterator[tuple[str, object]]:
    """(where, cell) for every cell of every sheet."""
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                yield f"{path.name}!{sheet.title}!{cell.coordinate}", cell


def injection_problems(path: Path) -> tuple[list[str], set[str]]:
    """What is unsafe in a workbook, and which hostile texts it holds (as text)."""
    problems, seen = [], set()
    normalised = {**{h.replace("\r", "\n"): h for h in HOSTILE}, **{h: h for h in HOSTILE}}
    for where, cell in workbook_cells(path):
        value = cell.value
        if cell.data_type == "f":
            if not (isinstance(value, str) and OUR_FORMULA.fullmatch(value)):
                problems.append(f"{where} is the formula {value!r}")
            continue
        if not isinstance(value, str):
            continue
        for text, original in normalised.items():
            if text in value or text.replace("\x0b", " ") in value:
                seen.add(original)
        if value.startswith(FORMULA_STARTS) and not cell.quotePrefix:
            problems.append(f"{where} holds {value!r} without Excel's quote prefix")
    return problems, seen


def test_no_workbook_turns_user_text_into_a_formula(hostile_db: Database, tmp_path: Path) -> None:
    from app.audit.log import export_audit
    from app.budget.export import export_workbook
    from app.followup.summary import tertial_report
    from app.followup.tertial import write_tertial_xlsx
    from app.org.export_xlsx import export_units_xlsx
    from app.org.queries import current_version
    from db.models import BudgetKind, BudgetSet

    with hostile_db.session() as session:
        sets = {s.kind: s.id for s in session.scalars(select(BudgetSet).where(BudgetSet.name != "Fiendtlig"))}
        hostile_set = session.scalar(select(BudgetSet.id).where(BudgetSet.name == "Fiendtlig"))
        written = [
            export_workbook(session, tmp_path / "budsjett.xlsx", set_id=hostile_set, by="unit", per_unit=True,
                            budget_set_id=sets[BudgetKind.BUDSJETT], actual_set_id=sets[BudgetKind.REGNSKAP]),
            export_workbook(session, tmp_path / "ansvar.xlsx", set_id=hostile_set, by="ansvar"),
            export_units_xlsx(session, current_version(session).id, tmp_path / "enheter.xlsx", on=DEMO_TODAY),
            write_tertial_xlsx(tertial_report(session, 2026, 2, DEMO_TODAY), tmp_path / "tertial.xlsx"),
            export_audit(session, tmp_path / "endringslogg.xlsx").path,
        ]
    seen_anywhere: set[str] = set()
    for path in written:
        problems, seen = injection_problems(path)
        assert not problems, "\n".join(problems[:20])
        assert seen & set(FORMULAS), f"{path.name} holds none of the hostile texts: the test would prove nothing"
        seen_anywhere |= seen
    assert seen_anywhere >= set(FORMULAS) | {WORD_BREAK}


def test_the_example_workbooks_and_csv_keep_formula_text_as_text(tmp_path: Path) -> None:
    from app.demo.examples import ACCOUNTS_HEADERS, Line, _csv_text, _write_workbook

    lines = [Line("1200", text, "10100", text, "202", "Grunnskole", 202601, -123450) for text in FORMULAS]
    path = _write_workbook(tmp_path / "eksempel.xlsx", "Regnskap", ACCOUNTS_HEADERS,
                           [[*line.cells(), line.amount_ore / 100] for line in lines], {}, "Eksempel")
    problems, seen = injection_problems(path)
    assert not problems and seen == set(FORMULAS)
    rows = list(csv.reader(io.StringIO(_csv_text(ACCOUNTS_HEADERS, lines)), delimiter=";"))
    assert csv_problems(rows[1:]) == []
    assert [row[-1] for row in rows[1:]] == ["-1234,50"] * len(FORMULAS)  # a negative amount stays a number


def csv_problems(rows: list[list[str]]) -> list[str]:
    """Cells a spreadsheet would read as a formula (OWASP: starting with = + - @ tab or CR) and
    that are not plain numbers."""
    number = re.compile(r"-?[\d\s\u00a0]+(,\d+)?")
    return [cell for row in rows for cell in row
            if cell.startswith(("=", "+", "-", "@", "\t", "\r")) and not number.fullmatch(cell)]


def test_the_audit_csv_quotes_formula_text(hostile_db: Database, tmp_path: Path) -> None:
    from app.audit.log import export_audit

    with hostile_db.session() as session:
        path = export_audit(session, tmp_path / "endringslogg.csv").path
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert csv_problems(rows) == []
    assert any("'=cmd|" in cell for row in rows for cell in row)


def test_the_checks_catch_formulas_and_unquoted_text(tmp_path: Path) -> None:
    """The checks themselves: a workbook where user text became a formula, or stayed text without
    the quote prefix, and a CSV cell starting with «=» are each reported."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["=cmd|' /C calc'!A0", "=SUM(A1:A3)"])
    sheet["C1"].value, sheet["C1"].data_type = "+1+1", "s"
    workbook.save(tmp_path / "farlig.xlsx")
    problems, _ = injection_problems(tmp_path / "farlig.xlsx")
    assert len(problems) == 2 and "A1" in problems[0] and "C1" in problems[1]
    assert csv_problems([["=1+1", "-5", "-1 234,50", "'=1"]]) == ["=1+1"]


# --- file names --------------------------------------------------------------------------------

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³]|CONIN\$|CONOUT\$)(\..*)?", re.IGNORECASE)
NAMES = ("../../etc/passwd", "..\\..\\Windows\\win.ini", "C:\\Users\\x", "a/b\\c:d", "nul\x00byte", "CON", "prn.txt",
         "AUX ", "Nul.pdf", "COM1", "lpt9.docx", "COM¹", "slutter med punktum.", "slutter med mellomrom ", " . ",
         "..", ".", "", "x" * 300, "😀" * 200, "Sørbø «skole» – 2026 ☕", "gnp\u202e.exe", "zero\u200bwidth",
         '<>:"|?*', "\t\n\r", "é" * 300, "e\u0301" * 300)


def name_problems(name: str, folder: Path) -> list[str]:
    problems = []
    if not name or name in (".", ".."):
        problems.append("empty")
    if set(name) & WINDOWS_FORBIDDEN:
        problems.append("a character Windows forbids")
    if name != name.rstrip(". ") or name != name.lstrip(" "):
        problems.append("a trailing dot or space")
    if RESERVED.fullmatch(name.strip()):
        problems.append("a reserved device name")
    if len(name.encode("utf-16-le")) > 2 * 150 or len(name.encode("utf-8")) > 240:
        problems.append("too long")
    if any(0x200B <= ord(c) <= 0x200F or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in name):
        problems.append("an invisible formatting character")
    if (folder / f"{name}.pdf").resolve().parent != folder.resolve():
        problems.append("a path outside the folder")
    return problems


@pytest.mark.parametrize("text", NAMES)
def test_a_file_name_from_data_is_valid_on_windows_and_stays_in_its_folder(text: str, tmp_path: Path) -> None:
    from app.storage.files import safe_file_name

    name = safe_file_name(text)
    assert name_problems(name, tmp_path) == []
    (tmp_path / f"{name}.pdf").write_bytes(b"%PDF")  # the file system takes it
    assert [p.name for p in tmp_path.iterdir()] == [f"{name}.pdf"]


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_file_name(text: str) -> None:
    from app.storage.files import safe_file_name

    folder = Path("/tmp/utdata")
    assert name_problems(safe_file_name(text), folder) == []


def test_the_name_check_catches_bad_names(tmp_path: Path) -> None:
    assert name_problems("../x", tmp_path) and name_problems("CON", tmp_path) and name_problems("a.", tmp_path)
    assert name_problems("x" * 151, tmp_path) and name_problems("a\u202eb", tmp_path) and name_problems("", tmp_path)


def test_agreements_written_one_file_each_get_safe_names_in_the_folder(hostile_db: Database, tmp_path: Path) -> None:
    from app.agreements.batch import render_many
    from db.models import Agreement

    with hostile_db.session() as session:
        ids = list(session.scalars(select(Agreement.id).order_by(Agreement.id).limit(12)))
        out = tmp_path / "avtaler"
        written = render_many(session, ids, fmt="docx", out=out, one_file=False)
    assert len(written) == len(ids) == len(list(out.iterdir()))
    for path in written:
        assert path.parent == out and name_problems(path.stem, out) == [], path.name


# --- PDFs --------------------------------------------------------------------------------------

BAD_KEYS = (b"/URI", b"/Launch", b"/EmbeddedFile", b"/JavaScript", b"/JS", b"/GoToR", b"/SubmitForm", b"/ImportData")


def _pdf_problems(data: bytes, opened: list[str], logo: bytes | None = None) -> list[str]:
    """Links, actions and embedded files; pictures other than the municipality's logo (told
    by their size); files read while rendering."""
    from PIL import Image

    problems = [f"the PDF has {key.decode()}" for key in BAD_KEYS if key in data]
    allowed = {Image.open(io.BytesIO(logo)).size} if logo else set()
    for page in PdfReader(io.BytesIO(data)).pages:
        problems += [f"a picture of {image.image.size}" for image in page.images if image.image.size not in allowed]
    problems += [f"read {path}" for path in opened]
    return problems


@pytest.fixture
def watched_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files opened while rendering, other than the program's fonts and Python's own."""
    import reportlab.lib.utils

    allowed = (str(Path(__file__).resolve().parents[3] / "resources"), sys.prefix, sys.base_prefix,
               str(Path(reportlab.__file__).parent))
    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, (str, bytes, Path)) and not set(mode) & set("wax+"):  # what is read, not written
            name = str(Path(file.decode() if isinstance(file, bytes) else file).resolve())
            if not name.startswith(allowed):
                opened.append(name)
        return real_open(file, mode, *args, **kwargs)

    real_reader = reportlab.lib.utils.ImageReader

    class WatchingImageReader(real_reader):  # type: ignore[misc, valid-type]
        def __init__(self, source, *args, **kwargs):  # type: ignore[no-untyped-def]
            if not hasattr(source, "read"):
                opened.append(f"ImageReader({source!r})")
            super().__init__(source, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    monkeypatch.setattr(reportlab.lib.utils, "ImageReader", WatchingImageReader)
    for module in ("reportlab.platypus.paraparser", "reportlab.platypus.flowables", "reportlab.pdfgen.canvas"):
        if hasattr(sys.modules.get(module), "ImageReader"):
            monkeypatch.setattr(sys.modules[module], "ImageReader", WatchingImageReader)
    return opened


def test_pdfs_show_markup_as_text_and_embed_nothing_from_outside(hostile_db: Database, tmp_path: Path,
                                                                  watched_files: list[str]) -> None:
    from app.agreements.builder import build_document
    from app.agreements.render_pdf import render_pdf
    from app.followup.meetings import meeting_note
    from app.followup.render import render_meeting_pdf, render_monthly_summary_pdf
    from app.followup.summary import monthly_summary
    from app.org.chart_export import export_chart
    from app.org.queries import current_version
    from db.models import Agreement, Goal, Meeting, Municipality

    with hostile_db.session() as session:
        logo = session.scalar(select(Municipality.logo_png).limit(1))
        agreement_id = session.scalar(select(Goal.agreement_id).order_by(Goal.id).limit(1))
        assert session.get(Agreement, agreement_id) is not None
        meeting_id = session.scalar(select(Meeting.id).where(Meeting.year == 2026, Meeting.month == 10)
                                    .order_by(Meeting.id).limit(1))
        pdfs = {
            "agreement": render_pdf(build_document(session, agreement_id)),
            "note": render_meeting_pdf(meeting_note(session, meeting_id)),
            "summary": render_monthly_summary_pdf(monthly_summary(session, 2026, 10, DEMO_TODAY)),
            "chart": export_chart(session, current_version(session).id, "pdf", tmp_path / "kart.pdf",
                                  on=DEMO_TODAY).read_bytes(),
        }
    shown = ""
    for name, data in pdfs.items():
        assert _pdf_problems(data, watched_files, logo) == [], name
        shown += " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    flat = " ".join(shown.split())
    for text in ('<img src="/etc/passwd"/>', '<font face="/etc/passwd">x</font>', "<b>fet</b>"):
        assert text in flat, f"{text} is not shown as text"


def test_the_pdf_checks_catch_a_link_an_image_and_a_read_file(tmp_path: Path) -> None:
    """The checks themselves: markup that reaches reportlab unescaped embeds a picture from a
    file and a link, and both are reported."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    picture = Path(__file__).resolve().parents[3] / "resources" / "icons"
    png = next(p for p in picture.rglob("*.png"))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(
        f'<img src="{png}" width="20" height="20"/><img src="{png}" width="20" height="20"/> '
        '<a href="http://example.com/">lenke</a>', getSampleStyleSheet()["Normal"])])
    problems = _pdf_problems(buffer.getvalue(), ["/etc/passwd"])
    assert "the PDF has /URI" in problems and "read /etc/passwd" in problems
    assert any(p.startswith("a picture of") for p in problems)
