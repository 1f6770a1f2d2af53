"""The follow-up PDFs read back: the monthly summary (every unit, the deviations from the budget
data, totals, marking, pages) and a meeting note (sections, goal statuses, items, approvals)."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.budget.views import unit_figures
from app.followup.listing import year_grid
from app.followup.meetings import SECTION_KEYS, MeetingNote, full_name, meeting_note
from app.followup.render import render_meeting_pdf, render_monthly_summary_pdf
from app.followup.summary import monthly_summary
from app.formatting import MONTH_NAMES, format_kroner
from app.storage.database import Database
from db.models import Meeting
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[3]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
STATUS_WORDS = {"on_track": "på sporet", "at_risk": "risiko", "off_track": "ikke på sporet"}


def flat(text: str) -> str:
    """Whitespace (also the non-breaking spaces in amounts) collapsed to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def pages(pdf: bytes) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def kr(ore: int) -> str:
    return flat(format_kroner(ore))


def pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + " %"


def day(value: date) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def check_frame(texts: list[str], marking: bool = True) -> None:
    """Every page numbered «Side i av n», and marked (or not)."""
    for number, text in enumerate(texts, start=1):
        assert f"Side {number} av {len(texts)}" in text
        assert ("Unntatt offentlighet" in text) == marking
        assert "Lindvik kommune" in text


# --- the monthly summary -----------------------------------------------------------------------


def test_monthly_summary_pdf_holds_every_unit_with_its_deviation(demo_db: Database) -> None:
    with demo_db.session() as session:
        summary = monthly_summary(session, 2026, 10, DEMO_TODAY)
        grid = year_grid(session, 2026, DEMO_TODAY)
        figures = {g.unit: unit_figures(session, g.unit_lineage_id, 2026, 10) for g in grid}
        # The leader the October meeting was held with, read from the meeting (not today's leader).
        attended = {g.unit: full_name(session.get(Meeting, g.meeting_ids[9]).leader) if g.meeting_ids[9] else g.leader
                    for g in grid}
    texts = pages(render_monthly_summary_pdf(summary))
    text = " ".join(texts)
    assert "Månedsoppsummering oktober 2026" in texts[0]
    met = [g for g in grid if g.meeting_ids[9] is not None]
    assert len(met) >= 25
    words = {"held": "holdt", "postponed": "utsatt", "cancelled": "avlyst", "planned": "planlagt",
             "missing": "ikke holdt"}
    for g in grid:
        f = figures[g.unit]
        assert f is not None and f.deviation_ytd is not None and f.deviation_ytd_pct is not None
        # The unit's own row: name, leader, meeting, then (after the goal counts) its deviation.
        row = re.escape(f"{g.unit} {attended[g.unit] or 'uten leder'} {words[g.months[9]]}") + r" .{0,40}?" + re.escape(
            f"{kr(f.deviation_ytd)} {pct(f.deviation_ytd_pct)}")
        assert re.search(row, text), g.unit
    total = sum(f.deviation_ytd for f in figures.values())
    assert f"Sum alle enheter {summary.totals.held} av {len(grid)}" in text
    assert kr(total) in text.split("Sum alle enheter")[-1]
    for lead in {g.follow_up_lead for g in grid}:
        assert f"Kommunalsjef: {lead}" in text
    check_frame(texts)
    assert 2 <= len(texts) <= 5


def test_monthly_summary_shortens_long_decisions(demo_db: Database) -> None:
    with demo_db.session() as session:
        summary = monthly_summary(session, 2026, 10, DEMO_TODAY)
    long = "Vedtak: " + "enheten skal gjennomgå turnusen og bemanningsplanen for alle avdelinger " * 6 + "SLUTT."
    rows = [dataclasses.replace(summary.rows[0], decisions=long), *summary.rows[1:]]
    text = " ".join(pages(render_monthly_summary_pdf(dataclasses.replace(summary, rows=rows))))
    assert "Vedtak: enheten skal" in text and "…" in text and "SLUTT." not in text


