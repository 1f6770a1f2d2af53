"""Roles on a shared PostgreSQL server: the access tables, functions, grants and row-level
security policies that ``styringsdialog server init`` makes (docs/SERVER.md).

Every statement here is plain SQL text, built from fixed names and the role prefix (checked
by :func:`check_prefix`), so the SQLite file and the Alembic migrations stay as they are: none
of this exists on a desktop file.

The model:

- A NOLOGIN owner role (``<prefix>_eier``) owns every table. Users are never owners, so
  row-level security applies to every one of them (owners and their members bypass it).
- Four NOLOGIN group roles (``<prefix>_radmann``, ``_stab``, ``_kommunalsjef``, ``_enhetsleder``)
  carry the table privileges: which commands a role may run on which table.
- ``server_access`` maps a login to its role and, for a kommunalsjef or a unit leader, to a
  person of the org chart and/or units (``server_access_unit``). This table, not the group
  membership, decides which rows a login sees: the policies ask the SECURITY DEFINER functions
  below, which read it for ``session_user``. A login with no row sees no per-unit row.
- Units are unit lineages, so an agreement follows its unit across org versions; a grant for a
  unit covers the units under it in the current org chart, computed when the query runs.
"""

from __future__ import annotations

import re

from db import search_pg

ROLES = ("radmann", "stab", "kommunalsjef", "enhetsleder")
SEES_ALL = ("radmann", "stab")
OWNER = "eier"
DEFAULT_PREFIX = "styringsdialog"
_PREFIX = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")

ACCESS_TABLE = "server_access"
ACCESS_UNIT_TABLE = "server_access_unit"
CONFIG_TABLE = "server_config"
SERVER_TABLES = (CONFIG_TABLE, ACCESS_TABLE, ACCESS_UNIT_TABLE)

# Tables whose rows belong to a unit: the unit's lineage is on the row itself ...
UNIT_TABLES = {"agreement": "unit_lineage_id", "meeting": "unit_lineage_id", "indicator_value": "unit_lineage_id"}
# ... or on the parent row (column -> parent table): the child is visible when the parent is.
CHILD_TABLES = {
    "goal": ("agreement_id", "agreement"),
    "assessment": ("goal_id", "goal"),
    "meeting_goal_status": ("meeting_id", "meeting"),
    "action_item": ("meeting_id", "meeting"),
    "forecast": ("meeting_id", "meeting"),
    "yearly_plan": ("agreement_id", "agreement"),
}
BUDGET_TABLE = "budget_line"  # figures, by ansvar code -> unit (UnitAnsvar, current org)
AUDIT_TABLE = "audit_entry"  # summaries and old/new values quote agreements and notes
# The org chart, templates, code lists, budget set names and settings: everyone reads them;
# only the rådmann and staff change them (the org chart decides what the others may see).
SHARED_TABLES = (
    "municipality", "org_version", "unit", "unit_ansvar", "person", "position", "follow_up_link",
    "network", "network_membership", "agreement_template", "common_requirement", "budget_set",
    "kostra_code", "setting",
    # the målekart's definitions (issue 19); the municipal roll-up is FN_SCORECARD_ROLLUP
    "focus_area", "municipal_goal", "indicator", "unit_indicator",
    # reorganisation projects and what the chart draws beyond the tree (issue 20): structure, not figures
    "reorganisation_project", "reorganisation_alternative", "unit_relation", "role_description", "unit_succession",
    # the database's identity, seminar packages and samlingsnotat (issue 21, docs/SEMINAR.md)
    "database_identity", "seminar_package", "seminar_base_row", "seminar_note", "seminar_action",
)
SCHEMA_TABLES = ("alembic_version",)

