"""``styringsdialog agreement render``, ``form-export`` and ``form-import`` (DESIGN.md §4).

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
    """Register ``agreement render``, ``form-export`` and ``form-import`` under the program's sub-commands."""
    agreement = subparsers.add_parser("agreement", help="leder- og resultatavtaler: skriv ut som PDF eller DOCX, "
                                                        "egenvurderingsskjema ut og inn")
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

    form = agreement_sub.add_parser(
        "form-export", parents=[common], help="lag lederens egenvurderingsskjema for en avtale (DOCX eller PDF)",
        description="Skriv lederens del av avtalen som et skjema lederen fyller ut selv: ett mål per rad med "
                    "egenvurdering (liten grad, tilfredsstillende eller stor grad) og kommentar. Filendelsen i -o "
                    "velger Word (.docx) eller PDF med skjemafelt (.pdf). Avtalen velges med ID-en (eller starten "
                    "av den) eller med lederens navn; har lederen flere avtaler, velg året med --period. Skjemaet "
                    "leses inn igjen i vinduet (Avtaler → «Les inn egenvurdering …») eller med «agreement "
                    "form-import».",
    )
    form.add_argument("agreement", metavar="ID|LEDER", help="avtalens id (eller starten av den), eller lederens navn")
    form.add_argument("--period", type=_year, metavar="ÅÅÅÅ",
                      help="med et ledernavn: avtalen som gjelder i dette året")
    form.add_argument("-o", "--output", required=True, type=Path, metavar="UT.docx|UT.pdf",
                      help="skjemaet som skrives: .docx (Word) eller .pdf (PDF med skjemafelt)")
    form.set_defaults(handler=cmd_agreement_form_export)

    read = agreement_sub.add_parser(
        "form-import", parents=[common], help="les et utfylt egenvurderingsskjema inn i avtalen",
        description="Les lederens utfylte egenvurderingsskjema (.docx eller .pdf, laget med «agreement "
                    "form-export» eller i vinduet) inn som lederens egenevaluering av målene. Skjemaet vet selv "
                    "hvilken avtale og revisjon det hører til; med ID|LEDER avvises et skjema for en annen avtale. "
                    "Alt eller ingenting: et ord som ikke står på skalaen nevnes med rad og kolonne, og ingenting "
                    "lagres.",
    )
    read.add_argument("file", type=Path, metavar="FIL", help="det utfylte skjemaet (.docx eller .pdf)")
    read.add_argument("agreement", nargs="?", metavar="ID|LEDER",
                      help="avtalen skjemaet skal leses inn i (kontrolleres mot skjemaet)")
    read.add_argument("--period", type=_year, metavar="ÅÅÅÅ",
                      help="med et ledernavn: avtalen som gjelder i dette året")
    read.set_defaults(handler=cmd_agreement_form_import)


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


