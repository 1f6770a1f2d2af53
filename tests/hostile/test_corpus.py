"""Every file of the hostile corpus through both importers (DESIGN.md §7, docs/RELIABILITY.md).

Each ends as its case says: refused with an :class:`~app.errors.AppError` whose message names
the file (and says why), or imported with the table's text kept as text; within 10 s and
1 GB of resident memory (each run is a forked child with 1.5 GB of address space); touching
no file outside the program and the corpus, no socket, no other program; and with the
database unchanged when refused, or changed only by the import's own tables when imported.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.hostile.corpus import CANARY, TOTAL_ORE, Case, build

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 30.0  # a bound for a hang, not a benchmark: the slowest case takes about 1.5 s on a quiet machine
PEAK_MB = 1024
IMPORT_TABLES = {
    "budget": {"budget_set", "budget_line", "audit_entry", "setting"},
    "org": {"org_version", "unit", "unit_ansvar", "person", "position", "audit_entry", "municipality"},
}

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the runner forks a child per file"),
    pytest.mark.slow,  # every crafted file in a child process
]


def _base_database(path: Path, folder: Path) -> None:
    """A database with a current organisation and an accounts set, as a user's would have."""
    from app.budget.importer import import_budget, plan_budget_import
    from app.org.importer import import_units, plan_import
    from app.storage.database import open_database

    table = folder / "grunnlag.csv"
    table.write_text("Id;Overordnet;Navn;Ansvar;Art;Beløp\r\n1;;Kommunen;9000;10100;1\r\n2;1;Skolen;9100;10100;2\r\n",
                     encoding="utf-8")
    db = open_database(path)
    try:
        with db.session() as session:
            import_budget(session, plan_budget_import(table), set_name="Regnskap før", kind="regnskap", year=2026)
        with db.session() as session:
            import_units(session, plan_import(table), version_name="Gjeldende", today=date(2026, 11, 23))
    finally:
        db.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copies take the main file only
    connection.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Case], dict[tuple[str, str], dict]]:
    root = tmp_path_factory.mktemp("fiendtlige-filer")
    env = {**os.environ, "STYRINGSDIALOG_DATA_DIR": str(root / "data"), "PYTHONPATH": str(ROOT)}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STYRINGSDIALOG_DATA_DIR", env["STYRINGSDIALOG_DATA_DIR"])
        cases = build(root / "filer")
        _base_database(root / "grunnlag.sdb", root)
    out = root / "resultater.json"
    subprocess.run([sys.executable, "-m", "tests.hostile.runner", str(root / "filer"), str(root / "grunnlag.sdb"),
                    str(out)], cwd=ROOT, env=env, check=True, timeout=900)
    results = json.loads(out.read_text(encoding="utf-8"))
    _keep_figures(cases, results)
    return cases, {(r["case"], r["importer"]): r for r in results}


def _keep_figures(cases: list[Case], results: list[dict]) -> None:
    """The run's figures for docs/RELIABILITY.md, in artifacts/ (CI keeps the folder)."""
    folder = ROOT / "artifacts"
    folder.mkdir(exist_ok=True)
    about = {c.name: c.about for c in cases}
    rows = [{"case": r["case"], "importer": r["importer"], "outcome": r["outcome"],
             "seconds": round(r["seconds"] or 0, 3), "peak_mb": round(r["peak_kb"] / 1024, 1),
             "about": about.get(r["case"], "")} for r in results]
    (folder / "hostile-files.json").write_text(json.dumps(
        {"files": len(cases), "runs": len(results), "idle_mb": round(results[0]["idle_kb"] / 1024, 1),
         "results": rows}, ensure_ascii=False, indent=1), encoding="utf-8")


