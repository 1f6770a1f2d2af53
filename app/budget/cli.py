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
from functools import partial
from pathlib import Path

from app.budget.summary_cli import SUMMARY_COMMANDS, add_summary_commands
from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.cli_support import parse_mapping as _parse_mapping
from app.scorecard.cli import YEAREND_COMMANDS, add_yearend_command

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
    imp.add_argument("--kind", choices=KINDS,
                     help="budsjett, regnskap eller prognose (standard: det beløpskolonnens overskrift sier)")
    imp.add_argument("--year", type=int, metavar="ÅR", help="året settet gjelder (standard: året i beløpskolonnen)")
    imp.add_argument("--sheet", metavar="ARK", help="arket som skal leses (standard: det første synlige)")
    imp.add_argument("--map", dest="mapping", action="extend", nargs="+", default=[], metavar="OVERSKRIFT=FELT",
                     help=f"velg feltet for en kolonne; FELT er en av {', '.join(BUDGET_FIELDS)}")
    imp.add_argument("--all-amounts", action="store_true",
                     help="importer hver beløpskolonne som et eget sett, kalt «NAVN overskrift» (--set er prefikset)")
    imp.add_argument("--column", dest="columns", action="extend", nargs="+", default=[],
                     metavar="OVERSKRIFT=TYPE:ÅR",
                     help="med --all-amounts: rett typen og året for en beløpskolonne, f.eks. «2013=budsjett:2013»")
    imp.add_argument("--no-ansvar", action="store_true",
                     help="importer en fil uten ansvarskolonne; linjene knyttes ikke til noen enhet")
    imp.add_argument("--profile", metavar="NAVN",
                     help="bruk den lagrede importprofilen (standard: en profil som passer filens overskrifter)")
    imp.add_argument("--save-profile", metavar="NAVN", help="lagre kolonnevalget som en importprofil med dette navnet")
    imp.add_argument("--accept-skips", action="store_true",
                     help="importer selv om rader med beløp men uten koder hoppes over")
    imp.add_argument("--replace", action="store_true",
                     help="erstatt et sett med de samme linjene eller samme navn i stedet for å avvise importen")
    imp.set_defaults(handler=cmd_budget_import)
    add_summary_commands(budget_sub, common)
    add_yearend_command(budget_sub, common)  # issue 19: surplus/deficit and carry-over


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


def with_flag(err: Exception, *, all_amounts: bool = False) -> str:
    """The app's message with the command-line flag its hint points at (app messages name none)."""
    hint = getattr(err, "hint", None)
    text = str(err)
    if hint is None:
        return text
    kind = hint.kind
    if kind == "map_column":
        header = hint.header or "OVERSKRIFT"
        if hint.field == "amount" and not hint.header:
            flag = ("Velg beløpskolonnen med --map «OVERSKRIFT=amount» (og «=ignore» for de andre), eller "
                    "importer alle med --all-amounts.")
        else:
            flag = f"Velg kolonnen med --map «{header}={hint.field or 'FELT'}»."
    elif kind == "choose_sheet":
        flag = "Velg arket med --sheet ARK."
    elif kind == "accept_skips":
        flag = "Godta dem med --accept-skips."
    elif kind == "choose_kind_year":
        flag = ("Oppgi type og år med --column «OVERSKRIFT=TYPE:ÅR»." if all_amounts
                else "Oppgi type og år med --kind og --year.")
    elif kind == "confirm_no_ansvar":
        flag = "Velg ansvarskolonnen med --map «OVERSKRIFT=ansvar», eller importer uten ansvar med --no-ansvar."
    elif kind == "replace_set":
        flag = "Erstatt med --replace."
    else:
        return text
    return f"{text}\n{flag}"


def parse_columns(items: list[str]) -> dict[str, tuple[str | None, int | None]]:
    """``["2013=budsjett:2013", "rekneskap_2011=regnskap"]`` -> header -> (kind, year)."""
    found: dict[str, tuple[str | None, int | None]] = {}
    for item in items:
        header, sep, spec = item.rpartition("=")
        kind_text, _, year_text = spec.partition(":")
        kind = kind_text.strip().lower() or None
        try:
            year = int(year_text) if year_text.strip() else None
        except ValueError:
            year = -1
        if not sep or not header.strip() or (kind is not None and kind not in KINDS) or year == -1:
            raise SystemExit(f"--column «{item}» skal være OVERSKRIFT=TYPE:ÅR, der TYPE er "
                             f"{', '.join(KINDS)}, for eksempel «2013=budsjett:2013».")
        found[header.strip()] = (kind, year)
    return found


