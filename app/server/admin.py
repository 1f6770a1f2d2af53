"""The shared PostgreSQL server: set-up with roles and row-level security, logins, and the move
of a desktop file onto the server, checked by counts and checksums (docs/SERVER.md).

Every function here is run by an administrator's login (a superuser, or a role with CREATEROLE
that owns the database): ``init_server`` makes the owner and group roles, brings the schema to
the newest revision as the owner and lays the access tables, functions, grants and policies of
``db.server_roles`` over it. Users log in as themselves and are never owners, so the server
itself keeps each of them to the rows their role allows.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, make_url, select, text
from sqlalchemy.engine import URL
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from app.errors import AppError, DatabaseOpenError
from db import server_roles as sr
from db.engine import is_url
from db.migrate import MigrationResult, current_revision, head_revision

ROLE_NAMES = {
    "radmann": "rådmann", "stab": "stab", "kommunalsjef": "kommunalsjef", "enhetsleder": "enhetsleder",
}


class ServerError(AppError):
    """A set-up step the server or the administrator's login refused; the message says why."""


# ----------------------------------------------------------------------------- connecting

def server_url(target: str) -> URL:
    """The URL of a PostgreSQL database, with psycopg 3 as the driver when none is named."""
    if not is_url(target):
        raise ServerError(f"«{target}» er ikke en adresse til en databaseserver. Skriv den som "
                          "postgresql://BRUKER@VERT:PORT/DATABASE.")
    try:
        url = make_url(target)
    except Exception as exc:
        raise ServerError(f"Adressen «{target}» kan ikke leses: {exc}") from exc
    if url.get_backend_name() != "postgresql":
        raise ServerError(f"«{url.render_as_string(hide_password=True)}» er ikke en PostgreSQL-database. "
                          "Serverkommandoene gjelder PostgreSQL (postgresql://...).")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def _engine(target: str, *, role: str | None = None) -> Engine:
    """An engine for the administrator's login; with ``role`` every connection acts as that role
    (SET ROLE), so what it creates is owned by it."""
    engine = create_engine(server_url(target))
    if role is not None:
        statement = f"SET ROLE {sr.quote_ident(role)}"

        @event.listens_for(engine, "connect")
        def _set_role(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            cur = dbapi_connection.cursor()
            try:
                cur.execute(statement)
            finally:
                cur.close()
            dbapi_connection.commit()  # a rollback when the connection is returned must not undo it

    return engine


def _describe(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


@contextmanager
def _server_errors(url: URL) -> Iterator[None]:
    try:
        yield
    except AppError:
        raise
    except (DBAPIError, SQLAlchemyError) as exc:
        where = url.render_as_string(hide_password=True)
        raise ServerError(f"Serveren avviste arbeidet på {where}: {_describe(exc)}. Ingenting er endret i det "
                          "steget. Se docs/SERVER.md om hvilken innlogging som trengs.") from exc


def _table_names(conn: Connection) -> list[str]:
    return list(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                  "ORDER BY tablename")).scalars())


def _prefix_of(conn: Connection) -> str | None:
    if sr.CONFIG_TABLE not in _table_names(conn):
        return None
    return conn.execute(text(f"SELECT value FROM {sr.CONFIG_TABLE} WHERE key = 'role_prefix'")).scalar()


def _role_exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar())


# ----------------------------------------------------------------------------- init

@dataclass
class InitResult:
    database: str
    prefix: str
    owner: str
    schema_from: str | None
    schema_to: str
    roles_created: list[str]
    tables_with_rls: list[str]
    unknown_tables: list[str]
    ownership_moved: list[str]
    demo: bool


