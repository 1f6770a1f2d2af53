"""Issue 18, items 3-7: room to work on a 1366×768 office laptop, and growing on a big screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QToolBar, QWidget

from app.choices import PAGES
from tests.ui.conftest import save_screenshot

LAPTOP, BIG = (1366, 768), (1920, 1080)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _in_scroll_area(widget: QWidget, page: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None and w is not page:
        if isinstance(w, QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def hidden_actions(page: QWidget) -> list[str]:
    """The page's buttons (outside its scrolling forms and lists) a user cannot see whole: in a
    toolbar's «»» overflow, clipped, or pushed off the window."""
    problems = []
    for bar in page.findChildren(QToolBar):
        ext = bar.findChild(QAbstractButton, "qt_toolbar_ext_button")
        if ext is not None and ext.isVisible():
            problems.append(f"overflow in {bar.objectName() or bar}")
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page) or _in_scroll_area(button, page) or not button.text():
            continue
        if not button.isVisible() or button.visibleRegion().boundingRect() != button.rect():
            problems.append(button.text())
    return problems


def _open_signed_agreement(window):  # type: ignore[no-untyped-def]
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    row = next(i for i, r in enumerate(page.rows) if r.status == "signed" and r.goals)
    page.table.selectRow(row)
    _settle()
    return page


@pytest.mark.parametrize("size", [LAPTOP, BIG], ids=["1366x768", "1920x1080"])
def test_no_primary_action_is_hidden_and_every_page_is_pictured(qtbot, window, size) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    _settle()
    assert (window.width(), window.height()) == size
    for key in PAGES:
        window.show_page(key)
        _settle()
        page = window.page_widgets[key]
        if key == "avtaler":
            page.table.selectRow(0)
            _settle()
            if page.show_preview.isChecked():  # the big screen: the real pages beside the form
                qtbot.waitUntil(lambda page=page: bool(page.preview.pages))  # waited for within this turn
                _settle()
        assert hidden_actions(page) == [], key
        save_screenshot(window, f"{key}-{size[0]}x{size[1]}")


def test_agreement_form_is_wide_enough_on_a_laptop_and_grows_on_a_big_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(*LAPTOP)
    _settle()
    page = _open_signed_agreement(window)
    assert page.editor.width() >= 560
    assert page.editor.widget().width() >= 540  # the form inside, not only its frame
    assert page.show_list.isChecked() and not page.show_preview.isChecked()  # the preview folds away
    # The preview comes back on demand, without squeezing the form below its least width.
    page.show_preview.setChecked(True)
    _settle()
    assert page.preview.isVisible() and page.editor.width() >= 560
    # Folding the list away gives the form the room.
    page.show_preview.setChecked(False)
    page.show_list.setChecked(False)
    _settle()
    assert page.editor.width() > 900


