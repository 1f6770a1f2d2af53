"""Kroner without decimals: an amount that rounds to zero shows no minus sign."""

from __future__ import annotations

from app.formatting import format_kroner


def test_an_amount_rounding_to_zero_has_no_sign() -> None:
    assert format_kroner(-6) == "0"
    assert format_kroner(-49) == "0"
    assert format_kroner(-50) == "-1"
    assert format_kroner(-6, decimals=True) == "-0,06"
    assert format_kroner(-123_456_789) == "-1\u00a0234\u00a0568"
