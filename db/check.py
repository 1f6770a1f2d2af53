"""Health of a database: SQLite's integrity and foreign-key checks and the schema revision."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, text

from db.migrate import current_revision, head_revision


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)  # problems; empty when ok
    foreign_key_problems: int = 0
    revision: str | None = None
    head: str = ""

    @property
    def schema_ok(self) -> bool:
        return self.revision == self.head

    @property
    def ok(self) -> bool:
        return not self.integrity and self.foreign_key_problems == 0 and self.schema_ok


def check_database(engine: Engine, *, quick: bool = False) -> CheckReport:
    report = CheckReport(revision=current_revision(engine), head=head_revision())
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}"))]
            report.integrity = [r for r in rows if r != "ok"]
            report.foreign_key_problems = len(conn.execute(text("PRAGMA foreign_key_check")).all())
    return report
