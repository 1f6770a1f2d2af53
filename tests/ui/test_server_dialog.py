"""Fil → Koble til server as a user meets it when the server cannot be reached."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.server.connection import ServerAddress
from ui.storage.server_dialog import ServerDialog


def _closed_port() -> int:
    with socket.socket() as s:  # bound, never listening: the connection is refused at once
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connect_is_possible_only_with_server_database_and_user(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.host.clear()
    assert not ok.isEnabled()
    dialog.host.setText("db.kommune.no")
    dialog.user.setText("kari")
    assert ok.isEnabled() and ok.text() == "Koble til"
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    assert dialog.address() == ServerAddress("db.kommune.no", "styringsdialog", "kari", 5432, "verify-full")


def test_an_unreachable_server_is_explained_and_the_form_kept(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    port = _closed_port()
    shown: list[tuple[str, str, str]] = []

    def fake_exec(dialog: ServerDialog) -> int:
        shown.append((dialog.host.text(), dialog.error.text(), dialog.password.text()))
        if len(shown) == 1:
            dialog.host.setText("127.0.0.1")
            dialog.port.setValue(port)
            dialog.user.setText("kari")
            dialog.password.setText("hemmelig")
            return ServerDialog.DialogCode.Accepted
        return ServerDialog.DialogCode.Rejected  # the user gives up after reading the message

    monkeypatch.setattr(ServerDialog, "exec", fake_exec)
    before = window.store.db
    assert window.connect_to_server() is False
    assert len(shown) == 2
    host, error, password = shown[1]
    assert host == "127.0.0.1" and password == "hemmelig"  # what the user typed is still there
    assert "Får ikke kontakt med databaseserveren 127.0.0.1" in error and "hemmelig" not in error
    assert window.store.db is before  # the open database is still the one in use
