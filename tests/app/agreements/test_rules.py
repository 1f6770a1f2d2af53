"""What every agreement edit checks (app.agreements.rules): field values and periods refused with a
message, nothing changed."""

from __future__ import annotations

from datetime import date

import pytest

from app.agreements import lifecycle
from app.agreements.detail import update_values
from app.agreements.rules import AgreementError
from app.storage.database import Database
from db.models import Agreement
from tests.app.agreements.helpers import Y, new_draft, template_id, unit


def test_create_refuses_a_period_that_ends_before_it_starts(demo_db: Database) -> None:
    with demo_db.session() as s, pytest.raises(AgreementError, match=r"slutter .* før den begynner"):
        lifecycle.create_agreement(s, template_id=template_id(s), unit_id=unit(s, "2120").id,
                                   period_start=date(Y, 12, 31), period_end=date(Y, 1, 1))


def test_update_values_refuses_bad_input_and_leaves_the_agreement_as_it_was(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        with pytest.raises(AgreementError, match="høyst 5 linjer, men teksten har 6"):
            update_values(s, agreement_id, {"unit_goals": "\n".join("abcdef")})
        with pytest.raises(AgreementError, match="slutter"):
            update_values(s, agreement_id, {"business_plan": "X", "period_end": date(Y - 1, 1, 1)})
        with pytest.raises(AgreementError, match="finnes ikke i malen"):
            update_values(s, agreement_id, {"no_such_field": "x"})
        with pytest.raises(AgreementError, match="ikke en dato"):
            update_values(s, agreement_id, {"period_start": "i morgen"})
        assert s.get_one(Agreement, agreement_id).values["business_plan"] == ""

