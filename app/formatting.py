"""Norwegian number, date and time formats: 1 234 567,00, 23.11.2026 and 23.11.2026 kl. 14.05."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

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
    kroner = (abs(ore) + 50) // 100
    return f"{sign if kroner else ''}{_group(kroner)}"  # -0,49 kr is «0», not «-0»


def format_number(value: float | int, digits: int = 1) -> str:
    return f"{value:,.{digits}f}".replace(",", NBSP).replace(".", ",")


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def local_time(at: datetime) -> datetime:
    """``at`` in the computer's local time, without a zone. The one rule for a time without a
    zone: it is UTC, as every time is stored (SQLite gives stored times back without one)."""
    utc = at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at
    return utc + _utc_offset(utc.year, utc.month, utc.day, utc.hour)


@lru_cache(maxsize=8192)
def _utc_offset(year: int, month: int, day: int, hour: int) -> timedelta:
    """The local zone's offset in that UTC hour (zones change on whole hours); cached for exports."""
    return datetime(year, month, day, hour, tzinfo=UTC).astimezone().utcoffset() or timedelta(0)


def format_moment(at: datetime) -> str:
    """«23.11.2026 kl. 14.05» in local time (a time without a zone is UTC: :func:`local_time`)."""
    local = local_time(at)
    return f"{local:%d.%m.%Y} kl. {local:%H.%M}"
