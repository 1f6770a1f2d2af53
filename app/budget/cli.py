"""``styringsdialog budget ...`` (DESIGN.md §4).

``app.cli.build_parser`` calls :func:`add_budget_commands`; every leaf parser names its
sub-command, and :data:`BUDGET_COMMANDS` maps ``"budget import"`` (and the others as they
are added) to the handler that :func:`run_budget` calls. The importer and the database
stack are imported inside the handlers: the window's start-up builds this parser too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.budget.summary_cli import SUMMARY_COMMANDS, add_summary_commands
from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.cli_support import parse_mapping as _parse_mapping

# Kept here rather than imported from app.budget.importer, which pulls in more than the parser needs.
BUDGET_FIELDS = (
    "ansvar", "art", "funksjon", "prosjekt", "period", "amount", "text",
    "ansvar_name", "art_name", "funksjon_name", "prosjekt_name", "ignore",
)
KINDS = ("budsjett", "regnskap", "prognose")


def add_budget_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``budget import`` (and the other budget sub-commands) under the program's sub-commands."""
    budget = subparsers.add_parser("budget", help="budsjett og regnskap: importer, summer og eksporter")
    budget_sub = budget.add_subparsers(dest="budget_command", metavar="KOMMANDO", required=True)

    imp = budget_sub.add_parser(
        "import", parents=[common], help="les budsjett, regnskap eller prognose fra økonomisystemet (xlsx/csv)",
        description="Importer et budsjett-, regnskaps- eller prognoseuttrekk som ett sett. Overskriftsraden finnes "
                    "selv om det står titler over den, og kolonnene gjettes fra overskriftene (ansvar, art/konto, "
                    "funksjon/tjeneste, prosjekt, periode, beløp). Alt eller ingenting importeres.",
    )
    imp.add_argument("file", type=Path, metavar="FIL", help="regnearket (.xlsx, .xlsm, .xls, .ods, .csv eller .txt)")
    imp.add_argument("--set", dest="set_name", required=True, metavar="NAVN", help="navnet på settet")
    imp.add_argument("--kind", required=True, choices=KINDS, help="budsjett, regnskap eller prognose")
    imp.add_argument("--year", type=int, metavar="ÅR", help="året settet gjelder (standard: året i beløpskolonnen)")
    imp.add_argument("--sheet", metavar="ARK", help="arket som skal leses (standard: det første synlige)")
    imp.add_argument("--map", dest="mapping", action="extend", nargs="+", default=[], metavar="OVERSKRIFT=FELT",
                     help=f"velg feltet for en kolonne; FELT er en av {', '.join(BUDGET_FIELDS)}")
    imp.add_argument("--profile", metavar="NAVN",
                     help="bruk den lagrede importprofilen (standard: en profil som passer filens overskrifter)")
    imp.add_argument("--save-profile", metavar="NAVN", help="lagre kolonnevalget som en importprofil med dette navnet")
    imp.add_argument("--accept-skips", action="store_true",
                     help="importer selv om sumrader og mellomtitler hoppes over")
    imp.add_argument("--replace", action="store_true",
                     help="erstatt et sett med samme fil eller samme navn i stedet for å avvise importen")
    imp.set_defaults(handler=cmd_budget_import)
    add_summary_commands(budget_sub, common)


def parse_mapping(items: list[str]) -> dict[str, str]:
    """``["Konto=art", "Beløp 2026=amount"]`` -> {"Konto": "art", ...}; the field is checked."""
    return _parse_mapping(items, BUDGET_FIELDS, "Konto=art")


def kroner_text(ore: int) -> str:
    """Øre as a decimal string with two decimals: -123450 -> «-1234.50»."""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole}.{cents:02d}"


def _fail(lines: list[str]) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return 1


