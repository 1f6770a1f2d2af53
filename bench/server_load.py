"""Simulated users working on one database at once, and the check that no saved edit was lost.

Each user is a process of its own, so that the GIL of one does not slow another's response
(``multiprocessing`` through a fork server that has imported the app once, else *spawn* as on
Windows; neither shares a connection with this process), with its own ``open_database`` on the
target: a PostgreSQL URL, or a
SQLite file for comparison (opened without the lock file, which would otherwise keep the second
program out by design). After a common start signal every user runs operations back to back
for the given time:

- a read, as a page loads it: the follow-up year grid, the agreement list, Oversikt, the
  dashboard's attention lines, a budget pivot, a meeting note, an agreement, a search;
- an edit, as the editors do it: open the agreement (or the meeting note) and remember the
  version of the goal (``GoalView.version``) or the note (``MeetingNote.version``) it shows,
  think 0–50 ms, then save the whole text of the box with ``expected_version``
  (``update_goal``, ``set_section``). A refusal is ``app.storage.conflicts.ConflictError``; anything
  else that goes wrong (``StaleDataError`` included: the app turns that into ``ConflictError``)
  is an error.

Every edit goes to one of a few fields (goal texts of the two editable demo agreements and one
section of a few editable meeting notes), so users really do collide. The text a user saves is
the text it loaded plus a token unique to this save («[u3#17]»). A save that succeeds therefore
carries every token that was in the field when it was loaded; when saves of the same field are
serialised by the version check (a stale save refused), each success builds on the one before
it and the final text holds every token whose save returned success. A save that was let
through on a stale read (a lost update) drops the tokens saved since its load, and
``lost_updates`` finds them missing from the final text. ``check_versions=False`` saves
without ``expected_version``, which is how ``tests/app/test_bench_server.py`` shows that this
check catches lost updates.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import time
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import date
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEMO_TODAY = date(2026, 11, 23)
THINK_S = (0.0, 0.050)
SEARCH_WORDS = ("budsjett", "sykefravær", "turnus", "vikar", "rutiner")
READY_TIMEOUT_S = 180.0  # spawning and opening the database, per run
SECTION_KEY = "measures"


@dataclass(frozen=True)
class EditField:
    """One box that users edit: a goal's text, or one section of a meeting note."""

    kind: str  # "goal" | "section"
    owner_id: uuid.UUID  # the agreement (goal) or the meeting (section)
    item: str  # the goal id, or the section key

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.owner_id}:{self.item}"


@dataclass(frozen=True)
class Plan:
    """What the users work on, found in the database before they start (plain values only)."""

    target: str
    today: date
    fields: tuple[EditField, ...]
    agreement_ids: tuple[uuid.UUID, ...]
    meeting_ids: tuple[uuid.UUID, ...]
    set_id: uuid.UUID | None  # the accounts set the pivot reads


@dataclass
class OpStats:
    n: int
    p50_s: float
    p95_s: float
    max_s: float


@dataclass
class LoadResult:
    target: str  # "postgresql" | "sqlite"
    users: int
    seconds: float  # from the first user's start to the last user's end
    version_check: bool  # saves passed expected_version
    reads: int
    writes: int  # saves attempted (successes + conflicts + errors)
    saved: int
    conflicts: int  # ConflictError: the designed refusal
    errors: int  # anything else: must be 0
    error_samples: list[str]
    lost: list[tuple[str, str]]  # (field, token) saved with success but not in the final text
    all_ops: OpStats
    read_ops: OpStats
    write_ops: OpStats
    per_op: dict[str, OpStats] = field(default_factory=dict)
    slowest: str = ""  # which operation took max_s

    @property
    def ops(self) -> int:
        return self.reads + self.writes

    @property
    def ops_per_s(self) -> float:
        return self.ops / self.seconds if self.seconds else 0.0

    @property
    def reads_per_s(self) -> float:
        return self.reads / self.seconds if self.seconds else 0.0

    @property
    def writes_per_s(self) -> float:
        return self.writes / self.seconds if self.seconds else 0.0