def test_big_screen_shows_list_form_and_preview_side_by_side(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import DEMO_TODAY
    from ui.main_window import MainWindow
    from ui.store import Store

    win = MainWindow(DEMO_TODAY, "nb", Store(demo_db))
    qtbot.addWidget(win)
    win.resize(*BIG)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("avtaler")
    _settle()
    page = win.page_widgets["avtaler"]
    assert page.show_preview.isChecked() and page.preview.isVisible()
    assert page.editor.width() >= 560 and page.left.width() > 250


def test_after_signing_each_goal_is_a_card_with_the_assessments_side_by_side(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from app.agreements import detail
    from ui.agreements.editor import GoalCard

    window.resize(*LAPTOP)
    _settle()
    page = _open_signed_agreement(window)
    page.show_list.setChecked(False)  # the form gets the whole width
    _settle()
    cards = page.editor.findChildren(GoalCard)
    assert cards
    card = cards[0]
    goal = card.goal
    assert card.heading.text().endswith(goal.text) and card.heading.wordWrap()
    own = card.combos["self"].parentWidget()
    superior = card.combos["superior"].parentWidget()
    assert own.geometry().top() == superior.geometry().top() and own.geometry().right() < superior.geometry().left()
    assert own.width() > 200  # not «ordnedes vurde» in a sliver of a column
    page.editor.ensureWidgetVisible(card, 0, 0)
    page.editor.verticalScrollBar().setValue(card.mapTo(page.editor.widget(), card.rect().topLeft()).y() - 60)
    _settle()
    save_screenshot(window, "avtale-signert-kort-1366x768")
    # Assess in the card: it is saved.
    combo = card.combos["superior"]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    value = combo.itemData(2)
    after = demo_db.run(detail.agreement_detail, page.selected)
    assessed = next(g for g in after.goals if g.id == goal.id)
    assert assessed.superior_assessment is not None and assessed.superior_assessment.scale == value
    # Narrow: the two assessments go one above the other.
    page.show_list.setChecked(True)
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([total - 560, 560, 0])
    _settle()
    card = page.editor.findChildren(GoalCard)[0]
    assert card.width() < GoalCard.STACK_BELOW
    own, superior = card.combos["self"].parentWidget(), card.combos["superior"].parentWidget()
    assert superior.geometry().top() > own.geometry().bottom()
    window.resize(*BIG)
    _settle()
    card = page.editor.findChildren(GoalCard)[0]
    page.editor.verticalScrollBar().setValue(card.mapTo(page.editor.widget(), card.rect().topLeft()).y() - 60)
    _settle()
    save_screenshot(window, "avtale-signert-kort-1920x1080")


@pytest.mark.parametrize("size", [LAPTOP, BIG], ids=["1366x768", "1920x1080"])
def test_note_editor_report_dialog_and_budget_chart_pictured(qtbot, window, size) -> None:  # type: ignore[no-untyped-def]
    from ui.followup.grid import FIXED_COLUMNS
    from ui.reports.dialog import ReportDialog

    w, h = size
    window.resize(w, h)
    window.show_page("oppfolging")
    _settle()
    page = window.page_widgets["oppfolging"]
    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == "Solsikken barnehage")
    index = page.model.index(row, FIXED_COLUMNS + 10)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    _settle()
    assert hidden_actions(page) == []
    assert page.editor.widget().width() >= 560
    save_screenshot(window, f"referat-{w}x{h}")
    page.editor.verticalScrollBar().setValue(page.editor.goals_box.y() - 20)
    _settle()
    save_screenshot(window, f"referat-mal-{w}x{h}")
    page.show_grid()
    dialog = ReportDialog(window.store, window.today, window, year=2026)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_screenshot(dialog, f"rapporter-dialog-{w}x{h}")
    dialog.close()
    window.show_page("budsjett")
    budget = window.page_widgets["budsjett"]
    budget.tabs.setCurrentIndex(2)
    _settle()
    assert hidden_actions(budget) == []
    save_screenshot(window, f"budsjett-mot-regnskap-{w}x{h}")


@pytest.mark.parametrize("size", [LAPTOP, BIG], ids=["1366x768", "1920x1080"])
def test_name_column_takes_the_room_and_the_last_column_does_not(qtbot, window, size) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    window.show_page("avtaler")
    _settle()
    agreements = window.page_widgets["avtaler"].table
    window.show_page("budsjett")
    budget = window.page_widgets["budsjett"]
    budget.tabs.setCurrentIndex(2)
    _settle()
    for table in (agreements, budget.bva, budget.sets):
        header = table.horizontalHeader()
        last = header.count() - 1
        assert header.sectionSize(0) >= table.sizeHintForColumn(0)  # names whole, never «Lin…»
        assert header.sectionSize(last) <= max(header.sectionSizeHint(last), table.sizeHintForColumn(last)) + 4
        if header.length() <= table.viewport().width():  # room to spare: the name column has it
            assert header.length() >= table.viewport().width() - 2
    # The period column is readable, not «01.».
    period = agreements.item(0, 3).text()
    assert period == "2026" or len(period) == len("01.08.26–31.07.27")
