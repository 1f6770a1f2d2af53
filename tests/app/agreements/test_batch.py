"""Many agreements at once, from the demo database: one PDF, or a folder of files; cancelling."""

from __future__ import annotations

import io
import re
from pathlib import Path
from uuid import UUID

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import select

from app.agreements.batch import render_many, safe_file_name
from app.agreements.builder import build_document
from app.agreements.render_pdf import render_pdf
from app.errors import AppError
from app.storage.database import Database
from db.models import Agreement, Unit
from tests.app.agreements.test_render_pdf import flat

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def demo_ids(db: Database) -> list[UUID]:
    with db.session() as session:
        return list(session.scalars(select(Agreement.id).order_by(Agreement.period_start, Agreement.title,
                                                                   Agreement.revision)))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the output (the demo database lies in tmp_path)."""
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


def test_one_pdf_holds_every_agreement_each_numbered_from_side_1(demo_db: Database, out_dir: Path) -> None:
    ids = demo_ids(demo_db)
    n = len(ids)  # every result unit's agreement for the year, and the older ones (issue 19's demo)
    assert n >= 30
    calls: list[tuple[int, int]] = []
    with demo_db.session() as session:
        docs = [build_document(session, i) for i in ids]
        sizes = [len(PdfReader(io.BytesIO(render_pdf(doc))).pages) for doc in docs]
        files = render_many(session, ids, fmt="pdf", out=out_dir / "alle.pdf", one_file=True,
                            progress=lambda done, total: calls.append((done, total)) or True)
    assert files == [out_dir / "alle.pdf"] and list(out_dir.iterdir()) == files
    reader = PdfReader(files[0])
    assert len(reader.pages) == sum(sizes)
    pages = [flat(p.extract_text() or "") for p in reader.pages]
    first = 0
    for size, doc in zip(sizes, docs, strict=True):  # each agreement from a new page, numbered alone
        assert f"Side 1 av {size}" in pages[first] and doc.subtitle in pages[first]
        assert f"Side {size} av {size}" in pages[first + size - 1]
        first += size
    assert [o.title for o in reader.outline] == [f"{doc.title} – {doc.subtitle}" for doc in docs]  # bookmarks
    with demo_db.session() as session:
        years = sorted({y for a in session.scalars(select(Agreement)) for y in (a.period_start.year,
                                                                              a.period_end.year)})
    assert reader.metadata.title == f"Avtaler {years[0]}–{years[-1]}"
    assert calls[-1] == (n, n) and all(total == n for _, total in calls)
    assert [done for done, _ in calls if done] == sorted(done for done, _ in calls if done)


def test_one_pdf_into_a_folder_gets_a_name_of_its_own(demo_db: Database, out_dir: Path) -> None:
    with demo_db.session() as session:
        # one agreement of one year, and two spanning two years (issue 19's demo has longer ones too)
        one_year = [a.id for a in session.scalars(select(Agreement)) if a.period_start.year == a.period_end.year]
        first = session.get_one(Agreement, one_year[0])
        other = next(i for i in one_year if session.get_one(Agreement, i).period_start.year != first.period_start.year)
        files = render_many(session, [first.id], fmt="pdf", out=out_dir, one_file=True)
        span = sorted({first.period_start.year, session.get_one(Agreement, other).period_start.year})
        assert render_many(session, [first.id, other], fmt="pdf", out=out_dir, one_file=True) == [
            out_dir / f"Avtaler {span[0]}–{span[1]}.pdf"]
    assert files == [out_dir / f"Avtaler {first.period_start.year}.pdf"] and files[0].read_bytes().startswith(b"%PDF")


def test_a_folder_gets_one_safely_named_file_per_agreement(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "avtaler 2026"  # created when missing
    ids = demo_ids(demo_db)
    with demo_db.session() as session:
        files = render_many(session, ids, fmt="pdf", out=out, one_file=False)
        expected = {}
        for agreement_id in ids:
            agreement = session.get(Agreement, agreement_id)
            unit = session.get(Unit, agreement.unit_id)
            expected[agreement_id] = (agreement.period_start.year, unit.name, agreement.leader.full_name,
                                      agreement.revision)
    assert sorted(out.iterdir()) == sorted(files) and len(files) == len(ids)
    names = [f.name for f in files]
    assert len({n.lower() for n in names}) == len(ids)  # distinct also where case does not count (Windows)
    for path, agreement_id in zip(files, ids, strict=True):
        year, unit, leader, revision = expected[agreement_id]
        assert path.name.startswith(f"{year} {unit} – {leader}") and path.suffix == ".pdf"
        assert not WINDOWS_FORBIDDEN.search(path.stem) and not path.stem.endswith((".", " "))
        if "(revisjon" in path.name:
            assert path.stem.endswith(f"(revisjon {revision})")
        assert unit in flat(PdfReader(path).pages[0].extract_text())
    # The renegotiated agreement has two revisions in the same year: the names say which is which.
    revised = [n for n in names if "(revisjon" in n]
    assert len(revised) == 2 and {n[n.index("(revisjon"):] for n in revised} == {"(revisjon 1).pdf",
                                                                                   "(revisjon 2).pdf"}


def test_docx_files_in_a_folder_open_in_python_docx(demo_db: Database, out_dir: Path) -> None:
    ids = demo_ids(demo_db)[:3]
    with demo_db.session() as session:
        files = render_many(session, ids, fmt="docx", out=out_dir, one_file=False)
        units = [session.get(Agreement, i).unit.name for i in ids]
    assert [f.suffix for f in files] == [".docx"] * 3
    for path, unit in zip(files, units, strict=True):
        document = Document(str(path))
        assert unit in " ".join(p.text for p in document.paragraphs)


def test_cancelling_a_folder_leaves_nothing_behind(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "ny mappe"
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 3  # the user presses Avbryt after the third agreement

    with demo_db.session() as session:
        assert render_many(session, demo_ids(demo_db), fmt="pdf", out=out, one_file=False, progress=progress) == []
    assert seen == [1, 2, 3]
    assert not out.exists()  # the folder it made is gone again, and with it every temporary file
    existing = tmp_path / "finnes"
    existing.mkdir()
    (existing / "notat.txt").write_text("mitt")
    with demo_db.session() as session:
        assert render_many(session, demo_ids(demo_db), fmt="docx", out=existing, one_file=False,
                           progress=lambda done, total: done < 2) == []
    assert [p.name for p in existing.iterdir()] == ["notat.txt"]  # the user's own files stay


def test_cancelling_one_pdf_writes_no_file(demo_db: Database, out_dir: Path) -> None:
    out = out_dir / "alle.pdf"
    with demo_db.session() as session:
        result = render_many(session, demo_ids(demo_db), fmt="pdf", out=out, one_file=True,
                             progress=lambda done, total: done < 4)
    assert result == [] and list(out_dir.iterdir()) == []


def test_wrong_requests_are_clear_errors(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        with pytest.raises(AppError, match="bare lages som PDF"):
            render_many(session, demo_ids(demo_db), fmt="docx", out=tmp_path / "x.docx", one_file=True)
        with pytest.raises(AppError, match="ingen avtaler"):
            render_many(session, [], fmt="pdf", out=tmp_path, one_file=False)
        (tmp_path / "fil.txt").write_text("")
        with pytest.raises(AppError, match="er en fil, ikke en mappe"):
            render_many(session, demo_ids(demo_db), fmt="pdf", out=tmp_path / "fil.txt", one_file=False)


@pytest.mark.parametrize(("name", "safe"), [
    ("2026 Haugtun skole – Elisabeth Holm", "2026 Haugtun skole – Elisabeth Holm"),
    ('2026 Bygg/anlegg: «Vei» og "park"?', "2026 Bygganlegg «Vei» og park"),
    ("2026 Enhet med punktum. ", "2026 Enhet med punktum"),
    ("CON", "_CON"),
    ("lpt1.tekst", "_lpt1.tekst"),
    ("<>|*", "avtale"),
    ("a\tb\nc", "a b c"),
])
def test_safe_file_names_are_valid_on_windows(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_a_long_name_is_cut_without_a_trailing_space() -> None:
    name = safe_file_name("2026 " + "Svært langt enhetsnavn " * 20)
    assert len(name) <= 150 and not name.endswith(" ")
