"""Presentation mode on the office's whole demo (the biggest org chart, a scenario that renames,
moves and merges units with long names), photographed at 1280×720 and 1920×1080: every line a
user needs is on the slide, whole (wrapped rather than cut), and nothing runs off the slide."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.org.scenarios import copy_version
from db.models import OrgVersion, Unit
from tests.ui.conftest import save_screenshot
from ui.seminar import actions

pytestmark = pytest.mark.sqlite_only
LONG_NAME = "Barneverntjenesten og Familiens hus med helsestasjon og skolehelsetjeneste"


def make_scenario(session: Any) -> None:
    current = session.scalars(select(OrgVersion).where(OrgVersion.status == "current")).one()
    scenario = copy_version(session, current.id, "Alternativ 2: felles tjenester for barn og familier")
    units = session.scalars(select(Unit).where(Unit.org_version_id == scenario.id)
                            .order_by(Unit.sort_order, Unit.name)).all()
    leaves = [u for u in units if u.parent_id is not None and not any(c.parent_id == u.id for c in units)]
    leaves[0].name = LONG_NAME
    leaves[-1].parent_id = leaves[1].id  # moves under another unit


def test_every_slide_fits_at_both_projector_sizes(qtbot: Any, window: Any) -> None:
    window.store.run(make_scenario)
    shown = actions.presentation(window, show=False)
    assert shown is not None
    qtbot.addWidget(shown)
    for width, height in ((1280, 720), (1920, 1080)):
        shown.resize(width, height)
        shown.show()
        qtbot.waitExposed(shown)
        for n in range(len(shown.slides)):
            shown.index = n
            layout = shown.layout_slide()
            assert layout.title_fits, (width, shown.slide().title)
            # Every line is drawn whole (wrapped, never elided) and inside the slide.
            drawn = [*layout.rows, *layout.headings]
            assert all("…" not in row.text for row in drawn), (width, n, [r.text for r in drawn])
            assert all(row.rect.bottom() <= height * 0.9 and row.rect.right() <= width for row in drawn)
            save_screenshot(shown, f"seminar_presentation_office_{width}x{height}_{n + 1}")
    titles = [s.title for s in shown.slides]
    scenario = titles.index("Scenario: Alternativ 2: felles tjenester for barn og familier")
    shown.index = scenario
    drawn = " ".join(row.text for row in shown.layout_slide().rows)
    assert " ".join(LONG_NAME.split()) in " ".join(drawn.split())
    shown.close()
