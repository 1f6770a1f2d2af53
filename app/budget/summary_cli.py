"""``styringsdialog budget summary`` and ``budget export`` (DESIGN.md §4).

``app.budget.cli`` (``budget import``) calls :func:`add_summary_commands` with its
sub-parsers; each leaf parser carries its handler (``args.handler``), and
:data:`SUMMARY_COMMANDS` names them. The database stack is imported inside the commands:
the window's start-up builds this parser too and must not wait for it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.errors import AppError
from app.formatting import format_kroner

if TYPE_CHECKING:  # the database stack loads only when a command runs
    from sqlalchemy.orm import Session

    from app.storage.database import Database
    from db.models import BudgetSet

BY_CHOICES = ("unit", "ansvar", "funksjon", "art", "prosjekt")


def add_summary_commands(budget_subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``budget summary`` and ``budget export`` under ``budget``'s sub-commands."""
    summary = budget_subparsers.add_parser(
        "summary", parents=[common], help="summer et sett per enhet, ansvar, funksjon, art eller prosjekt",
        description="Skriv summen av et budsjett-, regnskaps- eller prognosesett gruppert på enhet, ansvar, "
                    "funksjon (med KOSTRA-navn), art eller prosjekt. Med --json skrives beløpene som desimaltall "
                    "i kroner med to desimaler.",
    )
    summary.add_argument("--set", dest="set_name", required=True, metavar="NAVN", help="settet som summeres")
    summary.add_argument("--by", choices=BY_CHOICES, default="unit", help="grupperingen (standard: unit)")
    summary.set_defaults(handler=cmd_budget_summary)

    export = budget_subparsers.add_parser(
        "export", parents=[common], help="skriv budsjettvisninger til en Excel-arbeidsbok",
        description="Skriv en Excel-arbeidsbok med summene av et sett (--set, --by) og budsjett mot regnskap "
                    "(--budget og --actual). Uten valg brukes årets nyeste budsjett og regnskap.",
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="UT.xlsx", help="arbeidsboken som skrives")
    export.add_argument("--set", dest="set_name", metavar="NAVN", help="settet som summeres i eget ark")
    export.add_argument("--by", choices=BY_CHOICES, default=None, help="grupperingen (standard: unit)")
    export.add_argument("--per-unit", action="store_true", help="i tillegg ett ark per enhet med linjene")
    export.add_argument("--budget", dest="budget_name", metavar="NAVN", help="budsjettsettet i budsjett mot regnskap")
    export.add_argument("--actual", dest="actual_name", metavar="NAVN", help="regnskapssettet i budsjett mot regnskap")
    export.add_argument("--forecast", dest="forecast_name", metavar="NAVN", help="et prognosesett som tas med")
    export.add_argument("--month", type=int, choices=range(1, 13), metavar="MÅNED",
                        help="budsjett mot regnskap til og med denne måneden (standard: regnskapets siste)")
    export.set_defaults(handler=cmd_budget_export)


def amount_text(ore: int) -> str:
    """Øre as a decimal string in kroner with two decimals: 123450 → «1234.50»."""
    return str(Decimal(ore).scaleb(-2).quantize(Decimal("0.01")))


def _open(args: argparse.Namespace) -> Database:
    from app.storage.database import open_for_reading
    from db.engine import is_url

    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med "
                       "«styringsdialog demo».")
    return open_for_reading(target)


def _table(title: str, rows: list[tuple[str, str, int]], total: int) -> str:
    """A plain text table for the terminal, amounts right-aligned in Norwegian format."""
    shown = [(code, name, format_kroner(amount, decimals=True)) for code, name, amount in rows]
    sum_text = format_kroner(total, decimals=True)
    code_w = max([len("Kode"), *(len(c) for c, _, _ in shown)])
    name_w = min(50, max([len("Navn"), len("Sum"), *(len(n) for _, n, _ in shown)]))
    amount_w = max([len("Beløp (kr)"), len(sum_text), *(len(a) for _, _, a in shown)])
    line = f"{'':-<{code_w}}  {'':-<{name_w}}  {'':->{amount_w}}"
    out = [title, f"{'Kode':<{code_w}}  {'Navn':<{name_w}}  {'Beløp (kr)':>{amount_w}}", line]
    out += [f"{c:<{code_w}}  {n[:name_w]:<{name_w}}  {a:>{amount_w}}" for c, n, a in shown]
    out += [line, f"{'':<{code_w}}  {'Sum':<{name_w}}  {sum_text:>{amount_w}}"]
    return "\n".join(out)


