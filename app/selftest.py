"""``styringsdialog --self-test``: prove an installed copy works, with no network and no Python.

Each step does what a user would do and reads the result back the way the user would see
it: the PDFs' text, the imported lines' sum, the database's integrity. Everything happens in
a temporary folder that is removed afterwards; the user's own data folder is not touched.
The window check (Qt) is added by ``ui.selftest``, since ``app`` does not import Qt.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.formatting import format_kroner
from app.storage.database import Database

ACCOUNTS_EXAMPLE = "Regnskap Lindvik kommune 2026.xlsx"


class SelfTestError(Exception):
    """A step's result was not what it should be; the message says what was wrong."""


@dataclass
class StepResult:
    name: str
    ok: bool
    seconds: float
    detail: str


@dataclass
class SelfTest:
    """The steps run so far; ``ok`` when every step passed."""

    steps: list[StepResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps)

    def run(self, name: str, step: Callable[[], str]) -> bool:
        """Run one step; a failure is recorded with its reason and the later steps still run."""
        start = time.perf_counter()
        try:
            detail, ok = step(), True
        except SelfTestError as failure:
            detail, ok = str(failure), False
        except Exception as exc:  # an unexpected error is a failed step, named, not a crash
            detail, ok = f"uventet feil: {type(exc).__name__}: {exc}", False
        self.steps.append(StepResult(name, ok, time.perf_counter() - start, detail))
        return ok

    def lines(self) -> list[str]:
        out = [f"{'OK ' if s.ok else 'FEIL'} {s.name} ({s.seconds:.1f} s): {s.detail}" for s in self.steps]
        passed = sum(s.ok for s in self.steps)
        out.append(f"Selvtest {'bestått' if self.ok else 'ikke bestått'}: {passed} av {len(self.steps)} steg i orden.")
        return out


def pdf_text(path: Path) -> tuple[int, str]:
    """The page count and the text of a PDF, read back with pdfium as a viewer would."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return len(pdf), "\n".join(texts)
    finally:
        pdf.close()


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def step_demo(db: Database, today: date) -> str:
    from app.demo import build_demo

    with db.session() as session:
        summary = build_demo(session, today=today)
    _require(summary.units > 10, f"demokommunen fikk bare {summary.units} enheter")
    _require(summary.agreements > 0, "demokommunen fikk ingen avtaler")
    return f"{summary.units} enheter, {summary.agreements} avtaler"


def step_agreement_pdf(db: Database, folder: Path) -> str:
    from sqlalchemy import select

    from app.agreements.builder import build_document
    from app.agreements.render_pdf import render_pdf
    from db.models import Agreement
    from db.models.enums import AgreementStatus

    out = folder / "avtale.pdf"
    with db.session() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.status == AgreementStatus.SIGNED)
                                    .order_by(Agreement.title).limit(1)).first()
        _require(agreement is not None, "fant ingen signert avtale i demokommunen")
        assert agreement is not None
        doc = build_document(session, agreement.id)
        render_pdf(doc, out)
        title = agreement.title
    pages, text = pdf_text(out)
    flat = " ".join(text.split())
    _require(pages >= 1, "PDF-en har ingen sider")
    _require(" ".join(title.split()) in flat, f"PDF-en mangler avtalens tittel «{title}»")
    _require(f"Side 1 av {pages}" in flat, "PDF-en mangler sidetallet «Side 1 av …»")
    return f"«{title}», {pages} sider"


def step_import_example(db: Database) -> str:
    from sqlalchemy import func, select

    from app.budget.importer import import_budget, plan_budget_import
    from app.resources import resource_path
    from db.models import BudgetLine

    path = resource_path("examples", ACCOUNTS_EXAMPLE)
    _require(path.is_file(), f"eksempelfilen «{ACCOUNTS_EXAMPLE}» mangler i programmet")
    plan = plan_budget_import(path)
    _require(not plan.problems, f"eksempelfilen har feil: {plan.problems[:1]}")
    with db.session() as session:
        result = import_budget(session, plan, set_name="Selvtest", kind="regnskap")
    with db.session() as session:
        stored = session.execute(
            select(func.count(), func.coalesce(func.sum(BudgetLine.amount_ore), 0))
            .where(BudgetLine.budget_set_id == result.set_id)).one()
    _require(stored[0] == result.lines and stored[0] > 0,
             f"{result.lines} linjer ble lest, men {stored[0]} ligger i databasen")
    expected = _file_total_ore(path)
    _require(stored[1] == expected, f"summen i databasen er {stored[1]} øre, i filen {expected} øre")
    return f"{stored[0]} linjer, {format_kroner(stored[1], decimals=True)} kr"


def _file_total_ore(path: Path) -> int:
    """The amount column's sum read straight from the workbook, independent of the importer."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = wb.worksheets[0].iter_rows(values_only=True)
        headers = [str(h or "").strip().lower() for h in next(rows)]
        column = next(i for i, h in enumerate(headers) if h.startswith(("beløp", "belop", "regnskap")))
        return sum(round(Decimal(str(row[column])) * 100) for row in rows
                   if row and isinstance(row[column], int | float))
    finally:
        wb.close()


