"""Fil → Koble til server against a real PostgreSQL server: the window works on the server's
database, and neither the title nor the recent list holds the password."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from db.models import Unit
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.postgres_only


def test_the_window_connects_to_a_server_and_remembers_it_without_the_password(
        qtbot, demo_db, demo_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui import settings as user_settings
    from ui.main_window import MainWindow
    from ui.storage.server_dialog import ServerDialog
    from ui.store import Store

    win = MainWindow(DEMO_TODAY, "nb", Store(demo_db))
    qtbot.addWidget(win)
    url = make_url(demo_path)
    answers = iter(["feil-database", url.database])
    errors: list[str] = []

    def fake_exec(dialog: ServerDialog) -> int:
        errors.append(dialog.error.text())
        dialog.host.setText(url.host)
        dialog.port.setValue(url.port)
        dialog.database.setText(next(answers))
        dialog.user.setText(url.username)
        dialog.password.setText("ikke-i-minnet")  # trust authentication ignores it; it must not be kept
        return ServerDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerDialog, "exec", fake_exec)
    assert win.connect_to_server() is True
    # The first try named a database that does not exist: the dialog came back saying so.
    assert errors[0] == "" and "Databasen «feil-database» finnes ikke" in errors[1]
    assert win.store.db.path is None and win.store.db.engine.dialect.name == "postgresql"
    with win.store.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) > 20
    assert win.windowTitle() == f"Styringsdialog – {url.username}@{url.host}:{url.port}/{url.database}"
    assert not win.act_backup.isEnabled() and not win.act_encrypt.isEnabled() and win.act_audit.isEnabled()
    recent = user_settings.recent_files()[0]
    assert recent.startswith("postgresql") and "ikke-i-minnet" not in recent
    assert win._recent_label(recent).endswith("(server)")
    win.store.db.close()
