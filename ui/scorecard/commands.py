"""Undoable edits of measured values: each a pair of ``app.scorecard.views.put_value`` calls."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication

from app.scorecard.views import put_value, stored_value
from ui.commands import StoreCommand
from ui.store import Store


class SetValue(StoreCommand):
    """Enter, change or clear (``value`` empty) a unit's value of an indicator for a period."""

    def __init__(self, store: Store, indicator_id: uuid.UUID, unit_lineage_id: uuid.UUID, year: int, period: int,
                 value: str, comment: str, *, meeting_id: uuid.UUID | None = None, label: str = "") -> None:
        super().__init__(QCoreApplication.translate("Scorecard", "Registrer verdi {label}").format(label=label))
        self.store = store
        self.key = (indicator_id, unit_lineage_id, year, period)
        self.value, self.comment, self.meeting_id = value, comment, meeting_id
        old = store.read(stored_value, *self.key)
        self.old = None if old is None else (str(old.value), old.comment)

    def do(self) -> None:
        self.store.run(put_value, *self.key, self.value, self.comment, self.meeting_id)

    def revert(self) -> None:
        value, comment = self.old if self.old is not None else ("", "")
        self.store.run(put_value, *self.key, value, comment, self.meeting_id)
