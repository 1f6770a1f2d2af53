"""Every control a user can reach has a name a screen reader can say: its own accessible name,
its text, or a label that is its buddy; on every page (each tab) and in the program's dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QWidget

from app.choices import PAGES
from app.resources import resource_path
from tests.conftest import DEMO_TODAY
from tests.ui.accessibility_walk import unnamed
from tests.ui.test_language_switch import _open_everything


def _all_tabs(widget: QWidget) -> list[str]:
    """The unnamed controls of ``widget`` with each of its tabs shown in turn."""
    found: list[str] = []
    tab_widgets = widget.findChildren(QTabWidget)
    for tabs in tab_widgets or [None]:
        for i in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(i)
            found += [u for u in unnamed(widget) if u not in found]
    return found


def test_every_control_on_every_page_has_a_name(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    _open_everything(window, demo_db)  # an agreement and a meeting note open too
    problems = {}
    for key in PAGES:
        window.show_page(key)
        found = _all_tabs(window)
        if found:
            problems[key] = found
    assert problems == {}


def _dialogs(store, tmp: Path) -> dict[str, Callable[[], QWidget]]:  # type: ignore[no-untyped-def]
    from app.org.checks import CheckThresholds
    from app.org.people import PersonRow
    from ui.agreements.common_dialog import CommonRequirementsDialog, RequirementForm
    from ui.agreements.dialogs import NewAgreementDialog, NextPeriodDialog, ReasonDialog, SignDialog, SummaryDialog
    from ui.agreements.template_editor import TemplateEditor
    from ui.audit_dialog import AuditDialog
    from ui.help import HelpDialog
    from ui.org.dialogs import AppointDialog, DateDialog, MoveLeaderDialog, ScenarioDialog, ThresholdsDialog
    from ui.org.export_dialog import ExportDialog
    from ui.org.people_dialog import NewPersonDialog, PeopleDialog
    from ui.storage.backup_dialog import RestoreDialog
    from ui.storage.encryption_dialog import EncryptionDialog
    from ui.storage.passphrase_dialog import PassphraseDialog
    from ui.storage.server_dialog import ServerDialog
    from ui.welcome import WelcomeDialog

    person = PersonRow(uuid.uuid4(), "Kari Nordmann", "Rektor", "")
    dialogs: dict[str, Callable[[], QWidget]] = {
        "NewAgreementDialog": lambda: NewAgreementDialog([("Mal A", "x")], [("Brekka skole", "1", "school")],
                                                         2026),
        "SignDialog": lambda: SignDialog("Kari Nordmann", "Ola Nordmann", "Lindvik", DEMO_TODAY),
        "NextPeriodDialog": lambda: NextPeriodDialog(date(2027, 1, 1), date(2027, 12, 31)),
        "ReasonDialog": lambda: ReasonDialog(),
        "SummaryDialog": lambda: SummaryDialog("Oppsummering"),
        "RequirementForm": lambda: RequirementForm(2026),
        "CommonRequirementsDialog": lambda: CommonRequirementsDialog(store, 2026),
        "TemplateEditor": lambda: TemplateEditor(store),
        "AuditDialog": lambda: AuditDialog(store, today=DEMO_TODAY),
        "RestoreDialog": lambda: RestoreDialog(store),
        "EncryptionDialog": lambda: EncryptionDialog("encrypt", tmp / "x.sdb"),
        "HelpDialog": lambda: HelpDialog("index", "nb"),
        "AppointDialog": lambda: AppointDialog([person], "Brekka skole", "leader", DEMO_TODAY),
        "DateDialog": lambda: DateDialog("Dato", "Når?", DEMO_TODAY),
        "ScenarioDialog": lambda: ScenarioDialog("Gjeldende", "Scenario 2027"),
        "ThresholdsDialog": lambda: ThresholdsDialog(CheckThresholds()),
        "MoveLeaderDialog": lambda: MoveLeaderDialog("Kari Nordmann", [("Brekka skole", "1")], DEMO_TODAY),
        "ExportDialog": lambda: ExportDialog(True),
        "NewPersonDialog": lambda: NewPersonDialog(),
        "PeopleDialog": lambda: PeopleDialog(store, lambda _c: True),
        "PassphraseDialog": lambda: PassphraseDialog(tmp / "x.sdb"),
        "ServerDialog": lambda: ServerDialog(),
        "WelcomeDialog": lambda: WelcomeDialog(None),
    }
    from ui.org.reorganisation_dialog import ReorganisationDialog
    from ui.reports.dialog import ReportDialog
    from ui.scorecard.dialogs import FocusAreasDialog, IndicatorDialog
    from ui.scorecard.import_dialog import ImportValuesDialog
    from ui.seminar.package_dialog import PackageDialog

    dialogs["ReportDialog"] = lambda: ReportDialog(store, DEMO_TODAY)
    dialogs["ReorganisationDialog"] = lambda: ReorganisationDialog(store, DEMO_TODAY)
    dialogs["FocusAreasDialog"] = lambda: FocusAreasDialog(store)
    dialogs["IndicatorDialog"] = lambda: IndicatorDialog(store)
    dialogs["ImportValuesDialog"] = lambda: ImportValuesDialog(store)
    dialogs["PackageDialog"] = lambda: PackageDialog(["Brekka skole"], ["Scenario 2027"], tmp / "samling.sdbpkg")
    from ui.budget.import_wizard import BudgetImportDialog

    example = resource_path("examples", "Regnskap Lindvik kommune 2026.xlsx")
    dialogs["BudgetImportDialog"] = lambda: BudgetImportDialog(store, Path(example), DEMO_TODAY)
    return dialogs


def test_every_control_in_the_dialogs_has_a_name(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    problems = {}
    for name, make in _dialogs(window.store, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found = _all_tabs(dialog)
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}


def test_the_check_finds_an_unnamed_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The walk is not vacuous: a field with nothing to name it is reported until a label is its buddy."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    label, field = QLabel("&Navn"), QLineEdit()
    layout.addWidget(label)
    layout.addWidget(field)
    form.show()
    assert len(unnamed(form)) == 1
    label.setBuddy(field)
    assert unnamed(form) == []


def test_tab_follows_the_forms_top_to_bottom(qtbot, window, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """In every form (the pages with an agreement and a note open, and the dialogs) Tab goes from
    one field to the next in the order they stand."""
    from tests.ui.accessibility_walk import form_order_problems

    _open_everything(window, demo_db)
    problems = {}
    for key in PAGES:
        window.show_page(key)
        found = form_order_problems(window.page_widgets[key])
        if found:
            problems[key] = found
    for name, make in _dialogs(window.store, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found = form_order_problems(dialog)
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}


def test_the_tab_check_finds_a_form_out_of_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    from tests.ui.accessibility_walk import form_order_problems

    def form(out_of_order: bool) -> QWidget:
        widget = QWidget()
        qtbot.addWidget(widget)
        if out_of_order:
            second = QLineEdit(widget)  # in the window before the upper field: Tab reaches it first
            first = QLineEdit(widget)
        else:
            first, second = QLineEdit(widget), QLineEdit(widget)
        layout = QFormLayout(widget)
        layout.addRow("Første", first)
        layout.addRow("Andre", second)
        widget.show()
        return widget

    assert len(form_order_problems(form(out_of_order=True))) == 1
    assert form_order_problems(form(out_of_order=False)) == []
