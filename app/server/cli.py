"""``styringsdialog server init|grant|revoke|users|upload|verify --db postgresql://...`` (docs/SERVER.md).

``app.cli.build_parser`` calls :func:`add_server_commands`; ``COMMANDS["server"] = run_server``.
The database stack is imported inside the handlers: the window's start-up builds this parser too.
Each command runs with an administrator's login in the URL, never a user's.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_support import emit as _emit
from app.errors import AppError

if TYPE_CHECKING:  # the server module loads SQLAlchemy and psycopg: only when a command runs
    from app.server.admin import TransferResult, UserRow

ROLE_CHOICES = ("radmann", "stab", "kommunalsjef", "enhetsleder")


def add_server_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``server ...`` under the program's sub-commands."""
    server = subparsers.add_parser("server", help="felles PostgreSQL-server: oppsett, brukere, opplasting")
    sub = server.add_subparsers(dest="server_command", metavar="KOMMANDO", required=True)

    init = sub.add_parser(
        "init", parents=[common], help="lag eller oppgrader skjema, roller og tilgangsregler",
        description="Kjøres av IT med en administratorinnlogging i --db. Lager eierrollen og gruppene "
                    "(rådmann, stab, kommunalsjef, enhetsleder), oppgraderer skjemaet og legger tilgangsreglene "
                    "(row-level security). Kjør den på nytt etter hver oppdatering av programmet.")
    init.add_argument("--role-prefix", metavar="PREFIKS",
                      help="begynnelsen på rollenavnene (standard: styringsdialog); en egen for hver database på "
                           "samme server")
    init.add_argument("--demo", action="store_true", help="fyll en tom database med demokommunen")
    init.set_defaults(handler=cmd_init)

    grant = sub.add_parser(
        "grant", parents=[common], help="gi en innlogging en rolle",
        description="Lager innloggingsrollen om den ikke finnes, og gir den rollen. En kommunalsjef ser enhetene "
                    "personen følger opp i organisasjonskartet (--person) og/eller enhetene som nevnes (--unit); "
                    "en enhetsleder sin egen enhet. En enhet tar med enhetene under seg.")
    grant.add_argument("login", metavar="BRUKER", help="innloggingsnavnet på serveren")
    grant.add_argument("--role", required=True, choices=ROLE_CHOICES, help="rollen")
    grant.add_argument("--unit", action="append", default=[], metavar="ENHET",
                       help="enhetens kode eller navn (kan gjentas)")
    grant.add_argument("--person", metavar="NAVN",
                       help="personen i organisasjonskartet (brukernavn, e-post eller fullt navn)")
    password = grant.add_mutually_exclusive_group()
    password.add_argument("--password-stdin", action="store_true", help="les passordet fra første linje på stdin")
    password.add_argument("--ask-password", action="store_true", help="spør etter passordet i terminalen")
    grant.set_defaults(handler=cmd_grant)

    revoke = sub.add_parser("revoke", parents=[common], help="ta tilgangen fra en innlogging")
    revoke.add_argument("login", metavar="BRUKER")
    revoke.add_argument("--drop-login", action="store_true", help="slett også innloggingsrollen fra serveren")
    revoke.set_defaults(handler=cmd_revoke)

    users = sub.add_parser("users", parents=[common], help="vis hvem som har tilgang, og til hvilke enheter")
    users.set_defaults(handler=cmd_users)

    upload = sub.add_parser(
        "upload", parents=[common], help="kopier en skrivebordsdatabase til serveren, kontrollert",
        description="Kopierer alle tabeller fra filen til databasen på serveren i én transaksjon, og sammenligner "
                    "antall rader og en sjekksum per tabell før den lagres. Databasen må være satt opp med «server "
                    "init» og være tom (eller --replace).")
    upload.add_argument("--from", dest="source", required=True, type=Path, metavar="FIL.sdb", help="filen")
    upload.add_argument("--replace", action="store_true",
                        help="erstatt alt innhold i databasen på serveren (tilgangene beholdes)")
    upload.set_defaults(handler=cmd_upload)

    verify = sub.add_parser("verify", parents=[common],
                            help="sammenlign en skrivebordsdatabase med serveren (antall og sjekksummer)")
    verify.add_argument("--from", dest="source", required=True, type=Path, metavar="FIL.sdb", help="filen")
    verify.set_defaults(handler=cmd_verify)


def _url(args: argparse.Namespace) -> str:
    target = getattr(args, "db", None)
    if not target or "://" not in str(target):
        raise AppError("Serverkommandoene trenger adressen til databasen: --db postgresql://BRUKER@VERT:PORT/DATABASE "
                       "(med en administratorinnlogging).")
    return str(target)


def cmd_init(args: argparse.Namespace) -> int:
    from app.server.admin import init_server

    r = init_server(_url(args), prefix=args.role_prefix, demo=args.demo)
    schema = (f"skjema {r.schema_to} (var {r.schema_from})" if r.schema_from != r.schema_to
              else f"skjema {r.schema_to}")
    lines = [f"Databasen {r.database} er klar for flere brukere: {schema}, eier {r.owner}.",
             f"Tilgangsregler på {len(r.tables_with_rls)} tabeller: {', '.join(r.tables_with_rls)}."]
    if r.roles_created:
        lines.append(f"Nye roller: {', '.join(r.roles_created)}.")
    if r.ownership_moved:
        lines.append(f"Gitt til eierrollen: {len(r.ownership_moved)} tabeller.")
    if r.unknown_tables:
        lines.append(f"Ukjente tabeller (bare rådmann og stab ser radene): {', '.join(r.unknown_tables)}.")
    if r.demo:
        lines.append("Demokommunen er lagt inn.")
    lines.append("Gi brukerne tilgang med «styringsdialog server grant BRUKER --role ... --db ...».")
    _emit(args, {"database": r.database, "prefix": r.prefix, "owner": r.owner, "schema_from": r.schema_from,
                 "schema_to": r.schema_to, "roles_created": r.roles_created, "tables_with_rls": r.tables_with_rls,
                 "unknown_tables": r.unknown_tables, "ownership_moved": r.ownership_moved, "demo": r.demo}, lines)
    return 0