def init_server(target: str, *, prefix: str | None = None, demo: bool = False,
                today: date | None = None) -> InitResult:
    """Create (or bring up to date) the schema, the roles, the grants and the policies; idempotent.

    Run it again after every upgrade of the program: it upgrades the schema as the owner and
    lays grants and policies afresh. ``demo`` fills a database with no data with the demo
    municipality.
    """
    url = server_url(target)
    engine = _engine(target)
    try:
        with _server_errors(url), engine.begin() as conn:
            stored = _prefix_of(conn)
            if prefix is not None and stored is not None and prefix != stored:
                raise ServerError(f"Databasen er satt opp med rolleprefikset «{stored}», ikke «{prefix}». Kjør "
                                  f"«server init» uten --role-prefix, eller med --role-prefix {stored}.")
            chosen = prefix or stored or sr.DEFAULT_PREFIX
            try:
                sr.check_prefix(chosen)
            except sr.PrefixError:
                raise ServerError(f"Rolleprefikset «{chosen}» kan bare ha små bokstaver a-z, sifre og _, og "
                                  "høyst 41 tegn.") from None
            owner = sr.owner_role(chosen)
            created, moved = _prepare_roles(conn, chosen, url.database or "")
    finally:
        engine.dispose()

    owner_engine = _engine(target, role=owner)
    try:
        with _server_errors(url):
            before = current_revision(owner_engine)
            if before is not None and before > head_revision():
                raise ServerError(f"Databasen har skjemaversjon {before}, som er nyere enn denne versjonen av "
                                  f"programmet ({head_revision()}). Oppdater programmet før «server init».")
            from db.migrate import upgrade

            migration = upgrade(owner_engine)
            made_demo = _install_data(owner_engine, demo=demo, today=today)
            with owner_engine.begin() as conn:
                tables, unknown = _lay_access(conn, chosen)
    finally:
        owner_engine.dispose()
    return InitResult(
        database=url.database or "", prefix=chosen, owner=owner, schema_from=migration.from_revision,
        schema_to=migration.to_revision, roles_created=created, tables_with_rls=tables,
        unknown_tables=unknown, ownership_moved=moved, demo=made_demo,
    )


