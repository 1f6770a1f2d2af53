"""Agreements to PDF: one agreement, and a batch of 100 into one PDF, side by side with
LibreOffice headless (``soffice --convert-to pdf``) turning our DOCX of the same agreements
into PDF in the same run. Goals: one agreement ≤ 150 ms; 100 agreements ≤ 8 s.

The agreements come from the demo municipality, built in a temporary database: the
evaluated one (the longest: goals with both assessments and a summary) for the single
figure, and the demo's eight agreements copied with their goals and assessments until
there are 100 for the batch. Ours is timed warm, as in the running program, where the fonts
are loaded by the first print; the first render of the process is reported beside it.
LibreOffice is timed as a whole process per conversion (which is how it is used), after one
untimed conversion that sets up its profile. Without LibreOffice the peer is reported as
not installed (Debian: ``libreoffice-writer-nogui``).
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path
from uuid import UUID

from pypdf import PdfReader
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from app.agreements.batch import render_many
from app.agreements.builder import build_document
from app.agreements.render_docx import render_docx
from app.agreements.render_pdf import render_pdf
from app.storage.database import open_database
from db.models import Agreement, AgreementStatus, Assessment, Goal

DEMO_TODAY = date(2026, 11, 23)
_NOT_COPIED = {"id", "created_at", "updated_at", "version", "revision_of_id", "previous_id", "linked_agreement_id",
               "agreement_id", "goal_id", "carried_from_id"}


def _copy(obj: object, **changes: object) -> dict[str, object]:
    values = {a.key: getattr(obj, a.key) for a in inspect(type(obj)).column_attrs if a.key not in _NOT_COPIED}
    return values | changes


def make_agreements(session: Session, count: int) -> list[UUID]:
    """The demo's agreements, copied with goals and assessments until there are ``count``."""
    sources = list(session.scalars(select(Agreement).order_by(Agreement.period_start, Agreement.title)
                                   .options(selectinload(Agreement.goals).selectinload(Goal.assessments))))
    ids = [a.id for a in sources[:count]]
    for i in range(count - len(ids)):
        source = sources[i % len(sources)]
        copy = Agreement(**_copy(source))
        session.add(copy)
        session.flush()
        for goal in source.goals:
            new_goal = Goal(**_copy(goal, agreement_id=copy.id))
            session.add(new_goal)
            session.flush()
            session.add_all(Assessment(**_copy(a, goal_id=new_goal.id)) for a in goal.assessments)
        ids.append(copy.id)
    session.flush()
    return ids


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(soffice: str, profile: Path, sources: list[Path], out: Path) -> float:
    """Seconds for one LibreOffice process converting ``sources`` to PDF."""
    start = time.perf_counter()
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, sources)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    return time.perf_counter() - start


def _row(benchmark: str, ours: list[float], peer_name: str, peer: list[float], goal: str, rounds: int,
         **extra: object) -> dict[str, object]:
    ours_s = statistics.median(ours)
    peer_s = statistics.median(peer) if peer else None
    return {
        "benchmark": benchmark,
        "ours_s": round(ours_s, 3),
        "peer": peer_name,
        "peer_s": round(peer_s, 3) if peer_s is not None else "-",
        "ratio": round(ours_s / peer_s, 3) if peer_s else "-",
        "goal": goal,
        "rounds": rounds,
        "ours_all_s": [round(x, 4) for x in ours],
        "peer_all_s": [round(x, 3) for x in peer],
        **extra,
    }


def run(quick: bool) -> list[dict[str, object]]:
    count = 10 if quick else 100
    single_rounds, peer_rounds, batch_rounds = (1, 1, 1) if quick else (21, 5, 3)
    soffice = _soffice()
    peer_name = "LibreOffice headless, our DOCX" if soffice else "LibreOffice (not installed)"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = open_database(tmp / "demo.sdb", demo_if_new=True, today=DEMO_TODAY)
        try:
            with db.session() as session:
                ids = make_agreements(session, count)
            with db.session() as session:
                evaluated = session.scalar(select(Agreement.id).where(Agreement.status == AgreementStatus.EVALUATED))
                doc = build_document(session, evaluated)
            # One agreement: ours warm (the first render, which loads the fonts, reported apart).
            start = time.perf_counter()
            pages = len(PdfReader(io.BytesIO(render_pdf(doc))).pages)
            first = time.perf_counter() - start
            ours_one = []
            for _ in range(single_rounds):
                start = time.perf_counter()
                render_pdf(doc, tmp / "ours.pdf")
                ours_one.append(time.perf_counter() - start)
            docx = render_docx(doc, tmp / "avtale.docx")
            peer_one: list[float] = []
            profile = tmp / "lo-profile"
            if soffice:
                _convert(soffice, profile, [docx], tmp / "warm")  # sets up the profile: not timed
                peer_one = [_convert(soffice, profile, [docx], tmp / f"lo{i}") for i in range(peer_rounds)]
            # The batch: documents built from the database and laid out into one PDF.
            ours_batch = []
            for i in range(batch_rounds):
                with db.session() as session:
                    start = time.perf_counter()
                    render_many(session, ids, fmt="pdf", out=tmp / f"alle{i}.pdf", one_file=True)
                    ours_batch.append(time.perf_counter() - start)
            batch_pages = len(PdfReader(tmp / "alle0.pdf").pages)
            peer_batch: list[float] = []
            if soffice:
                folder = tmp / "docx"
                with db.session() as session:
                    sources = render_many(session, ids, fmt="docx", out=folder, one_file=False)
                peer_batch = [_convert(soffice, profile, sources, tmp / "lo-batch")]
        finally:
            db.close()
    return [
        _row("agreement to PDF (evaluated, warm)", ours_one, peer_name, peer_one, "ours <= 0.150 s", single_rounds,
             pages=pages, first_in_process_s=round(first, 3)),
        _row(f"{count} agreements to one PDF", ours_batch, peer_name, peer_batch,
             "ours <= 8 s" + (" (100 agreements; quick run uses 10)" if quick else ""), batch_rounds,
             agreements=count, pages=batch_pages),
    ]


if __name__ == "__main__":
    import sys

    for row in run("--quick" in sys.argv):
        print(row)
