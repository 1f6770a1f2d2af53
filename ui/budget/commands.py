"""Undoable budget edits."""

from __future__ import annotations

import uuid

from app.budget import mapping
from ui.commands import StoreCommand
from ui.store import Store


class AssignCodes(StoreCommand):
    """Give a unit ansvar codes found in the accounts; undo takes them away again."""

    def __init__(self, store: Store, unit_id: uuid.UUID, codes: list[str], text: str) -> None:
        super().__init__(text)
        self.store, self.unit_id, self.codes = store, unit_id, codes
        self.added: list[str] = []

    def do(self) -> None:
        self.added = self.store.run(mapping.assign_codes, self.unit_id, self.codes)

    def revert(self) -> None:
        self.store.run(mapping.unassign_codes, self.unit_id, self.added)
