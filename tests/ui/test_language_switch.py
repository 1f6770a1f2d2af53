"""Switching language leaves no text behind in the language before: every page, an open
agreement, the chart's boxes, the list of missing agreements."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.choices import PAGES
from app.resources import resource_path
from tests.ui.language_walk import Judge, visible_texts


def _template_texts() -> set[str]:
    """The texts of the agreement templates: the agreement's own words, written in its template's
    language whatever the window speaks (as the PDF prints them)."""
    texts: set[str] = set()

    def walk(value) -> None:  # type: ignore[no-untyped-def]
        if isinstance(value, str):
            texts.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for path in resource_path("templates").glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return texts


def _names(db) -> set[str]:  # type: ignore[no-untyped-def]
    """Names of units and people: data, whatever language a word in them happens to be."""
    from db.models.org import Person, Unit

    with db.session() as session:
        units = set(session.scalars(select(Unit.name)))
        people = {f"{p.given_name} {p.family_name}" for p in session.scalars(select(Person))}
    return units | people


def _open_everything(window, db) -> None:  # type: ignore[no-untyped-def]
    """Every page once (a page fills itself when first shown), a signed agreement in the editor and
    a held meeting's note in the follow-up page."""
    from db.models.followup import Meeting
    from db.models.org import Unit

    for key in PAGES:
        window.show_page(key)
    with db.session() as session:  # a unit with a leader, in the org page's detail form
        unit_id = session.scalars(select(Unit.id).where(Unit.name == "Brekka skole")).first()
    window.show_page("organisasjon")
    window.page_widgets["organisasjon"].select_unit(unit_id, source="tree")
    agreements = window.page_widgets["avtaler"]
    window.show_page("avtaler")
    agreements.open_agreement(agreements.rows[0].id)
    assert agreements.editor.detail is not None
    with db.session() as session:
        meeting_id = session.scalars(select(Meeting.id).where(Meeting.status == "held")).first()
    window.show_page("oppfolging")
    window.page_widgets["oppfolging"].open_meeting(meeting_id)


def _stale_texts(window, judge: Judge, lang: str, exempt: set[str]) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    found = []
    for key in PAGES:
        window.show_page(key)
        found += [(key, where, text) for where, text in judge.foreign(visible_texts(window), lang)
                  if text not in exempt]
    return found


def test_nb_nn_en_nb_leaves_no_text_in_another_language(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    judge = Judge()
    exempt = _template_texts() | _names(demo_db)
    _open_everything(window, demo_db)
    assert _stale_texts(window, judge, "nb", exempt) == []
    for lang in ("nn", "en", "nb"):
        window.set_language(lang)
        stale = _stale_texts(window, judge, lang, exempt)
        assert stale == [], (lang, "\n".join(map(str, stale)))


def _chart_lines(window) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    window.show_page("organisasjon")
    items = window.page_widgets["organisasjon"].chart.items_by_id.values()
    return [i.fte_line for i in items if i.fte_line], [i.leader_line for i in items if i.vacant]


def test_the_named_stale_texts_follow_the_language(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    """The ones the issue names: the editor's own labels, the chart's «årsverk» and «Ledig», and
    «(mangler)» / «(utløper …)» in the list of leaders without an agreement."""
    _open_everything(window, demo_db)
    agreements = window.page_widgets["avtaler"]
    expected = {
        "nb": ("årsverk", "Ledig", "(mangler)", "(utløper ", "Unntatt offentlighet"),
        "nn": ("årsverk", "Ledig", "(manglar)", "(går ut ", "Unnateke frå offentlegheit"),
        "en": ("FTEs", "Vacant", "(missing)", "(expires ", "Exempt from public disclosure"),
    }
    for lang in ("nn", "en", "nb"):
        window.set_language(lang)
        fte, vacant, missing, expiring, confidential = expected[lang]
        ftes, vacancies = _chart_lines(window)
        assert ftes and all(line.endswith(fte) for line in ftes), (lang, ftes[:3])
        assert vacancies and all(line.startswith(vacant) for line in vacancies), (lang, vacancies[:3])
        window.show_page("avtaler")
        lines = [agreements.missing.item(i).text() for i in range(agreements.missing.count())]
        assert any(line.endswith(missing) for line in lines), (lang, lines)
        assert any(expiring in line for line in lines), (lang, lines)
        assert agreements.editor.confidential.text() == confidential


def test_an_open_draft_agreement_follows_the_language(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    """A draft shows the editable form: goal tables with their buttons, dates, the plain tables."""
    judge = Judge()
    exempt = _template_texts() | _names(demo_db)
    agreements = window.page_widgets["avtaler"]
    window.show_page("avtaler")
    drafts = [r for r in agreements.rows if r.status in ("draft", "discussion")]
    assert drafts, "the demo has an agreement not yet signed"
    agreements.open_agreement(drafts[0].id)
    assert agreements.editor.detail is not None and not agreements.editor.detail.locked
    for lang in ("nn", "en", "nb"):
        window.set_language(lang)
        stale = [(where, text) for where, text in judge.foreign(visible_texts(agreements.editor), lang)
                 if text not in exempt]
        assert stale == [], (lang, stale)


def test_text_being_typed_survives_a_language_switch(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    """The form is rebuilt on a switch; what the user was typing (the menu took the focus without
    ending the edit) is saved first, not thrown away with the old form."""
    from PySide6.QtWidgets import QLineEdit

    from app.agreements import detail as agreement_detail

    agreements = window.page_widgets["avtaler"]
    window.show_page("avtaler")
    drafts = [r for r in agreements.rows if r.status in ("draft", "discussion")]
    agreements.open_agreement(drafts[0].id)
    editor = agreements.editor
    key, field = next((k, w) for k, w in editor.field_widgets.items()
                      if isinstance(w, QLineEdit) and not w.isReadOnly())
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "Skrevet rett før språkbyttet")
    window.set_language("nn")
    detail = window.store.read(agreement_detail.agreement_detail, drafts[0].id)
    assert detail.values.get(key) == "Skrevet rett før språkbyttet"
    rebuilt = editor.field_widgets[key]
    assert rebuilt is not field and rebuilt.text() == "Skrevet rett før språkbyttet"


def test_numbers_and_dates_follow_the_language(window) -> None:  # type: ignore[no-untyped-def]
    """Spin boxes made before a switch write numbers the new way: «5.0» in English, «5,0» in Norwegian."""
    threshold = window.page_widgets["oversikt"].threshold
    threshold.setValue(5.0)
    window.set_language("en")
    assert "5.0" in threshold.text()
    window.set_language("nn")
    assert "5,0" in threshold.text()


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_dialogs_opened_after_a_switch_speak_the_new_language(qtbot, window, demo_db, tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """No dialog keeps a text worked out before the switch (a translation done at import time)."""
    import openpyxl

    from app.resources import resource_path
    from tests.ui.test_accessibility import _dialogs

    judge = Judge()
    example = openpyxl.load_workbook(resource_path("examples", "Regnskap Lindvik kommune 2026.xlsx"), read_only=True)
    file_texts = set(example.sheetnames) | {str(v) for ws in example.worksheets
                                            for row in ws.iter_rows(max_row=12, values_only=True) for v in row if v}
    exempt = _template_texts() | _names(demo_db) | file_texts  # the import dialog shows the file's own words
    window.set_language(lang)
    stale = {}
    for name, make in _dialogs(window.store, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found = [(where, text) for where, text in judge.foreign(visible_texts(dialog), lang) if text not in exempt]
        if found:
            stale[name] = found
        dialog.close()
    assert stale == {}, "\n".join(f"{k}: {v}" for k, v in stale.items())
