"""The user actions of a seminar package, each one transaction: make a package, look at one,
preview the merge home and merge it (the window and the command line call these)."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from app.errors import AppError
from app.seminar.merge import MergePlan, MergeResult, Side, apply_merge, plan_merge
from app.seminar.package import (
    PackageInfo,
    PackageResult,
    Selection,
    create_package,
    damaged_package,
    is_damage,
    open_package_engine,
    package_damaged,
    package_info,
)
from db import cipher


def make_package(db: object, out: Path | str, passphrase: str, selection: Selection) -> PackageResult:
    """Fil → Ta med på samling: the package file, recorded in the office, in one transaction."""
    from app.storage.database import Database

    assert isinstance(db, Database)
    with db.session() as session:
        return create_package(session, out, passphrase, selection, source_name=db.display_name)


def describe(path: Path | str, passphrase: str) -> PackageInfo:
    return package_info(path, passphrase)


@contextmanager
def package_connection(path: Path | str, passphrase: str) -> Iterator[tuple[Connection, str | None]]:
    """A read connection on the package at this program's schema, and the revision it was
    upgraded from (None when it was at the newest). A package made before a schema upgrade is
    upgraded on a private copy; the package file itself is never changed."""
    from db.migrate import current_revision, head_revision, upgrade

    path = Path(path).expanduser()
    engine = open_package_engine(path, passphrase)
    work: Path | None = None
    upgraded: str | None = None
    try:
        revision, head = current_revision(engine), head_revision()
        if revision is not None and revision > head:
            raise AppError(f"Pakken «{path.name}» er laget med en nyere versjon av Styringsdialog (skjema {revision}). "
                           "Oppdater programmet på denne PC-en og prøv igjen; ingenting er endret.")
        if revision != head:
            engine.dispose()
            work = Path(tempfile.mkdtemp(prefix="styringsdialog-pakke-"))
            copy = cipher.backup_encrypted(path, work / path.name, passphrase)
            engine = _engine(copy, passphrase)
            upgrade(engine)
            upgraded = revision or "ukjent"
        with engine.connect() as conn:
            yield conn, upgraded
    except AppError:
        raise
    except Exception as exc:  # «malformed» from the package (not the office): a damaged package, by name
        if is_damage(exc) and package_damaged(path, passphrase):
            raise damaged_package(path) from exc
        raise
    finally:
        engine.dispose()
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def _engine(path: Path, passphrase: str) -> Engine:
    return cipher.make_encrypted_engine(path, passphrase)


def preview_merge(db: object, path: Path | str, passphrase: str) -> MergePlan:
    """Every change and conflict the package would bring into ``db``; writes nothing."""
    from app.storage.database import Database

    assert isinstance(db, Database)
    with package_connection(path, passphrase) as (conn, upgraded), db.session() as session:
        plan = plan_merge(session, conn, Path(path))
        plan.upgraded_from = upgraded
        return plan


def merge_package(db: object, path: Path | str, passphrase: str, *, left_out: Iterable[str] = (),
                  choices: Mapping[str, Side] | None = None, prefer: Side | None = None) -> MergeResult:
    """Fil → Hent inn fra samling: plan and write in ONE transaction of the office database."""
    from app.storage.database import Database

    assert isinstance(db, Database)
    with db.session() as session:
        return merge_in_session(session, path, passphrase, left_out=left_out, choices=choices, prefer=prefer)


def merge_in_session(session: Session, path: Path | str, passphrase: str, *, left_out: Iterable[str] = (),
                     choices: Mapping[str, Side] | None = None, prefer: Side | None = None) -> MergeResult:
    """The merge in the caller's transaction (the window's ``Store.run``)."""
    path = Path(path).expanduser()
    with package_connection(path, passphrase) as (conn, upgraded):
        plan = plan_merge(session, conn, path)
        plan.upgraded_from = upgraded
        return apply_merge(session, plan, left_out=left_out, choices=choices, prefer=prefer, source=str(path))


def preview_in_session(session: Session, path: Path | str, passphrase: str) -> MergePlan:
    """The preview in the caller's (read) transaction."""
    path = Path(path).expanduser()
    with package_connection(path, passphrase) as (conn, upgraded):
        plan = plan_merge(session, conn, path)
        plan.upgraded_from = upgraded
        return plan


def scenario_choices(session: Session) -> list[tuple[object, str]]:
    """The scenarios a package or a seminar note can name, by name: (id, name)."""
    from app.org.scenarios import list_versions
    from db.models import OrgVersionStatus

    return sorted(((v.id, v.name) for v in list_versions(session) if v.status == OrgVersionStatus.SCENARIO.value),
                  key=lambda row: row[1])


def package_choices(session: Session) -> tuple[list[str], list[str]]:
    """What «Ta med på samling» offers: the current organisation's units in chart order, and the scenarios."""
    from sqlalchemy import select

    from app.org.queries import current_version
    from db.models import Unit

    current = current_version(session)
    units = [] if current is None else list(session.scalars(
        select(Unit.name).where(Unit.org_version_id == current.id).order_by(Unit.sort_order, Unit.name)))
    return units, [name for _id, name in scenario_choices(session)]


def unit_choices(session: Session) -> list[tuple[object, str]]:
    """The units a seminar note can be linked to: the current organisation's, in chart order: (id, name)."""
    from sqlalchemy import select

    from app.org.queries import current_version
    from db.models import Unit

    current = current_version(session)
    if current is None:
        return []
    return [(r.id, r.name) for r in session.execute(
        select(Unit.id, Unit.name).where(Unit.org_version_id == current.id).order_by(Unit.sort_order, Unit.name))]


@dataclass(frozen=True)
class GoalChoice:
    """One goal a seminar note can be linked to: a goal of a unit's agreement in force."""

    id: uuid.UUID
    unit_id: uuid.UUID
    unit: str
    agreement: str
    text: str


def goal_choices(session: Session, on: date) -> list[GoalChoice]:
    """The goals a seminar note can be linked to: those of the current organisation's units'
    agreements in force on ``on`` (not replaced by a revision), the units in chart order, each
    unit's signed agreements first, each agreement's goals in their order. One query."""
    from sqlalchemy import select

    from app.org.queries import current_version
    from db.models import Agreement, AgreementStatus, Goal, Unit

    current = current_version(session)
    if current is None:
        return []
    signed = (AgreementStatus.SIGNED, AgreementStatus.EVALUATED)
    rows = list(session.execute(
        select(Goal.id, Goal.text, Goal.sort_order, Unit.id.label("unit_id"), Unit.name,
               Unit.sort_order.label("unit_order"), Agreement.id.label("agreement_id"), Agreement.title,
               Agreement.status, Agreement.kind)
        .join(Agreement, Agreement.id == Goal.agreement_id)
        .join(Unit, (Unit.lineage_id == Agreement.unit_lineage_id) & (Unit.org_version_id == current.id))
        .where(Agreement.period_start <= on, Agreement.period_end >= on,
               Agreement.status != AgreementStatus.SUPERSEDED)))
    rows.sort(key=lambda r: (r.unit_order, r.name, r.unit_id, r.status not in signed, r.kind.value, r.title,
                             r.agreement_id, r.sort_order))
    return [GoalChoice(id=r.id, unit_id=r.unit_id, unit=r.name, agreement=r.title, text=r.text) for r in rows]
