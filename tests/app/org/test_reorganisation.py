"""A reorganisation project: the 0-alternative and up to four proposals, side by side with budgets, as PDF
and xlsx read back, and the plan of steps when one is made current."""

from __future__ import annotations

import io
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.org import alternatives_report, links, reorganisation, restructure, scenarios, transition
from app.org.queries import current_version
from app.org.transition import Step
from app.org.units import OrgError
from app.storage.database import Database
from db.models import (
    Agreement,
    BudgetKind,
    BudgetLine,
    BudgetSet,
    FollowUpLink,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Unit,
    UnitAnsvar,
)
from db.models.org import ReorganisationAlternative
from tests.conftest import DEMO_TODAY

EFFECTIVE = date(2026, 12, 1)


def unit_in(s: Session, version_id: uuid.UUID, name: str) -> Unit:
    return s.scalars(select(Unit).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def person(s: Session, full_name: str) -> Person:
    return next(p for p in s.scalars(select(Person)) if p.full_name == full_name)


def build_project(s: Session) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """«Alternativ 1» merges two kindergartens and gives a school to another kommunalsjef; «Alternativ 2»
    splits home care in two."""
    project = reorganisation.create_project(s, "Omorganisering 2027")
    alt1 = reorganisation.add_alternative(s, project.id)
    restructure.merge_units(s, [unit_in(s, alt1.id, "Solsikken barnehage").id,
                                unit_in(s, alt1.id, "Tusenfryd barnehage").id], "Sentrum barnehager", EFFECTIVE)
    links.set_follow_up_lead(s, unit_id=unit_in(s, alt1.id, "Brekka skole").id,
                             person_id=person(s, "Inger Olsen").id, start=EFFECTIVE)
    alt2 = reorganisation.add_alternative(s, project.id)
    home = unit_in(s, alt2.id, "Hjemmetjenesten nord")
    restructure.split_unit(s, home.id, "Hjemmetjenesten nord, natt", EFFECTIVE, fte=Decimal("12.0"), staff_count=18)
    return project.id, alt1.id, alt2.id


def expected_budget(s: Session, version_id: uuid.UUID) -> int:
    """This year's budget over the alternative's ansvar codes, each code once, computed apart from the app."""
    budget_id = s.scalars(select(BudgetSet.id).where(BudgetSet.kind == BudgetKind.BUDSJETT,
                                                     BudgetSet.year == DEMO_TODAY.year)).one()
    codes = select(UnitAnsvar.code).join(Unit, Unit.id == UnitAnsvar.unit_id).where(Unit.org_version_id == version_id)
    return int(s.scalar(select(func.coalesce(func.sum(BudgetLine.amount_ore), 0)).where(
        BudgetLine.budget_set_id == budget_id, BudgetLine.ansvar.in_(codes))) or 0)


def test_a_project_holds_the_0_alternative_and_four_proposals_and_refuses_a_fifth(demo_db: Database) -> None:
    with demo_db.session() as s:
        project = reorganisation.create_project(s, "Ny modell")
        for _ in range(4):
            reorganisation.add_alternative(s, project.id)
        with pytest.raises(OrgError, match="fire forslag i tillegg til 0-alternativet"):
            reorganisation.add_alternative(s, project.id, "Alternativ 5")
        assert s.scalar(select(OrgVersion.id).where(OrgVersion.name == "Alternativ 5")) is None
        labels = [a.label for a in reorganisation.alternatives(s, project.id)]
        assert labels == ["0-alternativet (dagens organisasjon)", "Alternativ 1", "Alternativ 2", "Alternativ 3",
                          "Alternativ 4"]
        # taking one out frees its number
        alt2 = reorganisation.alternatives(s, project.id)[2].version_id
        assert reorganisation.remove_alternative(s, project.id, alt2) == 2
        again = reorganisation.add_alternative(s, project.id, "Alternativ B")
        assert s.scalar(select(ReorganisationAlternative.number).where(
            ReorganisationAlternative.org_version_id == again.id)) == 2


def test_side_by_side_counts_budgets_and_changes_from_the_0_alternative(demo_db: Database) -> None:
    with demo_db.session() as s:
        project_id, alt1, alt2 = build_project(s)
        cur = current_version(s)
        assert cur is not None
        side = reorganisation.compare_alternatives(s, project_id, EFFECTIVE)
        zero, one, two = side.columns
        assert (zero.units, one.units, two.units) == (38, 37, 39)
        assert [c.budget_ore for c in side.columns] == [expected_budget(s, v) for v in (cur.id, alt1, alt2)]
        assert one.changes.counts() == {"added": 0, "removed": 0, "renamed": 0, "moved": 0, "merged": 1}
        assert two.changes.counts()["added"] == 1
        assert one.changes.merged == [("Sentrum barnehager", ["Solsikken barnehage", "Tusenfryd barnehage"])]
        for column, version_id in ((one, alt1), (two, alt2)):  # the same changes as «org compare» finds
            data = scenarios.compare_versions(s, cur.id, version_id, EFFECTIVE).as_json()
            assert column.changes.counts() == {k: len(data[k]) for k in column.changes.counts()}
            assert sorted(column.changes.added) == sorted(data["added"])
        # The school moved to another kommunalsjef: units per kommunalsjef change, Erik Berg 10 -> 9.
        assert zero.units_per_lead["Erik Berg"] - 1 == one.units_per_lead["Erik Berg"]
        assert one.units_per_lead["Inger Olsen"] == zero.units_per_lead["Inger Olsen"] + 1
        merged = next(f for f in one.unit_figures.values() if f.name == "Sentrum barnehager")
        solsikken = next(f for f in zero.unit_figures.values() if f.name == "Solsikken barnehage")
        tusenfryd = next(f for f in zero.unit_figures.values() if f.name == "Tusenfryd barnehage")
        assert merged.budget_ore == solsikken.budget_ore + tusenfryd.budget_ore != 0
        assert zero.staff_per_leader == (Decimal(zero.staff) / zero.leaders).quantize(Decimal("0.1"))


def test_alternatives_pdf_and_xlsx_read_back(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        project_id, alt1, alt2 = build_project(s)
        cur = current_version(s)
        assert cur is not None
        side = reorganisation.compare_alternatives(s, project_id, EFFECTIVE)
        expected = [expected_budget(s, v) for v in (cur.id, alt1, alt2)]
    pdf = alternatives_report.write_alternatives_pdf(side, tmp_path / "alternativer.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Forslag/utkast" in text
    words = " ".join(text.split())  # a column heading may wrap in its column
    assert "0-alternativet (dagens organisasjon)" in words and "Alternativ 2" in text
    assert "Slått sammen: Solsikken barnehage, Tusenfryd barnehage → Sentrum barnehager" in text
    for ore in expected:
        assert f"{round(ore / 100):,}".replace(",", "\u00a0") in text or \
            f"{round(ore / 100):,}".replace(",", " ") in text
    xlsx = alternatives_report.write_alternatives_xlsx(side, tmp_path / "alternativer.xlsx")
    wb = load_workbook(xlsx)
    summary = wb["Sammenligning"]
    rows = {r[0]: r[1:] for r in summary.iter_rows(min_row=2, values_only=True)}
    budget_row = next(v for k, v in rows.items() if str(k).startswith("Budsjett i kr"))
    assert [round(v * 100) for v in budget_row] == expected
    assert rows["Enheter"] == (38, 37, 39)
    per_unit = wb["Budsjett per enhet"]
    values = [r for r in per_unit.iter_rows(min_row=2, values_only=True) if r[0] != "Sum"]
    sentrum = next(r for r in values if r[0] == "Sentrum barnehager")
    assert sentrum[1] is None and sentrum[2] is not None
    assert "Forslag/utkast" in (summary.oddHeader.right.text or "")
    changes = [r[1] for r in wb["Endringer"].iter_rows(min_row=2, values_only=True)]
    assert "Slått sammen: Solsikken barnehage, Tusenfryd barnehage → Sentrum barnehager" in changes


def test_making_alternative_1_current_gives_the_plan_and_moves_running_agreements(
        demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        project_id, alt1, _ = build_project(s)
        cur = current_version(s)
        assert cur is not None
        old_tusenfryd = unit_in(s, cur.id, "Tusenfryd barnehage")
        agreement = s.scalars(select(Agreement).where(Agreement.unit_lineage_id == old_tusenfryd.lineage_id)).first()
        if agreement is None:  # the demo's kindergarten agreement is Solsikken's; make one run past the date
            agreement = s.scalars(select(Agreement).where(Agreement.title.like("%Solsikken%"))).first()
        assert agreement is not None
        agreement.period_start, agreement.period_end = date(2026, 1, 1), date(2026, 12, 31)
        s.flush()
        steps = transition.plan_steps(s, cur.id, alt1, EFFECTIVE)
        kinds = {st.kind for st in steps}
        assert {"merge", "ansvar", "agreement"} <= kinds
        merge = next(st for st in steps if st.kind == "merge")
        assert merge.old == "Solsikken barnehage, Tusenfryd barnehage" and merge.new == "Sentrum barnehager"
        assert any(st.kind == "agreement" and agreement.title in st.what for st in steps)
        # Brekka skole moved from Erik Berg to Inger Olsen; the split in «Alternativ 2» needs a leader.
        assert Step("follow_up", "Brekka skole", "Inger Olsen følger opp Brekka skole", "Erik Berg",
                    "Inger Olsen") in steps
        alt2 = reorganisation.alternatives(s, project_id)[2].version_id
        plan2 = transition.plan_steps(s, cur.id, alt2, EFFECTIVE)
        assert [st.kind for st in plan2 if st.unit == "Hjemmetjenesten nord, natt"] == ["split", "leader"]
        out = transition.write_plan_xlsx(steps, EFFECTIVE, tmp_path / "plan.xlsx", title="Plan")
        sheet = load_workbook(out)["Plan"]
        read = list(sheet.iter_rows(min_row=2, values_only=True))
        assert len(read) == len(steps) and read[0][1] == "Slås sammen"
        result = transition.make_current_with_plan(s, project_id, alt1, EFFECTIVE)
        assert s.get_one(OrgVersion, alt1).status == OrgVersionStatus.CURRENT
        old = s.get_one(OrgVersion, cur.id)
        assert (old.status, old.effective_to) == (OrgVersionStatus.HISTORICAL, date(2026, 11, 30))
        sentrum = unit_in(s, alt1, "Sentrum barnehager")
        assert (agreement.unit_lineage_id, agreement.unit_id) == (sentrum.lineage_id, sentrum.id)
        assert result.steps == steps
        assert s.scalar(select(FollowUpLink.id).where(FollowUpLink.unit_id == sentrum.id))


def test_the_0_alternative_cannot_be_made_current_again(demo_db: Database) -> None:
    """It is the organisation in force; making it current would end it and start a copy (walk 2)."""
    with demo_db.session() as s:
        project_id = reorganisation.create_project(s, "Ny struktur").id
        base = reorganisation.alternatives(s, project_id)[0]
        assert base.number == 0
    with pytest.raises(OrgError, match="0-alternativet er organisasjonen som gjelder i dag"), demo_db.session() as s:
        transition.make_current_with_plan(s, project_id, base.version_id, EFFECTIVE)
