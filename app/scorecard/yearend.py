"""Year end: each result unit's result against the revised budget (the year's newest budget set)
and a proposal for carrying the surplus (mindreforbruk) or deficit (merforbruk) into next year by
the municipality's rule, as a report for the politicians (PDF, xlsx).

The rule (:class:`CarryOverRule`, stored in the setting ``scorecard.carry_over``): a surplus is
carried only when the unit met its agreed goals (``require_goals``), at most ``cap_pct`` per cent
of its operating budget, and never beyond the buffer of ``buffer_pct`` per cent; a deficit is
carried in full, covered over ``deficit_years`` years (this year's share proposed). Goals are met
when every goal of the unit's result agreement for the year has the superior's assessment
«tilfredsstillende» or «stor grad»; without assessments, when no goal was «ikke på sporet» in the
year's last meeting with statuses.

:func:`year_end` reads; :func:`write_year_end` writes the PDF or workbook.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.budget.views import unit_figures
from app.errors import AppError
from app.followup.summary import compared_budget
from app.formatting import format_kroner
from app.org.queries import current_version
from app.storage.files import write_atomically
from db.models import (
    Agreement,
    AgreementKind,
    Assessment,
    Assessor,
    Goal,
    Meeting,
    MeetingGoalStatus,
    Setting,
    Unit,
    UnitKind,
)

SETTING_KEY = "scorecard.carry_over"


@dataclass(frozen=True)
class CarryOverRule:
    require_goals: bool = True
    cap_pct: float = 5.0
    buffer_pct: float = 3.0
    deficit_years: int = 2

    def describe(self) -> str:
        goals = "bare når enheten har nådd målene i avtalen, " if self.require_goals else ""
        return (f"Mindreforbruk overføres {goals}høyst {self.cap_pct:g} % av driftsbudsjettet og innenfor en buffer "
                f"på {self.buffer_pct:g} %. Merforbruk dekkes inn over {self.deficit_years} år.")


def carry_over_rule(session: Session) -> CarryOverRule:
    """The municipality's rule (the defaults until one is saved)."""
    stored = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    if not isinstance(stored, dict):
        return CarryOverRule()
    return CarryOverRule(bool(stored.get("require_goals", True)), float(stored.get("cap_pct", 5.0)),
                         float(stored.get("buffer_pct", 3.0)), int(stored.get("deficit_years", 2)))


def save_carry_over_rule(session: Session, rule: CarryOverRule) -> CarryOverRule:
    """Save the rule (one user action)."""
    if not 0 <= rule.cap_pct <= 100 or not 0 <= rule.buffer_pct <= 100:
        raise AppError("Taket og bufferen må være prosenter mellom 0 og 100.")
    if rule.deficit_years < 1:
        raise AppError("Merforbruk må dekkes inn over minst ett år.")
    row = session.scalar(select(Setting).where(Setting.key == SETTING_KEY))
    value = {"require_goals": rule.require_goals, "cap_pct": rule.cap_pct, "buffer_pct": rule.buffer_pct,
             "deficit_years": rule.deficit_years}
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=value))
    else:
        row.value = value
    session.flush()
    return rule


@dataclass(frozen=True)
class YearEndRow:
    unit: str
    budget: int  # øre, the revised budget for the year
    actual: int | None
    result: int | None  # budget - actual: positive is mindreforbruk
    goals_met: bool | None  # None: not assessed
    proposal: int  # øre carried into next year (negative: a deficit to cover)
    reason: str


@dataclass(frozen=True)
class YearEnd:
    year: int
    municipality: str
    rule: CarryOverRule
    rows: list[YearEndRow]
    accounts_through: int

    @property
    def total_proposal(self) -> int:
        return sum(r.proposal for r in self.rows)


def _goals_met(session: Session, lineage: Any, year: int) -> bool | None:
    agreements = list(session.scalars(select(Agreement.id).where(
        Agreement.unit_lineage_id == lineage, Agreement.kind == AgreementKind.RESULT,
        Agreement.period_start <= date(year, 12, 31), Agreement.period_end >= date(year, 1, 1))))
    if not agreements:
        return None
    scales = list(session.scalars(select(Assessment.scale).join(Goal, Goal.id == Assessment.goal_id).where(
        Goal.agreement_id.in_(agreements), Assessment.assessor == Assessor.SUPERIOR)))
    if scales:
        return all(s is not None and s >= 2 for s in scales)
    last = session.scalar(select(Meeting.id).join(MeetingGoalStatus, MeetingGoalStatus.meeting_id == Meeting.id)
                          .where(Meeting.unit_lineage_id == lineage, Meeting.year == year)
                          .order_by(Meeting.month.desc()).limit(1))
    if last is None:
        return None
    statuses = list(session.scalars(select(MeetingGoalStatus.status).where(MeetingGoalStatus.meeting_id == last)))
    return all(s.value != "off_track" for s in statuses)


def _round_krone(ore: float) -> int:
    return round(ore / 100) * 100


