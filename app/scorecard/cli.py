"""``styringsdialog malekart summary|import|report`` (DESIGN.md §4).

``app.cli.build_parser`` calls :func:`add_scorecard_commands`; :func:`run_scorecard` hands
``malekart <command>`` to its handler. The database stack is imported inside the handlers: the
window's start-up builds this parser too and must not wait for it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.cli_support import parse_mapping
from app.errors import AppError

if TYPE_CHECKING:
    from app.storage.database import Database

REPORT_FORMATS = ("pdf", "xlsx", "docx")
COLOUR_WORDS = {"green": "grønn", "yellow": "gul", "red": "rød", "none": "–"}


def add_scorecard_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``malekart summary``, ``malekart import`` and ``malekart report``."""
    malekart = subparsers.add_parser("malekart", help="målekart: verdier, farger og tertialrapporten")
    sub = malekart.add_subparsers(dest="malekart_command", metavar="KOMMANDO", required=True)

    summary = sub.add_parser(
        "summary", parents=[common], help="målekartet for kommunen eller en enhet",
        description="Skriv hver indikator med ambisjonsnivå, resultat og farge: kommunens sammenstilte verdi og "
                    "hver enhets. Med --json skrives tallene som desimaltall i tekst.")
    summary.add_argument("--year", required=True, type=int, metavar="ÅR", help="året, for eksempel 2026")
    summary.add_argument("--period", metavar="T1|T2|T3|ÅÅÅÅ-MM", help="tertial eller måned (standard: hele året)")
    summary.add_argument("--unit", metavar="NAVN", help="bare denne enheten (navn, kortnavn eller kode)")
    summary.set_defaults(handler=cmd_summary)

    imp = sub.add_parser(
        "import", parents=[common], help="importer måleverdier fra et regneark (alt eller ingenting)",
        description="Les verdier per enhet (sykefravær fra HR-systemet, brukerundersøkelser, 10-FAKTOR) fra en "
                    "xlsx- eller csv-fil. Enhetene kjennes igjen på kode, ansvar eller navn. Har filen ett eneste "
                    "problem, importeres ingenting, og hvert problem nevnes med rad og kolonne.")
    imp.add_argument("file", type=Path, metavar="FIL", help="regnearket")
    imp.add_argument("--indicator", metavar="NAVN", help="indikatoren for alle radene (ellers en kolonne)")
    imp.add_argument("--period", metavar="PERIODE", help="perioden for alle radene: T2 2026, 2026-08 eller 2026")
    imp.add_argument("--sheet", metavar="ARK", help="arket (standard: det første synlige)")
    imp.add_argument("--map", action="append", default=[], metavar="OVERSKRIFT=FELT",
                     help="hvilken kolonne som er hvilket felt (unit, indicator, period, year, value, comment)")
    imp.set_defaults(handler=cmd_import)

    report = sub.add_parser(
        "report", parents=[common], help="tertialrapporten bygd på målekartet (PDF, xlsx eller docx)",
        description="Skriv tertialrapporten: per fokusområde indikatorene med ambisjonsnivå, resultat, farge og "
                    "kommentar, så budsjettavvik og målstatus per enhet. Med --public lages utgaven for "
                    "politikerne, uten ledernes personlige mål og uten navn.")
    report.add_argument("--year", required=True, type=int, metavar="ÅR")
    report.add_argument("--tertial", required=True, type=int, choices=(1, 2, 3), metavar="1|2|3")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="UT.pdf|UT.xlsx|UT.docx")
    report.add_argument("--public", action="store_true", help="utgaven for politikerne (uten personlige mål og navn)")
    report.add_argument("--today", type=date.fromisoformat, default=None, metavar="ÅÅÅÅ-MM-DD",
                        help="dagen rapporten lages per (standard: i dag)")
    report.set_defaults(handler=cmd_report)


def _open(args: argparse.Namespace, *, write: bool = False) -> Database:
    from app.storage.database import open_database, open_for_reading
    from db.engine import is_url

    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog "
                       "demo».")
    return open_database(target) if write else open_for_reading(target)