def test_monthly_summary_pdf_is_written_to_the_file(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        summary = monthly_summary(session, 2026, 11, DEMO_TODAY)
    out = tmp_path / "oppsummering.pdf"
    data = render_monthly_summary_pdf(summary, out)
    assert out.read_bytes() == data
    assert "Månedsoppsummering november 2026" in pages(data)[0]


# --- the meeting note --------------------------------------------------------------------------


def _note(db: Database, unit: str, month: int) -> MeetingNote:
    with db.session() as session:
        row = next(g for g in year_grid(session, 2026, DEMO_TODAY) if g.unit == unit)
        return meeting_note(session, row.meeting_ids[month - 1])


@pytest.fixture
def note(demo_db: Database) -> MeetingNote:
    """A held, approved October note with goals, carried items and figures."""
    return _note(demo_db, "Lindvik sykehjem", 10)


def test_meeting_note_pdf_prints_every_section_goal_and_item(note: MeetingNote) -> None:
    assert note.goals and note.items and any(i.carried for i in note.items) and note.figures is not None
    texts = pages(render_meeting_pdf(note))
    text = " ".join(texts)
    assert "Oppfølgingssamtale oktober 2026 – Lindvik sykehjem" in text
    assert note.leader is not None and note.superior is not None
    assert note.leader.name in text and note.superior.name in text and day(note.meeting_date) in text
    for heading in ("Dagsorden", "Lederens redegjørelse", "Overordnedes vurdering", "Økonomi", "Tiltak", "Annet",
                    "Behov for bistand", "Beslutninger", "Status for målene", "Oppfølgingspunkter", "Godkjenning"):
        assert heading in text
    for key in SECTION_KEYS:
        if note.sections[key]:
            assert flat(note.sections[key]) in text, key
    for goal in note.goals:
        words = STATUS_WORDS[goal.status] if goal.status else "ikke satt"
        assert re.search(re.escape(f"{goal.number} {flat(goal.text)} {words}"), text), goal.number
        if goal.previous_status:
            assert flat(goal.comment) in text
    for item in note.items:
        assert flat(item.text) in text and item.owner in text
        if item.due_date:
            assert day(item.due_date) in text
        if item.carried:
            assert f"{flat(item.text)} fra {MONTH_NAMES[item.first_raised[1] - 1]}" in text
    f = note.figures
    assert f"Hittil i år (januar–oktober) {kr(f.budget_ytd)} {kr(f.actual_ytd)} {kr(f.deviation_ytd)}" in text
    assert f"Godkjent av {note.leader.name} {day(note.approved_by_leader_on)}" in text
    assert "låst" in text
    check_frame(texts)


def test_meeting_note_without_marking_and_with_reopen_log(note: MeetingNote, tmp_path: Path) -> None:
    reopened = dataclasses.replace(
        note, confidential=False, locked=False, approved_by_leader_on=None, approved_by_superior_on=None,
        reopened=[{"on": "2026-11-02", "by": "kari", "reason": "Feil frist på punkt to."}],
    )
    out = tmp_path / "referat.pdf"
    texts = pages(render_meeting_pdf(reopened, out))
    text = " ".join(texts)
    assert out.exists()
    assert "Åpnet igjen" in text and "02.11.2026 kari Feil frist på punkt to." in text
    assert f"Ikke godkjent av {note.leader.name}" in text
    check_frame(texts, marking=False)


def test_planned_note_prints_empty_sections_and_the_year_so_far(demo_db: Database) -> None:
    with demo_db.session() as session:
        from app.followup.meetings import open_meeting

        row = year_grid(session, 2026, DEMO_TODAY)[0]
        planned = meeting_note(session, open_meeting(session, row.unit_lineage_id, 2026, 12, DEMO_TODAY))
    text = " ".join(pages(render_meeting_pdf(planned)))
    assert "Oppfølgingssamtale desember 2026" in text and "Planlagt" in text
    assert text.count("Ikke fylt ut.") >= 6
    assert planned.figures is not None
    # The accounts reach October: the year so far is compared over the months they cover.
    assert "Hittil i år (januar–oktober)" in text and kr(planned.figures.deviation_ytd) in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_screenshots_for_review(demo_db: Database, note: MeetingNote, tmp_path: Path) -> None:
    """The summary's first page and the note's first page as PNG in artifacts/screenshots/."""
    with demo_db.session() as session:
        summary = monthly_summary(session, 2026, 10, DEMO_TODAY)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, pdf in (("followup-monthly-summary", render_monthly_summary_pdf(summary)),
                      ("followup-meeting-note", render_meeting_pdf(note))):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path),
                        str(SCREENSHOTS / name)], check=True)
        assert (SCREENSHOTS / f"{name}.png").stat().st_size > 10_000