def make_plan(target: str, *, today: date = DEMO_TODAY, goals: int = 3, sections: int = 3) -> Plan:
    """The fields to edit (goals of editable agreements, a section of editable meeting notes)
    and what the reads look at, from the demo municipality in ``target``."""
    from sqlalchemy import select

    from app.storage.database import open_database
    from db.models import Agreement, AgreementStatus, BudgetKind, BudgetSet, Meeting, MeetingStatus

    db = open_database(target, lock=False)
    try:
        with db.session() as s:
            editable = s.scalars(select(Agreement).where(
                Agreement.status.in_([AgreementStatus.DRAFT, AgreementStatus.DISCUSSION])).order_by(Agreement.title))
            per_agreement = [[EditField("goal", a.id, str(g.id)) for g in sorted(a.goals, key=lambda g: g.sort_order)
                              if g.common_requirement_id is None] for a in editable]
            # One from each agreement in turn, so both agreements are edited.
            goal_fields = [f for group in zip_longest(*per_agreement) for f in group if f is not None]
            meetings = s.scalars(select(Meeting.id).where(
                Meeting.status.in_([MeetingStatus.HELD, MeetingStatus.PLANNED]), Meeting.locked.is_(False))
                .order_by(Meeting.year.desc(), Meeting.month.desc(), Meeting.id)).all()
            section_fields = [EditField("section", m, SECTION_KEY) for m in meetings[:sections]]
            agreement_ids = tuple(s.scalars(select(Agreement.id).order_by(Agreement.id)).all())
            meeting_ids = tuple(s.scalars(select(Meeting.id).order_by(Meeting.id)).all())
            set_id = s.scalar(select(BudgetSet.id).where(BudgetSet.kind == BudgetKind.REGNSKAP)
                              .order_by(BudgetSet.year.desc()).limit(1))
    finally:
        db.close()
    fields = tuple(goal_fields[:goals] + section_fields)
    if len(fields) < goals + sections:
        raise RuntimeError(f"the database has only {len(fields)} editable fields, {goals + sections} wanted")
    return Plan(target, today, fields, agreement_ids, meeting_ids, set_id)


# --- one user ------------------------------------------------------------------------------------


def _load_goal(session: Session, agreement_id: uuid.UUID, goal_id: str) -> tuple[str, int]:
    """What the agreement editor shows for the goal: its text and the version it was read at."""
    from app.agreements.detail import agreement_detail

    detail = agreement_detail(session, agreement_id)
    view = next(g for g in detail.goals if str(g.id) == goal_id)
    return view.text, view.version


def _load_section(session: Session, meeting_id: uuid.UUID, key: str) -> tuple[str, int]:
    from app.followup.meetings import meeting_note

    note = meeting_note(session, meeting_id)
    return note.sections[key], note.version


def _reads(plan: Plan) -> dict[str, Any]:
    """name -> (rng -> (fn, args)) for every kind of read a page does."""
    from app.agreements.detail import agreement_detail
    from app.agreements.overview import list_agreements
    from app.budget.views import pivot
    from app.followup.attention import attention
    from app.followup.listing import year_grid
    from app.followup.meetings import meeting_note
    from app.followup.search import search_notes
    from app.overview import overview

    reads: dict[str, Any] = {
        "year grid": lambda rng: (year_grid, (plan.today.year, plan.today)),
        "agreement list": lambda rng: (list_agreements, ()),
        "oversikt": lambda rng: (overview, (plan.today,)),
        "attention": lambda rng: (attention, (plan.today,)),
        "meeting note": lambda rng: (meeting_note, (rng.choice(plan.meeting_ids),)),
        "agreement": lambda rng: (agreement_detail, (rng.choice(plan.agreement_ids),)),
        "search": lambda rng: (search_notes, (rng.choice(SEARCH_WORDS),)),
    }
    if plan.set_id is not None:
        reads["budget pivot"] = lambda rng: (pivot, (plan.set_id, "unit"))
    return reads


