"""Undoable agreement edits: pairs of ``app.agreements.service`` calls through the store."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from app.agreements import service
from ui.commands import StoreCommand
from ui.store import Store


class UpdateValues(StoreCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.changes = store, agreement_id, changes
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.store.run(service.update_values, self.agreement_id, self.changes)

    def revert(self) -> None:
        self.store.run(service.update_values, self.agreement_id, self.old)


class UpdateTitle(StoreCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, title: str, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.title = store, agreement_id, title
        self.old = ""

    def do(self) -> None:
        self.old = self.store.run(service.update_title, self.agreement_id, self.title)

    def revert(self) -> None:
        self.store.run(service.update_title, self.agreement_id, self.old)


class SetConfidential(StoreCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, confidential: bool, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.confidential = store, agreement_id, confidential
        self.old = True

    def do(self) -> None:
        self.old = self.store.run(service.set_confidential, self.agreement_id, self.confidential)

    def revert(self) -> None:
        self.store.run(service.set_confidential, self.agreement_id, self.old)


class AddGoal(StoreCommand):
    """A new goal; undo deletes it, redo puts the same goal back."""

    def __init__(self, store: Store, agreement_id: uuid.UUID, category: str, text: str, label: str) -> None:
        super().__init__(label)
        self.store, self.agreement_id, self.category, self.goal_text = store, agreement_id, category, text
        self.goal_id: uuid.UUID | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.goal_id = self.store.run(
                lambda s: service.add_goal(s, self.agreement_id, category=self.category, text=self.goal_text).id)
        else:
            self.store.run(service.restore_goal, self.snapshot)

    def revert(self) -> None:
        self.snapshot = self.store.run(service.delete_goal, self.goal_id)


class UpdateGoal(StoreCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.goal_id, self.changes = store, goal_id, changes
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.store.run(service.update_goal, self.goal_id, **self.changes)

    def revert(self) -> None:
        self.store.run(service.update_goal, self.goal_id, **self.old)


class DeleteGoal(StoreCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, text: str) -> None:
        super().__init__(text)
        self.store, self.goal_id = store, goal_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self.snapshot = self.store.run(service.delete_goal, self.goal_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        self.store.run(service.restore_goal, self.snapshot)


class MoveGoal(StoreCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, delta: int, text: str) -> None:
        super().__init__(text)
        self.store, self.goal_id, self.delta = store, goal_id, delta
        self.applied = 0

    def do(self) -> None:
        self.applied = self.store.run(service.move_goal, self.goal_id, self.delta)

    def revert(self) -> None:
        if self.applied:
            self.store.run(service.move_goal, self.goal_id, -self.applied)


class SetAssessment(StoreCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, assessor: str, scale: int | None, comment: str,
                 on: date, text: str) -> None:
        super().__init__(text)
        self.store, self.goal_id = store, goal_id
        self.args = {"assessor": assessor, "scale": scale, "comment": comment, "on": on}
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.store.run(lambda s: service.set_assessment(s, self.goal_id, **self.args))

    def revert(self) -> None:
        self.store.run(lambda s: service.set_assessment(s, self.goal_id, **self.old))


class SendToDiscussion(StoreCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id = store, agreement_id

    def do(self) -> None:
        self.store.run(service.send_to_discussion, self.agreement_id)

    def revert(self) -> None:
        self.store.run(service.return_to_draft, self.agreement_id)


class Sign(StoreCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, place: str, leader_on: date, superior_on: date,
                 text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id = store, agreement_id
        self.args = {"place": place, "leader_signed_on": leader_on, "superior_signed_on": superior_on}
        self.previous_status = "discussion"

    def do(self) -> None:
        def sign(session):  # type: ignore[no-untyped-def]
            self.previous_status = service.agreement_detail(session, self.agreement_id).status
            service.sign(session, self.agreement_id, **self.args)

        self.store.run(sign)

    def revert(self) -> None:
        self.store.run(lambda s: service.unsign(s, self.agreement_id, status=self.previous_status))


class NewAgreement(StoreCommand):
    """Create an agreement (from a template, as a revision, or as next period's); undo deletes
    the new draft, redo restores the very same one."""

    def __init__(self, store: Store, create, text: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(text)
        self.store, self.create = store, create
        self.agreement_id: uuid.UUID | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.agreement_id = self.store.run(lambda s: self.create(s).id)
        else:
            self.store.run(service.restore_agreement, self.snapshot)

    def revert(self) -> None:
        self.snapshot = self.store.run(service.delete_agreement, self.agreement_id)


class FinishEvaluation(StoreCommand):
    def __init__(self, store: Store, agreement_id: uuid.UUID, summary: str, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id, self.summary = store, agreement_id, summary

    def do(self) -> None:
        self.store.run(lambda s: service.finish_evaluation(s, self.agreement_id, summary=self.summary))

    def revert(self) -> None:
        self.store.run(service.reopen_evaluation, self.agreement_id)


class DeleteAgreement(StoreCommand):
    """Delete a draft; undo restores it with the same id."""

    def __init__(self, store: Store, agreement_id: uuid.UUID, text: str) -> None:
        super().__init__(text)
        self.store, self.agreement_id = store, agreement_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self.snapshot = self.store.run(service.delete_agreement, self.agreement_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        self.store.run(service.restore_agreement, self.snapshot)
