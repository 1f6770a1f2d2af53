"""The unit form beside the tree, as a user types in it: an ansvar code another unit has is refused
with a message naming that unit, and nothing is saved (issue 15 item 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.org.queries import current_version
from db.models import Unit, UnitAnsvar


def _ansvar(db, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return list(s.scalars(select(UnitAnsvar.code).join(Unit).where(
            Unit.org_version_id == current_version(s).id, Unit.name == name).order_by(UnitAnsvar.code)))


def _unit_id(db, name: str):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalars(select(Unit.id).where(Unit.org_version_id == current_version(s).id,
                                               Unit.name == name)).one()


def _type_ansvar(qtbot, form, text: str) -> None:  # type: ignore[no-untyped-def]
    form.ansvar.setFocus()
    form.ansvar.selectAll()
    qtbot.keyClicks(form.ansvar, text)
    qtbot.keyClick(form.ansvar, Qt.Key.Key_Return)  # editingFinished: the form saves


def test_an_ansvar_code_another_unit_has_is_refused_in_the_form(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr("ui.commands.show_user_error", lambda _parent, err: shown.append(str(err)))
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.select_unit(_unit_id(demo_db, "Nordvika oppvekstsenter"), source="test")
    form = page.form
    assert form.ansvar.text() == "2140, 2141"
    assert _ansvar(demo_db, "Lindvik voksenopplæring") == ["2150"]

    _type_ansvar(qtbot, form, "2140, 2141, 02150")  # Lindvik voksenopplæring's 2150, with a zero in front
    assert len(shown) == 1
    assert shown[0].startswith("Ansvarskoden «02150» hører allerede til «Lindvik voksenopplæring» (skrevet «2150»")
    assert "Fjern koden fra «Lindvik voksenopplæring» først, eller gi «Nordvika oppvekstsenter» en annen kode." \
        in shown[0]
    assert _ansvar(demo_db, "Nordvika oppvekstsenter") == ["2140", "2141"]  # nothing saved
    assert _ansvar(demo_db, "Lindvik voksenopplæring") == ["2150"]
    assert form.ansvar.text() == "2140, 2141"  # the field shows what is saved, not the refused text
    assert window.undo_stack.count() == 0  # a refused edit never lands on the undo stack

    # A code nobody has is saved as before, and undone.
    _type_ansvar(qtbot, form, "2140, 2141, 2142")
    assert len(shown) == 1
    assert _ansvar(demo_db, "Nordvika oppvekstsenter") == ["2140", "2141", "2142"]
    assert form.ansvar.text() == "2140, 2141, 2142"
    window.undo_stack.undo()
    assert _ansvar(demo_db, "Nordvika oppvekstsenter") == ["2140", "2141"]
