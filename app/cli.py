"""The command line (DESIGN.md §4). Every sub-command runs headless and calls the same
``app`` functions as the window; with no sub-command ``ui.main`` opens the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.agreements.cli import add_agreement_commands, run_agreement
from app.audit.cli import add_audit_commands, run_audit
from app.budget.cli import add_budget_commands, run_budget
from app.choices import LANGUAGES, PAGES
from app.cli_support import BokmalArgumentParser
from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.errors import AppError
from app.followup.cli import add_followup_commands, run_followup
from app.formatting import format_number
from app.org.cli import add_org_commands, run_org
from app.scorecard.cli import add_scorecard_commands, run_scorecard
from app.seminar.cli import add_package_commands, run_package
from app.server.cli import add_server_commands, run_server

if TYPE_CHECKING:
    from app.demo.builder import DemoSummary
    from db.check import CheckReport

# The database stack (SQLAlchemy, Alembic) is imported inside the commands, not here:
# the window's start-up parses these arguments too and must not wait for it.
log = logging.getLogger("styringsdialog.cli")


def window_size(text: str) -> tuple[int, int]:
    """«1366x768» as (1366, 768), for --size."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en størrelse. Skriv bredde x høyde, for eksempel 1366x768.")
    size = int(width), int(height)
    if min(size) < 200 or max(size) > 10000:
        raise argparse.ArgumentTypeError(f"«{text}» er for lite eller for stort; bruk mellom 200 og 10000 piksler.")
    return size


