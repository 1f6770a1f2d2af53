"""An agreement goal's link to the målekart: its focus area, the indicator it is measured by with the
goal's own target, and the municipal goal it serves. Opened from the goal tables of the agreement
editor («Målekart …»); the change is an undoable command."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.scorecard import views
from app.scorecard.model import format_number
from ui.commands import StoreCommand
from ui.scorecard.common import target_text
from ui.store import Store


class LinkGoal(StoreCommand):
    def __init__(self, store: Store, goal_id: uuid.UUID, focus_area_id: uuid.UUID | None,
                 indicator_id: uuid.UUID | None, target: str, municipal_goal_id: uuid.UUID | None) -> None:
        super().__init__(QCoreApplication.translate("Scorecard", "Knytt mål til målekartet"))
        self.store, self.goal_id = store, goal_id
        self.new = (focus_area_id, indicator_id, target, municipal_goal_id)
        old = store.read(views.goal_links, [goal_id]).get(goal_id)
        self.old = (None, None, None, None) if old is None else (
            old.focus_area_id, old.indicator_id, old.target, old.municipal_goal_id)

    def do(self) -> None:
        self.store.run(views.set_goal_link, self.goal_id, *self.new)

    def revert(self) -> None:
        self.store.run(views.set_goal_link, self.goal_id, *self.old)


class GoalLinkDialog(QDialog):
    """Choose the goal's focus area, indicator (with the goal's target) and municipal goal."""

    def __init__(self, store: Store, goal_id: uuid.UUID, goal_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.goal_id = store, goal_id
        self.command: LinkGoal | None = None
        self.setObjectName("goalLinkDialog")
        self.setWindowTitle(self.tr("Målet i målekartet"))
        self.setMinimumWidth(520)
        self.choices = store.read(views.link_choices)
        link = store.read(views.goal_links, [goal_id]).get(goal_id)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("«{goal}»: velg fokusområdet målet hører til, og indikatoren det måles med der det "
                               "er målbart. Har avtalens mal kolonnen «Indikator», viser den da indikatoren og "
                               "ambisjonsnivået, med fritekst etter.").format(goal=goal_text[:120]))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.area = QComboBox()
        self.area.addItem(self.tr("(ikke valgt)"), None)
        for area in self.choices.focus_areas:
            self.area.addItem(area.name_nb, str(area.id))
        self.indicator = QComboBox()
        self.target = QLineEdit()
        self.municipal_goal = QComboBox()
        for text, widget in ((self.tr("&Fokusområde:"), self.area), (self.tr("&Indikator:"), self.indicator),
                             (self.tr("Målets &ambisjonsnivå:"), self.target),
                             (self.tr("&Tjener kommunens mål:"), self.municipal_goal)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.area.currentIndexChanged.connect(lambda _i: self._area_changed())
        self.indicator.currentIndexChanged.connect(lambda _i: self._indicator_changed())
        if link is not None and link.focus_area_id is not None:
            self.area.setCurrentIndex(max(0, self.area.findData(str(link.focus_area_id))))
        self._area_changed()
        if link is not None:
            if link.indicator_id is not None:
                self.indicator.setCurrentIndex(max(0, self.indicator.findData(str(link.indicator_id))))
            if link.target is not None:
                self.target.setText(format_number(link.target))
            if link.municipal_goal_id is not None:
                self.municipal_goal.setCurrentIndex(max(0, self.municipal_goal.findData(str(link.municipal_goal_id))))

    def _area_changed(self) -> None:
        area = self.area.currentData()
        self.indicator.clear()
        self.indicator.addItem(self.tr("(ikke målbart med en indikator)"), None)
        for ind in self.choices.indicators:
            if area is None or str(ind.focus_area_id) == area:
                self.indicator.addItem(f"{ind.name} ({target_text(ind.target, ind.direction, ind.measure)})",
                                       str(ind.id))
        self.municipal_goal.clear()
        self.municipal_goal.addItem(self.tr("(ingen)"), None)
        for goal_id, area_id, text in self.choices.municipal_goals:
            if area is None or str(area_id) == area:
                self.municipal_goal.addItem(text[:90], str(goal_id))
        self._indicator_changed()

    def _indicator_changed(self) -> None:
        data = self.indicator.currentData()
        ind = next((i for i in self.choices.indicators if str(i.id) == data), None)
        self.target.setEnabled(ind is not None)
        self.target.setPlaceholderText(self.tr("kommunens: {level}").format(
            level=target_text(ind.target, ind.direction, ind.measure)) if ind else "")

    def _ok(self) -> None:
        def uid(value: object) -> uuid.UUID | None:
            return uuid.UUID(str(value)) if value else None
        self.command = LinkGoal(self.store, self.goal_id, uid(self.area.currentData()),
                                uid(self.indicator.currentData()),
                                self.target.text().strip() if self.indicator.currentData() else "",
                                uid(self.municipal_goal.currentData()))
        self.accept()
