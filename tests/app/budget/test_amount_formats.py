"""Property: workbooks and CSVs with random codes and amounts written in the formats offices
really use (one convention per file, as an export keeps to) import to exactly the amounts
written, or are refused; never a different number."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.budget.importer import BudgetImportError, plan_budget_import
from app.codes import LeadingZeros

SPACES = (" ", "\u00a0", "\u202f")


def grouped(whole: int, separator: str) -> str:
    return f"{whole:,}".replace(",", separator)


@st.composite
def written_amount(draw: st.DrawFn, convention: str) -> tuple[int, object]:
    """(øre, what the cell holds): text in a real format, or a number (xlsx only uses those).

    ``convention`` is the file's: «nb» (decimal comma; thousands by space, dot or nothing) or
    «en» (decimal point; thousands by comma or nothing). An office's export keeps to one.
    """
    styles = (["plain", "space", "dot", "number", "one_group"] if convention == "nb"
              else ["plain", "comma", "number", "one_group"])
    style = draw(st.sampled_from(styles))
    mark, thousands = (",", ".") if convention == "nb" else (".", ",")
    if style == "one_group":
        # Whole kroner with one group of thousands, «12.500» (nb) or «12,500» (en): a value that alone
        # cannot tell whether its mark separates thousands; only the rest of the column can.
        ore = draw(st.integers(min_value=1_000, max_value=999_999)) * 100 * draw(st.sampled_from([1, -1]))
        text = grouped(abs(ore) // 100, thousands)
        return ore, f"-{text}" if ore < 0 else text
    ore = draw(st.integers(min_value=-10**11, max_value=10**11))
    whole, cents = divmod(abs(ore), 100)
    decimals = cents != 0 or draw(st.booleans())
    fraction = f"{mark}{cents:02d}" if decimals else ""
    if style == "number":
        return ore, ore / 100
    if style == "plain":
        text = f"{whole}{fraction}"
    elif style == "space":
        text = grouped(whole, draw(st.sampled_from(SPACES))) + fraction
    else:  # dot (nb) or comma (en) thousands
        text = grouped(whole, thousands) + fraction
    if ore < 0:
        text = draw(st.sampled_from([f"-{text}", f"{text}-", f"({text})", f"\u2212{text}"]))
    elif ore == 0 and not decimals:
        text = draw(st.sampled_from(["0", "-", text]))
    return ore, text


@st.composite
def budget_file(draw: st.DrawFn) -> tuple[str, list[tuple[str, object, object, int, object]]]:
    """(format, rows of (ansvar as written, art cell, ...)): codes as text or numbers."""
    kind = draw(st.sampled_from(["csv", "xlsx"]))
    convention = draw(st.sampled_from(["nb", "en"]))
    count = draw(st.integers(min_value=1, max_value=12))
    rows = []
    for _ in range(count):
        ansvar = draw(st.from_regex(r"[0-9]{1,6}", fullmatch=True))
        art = draw(st.from_regex(r"[0-9]{3,5}", fullmatch=True))
        ore, written = draw(written_amount(convention))
        if kind == "csv" and not isinstance(written, str):
            written = f"{ore / 100:.2f}".replace(".", "," if convention == "nb" else ".")
        as_number = kind == "xlsx" and draw(st.booleans())
        rows.append((ansvar, int(art) if as_number else art, ore, written))
    return kind, rows


def write(folder: Path, kind: str, rows: list[tuple[str, object, int, object]]) -> Path:
    header = ["Ansvar", "Art", "Beløp"]
    if kind == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for ansvar, art, _ore, written in rows:
            writer.writerow([ansvar, art, written])
        path = folder / "f.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        return path
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for ansvar, art, _ore, written in rows:
        sheet.append([ansvar, art, written])
    path = folder / "f.xlsx"
    book.save(path)
    return path


@pytest.mark.slow  # 150 generated files
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(budget_file())
def test_amounts_in_real_formats_import_exactly_or_are_refused(case: tuple[str, list]) -> None:
    kind, rows = case
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), kind, rows)
        try:
            plan = plan_budget_import(path)
        except BudgetImportError:
            return  # refused as a whole: allowed
    if plan.problems:
        return  # refused, naming the cells: allowed
    assert plan.line_count == len(rows)
    assert list(plan.lines.amount_ore) == [ore for _a, _r, ore, _w in rows]
    # Codes written as text are kept as written; codes stored as numbers are their digits, with
    # leading zeros back only when that makes them equal a code written as text in the file
    # (app.codes.LeadingZeros: art 100 as a number beside the text «0100» is «0100»).
    assert plan.lines.ansvar == [ansvar for ansvar, *_ in rows]
    zeros = LeadingZeros(art for _a, art, *_ in rows if isinstance(art, str))
    assert plan.lines.art == [art if isinstance(art, str) else zeros(str(art)) for _a, art, *_ in rows]