# What a kommunalsjef and a unit leader may change, within the rows they see.
WRITES: dict[str, dict[str, tuple[str, ...]]] = {
    "kommunalsjef": {
        "agreement": ("INSERT", "UPDATE", "DELETE"),
        "goal": ("INSERT", "UPDATE", "DELETE"),
        "assessment": ("INSERT", "UPDATE", "DELETE"),
        "meeting": ("INSERT", "UPDATE", "DELETE"),
        "meeting_goal_status": ("INSERT", "UPDATE", "DELETE"),
        "action_item": ("INSERT", "UPDATE", "DELETE"),
        "indicator_value": ("INSERT", "UPDATE", "DELETE"),
        "forecast": ("INSERT", "UPDATE", "DELETE"),
        **{t: ("INSERT", "UPDATE") for t in ("seminar_package", "seminar_note", "seminar_action")},
    },
    "enhetsleder": {
        "assessment": ("INSERT", "UPDATE"),  # their self-assessment only (ROW_CONDITIONS)
        "meeting": ("INSERT", "UPDATE"),
        "meeting_goal_status": ("INSERT", "UPDATE", "DELETE"),
        "action_item": ("INSERT", "UPDATE", "DELETE"),
        "indicator_value": ("INSERT", "UPDATE"),  # their own unit's values
        "forecast": ("INSERT", "UPDATE"),
        # a merge home records the package and brings its samlingsnotat (issue 21); the rows of
        # the other tables are still decided by the row rules above
        **{t: ("INSERT", "UPDATE") for t in ("seminar_package", "seminar_note", "seminar_action")},
    },
}
# A further condition on the rows a role may write in a table.
ROW_CONDITIONS = {("enhetsleder", "assessment"): "assessor = 'self'"}

FN_ROLE = "styringsdialog_role"
FN_SEES_ALL = "styringsdialog_sees_all"
FN_UNITS = "styringsdialog_visible_units"
FN_ANSVAR_UNITS = "styringsdialog_ansvar_units"
FN_ANSVAR = "styringsdialog_visible_ansvar"
FN_AUDIT_LOGIN = "styringsdialog_audit_login"
FN_UNITS_OF = "styringsdialog_units_of"
FN_SCORECARD_ROLLUP = "styringsdialog_scorecard_rollup"
# What the policies call, run by the users; the others are called only from inside these
# (as the owner) or by the administrator (``server users`` shows what a login will see).
USER_FUNCTIONS = (FN_ROLE, FN_SEES_ALL, FN_UNITS, FN_ANSVAR)
OWNER_FUNCTIONS = ((FN_ANSVAR_UNITS, ""), (FN_UNITS_OF, "text"))
# The municipal målekart: every role reads the rolled-up values, not the units' values behind them.
ROLLUP_ARGS = "integer, integer, integer"
POLICY_PREFIX = "sd_"


class PrefixError(ValueError):
    pass


def check_prefix(prefix: str) -> str:
    if not _PREFIX.match(prefix):
        raise PrefixError(prefix)
    return prefix


def owner_role(prefix: str) -> str:
    return f"{check_prefix(prefix)}_{OWNER}"


def group_role(prefix: str, role: str) -> str:
    if role not in ROLES:
        raise ValueError(role)
    return f"{check_prefix(prefix)}_{role}"


def group_roles(prefix: str) -> list[str]:
    return [group_role(prefix, r) for r in ROLES]


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def access_table_statements() -> list[str]:
    """The mapping of logins to roles, persons and units, and the prefix the roles were made with.

    No foreign key to ``person``: emptying the data tables (``server upload --replace``) must
    leave the grants alone; a login whose person is gone simply sees no unit through it.
    """
    roles = ", ".join(quote_literal(r) for r in ROLES)
    return [
        f"CREATE TABLE IF NOT EXISTS {CONFIG_TABLE} (key text PRIMARY KEY, value text NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS {ACCESS_TABLE} ("
        "login text PRIMARY KEY, "
        f"role text NOT NULL CHECK (role IN ({roles})), "
        "person_id uuid, "
        "granted_at timestamptz NOT NULL DEFAULT now(), "
        "granted_by text NOT NULL DEFAULT session_user)",
        f"CREATE TABLE IF NOT EXISTS {ACCESS_UNIT_TABLE} ("
        f"login text NOT NULL REFERENCES {ACCESS_TABLE}(login) ON DELETE CASCADE ON UPDATE CASCADE, "
        "unit_lineage_id uuid NOT NULL, "
        "PRIMARY KEY (login, unit_lineage_id))",
    ]


def _definer(name: str, returns: str, body: str, args: str = "") -> str:
    # SECURITY DEFINER: runs as the owner, who may read the access table and the whole org chart;
    # a fixed search_path so nothing a user could create is found first.
    return (f"CREATE OR REPLACE FUNCTION {name}({args}) RETURNS {returns} LANGUAGE sql STABLE SECURITY DEFINER "
            f"SET search_path = public, pg_temp AS $fn$ {body} $fn$")


