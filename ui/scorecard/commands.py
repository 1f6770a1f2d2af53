"""Undoable edits of measured values: each a pair of ``app.scorecard.views.put_value`` calls."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication

from app.scorecard.views import (
    IndicatorRow,
    indicator_units,
    put_value,
    remove_indicator,
    save_indicator,
    stored_value,
)
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


class DefineIndicator(StoreCommand):
    """Define a new indicator or change one (with the units that report it); undo removes the new one
    or puts the old definition back."""

    def __init__(self, store: Store, indicator: IndicatorRow | None, name: str, focus_area_id: uuid.UUID,
                 units: list[uuid.UUID], **fields: str) -> None:
        super().__init__(QCoreApplication.translate("Scorecard", "Definer indikator {name}").format(name=name.strip()))
        self.store, self.name, self.focus_area_id, self.units, self.fields = store, name, focus_area_id, units, fields
        self.indicator_id = indicator.id if indicator else None
        self.old = None if indicator is None else (indicator, store.read(indicator_units, indicator.id))
        self.saved_id: uuid.UUID | None = None

    def do(self) -> None:
        self.saved_id = self.store.run(save_indicator, self.indicator_id, self.name, self.focus_area_id,
                                       unit_lineage_ids=self.units, **self.fields)

    def revert(self) -> None:
        if self.old is None:
            if self.saved_id is not None:
                self.store.run(remove_indicator, self.saved_id)
            return
        old, units = self.old
        self.store.run(save_indicator, old.id, old.name, old.focus_area_id, measure=old.measure,
                       direction=old.direction, target="" if old.target is None else str(old.target),
                       yellow_limit="" if old.yellow_limit is None else str(old.yellow_limit),
                       frequency=old.frequency, source=old.source, rollup=old.rollup, description=old.description,
                       unit_lineage_ids=units)