def year_end(session: Session, year: int, rule: CarryOverRule | None = None) -> YearEnd:
    """Per result unit of the current org chart: budget, accounts, result and the proposal."""
    from app.scorecard.model import municipality

    rule = rule or carry_over_rule(session)
    version = current_version(session)
    if version is None:
        raise AppError("Det finnes ikke noe gjeldende organisasjonskart.")
    units = session.execute(select(Unit.lineage_id, Unit.name).where(
        Unit.org_version_id == version.id, Unit.kind == UnitKind.RESULT_UNIT).order_by(Unit.sort_order, Unit.name))
    rows: list[YearEndRow] = []
    through = 0
    for lineage, name in units:
        figures = unit_figures(session, lineage, year, 12)
        if figures is None:
            continue
        through = max(through, figures.actual_through)
        actual = figures.actual_ytd
        # Like with like: the budget for the months the accounts cover (the whole year at year end).
        budget_cmp = compared_budget(figures) if actual is not None else figures.budget_year
        result = None if actual is None else budget_cmp - actual
        met = _goals_met(session, lineage, year)
        if result is None:
            rows.append(YearEndRow(name, figures.budget_year, None, None, met, 0, "Ikke regnskap for året."))
            continue
        budget = abs(budget_cmp)
        if result >= 0:
            limit = min(rule.cap_pct, rule.buffer_pct) / 100 * budget
            if rule.require_goals and not met:
                proposal, reason = 0, ("Målene er ikke vurdert." if met is None else "Målene er ikke nådd.")
            elif result > limit:
                proposal, reason = _round_krone(limit), (f"Begrenset til {min(rule.cap_pct, rule.buffer_pct):g} % "
                                                         "av budsjettet.")
            else:
                proposal, reason = result, "Hele mindreforbruket."
        else:
            proposal = _round_krone(result / rule.deficit_years)
            reason = f"Merforbruket dekkes inn over {rule.deficit_years} år."
        rows.append(YearEndRow(name, budget_cmp, actual, result, met, proposal, reason))
    if not rows:
        raise AppError(f"Det finnes ikke noe budsjett for {year}. Importer budsjett og regnskap for året først.")
    return YearEnd(year, municipality(session).name, rule, rows, through)


def _met_text(met: bool | None) -> str:
    return {True: "ja", False: "nei", None: "ikke vurdert"}[met]


def write_year_end(report: YearEnd, out: Path, fmt: str) -> Path:
    """Write the year-end report as ``pdf`` or ``xlsx``."""
    return write_atomically(Path(out), _pdf(report) if fmt == "pdf" else _xlsx(report))


HEADERS = ("Enhet", "Budsjett (kr)", "Regnskap (kr)", "Resultat (kr)", "Mål nådd", "Forslag overført (kr)",
           "Begrunnelse")


def _xlsx(report: YearEnd) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from app.budget.export import kroner

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f"Årsavslutning {report.year}"
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in report.rows:
        ws.append([r.unit, kroner(r.budget), None if r.actual is None else kroner(r.actual),
                   None if r.result is None else kroner(r.result), _met_text(r.goals_met), kroner(r.proposal),
                   r.reason])
    last = ws.max_row
    ws.append(["Sum", f"=SUM(B2:B{last})", f"=SUM(C2:C{last})", f"=SUM(D2:D{last})", "", f"=SUM(F2:F{last})", ""])
    ws.append([])
    ws.append([report.rule.describe()])
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _pdf(report: YearEnd) -> bytes:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.agreements.render_pdf import BODY, CELL, META, REGULAR, TITLE, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    size = landscape(A4)
    doc = SimpleDocTemplate(buffer, pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=f"Årsavslutning {report.year}")
    width = size[0] - 30 * mm

    def kr(ore: int | None) -> str:
        return "–" if ore is None else format_kroner(ore)

    data: list[list[object]] = [list(HEADERS)]
    for r in report.rows:
        data.append([Paragraph(escape(r.unit), CELL), kr(r.budget), kr(r.actual), kr(r.result), _met_text(r.goals_met),
                     kr(r.proposal), Paragraph(escape(r.reason), CELL)])
    data.append(["Sum", kr(sum(r.budget for r in report.rows)),
                 kr(sum(r.actual or 0 for r in report.rows)), kr(sum(r.result or 0 for r in report.rows)), "",
                 kr(report.total_proposal), ""])
    table = Table(data, colWidths=[width * f for f in (0.2, 0.12, 0.12, 0.12, 0.08, 0.13, 0.23)], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), ("GRID", (0, 0), (-1, -1), 0.3,
                                                                        HexColor("#C3CBD4")),
                               ("BACKGROUND", (0, 0), (-1, 0), HexColor("#E4EAF1")),
                               ("ALIGN", (1, 1), (5, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(escape(f"Årsavslutning {report.year}: resultat og overføring til {report.year + 1}"), TITLE),
             Paragraph(escape(f"{report.municipality} · regnskap til og med måned {report.accounts_through}"), META),
             Spacer(1, 3 * mm), Paragraph(escape(report.rule.describe()), BODY), Spacer(1, 3 * mm), table]
    doc.build(story)
    return buffer.getvalue()