def function_statements(prefix: str) -> list[str]:
    """The functions the policies call. ``session_user`` (the login), not ``current_user``
    (inside a SECURITY DEFINER function that is the owner)."""
    sees_all = ", ".join(quote_literal(r) for r in SEES_ALL)
    units = f"""
      WITH RECURSIVE me AS (
        SELECT role, person_id FROM {ACCESS_TABLE} WHERE login = $1
      ), cur AS (
        SELECT u.id, u.parent_id, u.lineage_id FROM unit u JOIN org_version v ON v.id = u.org_version_id
         WHERE v.status = 'current'
      ), roots AS (
        SELECT cur.id FROM cur JOIN {ACCESS_UNIT_TABLE} a ON a.unit_lineage_id = cur.lineage_id
         WHERE a.login = $1
        UNION
        SELECT cur.id FROM cur JOIN follow_up_link f ON f.unit_id = cur.id JOIN me ON me.person_id = f.lead_person_id
         WHERE me.role = 'kommunalsjef' AND f.start_date <= current_date
           AND (f.end_date IS NULL OR f.end_date >= current_date)
        UNION
        SELECT cur.id FROM cur JOIN position p ON p.unit_id = cur.id JOIN me ON me.person_id = p.person_id
         WHERE me.role = 'enhetsleder' AND p.role IN ('leader', 'acting_leader') AND p.start_date <= current_date
           AND (p.end_date IS NULL OR p.end_date >= current_date)
      ), tree AS (
        SELECT id FROM roots
        UNION
        SELECT cur.id FROM cur JOIN tree ON cur.parent_id = tree.id
      )
      SELECT coalesce(array_agg(DISTINCT cur.lineage_id), '{{}}') FROM cur JOIN tree ON tree.id = cur.id
       WHERE (SELECT role FROM me) IN ('kommunalsjef', 'enhetsleder')
    """
    # Which unit lineage owns each ansvar code of the budget lines, by the rules of
    # app.budget.mapping.AnsvarMap: an exact code wins over a range (the narrowest first), a
    # range over a prefix «21*» (the longest first); numeric ranges compare as numbers, text
    # ranges as text of the same width.
    ansvar_units = r"""
      WITH m AS (
        SELECT u.lineage_id, btrim(a.code) AS low, btrim(coalesce(a.code_to, '')) AS high
          FROM unit_ansvar a JOIN unit u ON u.id = a.unit_id JOIN org_version v ON v.id = u.org_version_id
         WHERE v.status = 'current'
      ), codes AS (
        SELECT DISTINCT ansvar AS raw, btrim(ansvar) AS code FROM budget_line
      ), hits AS (
        SELECT c.raw, m.lineage_id, 0 AS rank, 0::numeric AS width
          FROM codes c JOIN m ON m.high = '' AND right(m.low, 1) <> '*' AND m.low = c.code
        UNION ALL
        SELECT c.raw, m.lineage_id, 1,
               CASE WHEN m.low ~ '^[0-9]+$' AND m.high ~ '^[0-9]+$' THEN m.high::numeric - m.low::numeric
                    ELSE 4611686018427387904 END
          FROM codes c JOIN m ON m.high <> '' AND right(m.low, 1) <> '*' AND CASE
               WHEN m.low ~ '^[0-9]+$' AND m.high ~ '^[0-9]+$' AND c.code ~ '^[0-9]+$'
               THEN c.code::numeric BETWEEN m.low::numeric AND m.high::numeric
               ELSE length(c.code) = length(m.low) AND length(m.low) = length(m.high)
                    AND c.code COLLATE "C" >= m.low COLLATE "C" AND c.code COLLATE "C" <= m.high COLLATE "C" END
        UNION ALL
        SELECT c.raw, m.lineage_id, 2, -length(m.low)
          FROM codes c JOIN m ON right(m.low, 1) = '*' AND starts_with(c.code, rtrim(m.low, '*'))
      )
      SELECT DISTINCT ON (raw) raw, lineage_id FROM hits ORDER BY raw, rank, width
    """
    visible_ansvar = f"""
      SELECT coalesce(array_agg(a.code), '{{}}') FROM {FN_ANSVAR_UNITS}() a
       WHERE a.lineage_id = ANY ((SELECT {FN_UNITS}())::uuid[])
    """
    owner = quote_literal(owner_role(prefix))
    return [
        _definer(FN_ROLE, "text", f"SELECT role FROM {ACCESS_TABLE} WHERE login = session_user"),
        _definer(FN_SEES_ALL, "boolean",
                 f"SELECT EXISTS (SELECT 1 FROM {ACCESS_TABLE} WHERE login = session_user AND role IN ({sees_all}))"),
        _definer(FN_UNITS_OF, "uuid[]", units, "login text"),
        _definer(FN_UNITS, "uuid[]", f"SELECT {FN_UNITS_OF}(session_user)"),
        _definer(FN_ANSVAR_UNITS, "TABLE (code text, lineage_id uuid)", ansvar_units),
        _definer(FN_ANSVAR, "text[]", visible_ansvar),
        _definer(FN_SCORECARD_ROLLUP, "TABLE (indicator_id uuid, value numeric, units integer)",
                 SCORECARD_ROLLUP_SQL, "yr integer, month_from integer, month_to integer"),
        # Follow-up search that can use its indexes under row-level security (see db/search_pg.py).
        search_pg.search_function_statement(
            f"(SELECT {FN_SEES_ALL}()) OR {{m}}.unit_lineage_id = ANY ((SELECT {FN_UNITS}())::uuid[])"),
        # The audit log on the server names the login that made the change, whatever name the
        # program claims; the owner's own writes (init, upload) keep the names they carry.
        f"CREATE OR REPLACE FUNCTION {FN_AUDIT_LOGIN}() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = public, pg_temp AS $fn$ BEGIN "
        f"IF NOT pg_has_role(session_user, {owner}, 'MEMBER') THEN NEW.user_name := session_user; END IF; "
        "RETURN NEW; END $fn$",
        f"DROP TRIGGER IF EXISTS {FN_AUDIT_LOGIN} ON {AUDIT_TABLE}",
        f"CREATE TRIGGER {FN_AUDIT_LOGIN} BEFORE INSERT ON {AUDIT_TABLE} FOR EACH ROW "
        f"EXECUTE FUNCTION {FN_AUDIT_LOGIN}()",
    ]