def problems_with(case: Case, importer: str, report: dict | None) -> list[str]:
    """What is wrong with how one run ended; empty when it ended as the case says."""
    if report is None:
        return ["no report"]
    expect = case.expect(importer)
    found: list[str] = []
    outcome = report["outcome"]
    if outcome != expect.outcome:
        found.append(f"{outcome} ({report.get('error')}: {report.get('message', '')[:600]}), "
                     f"expected {expect.outcome}")
    message = report.get("message") or ""
    if outcome == "refused":
        if Path(case.file).name not in message:
            found.append(f"the message does not name the file: {message[:300]}")
        missing = [w for w in expect.words if w.casefold() not in message.casefold()]
        if missing:
            found.append(f"the message lacks {missing}: {message[:300]}")
        if report["changed_tables"]:
            found.append(f"refused, but the database changed: {report['changed_tables']}")
    if outcome == "imported":
        if report["texts"] != sorted(expect.names):
            found.append(f"imported {report['texts']}, expected {sorted(expect.names)}")
        if importer == "budget" and not report["total_ore"] == report["plan_total_ore"] == TOTAL_ORE:
            found.append(f"total {report['total_ore']} øre, plan {report['plan_total_ore']}, file {TOTAL_ORE}")
        stray = set(report["changed_tables"]) - IMPORT_TABLES[importer]
        if stray:
            found.append(f"the import changed other tables: {sorted(stray)}")
    if report["seconds"] is None or report["seconds"] >= SECONDS:
        found.append(f"took {report['seconds']} s")
    if report["peak_kb"] >= PEAK_MB * 1024:
        found.append(f"peak memory {report['peak_kb'] // 1024} MB")
    if report["events"]:
        found.append(f"reached outside: {report['events'][:5]}")
    if CANARY in message or CANARY in json.dumps(report.get("texts", [])):
        found.append("the canary file's secret came through")
    return found


@pytest.mark.parametrize("importer", ["budget", "org"])
def test_every_hostile_file_ends_as_its_case_says(corpus: tuple[list[Case], dict], importer: str) -> None:
    cases, results = corpus
    failures = {case.name: problems for case in cases
                if (problems := problems_with(case, importer, results.get((case.name, importer))))}
    assert not failures, "\n".join(f"{name}: {'; '.join(p)}" for name, p in failures.items())


def test_the_corpus_has_every_kind_of_file_the_issue_names(corpus: tuple[list[Case], dict]) -> None:
    names = {case.name for case in corpus[0]}
    for wanted in ("corrupt_zip", "truncated_50", "entity_bomb_sheet1", "entity_bomb_sharedstrings",
                   "entity_bomb_content_types", "entity_bomb_workbook", "quadratic_blowup", "xxe_file", "zip_bomb",
                   "zip_many_members", "zip_overlapping", "zip_nested", "shared_strings_2m", "shared_strings_210mb",
                   "rows_2m", "formula_text", "formula_cells", "external_links", "xlsm_macros", "xlsb_as_xlsx",
                   "xls_as_xlsx", "ods_as_xlsx", "encrypted", "csv_utf16_bom", "csv_cp1252", "csv_gbk", "csv_nul",
                   "csv_50mb_line", "empty_csv", "directory", "odd_name"):
        assert wanted in names
    refused = sum(1 for case in corpus[0] for i in ("budget", "org") if case.expect(i).outcome == "refused")
    assert refused >= 80 and len(corpus[1]) == 2 * len(corpus[0])


def test_problems_with_catches_a_run_that_breaks_the_promise() -> None:
    """The checker itself: a run that imported what should be refused, took too long, changed
    the database and read a file outside is reported on every count."""
    from tests.hostile.corpus import refused

    case = Case("x", "x.xlsx", "", refused("DTD"), refused("DTD"))
    bad = {"outcome": "imported", "message": "", "texts": ["a"], "total_ore": 1, "plan_total_ore": 1,
           "changed_tables": ["unit_x"], "seconds": SECONDS + 1, "peak_kb": 2 << 20, "events": ["open /etc/passwd"]}
    found = " | ".join(problems_with(case, "org", bad))
    for sign in ("expected refused", "changed other tables", f"took {SECONDS + 1} s", "peak memory", "reached outside"):
        assert sign in found
    refused_run = {"outcome": "refused", "message": "Noe gikk galt", "changed_tables": ["unit"], "seconds": 0.1,
                   "peak_kb": 1000, "events": []}
    found = problems_with(case, "org", refused_run)
    assert any("name the file" in f for f in found) and any("lacks" in f for f in found)
    assert any("database changed" in f for f in found)
