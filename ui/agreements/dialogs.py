"""Dialogs of the Avtaler page: a new agreement, signing, next period, evaluation summary."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.widgets import DateEdit


def date_edit(value: date) -> QDateEdit:
    edit = DateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def date_value(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NewAgreementDialog(QDialog):
    """Template, unit and period of a new agreement. The period follows the unit's year: 01.01–31.12,
    or 01.08–31.07 for a unit that follows the school year (four such years for a leader agreement),
    until the user sets the dates. ``templates``: (name, id) or (name, id, kind)."""

    def __init__(self, templates: Sequence[tuple[str, ...]], units: Sequence[tuple[str, ...]], year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny avtale"))
        form = QFormLayout(self)
        self.template = QComboBox()
        self.template_kinds: dict[str, str] = {}
        for name, template_id, *kind in templates:
            self.template.addItem(name, template_id)
            self.template_kinds[template_id] = kind[0] if kind else ""
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.year_types: dict[str, str] = {}
        for name, unit_id, *rest in units:
            self.unit.addItem(name, unit_id)
            self.year_types[unit_id] = rest[0] if rest else "calendar"
        self.year = year
        self.start = date_edit(date(year, 1, 1))
        self.end = date_edit(date(year, 12, 31))
        self._dates_touched = False
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._touched)
        self.unit.currentIndexChanged.connect(lambda _i: self._follow_unit())
        self.template.currentIndexChanged.connect(lambda _i: self._follow_unit())
        self._follow_unit()
        form.addRow(self.tr("&Mal"), self.template)
        form.addRow(self.tr("&Enhet"), self.unit)
        form.addRow(self.tr("&Fra og med"), self.start)
        form.addRow(self.tr("&Til og med"), self.end)
        form.addRow(QLabel(self.tr("Leder og overordnet hentes fra organisasjonen; felles krav for perioden "
                                   "legges inn automatisk.")))
        form.addRow(_buttons(self))

    def _touched(self) -> None:
        if not self._setting:
            self._dates_touched = True

    _setting = False

    def _follow_unit(self) -> None:
        """The default period of the chosen unit's year, unless the user has set the dates."""
        from app.agreements.periods import default_period

        if self._dates_touched:
            return
        start, end = default_period(self.year, self.year_types.get(self.unit.currentData() or ""),
                                    self.template_kinds.get(self.template.currentData() or ""))
        self._setting = True
        try:
            for edit, day in ((self.start, start), (self.end, end)):
                edit.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._setting = False

    def template_id(self) -> uuid.UUID:
        return uuid.UUID(self.template.currentData())

    def unit_id(self) -> uuid.UUID:
        return uuid.UUID(self.unit.currentData())

    def period(self) -> tuple[date, date]:
        return date_value(self.start), date_value(self.end)


class SignDialog(QDialog):
    def __init__(self, leader: str, superior: str, place: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signer avtalen"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Når begge har signert, låses teksten. Senere endringer blir en ny revisjon.")))
        self.place = QLineEdit(place)
        self.leader_on = date_edit(today)
        self.superior_on = date_edit(today)
        form.addRow(self.tr("&Sted"), self.place)
        form.addRow(self.tr("Signert av {name} (leder)").format(name=leader or "–"), self.leader_on)
        form.addRow(self.tr("Signert av {name} (overordnet)").format(name=superior or "–"), self.superior_on)
        form.addRow(_buttons(self))

    def values(self) -> tuple[str, date, date]:
        return self.place.text().strip(), date_value(self.leader_on), date_value(self.superior_on)


class NextPeriodDialog(QDialog):
    def __init__(self, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neste periodes avtale"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Mål som ikke ble nådd i stor grad, tas med videre.")))
        self.start = date_edit(start)
        self.end = date_edit(end)
        form.addRow(self.tr("&Fra og med"), self.start)
        form.addRow(self.tr("&Til og med"), self.end)
        form.addRow(_buttons(self))

    def period(self) -> tuple[date, date]:
        return date_value(self.start), date_value(self.end)


class SummaryDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Avslutt evalueringen"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Oppsummer evalueringssamtalen. Vurderingene låses.")))
        self.summary = QPlainTextEdit(text)
        self.summary.setTabChangesFocus(True)  # Tab goes on to OK, as in every other text box
        form.addRow(self.tr("&Oppsummering"), self.summary)
        form.addRow(_buttons(self))


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny revisjon"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Den signerte avtalen beholdes. Revisjonen er et utkast som signeres på nytt.")))
        self.reason = QLineEdit()
        form.addRow(self.tr("&Begrunnelse"), self.reason)
        form.addRow(_buttons(self))
