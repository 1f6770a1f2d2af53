"""KOSTRA code lists: the shipped files, the prefix rule, lookups and installing into the database."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Select, func, select

from app.codes import (
    CODE_FILES,
    CodeBook,
    CodeFormatError,
    InvalidCodeError,
    KostraEntry,
    LeadingZeros,
    code_key,
    code_list_path,
    default_code_book,
    install_kostra_codes,
    kostra_prefix,
    lookup,
    normalise_code,
    read_code_list,
    restore_zeros,
    same_code,
)
from app.errors import AppError
from db.models.enums import CodeList
from db.models.misc import KostraCode

ALL_LISTS = list(CodeList)


@pytest.fixture(scope="module")
def book() -> CodeBook:
    return CodeBook.from_resources()


# --- the shipped files -----------------------------------------------------------------


def test_every_code_list_has_a_file() -> None:
    assert set(CODE_FILES) == set(CodeList)
    for code_list in CodeList:
        assert code_list_path(code_list).is_file()


@pytest.mark.parametrize("code_list", ALL_LISTS)
def test_files_parse(code_list: CodeList) -> None:
    entries = read_code_list(code_list)
    assert len(entries) > 50
    for entry in entries:
        assert len(entry.code) == 3 and entry.code.isdigit()
        assert entry.name and entry.name == entry.name.strip()
        assert entry.valid_to is None or entry.valid_to >= entry.valid_from


@pytest.mark.parametrize("code_list", ALL_LISTS)
def test_no_duplicate_code_and_valid_from(code_list: CodeList) -> None:
    keys = [(e.code, e.valid_from) for e in read_code_list(code_list)]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("code_list", ALL_LISTS)
def test_validity_ranges_do_not_overlap(code_list: CodeList) -> None:
    by_code: dict[str, list[KostraEntry]] = {}
    for entry in read_code_list(code_list):
        by_code.setdefault(entry.code, []).append(entry)
    for code, history in by_code.items():
        history.sort(key=lambda e: e.valid_from)
        for earlier, later in itertools.pairwise(history):
            assert earlier.valid_to is not None, f"{code}: an open-ended row is followed by another"
            assert earlier.valid_to < later.valid_from, f"{code}: {earlier} overlaps {later}"


@pytest.mark.parametrize("code_list", ALL_LISTS)
def test_file_is_sorted_by_code(code_list: CodeList) -> None:
    codes = [e.code for e in read_code_list(code_list)]
    assert codes == sorted(codes)


def test_art_codes_keep_leading_zeros() -> None:
    codes = {e.code for e in read_code_list(CodeList.ART)}
    assert {"010", "020", "030", "040", "050", "099"} <= codes


def test_key_funksjon_codes_are_present(book: CodeBook) -> None:
    for code in ("100", "110", "120", "121", "130", "170", "171", "172", "173", "180", "190", "201", "202", "244"):
        assert book.is_valid(CodeList.FUNKSJON, code, 2025), code
    for code in ("800", "840", "841", "850", "860", "870", "880", "899"):
        assert book.is_valid(CodeList.FUNKSJON, code, 2025), code


# --- validity changes ------------------------------------------------------------------


def test_254_split_into_257_and_258_from_2024(book: CodeBook) -> None:
    assert book.name(CodeList.FUNKSJON, "254", 2023) == "Helse- og omsorgstjenester til hjemmeboende"
    assert not book.is_valid(CodeList.FUNKSJON, "254", 2024)
    for code in ("257", "258"):
        assert book.is_valid(CodeList.FUNKSJON, code, 2024)
        assert not book.is_valid(CodeList.FUNKSJON, code, 2023)
    assert "personellbase" in (book.name(CodeList.FUNKSJON, "257", 2024) or "")
    assert "ambulerende" in (book.name(CodeList.FUNKSJON, "258", 2024) or "")


def test_renamed_code_has_the_name_of_its_year(book: CodeBook) -> None:
    assert book.name(CodeList.FUNKSJON, "281", 2015) == "Økonomisk sosialhjelp"
    assert book.name(CodeList.FUNKSJON, "281", 2016) == "Ytelse til livsopphold"
    assert [e.valid_from for e in book.history(CodeList.FUNKSJON, "281")] == [2015, 2016]


def test_ended_code_still_has_a_latest_name(book: CodeBook) -> None:
    assert book.entry(CodeList.FUNKSJON, "254", 2025) is None
    latest = book.latest(CodeList.FUNKSJON, "25401")
    assert latest is not None and latest.valid_to == 2023


def test_valid_entries_for_a_year(book: CodeBook) -> None:
    codes_2023 = [e.code for e in book.valid_entries(CodeList.FUNKSJON, 2023)]
    codes_2024 = [e.code for e in book.valid_entries(CodeList.FUNKSJON, 2024)]
    assert "254" in codes_2023 and "254" not in codes_2024
    assert "257" in codes_2024 and "257" not in codes_2023
    assert codes_2024 == sorted(codes_2024)


# --- local codes and the prefix rule ---------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("244", "244"),
        ("2441", "244"),
        ("24410", "244"),
        ("01000", "010"),
        ("10", "010"),
        ("9", "009"),
        (" 202 ", "202"),
    ],
)
def test_kostra_prefix(code: str, expected: str) -> None:
    assert kostra_prefix(code) == expected


def test_kostra_prefix_with_known_width_restores_a_lost_leading_zero() -> None:
    assert kostra_prefix("1000") == "100"  # a genuine 4-digit code under art 100
    assert kostra_prefix("1000", width=5) == "010"  # 01000 read as the number 1000


@pytest.mark.parametrize("code", ["", "abc", "24a10", "-10", "1.5"])
def test_kostra_prefix_refuses_non_digits(code: str) -> None:
    with pytest.raises(InvalidCodeError, match="sifre"):
        kostra_prefix(code)


def test_local_codes_are_looked_up_by_prefix(book: CodeBook) -> None:
    assert book.name(CodeList.FUNKSJON, "24410", 2025) == "Barneverntjeneste"
    assert book.name(CodeList.ART, "01000", 2025) == "Fastlønn"
    assert book.name(CodeList.ART, "10", 2025) == "Fastlønn"
    assert book.name(CodeList.ART, "1000", 2025, width=5) == "Fastlønn"
    assert book.name(CodeList.ART, "1000", 2025) == "Kontormateriell"


def test_unknown_or_malformed_codes_give_none(book: CodeBook) -> None:
    assert book.entry(CodeList.FUNKSJON, "999", 2025) is None
    assert book.entry(CodeList.FUNKSJON, "x244", 2025) is None
    assert not book.is_valid(CodeList.ART, "", 2025)


def test_same_code_in_both_lists_is_kept_apart(book: CodeBook) -> None:
    assert book.name(CodeList.FUNKSJON, "100", 2025) == "Politisk styring"
    assert book.name(CodeList.ART, "100", 2025) == "Kontormateriell"


def test_default_code_book_is_shared() -> None:
    assert default_code_book() is default_code_book()
    assert len(default_code_book()) == sum(len(read_code_list(c)) for c in CodeList)


# --- the database ----------------------------------------------------------------------


def test_install_is_idempotent(empty_db) -> None:
    expected = sum(len(read_code_list(c)) for c in CodeList)
    with empty_db.session() as s:
        assert install_kostra_codes(s) == expected
    with empty_db.session() as s:
        assert install_kostra_codes(s) == 0
        assert s.scalar(select(func.count()).select_from(KostraCode)) == expected


def _funksjon_254() -> Select[tuple[KostraCode]]:
    return select(KostraCode).where(KostraCode.code_list == CodeList.FUNKSJON, KostraCode.code == "254")


def test_install_updates_an_ended_code(empty_db) -> None:
    with empty_db.session() as s:
        install_kostra_codes(s)
    with empty_db.session() as s:
        row = s.scalars(_funksjon_254()).one()
        row.valid_to = None  # as written by an older version of the program
    with empty_db.session() as s:
        assert install_kostra_codes(s) == 0
    with empty_db.session() as s:
        row = s.scalars(_funksjon_254()).one()
        assert row.valid_to == 2023


def test_lookup_from_the_database(empty_db) -> None:
    with empty_db.session() as s:
        install_kostra_codes(s)
    with empty_db.session() as s:
        entry = lookup(s, CodeList.FUNKSJON, "24410", 2025)
        assert entry is not None and entry.name == "Barneverntjeneste"
        book = CodeBook.from_session(s)
    assert book.name(CodeList.ART, "01000", 2025) == "Fastlønn"
    assert not book.is_valid(CodeList.FUNKSJON, "254", 2024)
    assert lookup(book, CodeList.FUNKSJON, "25800", 2024) == book.entry(CodeList.FUNKSJON, "258", 2024)


# --- malformed files -------------------------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kostra_test.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "row", "column"),
    [
        ("100;Politisk styring;2015;\n11;Kontroll og revisjon;2015;\n", 3, "code"),
        ("100;Politisk styring;2015;\n110;;2015;\n", 3, "name"),
        ("100;Politisk styring;2015;\n110;Kontroll og revisjon;toåtusen;\n", 3, "valid_from"),
        ("100;Politisk styring;2015;\n110;Kontroll og revisjon;2015;2014\n", 3, "valid_to"),
        ("100;Politisk styring;2015;\n110;Kontroll og revisjon;2015\n", 3, "valid_to"),
        ("100;Politisk styring;2015;\n\n100;Politisk ledelse;2020;\n", 4, "valid_from"),
    ],
)
def test_malformed_row_names_file_row_and_column(tmp_path: Path, body: str, row: int, column: str) -> None:
    path = _write(tmp_path, "code;name;valid_from;valid_to\n" + body)
    with pytest.raises(AppError) as caught:
        read_code_list(CodeList.FUNKSJON, path)
    message = str(caught.value)
    assert "kostra_test.csv" in message
    assert f"rad {row}," in message
    assert f"kolonne «{column}»" in message


def test_wrong_header_is_row_1(tmp_path: Path) -> None:
    path = _write(tmp_path, "kode,navn\n100,Politisk styring\n")
    with pytest.raises(AppError, match="rad 1,"):
        read_code_list(CodeList.FUNKSJON, path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AppError, match="Finner ikke kodelisten"):
        read_code_list(CodeList.ART, tmp_path / "finnes_ikke.csv")


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("code;name;valid_from;valid_to\n100;Årets premieavvik;2015;\n".encode("latin-1"))
    with pytest.raises(AppError, match="UTF-8"):
        read_code_list(CodeList.FUNKSJON, path)


def test_bom_and_blank_lines_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_text("code;name;valid_from;valid_to\n\n010;Fastlønn;2015;\n", encoding="utf-8-sig")
    assert read_code_list(CodeList.ART, path) == [KostraEntry("010", "Fastlønn", 2015, None)]


# --- normalising codes read from files (issue 15, item 5 and the leading-zero rule) ---------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (1000, "1000"),
        (1000.0, "1000"),
        ("1000.0", "1000"),  # a CSV written from a float column
        (" 0100 ", "0100"),  # text keeps its zeros, only trimmed
        ("F357", "F357"),
        ("12E3", "12E3"),  # a project code, not scientific notation (no exponent sign)
        (Decimal("24410"), "24410"),
        (None, ""),
        ("   ", ""),
        (12.5, "12.5"),
        (float(2**53 - 1), str(2**53 - 1)),  # the largest float that no other typed number rounds to
    ],
)
def test_normalise_code_keeps_text_and_makes_numbers_digits(value: object, code: str) -> None:
    assert normalise_code(value) == code


@pytest.mark.parametrize("value", ["1,23457E+11", "1.23457E+11", " 1E+11 ", "-1,2E-03", 1.5e17, float(2**60),
                                   float(2**53)])  # 2**53: also what 9007199254740993 becomes
def test_normalise_code_refuses_scientific_notation_and_inexact_numbers(value: object) -> None:
    with pytest.raises(CodeFormatError) as caught:
        normalise_code(value)
    assert isinstance(caught.value, AppError)
    assert "tekst" in str(caught.value)  # says what to do: format the column as text
    assert caught.value.value in str(caught.value)


def test_leading_zeros_come_back_only_to_equal_an_existing_text_code() -> None:
    assert restore_zeros("100", known_text_codes={"0100"}) == "0100"
    zeros = LeadingZeros(["0100", "F357", "90", "007"])
    assert zeros("100") == "0100"
    assert zeros("7") == "007"
    assert zeros("90") == "90"
    assert zeros("1") == "1"  # no width is guessed: 1 … 8 beside 90 stay as written
    assert zeros("357") == "357"  # codes with letters never set a width
    assert zeros("F357") == "F357"


def test_leading_zeros_leave_a_number_alone_when_two_text_codes_claim_it_or_it_exists_as_text() -> None:
    assert LeadingZeros(["0100", "00100"])("100") == "100"
    assert LeadingZeros(["100", "0100"])("100") == "100"  # a text «100» exists: exact match wins
    zeros = LeadingZeros()
    zeros.add(["0200"])
    assert zeros("200") == "0200"


def test_same_code_is_the_matching_rule_for_stored_codes() -> None:
    assert same_code("100", "0100")
    assert same_code("0100", "100")
    assert same_code("1", "01")
    assert not same_code("0100", "00100")  # both written with zeros as text: two codes
    assert not same_code("100", "F100")
    assert not same_code("100", "1000")
    assert code_key("0100") == code_key("100") == "100"
