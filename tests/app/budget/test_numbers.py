"""Amounts and codes as accounting exports write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.budget.numbers import AmountError, normalise_code, parse_amount


@pytest.mark.parametrize(
    ("value", "ore"),
    [
        ("1 234 567,89", 123_456_789),
        ("1\u00a0234\u00a0567,89", 123_456_789),  # non-breaking spaces, as Excel writes them in nb-NO
        ("1\u202f234,50", 123_450),  # narrow no-break space
        ("1.234.567,89", 123_456_789),
        ("1234567.89", 123_456_789),
        ("1,234,567.89", 123_456_789),
        ("12,5", 1_250),
        ("-", 0),
        ("", 0),
        ("   ", 0),
        (None, 0),
        ("(1 234)", -123_400),
        ("(1 234,50)", -123_450),
        ("−12,50", -1_250),  # U+2212 minus sign
        ("-12,50", -1_250),
        ("1 234,00-", -123_400),  # sign last
        ("kr 1 234,-", 123_400),
        ("+7", 700),
        (1234, 123_400),
        (1234.56, 123_456),
        (-0.1, -10),
        (0.1 + 0.2, 30),  # float noise does not leak into øre
        (2.675, 268),  # half up, not banker's rounding nor binary noise
        (Decimal("10.005"), 1_001),
    ],
)
def test_amounts_become_ore(value: object, ore: int) -> None:
    assert parse_amount(value) == ore


@pytest.mark.parametrize("value", ["12,4,5", "abc", "1.234,5.6", "12 kr 50", "1,2.3,4", "--5-", "nan", True,
                                   float("nan"), float("inf"), "1" * 30])
def test_garbage_is_not_an_amount(value: object) -> None:
    with pytest.raises(AmountError):
        parse_amount(value)


@pytest.mark.parametrize(("value", "advice"), [
    ("1,23457E+11", "vitenskapelig notasjon"),  # Excel's «Standard» format of 123 456 789 012: digits gone
    ("1.5E+06", "vitenskapelig notasjon"),
    ("1e3", "vitenskapelig notasjon"),
    ("(-1 234)", "både minustegn og parentes"),  # negative, or a double negative? Nobody can tell.
    ("(1 234-)", "både minustegn og parentes"),
    ("-(1 234)", "både minustegn og parentes"),
])
def test_amounts_whose_digits_or_sign_are_unknown_are_refused_with_advice(value: str, advice: str) -> None:
    """These were read as 123 457 000 000,00, 1 500 000,00, 1 000,00 and +1 234,00 kr."""
    with pytest.raises(AmountError) as caught:
        parse_amount(value)
    assert advice in caught.value.advice


def test_amount_error_is_a_value_error() -> None:
    assert issubclass(AmountError, ValueError)


@pytest.mark.parametrize(
    ("value", "width", "code"),
    [
        (1000, 5, "01000"),
        (1000.0, 5, "01000"),
        ("1000", 5, "01000"),
        ("101.0", None, "101"),
        (101.0, None, "101"),
        ("  0120 ", None, "0120"),
        ("0120", 3, "0120"),  # longer than the width: left alone
        ("P100", 6, "P100"),  # not a number: no zeros added
        (None, 5, ""),
        (24410, None, "24410"),
    ],
)
def test_codes_keep_or_regain_leading_zeros(value: object, width: int | None, code: str) -> None:
    assert normalise_code(value, width) == code
