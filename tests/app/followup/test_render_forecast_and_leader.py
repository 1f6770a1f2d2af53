"""The meeting-note PDF says what the note on screen says: the unit leader's årsprognose given in
the meeting (the walk found it saved but missing from the PDF), and, with no goals, whose
agreement is missing rather than «the unit has no agreement»."""

from __future__ import annotations

import dataclasses
import io
import re

from pypdf import PdfReader
from sqlalchemy import select

from app.followup.listing import year_grid
from app.followup.meetings import MeetingNote, meeting_note
from app.followup.render import render_meeting_pdf
from app.scorecard.forecast import set_forecast
from app.storage.database import Database
from db.models import Meeting
from tests.conftest import DEMO_TODAY


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def _october(db: Database) -> MeetingNote:
    with db.session() as session:
        row = next(g for g in year_grid(session, 2026, DEMO_TODAY) if g.unit == "Lindvik sykehjem")
        return meeting_note(session, row.meeting_ids[9])


def test_the_leaders_forecast_is_in_the_pdf(demo_db: Database) -> None:
    with demo_db.session() as session:
        held = [meeting_note(session, m.id) for m in session.scalars(select(Meeting).where(~Meeting.locked))]
        note = next(n for n in held if n.figures is not None and n.forecast is None)
    assert "Årsprognose" not in text_of(render_meeting_pdf(note))
    with demo_db.session() as session:
        set_forecast(session, note.id, -15_000_000, "Ledig lederstilling i november")
    with demo_db.session() as session:
        again = meeting_note(session, note.id)
    assert ("Årsprognose (forventet avvik ved årets slutt): -150 000 kr – Ledig lederstilling i november"
            in text_of(render_meeting_pdf(again)))


def test_no_goals_names_the_leader_whose_agreement_is_missing(demo_db: Database) -> None:
    note = _october(demo_db)
    assert note.leader is not None
    text = text_of(render_meeting_pdf(dataclasses.replace(note, goals=[])))
    assert f"{note.leader.name} har ingen avtale med mål som gjelder denne måneden." in text
    assert "Enheten har ingen avtale" not in text
