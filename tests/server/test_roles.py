"""Roles enforced by the PostgreSQL server (row-level security), each user logged in as themselves."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from app.agreements.overview import list_agreements
from app.budget import views
from app.budget.mapping import AnsvarMap
from app.errors import AppError, DatabaseOpenError
from app.followup import meetings
from app.followup.listing import year_grid
from app.server import admin as server
from db import server_roles as sr
from db.models import Agreement, AuditEntry, BudgetLine, BudgetSet, Meeting, Unit, UnitAnsvar
from tests.server.conftest import ServerDb, demo_people

pytestmark = pytest.mark.postgres_only


def _admin_rows(sdb: ServerDb, sql: str, **params: object) -> list:
    engine = create_engine(server.server_url(sdb.url))
    try:
        with engine.begin() as conn:
            return conn.execute(text(sql), params).all()
    finally:
        engine.dispose()


def test_init_makes_roles_owner_and_policies_and_running_it_again_changes_nothing(server_db: ServerDb) -> None:
    owner = sr.owner_role(server_db.prefix)
    roles = dict(_admin_rows(server_db, "SELECT rolname, rolcanlogin FROM pg_roles WHERE starts_with(rolname, :p)",
                             p=server_db.prefix + "_"))
    assert roles == {owner: False, **{sr.group_role(server_db.prefix, r): False for r in sr.ROLES}}
    owners = {t: o for t, o in _admin_rows(server_db, "SELECT tablename, tableowner FROM pg_tables "
                                                      "WHERE schemaname = 'public'")}
    assert set(owners.values()) == {owner}, "every table belongs to the owner role, so users never bypass RLS"

    def policies() -> set[tuple[str, str, str]]:
        return set(_admin_rows(server_db, "SELECT tablename, policyname, cmd FROM pg_policies "
                                          "WHERE schemaname = 'public'"))

    rls = {t for t, on in _admin_rows(server_db, "SELECT relname, relrowsecurity FROM pg_class c JOIN pg_namespace n "
                                                 "ON n.oid = c.relnamespace WHERE nspname = 'public' AND relkind = 'r'")
           if on}
    assert rls == set(sr.rls_tables())
    before = policies()
    assert ("agreement", "sd_read", "SELECT") in before and ("meeting", "sd_insert", "INSERT") in before

    again = server.init_server(server_db.url)  # the prefix is read from the database
    assert again.prefix == server_db.prefix and again.roles_created == [] and again.ownership_moved == []
    assert again.schema_from == again.schema_to
    assert policies() == before


def test_a_table_init_does_not_know_is_closed_to_all_but_radmann_and_staff(server_db: ServerDb) -> None:
    owner = sr.owner_role(server_db.prefix)
    engine = create_engine(server.server_url(server_db.url))
    with engine.begin() as conn:  # as a later migration would: a new table, owned by the owner
        conn.execute(text(f'SET LOCAL ROLE "{owner}"'))
        conn.execute(text("CREATE TABLE later_notes (id int PRIMARY KEY, body text)"))
        conn.execute(text("INSERT INTO later_notes VALUES (1, 'fortrolig')"))
    engine.dispose()
    result = server.init_server(server_db.url)
    assert result.unknown_tables == ["later_notes"]
    server.grant_user(server_db.url, server_db.login("rad"), "radmann")
    server.grant_user(server_db.url, server_db.login("leder"), "enhetsleder", units=["2100"])
    seen = server_db.psql(server_db.login("rad"), "select count(*) from later_notes")
    assert seen.stdout.strip() == "1", seen.stderr
    hidden = server_db.psql(server_db.login("leder"), "select count(*) from later_notes")
    assert hidden.stdout.strip() == "0", hidden.stderr


def test_grant_follows_the_org_chart_and_revoke_takes_it_away(server_db: ServerDb) -> None:
    admin = server_db.admin()
    who = demo_people(admin, date.today())
    with admin.session() as s:
        names = {u.lineage_id: u.name for u in s.scalars(select(Unit).where(Unit.lineage_id.in_(who.lead_units)))}
    admin.close()
    login = server_db.login("ks")
    row = server.grant_user(server_db.url, login, "kommunalsjef", person=who.lead.username)
    assert row.role == "kommunalsjef" and row.person == who.lead.full_name
    assert set(row.visible_units) == set(names.values())  # exactly the units the person follows up today

    # A unit named with --unit is added; its sub-units come along.
    listed = {u.login: u for u in server.list_users(server_db.url)}
    assert set(listed) == {login}

    # Moved to another role: the group membership follows, the old one is taken away.
    server.grant_user(server_db.url, login, "enhetsleder", units=[who.other_unit.code])
    groups = {g for (g,) in _admin_rows(
        server_db, "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                   "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :u", u=login)}
    assert groups == {sr.group_role(server_db.prefix, "enhetsleder")}
    assert server.list_users(server_db.url)[0].visible_units == [who.other_unit.name]

    assert server.revoke_user(server_db.url, login) is True
    assert server.list_users(server_db.url) == []
    refused = server_db.psql(login, "select count(*) from agreement")
    assert refused.returncode != 0 and "permission denied" in refused.stderr  # no CONNECT without a group
    assert server.revoke_user(server_db.url, login, drop_login=True) is False
    assert _admin_rows(server_db, "SELECT 1 FROM pg_roles WHERE rolname = :u", u=login) == []


def test_grant_refuses_what_would_leak_or_be_wrong(server_db: ServerDb) -> None:
    with pytest.raises(server.ServerError, match="--unit"):
        server.grant_user(server_db.url, server_db.login("x"), "enhetsleder")
    with pytest.raises(server.ServerError, match="finnes ikke"):
        server.grant_user(server_db.url, server_db.login("x"), "enhetsleder", units=["Ingen slik enhet"])
    with pytest.raises(server.ServerError, match="superbruker"):
        server.grant_user(server_db.url, "postgres", "enhetsleder", units=["2100"])
    with pytest.raises(server.ServerError, match="rolle programmet"):
        server.grant_user(server_db.url, sr.owner_role(server_db.prefix), "radmann")


def test_each_role_sees_what_it_should_through_the_programs_own_queries(server_db: ServerDb) -> None:
    today = date.today()
    admin = server_db.admin()
    who = demo_people(admin, today)
    all_units = {r.unit_id for r in admin.run(list_agreements)}
    with admin.session() as s:
        lineage_of = dict(s.execute(select(Unit.id, Unit.lineage_id)).all())
        budget_set = s.scalar(select(BudgetSet.id).order_by(BudgetSet.name))
        all_meetings = s.scalar(select(func.count()).select_from(Meeting))
    all_pivot = {r.code for r in admin.run(views.pivot, budget_set, "unit").rows}
    admin.close()
    server.grant_user(server_db.url, server_db.login("rad"), "radmann")
    server.grant_user(server_db.url, server_db.login("ks"), "kommunalsjef", person=who.lead.username)
    server.grant_user(server_db.url, server_db.login("leder"), "enhetsleder", person=who.leader.username)

    seen = {}
    for role in ("rad", "ks", "leder"):
        db = server_db.open_as(server_db.login(role))
        try:
            agreements = {lineage_of[r.unit_id] for r in db.run(list_agreements)}
            grid = db.run(year_grid, today.year, today)
            with_meetings = {r.unit_lineage_id for r in grid if any(r.meeting_ids)}
            with db.session() as s:
                meeting_units = set(s.scalars(select(Meeting.unit_lineage_id)))
                meeting_count = s.scalar(select(func.count()).select_from(Meeting))
                audit = s.scalar(select(func.count()).select_from(AuditEntry))
            pivot = db.run(views.pivot, budget_set, "unit")
            units_with_figures = {r.unit_id for r in pivot.rows if not r.unmapped}
            seen[role] = (agreements, with_meetings, meeting_units, meeting_count, audit, pivot, units_with_figures)
        finally:
            db.close()

    rad = seen["rad"]
    assert rad[0] == {lineage_of[u] for u in all_units} and rad[3] == all_meetings and rad[4] > 0
    assert {r.code for r in rad[5].rows} == all_pivot

    ks = seen["ks"]
    assert ks[0] and ks[0] <= who.lead_units and who.other_unit.lineage_id not in ks[0]
    assert ks[2] and ks[2] <= who.lead_units and ks[1] <= who.lead_units
    assert {lineage_of[u] for u in ks[6]} == who.lead_units & {lineage_of[u] for u in seen["rad"][6]}
    assert not any(r.unmapped for r in ks[5].rows), "figures of no unit are for the rådmann and staff"
    assert ks[4] == 0, "the audit log quotes every unit's notes: not for a kommunalsjef"

    leader = seen["leder"]
    own = {who.leader_unit.lineage_id}
    assert leader[0] == own and leader[2] == own and leader[1] <= own
    assert {lineage_of[u] for u in leader[6]} == own and leader[4] == 0


def test_a_unit_leader_in_psql_cannot_read_another_units_agreement(server_db: ServerDb) -> None:
    """The acceptance test: logged in directly with psql, the server itself refuses."""
    admin = server_db.admin()
    who = demo_people(admin, date.today())
    with admin.session() as s:
        other_title = s.scalar(select(Agreement.title).where(Agreement.unit_lineage_id == who.other_unit.lineage_id))
    admin.close()
    login = server_db.login("leder")
    server.grant_user(server_db.url, login, "enhetsleder", units=[who.leader_unit.name])

    other = server_db.psql(login, f"select title from agreement where unit_lineage_id = '{who.other_unit.lineage_id}'")
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() == "" and other_title and other_title not in other.stdout
    everything = server_db.psql(login, "select count(*), count(distinct unit_lineage_id) from agreement")
    assert everything.stdout.strip() == "1|1"
    own = server_db.psql(login, "select count(*) from agreement "
                                f"where unit_lineage_id = '{who.leader_unit.lineage_id}'")
    assert own.stdout.strip() == "1"  # the same query on their own unit does find it
    # Nor through the children: the other unit's goals and the budget lines of its ansvar codes.
    goals = server_db.psql(login, f"select count(*) from goal g join agreement a on a.id = g.agreement_id "
                                  f"where a.unit_lineage_id = '{who.other_unit.lineage_id}'")
    assert goals.stdout.strip() == "0"
    lines = server_db.psql(login, f"select count(*) from budget_line where ansvar = '{who.other_unit.code}'")
    assert lines.stdout.strip() == "0"
    stats = server_db.psql(login, "select count(*) from pg_stats where tablename = 'agreement'")
    assert stats.stdout.strip() == "0", "the planner's statistics would show other units' values"
    # A login the program has not mapped sees nothing at all, even in a group role.
    server.grant_user(server_db.url, login, "enhetsleder", units=[who.leader_unit.name])
    _admin_rows(server_db, "DELETE FROM server_access WHERE login = :u RETURNING 1", u=login)
    unmapped = server_db.psql(login, "select count(*) from agreement")
    assert unmapped.stdout.strip() == "0"


def test_updates_of_another_units_rows_change_nothing(server_db: ServerDb) -> None:
    admin = server_db.admin()
    who = demo_people(admin, date.today())
    admin.close()
    other, own_lead = who.other_unit.lineage_id, sorted(who.lead_units)[0]
    leader, lead = server_db.login("leder"), server_db.login("ks")
    server.grant_user(server_db.url, leader, "enhetsleder", units=[who.leader_unit.code])
    server.grant_user(server_db.url, lead, "kommunalsjef", person=who.lead.username)
    before = _admin_rows(server_db, "SELECT id, title, version FROM agreement ORDER BY id")
    locked = _admin_rows(server_db, "SELECT id, locked, version FROM meeting ORDER BY id")

    refused = server_db.psql(leader, f"update agreement set title = 'Endret' where unit_lineage_id = '{other}'")
    assert refused.returncode != 0 and "permission denied" in refused.stderr
    nothing = server_db.psql(lead, f"update agreement set title = 'Endret' where unit_lineage_id = '{other}' "
                                   "returning id")
    assert nothing.returncode == 0 and nothing.stdout.strip() == "UPDATE 0", nothing.stdout + nothing.stderr
    moved = server_db.psql(lead, f"update agreement set unit_lineage_id = '{other}' "
                                 f"where unit_lineage_id = '{own_lead}'")
    assert moved.returncode != 0 and "row-level security" in moved.stderr  # WITH CHECK: not into another unit
    gone = server_db.psql(leader, f"delete from meeting where unit_lineage_id = '{other}'")
    assert gone.returncode != 0 and "permission denied" in gone.stderr
    notes = server_db.psql(leader, f"update meeting set locked = not locked where unit_lineage_id = '{other}' "
                                   "returning id")
    assert notes.returncode == 0 and notes.stdout.strip() == "UPDATE 0", notes.stdout + notes.stderr
    assert _admin_rows(server_db, "SELECT id, title, version FROM agreement ORDER BY id") == before
    assert _admin_rows(server_db, "SELECT id, locked, version FROM meeting ORDER BY id") == locked
    # The kommunalsjef's own units: the same statement does change them (the refusal above is the policy).
    done = server_db.psql(lead, f"update agreement set title = title || '' where unit_lineage_id = '{own_lead}' "
                                "returning id")
    assert done.returncode == 0 and re.search(r"UPDATE [1-9]", done.stdout), done.stdout + done.stderr


def test_a_unit_leader_writes_their_own_note_and_no_one_elses(server_db: ServerDb) -> None:
    today = date.today()
    admin = server_db.admin()
    who = demo_people(admin, today)
    admin.close()
    login = server_db.login("leder")
    server.grant_user(server_db.url, login, "enhetsleder", person=who.leader.username)
    db = server_db.open_as(login)
    try:
        # Next January: a new note (this month's may be approved and locked already).
        meeting_id = db.run(meetings.open_meeting, who.leader_unit.lineage_id, today.year + 1, 1, today)
        db.run(meetings.set_section, meeting_id, "leader_account", "Status fra enheten: alt går etter planen.")
        # The server refuses; the user is told in words (Database.session), not with a crash.
        with pytest.raises(AppError, match="Du har ikke tilgang til å gjøre denne endringen") as refused:
            db.run(meetings.open_meeting, who.other_unit.lineage_id, today.year + 1, 1, today)
        assert isinstance(refused.value.__cause__, DBAPIError)
    finally:
        db.close()
    saved = _admin_rows(server_db, "SELECT sections ->> 'leader_account' FROM meeting WHERE id = :i", i=meeting_id)
    assert saved == [("Status fra enheten: alt går etter planen.",)]
    # The audit log on the server names the login, whatever name the program sent.
    logged = _admin_rows(server_db, "SELECT DISTINCT user_name FROM audit_entry WHERE row_id = :r",
                         r=str(meeting_id))
    assert logged == [(login,)]


def test_the_servers_ansvar_mapping_is_the_programs(server_db: ServerDb) -> None:
    """Budget lines are visible by the unit their ansvar code belongs to: the server's SQL must give
    the unit app.budget.mapping gives, exact code before range (narrowest first) before prefix."""
    admin = server_db.admin()
    with admin.session() as s:
        units = {u.code: u for u in s.scalars(select(Unit).join(Unit.org_version).where(Unit.code.in_(
            ["2100", "2110", "3100", "4100"])))}
        s.add_all([UnitAnsvar(unit_id=units["3100"].id, code="7000", code_to="7999"),
                   UnitAnsvar(unit_id=units["2110"].id, code="7100", code_to="7199"),
                   UnitAnsvar(unit_id=units["4100"].id, code="7150"),
                   UnitAnsvar(unit_id=units["2100"].id, code="8*"),
                   UnitAnsvar(unit_id=units["2110"].id, code="81*"),
                   UnitAnsvar(unit_id=units["4100"].id, code="A10", code_to="A19")])
        set_id = s.scalar(select(BudgetSet.id).limit(1))
        for code in ("7000", "7150", "7151", "7199", "7200", "8", "80", "812", "A15", "A1X", "A150", "9999", " 7150"):
            s.add(BudgetLine(budget_set_id=set_id, ansvar=code, art="10100", amount_ore=100))
    with admin.session() as s:
        amap = AnsvarMap.for_current(s)
        codes = set(s.scalars(select(BudgetLine.ansvar).distinct()))
        expected = {c: u.lineage_id for c in codes if (u := amap.unit_for(c)) is not None}
    admin.close()
    got = dict(_admin_rows(server_db, f"SELECT code, lineage_id FROM {sr.FN_ANSVAR_UNITS}()"))
    assert got == expected
    assert got["7150"] == units["4100"].lineage_id and got["7151"] == units["2110"].lineage_id
    assert got["812"] == units["2110"].lineage_id and got["80"] == units["2100"].lineage_id


def test_opening_a_server_database_behind_the_program_asks_for_server_init(server_db: ServerDb) -> None:
    login = server_db.login("rad")
    server.grant_user(server_db.url, login, "radmann")
    engine = create_engine(server.server_url(server_db.login_url(login)))
    try:
        assert server.open_check(engine).to_revision == server.head_revision()
        _admin_rows(server_db, "UPDATE alembic_version SET version_num = '0001' RETURNING 1")
        with pytest.raises(DatabaseOpenError, match="server init"):
            server.open_check(engine)
    finally:
        engine.dispose()
