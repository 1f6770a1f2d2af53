"""Optimistic locking: two users save what they loaded; the second is refused with who and when.

Runs on both passes (SQLite file and PostgreSQL); the real race between two connections is
PostgreSQL only."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from app.agreements import detail, evaluation, goals, lifecycle, rules
from app.followup import meetings as m
from app.followup.listing import year_grid
from app.formatting import format_moment
from app.storage.conflicts import ConflictError, version_now
from app.storage.database import Database
from db.models import Agreement, AuditEntry, Meeting
from tests.conftest import DEMO_TODAY

T = TypeVar("T")
KARI, OLA = "kari.nordmann", "ola.hansen"


def as_user(db: Database, user: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """One user action by ``user`` (the audit log records the name)."""
    with db.session() as session:
        session.info["user"] = user
        return fn(session, *args, **kwargs)


def newest_audit(db: Database, table: str, row_id: uuid.UUID) -> AuditEntry:
    with db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id))
                         .order_by(AuditEntry.at.desc()).limit(1)).one()


def note_of(db: Database, unit: str = "Solsikken barnehage", month: int = 11) -> m.MeetingNote:
    lineage = next(r for r in db.run(year_grid, 2026, DEMO_TODAY) if r.unit == unit).unit_lineage_id
    return db.run(m.meeting_note, db.run(m.open_meeting, lineage, 2026, month, DEMO_TODAY))


def agreement_id(db: Database, unit: str, status: str) -> uuid.UUID:
    with db.session() as s:
        return next(a.id for a in s.scalars(select(Agreement)) if a.unit is not None and a.unit.name == unit
                    and a.status.value == status)


def assert_names(err: ConflictError, db: Database, table: str, row_id: uuid.UUID, user: str) -> None:
    entry = newest_audit(db, table, row_id)
    assert entry.user_name == user
    assert err.who == user and f"av {user} {format_moment(entry.at)}" in str(err)
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - at) < timedelta(minutes=5)  # the time of this save, not some other


def test_second_save_of_a_note_section_is_refused_and_can_be_reapplied(demo_db: Database) -> None:
    # Both open the same note and see the same version.
    kari_sees, ola_sees = note_of(demo_db), note_of(demo_db)
    assert kari_sees.version == ola_sees.version
    as_user(demo_db, KARI, m.set_section, kari_sees.id, "needs", "Kari: kurs i arbeidsrett",
            expected_version=kari_sees.version)
    with pytest.raises(ConflictError) as caught:
        as_user(demo_db, OLA, m.set_section, ola_sees.id, "needs", "Ola: vikarbudsjett",
                expected_version=ola_sees.version)
    err = caught.value
    assert str(err).startswith("Referatet fra november 2026 for Solsikken barnehage ble endret av kari.nordmann ")
    assert "etter at du åpnet det. Endringen din er ikke lagret. Teksten din er tatt vare på" in str(err)
    assert_names(err, demo_db, "meeting", kari_sees.id, KARI)
    now = demo_db.run(m.meeting_note, kari_sees.id)
    assert now.sections["needs"] == "Kari: kurs i arbeidsrett"  # the first save stands
    # Ola sees the new version and puts his text on top of it.
    as_user(demo_db, OLA, m.set_section, now.id, "needs", "Ola: vikarbudsjett", expected_version=now.version)
    assert demo_db.run(m.meeting_note, now.id).sections["needs"] == "Ola: vikarbudsjett"


def test_second_save_of_an_agreement_goal_is_refused_and_can_be_reapplied(demo_db: Database) -> None:
    draft = agreement_id(demo_db, "Kommunalteknikk", "draft")
    kari_sees = demo_db.run(detail.agreement_detail, draft)
    ola_sees = demo_db.run(detail.agreement_detail, draft)
    goal = ola_sees.goals[0]
    assert goal.version >= 1 and kari_sees.goals[0].version == goal.version
    as_user(demo_db, KARI, goals.update_goal, goal.id, text="Kari: færre hull i veiene", expected_version=goal.version)
    with pytest.raises(ConflictError) as caught:
        as_user(demo_db, OLA, goals.update_goal, goal.id, text="Ola: raskere brøyting", expected_version=goal.version)
    assert str(caught.value).startswith("Målet «Kari: færre hull i veiene» ble endret av kari.nordmann ")
    assert_names(caught.value, demo_db, "goal", goal.id, KARI)
    now = demo_db.run(detail.agreement_detail, draft)
    again = next(g for g in now.goals if g.id == goal.id)
    assert again.text == "Kari: færre hull i veiene" and again.version == goal.version + 1
    as_user(demo_db, OLA, goals.update_goal, goal.id, text="Ola: raskere brøyting", expected_version=again.version)
    assert next(g for g in demo_db.run(detail.agreement_detail, draft).goals if g.id == goal.id).text \
        == "Ola: raskere brøyting"


def test_an_agreement_field_edited_by_someone_else_is_not_overwritten(demo_db: Database) -> None:
    draft = agreement_id(demo_db, "Kommunalteknikk", "draft")
    seen = demo_db.run(detail.agreement_detail, draft)
    field = "business_plan" if "business_plan" in rules.template_fields(seen.definition) else \
        next(k for k, f in rules.template_fields(seen.definition).items() if f.get("type", "text") == "text"
             and not f.get("binds"))
    as_user(demo_db, KARI, detail.update_values, draft, {field: "Kari sin plan"}, expected_version=seen.version)
    with pytest.raises(ConflictError, match=r"^Avtalen for Kommunalteknikk ble endret av kari\.nordmann .*"
                                            r"etter at du åpnet den\. Endringen din er ikke lagret\."):
        as_user(demo_db, OLA, detail.update_values, draft, {field: "Ola sin plan"}, expected_version=seen.version)
    # Signing what you have not seen is refused too; the agreement stays a draft.
    with pytest.raises(ConflictError, match="Se over den nye versjonen"):
        as_user(demo_db, OLA, lifecycle.sign, draft, place="Lindvik", leader_signed_on=DEMO_TODAY,
                superior_signed_on=DEMO_TODAY, expected_version=seen.version)
    now = demo_db.run(detail.agreement_detail, draft)
    assert now.values[field] == "Kari sin plan" and now.status == "draft"


STALE_CALLS: dict[str, Callable[[Database, m.MeetingNote], tuple[Callable[..., Any], tuple[Any, ...], dict]]] = {
    "set_details": lambda db, n: (m.set_details, (n.id,), {"status": "planned"}),
    "approve": lambda db, n: (m.approve, (n.id, "leader", DEMO_TODAY), {}),
    "set_goal_status": lambda db, n: (m.set_goal_status, (n.id, n.goals[0].goal_id, "off_track", "Ola"), {}),
    "update_action_item": lambda db, n: (m.update_action_item, (n.items[0].id,), {"text": "Ola sin tekst"}),
    "set_action_done": lambda db, n: (m.set_action_done, (n.items[0].id, DEMO_TODAY), {}),
}


@pytest.mark.parametrize("name", sorted(STALE_CALLS))
def test_every_note_save_refuses_a_stale_version(demo_db: Database, name: str) -> None:
    seen = note_of(demo_db)
    assert seen.goals and seen.items and seen.goals[0].version > 0
    # Kari changes every row the note shows.
    as_user(demo_db, KARI, m.set_section, seen.id, "other", "Kari var her")
    as_user(demo_db, KARI, m.set_goal_status, seen.id, seen.goals[0].goal_id, "at_risk", "Kari")
    as_user(demo_db, KARI, m.update_action_item, seen.items[0].id, text="Kari sin tekst")
    fn, args, kwargs = STALE_CALLS[name](demo_db, seen)
    version = {"set_goal_status": seen.goals[0].version}.get(
        name, seen.items[0].version if "action" in name else seen.version)
    with pytest.raises(ConflictError, match=r"ble endret av kari\.nordmann"):
        as_user(demo_db, OLA, fn, *args, expected_version=version, **kwargs)
    after = demo_db.run(m.meeting_note, seen.id)
    assert after.sections["other"] == "Kari var her" and after.status == seen.status
    assert after.approved_by_leader_on == seen.approved_by_leader_on
    assert (after.goals[0].status, after.goals[0].comment) == ("at_risk", "Kari")
    assert after.items[0].text == "Kari sin tekst" and after.items[0].done_on == seen.items[0].done_on


def test_a_status_or_assessment_set_by_someone_else_meanwhile_is_a_conflict(demo_db: Database) -> None:
    # Version 0: the editor saw no assessment; Kari has written one since.
    signed = agreement_id(demo_db, "Solsikken barnehage", "signed")
    goal = demo_db.run(detail.agreement_detail, signed).goals[0]
    assert goal.self_assessment is None
    as_user(demo_db, KARI, evaluation.set_assessment, goal.id, assessor="self", scale=2, comment="Kari", on=DEMO_TODAY,
            expected_version=0)
    with pytest.raises(ConflictError, match=r"^Egenevalueringen av målet .* ble endret av kari\.nordmann"):
        as_user(demo_db, OLA, evaluation.set_assessment, goal.id, assessor="self", scale=3, comment="Ola",
                on=DEMO_TODAY, expected_version=0)
    with demo_db.session() as s:
        assert version_now(s, ("assessment", goal.id, "self")) == 1
    now = demo_db.run(detail.agreement_detail, signed).goals[0].self_assessment
    assert now is not None and (now.comment, now.version) == ("Kari", 1)
    as_user(demo_db, OLA, evaluation.set_assessment, goal.id, assessor="self", scale=3, comment="Ola", on=DEMO_TODAY,
            expected_version=now.version)
    assert demo_db.run(detail.agreement_detail, signed).goals[0].self_assessment.comment == "Ola"


def test_without_an_audit_entry_the_message_gives_the_time_of_the_row(demo_db: Database) -> None:
    seen = note_of(demo_db)
    with demo_db.session() as s:
        s.info["audit"] = False  # e.g. written by a tool with the log off
        m.set_section(s, seen.id, "other", "Uten logg")
    with demo_db.session() as s:
        meeting = s.get(Meeting, seen.id)
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.row_id == str(seen.id))) is None
        updated = meeting.updated_at
    with pytest.raises(ConflictError) as caught:
        as_user(demo_db, OLA, m.set_section, seen.id, "other", "Ola", expected_version=seen.version)
    assert f"ble endret av en annen bruker {format_moment(updated)}, etter at du åpnet det" in str(caught.value)


def test_saving_what_the_row_already_holds_is_no_conflict(demo_db: Database) -> None:
    seen = note_of(demo_db)
    as_user(demo_db, KARI, m.set_section, seen.id, "needs", "Samme tekst", expected_version=seen.version)
    # Ola typed the very same: nothing to save, nothing refused.
    assert as_user(demo_db, OLA, m.set_section, seen.id, "needs", "Samme tekst",
                   expected_version=seen.version) == "Samme tekst"


@pytest.mark.postgres_only
def test_two_connections_racing_for_one_row_lose_no_update(demo_db: Database) -> None:
    """Both load the note, both pass the version check, both write at once: PostgreSQL lets one
    UPDATE through and makes the other wait; it then matches no row (the version moved), and
    that loser gets ConflictError naming the winner. No update is lost."""
    seen = note_of(demo_db)
    both_loaded = threading.Barrier(2, timeout=30)
    results: dict[str, Any] = {}

    def user(name: str) -> None:
        try:
            with demo_db.session() as s:
                s.info["user"] = name
                assert s.get(Meeting, seen.id).version == seen.version  # loaded: the check below will pass
                both_loaded.wait()
                m.set_section(s, seen.id, "needs", f"Tekst fra {name}", expected_version=seen.version)
            results[name] = "saved"
        except ConflictError as err:
            results[name] = err
        except BaseException as err:  # reported by the assertion below
            results[name] = err

    threads = [threading.Thread(target=user, args=(name,)) for name in (KARI, OLA)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    winners = [name for name, r in results.items() if r == "saved"]
    losers = [r for r in results.values() if isinstance(r, ConflictError)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert losers[0].__cause__ is not None  # lost at the flush (StaleDataError), not at the check
    assert f"ble endret av {winners[0]} " in str(losers[0])
    now = demo_db.run(m.meeting_note, seen.id)
    assert now.sections["needs"] == f"Tekst fra {winners[0]}" and now.version == seen.version + 1