# The municipal value of each indicator for a year and a span of months, by the indicator's roll-up
# rule, as app.scorecard.rollup computes it on a desktop file: a unit's value is the mean of its
# values whose period ends in the span (a month is its own end, tertial t ends in month 4t, a
# year in December); units weighted by årsverk in the current org chart for «weighted_fte».
SCORECARD_ROLLUP_SQL = """
  WITH v AS (
    SELECT iv.indicator_id, iv.unit_lineage_id, avg(iv.value) AS value
      FROM indicator_value iv JOIN indicator i ON i.id = iv.indicator_id
     WHERE iv.year = $1 AND CASE i.frequency WHEN 'month' THEN iv.period WHEN 'tertial' THEN iv.period * 4
                                  ELSE 12 END BETWEEN $2 AND $3
     GROUP BY iv.indicator_id, iv.unit_lineage_id
  ), w AS (
    SELECT v.*, coalesce((SELECT u.fte FROM unit u JOIN org_version o ON o.id = u.org_version_id
                           WHERE o.status = 'current' AND u.lineage_id = v.unit_lineage_id LIMIT 1), 0) AS fte
      FROM v
  )
  SELECT i.id, CASE i.rollup
           WHEN 'sum' THEN sum(w.value)
           WHEN 'average' THEN avg(w.value)
           WHEN 'weighted_fte' THEN CASE WHEN sum(w.fte) > 0 THEN sum(w.value * w.fte) / sum(w.fte) END
         END, count(w.unit_lineage_id)::integer
    FROM indicator i JOIN w ON w.indicator_id = i.id
   WHERE i.rollup <> 'none'
   GROUP BY i.id, i.rollup
"""


def _visible(table: str) -> str:
    """The SQL condition for «this row belongs to a unit the login sees»."""
    if table in UNIT_TABLES:
        # The scalar subquery is computed once per statement (an InitPlan), not once per row; the cast
        # keeps PostgreSQL from reading «ANY (SELECT ...)» as a subquery over rows.
        return f"{UNIT_TABLES[table]} = ANY ((SELECT {FN_UNITS}())::uuid[])"
    if table in CHILD_TABLES:
        column, parent = CHILD_TABLES[table]
        # The parent's own policies decide: the child is seen exactly when its parent is.
        return f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table}.{column})"
    if table == BUDGET_TABLE:
        return f"ansvar = ANY ((SELECT {FN_ANSVAR}())::text[])"
    raise ValueError(table)


def rls_tables() -> list[str]:
    return [*UNIT_TABLES, *CHILD_TABLES, BUDGET_TABLE, AUDIT_TABLE, ACCESS_TABLE, ACCESS_UNIT_TABLE]


