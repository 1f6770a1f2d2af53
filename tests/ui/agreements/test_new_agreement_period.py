"""A new leader agreement starts with a period of four years (the template says two to five;
the walk found every new one set to one year); a result agreement keeps one year."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ui.agreements.dialogs import NewAgreementDialog


def test_the_period_follows_the_kind_of_template(qtbot: QtBot) -> None:
    templates = [("Lederavtale", "a", "leader"), ("Resultatavtale", "b", "result")]
    units = [("Økonomi", "u", "calendar"), ("Brekka skole", "s", "school")]
    dialog = NewAgreementDialog(templates, units, 2026)
    qtbot.addWidget(dialog)
    assert dialog.period() == (date(2026, 1, 1), date(2029, 12, 31))
    dialog.unit.setCurrentIndex(1)
    assert dialog.period() == (date(2026, 8, 1), date(2030, 7, 31))
    dialog.template.setCurrentIndex(1)
    assert dialog.period() == (date(2026, 8, 1), date(2027, 7, 31))
    dialog.unit.setCurrentIndex(0)
    assert dialog.period() == (date(2026, 1, 1), date(2026, 12, 31))
