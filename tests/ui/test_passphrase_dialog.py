"""The passphrase asked at open (masked, «Vis», a wrong one said plainly and asked again, Avbryt
leaves the file unopened) and the dialogs that turn encryption on, change it and turn it off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from app.storage.encryption import encrypt_database, is_encrypted, open_engine
from ui.storage.encryption_dialog import CHANGE, DECRYPT, ENCRYPT, EncryptionDialog, run_encryption_action
from ui.storage.passphrase_dialog import PassphraseDialog, open_with_passphrase

PASSPHRASE = "Fjordsti-og-hjortevilt 2026"
DEADLINE_MS = 20_000


def on_modal(steps: list[Callable[[QDialog], bool]]) -> list[str]:
    """Play ``steps`` against the modal dialogs as they appear: each step is called with the
    dialog on screen until it returns True (done), then the next waits for its dialog."""
    log: list[str] = []
    waited = {"ms": 0}

    def poll() -> None:
        if not steps:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and steps[0](dialog):
            steps.pop(0)
            log.append("step")
        waited["ms"] += 20
        if steps and waited["ms"] < DEADLINE_MS:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return log


def type_and_accept(text: str) -> Callable[[QDialog], bool]:
    def step(dialog: QDialog) -> bool:
        dialog.edit.setText(text)
        dialog.ok.click()
        return True
    return step


@pytest.fixture
def encrypted(demo_path: Path) -> Path:
    encrypt_database(demo_path, PASSPHRASE)
    return demo_path


def test_passphrase_is_masked_until_vis_is_ticked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(tmp_path / "kontor.sdb")
    qtbot.addWidget(dialog)
    assert "«kontor.sdb» er kryptert" in dialog.intro.text()
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Password and not dialog.ok.isEnabled()
    dialog.edit.setText("hemmelig")
    assert dialog.ok.isEnabled()
    dialog.show_box.setChecked(True)
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_box.setChecked(False)
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Password


def test_wrong_passphrase_is_said_and_asked_again_then_it_opens(qtbot, encrypted: Path) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def second_try(dialog: QDialog) -> bool:
        if not dialog.error.isVisible():
            return False
        seen["error"] = dialog.error.text()
        seen["left_in_box"] = dialog.edit.text()
        dialog.edit.setText(PASSPHRASE)
        dialog.ok.click()
        return True

    steps = on_modal([type_and_accept("ikke riktig passord"), second_try])
    engine = open_with_passphrase(None, encrypted, lambda p: open_engine(encrypted, p))
    try:
        assert engine is not None and len(steps) == 2
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM unit").scalar() > 0
    finally:
        if engine is not None:
            engine.dispose()
    assert seen["error"].startswith(f"Feil passord for «{encrypted.name}».")
    assert seen["left_in_box"] == ""  # the wrong passphrase was cleared for the next try


def test_cancel_leaves_the_file_unopened(qtbot, encrypted: Path) -> None:  # type: ignore[no-untyped-def]
    tried: list[str] = []

    def cancel(dialog: QDialog) -> bool:
        dialog.reject()
        return True

    on_modal([type_and_accept("feil feil feil"), cancel])
    result = open_with_passphrase(None, encrypted, lambda p: tried.append(p) or open_engine(encrypted, p))
    assert result is None and tried == ["feil feil feil"]


def test_new_passphrase_must_be_long_enough_and_typed_twice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = EncryptionDialog(ENCRYPT, tmp_path / "kontor.sdb")
    qtbot.addWidget(dialog)
    assert not dialog.current.isVisibleTo(dialog) and not dialog.ok.isEnabled()
    text = dialog.warning.text()
    assert "kan ikke gjenopprettes" in text and "Sikkerhetskopier som er tatt før" in text
    dialog.new.setText("kort")
    dialog.repeat.setText("kort")
    assert dialog.strength.text().startswith("For kort") and not dialog.ok.isEnabled()
    dialog.new.setText("fire ord i en rad")
    dialog.repeat.setText("fire ord i en ra")
    assert dialog.mismatch.text() == "Passordene er ikke like." and not dialog.ok.isEnabled()
    dialog.repeat.setText("fire ord i en rad")
    assert dialog.strength.text() == "Sterkt passord." and dialog.mismatch.text() == "" and dialog.ok.isEnabled()
    assert dialog.new.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_new.setChecked(True)
    assert dialog.new.echoMode() == QLineEdit.EchoMode.Normal


def test_change_and_decrypt_ask_for_the_current_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    change = EncryptionDialog(CHANGE, tmp_path / "kontor.sdb")
    qtbot.addWidget(change)
    change.new.setText("et nytt langt passord")
    change.repeat.setText("et nytt langt passord")
    assert not change.ok.isEnabled()  # the current one is still missing
    change.current.setText(PASSPHRASE)
    assert change.ok.isEnabled()
    decrypt = EncryptionDialog(DECRYPT, tmp_path / "kontor.sdb")
    qtbot.addWidget(decrypt)
    assert not decrypt.new.isVisibleTo(decrypt) and "lesbar for alle" in decrypt.warning.text()
    decrypt.current.setText("x")
    assert decrypt.ok.isEnabled()



def _filled(mode: str, current: str = "", new: str = "") -> Callable[..., EncryptionDialog]:
    def factory(m: str, path: Path, parent=None) -> EncryptionDialog:  # type: ignore[no-untyped-def]
        dialog = EncryptionDialog(m, path, parent)
        dialog.current.setText(current)
        dialog.new.setText(new)
        dialog.repeat.setText(new)
        QTimer.singleShot(0, dialog.accept)
        return dialog
    return factory


def test_encrypt_change_and_decrypt_the_open_database(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from app.storage.database import open_database
    from ui.store import Store

    store = Store(demo_db)
    path = demo_db.path

    def opener(target: str, passphrase: str | None):  # type: ignore[no-untyped-def]
        return open_database(target, passphrase=passphrase)

    units = store.read(lambda s: s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM unit")).scalar())
    assert run_encryption_action(ENCRYPT, None, store, opener, _filled(ENCRYPT, new=PASSPHRASE))
    assert is_encrypted(path) and store.db is not demo_db
    assert store.read(lambda s: s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM unit")).scalar()) \
        == units
    assert run_encryption_action(CHANGE, None, store, opener, _filled(CHANGE, PASSPHRASE, "nytt langt passord"))
    assert run_encryption_action(DECRYPT, None, store, opener, _filled(DECRYPT, "nytt langt passord"))
    assert not is_encrypted(path)
    store.close()


def test_a_plain_file_opens_without_asking_and_an_encrypted_one_asks(qtbot, encrypted: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.storage.encryption import open_engine as opener
    from ui.storage.passphrase_dialog import open_asking_passphrase

    calls: list[dict] = []

    def open_fn(target: Path):  # type: ignore[no-untyped-def]
        def call(**kwargs):  # type: ignore[no-untyped-def]
            calls.append(kwargs)
            return opener(target, kwargs.get("passphrase"))
        return call

    plain = open_asking_passphrase(None, open_fn(tmp_path / "ny.sdb"))  # no dialog: nothing to ask
    assert plain is not None and calls == [{}]
    plain.dispose()
    calls.clear()
    on_modal([type_and_accept(PASSPHRASE)])
    engine = open_asking_passphrase(None, open_fn(encrypted))
    assert engine is not None and calls == [{}, {"passphrase": PASSPHRASE}]
    engine.dispose()
