"""Oversikt shows the rådmann's plan evaluated too seldom, and the line opens the leader agreement."""

from __future__ import annotations

from sqlalchemy import select

from db.models import YearlyPlan
from tests.conftest import DEMO_TODAY


def test_plan_evaluated_too_seldom_is_on_oversikt_and_opens_the_agreement(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.overview.page import OverviewPage
    from ui.store import Store

    with demo_db.session() as s:
        plan = s.scalars(select(YearlyPlan).where(YearlyPlan.year == DEMO_TODAY.year)).one()
        plan.evaluations = plan.evaluations[:1]
        agreement_id = plan.agreement_id
    page = OverviewPage(Store(demo_db), DEMO_TODAY)
    qtbot.addWidget(page)
    page.fill(page.load())
    groups = {page.attention.topLevelItem(i).text(0): page.attention.topLevelItem(i)
              for i in range(page.attention.topLevelItemCount())}
    group = groups.get("Rådmannens årsplan evaluert for sjelden (1)")
    assert group is not None, list(groups)
    child = group.child(0)
    assert f"Rådmannens plan for {DEMO_TODAY.year} er evaluert 1 gang" in child.text(0)
    opened: list[tuple[str, dict]] = []
    page.open_request.connect(lambda key, args: opened.append((key, args)))
    page._line_activated(child)
    assert opened == [("avtaler", {"agreement_id": agreement_id})]
