"""Undoable edits of a meeting note; each calls one app.followup.meetings function.

Saves, undos and redos carry the version of the row this window last saw (``ui.conflicts``):
a row someone else changed meanwhile is never overwritten, and refused text is kept."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.followup import meetings
from ui import labels
from ui.conflicts import Conflict, SavingCommand, save_versioned
from ui.store import Store

SECTION_MERGE_ID = 6001  # QUndoCommand.id(): consecutive saves of one text box undo as one step



def _meeting(meeting_id: uuid.UUID) -> tuple[str, uuid.UUID]:
    return ("meeting", meeting_id)


def _item(item_id: uuid.UUID) -> tuple[str, uuid.UUID]:
    return ("action_item", item_id)


class SetSection(SavingCommand):
    def __init__(self, store: Store, meeting_id: uuid.UUID, key: str, text: str) -> None:
        super().__init__(QCoreApplication.translate("FollowUpCommands", "Skriv i referatet"))
        self.store, self.meeting_id, self.key, self.new_text = store, meeting_id, key, text
        self.old: str | None = None

    def _kept(self) -> Conflict:
        text = self.new_text
        return Conflict(_meeting(self.meeting_id), "", labels.note_section(self.key), text,
                        lambda: SetSection(self.store, self.meeting_id, self.key, text), field=self.key)

    def do(self) -> None:
        old = save_versioned(self.store, _meeting(self.meeting_id), meetings.set_section, self.meeting_id, self.key,
                             self.new_text, conflict=self._kept)
        if self.old is None:
            self.old = old
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _meeting(self.meeting_id), meetings.set_section, self.meeting_id, self.key,
                       self.old or "")

    def id(self) -> int:
        return SECTION_MERGE_ID

    def mergeWith(self, other: Any) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetSection) or (other.meeting_id, other.key) != (self.meeting_id, self.key):
            return False
        self.new_text = other.new_text  # keep the first old text, take the newest text
        return True


class SetDetails(SavingCommand):
    def __init__(self, store: Store, meeting_id: uuid.UUID, **changes: Any) -> None:
        super().__init__(QCoreApplication.translate("FollowUpCommands", "Endre dato eller status for møtet"))
        self.store, self.meeting_id, self.changes = store, meeting_id, changes
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = save_versioned(self.store, _meeting(self.meeting_id), meetings.set_details, self.meeting_id,
                                  **self.changes)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _meeting(self.meeting_id), meetings.set_details, self.meeting_id,
                       meeting_date=self.old["meeting_date"], status=self.old["status"],
                       clear_date=self.old["clear_date"])


class SetGoalStatus(SavingCommand):
    def __init__(self, store: Store, meeting_id: uuid.UUID, goal_id: uuid.UUID, status: str | None,
                 comment: str) -> None:
        super().__init__(QCoreApplication.translate("FollowUpCommands", "Sett status for et mål"))
        self.store, self.meeting_id, self.goal_id = store, meeting_id, goal_id
        self.new = (status, comment)
        self.old: tuple[str | None, str] = (None, "")

    @property
    def key(self) -> tuple[str, uuid.UUID, uuid.UUID]:
        return ("meeting_goal_status", self.meeting_id, self.goal_id)

    def _kept(self) -> Conflict:
        status, comment = self.new
        label = QCoreApplication.translate("FollowUpCommands", "Kommentar til målet")
        return Conflict(self.key, "", label, comment,
                        lambda: SetGoalStatus(self.store, self.meeting_id, self.goal_id, status, comment))

    def do(self) -> None:
        self.old = save_versioned(self.store, self.key, meetings.set_goal_status, self.meeting_id, self.goal_id,
                                  *self.new, conflict=self._kept)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, self.key, meetings.set_goal_status, self.meeting_id, self.goal_id, *self.old)


class AddItem(SavingCommand):
    def __init__(self, store: Store, meeting_id: uuid.UUID, text: str, owner_id: uuid.UUID | None,
                 due_date: date | None) -> None:
        super().__init__(QCoreApplication.translate("FollowUpCommands", "Legg til oppfølgingspunkt"))
        self.store, self.meeting_id = store, meeting_id
        self.args = (text, owner_id, due_date)
        self.item_id: uuid.UUID | None = None

    def do(self) -> None:
        text, owner_id, due = self.args
        self.item_id = self.store.run(meetings.add_action_item, self.meeting_id, text, owner_id=owner_id,
                                      due_date=due, item_id=self.item_id)
        self.saved = True

    def revert(self) -> None:
        if self.item_id is not None:
            self.store.run(meetings.remove_action_item, self.item_id)


class UpdateItem(SavingCommand):
    def __init__(self, store: Store, item_id: uuid.UUID, **changes: Any) -> None:
        super().__init__(QCoreApplication.translate("FollowUpCommands", "Endre oppfølgingspunkt"))
        self.store, self.item_id, self.changes = store, item_id, changes
        self.old: dict[str, Any] = {}

    def _kept(self) -> Conflict:
        changes = dict(self.changes)
        text = str(changes["text"]) if "text" in changes else ""
        label = QCoreApplication.translate("FollowUpCommands", "Oppfølgingspunkt")
        return Conflict(_item(self.item_id), "", label, text,
                        lambda: UpdateItem(self.store, self.item_id, **changes))

    def do(self) -> None:
        self.old = save_versioned(self.store, _item(self.item_id), meetings.update_action_item, self.item_id,
                                  conflict=self._kept, **self.changes)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _item(self.item_id), meetings.update_action_item, self.item_id, **self.old)


class RemoveItem(SavingCommand):
    def __init__(self, store: Store, item_id: uuid.UUID) -> None:
        super().__init__(QCoreApplication.translate("FollowUpCommands", "Fjern oppfølgingspunkt"))
        self.store, self.item_id = store, item_id
        self.snapshot: dict[str, Any] = {}

    def do(self) -> None:
        self.snapshot = self.store.run(meetings.remove_action_item, self.item_id)
        self.saved = True

    def revert(self) -> None:
        self.store.run(meetings.restore_action_item, self.snapshot)


class SetDone(SavingCommand):
    def __init__(self, store: Store, item_id: uuid.UUID, done_on: date | None) -> None:
        super().__init__(QCoreApplication.translate("FollowUpCommands", "Merk oppfølgingspunkt som utført") if done_on
                         else QCoreApplication.translate("FollowUpCommands", "Merk punktet som ikke utført"))
        self.store, self.item_id, self.done_on = store, item_id, done_on
        self.old: date | None = None

    def do(self) -> None:
        self.old = save_versioned(self.store, _item(self.item_id), meetings.set_action_done, self.item_id,
                                  self.done_on)
        self.saved = True

    def revert(self) -> None:
        save_versioned(self.store, _item(self.item_id), meetings.set_action_done, self.item_id, self.old)
