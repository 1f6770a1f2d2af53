"""``styringsdialog agreement render``: by id or prefix, --all with --period, one file or a folder, errors.

Once ``app.cli`` registers the command, these run through the program's own entry point
(``ui.main.main``); until then through a parser built the same way as ``app.cli``'s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import select

from app.agreements.cli import add_agreement_commands, run_agreement
from app.errors import AppError
from app.storage.database import open_database
from db.models import Agreement
from tests.app.agreements.test_render_pdf import flat

ROOT = Path(__file__).resolve().parents[3]


def _registered() -> bool:
    from app.cli import COMMANDS

    return "agreement" in COMMANDS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``styringsdialog ARGV`` and return the exit code, stdout and stderr."""
    if _registered():
        from ui.main import main

        code = main(list(argv))
    else:  # the same parser and error handling as app.cli
        common = argparse.ArgumentParser(add_help=False)
        common.add_argument("--db", default=argparse.SUPPRESS)
        common.add_argument("--json", action="store_true")
        parser = argparse.ArgumentParser(prog="styringsdialog")
        add_agreement_commands(parser.add_subparsers(dest="command"), common)
        args = parser.parse_args(list(argv))
        try:
            code = run_agreement(args)
        except AppError as err:
            print(f"styringsdialog: {err}", file=sys.stderr)
            code = 1
    out, err = capsys.readouterr()
    return code, out, err


def agreements(db_path: Path) -> list[tuple[uuid.UUID, str, int, int]]:
    db = open_database(db_path)
    try:
        with db.session() as session:
            return [(a.id, a.unit.name, a.period_start.year, a.revision)
                    for a in session.scalars(select(Agreement).order_by(Agreement.period_start))]
    finally:
        db.close()


def current(db_path: Path) -> list[tuple[uuid.UUID, str, int, int]]:
    """The agreements a user counts: no revision that a newer revision of it replaced."""
    db = open_database(db_path)
    try:
        with db.session() as session:
            replaced = set(session.scalars(select(Agreement.revision_of_id).where(
                Agreement.revision_of_id.is_not(None))))
    finally:
        db.close()
    return [a for a in agreements(db_path) if a[0] not in replaced]


def result_ids(db_path: Path) -> set[uuid.UUID]:
    """The result agreements (the demo also has leader agreements, issue 19)."""
    db = open_database(db_path)
    try:
        with db.session() as session:
            return set(session.scalars(select(Agreement.id).where(Agreement.kind == "result")))
    finally:
        db.close()


