"""Undoable agreement edits: pairs of ``app.agreements`` calls (``detail``, ``goals``, ``lifecycle``,
``evaluation``, and the self-assessment form's ``app.scorecard.evaluation_form``) through the store.

Edits, status changes, undos and redos carry the version of the row this window last saw
(``ui.conflicts``): a row someone else changed meanwhile is never overwritten, and text the
user wrote is kept in the editor to copy or put back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.agreements import detail, evaluation, goals, lifecycle
from ui.conflicts import Conflict, SavingCommand, save_versioned
from ui.store import Store

if TYPE_CHECKING:
    from app.scorecard.evaluation_form import SelfAssessments


def _agreement(agreement_id: uuid.UUID) -> tuple[str, uuid.UUID]:
    return ("agreement", agreement_id)


def _goal(goal_id: uuid.UUID | None) -> tuple[str, uuid.UUID | None]:
    return ("goal", goal_id)


def as_text(value: Any) -> str:
    """A value the user typed, as text to keep: tables and sub-goals one row a line."""
    if isinstance(value, dict):
        return "\n".join(as_text(v) for v in value.values())
    if isinstance(value, list):
        return "\n".join(as_text(v.get("text", "")) if isinstance(v, dict) else
                         "\t".join(map(str, v)) if isinstance(v, list) else as_text(v) for v in value)
    if isinstance(value, (str, int, float)):
        return str(value)
    return ""


class UpdateValues(SavingCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, changes: dict[str, Any], text: str,
                 label: str = "") -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.changes = store, agreement_id, changes
        self.label = label  # the field as the form names it, for a kept text
        self.old: dict[str, Any] = {}

    def _kept(self) -> Conflict:
        changes, text, label = dict(self.changes), self.text(), self.label
        return Conflict(_agreement(self.agreement_id), "", label or text, as_text(changes),
                        lambda: UpdateValues(self.store, self.agreement_id, changes, text, label))

    def do(self) -> None:
        self.old = save_versioned(self.store, _agreement(self.agreement_id), detail.update_values,
                                  self.agreement_id, self.changes, conflict=self._kept)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _agreement(self.agreement_id), detail.update_values, self.agreement_id,
                       self.old)


class UpdateTitle(SavingCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, title: str, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.title = store, agreement_id, title
        self.old = ""

    def _kept(self) -> Conflict:
        title, text = self.title, self.text()
        label = QCoreApplication.translate("AgreementCommands", "Tittel")
        return Conflict(_agreement(self.agreement_id), "", label, title,
                        lambda: UpdateTitle(self.store, self.agreement_id, title, text))

    def do(self) -> None:
        self.old = save_versioned(self.store, _agreement(self.agreement_id), detail.update_title,
                                  self.agreement_id, self.title, conflict=self._kept)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _agreement(self.agreement_id), detail.update_title, self.agreement_id,
                       self.old)


class SetConfidential(SavingCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, confidential: bool, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.confidential = store, agreement_id, confidential
        self.old = True

    def do(self) -> None:
        self.old = save_versioned(self.store, _agreement(self.agreement_id), detail.set_confidential,
                                  self.agreement_id, self.confidential)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _agreement(self.agreement_id), detail.set_confidential, self.agreement_id,
                       self.old)


class AddGoal(SavingCommand):
    """A new goal; undo deletes it, redo puts the same goal back."""

    def __init__(self, store: Store, agreement_id: uuid.UUID, category: str, text: str, label: str) -> None:
        super().__init__(label)
        self.store, self.agreement_id, self.category, self.goal_text = store, agreement_id, category, text
        self.goal_id: uuid.UUID | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.goal_id = self.store.run(
                lambda s: goals.add_goal(s, self.agreement_id, category=self.category, text=self.goal_text).id)
        else:
            self.store.run(goals.restore_goal, self.snapshot)
        self.saved = True

    def revert(self) -> None:
        self.snapshot = save_versioned(self.store, _goal(self.goal_id), goals.delete_goal, self.goal_id)


class UpdateGoal(SavingCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.goal_id, self.changes = store, goal_id, changes
        self.old: dict[str, Any] = {}

    def _kept(self) -> Conflict:
        changes, text = dict(self.changes), self.text()
        return Conflict(_goal(self.goal_id), "", text, as_text(changes),
                        lambda: UpdateGoal(self.store, self.goal_id, changes, text))

    def do(self) -> None:
        self.old = save_versioned(self.store, _goal(self.goal_id), goals.update_goal, self.goal_id,
                                  conflict=self._kept, **self.changes)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _goal(self.goal_id), goals.update_goal, self.goal_id, **self.old)


class DeleteGoal(SavingCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, text: str) -> None:
        super().__init__(text)
        self.store, self.goal_id = store, goal_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self.snapshot = save_versioned(self.store, _goal(self.goal_id), goals.delete_goal, self.goal_id)
        self.saved = True

    def revert(self) -> None:
        assert self.snapshot is not None
        self.store.run(goals.restore_goal, self.snapshot)


class MoveGoal(SavingCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, delta: int, text: str) -> None:
        super().__init__(text)
        self.store, self.goal_id, self.delta = store, goal_id, delta
        self.applied = 0

    def do(self) -> None:
        self.applied = self.store.run(goals.move_goal, self.goal_id, self.delta)
        self.saved = True

    def revert(self) -> None:
        if self.applied:
            self.store.run(goals.move_goal, self.goal_id, -self.applied)


class SetAssessment(SavingCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, assessor: str, scale: int | None, comment: str,
                 on: date, text: str) -> None:
        super().__init__(text)
        self.store, self.goal_id = store, goal_id
        self.assessor, self.scale, self.comment, self.on = assessor, scale, comment, on
        self.old: dict[str, Any] = {}

    @property
    def key(self) -> tuple[str, uuid.UUID, str]:
        return ("assessment", self.goal_id, self.assessor)

    def _kept(self) -> Conflict:
        text = self.text()
        return Conflict(self.key, "", text, self.comment or "",
                        lambda: SetAssessment(self.store, self.goal_id, self.assessor, self.scale,
                                              self.comment, self.on, text))

    def do(self) -> None:
        self.old = save_versioned(self.store, self.key, evaluation.set_assessment, self.goal_id, conflict=self._kept,
                                  assessor=self.assessor, scale=self.scale, comment=self.comment, on=self.on)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, self.key, evaluation.set_assessment, self.goal_id, **self.old)


class SendToDiscussion(SavingCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id = store, agreement_id

    def do(self) -> None:
        save_versioned(self.store, _agreement(self.agreement_id), lifecycle.send_to_discussion, self.agreement_id)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _agreement(self.agreement_id), lifecycle.return_to_draft, self.agreement_id)


class Sign(SavingCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, place: str, leader_on: date, superior_on: date,
                 text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id = store, agreement_id
        self.place, self.leader_on, self.superior_on = place, leader_on, superior_on
        self.previous_status = "discussion"

    def do(self) -> None:
        # Signs the agreement as this window last showed it: one changed since is refused.
        def sign(session: Any, *, expected_version: int | None) -> None:
            self.previous_status = detail.agreement_detail(session, self.agreement_id).status
            lifecycle.sign(session, self.agreement_id, expected_version=expected_version, place=self.place,
                           leader_signed_on=self.leader_on, superior_signed_on=self.superior_on)

        save_versioned(self.store, _agreement(self.agreement_id), sign)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _agreement(self.agreement_id), lifecycle.unsign, self.agreement_id,
                       status=self.previous_status)


class NewAgreement(SavingCommand):
    """Create an agreement (from a template, as a revision, or as next period's); undo deletes
    the new draft, redo restores the very same one."""

    def __init__(self, store: Store, create: Callable[[Any], Any], text: str) -> None:
        super().__init__(text)
        self.store, self.create = store, create
        self.agreement_id: uuid.UUID | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.agreement_id = self.store.run(lambda s: self.create(s).id)
        else:
            self.store.run(lifecycle.restore_agreement, self.snapshot)
        self.saved = True

    def revert(self) -> None:
        self.snapshot = self.store.run(lifecycle.delete_agreement, self.agreement_id)


class FinishEvaluation(SavingCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, summary: str, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.summary = store, agreement_id, summary

    def _kept(self) -> Conflict:
        summary, text = self.summary, self.text()
        label = QCoreApplication.translate("AgreementCommands", "Oppsummering av evalueringen")
        return Conflict(_agreement(self.agreement_id), "", label, summary,
                        lambda: FinishEvaluation(self.store, self.agreement_id, summary, text))

    def do(self) -> None:
        save_versioned(self.store, _agreement(self.agreement_id), evaluation.finish_evaluation, self.agreement_id,
                       summary=self.summary, conflict=self._kept)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _agreement(self.agreement_id), evaluation.reopen_evaluation, self.agreement_id)


class DeleteAgreement(SavingCommand):
    """Delete a draft; undo restores it with the same id."""

    def __init__(self, store: Store, agreement_id: uuid.UUID, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id = store, agreement_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self.snapshot = self.store.run(lifecycle.delete_agreement, self.agreement_id)
        self.saved = True

    def revert(self) -> None:
        assert self.snapshot is not None
        self.store.run(lifecycle.restore_agreement, self.snapshot)


class ReadSelfAssessmentForm(SavingCommand):
    """«Les inn egenvurdering …»: the leader's filled-in form read in as their own assessments of
    the goals, all or nothing; undo puts back the assessments the goals had before, redo the form's."""

    def __init__(self, store: Store, agreement_id: uuid.UUID, path: Path, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.path = store, agreement_id, path
        self.before: SelfAssessments = {}
        self.after: SelfAssessments | None = None
        self.assessed = 0

    # The form module loads python-docx: imported when a form is read, not when the window starts.
    def do(self) -> None:
        from app.scorecard import evaluation_form

        if self.after is None:
            result = self.store.run(evaluation_form.read_self_assessment_form, self.path, self.agreement_id)
            self.before, self.after, self.assessed = result.before, result.after, result.assessed
        else:
            self.store.run(evaluation_form.put_self_assessments, self.agreement_id, self.after)
        self.saved = True

    def revert(self) -> None:
        from app.scorecard import evaluation_form

        self.store.run(evaluation_form.put_self_assessments, self.agreement_id, self.before)