def cmd_summary(args: argparse.Namespace) -> int:
    from app.scorecard.model import current_unit, parse_period
    from app.scorecard.rollup import summary_rows

    parse_period(args.year, args.period)  # a bad period is reported before anything is opened
    db = _open(args)
    try:
        with db.session() as session:
            lineage = current_unit(session, args.unit).lineage_id if args.unit else None
            data = summary_rows(session, args.year, args.period, lineage)
    finally:
        db.close()
    rows = data["rows"]
    assert isinstance(rows, list)
    lines = [f"Målekart {data['period']}" + (f" for {args.unit}" if args.unit else "")]
    for row in rows:
        who = row["unit"] or "Kommunen"
        value = "–" if row["value"] is None else str(row["value"]).replace(".", ",")
        target = "–" if row["target"] is None else str(row["target"]).replace(".", ",")
        lines.append(f"  {row['focus_area']} | {row['indicator']} | {who}: {value} (mål {target}) "
                     f"{COLOUR_WORDS[str(row['colour'])]}")
    if not rows:
        lines.append("  Målekartet har ingen indikatorer ennå.")
    _emit(args, data, lines)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.scorecard.importer import FIELDS, import_values

    mapping = parse_mapping(args.map, FIELDS, "Sykefravær %=value")
    db = _open(args, write=True)
    try:
        with db.session() as session:
            result = import_values(session, args.file, indicator=args.indicator, period=args.period,
                                   mapping=mapping, sheet=args.sheet)
    finally:
        db.close()
    data = {"file": result.file_name, "values": result.values, "inserted": result.inserted,
            "updated": result.updated, "indicators": result.indicators, "units": result.units}
    _emit(args, data, f"Importerte {result.values} verdier fra «{result.file_name}» ({result.inserted} nye, "
          f"{result.updated} rettet) for {result.units} enheter: {', '.join(result.indicators)}.")
    return 0


def report_format(out: Path, allowed: tuple[str, ...] = REPORT_FORMATS, what: str = "Tertialrapporten") -> str:
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in allowed:
        endings = ", ".join(f".{a}" for a in allowed)
        raise AppError(f"{what} kan skrives som {endings}, ikke «{out.name}». Gi utfilen en av disse endelsene.")
    return suffix


def cmd_report(args: argparse.Namespace) -> int:
    from app.scorecard.report import build_report, write_report

    fmt = report_format(args.output)
    today = args.today or date.today()
    db = _open(args)
    try:
        report = db.run(build_report, args.year, args.tertial, today, public=args.public)
    finally:
        db.close()
    write_report(report, args.output, fmt)
    data = {"year": args.year, "tertial": args.tertial, "format": fmt, "file": str(args.output),
            "public": args.public, "indicators": len(report.scorecard.lines),
            "red": sum(1 for line in report.scorecard.lines if line.colour == "red")}
    _emit(args, data, f"Skrev {args.output}: tertialrapport {args.tertial}. tertial {args.year} bygd på målekartet"
          + (" (utgave for politikerne)." if args.public else "."))
    return 0


def add_yearend_command(budget_subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``budget yearend`` under ``budget``'s sub-commands (app.budget.cli calls this)."""
    yearend = budget_subparsers.add_parser(
        "yearend", parents=[common], help="årsavslutning: resultat per enhet og forslag til overføring",
        description="Skriv resultatet per resultatenhet mot revidert budsjett, og forslaget til overføring av "
                    "mindreforbruk eller merforbruk til neste år etter kommunens regel (mål nådd, tak, buffer, "
                    "inndekning over flere år), som PDF eller Excel-arbeidsbok.")
    yearend.add_argument("--year", required=True, type=int, metavar="ÅR", help="året som avsluttes")
    yearend.add_argument("-o", "--output", required=True, type=Path, metavar="UT.pdf|UT.xlsx")
    yearend.set_defaults(handler=cmd_yearend)


def cmd_yearend(args: argparse.Namespace) -> int:
    from app.formatting import format_kroner
    from app.scorecard.yearend import write_year_end, year_end

    fmt = report_format(args.output, ("pdf", "xlsx"), "Årsavslutningen")
    db = _open(args)
    try:
        report = db.run(year_end, args.year)
    finally:
        db.close()
    write_year_end(report, args.output, fmt)
    data = {"year": args.year, "format": fmt, "file": str(args.output), "units": len(report.rows),
            "proposal": f"{report.total_proposal / 100:.2f}",
            "carried": sum(1 for r in report.rows if r.proposal > 0),
            "deficits": sum(1 for r in report.rows if r.proposal < 0)}
    _emit(args, data, f"Skrev {args.output}: årsavslutning {args.year} for {len(report.rows)} enheter, forslag til "
          f"overføring i alt {format_kroner(report.total_proposal)} kr.")
    return 0


YEAREND_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"budget yearend": cmd_yearend}

SCORECARD_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "malekart summary": cmd_summary,
    "malekart import": cmd_import,
    "malekart report": cmd_report,
}


def run_scorecard(args: argparse.Namespace) -> int:
    """``COMMANDS["malekart"]`` in app.cli: hand ``malekart <command>`` to its handler."""
    return SCORECARD_COMMANDS[f"malekart {args.malekart_command}"](args)
