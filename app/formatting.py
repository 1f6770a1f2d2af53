"""Norwegian number and date formats: 1 234 567,00 and 23.11.2026."""

from __future__ import annotations

from datetime import date

NBSP = "\u00a0"
MONTH_NAMES = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
               "november", "desember")


def month_name(month: int) -> str:
    """«januar» for 1: month names in bokmål, as documents and messages of the app layer use them."""
    return MONTH_NAMES[month - 1]


def _group(n: int) -> str:
    return f"{n:,}".replace(",", NBSP)


def format_kroner(ore: int, *, decimals: bool = False) -> str:
    """Øre as kroner, thousands separated by non-breaking spaces, decimals after a comma.

    Without decimals the amount is rounded half away from zero, as accountants expect.
    """
    sign = "-" if ore < 0 else ""
    if decimals:
        kroner, rest = divmod(abs(ore), 100)
        return f"{sign}{_group(kroner)},{rest:02d}"
    return f"{sign}{_group((abs(ore) + 50) // 100)}"


def format_number(value: float | int, digits: int = 1) -> str:
    return f"{value:,.{digits}f}".replace(",", NBSP).replace(".", ",")


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""