def test_render_one_agreement_by_a_prefix_of_its_id(demo_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    agreement_id, unit, year, _ = next(a for a in reversed(agreements(demo_path)) if a[3] == 1 and a[2] == 2026
                                       and a[0] in result_ids(demo_path))
    out = tmp_path / "ut" / "avtale.pdf"
    out.parent.mkdir()
    code, stdout, stderr = run(capsys, "agreement", "render", str(agreement_id)[:8], "--db", str(demo_path),
                               "-o", str(out))
    assert (code, stderr) == (0, "") and stdout.strip() == f"Skrev {out}"
    text = flat(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert unit in text and f"Resultatavtale {year}" in text and "Side 1 av" in text


def test_render_as_docx_by_full_id_with_json(demo_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    agreement_id, unit, _, _ = agreements(demo_path)[0]
    out = tmp_path / "ut" / "avtale.docx"
    out.parent.mkdir()
    code, stdout, _ = run(capsys, "agreement", "render", str(agreement_id).upper(), "--db", str(demo_path),
                          "-o", str(out), "--json")
    assert code == 0
    assert json.loads(stdout) == {"format": "docx", "agreements": 1, "files": [str(out)]}
    assert unit in " ".join(p.text for p in Document(str(out)).paragraphs)


def test_render_into_a_folder_names_the_file_after_the_agreement(demo_path: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    agreement_id, unit, year, _ = agreements(demo_path)[0]
    folder = tmp_path / "ut"
    folder.mkdir()
    code, stdout, _ = run(capsys, "agreement", "render", agreement_id.hex, "--db", str(demo_path), "-o",
                          str(folder), "--format", "pdf")
    files = list(folder.iterdir())
    assert code == 0 and len(files) == 1 and files[0].name.startswith(f"{year} {unit} – ")
    assert stdout.strip() == f"Skrev {files[0]}"


def test_all_of_a_period_into_a_folder_one_file_each(demo_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    in_2026 = [a for a in current(demo_path) if a[2] == 2026]
    folder = tmp_path / "avtaler"
    code, stdout, _ = run(capsys, "agreement", "render", "--all", "--period", "2026", "--db", str(demo_path),
                          "-o", str(folder), "--format", "docx", "--json")
    assert code == 0
    data = json.loads(stdout)
    assert data["agreements"] == len(in_2026) >= 30 and data["format"] == "docx"
    assert sorted(data["files"]) == sorted(str(p) for p in folder.iterdir())
    assert all(Path(f).name.startswith("2026 ") and f.endswith(".docx") for f in data["files"])


def test_all_into_one_pdf(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ut" / "alle.pdf"
    out.parent.mkdir()
    code, stdout, _ = run(capsys, "agreement", "render", "--all", "--one-file", "--db", str(demo_path),
                          "-o", str(out))
    n = len(current(demo_path))
    assert code == 0 and stdout.splitlines() == [f"Skrev {out}", f"{n} avtaler i 1 fil."]
    reader = PdfReader(out)
    assert len(reader.outline) == n and len(reader.pages) >= n


def test_an_ambiguous_prefix_or_unknown_id_is_refused(demo_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    first_id = agreements(demo_path)[0][0]
    twin = uuid.UUID(first_id.hex[:6] + "0" * 26 if first_id.hex[6] != "0" else first_id.hex[:6] + "f" * 26)
    db = open_database(demo_path)
    try:
        with db.session() as session:  # a second agreement whose id starts like the first
            source = session.get(Agreement, first_id)
            session.add(Agreement(id=twin, template_id=source.template_id, unit_id=source.unit_id,
                                  leader_id=source.leader_id, superior_id=source.superior_id, kind=source.kind,
                                  title=source.title, period_start=source.period_start,
                                  period_end=source.period_end, values=dict(source.values)))
    finally:
        db.close()
    out = tmp_path / "ut.pdf"
    code, stdout, stderr = run(capsys, "agreement", "render", first_id.hex[:6], "--db", str(demo_path),
                               "-o", str(out))
    assert code == 1 and stdout == "" and "passer med 2 avtaler" in stderr and not out.exists()
    code, _, stderr = run(capsys, "agreement", "render", first_id.hex[:7], "--db", str(demo_path), "-o", str(out))
    assert code == 0 and out.exists()
    code, _, stderr = run(capsys, "agreement", "render", "ffffffffffff", "--db", str(demo_path), "-o", str(out))
    assert code == 1 and "Fant ingen avtale med id «ffffffffffff»" in stderr
    code, _, stderr = run(capsys, "agreement", "render", "Haugtun", "--db", str(demo_path), "-o", str(out))
    assert code == 1 and "«Haugtun» er ikke en avtale-id" in stderr


def test_wrong_combinations_are_one_line_errors(demo_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = run(capsys, "agreement", "render", "--all", "--one-file", "--format", "docx",
                          "--db", str(demo_path), "-o", str(tmp_path / "x.docx"))
    assert code == 1 and "bare lages som PDF" in stderr and len(stderr.strip().splitlines()) == 1
    code, _, stderr = run(capsys, "agreement", "render", "--all", "--period", "1999", "--db", str(demo_path),
                          "-o", str(tmp_path / "ut"))
    assert code == 1 and "ingen avtaler som gjelder i 1999" in stderr
    code, _, stderr = run(capsys, "agreement", "render", "--all", "--db", str(tmp_path / "mangler.sdb"),
                          "-o", str(tmp_path / "ut"))
    assert code == 1 and "finnes ikke" in stderr and not (tmp_path / "mangler.sdb").exists()


def test_building_the_parser_does_not_load_the_renderers() -> None:
    """The window builds this parser at start-up; reportlab and python-docx must wait."""
    code = ("import sys; import app.agreements.cli; "
            "print(sorted(m for m in ('reportlab', 'docx', 'pypdfium2', 'pypdf') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
