"""``styringsdialog org import`` and ``org export`` (DESIGN.md §4).

``app.cli.build_parser`` calls :func:`add_org_commands`; each leaf parser carries its
handler (``args.handler``), and :data:`ORG_COMMANDS` names them for ``app.cli.run``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.cli_support import parse_mapping as _parse_mapping
from app.errors import AppError, Hint
from app.org.fields import ORG_FIELDS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.org.importer import OrgImportError
    from db.models import OrgVersion

# The database stack and the importer are imported inside the commands: the window's
# start-up builds this parser too and must not wait for them.

FORMATS = ("pdf", "png", "svg", "xlsx")
PAPERS = ("a4", "a3")
STATUS_WORDS = {"current": "gjeldende organisasjon", "scenario": "scenario"}


def add_org_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``org import`` and ``org export`` under the program's sub-commands."""
    org = subparsers.add_parser("org", help="organisasjonskartet: importer og eksporter enheter")
    org_sub = org.add_subparsers(dest="org_command", metavar="KOMMANDO", required=True)

    imp = org_sub.add_parser(
        "import", parents=[common], help="les en enhetsliste (xlsx/csv) inn som ny organisasjonsversjon",
        description="Importer en enhetsliste: én rad per enhet med id, overordnet id, navn og gjerne type, leder, "
                    "ansvar og årsverk. Den første versjonen blir gjeldende; ellers blir importen et scenario.",
    )
    imp.add_argument("file", type=Path, metavar="FIL", help="regnearket (.xlsx, .xlsm, .csv eller .txt)")
    imp.add_argument("--version", dest="version_name", metavar="NAVN",
                     help="navnet på den nye versjonen (standard: «Gjeldende organisasjon» for den første, "
                          "ellers «Import fra FIL dato»)")
    imp.add_argument("--map", dest="mapping", action="extend", nargs="+", default=[], metavar="OVERSKRIFT=FELT",
                     help=f"velg feltet for en kolonne; FELT er en av {', '.join(ORG_FIELDS)}")
    imp.add_argument("--root-name", metavar="NAVN",
                     help="legg flere toppenheter under en ny felles toppenhet med dette navnet")
    imp.add_argument("--sheet", metavar="ARK", help="arket som skal leses (standard: det første synlige)")
    imp.set_defaults(handler=cmd_org_import)

    exp = org_sub.add_parser(
        "export", parents=[common], help="skriv organisasjonskartet (pdf/png/svg) eller enhetslisten (xlsx)",
    )
    exp.add_argument("--format", dest="fmt", choices=FORMATS, help="filtypen (standard: etter filendelsen i -o)")
    exp.add_argument("-o", "--output", required=True, type=Path, metavar="UT", help="filen som skrives")
    exp.add_argument("--version", dest="version_name", metavar="NAVN",
                     help="versjonen som eksporteres (standard: den gjeldende)")
    exp.add_argument("--root", metavar="ENHET", help="bare denne enheten (id eller navn) og alt under den")
    exp.add_argument("--paper", choices=PAPERS, default="a4", help="papirstørrelse for pdf (standard: a4)")
    exp.add_argument("--split-subtrees", action="store_true", help="pdf: én side per underenhet av toppen")
    orientation = exp.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_const", const=True, default=None,
                             help="liggende side")
    orientation.add_argument("--portrait", dest="landscape", action="store_const", const=False,
                             help="stående side")
    exp.add_argument("--date", dest="on", type=date.fromisoformat, default=None, metavar="ÅÅÅÅ-MM-DD",
                     help="vis ledere og oppfølging slik de var denne dagen (standard: i dag)")
    exp.set_defaults(handler=cmd_org_export)

    cmp = org_sub.add_parser(
        "compare", parents=[common], help="endringene fra én organisasjonsversjon til en annen",
        description="Sammenlign to versjoner: enheter som er nye i «til», fjernet fra «fra», har fått nytt navn "
                    "eller er flyttet. Enhetene kjennes igjen på tvers av versjonene, også etter nytt navn.",
    )
    cmp.add_argument("--from", dest="from_name", required=True, metavar="NAVN",
                     help="versjonen det sammenlignes fra (gjerne den gjeldende eller den eldste)")
    cmp.add_argument("--to", dest="to_name", required=True, metavar="NAVN", help="versjonen det sammenlignes til")
    cmp.add_argument("--date", dest="on", type=date.fromisoformat, default=None, metavar="ÅÅÅÅ-MM-DD",
                     help="ledere og oppfølging slik de var denne dagen (standard: i dag)")
    cmp.set_defaults(handler=cmd_org_compare)

    alt = org_sub.add_parser(
        "alternatives", parents=[common], help="alle alternativene i en omorganisering side om side (pdf/xlsx)",
        description="Skriv 0-alternativet og forslagene i et omorganiseringsprosjekt side om side: enheter, ledere, "
                    "ansatte per leder, enheter per kommunalsjef, årsverk, budsjett gjennom ansvarskodene, funn og "
                    "endringer. Filen merkes «Forslag/utkast».",
    )
    alt.add_argument("--project", metavar="NAVN", help="prosjektet (standard: det nyeste)")
    alt.add_argument("-o", "--output", required=True, type=Path, metavar="UT", help="filen som skrives (.pdf/.xlsx)")
    alt.add_argument("--date", dest="on", type=date.fromisoformat, default=None, metavar="ÅÅÅÅ-MM-DD",
                     help="ledere og oppfølging slik de er denne dagen; budsjettet for dette året (standard: i dag)")
    alt.set_defaults(handler=cmd_org_alternatives)