def step_org_chart_pdf(db: Database, folder: Path, today: date) -> str:
    from sqlalchemy import select

    from app.org.chart_export import export_chart
    from app.org.queries import current_version
    from db.models import Unit

    out = folder / "organisasjonskart.pdf"
    with db.session() as session:
        version = current_version(session)
        _require(version is not None, "demokommunen har ingen organisasjonsversjon")
        assert version is not None
        export_chart(session, version.id, "pdf", out, on=today)
        top = session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.parent_id.is_(None))).first()
        _require(top is not None, "organisasjonen har ingen toppenhet")
        assert top is not None
        top_name = top.name
    pages, text = pdf_text(out)
    _require(pages >= 1, "organisasjonskartet har ingen sider")
    _require(top_name in " ".join(text.split()), f"organisasjonskartet mangler toppenheten «{top_name}»")
    return f"{pages} side(r), toppenhet «{top_name}»"


def step_encryption(db: Database, folder: Path) -> str:
    """SQLCipher is in the bundle and works: an encrypted copy holds no readable unit name and
    opens with its passphrase only."""
    from sqlalchemy import func, select, text

    from app.storage.encryption import WrongPassphraseError, open_engine
    from db import cipher
    from db.models import Unit

    assert db.path is not None
    out = folder / "kryptert.sdb"
    with db.session() as session:
        units = session.scalar(select(func.count()).select_from(Unit))
        name = session.scalars(select(Unit.name).order_by(Unit.name).limit(1)).one()
    # Encrypt a backup copy, not the open file: SQLite's POSIX locks are per library copy, and
    # SQLCipher is a second copy of SQLite in this process.
    from app.storage.backup import make_backup

    plain = make_backup(db.path, folder / "kopi.sdb").path
    cipher.encrypt_file(plain, out, "selvtest-passord")
    _require(name.encode() not in out.read_bytes(), f"den krypterte kopien har «{name}» i klartekst")
    engine = open_engine(out, "selvtest-passord")
    try:
        with engine.connect() as conn:
            copied = conn.execute(text("SELECT count(*) FROM unit")).scalar()
    finally:
        engine.dispose()
    _require(copied == units, f"den krypterte kopien har {copied} enheter, originalen {units}")
    try:
        open_engine(out, "feil passord").dispose()
    except WrongPassphraseError:
        pass
    else:
        raise SelfTestError("den krypterte kopien åpnet med feil passord")
    return f"SQLCipher {cipher.cipher_version()}, {copied} enheter i en kryptert kopi"


def step_integrity(db: Database) -> str:
    from db.check import check_database

    report = check_database(db.engine)
    _require(report.ok, f"databasen er ikke i orden: {report.integrity or report.revision}")
    return f"uskadet, skjema {report.revision}"


def run_self_test(today: date | None = None, *, window_check: Callable[[Database], str] | None = None,
                  keep: Path | None = None) -> SelfTest:
    """Run every step in a fresh temporary folder (or ``keep``, left in place for a look)."""
    from app.storage.database import open_database

    today = today or date.today()
    test = SelfTest()
    with tempfile.TemporaryDirectory(prefix="styringsdialog-selvtest-") as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        holder: dict[str, Database] = {}

        def create() -> str:
            holder["db"] = open_database(folder / "selvtest.sdb")
            return str(folder / "selvtest.sdb")

        if test.run("Lag en tom database", create):
            db = holder["db"]
            try:
                if test.run("Fyll inn demokommunen", lambda: step_demo(db, today)):
                    test.run("Skriv en avtale som PDF", lambda: step_agreement_pdf(db, folder))
                    test.run("Importer en eksempelarbeidsbok", lambda: step_import_example(db))
                    test.run("Skriv organisasjonskartet som PDF", lambda: step_org_chart_pdf(db, folder, today))
                    test.run("Krypter en kopi", lambda: step_encryption(db, folder))
                    if window_check is not None:
                        test.run("Tegn vinduet", lambda: window_check(db))
                test.run("Kontroller databasen", lambda: step_integrity(db))
            finally:
                db.close()
    return test