def find_agreement_or_leader(session: Session, text: str, year: int | None = None) -> uuid.UUID:
    """The agreement ``text`` names: its id (or the start of it), else the leader's name.

    By name: the leader's agreements that are not replaced by a revision, those running in ``year``
    when given, else the one running today when there are several; more than one left is refused
    with each named, so the user can pick by id or year."""
    from datetime import date

    from sqlalchemy import select

    from db.models import Agreement, AgreementStatus, Person

    wanted = text.strip().lower().replace("-", "")
    if wanted and all(c in "0123456789abcdef" for c in wanted):
        found = [i for i in session.scalars(select(Agreement.id)) if i.hex.startswith(wanted)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise AppError(f"«{text}» passer med {len(found)} avtaler. Skriv flere tegn av id-en, så den blir "
                           "entydig.")
    name = " ".join(text.split()).casefold()
    if not name:
        raise AppError("Skriv avtalens id eller lederens navn.")
    people = session.scalars(select(Person)).all()
    leaders = [p.id for p in people if p.full_name.casefold() == name] or \
              [p.id for p in people if name in p.full_name.casefold()]
    if not leaders:
        raise AppError(f"Fant ingen avtale med id «{text}» og ingen leder som heter det. Kontroller id-en eller "
                       "navnet (id-en står i «styringsdialog agreement render --all --json»).")
    rows = session.scalars(select(Agreement).where(Agreement.leader_id.in_(leaders),
                                                   Agreement.status != AgreementStatus.SUPERSEDED)
                           .order_by(Agreement.period_start, Agreement.revision)).all()
    if year is not None:
        rows = [a for a in rows if a.period_start <= date(year, 12, 31) and a.period_end >= date(year, 1, 1)]
    elif len(rows) > 1:
        today = date.today()
        running = [a for a in rows if a.period_start <= today <= a.period_end]
        rows = running or rows
    if not rows:
        when = f" som gjelder i {year}" if year is not None else ""
        raise AppError(f"«{text}» har ingen avtale{when}. Velg et annet år, eller lag avtalen først.")
    if len(rows) > 1:
        listed = "; ".join(f"«{a.title}» {a.period_start.year} ({a.id.hex[:8]})" for a in rows[:6])
        raise AppError(f"«{text}» passer med {len(rows)} avtaler: {listed}. Velg med id-en, eller med --period.")
    return rows[0].id


def agreement_ids(session: Session, year: int | None) -> list[uuid.UUID]:
    """Every agreement, or those whose period touches ``year``, each once as its current revision (a
    revision a newer one of the same agreement replaced is left out; one replaced only by next
    period's agreement is still its period's, as on Oversikt): by period, unit and revision."""
    from datetime import date

    from sqlalchemy import select

    from app.overview import newest_revision
    from db.models import Agreement, Unit

    stmt = (select(Agreement.id).outerjoin(Unit, Unit.id == Agreement.unit_id).where(newest_revision())
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


def _form_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise AppError(f"«{path.name}» må slutte på .docx (Word-skjema) eller .pdf (PDF med skjemafelt).")
    return suffix.lstrip(".")


def cmd_agreement_form_export(args: argparse.Namespace) -> int:
    """``agreement form-export ID|LEADER -o OUT.docx|OUT.pdf``: the leader's self-assessment form."""
    from app.scorecard.evaluation_form import export_self_assessment_form
    from app.storage.database import open_for_reading
    from db.models import Agreement

    fmt = _form_suffix(args.output)
    if args.output.is_dir():
        raise AppError(f"«{args.output}» er en mappe. Skriv filnavnet skjemaet skal få, for eksempel "
                       "egenvurdering.docx.")
    db = open_for_reading(_target(args))
    try:
        with db.session() as session:
            agreement_id = find_agreement_or_leader(session, args.agreement, args.period)
            agreement = session.get_one(Agreement, agreement_id)
            title, leader = agreement.title, agreement.leader.full_name if agreement.leader else ""
            goals = len(agreement.goals)
            out = export_self_assessment_form(session, agreement_id, args.output)
    finally:
        db.close()
    data = {"agreement_id": str(agreement_id), "title": title, "leader": leader, "goals": goals, "format": fmt,
            "file": str(out)}
    _emit(args, data, f"Skrev {out}: egenvurderingsskjema for «{title}» ({leader or 'ingen leder'}), {goals} mål.")
    return 0


def cmd_agreement_form_import(args: argparse.Namespace) -> int:
    """``agreement form-import FILE [ID|LEADER]``: the filled-in form as the leader's self-assessments."""
    from app.scorecard.evaluation_form import read_self_assessment_form
    from app.storage.database import open_database
    from db.engine import is_url
    from db.models import Agreement

    _form_suffix(args.file)
    if not args.file.is_file():
        raise AppError(f"Fant ikke skjemaet «{args.file}». Kontroller stien.")
    target = _target(args)
    if not is_url(target) and not Path(target).exists():
        raise AppError(f"Databasen «{target}» finnes ikke. Kontroller stien, eller lag en ny med «styringsdialog "
                       "demo».")
    db = open_database(target)
    try:
        with db.session() as session:
            wanted = find_agreement_or_leader(session, args.agreement, args.period) if args.agreement else None
            result = read_self_assessment_form(session, args.file, wanted)
            title = session.get_one(Agreement, result.agreement_id).title
    finally:
        db.close()
    data = {"agreement_id": str(result.agreement_id), "title": title, "assessed": result.assessed,
            "file": str(args.file)}
    _emit(args, data, f"Leste inn {result.assessed} egenvurderinger fra «{args.file.name}» i «{title}».")
    return 0


AGREEMENT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "agreement render": cmd_agreement_render,
    "agreement form-export": cmd_agreement_form_export,
    "agreement form-import": cmd_agreement_form_import,
}


def run_agreement(args: argparse.Namespace) -> int:
    """``COMMANDS["agreement"]`` in app.cli: hand ``agreement render`` (or another) to its handler."""
    return AGREEMENT_COMMANDS[f"agreement {args.agreement_command}"](args)
