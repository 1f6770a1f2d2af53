"""Oversikt's line for the rådmann's plan evaluated too seldom is the window's own sentence, through
tr() (nynorsk and English get it translated), built from the app's figures: held and required."""

from __future__ import annotations

from sqlalchemy import select

from db.models import YearlyPlan
from tests.conftest import DEMO_TODAY


def _plan_line(page) -> str:  # type: ignore[no-untyped-def]
    page.fill(page.load())
    for i in range(page.attention.topLevelItemCount()):
        group = page.attention.topLevelItem(i)
        if "Rådmannens årsplan evaluert for sjelden" in group.text(0):
            return group.child(0).text(0)
    raise AssertionError("no plan line")


def test_plan_line_goes_through_tr_with_held_and_required(qtbot, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.overview.page import OverviewPage
    from ui.store import Store

    with demo_db.session() as s:
        plan = s.scalars(select(YearlyPlan).where(YearlyPlan.year == DEMO_TODAY.year)).one()
        plan.evaluations = []
    page = OverviewPage(Store(demo_db), DEMO_TODAY)
    qtbot.addWidget(page)
    assert _plan_line(page) == (f"Rådmannens plan for {DEMO_TODAY.year} er evaluert 0 ganger; avtalen krever minst 2 "
                                "evalueringssamtaler i året.")
    translated = []

    def tr(self, text: str, *args: object) -> str:  # type: ignore[no-untyped-def]
        translated.append(text)
        return text.replace("Rådmannens plan for", "Rådmannen sin plan for")

    monkeypatch.setattr(OverviewPage, "tr", tr)
    assert _plan_line(page).startswith(f"Rådmannen sin plan for {DEMO_TODAY.year} er evaluert 0 ganger")
    assert any(t.startswith("Rådmannens plan for {year} er evaluert {held} ganger") for t in translated)
