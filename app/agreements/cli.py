"""``styringsdialog agreement render`` (DESIGN.md §4).

``app.cli.build_parser`` calls :func:`add_agreement_commands`; each leaf parser carries its
handler (``args.handler``), and :data:`AGREEMENT_COMMANDS` names them for ``app.cli.run``.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_support import database_target as _target
from app.cli_support import emit as _emit
from app.errors import AppError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.agreements.batch import Format

# The database stack and the renderers (reportlab, python-docx) are imported inside the
# commands: the window's start-up builds this parser too and must not wait for them.

FORMATS = ("pdf", "docx")


def add_agreement_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``agreement render`` under the program's sub-commands."""
    agreement = subparsers.add_parser("agreement", help="leder- og resultatavtaler: skriv ut som PDF eller DOCX")
    agreement_sub = agreement.add_subparsers(dest="agreement_command", metavar="KOMMANDO", required=True)

    render = agreement_sub.add_parser(
        "render", parents=[common], help="skriv én avtale eller alle avtalene i en periode til PDF eller DOCX",
        description="Skriv avtaler til fil. Én avtale (ID, eller så mye av starten av ID-en at den er entydig) "
                    "skrives til filen -o. Med --all skrives alle avtalene, eller de som gjelder i året --period, "
                    "til mappen -o med én fil per avtale, eller til én samlet PDF med --one-file.",
    )
    which = render.add_mutually_exclusive_group(required=True)
    which.add_argument("agreement_id", nargs="?", metavar="ID", help="avtalens id (eller starten av den)")
    which.add_argument("--all", action="store_true", help="alle avtalene (i perioden, med --period)")
    render.add_argument("--period", type=_year, metavar="ÅÅÅÅ",
                        help="med --all: bare avtalene som gjelder i dette året")
    render.add_argument("--format", dest="fmt", choices=FORMATS,
                        help="filtypen (standard: etter filendelsen i -o, ellers pdf)")
    render.add_argument("-o", "--output", required=True, type=Path, metavar="UT",
                        help="filen som skrives; for flere avtaler en mappe (eller filen, med --one-file)")
    render.add_argument("--one-file", action="store_true",
                        help="med --all: alle avtalene i én PDF, hver fra ny side med egne sidetall")
    render.set_defaults(handler=cmd_agreement_render)


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et årstall; skriv det som ÅÅÅÅ, for eksempel 2026")
    return int(text)


def _format(args: argparse.Namespace) -> Format:
    """--format (one of FORMATS), else the output's suffix when it is one of them, else PDF."""
    chosen = args.fmt or args.output.suffix.lower().lstrip(".")
    return "docx" if chosen == "docx" else "pdf"


def find_agreement(session: Session, text: str) -> uuid.UUID:
    """The agreement whose id is ``text`` or starts with it (dashes optional, any case)."""
    from sqlalchemy import select

    from db.models import Agreement

    wanted = text.strip().lower().replace("-", "")
    if not wanted or any(c not in "0123456789abcdef" for c in wanted):
        raise AppError(f"«{text}» er ikke en avtale-id. Id-en står i avtalelisten og i «styringsdialog agreement "
                       "render --all --json»; skriv hele eller starten av den.")
    found = [i for i in session.scalars(select(Agreement.id)) if i.hex.startswith(wanted)]
    if not found:
        raise AppError(f"Fant ingen avtale med id «{text}». Kontroller id-en, eller bruk --all.")
    if len(found) > 1:
        raise AppError(f"«{text}» passer med {len(found)} avtaler. Skriv flere tegn av id-en, så den blir entydig.")
    return found[0]


def agreement_ids(session: Session, year: int | None) -> list[uuid.UUID]:
    """Every agreement, or those whose period touches ``year``: by period, unit and revision."""
    from datetime import date

    from sqlalchemy import select

    from db.models import Agreement, Unit

    stmt = (select(Agreement.id).outerjoin(Unit, Unit.id == Agreement.unit_id)
            .order_by(Agreement.period_start, Unit.name, Agreement.title, Agreement.revision))
    if year is not None:
        stmt = stmt.where(Agreement.period_start <= date(year, 12, 31), Agreement.period_end >= date(year, 1, 1))
    return list(session.scalars(stmt))


def cmd_agreement_render(args: argparse.Namespace) -> int:
    from app.storage.database import open_for_reading
    from db.engine import is_url

    fmt = _format(args)
    if args.agreement_id and (args.period is not None or args.one_file):
        raise AppError("--period og --one-file hører til --all. Skriv ut én avtale med ID, eller alle med --all.")
    if args.one_file and fmt != "pdf":
        raise AppError("Én samlet fil kan bare lages som PDF. Bruk --format pdf, eller dropp --one-file for én "
                       "DOCX-fil per avtale.")
    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog "
                       "demo».")
    db = open_for_reading(target)
    try:
        with db.session() as session:
            if args.all:
                ids = agreement_ids(session, args.period)
                if not ids:
                    when = f" som gjelder i {args.period}" if args.period else ""
                    raise AppError(f"Det finnes ingen avtaler{when}. Velg en annen periode, eller lag avtalene først.")
                from app.agreements.batch import render_many

                files = render_many(session, ids, fmt=fmt, out=args.output, one_file=args.one_file)
            else:
                ids = [find_agreement(session, args.agreement_id)]
                files = [_render_one(session, ids[0], fmt, args.output)]
    finally:
        db.close()
    data = {"format": fmt, "agreements": len(ids), "files": [str(f) for f in files]}
    _emit(args, data, [f"Skrev {f}" for f in files]
          + ([f"{len(ids)} avtaler i {len(files)} fil{'er' if len(files) != 1 else ''}."] if len(ids) > 1 else []))
    return 0


def _render_one(session: Session, agreement_id: uuid.UUID, fmt: str, out: Path) -> Path:
    from app.agreements.batch import file_stems
    from app.agreements.builder import build_document
    from db.models import Agreement

    doc = build_document(session, agreement_id)
    if out.is_dir():  # a folder: the file gets the agreement's own name inside it
        agreement = session.get(Agreement, agreement_id)
        assert agreement is not None
        out = out / f"{file_stems([(agreement, doc)])[0]}.{fmt}"
    if fmt == "pdf":
        from app.agreements.render_pdf import render_pdf

        render_pdf(doc, out)
    else:
        from app.agreements.render_docx import render_docx

        render_docx(doc, out)
    return out


AGREEMENT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "agreement render": cmd_agreement_render,
}


def run_agreement(args: argparse.Namespace) -> int:
    """``COMMANDS["agreement"]`` in app.cli: hand ``agreement render`` to its handler."""
    return AGREEMENT_COMMANDS[f"agreement {args.agreement_command}"](args)
