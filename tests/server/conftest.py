"""A PostgreSQL database set up with ``server init`` over a copy of the demo, with roles of its
own (the prefix starts with ``sd_t_``, and every role made under it is dropped afterwards: roles
belong to the whole server, not to one database)."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, select, text

from app.org.queries import active, current_version
from app.server import admin as server
from app.storage.database import Database, open_database
from db.models import FollowUpLink, Person, Position, PositionRole, Unit
from tests import postgres
from tests.conftest import DEMO_TODAY


def drop_roles(prefix: str) -> None:
    """Drop every role whose name starts with the prefix (its databases must be dropped first)."""
    engine = create_engine(postgres.ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            names = conn.execute(text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"),
                                 {"p": prefix + "_"}).scalars().all()
            # Logins first, then the groups, the owner last (groups are granted to logins).
            for name in sorted(names, key=lambda n: (n.endswith("_eier"), n.rsplit("_", 1)[-1] in
                                                     ("radmann", "stab", "kommunalsjef", "enhetsleder"))):
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    finally:
        engine.dispose()


@dataclass
class ServerDb:
    name: str
    prefix: str
    url: str  # the administrator's URL

    def login_url(self, login: str) -> str:
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)

    def open_as(self, login: str) -> Database:
        return open_database(self.login_url(login))

    def admin(self) -> Database:
        return open_database(self.url)

    def login(self, suffix: str) -> str:
        return f"{self.prefix}_{suffix}"

    def psql(self, login: str, sql: str) -> subprocess.CompletedProcess[str]:
        """Run one statement with psql logged in as ``login``, as a user at a terminal would."""
        url = make_url(self.url)
        psql = shutil.which("psql")
        assert psql, "psql (PostgreSQL's client) must be installed for the server tests"
        return subprocess.run(
            [psql, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", url.host or "127.0.0.1",
             "-p", str(url.port or 5432), "-U", login, "-d", self.name, "-c", sql],
            capture_output=True, text=True, timeout=60, env={**os.environ, "PGCONNECT_TIMEOUT": "10"},
        )


def new_prefix() -> str:
    return f"sd_t_{uuid.uuid4().hex[:8]}"


@contextmanager
def initialised_server(template: str | None = None) -> Iterator[ServerDb]:
    """A new database on the server (empty, or a copy of ``template``) set up with ``server
    init`` under roles of its own; dropped with them afterwards."""
    prefix = new_prefix()
    name = postgres.create_database("srv", template=template)
    try:
        url = postgres.database_url(name)
        server.init_server(url, prefix=prefix)
        yield ServerDb(name, prefix, url)
    finally:
        postgres.drop_database(name)
        drop_roles(prefix)


@pytest.fixture
def server_db(_demo_template: str) -> Iterator[ServerDb]:
    """A fresh copy of the demo on the server, set up with ``server init``."""
    with initialised_server(str(_demo_template)) as sdb:
        yield sdb


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as a desktop (SQLite) file, whatever pass the tests run in."""
    path = tmp_path_factory.mktemp("demo_file") / "demo.sdb"
    open_database(path, demo_if_new=True, today=DEMO_TODAY).close()
    return path


@dataclass
class Who:
    """People of the demo the tests log in as, and what the org chart says they may see."""

    lead: Person  # a kommunalsjef
    lead_units: set[uuid.UUID]  # lineages of the units the lead follows up today
    leader: Person  # a unit leader
    leader_unit: Unit
    other_unit: Unit  # a unit neither follows up nor leads, with an agreement


def demo_people(db: Database, today: date) -> Who:
    """Chosen from the org chart with the ORM as the administrator: an oracle independent of the
    server's SQL functions."""
    from db.models import Agreement

    with db.session() as s:
        version = current_version(s)
        links = s.execute(select(FollowUpLink.lead_person_id, Unit.lineage_id)
                          .join(Unit, Unit.id == FollowUpLink.unit_id)
                          .where(Unit.org_version_id == version.id,
                                 active(FollowUpLink.start_date, FollowUpLink.end_date, today))).all()
        leads = s.scalars(select(Person).join(Position).where(Position.role == PositionRole.FOLLOW_UP_LEAD)
                          .order_by(Person.family_name)).all()
        with_agreement = set(s.scalars(select(Agreement.unit_lineage_id)))
        by_lead = {p.id: {lin for lead_id, lin in links if lead_id == p.id} for p in leads}
        lead = next(p for p in leads if by_lead[p.id] & with_agreement and with_agreement - by_lead[p.id])
        lead_units = by_lead[lead.id]
        agreement_units = s.scalars(select(Unit).where(Unit.org_version_id == version.id,
                                                       Unit.lineage_id.in_(with_agreement - lead_units))
                                    .order_by(Unit.code)).all()
        led = []
        for unit in agreement_units:
            person = s.scalars(select(Person).join(Position).where(
                Position.unit_id == unit.id, Position.role == PositionRole.LEADER,
                active(Position.start_date, Position.end_date, today))).first()
            if person is not None:
                led.append((unit, person))
        (leader_unit, leader), (other_unit, _) = led[0], led[1]
        return Who(lead, lead_units, leader, leader_unit, other_unit)
