"""«Regel for overføring»: the municipality's rule for carrying a result unit's surplus or deficit over
to next year (``app.scorecard.yearend``), edited as one undoable save; reached from the Målekart page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.scorecard.yearend import CarryOverRule, carry_over_rule, save_carry_over_rule
from ui.commands import StoreCommand, push_command
from ui.store import Store


class SaveCarryOverRule(StoreCommand):
    """Save the rule; undo puts the one before back."""

    def __init__(self, store: Store, rule: CarryOverRule) -> None:
        super().__init__(QCoreApplication.translate("Scorecard", "Endre regel for overføring"))
        self.store, self.rule = store, rule
        self.old = store.read(carry_over_rule)

    def do(self) -> None:
        self.store.run(save_carry_over_rule, self.rule)

    def revert(self) -> None:
        self.store.run(save_carry_over_rule, self.old)


class CarryOverDialog(QDialog):
    """The rule's four parts and the sentence the year-end report prints from them."""

    def __init__(self, store: Store, parent: QWidget | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo_stack = store, undo_stack
        self.setWindowTitle(self.tr("Regel for overføring av resultat"))
        rule = store.read(carry_over_rule)
        form = QFormLayout(self)
        intro = QLabel(self.tr("Regelen brukes i årsavslutningen («budget yearend» og rapporten Årsavslutning) "
                               "når forslaget til overføring regnes ut for hver resultatenhet."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.require_goals = QCheckBox(self.tr("Mindreforbruk overføres bare når &målene i avtalen er nådd"))
        self.require_goals.setChecked(rule.require_goals)
        self.cap = QDoubleSpinBox()
        self.buffer = QDoubleSpinBox()
        for box, value in ((self.cap, rule.cap_pct), (self.buffer, rule.buffer_pct)):
            box.setRange(0, 100)
            box.setDecimals(1)
            box.setSuffix(" %")
            box.setValue(value)
        self.cap.setAccessibleName(self.tr("Tak for overføring i prosent av driftsbudsjettet"))
        self.buffer.setAccessibleName(self.tr("Buffer i prosent"))
        self.years = QSpinBox()
        self.years.setRange(1, 10)
        self.years.setValue(rule.deficit_years)
        self.years.setAccessibleName(self.tr("Antall år merforbruk dekkes inn over"))
        form.addRow(self.require_goals)
        form.addRow(self.tr("&Tak (andel av driftsbudsjettet)"), self.cap)
        form.addRow(self.tr("&Buffer"), self.buffer)
        form.addRow(self.tr("Merforbruk dekkes inn over (å&r)"), self.years)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        for signal in (self.require_goals.toggled, self.cap.valueChanged, self.buffer.valueChanged,
                       self.years.valueChanged):
            signal.connect(self._describe)
        self._describe()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def rule(self) -> CarryOverRule:
        return CarryOverRule(self.require_goals.isChecked(), round(self.cap.value(), 1), round(self.buffer.value(), 1),
                             self.years.value())

    def _describe(self) -> None:
        rule = self.rule()
        goals = self.tr("bare når enheten har nådd målene i avtalen, ") if rule.require_goals else ""
        self.summary.setText(self.tr("Mindreforbruk overføres {goals}høyst {cap} % av driftsbudsjettet og innenfor "
                                     "en buffer på {buffer} %. Merforbruk dekkes inn over {years} år.").format(
            goals=goals, cap=f"{rule.cap_pct:g}".replace(".", ","), buffer=f"{rule.buffer_pct:g}".replace(".", ","),
            years=rule.deficit_years))

    def save(self) -> None:
        command = SaveCarryOverRule(self.store, self.rule())
        if self.undo_stack is not None:
            if not push_command(self.undo_stack, command, self):
                return
        else:
            from app.errors import AppError
            from ui.errors import show_user_error

            try:
                command.do()
            except AppError as err:
                show_user_error(self, err)
                return
        self.accept()
