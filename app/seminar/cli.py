"""``styringsdialog package create|merge|info``: seminar packages on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli_support import database_target, emit
from app.errors import AppError


def add_package_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    package = sub.add_parser("package", help="samlingspakker: ta med data på samling og hent endringene inn igjen")
    commands = package.add_subparsers(dest="package_command", metavar="HANDLING", required=True)
    create = commands.add_parser("create", parents=[common], help="lag en samlingspakke av databasen (--db)",
                                 description="Passordet tas fra STYRINGSDIALOG_PACKAGE_PASSPHRASE, ellers "
                                             "STYRINGSDIALOG_PASSPHRASE, ellers spørres det i terminalen.")
    create.add_argument("-o", "--output", type=Path, required=True, metavar="UT.sdbpkg", help="pakkefilen")
    create.add_argument("--units", nargs="+", default=[], metavar="NAVN",
                        help="enhetene som skal med (med underenheter); uten: hele kommunen")
    create.add_argument("--scenarios", nargs="+", default=[], metavar="NAVN", help="scenarioene som skal med")
    create.add_argument("--with-notes", action="store_true",
                        help="ta med oppfølgingsnotatene (personopplysninger; står ellers igjen hjemme)")
    merge = commands.add_parser("merge", parents=[common], help="hent endringene i en pakke inn i databasen (--db)")
    merge.add_argument("file", type=Path, metavar="FIL", help="pakken")
    merge.add_argument("--preview", action="store_true",
                       help="vis endringene, konfliktene, det som ikke kan hentes inn og det som blir igjen i pakken; "
                            "skriv ingenting")
    merge.add_argument("--prefer", choices=("office", "package"),
                       help="hvilken side som vinner når samme felt er endret begge steder")
    info = commands.add_parser("info", parents=[common], help="vis hvor en pakke kommer fra og hva den har")
    info.add_argument("file", type=Path, metavar="FIL", help="pakken")


def run_package(args: argparse.Namespace) -> int:
    return {"create": _create, "merge": _merge, "info": _info}[args.package_command](args)


def _office(args: argparse.Namespace) -> Any:
    from app.storage.database import open_database
    from db.engine import is_url

    target = database_target(args)
    if not is_url(target) and not Path(target).is_file():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien (--db).")
    return open_database(target)


def _create(args: argparse.Namespace) -> int:
    from app.seminar.package import Selection, package_passphrase
    from app.seminar.service import make_package

    passphrase = package_passphrase(args.output, new=True)
    db = _office(args)
    try:
        result = make_package(db, args.output, passphrase,
                              Selection(units=args.units, scenarios=args.scenarios, with_notes=args.with_notes))
    finally:
        db.close()
    data = {"file": str(result.path), "package_id": str(result.package_id), "rows": result.rows,
            "seconds": round(result.seconds, 3)}
    emit(args, data, f"Samlingspakken er skrevet til {result.path} ({result.total} rader). Ta den med på samlingen "
                     "og hent endringene inn igjen med «styringsdialog package merge».")
    return 0


def _info(args: argparse.Namespace) -> int:
    from app.seminar.package import package_passphrase
    from app.seminar.service import describe

    info = describe(args.file, package_passphrase(args.file))
    emit(args, info.as_dict(), [info.banner(), *info.summary_lines()])
    return 0


def _merge(args: argparse.Namespace) -> int:
    from app.seminar.merge import conflict_lines, preview_lines, result_lines
    from app.seminar.package import package_passphrase
    from app.seminar.service import merge_package, preview_merge

    passphrase = package_passphrase(args.file)
    db = _office(args)
    try:
        plan = preview_merge(db, args.file, passphrase)
        if args.preview:
            emit(args, plan.as_json(), preview_lines(plan))
            return 0
        if plan.conflicts and args.prefer is None:
            if args.json:
                emit(args, {"merged": False, **plan.as_json()}, "")
            print("styringsdialog: Pakken kan ikke hentes inn: samme felt er endret både på kontoret og på samlingen. "
                  "Ingenting er endret. Velg hvilken side som skal gjelde med --prefer office eller --prefer package, "
                  "eller hent inn pakken i vinduet (Fil → Hent inn fra samling) og velg for hver konflikt:\n  "
                  + "\n  ".join(conflict_lines(plan.conflicts)), file=sys.stderr)
            return 1
        result = merge_package(db, args.file, passphrase, prefer=args.prefer)
    finally:
        db.close()
    data = {"merged": True, "package_id": str(result.package_id), "rows": result.written,
            "conflicts_resolved": result.conflicts_resolved, "action_items": result.action_items,
            "by_kind": result.by_kind, **plan.as_json()}
    emit(args, data, result_lines(result))
    return 0
