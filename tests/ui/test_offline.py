"""The program never opens a network connection: a whole walk through the window with every
socket call refused. (Issue 7 asks for «offline by construction»; this is the in-process half.)"""

from __future__ import annotations

import socket

import pytest

from app.followup import meetings
from app.followup.listing import year_grid
from app.followup.render import render_meeting_pdf
from tests.conftest import DEMO_TODAY


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):  # type: ignore[no-untyped-def]
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{name}{args[1:2]}")
            raise NetworkUsedError(f"network call: {name}")
        return call

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield attempts
    assert attempts == []


def test_every_page_and_a_meeting_note_without_network(no_network, qtbot, window, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for key in ("oversikt", "organisasjon", "avtaler", "oppfolging", "budsjett"):
        window.show_page(key)
        assert window.current_page() is window.page_widgets[key]
    page = window.page_widgets["oppfolging"]
    lineage = next(r for r in demo_db.run(year_grid, 2026, DEMO_TODAY) if r.unit == "Solsikken barnehage")
    meeting_id = demo_db.run(meetings.open_meeting, lineage.unit_lineage_id, 2026, 11, DEMO_TODAY)
    page.open_meeting(meeting_id)
    page.search.setText("sykefravær")
    page.run_search()
    assert page.results.count() > 0
    pdf = render_meeting_pdf(demo_db.run(meetings.meeting_note, meeting_id), tmp_path / "note.pdf")
    assert pdf.startswith(b"%PDF")