def _user(index: int, plan: Plan, seconds: float, seed: int, check_versions: bool, write_share: float,
          ready: Any, go: Any, out: Any) -> None:
    """One simulated user, in a process of its own; puts its records on ``out``."""
    try:
        from app.agreements.goals import update_goal
        from app.followup.meetings import set_section
        from app.storage.conflicts import ConflictError
        from app.storage.database import open_database

        rng = random.Random(seed * 1000 + index)
        run_tag = f"{seed % 1000}{uuid.uuid4().hex[:4]}"  # the same on no two runs: tokens stay unique
        reads = _reads(plan)
        read_names = sorted(reads)
        db = open_database(plan.target, lock=False)
    except BaseException:
        ready.put((index, traceback.format_exc()))
        return
    records: list[tuple[str, str, float, str]] = []  # (name, "r"|"w", seconds, outcome)
    saved: list[tuple[str, str]] = []
    errors: list[str] = []
    counter = 0
    try:
        ready.put((index, None))
        if not go.wait(READY_TIMEOUT_S):
            raise RuntimeError("no start signal")
        start = time.monotonic()
        deadline = start + seconds
        while time.monotonic() < deadline:
            if rng.random() >= write_share:
                name = rng.choice(read_names)
                fn, args = reads[name](rng)
                t = time.perf_counter()
                try:
                    db.run(fn, *args)
                    outcome = "ok"
                except Exception as exc:  # counted and reported, never a stop
                    outcome = "error"
                    errors.append(f"{name}: {type(exc).__name__}: {exc}"[:400])
                records.append((name, "r", time.perf_counter() - t, outcome))
                continue
            target = rng.choice(plan.fields)
            counter += 1
            token = f"[{run_tag}u{index}#{counter}]"
            # Open the editor: the text and the version it shows.
            t = time.perf_counter()
            loader = _load_goal if target.kind == "goal" else _load_section
            try:
                text, version = db.run(loader, target.owner_id, target.item)
                outcome = "ok"
            except Exception as exc:
                outcome = "error"
                errors.append(f"open {target.kind}: {type(exc).__name__}: {exc}"[:400])
            records.append((f"open {target.kind}", "r", time.perf_counter() - t, outcome))
            if outcome != "ok":
                continue
            time.sleep(rng.uniform(*THINK_S))  # the user types
            new_text = f"{text} {token}" if text else token
            extra = {"expected_version": version} if check_versions else {}
            t = time.perf_counter()
            try:
                if target.kind == "goal":
                    db.run(update_goal, uuid.UUID(target.item), text=new_text, **extra)
                else:
                    db.run(set_section, target.owner_id, target.item, new_text, **extra)
                outcome = "ok"
            except ConflictError:
                outcome = "conflict"
            except Exception as exc:
                outcome = "error"
                errors.append(f"save {target.kind}: {type(exc).__name__}: {exc}"[:400])
            records.append((f"save {target.kind}", "w", time.perf_counter() - t, outcome))
            if outcome == "ok":
                saved.append((target.key, token))
        end = time.monotonic()
        out.put({"user": index, "records": records, "saved": saved, "errors": errors, "start": start, "end": end})
    except BaseException:
        out.put({"user": index, "fatal": traceback.format_exc()})
    finally:
        db.close()


# --- the run and the check ------------------------------------------------------------------------


def final_texts(target: str, fields: tuple[EditField, ...]) -> dict[str, str]:
    """The text of every field as it is in the database now."""
    from app.storage.database import open_database
    from db.models import Goal, Meeting

    db = open_database(target, lock=False)
    try:
        with db.session() as s:
            texts = {}
            for f in fields:
                if f.kind == "goal":
                    texts[f.key] = s.get_one(Goal, uuid.UUID(f.item)).text
                else:
                    texts[f.key] = str(s.get_one(Meeting, f.owner_id).sections.get(f.item) or "")
            return texts
    finally:
        db.close()


