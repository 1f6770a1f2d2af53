"""Qt's own texts (standard buttons, undo/redo, the context menu of text fields) follow the
program's language: bokmål and nynorsk from our own qtbase_nb/qtbase_nn translations."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QTextEdit

from ui.i18n import install_language

EXPECTED = {
    "nb": {"buttons": ["OK", "Avbryt", "Lukk", "&Ja", "&Nei", "Lagre", "Bruk", "Hjelp", "Forkast", "Tilbakestill"],
           "undo": ("Angre", "Gjør om"),
           "menu": ["&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Slett", "Merk alt"]},
    "nn": {"buttons": ["OK", "Avbryt", "Lukk", "&Ja", "&Nei", "Lagre", "Bruk", "Hjelp", "Forkast", "Tilbakestill"],
           "undo": ("Angre", "Gjer om"),
           "menu": ["&Angre", "&Gjer om", "Klipp &ut", "&Kopier", "&Lim inn", "Slett", "Merk alt"]},
    "en": {"buttons": ["OK", "Cancel", "Close", "&Yes", "&No", "Save", "Apply", "Help", "Discard", "Reset"],
           "undo": ("Undo", "Redo"),
           "menu": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]},
}
SB = QDialogButtonBox.StandardButton
BUTTONS = [SB.Ok, SB.Cancel, SB.Close, SB.Yes, SB.No, SB.Save, SB.Apply, SB.Help, SB.Discard, SB.Reset]


@pytest.fixture
def language(qapp, request):  # type: ignore[no-untyped-def]
    install_language(request.param)
    yield request.param
    install_language("nb")


@pytest.mark.parametrize("language", ["nb", "nn", "en"], indirect=True)
def test_standard_buttons_speak_the_language(qtbot, language: str) -> None:
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    texts = [box.addButton(button).text() for button in BUTTONS]
    assert texts == EXPECTED[language]["buttons"]
    mb = QMessageBox.StandardButton
    message = QMessageBox(QMessageBox.Icon.Question, "Styringsdialog", "Slette?", mb.Yes | mb.No | mb.Cancel)
    qtbot.addWidget(message)
    assert sorted(b.text() for b in message.buttons()) == sorted(
        [EXPECTED[language]["buttons"][i] for i in (3, 4, 1)])


@pytest.mark.parametrize("language", ["nb", "nn", "en"], indirect=True)
def test_undo_actions_speak_the_language(qtbot, language: str) -> None:
    stack = QUndoStack()
    undo, redo = stack.createUndoAction(stack), stack.createRedoAction(stack)
    bare_undo, bare_redo = EXPECTED[language]["undo"]
    assert (undo.text(), redo.text()) == (bare_undo, bare_redo)  # an empty stack
    stack.push(QUndoCommand("Endre navn"))
    assert undo.text() == f"{bare_undo} Endre navn"
    stack.undo()
    assert redo.text() == f"{bare_redo} Endre navn"
    assert undo.text() == bare_undo


@pytest.mark.parametrize("language", ["nb", "nn", "en"], indirect=True)
@pytest.mark.parametrize("kind", [QLineEdit, QTextEdit])
def test_text_field_context_menu_speaks_the_language(qtbot, language: str, kind: type) -> None:
    field = kind()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts == EXPECTED[language]["menu"]


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_qt_catalogue_is_shipped_compiled_and_current(lang: str) -> None:
    """A plain `pip install -e .` has no build step: the compiled file is in the package data,
    and it holds every message of the .ts (a .ts edited without recompiling would fail here)."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    from app.resources import resource_path
    from ui.i18n import qm_file

    ts = resource_path("i18n", f"qtbase_{lang}.ts")
    shipped = ts.with_suffix(".qm")
    assert shipped.exists()
    translator = QTranslator()
    assert translator.load(str(shipped))
    assert qm_file(lang, "qtbase") is not None
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source, comment = msg.findtext("source"), msg.findtext("comment") or ""
            assert translator.translate(name, source, comment or None) == msg.findtext("translation"), (name, source)


def test_edit_menu_undo_follows_a_language_switch(window) -> None:  # type: ignore[no-untyped-def]
    """Rediger → Angre names the edit in the language chosen after the window was made."""
    from PySide6.QtGui import QUndoCommand

    assert (window.act_undo.text(), window.act_redo.text()) == ("Angre", "Gjør om")
    window.undo_stack.push(QUndoCommand("Flytt enhet"))
    assert window.act_undo.text() == "Angre Flytt enhet" and window.act_undo.isEnabled()
    window.set_language("nn")
    assert (window.act_undo.text(), window.act_redo.text()) == ("Angre Flytt enhet", "Gjer om")
    window.undo_stack.undo()
    assert window.act_redo.text() == "Gjer om Flytt enhet" and not window.act_undo.isEnabled()
    window.set_language("en")
    assert (window.act_undo.text(), window.act_redo.text()) == ("Undo", "Redo Flytt enhet")


@pytest.mark.parametrize(("language", "expected"), [
    ("nb", {"&Se i:", "Fil&navn:", "Fil&type:", "&Lagre"}),
    ("nn", {"&Sjå i:", "Fil&namn:", "Fil&type:", "&Lagre"}),
], indirect=["language"])
def test_qt_file_dialog_speaks_the_language(qtbot, language: str, expected: set[str]) -> None:
    """Qt's own file dialog (used where the system has none): labels and buttons."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    dialog = QFileDialog(None, "Lagre", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = {w.text() for w in dialog.findChildren(QLabel)} | {b.text() for b in dialog.findChildren(QAbstractButton)}
    assert expected <= texts


@pytest.mark.parametrize(("language", "expected"), [
    ("nb", {"Neste side", "Forrige side", "Skriv ut", "Liggende", "Stående", "Tilpass bredden"}),
    ("nn", {"Neste side", "Førre side", "Skriv ut", "Liggjande", "Ståande", "Tilpass breidda"}),
], indirect=["language"])
def test_print_preview_speaks_the_language(qtbot, language: str, expected: set[str]) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    dialog = QPrintPreviewDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtGui import QAction

    texts = {a.text() for a in dialog.findChildren(QAction)}
    assert expected <= texts, texts
    dialog.close()


def test_a_shipped_catalogue_is_used_when_it_cannot_be_recompiled(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A fresh checkout can leave the .ts newer than the .qm beside it; without lrelease (a plain
    install has none on some systems) the shipped .qm is loaded, not nothing."""
    import os
    import shutil

    import ui.i18n as i18n
    from app.resources import resource_path

    ts = tmp_path / "qtbase_nb.ts"
    shutil.copy(resource_path("i18n", "qtbase_nb.ts"), ts)
    shutil.copy(resource_path("i18n", "qtbase_nb.qm"), tmp_path / "qtbase_nb.qm")
    os.utime(tmp_path / "qtbase_nb.qm", (1_000_000_000, 1_000_000_000))  # older than the .ts
    monkeypatch.setattr(i18n, "ts_file", lambda lang, catalogue="styringsdialog": tmp_path / f"{catalogue}_{lang}.ts")
    monkeypatch.setattr(i18n, "lrelease_binary", lambda: None)
    assert i18n.qm_file("nb", "qtbase") == tmp_path / "qtbase_nb.qm"
