"""One timestamp formatter with one rule: a time without a zone is UTC (how stored times come back)."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from app import formatting
from app.formatting import format_moment, local_time


@pytest.fixture
def oslo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Oslo")
    clock.tzset()
    formatting._utc_offset.cache_clear()  # the zone changed under the cached offsets
    yield
    monkeypatch.undo()
    clock.tzset()
    formatting._utc_offset.cache_clear()


def test_a_time_without_a_zone_is_utc_wherever_it_is_shown(oslo: None) -> None:
    stored = datetime(2026, 11, 23, 13, 5)  # as SQLite gives a stored time back
    assert format_moment(stored) == "23.11.2026 kl. 14.05"  # Oslo is UTC+1 in November
    assert format_moment(stored.replace(tzinfo=UTC)) == format_moment(stored)
    summer = timezone(timedelta(hours=2))
    assert format_moment(datetime(2026, 6, 1, 9, 30, tzinfo=summer)) == "01.06.2026 kl. 09.30"
    assert local_time(stored) == datetime(2026, 11, 23, 14, 5)
