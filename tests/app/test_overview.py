"""The Oversikt figures on the demo: agreements counted once each (their newest revision), and the
leader figures the same as the reorganisation's 0-alternative and the demo command's."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.agreements.lifecycle import create_next, make_revision
from app.agreements.overview import list_agreements
from app.overview import overview
from db.quick_overview import read_overview
from tests.conftest import DEMO_TODAY

YEAR = DEMO_TODAY.year


def _rows(db, year: int = YEAR):  # type: ignore[no-untyped-def]
    return db.run(list_agreements, year)


def _quick_equal(db, day: date = DEMO_TODAY) -> None:  # type: ignore[no-untyped-def]
    if getattr(db, "path", None) is None:  # a server: no file to read quickly
        return
    quick = read_overview(db.path, day)
    assert quick is not None
    assert dataclasses.asdict(quick) == dataclasses.asdict(db.run(overview, day))


def test_a_replaced_revision_is_not_counted_as_an_agreement(demo_db) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(demo_db)
    health = [r for r in rows if r.unit == "Helse og familie"]
    # The Avtaler list shows both revisions of the renegotiated agreement, the first one «Erstattet».
    assert sorted((r.revision, r.status) for r in health) == [(1, "superseded"), (2, "signed")]
    figures = demo_db.run(overview, DEMO_TODAY)
    assert figures.agreements == len(rows) - 1 == 38
    # Signed: every agreement whose newest revision is signed or evaluated, the replaced one not again.
    signed = [r for r in rows if r.status in ("signed", "evaluated")]
    assert figures.agreements_signed == len(signed) == 36
    assert figures.agreements - figures.agreements_signed == 2  # the one in draft and the one to discuss
    _quick_equal(demo_db)


def test_a_new_revision_replaces_its_agreement_in_the_count(demo_db) -> None:  # type: ignore[no-untyped-def]
    before = demo_db.run(overview, DEMO_TODAY)
    signed = next(r for r in _rows(demo_db) if r.status == "signed" and r.unit != "Helse og familie")
    demo_db.run(lambda s: make_revision(s, signed.id, reason="Endrede forutsetninger"))
    after = demo_db.run(overview, DEMO_TODAY)
    assert after.agreements == before.agreements  # still one agreement: now its draft revision 2
    assert after.agreements_signed == before.agreements_signed - 1  # the newest revision is not signed yet
    _quick_equal(demo_db)


def test_next_years_agreement_leaves_this_years_in_its_year(demo_db) -> None:  # type: ignore[no-untyped-def]
    before = demo_db.run(overview, DEMO_TODAY)
    signed = next(r for r in _rows(demo_db) if r.status == "signed" and r.period_end == date(YEAR, 12, 31)
                  and r.unit != "Helse og familie")
    demo_db.run(lambda s: create_next(s, signed.id, period_start=date(YEAR + 1, 1, 1),
                                      period_end=date(YEAR + 1, 12, 31), on=DEMO_TODAY))
    after = demo_db.run(overview, DEMO_TODAY)
    # In December the 2027 drafts are made: 2026's agreement is still one of 2026's, and it was signed.
    assert (after.agreements, after.agreements_signed) == (before.agreements, before.agreements_signed)
    assert demo_db.run(overview, date(YEAR + 1, 2, 1)).agreements >= 1
    _quick_equal(demo_db)
    _quick_equal(demo_db, date(YEAR + 1, 2, 1))


@pytest.mark.parametrize("day", [DEMO_TODAY])
def test_the_figures_add_up(demo_db, day: date) -> None:  # type: ignore[no-untyped-def]
    figures = demo_db.run(overview, day)
    assert figures.acting_leaders <= figures.vacancies
    assert figures.agreements_signed <= figures.agreements


def test_a_seminar_meeting_is_not_a_follow_up_meeting(demo_db) -> None:  # type: ignore[no-untyped-def]
    """A merged seminar note's action items hang on a «Ledersamling» meeting with no unit: its items
    are open items, but it is not one of the month's follow-up meetings (walk 2, 53 → 96)."""
    import uuid
    from datetime import UTC, datetime

    from db.models import ActionItem, Meeting, MeetingStatus

    before = demo_db.run(overview, DEMO_TODAY)

    def seminar(session) -> None:  # type: ignore[no-untyped-def]
        now = datetime.now(UTC)
        meeting = Meeting(id=uuid.uuid4(), year=DEMO_TODAY.year, month=DEMO_TODAY.month, meeting_date=DEMO_TODAY,
                          status=MeetingStatus.HELD, sections={"agenda": "Ledersamling: dag 2"}, confidential=False,
                          created_at=now, updated_at=now)
        session.add(meeting)
        session.add(ActionItem(meeting=meeting, text="Felles rutine for vikarbruk", owner_text="Rådmannen"))

    demo_db.run(seminar)
    after = demo_db.run(overview, DEMO_TODAY)
    assert (after.meetings_this_month, after.meetings_held_this_month) == (
        before.meetings_this_month, before.meetings_held_this_month)
    assert after.open_action_items == before.open_action_items + 1
    _quick_equal(demo_db)