def cmd_budget_import(args: argparse.Namespace) -> int:
    from app.budget.importer import (
        BudgetImportError,
        DuplicateImportError,
        SetChoice,
        import_budget_sets,
        plan_budget_import,
        rows_text,
    )
    from app.budget.profiles import find_profile, get_profile, list_profiles, save_profile
    from app.errors import AppError
    from app.io.columns import normalise_header
    from app.storage.database import open_database

    all_amounts = bool(args.all_amounts)
    mapping = parse_mapping(args.mapping or [])
    columns = parse_columns(args.columns or [])
    if columns and not all_amounts:
        return _fail(["--column brukes sammen med --all-amounts."])
    target = _target(args)
    db = open_database(target)

    def fail(err: Exception) -> int:
        return _fail([with_flag(err, all_amounts=all_amounts)])

    try:
        with db.session() as session:
            profile = get_profile(session, args.profile) if args.profile else None
            profiles_exist = profile is None and not mapping
        sheet = args.sheet or (profile.sheet if profile else None)
        used_mapping = {**(profile.mapping if profile else {}), **mapping}
        plan_with = partial(plan_budget_import, all_amounts=all_amounts, no_ansvar=bool(args.no_ansvar))
        try:
            plan = plan_with(args.file, sheet=sheet, mapping=used_mapping or None)
        except BudgetImportError as err:
            plan = None
            if not profiles_exist:
                return fail(err)
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
                    plan = plan_with(args.file, sheet=args.sheet or candidate.sheet, mapping=candidate.mapping)
                    break
                except BudgetImportError as err:
                    if profile is not None:
                        return _fail([f"Importprofilen «{profile.name}» passer ikke: {with_flag(err)}"])
            if plan is None:
                return fail(first_error)
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
        waiting = plan.unaccepted_skips
        if waiting and not args.accept_skips:
            from app.formatting import format_kroner

            lines = [f"{rows_text(len(waiting)).capitalize()} i «{plan.file_name}» har beløp men ingen koder og ville "
                     f"blitt hoppet over, til sammen {format_kroner(plan.skipped_total_ore, decimals=True)} kr. "
                     "Ingenting er importert; se over listen og kjør på nytt med --accept-skips for å importere "
                     "resten."]
            lines += [f"  {s}" for s in waiting]
            return _fail(lines)
        if all_amounts:
            choices = []
            by_header = {normalise_header(h): v for h, v in columns.items()}
            unknown = [h for h in columns if not any(normalise_header(h) == normalise_header(c.header)
                                                     for c in plan.read_columns)]
            if unknown:
                listing = ", ".join(f"«{c.header}»" for c in plan.read_columns)
                return _fail([f"--column nevner {', '.join(f'«{h}»' for h in unknown)}, som ikke er en beløpskolonne "
                              f"i «{plan.file_name}». Beløpskolonnene er: {listing}."])
            for choice in plan.set_choices(args.set_name):
                kind, year = by_header.get(normalise_header(choice.column.header), (None, None))
                # --column first, then what the header says, then --kind/--year for what it does not say.
                choices.append(SetChoice(choice.column, choice.name,
                                         kind or choice.column.kind or args.kind or choice.kind,
                                         year or choice.year or args.year))
        else:
            column = plan.amount_column
            choices = [SetChoice(column, args.set_name, args.kind or column.kind or "", args.year or column.year)]
            if not choices[0].kind:
                return _fail([f"Oppgi typen sett (--kind budsjett, regnskap eller prognose); overskriften "
                              f"«{column.header}» sier den ikke."])
        try:
            with db.session() as session:
                results = import_budget_sets(session, plan, choices, accept_skips=args.accept_skips,
                                             replace=args.replace)
                if args.save_profile:
                    save_profile(session, args.save_profile, plan.mapping_by_header(), sheet=plan.sheet)
        except (DuplicateImportError, AppError) as err:
            return fail(err)
    finally:
        db.close()
    from app.formatting import format_kroner

    skipped = len(plan.unaccepted_skips)
    data_sets = [{"set": r.set_name, "lines": r.lines, "total": kroner_text(r.total_ore), "replaced": r.replaced,
                  "warnings": list(r.warnings)} for r in results]
    if len(results) == 1:
        data = {"set": results[0].set_name, "lines": results[0].lines, "total": kroner_text(results[0].total_ore),
                "skipped": skipped, "replaced": results[0].replaced, "db": target}
        if results[0].warnings:
            data["warnings"] = list(results[0].warnings)
    else:
        data = {"sets": data_sets, "skipped": skipped, "db": target}
    texts = []
    for result, choice in zip(results, choices, strict=True):
        counted = f"{result.lines} linje" if result.lines == 1 else f"{result.lines} linjer"
        text = (f"Importerte {counted} fra «{plan.file_name}» som {choice.kind} «{result.set_name}», til "
                f"sammen {format_kroner(result.total_ore, decimals=True)} kr")
        if result.replaced:
            text += "; erstattet " + ", ".join(f"«{n}»" for n in result.replaced_sets)
        texts.append(text + ".")
        texts += [f"Advarsel: {w}" for w in result.warnings]
    if skipped:
        texts.append(f"{rows_text(skipped).capitalize()} med beløp men uten koder er hoppet over.")
    texts.append(f"Database: {target}.")
    from app.seminar.package import is_package

    if is_package(target):  # docs/SEMINAR.md: budgets stay in the package
        texts.append(f"Merk: «{Path(target).name}» er en samlingspakke. Budsjettet blir i pakken og hentes ikke inn på "
                     "kontoret med «package merge»: budsjetter hentes fra økonomisystemet på kontoret.")
    texts += plan.notes
    _emit(args, data, "\n".join(texts))
    return 0


BUDGET_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "budget import": cmd_budget_import,
}


def run_budget(args: argparse.Namespace) -> int:
    """``COMMANDS["budget"]`` in app.cli: hand ``budget <command>`` to its handler."""
    return {**BUDGET_COMMANDS, **SUMMARY_COMMANDS, **YEAREND_COMMANDS}[f"budget {args.budget_command}"](args)
