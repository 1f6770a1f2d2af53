"""Which stored values the municipal målekart reads for a period, per frequency (issue 19: the
page reads each frequency's values by its own range of periods): a month is its own span, tertial
t ends in month 4t, a year in December; a unit's value is the mean of its values ending in the span,
its comment the latest period's; a unit no longer in the org chart is still listed, last."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import insert

from app.scorecard.model import current_unit, define_indicator, enter_value
from app.scorecard.rollup import municipal_scorecard
from app.storage.database import Database
from db.models import IndicatorValue
from db.rows import table_of


def _unit_value(session, name: str, period: str | None, lineage: uuid.UUID) -> tuple[Decimal | None, str]:  # type: ignore[no-untyped-def]
    line = next(x for x in municipal_scorecard(session, 2026, period).lines if x.name == name)
    mine = [u for u in line.units if u.unit_lineage_id == lineage]
    return (mine[0].value, mine[0].comment) if mine else (None, "")


def test_each_frequency_is_read_for_the_periods_ending_in_the_span(demo_db: Database) -> None:
    with demo_db.session() as s:
        home = current_unit(s, "Lindvik sykehjem").lineage_id
        month = define_indicator(s, "Spenn måned", "Brukere", direction="higher", target="5", frequency="month").id
        tertial = define_indicator(s, "Spenn tertial", "Brukere", direction="higher", target="5",
                                   frequency="tertial").id
        year = define_indicator(s, "Spenn år", "Brukere", direction="higher", target="5", frequency="year").id
        for m, v in ((4, "1"), (5, "2"), (6, "3"), (8, "7")):
            enter_value(s, month, home, 2026, m, v, comment=f"måned {m}" if m in (5, 6) else "", user="test")
        for t, v in ((1, "10"), (2, "20"), (3, "30")):
            enter_value(s, tertial, home, 2026, t, v, comment=f"T{t}", user="test")
        enter_value(s, year, home, 2026, 0, "4,5", comment="året", user="test")
    with demo_db.session() as s:
        assert _unit_value(s, "Spenn måned", "T2", home) == (Decimal("4.0000"), "måned 6")  # (2 + 3 + 7) / 3
        assert _unit_value(s, "Spenn måned", "2026-04", home) == (Decimal("1.0000"), "")
        assert _unit_value(s, "Spenn måned", None, home) == (Decimal("3.2500"), "måned 6")
        assert _unit_value(s, "Spenn tertial", "T2", home) == (Decimal("20.0000"), "T2")
        assert _unit_value(s, "Spenn tertial", "2026-08", home) == (Decimal("20.0000"), "T2")
        assert _unit_value(s, "Spenn tertial", "2026-07", home)[0] is None  # T2 ends in August
        assert _unit_value(s, "Spenn tertial", None, home) == (Decimal("20.0000"), "T3")
        assert _unit_value(s, "Spenn år", "T3", home) == (Decimal("4.5000"), "året")
        assert _unit_value(s, "Spenn år", "2026-12", home) == (Decimal("4.5000"), "året")
        assert _unit_value(s, "Spenn år", "T2", home)[0] is None
        # the municipal value rolls the units' values up (this indicator only has Lindvik's)
        line = next(x for x in municipal_scorecard(s, 2026, "T2").lines if x.name == "Spenn tertial")
        assert (line.value, line.colour) == (Decimal("20.0000"), "green")


def test_a_unit_outside_the_org_chart_is_listed_last_with_its_value(demo_db: Database) -> None:
    gone = uuid.uuid4()
    now = datetime.now(UTC)
    with demo_db.session() as s:
        ind = define_indicator(s, "Spenn borte", "Brukere", direction="higher", target="5", frequency="month",
                               rollup="average").id
        home = current_unit(s, "Lindvik sykehjem").lineage_id
        enter_value(s, ind, home, 2026, 5, "6", user="test")
        s.execute(insert(table_of(IndicatorValue)), [{
            "id": uuid.uuid4(), "indicator_id": ind, "unit_lineage_id": gone, "year": 2026, "period": 6,
            "value": Decimal("2"), "comment": "", "source": "entered", "entered_by": "test", "entered_at": now,
            "created_at": now, "updated_at": now, "version": 1}])
    with demo_db.session() as s:
        line = next(x for x in municipal_scorecard(s, 2026, "T2").lines if x.name == "Spenn borte")
        assert [(u.unit_lineage_id, u.unit, u.value, u.fte) for u in line.units][-1] == (
            gone, "(enhet utenfor gjeldende organisasjonskart)", Decimal("2.0000"), Decimal("0"))
        assert line.units[0].unit_lineage_id == home
        assert line.value == Decimal("4.0000")  # the average of both units' values