def policy_statements(table: str, existing: list[str]) -> list[str]:
    """Row-level security on ``table``: drops the policies it has (``existing``) and makes ours.

    A table this module does not know (a later migration's) gets the rådmann-and-staff policy
    only: the others see none of its rows until a program version that knows it runs init.
    """
    all_rows = f"((SELECT {FN_SEES_ALL}()))"
    statements = [f"DROP POLICY IF EXISTS {quote_ident(name)} ON {table}" for name in existing]
    statements += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY", f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY",
                   f"CREATE POLICY {POLICY_PREFIX}all ON {table} FOR ALL USING {all_rows} WITH CHECK {all_rows}"]
    if table == AUDIT_TABLE:
        # Everyone's changes are logged; only the rådmann and staff read the log.
        statements.append(f"CREATE POLICY {POLICY_PREFIX}insert ON {table} FOR INSERT "
                          f"WITH CHECK ((SELECT {FN_ROLE}()) IS NOT NULL)")
        return statements
    if table in (ACCESS_TABLE, ACCESS_UNIT_TABLE):
        statements.append(f"CREATE POLICY {POLICY_PREFIX}own ON {table} FOR SELECT USING (login = session_user)")
        return statements
    if table not in UNIT_TABLES and table not in CHILD_TABLES and table != BUDGET_TABLE:
        return statements
    visible = _visible(table)
    statements.append(f"CREATE POLICY {POLICY_PREFIX}read ON {table} FOR SELECT USING ({visible})")
    for command in ("INSERT", "UPDATE", "DELETE"):
        allowed = []
        for role, tables in WRITES.items():
            if command in tables.get(table, ()):
                condition = f"(SELECT {FN_ROLE}()) = {quote_literal(role)}"
                extra = ROW_CONDITIONS.get((role, table))
                allowed.append(f"({condition} AND {extra})" if extra else condition)
        if not allowed:
            continue
        condition = f"({visible}) AND ({' OR '.join(allowed)})"
        name = f"{POLICY_PREFIX}{command.lower()}"
        if command == "INSERT":
            statements.append(f"CREATE POLICY {name} ON {table} FOR INSERT WITH CHECK ({condition})")
        elif command == "UPDATE":
            statements.append(f"CREATE POLICY {name} ON {table} FOR UPDATE USING ({condition}) "
                              f"WITH CHECK ({condition})")
        else:
            statements.append(f"CREATE POLICY {name} ON {table} FOR DELETE USING ({condition})")
    return statements


def grant_statements(prefix: str, tables: list[str]) -> list[str]:
    """Table privileges of the group roles, from nothing (every run revokes first).

    ``tables`` is every table of the schema; one not named in this module is read by all and
    kept to its rådmann-and-staff policy (see :func:`policy_statements`).
    """
    groups = group_roles(prefix)
    everyone = ", ".join(quote_ident(g) for g in groups)
    sees_all = ", ".join(quote_ident(group_role(prefix, r)) for r in SEES_ALL)
    statements = [f"GRANT USAGE ON SCHEMA public TO {everyone}"]
    for table in tables:
        statements.append(f"REVOKE ALL ON {table} FROM PUBLIC, {everyone}")
        statements.append(f"GRANT SELECT ON {table} TO {everyone}")
        if table in SCHEMA_TABLES or table in SERVER_TABLES:
            continue
        if table == AUDIT_TABLE:
            statements.append(f"GRANT INSERT ON {table} TO {everyone}")  # the log is append-only
            continue
        statements.append(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {sees_all}")
        for role, writes in WRITES.items():
            if table in writes:
                statements.append(f"GRANT {', '.join(writes[table])} ON {table} TO "
                                  f"{quote_ident(group_role(prefix, role))}")
    for fn in USER_FUNCTIONS:
        statements.append(f"REVOKE ALL ON FUNCTION {fn}() FROM PUBLIC")
        statements.append(f"GRANT EXECUTE ON FUNCTION {fn}() TO {everyone}")
    for fn, args in OWNER_FUNCTIONS:
        statements.append(f"REVOKE ALL ON FUNCTION {fn}({args}) FROM PUBLIC, {everyone}")
    statements.append(f"REVOKE ALL ON FUNCTION {FN_SCORECARD_ROLLUP}({ROLLUP_ARGS}) FROM PUBLIC")
    statements.append(f"GRANT EXECUTE ON FUNCTION {FN_SCORECARD_ROLLUP}({ROLLUP_ARGS}) TO {everyone}")
    statements.append(f"REVOKE ALL ON FUNCTION {search_pg.SEARCH_FUNCTION}(text, integer) FROM PUBLIC")
    statements.append(f"GRANT EXECUTE ON FUNCTION {search_pg.SEARCH_FUNCTION}(text, integer) TO {everyone}")
    return statements