def parse_mapping(items: list[str]) -> dict[str, str]:
    """``["Avd=name", "Sjef=leader"]`` -> {"Avd": "name", "Sjef": "leader"}; the field is checked."""
    return _parse_mapping(items, ORG_FIELDS, "Avdeling=name")


# What the user types on the command line for each kind of hint the importer gives.
FLAGS = {
    "map_column": "--map OVERSKRIFT={field}",
    "several_roots": "--root-name NAVN",
    "version_name": "--version NAVN",
    "choose_sheet": "--sheet ARK",
}


def flag_for(hint: Hint | None) -> str:
    """« (på kommandolinjen: --map OVERSKRIFT=id)» for a hint, or "" when there is none."""
    if hint is None or hint.kind not in FLAGS:
        return ""
    return f" (på kommandolinjen: {FLAGS[hint.kind].format(field=hint.field or 'FELT')})"


def format_problems(err: OrgImportError) -> str:
    """The headline (naming the file and sheet) and every problem, one per line, for the terminal,
    each with the flag that deals with it."""
    return "\n".join([err.headline, *(f"  {problem}{flag_for(problem.hint)}" for problem in err.problems)])


def cmd_org_import(args: argparse.Namespace) -> int:
    from app.org.importer import OrgImportError, default_version_name, import_units, plan_import
    from app.storage.database import open_database

    mapping = parse_mapping(args.mapping or [])
    try:
        plan = plan_import(args.file, sheet=args.sheet, mapping=mapping, root_name=args.root_name)
    except OrgImportError as err:
        print(format_problems(err), file=sys.stderr)
        return 1
    except AppError as err:  # the file cannot be read: the message, and the flag for its hint
        raise AppError(f"{err}{flag_for(err.hint)}", hint=err.hint) from err
    target = _target(args)
    db = open_database(target)
    try:
        with db.session() as session:
            name = args.version_name or default_version_name(session, plan)
            try:
                result = import_units(session, plan, version_name=name)
            except AppError as err:
                raise AppError(f"{err}{flag_for(err.hint)}", hint=err.hint) from err
    finally:
        db.close()
    what = STATUS_WORDS.get(result.status, result.status)
    root = " under en ny toppenhet" if plan.root_added else ""
    _emit(args, {"version": result.version_name, "units": result.units},
          f"Importerte {result.units} enheter fra «{plan.file_name}»{root} som {what} «{result.version_name}» "
          f"i {target}.")
    return 0


def _pick_version(session: Session, name: str | None) -> OrgVersion:
    from sqlalchemy import select

    from app.org.queries import current_version
    from db.models import OrgVersion

    if name is None:
        version = current_version(session)
        if version is None:
            raise AppError("Databasen har ingen gjeldende organisasjon å eksportere. Importer en enhetsliste "
                           "først («styringsdialog org import FIL»), eller velg en versjon med --version NAVN.")
        return version
    version = session.scalar(select(OrgVersion).where(OrgVersion.name == name))
    if version is None:
        names = ", ".join(f"«{n}»" for n in session.scalars(select(OrgVersion.name).order_by(OrgVersion.name)))
        raise AppError(f"Fant ingen organisasjonsversjon som heter «{name}». Versjonene er: {names or 'ingen'}.")
    return version