def lost_updates(saved: list[tuple[str, str]], texts: dict[str, str]) -> list[tuple[str, str]]:
    """The (field, token) pairs whose save returned success but that the field's final text lacks.

    Every save writes the text it loaded plus its own token, so once a token is saved it can
    only leave the field through a save that had loaded the field before it was there: a save
    that should have been refused as stale.
    """
    return [(key, token) for key, token in saved if token not in texts[key]]


def _stats(durations: list[float]) -> OpStats:
    if not durations:
        return OpStats(0, 0.0, 0.0, 0.0)
    ordered = sorted(durations)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return OpStats(len(ordered), at(0.50), at(0.95), ordered[-1])


# What every user imports, loaded once in the fork server so that each user starts at once.
PRELOAD = ["bench.server_load", "app.storage.database", "app.agreements.detail", "app.agreements.overview",
           "app.budget.views", "app.followup.attention", "app.followup.listing", "app.followup.meetings",
           "app.followup.search", "app.overview", "db.migrate"]


def _context() -> multiprocessing.context.BaseContext:
    """A fork server where there is one (a clean process, imports done once, forked per user);
    else spawn (Windows): both give each user a process that shares nothing with this one."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def run_load(plan: Plan, *, users: int = 10, seconds: float = 60.0, check_versions: bool = True,
             write_share: float = 1 / 3, seed: int = 9) -> LoadResult:
    """``users`` processes working on ``plan.target`` for ``seconds``; then the lost-update check."""
    ctx = _context()
    ready, out, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=_user, args=(i, plan, seconds, seed, check_versions, write_share, ready, go, out),
                         daemon=True) for i in range(users)]
    for p in procs:
        p.start()
    results: list[dict[str, Any]] = []
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        started = 0
        while started < users:
            try:
                index, failure = ready.get(timeout=0.5)
            except queue.Empty:
                dead = [p.exitcode for p in procs if p.exitcode is not None]
                if dead or time.monotonic() > deadline:
                    raise RuntimeError(f"{started} of {users} users started (exit codes {dead})") from None
                continue
            if failure:
                raise RuntimeError(f"user {index} could not start:\n{failure}")
            started += 1
        go.set()
        deadline = time.monotonic() + seconds + READY_TIMEOUT_S
        while len(results) < users:
            try:
                results.append(out.get(timeout=1.0))
            except queue.Empty:
                if time.monotonic() > deadline or (not any(p.is_alive() for p in procs) and out.empty()):
                    raise RuntimeError(f"only {len(results)} of {users} users reported back") from None
        fatal = [r["fatal"] for r in results if "fatal" in r]
        if fatal:
            raise RuntimeError(f"a user stopped:\n{fatal[0]}")
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    records = [rec for r in results for rec in r["records"]]
    saved = [s for r in results for s in r["saved"]]
    errors = [e for r in results for e in r["errors"]]
    elapsed = max(r["end"] for r in results) - min(r["start"] for r in results)
    texts = final_texts(plan.target, plan.fields)
    per_name: dict[str, list[float]] = {}
    for name, _kind, dur, _outcome in records:
        per_name.setdefault(name, []).append(dur)
    slowest = max(records, key=lambda r: r[2]) if records else ("", "", 0.0, "")
    outcomes = [r[3] for r in records]
    return LoadResult(
        target="sqlite" if "://" not in plan.target or plan.target.startswith("sqlite") else "postgresql",
        users=users, seconds=elapsed, version_check=check_versions, reads=sum(1 for r in records if r[1] == "r"),
        writes=sum(1 for r in records if r[1] == "w"), saved=len(saved), conflicts=outcomes.count("conflict"),
        errors=len(errors), error_samples=sorted(set(errors))[:5],
        lost=lost_updates(saved, texts), all_ops=_stats([r[2] for r in records]),
        read_ops=_stats([r[2] for r in records if r[1] == "r"]),
        write_ops=_stats([r[2] for r in records if r[1] == "w"]),
        per_op={name: _stats(d) for name, d in sorted(per_name.items())},
        slowest=f"{slowest[0]} ({slowest[3]})",
    )
