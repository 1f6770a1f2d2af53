"""The schema's rules hold in the database itself, not only in the program."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from app.storage.database import Database
from db.models import (
    AuditEntry,
    BudgetKind,
    BudgetLine,
    BudgetSet,
    Municipality,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitKind,
)


def _org(session) -> tuple[Municipality, OrgVersion, Unit]:
    m = Municipality(name="Testvik kommune", number="0001")
    v = OrgVersion(municipality=m, name="Gjeldende", status=OrgVersionStatus.CURRENT)
    root = Unit(org_version=v, code="1", name="Rådmannen", kind=UnitKind.ADMINISTRATION)
    session.add_all([m, v, root])
    session.flush()
    return m, v, root


def test_uuid_keys_timestamps_and_version_are_set(empty_db: Database) -> None:
    with empty_db.session() as s:
        _, _, root = _org(s)
        assert isinstance(root.id, uuid.UUID)
        assert root.created_at is not None and root.updated_at is not None
        assert root.version == 1
        root.name = "Kommunedirektøren"
        s.flush()
        assert root.version == 2


def test_stale_write_is_refused(empty_db: Database) -> None:
    with empty_db.session() as s:
        _, _, root = _org(s)
        unit_id = root.id
    # Two users read the same unit; the first saves; the second's save must fail.
    s1, s2 = empty_db.sessions(), empty_db.sessions()
    try:
        a, b = s1.get(Unit, unit_id), s2.get(Unit, unit_id)
        a.name = "Endret av første"
        s1.commit()
        b.name = "Endret av andre"
        with pytest.raises(StaleDataError):
            s2.commit()
    finally:
        s1.close()
        s2.close()
    with empty_db.session() as s:
        assert s.get(Unit, unit_id).name == "Endret av første"


def test_deleting_a_version_cascades_to_units_and_positions(empty_db: Database) -> None:
    with empty_db.session() as s:
        m, v, root = _org(s)
        child = Unit(org_version=v, parent=root, code="2", name="Vollan skole", kind=UnitKind.RESULT_UNIT)
        p = Person(municipality=m, given_name="Kari", family_name="Nordmann")
        s.add_all([child, p, Position(unit=child, person=p, role=PositionRole.LEADER, start_date=date(2024, 1, 1))])
        s.flush()
        version_id = v.id
    with empty_db.session() as s:
        s.delete(s.get(OrgVersion, version_id))
    with empty_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 0
        assert s.scalar(select(func.count()).select_from(Position)) == 0
        assert s.scalar(select(func.count()).select_from(Person)) == 1  # people outlive a version


def test_foreign_keys_are_enforced(empty_db: Database) -> None:
    with pytest.raises(IntegrityError), empty_db.session() as s:
        s.add(OrgVersion(municipality_id=uuid.uuid4(), name="X", status=OrgVersionStatus.CURRENT))


def test_unit_code_is_unique_within_a_version(empty_db: Database) -> None:
    with pytest.raises(IntegrityError), empty_db.session() as s:
        _, v, _ = _org(s)
        s.add(Unit(org_version=v, code="1", name="Dobbel", kind=UnitKind.STAFF))


def test_enum_values_are_checked_by_the_database(empty_db: Database) -> None:
    with pytest.raises((IntegrityError, StatementError)), empty_db.session() as s:
        _, v, _ = _org(s)
        s.add(Unit(org_version=v, code="9", name="Ukjent", kind="not_a_kind"))


def test_negative_fte_and_backward_dates_are_refused(empty_db: Database) -> None:
    with pytest.raises(IntegrityError), empty_db.session() as s:
        _, v, _ = _org(s)
        s.add(Unit(org_version=v, code="9", name="Minus", kind=UnitKind.STAFF, fte=Decimal("-1")))
    with pytest.raises(IntegrityError), empty_db.session() as s:
        m, _, root = _org(s)
        p = Person(municipality=m, given_name="Ola", family_name="Nordmann")
        s.add(Position(unit=root, person=p, role=PositionRole.LEADER,
                       start_date=date(2025, 1, 1), end_date=date(2024, 1, 1)))


def test_money_is_exact_and_codes_keep_leading_zeros(empty_db: Database) -> None:
    with empty_db.session() as s:
        bs = BudgetSet(name="Regnskap 2026", kind=BudgetKind.REGNSKAP, year=2026)
        s.add(bs)
        s.add_all(BudgetLine(budget_set=bs, ansvar="0100", art="01000", funksjon="202", period=1,
                             amount_ore=10) for _ in range(10))
    with empty_db.session() as s:
        total = s.scalar(select(func.sum(BudgetLine.amount_ore)))
        assert total == 100  # ten times 0,10 kr is exactly 1,00 kr
        assert s.scalar(select(BudgetLine.art).limit(1)) == "01000"
        assert s.scalar(select(BudgetLine.ansvar).limit(1)) == "0100"


def test_every_change_is_audited_with_the_user(empty_db: Database) -> None:
    with empty_db.session() as s:
        s.info["user"] = "kari"
        _, _, root = _org(s)
        unit_id = root.id
    with empty_db.session() as s:
        s.info["user"] = "ola"
        s.get(Unit, unit_id).name = "Kommunedirektøren"
    with empty_db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.row_id == str(unit_id)).order_by(AuditEntry.at)).all()
        assert [(e.action.value, e.user_name) for e in entries] == [("insert", "kari"), ("update", "ola")]
        assert entries[1].changes["name"] == ["Rådmannen", "Kommunedirektøren"]