def cmd_budget_summary(args: argparse.Namespace) -> int:
    from app.budget.sets import set_by_name
    from app.budget.views import BY_WORDS, pivot

    db = _open(args)
    try:
        with db.session() as session:
            budget_set = set_by_name(session, args.set_name)
            result = pivot(session, budget_set.id, args.by)
            name = budget_set.name
    finally:
        db.close()
    data = {
        "set": name, "by": args.by,
        "rows": [{"code": r.code, "name": r.name, "amount": amount_text(r.amount_ore)} for r in result.rows],
        "total": amount_text(result.total_ore),
    }
    flagged = [r for r in result.rows if r.unknown or r.unmapped]
    text = _table(f"{name} per {BY_WORDS[args.by]}", [(r.code, r.name, r.amount_ore) for r in result.rows],
                  result.total_ore)
    if flagged:
        text += "\n\nMerk:\n" + "\n".join(f"  {r.note}" for r in flagged if r.note)
    _emit(args, data, text)
    return 0


def _newest(session: Session, kind: str) -> BudgetSet | None:
    from sqlalchemy import select

    from db.models import BudgetSet

    return session.scalars(select(BudgetSet).where(BudgetSet.kind == kind)
                           .order_by(BudgetSet.year.desc(), BudgetSet.period_to.desc(),
                                     BudgetSet.imported_at.desc().nulls_last()).limit(1)).first()


def cmd_budget_export(args: argparse.Namespace) -> int:
    from app.budget.export import export_workbook
    from app.budget.sets import set_by_name

    db = _open(args)
    try:
        with db.session() as session:
            set_obj = set_by_name(session, args.set_name) if args.set_name else None
            budget = set_by_name(session, args.budget_name) if args.budget_name else None
            actual = set_by_name(session, args.actual_name) if args.actual_name else None
            forecast = set_by_name(session, args.forecast_name) if args.forecast_name else None
            if set_obj is None and budget is None and actual is None:
                # No choice made: this year's newest budget by unit and against the newest accounts.
                budget, actual = _newest(session, "budsjett"), _newest(session, "regnskap")
                set_obj = budget or actual
                if set_obj is None:
                    raise AppError("Databasen har ingen budsjett- eller regnskapssett. Importer et sett først med "
                                   "«styringsdialog budget import».")
                if budget is None or actual is None or budget.year != actual.year:
                    budget = actual = None
            if (budget is None) != (actual is None):
                raise AppError("Budsjett mot regnskap trenger både --budget og --actual.")
            try:
                out = export_workbook(
                    session, args.output, set_id=set_obj.id if set_obj else None,
                    by=args.by if set_obj else None,
                    budget_set_id=budget.id if budget else None, actual_set_id=actual.id if actual else None,
                    forecast_set_id=forecast.id if forecast else None, year_to_month=args.month,
                    per_unit=args.per_unit,
                )
            except AppError as err:
                if err.hint is not None and err.hint.kind == "choose_grouping":  # the app names no flag
                    raise AppError(f"{err}\nBruk --by {err.hint.value} sammen med --per-unit.") from err
                raise
            sheets = _sheet_names(out)
            data = {"output": str(out), "set": set_obj.name if set_obj else None,
                    "budget": budget.name if budget else None, "actual": actual.name if actual else None,
                    "sheets": sheets}
    finally:
        db.close()
    _emit(args, data, f"Skrev {out} med arkene: {', '.join(sheets)}.")
    return 0


def _sheet_names(path: Path) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


SUMMARY_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "budget summary": cmd_budget_summary,
    "budget export": cmd_budget_export,
}