def cmd_budget_import(args: argparse.Namespace) -> int:
    from app.budget.importer import BudgetImportError, DuplicateImportError, import_budget, plan_budget_import
    from app.budget.profiles import find_profile, get_profile, list_profiles, save_profile
    from app.database import open_database

    mapping = parse_mapping(args.mapping or [])
    target = _target(args)
    db = open_database(target)
    try:
        with db.session() as session:
            profile = get_profile(session, args.profile) if args.profile else None
            profiles_exist = profile is None and not mapping
        code_widths = dict(profile.code_widths) if profile else None
        sheet = args.sheet or (profile.sheet if profile else None)
        used_mapping = {**(profile.mapping if profile else {}), **mapping}
        try:
            plan = plan_budget_import(args.file, sheet=sheet, mapping=used_mapping or None, code_widths=code_widths)
        except BudgetImportError as err:
            plan = None
            if not profiles_exist:
                return _fail([str(err)])
            first_error = err
        if profiles_exist:
            # A saved profile naming every column of this file wins over the guesses; when the
            # header row itself was not recognised, a profile whose headers find it is used.
            headers = plan.headers if plan is not None else first_error.headers
            with db.session() as session:
                profile = find_profile(session, headers) if headers else None
                candidates = [profile] if profile is not None else ([] if plan is not None else list_profiles(session))
            for candidate in candidates:
                try:
                    plan = plan_budget_import(args.file, sheet=args.sheet or candidate.sheet,
                                              mapping=candidate.mapping, code_widths=candidate.code_widths or None)
                    break
                except BudgetImportError as err:
                    if profile is not None:
                        return _fail([f"Importprofilen «{profile.name}» passer ikke: {err}"])
            if plan is None:
                return _fail([str(first_error)])
        assert plan is not None
        if plan.problems:
            where = f"«{plan.file_name}»" + (f" (arket «{plan.sheet}»)" if plan.sheet else "")
            count = "én feil" if plan.problem_count == 1 else f"{plan.problem_count} feil"
            lines = [f"Kan ikke importere {where}: fant {count}. Ingenting er importert; rett filen og importer "
                     "på nytt."]
            lines += [f"  {p}" for p in plan.problems]
            if plan.problem_count > len(plan.problems):
                lines.append(f"  … og {plan.problem_count - len(plan.problems)} feil til.")
            return _fail(lines)
        if plan.skips and not args.accept_skips:
            lines = [f"{len(plan.skips)} rader i «{plan.file_name}» ville blitt hoppet over. Ingenting er "
                     "importert; se over listen og kjør på nytt med --accept-skips for å importere resten."]
            lines += [f"  {s}" for s in plan.skips]
            return _fail(lines)
        try:
            with db.session() as session:
                result = import_budget(session, plan, set_name=args.set_name, kind=args.kind, year=args.year,
                                       accept_skips=args.accept_skips, replace=args.replace)
                if args.save_profile:
                    save_profile(session, args.save_profile, plan.mapping_by_header(),
                                 code_widths=plan.code_widths or None, sheet=plan.sheet)
        except DuplicateImportError as err:
            return _fail([str(err)])
    finally:
        db.close()
    skipped = len(plan.skips)
    data = {"set": result.set_name, "lines": result.lines, "total": kroner_text(result.total_ore),
            "skipped": skipped, "replaced": result.replaced, "db": target}
    from app.formatting import format_kroner

    text = (f"Importerte {result.lines} linjer fra «{plan.file_name}» som {args.kind} «{result.set_name}», til sammen "
            f"{format_kroner(result.total_ore, decimals=True)} kr")
    if skipped:
        text += f"; {skipped} rader hoppet over"
    if result.replaced:
        text += "; erstattet " + ", ".join(f"«{n}»" for n in result.replaced_sets)
    text += f". Database: {target}."
    for note in plan.notes:
        text += f"\n{note}"
    _emit(args, data, text)
    return 0


BUDGET_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "budget import": cmd_budget_import,
}


def run_budget(args: argparse.Namespace) -> int:
    """``COMMANDS["budget"]`` in app.cli: hand ``budget <command>`` to its handler."""
    return {**BUDGET_COMMANDS, **SUMMARY_COMMANDS}[f"budget {args.budget_command}"](args)