def _prepare_roles(conn: Connection, prefix: str, database: str) -> tuple[list[str], list[str]]:
    """As the administrator: the roles, the owner's rights on the schema, tables handed to the
    owner, and who may connect."""
    me = conn.execute(text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")).one()
    if not (me.rolsuper or me.rolcreaterole):
        raise ServerError("Innloggingen i adressen kan ikke lage roller. Kjør «server init» som en superbruker "
                          "(for eksempel postgres) eller som en rolle med CREATEROLE som eier databasen.")
    owner = sr.owner_role(prefix)
    created = []
    for name in (owner, *sr.group_roles(prefix)):
        if not _role_exists(conn, name):
            conn.execute(text(f"CREATE ROLE {sr.quote_ident(name)} NOLOGIN"))
            created.append(name)
    if not me.rolsuper:
        # The administrator acts as the owner (SET ROLE) and must be a member to do so.
        conn.execute(text(f"GRANT {sr.quote_ident(owner)} TO CURRENT_USER"))
    conn.execute(text(f"GRANT USAGE, CREATE ON SCHEMA public TO {sr.quote_ident(owner)}"))
    # PostgreSQL 13 and 14 let everyone create objects in «public»; nobody but the owner may here.
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    moved = []
    for kind, name in conn.execute(text(
        "SELECT c.relkind, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') "
        "AND pg_get_userbyid(c.relowner) <> :owner ORDER BY c.relname"), {"owner": owner}).all():
        what = {"v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}.get(kind, "TABLE")
        conn.execute(text(f"ALTER {what} public.{sr.quote_ident(name)} OWNER TO {sr.quote_ident(owner)}"))
        moved.append(name)
    for signature in conn.execute(text(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND p.proname LIKE 'styringsdialog%' AND pg_get_userbyid(p.proowner) <> :owner"),
            {"owner": owner}).scalars():
        conn.execute(text(f"ALTER FUNCTION {signature} OWNER TO {sr.quote_ident(owner)}"))
    db = sr.quote_ident(database)
    everyone = ", ".join(sr.quote_ident(g) for g in sr.group_roles(prefix))
    # Only the granted roles reach this database (roles are shared by the whole server).
    conn.execute(text(f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {db} TO {everyone}, {sr.quote_ident(owner)}"))
    return created, moved


def _install_data(owner_engine: Engine, *, demo: bool, today: date | None) -> bool:
    from app.agreements.templates import install_builtin_templates
    from db.models import Municipality
    from db.session import make_session_factory, unit_of_work

    factory = make_session_factory(owner_engine)
    with unit_of_work(factory) as session:
        session.info["audit"] = False  # shipped data, not anyone's change
        install_builtin_templates(session)
    if not demo:
        return False
    with unit_of_work(factory) as session:
        existing = session.scalar(select(Municipality.name).limit(1))
        if existing is not None:
            raise ServerError(f"Databasen inneholder allerede kommunen «{existing}», så demoen legges ikke inn. "
                              "Roller og tilganger er likevel satt opp. Kjør uten --demo.")
        from app.demo import build_demo

        build_demo(session, today=today)
    return True


def _lay_access(conn: Connection, prefix: str) -> tuple[list[str], list[str]]:
    """As the owner: access tables, functions, policies and grants, in one transaction."""
    for statement in sr.access_table_statements():
        conn.execute(text(statement))
    conn.execute(text(f"INSERT INTO {sr.CONFIG_TABLE} (key, value) VALUES ('role_prefix', :p) "
                      "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"), {"p": prefix})
    for statement in sr.function_statements(prefix):
        conn.execute(text(statement))
    tables = _table_names(conn)
    known = {*sr.SHARED_TABLES, *sr.SCHEMA_TABLES, sr.CONFIG_TABLE, *sr.rls_tables()}
    unknown = [t for t in tables if t not in known]
    with_rls = [t for t in tables if t in sr.rls_tables() or t in unknown]
    for table in tables:
        existing = list(conn.execute(text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
                                          "AND tablename = :t"), {"t": table}).scalars())
        if table in with_rls:
            statements = sr.policy_statements(table, existing)
        else:
            statements = [f"DROP POLICY IF EXISTS {sr.quote_ident(n)} ON {table}" for n in existing]
            statements.append(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for statement in statements:
            conn.execute(text(statement))
    for statement in sr.grant_statements(prefix, tables):
        conn.execute(text(statement))
    return with_rls, unknown


# ----------------------------------------------------------------------------- logins

@dataclass
class UserRow:
    login: str
    role: str
    person: str  # the person of the org chart the grant follows, «» if none
    units: list[str]  # the units named in the grant
    visible_units: list[str]  # every unit the login sees now (grant, follow-up links, sub-units)
    can_login: bool
    granted_at: datetime | None = None


def _managed_prefix(conn: Connection) -> str:
    prefix = _prefix_of(conn)
    if prefix is None:
        raise ServerError("Databasen er ikke satt opp for flere brukere ennå. Kjør «styringsdialog server init "
                          "--db ...» først.")
    return prefix


def _check_login_name(login: str, prefix: str) -> None:
    if not login or len(login.encode()) > 63 or login != login.strip():
        raise ServerError(f"«{login}» kan ikke brukes som innloggingsnavn: det må ha 1 til 63 tegn og ingen "
                          "mellomrom først eller sist.")
    if login.startswith("pg_") or login in (sr.owner_role(prefix), *sr.group_roles(prefix)) or login == "public":
        raise ServerError(f"«{login}» er en rolle programmet eller PostgreSQL selv bruker. Velg brukerens egen "
                          "innlogging.")


def _current_units(conn: Connection) -> list[Any]:
    return list(conn.execute(text(
        "SELECT u.lineage_id, u.name, u.code FROM unit u JOIN org_version v ON v.id = u.org_version_id "
        "WHERE v.status = 'current' ORDER BY u.sort_order, u.name")))


def _resolve_units(conn: Connection, names: list[str]) -> list[tuple[uuid.UUID, str]]:
    units = _current_units(conn)
    found: list[tuple[uuid.UUID, str]] = []
    for wanted in names:
        key = wanted.strip().casefold()
        hits = [u for u in units if u.code.casefold() == key] or [u for u in units if u.name.casefold() == key]
        if not hits:
            hits = [u for u in units if key in u.name.casefold()]
        if len(hits) != 1:
            listed = ", ".join(f"{u.name} ({u.code})" for u in (hits or units)[:12])
            what = "passer med flere enheter" if hits else "finnes ikke i gjeldende organisasjon"
            raise ServerError(f"Enheten «{wanted}» {what}. Skriv enhetens kode eller fulle navn, for eksempel: "
                              f"{listed}.")
        found.append((hits[0].lineage_id, hits[0].name))
    return found


def _resolve_person(conn: Connection, wanted: str) -> tuple[uuid.UUID, str]:
    key = wanted.strip().casefold()
    people = conn.execute(text("SELECT id, given_name, family_name, username, email FROM person")).all()
    hits = [p for p in people if (p.username or "").casefold() == key or (p.email or "").casefold() == key]
    if not hits:
        hits = [p for p in people if f"{p.given_name} {p.family_name}".strip().casefold() == key]
    if len(hits) != 1:
        what = "passer med flere personer" if hits else "finnes ikke i organisasjonskartet"
        raise ServerError(f"Personen «{wanted}» {what}. Skriv brukernavnet, e-postadressen eller hele navnet slik "
                          "det står i organisasjonskartet.")
    p = hits[0]
    return p.id, f"{p.given_name} {p.family_name}".strip()


def grant_user(target: str, login: str, role: str, *, units: list[str] | None = None, person: str | None = None,
               password: str | None = None) -> UserRow:
    """Give ``login`` a role: the login role is made if missing (with ``password`` if given),
    put in the role's group, and mapped to its person and units. Replaces an earlier grant."""
    if role not in sr.ROLES:
        raise ServerError(f"Rollen «{role}» finnes ikke. Velg en av: {', '.join(sr.ROLES)}.")
    units = units or []
    url = server_url(target)
    engine = _engine(target)
    try:
        with _server_errors(url), engine.begin() as conn:
            prefix = _managed_prefix(conn)
            _check_login_name(login, prefix)
            unit_refs = _resolve_units(conn, units)
            person_ref = _resolve_person(conn, person) if person else None
            if person_ref is None and role in ("kommunalsjef", "enhetsleder"):
                own = conn.execute(text("SELECT username FROM person WHERE lower(username) = lower(:l)"),
                                   {"l": login}).scalar()
                if own is not None:
                    person_ref = _resolve_person(conn, own)
                elif not unit_refs:
                    raise ServerError(f"En {role} ser bare sine egne enheter. Oppgi hvilke med --unit ENHET, eller "
                                      "hvem i organisasjonskartet innloggingen er med --person NAVN.")
            row = conn.execute(text("SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = :n"),
                               {"n": login}).first()
            quoted = sr.quote_ident(login)
            if row is None:
                conn.execute(text(f"CREATE ROLE {quoted} LOGIN"))
            elif role not in sr.SEES_ALL and (row.rolsuper or row.rolbypassrls or conn.execute(
                    text("SELECT pg_has_role(:n, :o, 'MEMBER')"), {"n": login, "o": sr.owner_role(prefix)}).scalar()):
                raise ServerError(f"«{login}» er superbruker, eier av tabellene eller har BYPASSRLS, og ser derfor alt "
                                  "uansett rolle. Gi personen en egen, vanlig innlogging.")
            if password is not None:
                conn.exec_driver_sql(f"ALTER ROLE {quoted} PASSWORD {sr.quote_literal(_scram(conn, login, password))}")
            for other in sr.ROLES:
                group = sr.quote_ident(sr.group_role(prefix, other))
                if other == role:
                    conn.execute(text(f"GRANT {group} TO {quoted}"))
                elif conn.execute(text("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                       "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u"),
                                  {"g": sr.group_role(prefix, other), "u": login}).scalar():
                    conn.execute(text(f"REVOKE {group} FROM {quoted}"))
            conn.execute(text(
                f"INSERT INTO {sr.ACCESS_TABLE} (login, role, person_id) VALUES (:l, :r, :p) "
                "ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role, person_id = EXCLUDED.person_id, "
                "granted_at = now(), granted_by = session_user"),
                {"l": login, "r": role, "p": person_ref[0] if person_ref else None})
            conn.execute(text(f"DELETE FROM {sr.ACCESS_UNIT_TABLE} WHERE login = :l"), {"l": login})
            for lineage_id, _name in unit_refs:
                conn.execute(text(f"INSERT INTO {sr.ACCESS_UNIT_TABLE} (login, unit_lineage_id) VALUES (:l, :u) "
                                  "ON CONFLICT DO NOTHING"), {"l": login, "u": lineage_id})
            return _user_rows(conn, login)[0]
    finally:
        engine.dispose()


def _scram(conn: Connection, login: str, password: str) -> str:
    """The password as a SCRAM verifier made here, so the clear text never reaches the server (or its log)."""
    raw = conn.connection.driver_connection
    assert raw is not None  # an open connection (it ran the checks before)
    verifier = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return verifier.decode()


def revoke_user(target: str, login: str, *, drop_login: bool = False) -> bool:
    """Take the login's access to this database away; ``drop_login`` also removes the login role
    from the server (refused by the server while the role has rights elsewhere). False if the
    login had no grant here."""
    url = server_url(target)
    engine = _engine(target)
    try:
        with _server_errors(url), engine.begin() as conn:
            prefix = _managed_prefix(conn)
            _check_login_name(login, prefix)
            had = conn.execute(text(f"DELETE FROM {sr.ACCESS_TABLE} WHERE login = :l RETURNING login"),
                               {"l": login}).first() is not None
            if _role_exists(conn, login):
                for group in sr.group_roles(prefix):
                    conn.execute(text(f"REVOKE {sr.quote_ident(group)} FROM {sr.quote_ident(login)}"))
                if drop_login:
                    conn.execute(text(f"DROP ROLE {sr.quote_ident(login)}"))
            return had
    finally:
        engine.dispose()


def list_users(target: str) -> list[UserRow]:
    url = server_url(target)
    engine = _engine(target)
    try:
        with _server_errors(url), engine.connect() as conn:
            _managed_prefix(conn)
            return _user_rows(conn)
    finally:
        engine.dispose()


def _user_rows(conn: Connection, login: str | None = None) -> list[UserRow]:
    names = {u.lineage_id: u.name for u in _current_units(conn)}
    where = "WHERE a.login = :l" if login is not None else ""
    rows = conn.execute(text(
        f"SELECT a.login, a.role, a.granted_at, p.given_name, p.family_name, r.rolcanlogin, "
        f"{sr.FN_UNITS_OF}(a.login) AS visible, "
        f"ARRAY(SELECT unit_lineage_id FROM {sr.ACCESS_UNIT_TABLE} x WHERE x.login = a.login) AS named "
        f"FROM {sr.ACCESS_TABLE} a LEFT JOIN person p ON p.id = a.person_id "
        f"LEFT JOIN pg_roles r ON r.rolname = a.login {where} ORDER BY a.role, a.login"), {"l": login}).all()
    return [UserRow(
        login=r.login, role=r.role, person=f"{r.given_name or ''} {r.family_name or ''}".strip(),
        units=sorted(names.get(u, str(u)) for u in r.named),
        visible_units=sorted(names[u] for u in r.visible if u in names),
        can_login=bool(r.rolcanlogin), granted_at=r.granted_at,
    ) for r in rows]


# ----------------------------------------------------------------------------- opening as a user

def open_check(engine: Engine) -> MigrationResult | None:
    """For ``app.storage.database.open_database`` on a server: None when the usual path applies (upgrade,
    shipped templates), else the schema's revision, checked.

    A database set up with ``server init`` is upgraded only by ``server init``, which runs as the
    owner and lays grants and policies over the new tables; users have no DDL rights. So on such
    a database nothing is upgraded or installed at open, and a schema behind the program is a
    message asking IT to run it.
    """
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        if not conn.execute(text("SELECT to_regclass('public.server_config') IS NOT NULL")).scalar():
            return None
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            if conn.execute(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar() else None
    head = head_revision()
    where = engine.url.render_as_string(hide_password=True)
    if revision is None or revision < head:
        raise DatabaseOpenError(
            f"Databasen på serveren ({where}) har skjemaversjon {revision or 'ingen'}, men denne versjonen av "
            f"Styringsdialog trenger {head}. Be IT-avdelingen kjøre «styringsdialog server init --db ...» med den nye "
            "versjonen av programmet (docs/SERVER.md), og prøv igjen.")
    if revision > head:
        raise DatabaseOpenError(
            f"Databasen på serveren ({where}) er oppgradert til en nyere versjon av Styringsdialog ({revision}). "
            "Installer den nyeste versjonen av programmet.")
    return MigrationResult(revision, head, None)


def refusal_message(exc: BaseException) -> str | None:
    """The user's message when the server refused a change for lack of rights (SQLSTATE 42501:
    no privilege on the table, or a row outside what the role may write), else None."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) != "42501":
        return None
    return ("Du har ikke tilgang til å gjøre denne endringen. Rollen din på databaseserveren gir bare tilgang til "
            "dine egne enheter, og endringen er ikke lagret. Spør rådmannens stab om du mener du skal ha tilgang.")


# ----------------------------------------------------------------------------- upload and verify

@dataclass
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sha256 == self.target_sha256


@dataclass
class TransferResult:
    source: str
    target: str
    schema: str
    tables: list[TableCheck] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)


class VerifyError(ServerError):
    def __init__(self, message: str, result: TransferResult) -> None:
        super().__init__(message)
        self.result = result


def data_tables() -> list[Table]:
    """The tables that hold the data, parents before children. The search index (SQLite's FTS5
    tables, PostgreSQL's GIN indexes) is not data: the target builds its own."""
    import db.models  # noqa: F401 - registers every table
    from db.base import Base

    return list(Base.metadata.sorted_tables)


# Rows are compared as the lines of PostgreSQL's COPY text format, the same spelling the upload
# sends: the file's rows are written out in Python, the server's rows are read back with COPY TO,
# and each side's sorted lines are hashed. Only JSON is parsed on the way back (the server keeps
# json text as it came, and another writer may space it differently).
_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f",
                          "\v": "\\v"})
_UNESCAPE = re.compile(r"\\(.)")
_UNESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v"}
NULL = "\\N"
# How the server spells values in the COPY lines read back (set for the reading transaction only).
_OUTPUT_SETTINGS = ("SET LOCAL TimeZone = 'UTC'", "SET LOCAL DateStyle = 'ISO, YMD'",
                    "SET LOCAL bytea_output = 'hex'", "SET LOCAL extra_float_digits = 3")


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)


def _unescape(field: str) -> str:
    return _UNESCAPE.sub(lambda m: _UNESCAPES.get(m.group(1), m.group(1)), field)


def _json_text(value: Any) -> str:
    # Key order kept: templates and notes are shown in the order they were written.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _timestamp(value: datetime) -> str:
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)  # SQLite keeps UTC, naive
    utc = aware.astimezone(UTC)
    fraction = f".{utc.microsecond:06d}".rstrip("0") if utc.microsecond else ""
    return f"{utc:%Y-%m-%d %H:%M:%S}{fraction}+00"


@lru_cache(maxsize=65536)  # rows written together share their timestamps: 200,000 lines, a few values
def _stored_timestamp(raw: str) -> str:
    return _timestamp(datetime.fromisoformat(raw))


def _stored_uuid(raw: Any) -> str:
    if isinstance(raw, str) and len(raw) == 32:  # how SQLAlchemy keeps a UUID in SQLite: 32 hex digits
        return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}".lower()
    if isinstance(raw, bytes):
        return str(uuid.UUID(bytes=raw))
    return str(uuid.UUID(str(raw)))


def _formatter(column: Any) -> Callable[[Any], str]:
    """A value as SQLite stores it for the models' type -> the column's field in a COPY text line.

    Read raw, without SQLAlchemy's conversions: 200,000 budget lines in seconds rather than a
    minute. The spelling is the one SQLAlchemy writes (``db/`` on SQLite): UUIDs as 32 hex
    digits, timestamps as UTC text without the zone, booleans as 0/1, JSON as text.
    """
    from sqlalchemy import JSON, Boolean, Date, DateTime, LargeBinary, Numeric, Uuid

    kind = column.type
    if isinstance(kind, JSON):  # SQL NULL and JSON null read alike, as SQLAlchemy reads them
        return lambda v: _escape(_json_text(None if v is None else json.loads(v)))
    if isinstance(kind, Uuid):
        return lambda v: NULL if v is None else _stored_uuid(v)
    if isinstance(kind, DateTime):
        return lambda v: NULL if v is None else _stored_timestamp(str(v))
    if isinstance(kind, Date):
        return lambda v: NULL if v is None else date.fromisoformat(str(v)[:10]).isoformat()
    if isinstance(kind, Boolean):
        return lambda v: NULL if v is None else ("t" if v else "f")
    if isinstance(kind, Numeric) and kind.scale is not None:
        scale = kind.scale
        return lambda v: NULL if v is None else f"{Decimal(str(v)):.{scale}f}"
    if isinstance(kind, LargeBinary):
        return lambda v: NULL if v is None else _escape("\\x" + bytes(v).hex())
    return lambda v: NULL if v is None else (v.translate(_ESCAPES) if isinstance(v, str) else str(v))


def _json_positions(table: Table) -> list[int]:
    from sqlalchemy import JSON

    return [i for i, c in enumerate(table.columns) if isinstance(c.type, JSON)]


def source_lines(conn: Connection, table: Table) -> Iterator[str]:
    """The rows of a table of a SQLite file as COPY text lines."""
    formats = [_formatter(c) for c in table.columns]
    columns = ", ".join(sr.quote_ident(c.name) for c in table.columns)
    for row in conn.exec_driver_sql(f"SELECT {columns} FROM {table.name}"):
        yield "\t".join([f(v) for f, v in zip(formats, row, strict=True)])


def server_lines(conn: Connection, table: Table) -> list[str]:
    """The table's rows on the server as COPY text lines, JSON fields in the spelling of ``source_lines``."""
    for statement in _OUTPUT_SETTINGS:
        conn.exec_driver_sql(statement)
    raw = conn.connection.driver_connection
    assert raw is not None  # an open connection (it ran the statements above)
    columns = ", ".join(sr.quote_ident(c.name) for c in table.columns)
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({columns}) TO STDOUT") as copy:
        data = b"".join(bytes(block) for block in copy)
    lines = data.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    positions = _json_positions(table)
    if positions:
        for i, line in enumerate(lines):
            fields = line.split("\t")
            for p in positions:
                value = None if fields[p] == NULL else json.loads(_unescape(fields[p]))
                fields[p] = _escape(_json_text(value))
            lines[i] = "\t".join(fields)
    return lines


def digest(lines: list[str]) -> tuple[int, str]:
    """Row count and sha256 over the sorted lines: the same figure for the same rows in any order."""
    h = hashlib.sha256()
    for line in sorted(lines):
        h.update(line.encode())
        h.update(b"\n")
    return len(lines), h.hexdigest()


@contextmanager
def source_copy(path: str | Path, passphrase: str | None = None) -> Iterator[Engine]:
    """A private copy of a desktop file at the newest schema, with the shipped templates, as the
    program would open it; the file itself is not touched."""
    from app.agreements.templates import install_builtin_templates
    from db import cipher
    from db.backup import backup_sqlite
    from db.check import check_database
    from db.engine import make_engine
    from db.migrate import upgrade
    from db.session import make_session_factory, unit_of_work

    source = Path(path).expanduser()
    if is_url(str(path)) or not source.is_file() or source.stat().st_size == 0:
        raise ServerError(f"«{path}» er ikke en databasefil. Oppgi skrivebordsdatabasen (.sdb) med --from.")
    folder = Path(tempfile.mkdtemp(prefix="styringsdialog-opplasting-"))
    engine: Engine | None = None
    try:
        copy = folder / "kilde.sdb"
        if cipher.is_encrypted(source):
            if passphrase is None:
                from app.storage.encryption import PassphraseNeededError

                raise PassphraseNeededError(source)
            cipher.decrypt_file(source, copy, passphrase)
        else:
            backup_sqlite(source, copy)
        engine = make_engine(copy)
        report = check_database(engine, quick=True)
        if report.integrity:
            raise ServerError(f"«{source.name}» er skadet ({report.integrity[0]}), så den lastes ikke opp. "
                              "Gjenopprett den fra en sikkerhetskopi først.")
        if report.revision is not None and report.revision > report.head:
            raise ServerError(f"«{source.name}» er laget med en nyere versjon av Styringsdialog ({report.revision}). "
                              "Oppdater programmet først.")
        upgrade(engine)
        with unit_of_work(make_session_factory(engine)) as session:
            session.info["audit"] = False
            install_builtin_templates(session)
        yield engine
    finally:
        if engine is not None:
            engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _check_target(conn: Connection, replace: bool, url: URL) -> None:
    prefix = _prefix_of(conn)
    revision = current_revision_of(conn)
    if prefix is None or revision != head_revision():
        raise ServerError(f"Databasen {url.render_as_string(hide_password=True)} er ikke satt opp med denne versjonen "
                          "av programmet. Kjør «styringsdialog server init --db ...» først, så «server upload».")
    if replace:
        return
    busy = []
    for table in data_tables():
        if table.name == "database_identity":
            continue  # every new database has one (migration 0009); the file brings its own
        if table.name == "agreement_template":
            n = conn.execute(text("SELECT count(*) FROM agreement_template WHERE NOT is_builtin")).scalar()
        else:
            n = conn.execute(select(text("count(*)")).select_from(table)).scalar()
        if n:
            busy.append(f"{table.name} ({n})")
    if busy:
        raise ServerError("Databasen på serveren har allerede data: " + ", ".join(busy[:8])
                          + ". Lastes det opp til den, blandes to kommuner. Bruk --replace for å erstatte alt "
                            "innholdet (tilgangene beholdes), eller en ny, tom database.")


def current_revision_of(conn: Connection) -> str | None:
    if not conn.execute(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar():
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


Progress = Callable[[str, int], None]
COPY_BATCH = 5000


def upload(source: str | Path, target: str, *, replace: bool = False, passphrase: str | None = None,
           progress: Progress | None = None) -> TransferResult:
    """Copy every table of a desktop file into a server database made by ``server init``, in one
    transaction, and check each table's row count and checksum on both sides before committing:
    a difference rolls everything back (``VerifyError`` with the figures)."""
    import time

    started = time.perf_counter()
    url = server_url(target)
    engine = _engine(target)
    try:
        with source_copy(source, passphrase) as src, _server_errors(url), src.connect() as sconn, \
                engine.begin() as conn:
            _check_target(conn, replace, url)
            tables = data_tables()
            if replace:
                conn.execute(text("TRUNCATE " + ", ".join(t.name for t in tables)))
            else:
                conn.execute(text("DELETE FROM agreement_template WHERE is_builtin"))  # the file brings its own
                conn.execute(text("DELETE FROM database_identity"))  # and its identity (issue 21, docs/SEMINAR.md)
            result = TransferResult(str(source), url.render_as_string(hide_password=True), head_revision())
            raw = conn.connection.driver_connection
            assert raw is not None  # an open connection (it ran the statements above)
            sources: dict[str, tuple[int, str]] = {}
            for table in tables:
                lines = list(source_lines(sconn, table))
                sources[table.name] = digest(lines)
                columns = ", ".join(sr.quote_ident(c.name) for c in table.columns)
                with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
                    for i in range(0, len(lines), COPY_BATCH):
                        copy.write("".join(line + "\n" for line in lines[i:i + COPY_BATCH]))
                if progress is not None:
                    progress(table.name, len(lines))
            for table in tables:
                rows, sha = digest(server_lines(conn, table))
                result.tables.append(TableCheck(table.name, sources[table.name][0], rows, sources[table.name][1], sha))
            if not result.ok:
                bad = ", ".join(t.table for t in result.tables if not t.ok)
                raise VerifyError(f"Kontrollen etter kopieringen fant forskjeller i {bad}. Ingenting er lagret på "
                                  "serveren. Meld fra om feilen.", result)
    finally:
        engine.dispose()
    result.seconds = time.perf_counter() - started
    return result


def verify(source: str | Path, target: str, *, passphrase: str | None = None) -> TransferResult:
    """Compare a desktop file with a server database table by table (row counts and checksums),
    as ``upload`` does before it commits; nothing is changed."""
    import time

    started = time.perf_counter()
    url = server_url(target)
    engine = _engine(target)
    try:
        with source_copy(source, passphrase) as src, _server_errors(url), src.connect() as sconn, \
                engine.connect() as conn:
            result = TransferResult(str(source), url.render_as_string(hide_password=True),
                                    current_revision_of(conn) or "")
            for table in data_tables():
                s_rows, s_sha = digest(list(source_lines(sconn, table)))
                t_rows, t_sha = digest(server_lines(conn, table))
                result.tables.append(TableCheck(table.name, s_rows, t_rows, s_sha, t_sha))
    finally:
        engine.dispose()
    result.seconds = time.perf_counter() - started
    return result
