"""``styringsdialog followup report`` and ``followup tertial`` (DESIGN.md §4).

``app.cli.build_parser`` calls :func:`add_followup_commands`; :data:`FOLLOWUP_COMMANDS` maps
``"followup report"`` and ``"followup tertial"`` to their handlers for :func:`run_followup`.
The database stack and the renderers are imported inside the handlers: the window's start-up
builds this parser too and must not wait for them.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.errors import AppError

if TYPE_CHECKING:  # the database stack loads only when a command runs
    from app.storage.database import Database

TERTIAL_FORMATS = ("pdf", "xlsx", "docx")


def add_followup_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``followup report`` and ``followup tertial`` under the program's sub-commands."""
    followup = subparsers.add_parser("followup", help="oppfølgingssamtaler: månedsoppsummering og tertialrapport")
    followup_sub = followup.add_subparsers(dest="followup_command", metavar="KOMMANDO", required=True)

    report = followup_sub.add_parser(
        "report", parents=[common], help="rådmannens månedsoppsummering av alle enhetene som PDF",
        description="Skriv månedsoppsummeringen til en PDF: én rad per enhet med møtet, målstatus, avvik mot "
                    "budsjett, beslutninger og forfalte oppfølgingspunkter, gruppert etter kommunalsjef. "
                    "Dokumentet er merket «Unntatt offentlighet».",
    )
    report.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM", help="måneden, for eksempel 2026-10")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="UT.pdf", help="PDF-filen som skrives")
    _today_option(report)
    report.set_defaults(handler=cmd_followup_report)

    tertial = followup_sub.add_parser(
        "tertial", parents=[common],
        help="tertialrapporten som PDF, Excel-arbeidsbok eller Word-utkast (samme som «malekart report»)",
        description="Skriv tertialrapporten (1: januar–april, 2: mai–august, 3: september–desember): per enhet "
                    "møtene som er holdt, siste målstatus, budsjett mot regnskap og åpne oppfølgingspunkter. "
                    "Rapporten er bygd rundt målekartet. Filtypen følger endelsen i -o: .pdf gir rapporten, "
                    ".xlsx en arbeidsbok med summer, .docx et utkast til rapporten med plass til vurderingene.",
    )
    tertial.add_argument("--year", required=True, type=int, metavar="ÅR", help="året, for eksempel 2026")
    tertial.add_argument("--tertial", required=True, type=int, metavar="1|2|3", help="tertialet: 1, 2 eller 3")
    tertial.add_argument("-o", "--output", required=True, type=Path, metavar="UT.pdf|UT.xlsx|UT.docx",
                         help="filen som skrives (.pdf, .xlsx eller .docx)")
    _today_option(tertial)
    tertial.set_defaults(handler=cmd_followup_tertial)


def _today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", type=date.fromisoformat, default=None, metavar="ÅÅÅÅ-MM-DD",
                        help="dagen rapporten lages per (standard: i dag)")


_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_month(text: str) -> tuple[int, int]:
    """«2026-10» -> (2026, 10); anything else is a user error with the way out."""
    match = _MONTH.match(text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise AppError(f"«{text}» er ikke en måned. Skriv den som ÅÅÅÅ-MM, for eksempel --month 2026-10.")
    return int(match.group(1)), int(match.group(2))


def _suffix(out: Path, allowed: tuple[str, ...], what: str) -> str:
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in allowed:
        endings = " eller ".join(f".{a}" for a in allowed)
        raise AppError(f"{what} kan skrives som {endings}, ikke «{out.name}». Gi utfilen endelsen {endings}.")
    return suffix


def _open(args: argparse.Namespace) -> Database:
    from app.storage.database import open_for_reading
    from db.engine import is_url

    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog "
                       "demo».")
    return open_for_reading(target)


def _kroner_text(ore: int | None) -> str | None:
    """Øre as a decimal string in kroner for JSON: 123450 -> «1234.50»."""
    if ore is None:
        return None
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole}.{cents:02d}"


def _pages(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def cmd_followup_report(args: argparse.Namespace) -> int:
    from app.followup.render import render_monthly_summary_pdf
    from app.followup.summary import monthly_summary
    from app.formatting import month_name

    year, month = parse_month(args.month)
    _suffix(args.output, ("pdf",), "Månedsoppsummeringen")
    today = args.today or date.today()
    db = _open(args)
    try:
        summary = db.run(monthly_summary, year, month, today)
    finally:
        db.close()
    pdf = render_monthly_summary_pdf(summary, args.output)
    totals = summary.totals
    data = {"month": f"{year}-{month:02d}", "file": str(args.output), "pages": _pages(pdf), "units": totals.units,
            "held": totals.held, "on_track": totals.goals.on_track, "at_risk": totals.goals.at_risk,
            "off_track": totals.goals.off_track, "deviation": _kroner_text(totals.money.deviation),
            "deviation_pct": totals.money.pct, "overdue_items": totals.overdue}
    _emit(args, data, f"Skrev {args.output}: månedsoppsummering for {month_name(month)} {year}, {totals.held} av "
          f"{totals.units} møter holdt, {data['pages']} sider.")
    return 0


def cmd_followup_tertial(args: argparse.Namespace) -> int:
    from app.followup.summary import tertial_months

    tertial_months(args.tertial)  # a bad tertial is reported before anything is opened
    fmt = _suffix(args.output, TERTIAL_FORMATS, "Tertialrapporten")
    today = args.today or date.today()
    # The same document as «malekart report» (issue 19): the målekart with the follow-up's figures.
    from app.scorecard.report import build_report, write_report

    db = _open(args)
    try:
        full = db.run(build_report, args.year, args.tertial, today)
    finally:
        db.close()
    report = full.followup
    write_report(full, args.output, fmt)
    money = report.total.money
    data = {"year": report.year, "tertial": report.tertial, "format": fmt, "file": str(args.output),
            "units": report.total.units, "meetings_held": report.total.meetings_held,
            "budget": _kroner_text(money.budget), "actual": _kroner_text(money.actual),
            "deviation": _kroner_text(money.deviation), "deviation_pct": money.pct,
            "open_items": report.total.open_items, "overdue_items": report.total.overdue_items}
    _emit(args, data, f"Skrev {args.output}: {report.title.lower()} ({report.period}), {report.total.units} enheter.")
    return 0


FOLLOWUP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "followup report": cmd_followup_report,
    "followup tertial": cmd_followup_tertial,
}


def run_followup(args: argparse.Namespace) -> int:
    """``COMMANDS["followup"]`` in app.cli: hand ``followup <command>`` to its handler."""
    return FOLLOWUP_COMMANDS[f"followup {args.followup_command}"](args)