def _format(args: argparse.Namespace) -> str:
    if args.fmt:
        return args.fmt
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise AppError(f"Oppgi filtypen med --format ({'|'.join(FORMATS)}); den kan ikke leses av «{args.output.name}».")


def cmd_org_export(args: argparse.Namespace) -> int:
    from app.storage.database import open_for_reading
    from db.engine import is_url

    fmt = _format(args)
    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog "
                       "demo».")
    on = args.on or date.today()
    db = open_for_reading(target)
    try:
        with db.session() as session:
            version = _pick_version(session, args.version_name)
            if fmt == "xlsx":
                from app.org.export_xlsx import export_units_xlsx

                out = export_units_xlsx(session, version.id, args.output, on=on, root=args.root)
            else:
                from app.org.chart_export import export_chart

                out = export_chart(session, version.id, fmt, args.output, on=on, root=args.root, paper=args.paper,
                                   landscape=args.landscape, split_subtrees=args.split_subtrees)
            version_name = version.name
    finally:
        db.close()
    _emit(args, {"version": version_name, "format": fmt, "output": str(out)},
          f"Skrev «{version_name}» som {fmt.upper()} til {out}.")
    return 0


def _compare_lines(data: dict[str, Any]) -> list[str]:
    lines = [f"Fra «{data['from']}» til «{data['to']}»:"]
    parts = (("Nye", data["added"]), ("Fjernet", data["removed"]),
             ("Nytt navn", [f"{r['from']} → {r['to']}" for r in data["renamed"]]),
             ("Flyttet", [f"{m['name']}: {m['from_parent'] or '(øverst)'} → {m['to_parent'] or '(øverst)'}"
                          for m in data["moved"]]),
             ("Slått sammen", [f"{', '.join(g['units'])} → {g['into']}" for g in data["merged"]]))
    for label, items in parts:
        lines.append(f"{label} ({len(items)}): {'; '.join(items) if items else '–'}")
    return lines


def cmd_org_compare(args: argparse.Namespace) -> int:
    from app.org.scenarios import compare_named
    from app.storage.database import open_for_reading
    from db.engine import is_url

    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog "
                       "demo».")
    db = open_for_reading(target)
    try:
        with db.session() as session:
            data = compare_named(session, args.from_name, args.to_name, args.on or date.today()).as_json()
    finally:
        db.close()
    _emit(args, data, _compare_lines(data))
    return 0


def cmd_org_alternatives(args: argparse.Namespace) -> int:
    from app.org.alternatives_report import write_alternatives_pdf, write_alternatives_xlsx
    from app.org.reorganisation import compare_alternatives, project_named
    from app.storage.database import open_for_reading
    from db.engine import is_url

    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise AppError(f"«{args.output.name}» må slutte på .pdf eller .xlsx, så programmet vet hva det skal skrive.")
    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog "
                       "demo».")
    db = open_for_reading(target)
    try:
        with db.session() as session:
            project = project_named(session, args.project)
            side = compare_alternatives(session, project.id, args.on or date.today())
    finally:
        db.close()
    out = write_alternatives_pdf(side, args.output) if suffix == ".pdf" else write_alternatives_xlsx(side, args.output)
    data = {"project": side.project_name, "output": str(out),
            "alternatives": [{"label": c.alternative.label, "version": c.alternative.version_name, "units": c.units,
                              "budget_ore": c.budget_ore, "findings": len(c.findings)} for c in side.columns]}
    _emit(args, data, f"Skrev {len(side.columns)} alternativer i «{side.project_name}» til {out}.")
    return 0


ORG_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "org import": cmd_org_import,
    "org export": cmd_org_export,
    "org compare": cmd_org_compare,
    "org alternatives": cmd_org_alternatives,
}


def run_org(args: argparse.Namespace) -> int:
    """``COMMANDS["org"]`` in app.cli: hand ``org import``/``org export`` to their handler."""
    return ORG_COMMANDS[f"org {args.org_command}"](args)