def build_parser() -> argparse.ArgumentParser:
    parser = BokmalArgumentParser(
        prog="styringsdialog",
        description="Styringsdialog: organisasjon, avtaler, oppfølging og budsjett for rådmannens stab.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="vis programmets versjon og avslutt")
    parser.add_argument("--db", metavar="FIL_ELLER_URL", help="databasen (standard: filen i brukerens datamappe)")
    parser.add_argument("--lang", choices=LANGUAGES, help="språk i vinduet: nb (bokmål), nn (nynorsk), en")
    parser.add_argument("--page", choices=PAGES, help="siden vinduet åpner på")
    parser.add_argument("--screenshot", metavar="UT.png", type=Path,
                        help="lagre et bilde av vinduet når det er tegnet, og avslutt")
    parser.add_argument("--size", metavar="BxH", type=window_size,
                        help="vinduets størrelse i piksler, for eksempel 1366x768")
    parser.add_argument("--self-test", action="store_true",
                        help="kontroller at programmet virker (demodatabase, PDF, import, vindu) uten å røre "
                             "dine data, og avslutt med 0 når alt er i orden")

    # Sub-commands take --db and --json too; SUPPRESS keeps a top-level --db from being reset.
    common = BokmalArgumentParser(add_help=False)
    common.add_argument("--db", metavar="FIL_ELLER_URL", default=argparse.SUPPRESS)
    common.add_argument("--json", action="store_true", help="skriv resultatet som JSON")

    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    demo = sub.add_parser("demo", parents=[common], help="lag en database med demokommunen")
    demo.add_argument("--seed", type=int, default=2026, help="samme frø gir samme data")
    demo.add_argument("--today", type=date.fromisoformat, default=None, metavar="ÅÅÅÅ-MM-DD",
                      help="dagen demoen bygges for (standard: i dag)")
    sub.add_parser("check", parents=[common], help="kontroller databasens integritet og skjemaversjon")
    backup = sub.add_parser("backup", parents=[common], help="ta en sikkerhetskopi av databasen",
                            description="Uten valg: en automatisk kopi i «Sikkerhetskopier» i datamappen "
                                        "(de eldste slettes når det er flere enn innstillingen sier).")
    backup_what = backup.add_mutually_exclusive_group()
    backup_what.add_argument("-o", "--output", type=Path, metavar="UT", help="filen kopien skrives til")
    backup_what.add_argument("--list", action="store_true", help="vis de automatiske kopiene av databasen")
    backup_what.add_argument("--keep", type=int, metavar="N",
                             help="behold de siste N automatiske kopiene (lagres i databasen)")
    restore = sub.add_parser("restore", parents=[common], help="gjenopprett databasen fra en sikkerhetskopi",
                             description="Kontrollerer kopien først; databasen som erstattes, beholdes "
                                         "ved siden av som <navn>.før-gjenoppretting-<tid>.sdb.")
    restore.add_argument("file", type=Path, metavar="FIL", help="sikkerhetskopien")
    add_org_commands(sub, common)
    add_agreement_commands(sub, common)
    add_budget_commands(sub, common)
    add_followup_commands(sub, common)
    add_scorecard_commands(sub, common)
    add_package_commands(sub, common)
    add_audit_commands(sub, common)
    add_server_commands(sub, common)
    return parser


def cli_passphrase(target: str) -> str | None:
    """The passphrase of an encrypted file (environment or terminal), None for a plain one."""
    from app.storage.encryption import cli_passphrase as ask

    return ask(target)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import build_demo
    from app.storage.database import open_database

    target = _target(args)
    db = open_database(target)
    try:
        with db.session() as session:
            summary = build_demo(session, seed=args.seed, today=args.today)
    finally:
        db.close()
    data = {"db": target, **asdict(summary)}
    _emit(args, data, f"Demokommunen er laget i {target}: " + demo_summary_text(summary))
    return 0


# What each figure of the demo's summary is called in the printed line (the --json keys stay English).
DEMO_SUMMARY_WORDS = {
    "units": "enheter", "result_units": "resultatenheter", "people": "personer", "leaders": "ledere i stilling",
    "vacancies": "ledige lederstillinger", "agreements": "avtaler i alt (alle år og revisjoner)",
    "meetings": "oppfølgingsmøter", "action_items": "oppfølgingspunkter",
    "budget_lines": "budsjett- og regnskapslinjer", "kostra_codes": "KOSTRA-koder",
}


def demo_summary_text(summary: DemoSummary) -> str:
    """«38 enheter, 30 resultatenheter, …»: the summary in bokmål, numbers grouped as Norwegians write them."""
    return ", ".join(f"{format_number(value, 0)} {DEMO_SUMMARY_WORDS[key]}" for key, value in asdict(summary).items())


def _existing_file(target: str) -> None:
    from db.engine import is_url

    if not is_url(target) and not Path(target).exists():
        raise AppError(
            f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog demo»."
        )


def cmd_check(args: argparse.Namespace) -> int:
    from db.engine import is_url

    target = _target(args)
    _existing_file(target)
    if not is_url(target):
        return _check_file(args, Path(target))
    from app.storage.encryption import open_engine
    from db.check import check_database

    engine = open_engine(target, cli_passphrase(target))
    try:
        report = check_database(engine)
    except Exception as exc:
        report = None
        from app.server.connection import explain_connection_error

        problem = explain_connection_error(target, exc)
    finally:
        engine.dispose()
    from app.server.connection import without_password

    target = without_password(target)  # what is printed never holds the password
    if report is None:
        _emit(args, {"db": target, "ok": False, "integrity": [problem], "foreign_key_problems": 0,
                     "schema_revision": None, "schema_head": None},
              f"FEIL: «{target}» kan ikke leses som database: {problem}")
        return 1
    return _check_result(args, target, report)


def _check_file(args: argparse.Namespace, path: Path) -> int:
    """A file is checked on a private copy (``app.storage.backup.check_live_file``): it is only read."""
    from app.storage.backup import check_live_file
    from app.storage.database import refuse_unusable_file

    try:
        refuse_unusable_file(path)
        report = check_live_file(path, passphrase=cli_passphrase(str(path)))
    except AppError as err:
        _emit(args, {"db": str(path), "ok": False, "integrity": [str(err)], "foreign_key_problems": 0,
                     "schema_problems": [], "schema_revision": None, "schema_head": None}, f"FEIL: {err}")
        return 1
    return _check_result(args, str(path), report)


def _check_result(args: argparse.Namespace, target: str, report: CheckReport) -> int:
    data = {"db": target, "ok": report.ok, "integrity": report.integrity or ["ok"],
            "foreign_key_problems": report.foreign_key_problems, "schema_problems": report.schema_problems,
            "schema_revision": report.revision, "schema_head": report.head}
    if report.ok:
        text = f"OK: {target} er uskadet og har nyeste skjema ({report.revision})."
    else:
        problems = report.problems()
        if not report.schema_ok:
            problems.append(f"skjemaversjon {report.revision or 'ingen'}, nyeste er {report.head}")
        text = f"FEIL i {target}: " + "; ".join(problems)
    _emit(args, data, text)
    return 0 if report.ok else 1


def _bytes(n: int) -> str:
    return f"{n:,} byte".replace(",", " ")


def cmd_backup(args: argparse.Namespace) -> int:
    from app.storage import backup

    target = _target(args)
    if args.list:
        infos = backup.list_backups(target)
        data: dict[str, object] = {
            "db": target, "folder": str(backup.backup_dir(target)),
            "backups": [{"file": str(i.path), "taken_at": i.taken_at.isoformat(), "bytes": i.size} for i in infos],
        }
        lines = [f"{i.taken_at:%d.%m.%Y %H:%M:%S}  {_bytes(i.size):>16}  {i.path}" for i in infos]
        _emit(args, data, lines or f"Ingen automatiske sikkerhetskopier av {target} ennå.")
        return 0
    if args.keep is not None:
        from app.storage.database import open_database

        _existing_file(target)
        db = open_database(target)
        try:
            old = db.run(backup.save_keep, args.keep)
        finally:
            db.close()
        _emit(args, {"db": target, "keep": args.keep, "previous": old},
              f"De siste {args.keep} automatiske sikkerhetskopiene beholdes (var {old}).")
        return 0
    if args.output is None:
        _existing_file(target)
        result = backup.automatic_backup(target, "manual", passphrase=cli_passphrase(target))
        if result is None:
            raise AppError("Automatiske sikkerhetskopier gjelder databasefiler. Bruk -o FIL, eller pg_dump for "
                           "en databaseserver.")
    else:
        result = backup.make_backup(target, args.output, passphrase=cli_passphrase(target))
    data = {"db": target, "backup": str(result.path), "bytes": result.size,
            "removed": [str(p) for p in result.removed], "ok": True}
    _emit(args, data, f"Sikkerhetskopi skrevet til {result.path} ({_bytes(result.size)}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.storage.backup import restore_backup

    target = _target(args)
    result = restore_backup(args.file, target, passphrase=cli_passphrase(args.file))
    data = {"db": str(result.target), "backup": str(result.backup), "schema_revision": result.revision,
            "replaced_copy": str(result.replaced_copy) if result.replaced_copy else None, "ok": True}
    kept = (f" Databasen slik den var, er tatt vare på som {result.replaced_copy}."
            if result.replaced_copy else "")
    _emit(args, data, f"{result.target} er gjenopprettet fra {result.backup}.{kept}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "org": run_org,
    "agreement": run_agreement,
    "budget": run_budget,
    "followup": run_followup,
    "malekart": run_scorecard,
    "package": run_package,
    "audit": run_audit,
    "server": run_server,
}


def run(args: argparse.Namespace) -> int:
    """Run a parsed sub-command; a user error prints one line on stderr and exits 1."""
    lent: str | None = None  # the passphrase put where the command's open finds it, for this command only
    try:
        target = getattr(args, "db", None)
        if target and Path(target).is_file() and "STYRINGSDIALOG_PASSPHRASE" not in os.environ:
            passphrase = cli_passphrase(target)  # asked once, on the terminal, for an encrypted file
            if passphrase is not None:
                os.environ["STYRINGSDIALOG_PASSPHRASE"] = lent = passphrase
        return COMMANDS[args.command](args)
    except AppError as err:
        print(f"styringsdialog: {err}", file=sys.stderr)
        return 1
    except Exception as exc:
        log.exception("Uventet feil i kommandoen %s", args.command)
        print(f"styringsdialog: uventet feil: {exc} (detaljer i loggfilen)", file=sys.stderr)
        return 1
    finally:
        # Not left behind for whatever this process runs next (a package's passphrase would
        # otherwise be taken for the next encrypted file's).
        if lent is not None and os.environ.get("STYRINGSDIALOG_PASSPHRASE") == lent:
            del os.environ["STYRINGSDIALOG_PASSPHRASE"]
