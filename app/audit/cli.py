"""``styringsdialog audit export -o FILE.xlsx|csv [--from DATE] [--to DATE] [--user U] [--kind K] [--text T]``.

``app.cli.build_parser`` calls :func:`add_audit_commands`; ``COMMANDS["audit"] = run_audit``.
The database stack is imported inside the handler: the window's start-up builds this parser too.
An encrypted database takes its passphrase from ``STYRINGSDIALOG_PASSPHRASE`` or asks on the terminal.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.errors import AppError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel "
                                         "2026-11-01.") from None


def add_audit_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``audit export`` under the program's sub-commands."""
    audit = subparsers.add_parser("audit", help="endringsloggen: hvem endret hva og når")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="KOMMANDO", required=True)
    export = audit_sub.add_parser(
        "export", parents=[common], help="skriv endringsloggen til Excel (.xlsx) eller CSV (.csv)",
        description="Skriv endringsloggen, nyeste først, til en arbeidsbok eller en CSV-fil. Filen er merket "
                    "«Unntatt offentlighet», fordi endringene siterer avtaler og referater.",
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="UT.xlsx|UT.csv",
                        help="filen som skrives; endelsen velger formatet")
    export.add_argument("--from", dest="date_from", type=_day, metavar="ÅÅÅÅ-MM-DD", help="fra og med denne dagen")
    export.add_argument("--to", dest="date_to", type=_day, metavar="ÅÅÅÅ-MM-DD", help="til og med denne dagen")
    export.add_argument("--user", metavar="BRUKER", help="bare endringer gjort av denne brukeren")
    export.add_argument("--kind", metavar="HVA",
                        help="bare én type: org, agreements, followup, budget, settings, eller en tabell som goal")
    export.add_argument("--text", default="", metavar="TEKST", help="bare endringer som nevner teksten")
    export.set_defaults(handler=cmd_audit_export)


def cmd_audit_export(args: argparse.Namespace) -> int:
    from app.audit.log import AuditFilter, export_audit, export_format
    from app.storage.database import open_database
    from app.storage.encryption import cli_passphrase
    from db.engine import is_url

    export_format(args.output)  # a wrong ending is reported before the database is opened
    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog "
                       "demo».")
    flt = AuditFilter(date_from=args.date_from, date_to=args.date_to, user=args.user, kind=args.kind,
                      text=args.text)
    flt.tables()  # an unknown --kind is reported before the database is opened
    passphrase = cli_passphrase(target)
    db = open_database(target, passphrase=passphrase) if passphrase is not None else open_database(target)
    try:
        result = db.run(export_audit, args.output, flt)
    finally:
        db.close()
    data = {"file": str(result.path), "format": result.format, "rows": result.rows, "marking": result.marking}
    _emit(args, data, f"Skrev {result.path}: {result.rows} endringer, merket «{result.marking}».")
    return 0


AUDIT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"audit export": cmd_audit_export}


def run_audit(args: argparse.Namespace) -> int:
    """``COMMANDS["audit"]`` in app.cli: hand ``audit <command>`` to its handler."""
    return AUDIT_COMMANDS[f"audit {args.audit_command}"](args)