def _password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise AppError("Fikk ikke noe passord på stdin. Skriv det på første linje.")
        return line
    if args.ask_password:
        first = getpass.getpass("Passord: ")
        if not first or first != getpass.getpass("Gjenta passordet: "):
            raise AppError("Passordene var tomme eller ulike. Ingenting er endret; prøv igjen.")
        return first
    return None


def _user_data(u: UserRow) -> dict[str, object]:
    return {"login": u.login, "role": u.role, "person": u.person, "units": u.units,
            "visible_units": u.visible_units, "can_login": u.can_login,
            "granted_at": u.granted_at.isoformat() if u.granted_at else None}


def _user_line(u: UserRow) -> str:
    from app.server.admin import ROLE_NAMES

    if u.role in ("radmann", "stab"):
        sees = "ser alt"
    elif u.visible_units:
        sees = f"ser {len(u.visible_units)} enheter: {', '.join(u.visible_units)}"
    else:
        sees = "ser ingen enheter nå"
    who = f" ({u.person})" if u.person else ""
    login = "" if u.can_login else " – kan ikke logge inn"
    return f"{u.login}{who}: {ROLE_NAMES[u.role]}, {sees}{login}"


def cmd_grant(args: argparse.Namespace) -> int:
    from app.server.admin import grant_user

    password = _password(args)
    u = grant_user(_url(args), args.login, args.role, units=args.unit, person=args.person, password=password)
    lines = [_user_line(u)]
    if password is None:
        lines.append("Ingen passord er satt: innloggingen virker med metodene i pg_hba.conf som ikke trenger et "
                     "(ldap, gss, peer, cert), eller sett et med --ask-password.")
    _emit(args, _user_data(u), lines)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from app.server.admin import revoke_user

    had = revoke_user(_url(args), args.login, drop_login=args.drop_login)
    text = (f"{args.login} har ikke lenger tilgang til databasen." if had
            else f"{args.login} hadde ingen tilgang til databasen; rollene er tatt bort likevel.")
    if args.drop_login:
        text += " Innloggingsrollen er slettet."
    _emit(args, {"login": args.login, "had_access": had, "login_dropped": args.drop_login}, text)
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from app.server.admin import list_users

    users = list_users(_url(args))
    _emit(args, {"users": [_user_data(u) for u in users]},
          [_user_line(u) for u in users] or "Ingen har fått tilgang ennå. Bruk «server grant».")
    return 0


def _transfer_output(args: argparse.Namespace, result: TransferResult, heading: str) -> None:
    width = max(len(t.table) for t in result.tables)
    lines = [heading, f"{'tabell':<{width}}  {'fil':>9}  {'server':>9}  sjekksum"]
    for t in result.tables:
        mark = t.target_sha256[:16] if t.ok else f"ULIK (fil {t.source_sha256[:12]}, server {t.target_sha256[:12]})"
        lines.append(f"{t.table:<{width}}  {t.source_rows:>9}  {t.target_rows:>9}  {mark}")
    lines.append(f"{len(result.tables)} tabeller, {result.rows} rader, {result.seconds:.1f} s.")
    data = {"source": result.source, "target": result.target, "schema": result.schema, "ok": result.ok,
            "rows": result.rows, "seconds": round(result.seconds, 3),
            "tables": [{"table": t.table, "source_rows": t.source_rows, "target_rows": t.target_rows,
                        "source_sha256": t.source_sha256, "target_sha256": t.target_sha256, "ok": t.ok}
                       for t in result.tables]}
    _emit(args, data, lines)


def _passphrase(path: Path) -> str | None:
    from app.storage.encryption import cli_passphrase

    return cli_passphrase(path) if path.is_file() else None


def cmd_upload(args: argparse.Namespace) -> int:
    from app.server.admin import VerifyError, upload

    try:
        result = upload(args.source, _url(args), replace=args.replace, passphrase=_passphrase(args.source))
    except VerifyError as err:
        _transfer_output(args, err.result, f"FEIL: {err}")
        return 1
    _transfer_output(args, result, f"Lastet opp {args.source} til {result.target}; alle tabeller stemmer:")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.server.admin import verify

    result = verify(args.source, _url(args), passphrase=_passphrase(args.source))
    heading = (f"OK: {result.target} har de samme radene som {args.source}." if result.ok else
               f"FEIL: {result.target} skiller seg fra {args.source} i "
               + ", ".join(t.table for t in result.tables if not t.ok) + ".")
    _transfer_output(args, result, heading)
    return 0 if result.ok else 1


SERVER_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init, "grant": cmd_grant, "revoke": cmd_revoke, "users": cmd_users, "upload": cmd_upload,
    "verify": cmd_verify,
}


def run_server(args: argparse.Namespace) -> int:
    """``COMMANDS["server"]`` in app.cli: hand ``server <command>`` to its handler."""
    return SERVER_COMMANDS[args.server_command](args)
