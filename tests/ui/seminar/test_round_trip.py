"""The acceptance walk of issue 21: package two units and a scenario, work on the package as a
laptop at a seminar would (a fresh data folder, every socket call refused), merge it home,
resolve the one conflict, and find everything in the office's file. Presentation mode is
photographed at 1280×720 and 1920×1080 on the way."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.org.scenarios import copy_version
from app.storage.database import open_database
from db.models import ActionItem, Agreement, CommonRequirement, Goal, OrgVersion, SeminarNote, Unit
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot
from ui.seminar import actions

pytestmark = pytest.mark.sqlite_only
PASS = "samling-passord-1"


class NetworkUsedError(AssertionError):
    pass


def refuse_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(name)
            raise NetworkUsedError(f"network call: {name}")
        return call

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def laptop_window(qtbot: Any, db: Any) -> Any:
    from ui.main_window import MainWindow
    from ui.store import Store

    win = MainWindow(DEMO_TODAY, "nb", Store(db))
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_round_trip_to_the_seminar_and_home(qtbot: Any, window: Any, demo_db: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # The office: a scenario «Alternativ 2», then a package of two units and that scenario.
    def make_scenario(session: Any) -> None:
        current = session.scalars(select(OrgVersion).where(OrgVersion.status == "current")).one()
        copy_version(session, current.id, "Alternativ 2")

    window.store.run(make_scenario)
    with demo_db.session() as session:
        units = session.scalars(select(Unit).join(Agreement, Agreement.unit_id == Unit.id)
                                .order_by(Unit.name)).unique().all()[:2]
        names = [u.name for u in units]
        goal = session.scalars(select(Goal).join(Agreement).where(Agreement.unit_id == units[0].id)
                               .order_by(Goal.sort_order)).first()
        goal_id, goal_text = goal.id, goal.text
    dialog = actions.package_dialog(window)
    assert dialog is not None
    dialog.tick(dialog.units, names)
    dialog.tick(dialog.scenarios, ["Alternativ 2"])
    assert not dialog.with_notes.isChecked()  # personal data stays home unless asked for
    package = tmp_path / "laptop" / "samling.sdbpkg"
    dialog.path.setText(str(package))
    dialog.passphrase.setText(PASS)
    dialog.repeated.setText(PASS)
    save_screenshot(dialog, "seminar_package_dialog")
    result = actions.create_from_dialog(window, dialog)
    assert result is not None and package.is_file()

    # The laptop: a fresh data folder, no network at all.
    monkeypatch.setenv("STYRINGSDIALOG_DATA_DIR", str(tmp_path / "laptop-data"))
    attempts = refuse_network(monkeypatch)
    pkg = open_database(package, passphrase=PASS)
    laptop = laptop_window(qtbot, pkg)
    assert laptop.package_banner.isVisible()
    assert "SAMLINGSPAKKE" in laptop.windowTitle()
    text = laptop.package_banner.findChild(QLabel, "packageBannerText").text()
    assert "Samlingspakke fra" in text and str(demo_db.path) in text
    save_screenshot(laptop, "seminar_package_window_banner")

    def seminar_work(session: Any) -> None:
        scenario = session.scalars(select(OrgVersion).where(OrgVersion.name == "Alternativ 2")).one()
        unit = session.scalars(select(Unit).where(Unit.org_version_id == scenario.id, Unit.name == names[0])).one()
        unit.name = f"{names[0]} og {names[1]}"  # reworked with the leaders
        session.add(CommonRequirement(period_start=date(2027, 1, 1), period_end=date(2027, 12, 31),
                                      category="generelle_krav", text="Alle ledere følger opp sykefraværet månedlig"))
        session.get(Goal, goal_id).text = "Samlingens formulering av målet"

    laptop.store.run(seminar_work)

    # The samlingsnotat, written in its dialog: linked to the scenario, one decision, two action items.
    note = actions.note_dialog(laptop)
    assert note is not None
    note.title.setText("Ledersamling dag 1")
    note.held_on.setDate(QDate(2027, 6, 3))
    note.decisions.setPlainText("Alternativ 2 utredes videre\n")
    note.scenario.setCurrentIndex(note.scenario.findText("Alternativ 2"))
    note.add_action("Utrede felles merkantil tjeneste", "Økonomisjef", "15.09.2027")
    note.add_action("Drøfte med tillitsvalgte", "HR-sjef")
    save_screenshot(note, "seminar_note_dialog")
    assert actions.save_note_from_dialog(laptop, note)

    # Presentation mode from the package, photographed at both projector sizes.
    shown = actions.presentation(laptop, show=False)
    assert shown is not None
    titles = [s.title for s in shown.slides]
    assert any(t == "Scenario: Alternativ 2" for t in titles) and any(t.startswith("Felles krav") for t in titles)
    for width, height in ((1280, 720), (1920, 1080)):
        shown.index = 0
        shown.resize(width, height)
        shown.show()
        qtbot.waitExposed(shown)
        for n in range(len(shown.slides)):
            save_screenshot(shown, f"seminar_presentation_{width}x{height}_{n + 1}")
            qtbot.keyClick(shown, Qt.Key.Key_Right)
        assert shown.index == len(shown.slides) - 1
        qtbot.keyClick(shown, Qt.Key.Key_Left)
        assert shown.index == len(shown.slides) - 2
    shown.close()
    laptop.close()
    assert attempts == []
    monkeypatch.undo()

    # Meanwhile at the office: the same goal is changed.
    with demo_db.session() as session:
        session.get(Goal, goal_id).text = "Kontorets formulering av målet"

    # Home: preview, one conflict side by side, chosen, then merged.
    plan = actions.preview(window, package, PASS)
    merge = actions.merge_dialog(window, plan)
    assert merge.conflicts.rowCount() == 1
    assert [merge.conflicts.item(0, c).text() for c in (2, 3)] == [
        "Kontorets formulering av målet", "Samlingens formulering av målet"]
    kinds = {merge.changes.topLevelItem(i).text(0).rsplit(" (", 1)[0] for i in range(merge.changes.topLevelItemCount())}
    assert {"endret enhet", "nytt felles krav", "nytt samlingsnotat", "nytt oppfølgingspunkt fra samlingen"} <= kinds
    assert not merge.ok.isEnabled()
    merge.choose(plan.conflicts[0].key, "package")
    assert merge.ok.isEnabled()
    save_screenshot(merge, "seminar_merge_dialog")
    assert actions.merge_from_dialog(window, merge, PASS) is not None

    with demo_db.session() as session:
        scenario = session.scalars(select(OrgVersion).where(OrgVersion.name == "Alternativ 2")).one()
        assert session.scalars(select(Unit).where(Unit.org_version_id == scenario.id,
                                                  Unit.name == f"{names[0]} og {names[1]}")).one()
        current_names = set(session.scalars(select(Unit.name).join(OrgVersion).where(OrgVersion.status == "current")))
        assert names[0] in current_names  # the current organisation is untouched
        assert session.scalars(select(CommonRequirement).where(
            CommonRequirement.text == "Alle ledere følger opp sykefraværet månedlig")).one()
        assert session.get(Goal, goal_id).text == "Samlingens formulering av målet" != goal_text
        note = session.scalars(select(SeminarNote)).one()
        assert note.decisions == ["Alternativ 2 utredes videre"]
        assert note.scenario_id == scenario.id and note.held_on == date(2027, 6, 3)
        items = session.scalars(select(ActionItem).where(ActionItem.owner_text.in_(["Økonomisjef", "HR-sjef"]))
                                .order_by(ActionItem.sort_order)).all()
        assert [(i.text, i.due_date) for i in items] == [("Utrede felles merkantil tjeneste", date(2027, 9, 15)),
                                                         ("Drøfte med tillitsvalgte", None)]


def test_f11_shows_the_presentation_full_screen_arrows_step_and_escape_ends_it(qtbot: Any, window: Any) -> None:
    from PySide6.QtGui import QKeySequence

    from ui.seminar.presentation import PresentationWindow

    assert window.act_present.shortcut() == QKeySequence("F11")
    assert window.act_to_seminar.text() == "&Ta med på samling …"
    assert window.act_from_seminar.text() == "&Hent inn fra samling …"
    window.act_present.trigger()
    shown = window.findChild(PresentationWindow)
    assert shown is not None and shown.isFullScreen() and shown.isVisible()
    assert not hasattr(window, "package_banner") or not window.package_banner.isVisible()  # the office file
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert shown.index == 2 and shown.slide().title.startswith(("Scenario", "Kommunens målekart", "Felles krav"))
    qtbot.keyClick(shown, Qt.Key.Key_Home)
    assert shown.index == 0
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
