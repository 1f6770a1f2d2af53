"""The monthly årsprognose: stored with the meeting, added up per kommunalsjef and for the
municipality in the rådmann's monthly summary, beside the deviation so far (PDF read back)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.errors import AppError
from app.followup.render import render_monthly_summary_pdf
from app.followup.summary import forecast_total, monthly_summary
from app.scorecard.forecast import forecast_of, set_forecast
from app.storage.database import Database
from db.models import Meeting, MeetingStatus
from tests.conftest import DEMO_TODAY


def test_forecasts_add_up_per_kommunalsjef_and_for_the_municipality(demo_db: Database) -> None:
    with demo_db.session() as session:
        summary = before = monthly_summary(session, 2026, 10, DEMO_TODAY)
        held = [r for r in summary.rows if r.meeting_id is not None
                and session.get_one(Meeting, r.meeting_id).status == MeetingStatus.HELD]
        lead = held[0].follow_up_lead
        same_lead = [r for r in held if r.follow_up_lead == lead][:2]
        other = next(r for r in held if r.follow_up_lead != lead)
        chosen = [(same_lead[0], 150_000_00, "Vikarutgifter ved sykefravær"),
                  (same_lead[-1], -40_000_00, "Ledig stilling holdes vakant"),
                  (other, 25_000_00, "Økte energikostnader")]
        for row, ore, reason in chosen:
            session.get_one(Meeting, row.meeting_id).locked = False  # reopened for the change
            set_forecast(session, row.meeting_id, ore, reason)
    with demo_db.session() as session:
        assert forecast_of(session, same_lead[0].meeting_id).reason == "Vikarutgifter ved sykefravær"
        summary = monthly_summary(session, 2026, 10, DEMO_TODAY)
    # The demo's own forecasts stay; the three chosen meetings now carry the new ones.
    changed = {r.meeting_id: o for r, o, _ in chosen}
    before_rows = {r.meeting_id: r.forecast for r in before.rows}
    expected = sum(changed.get(m, f or 0) for m, f in before_rows.items())
    assert summary.totals.forecast == expected
    groups = dict(summary.by_lead())
    assert forecast_total(groups[lead]) == sum(changed.get(r.meeting_id, r.forecast or 0)
                                               for r in dict(before.by_lead())[lead])
    pdf = render_monthly_summary_pdf(summary)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Årsprognose: 150 000 – Vikarutgifter ved sykefravær" in text.replace("\xa0", " ")
    assert "Årsprognose (forventet avvik ved årets slutt)" in text
    n = sum(1 for r in summary.rows if r.forecast is not None)
    assert f"fra {n} av {len(summary.rows)} enheter" in text


def test_a_forecast_with_a_deviation_needs_a_reason(demo_db: Database) -> None:
    with demo_db.session() as session:
        meeting = session.scalars(select(Meeting)).first()
        assert meeting is not None
        meeting.locked = False
        with pytest.raises(AppError, match="hvorfor"):
            set_forecast(session, meeting.id, 10_000_00, "  ")
