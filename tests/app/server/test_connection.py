"""The server address a user types or pastes, and the server's refusals in words."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from app.errors import AppError
from app.server.connection import (
    ServerAddress,
    explain_connection_error,
    is_server_url,
    parse_address,
    without_password,
)


def test_an_address_becomes_a_url_and_back_with_the_password_only_when_given() -> None:
    address = ServerAddress(host="db.kommune.no", database="styring", user="kari", port=5433, sslmode="require")
    with_password = address.url("hemmelig ord/æ")
    url = make_url(with_password)
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "db.kommune.no", 5433, "styring", "kari", "hemmelig ord/æ")
    assert url.query["sslmode"] == "require"
    assert "hemmelig" not in address.url()
    assert parse_address(with_password) == (address, "hemmelig ord/æ")
    assert address.display() == "kari@db.kommune.no:5433/styring"


def test_the_password_never_reaches_what_is_remembered() -> None:
    remembered = without_password("postgresql+psycopg://kari:hemmelig@db/styring?sslmode=require")
    assert "hemmelig" not in remembered
    assert parse_address(remembered)[0].user == "kari"
    assert is_server_url(remembered) and not is_server_url("/home/kari/styring.sdb")


@pytest.mark.parametrize("text", ["postgresql://", "mysql://kari@db/x", "postgresql://kari@db"])
def test_an_unusable_address_is_refused_with_the_form_to_write(text: str) -> None:
    with pytest.raises(AppError, match=r"postgresql://|PostgreSQL"):
        parse_address(text)


@pytest.mark.parametrize(("server_says", "expected"), [
    ('FATAL:  password authentication failed for user "kari"', "godtok ikke brukernavnet «kari»"),
    ('FATAL:  database "styring" does not exist', "Databasen «styring» finnes ikke"),
    ('FATAL:  role "kari" does not exist', "Brukeren «kari» finnes ikke"),
    ("connection to server at \"10.0.0.5\", port 5432 failed: Connection refused", "Får ikke kontakt"),
    ('FATAL:  no pg_hba.conf entry for host "10.1.1.1", user "kari"', "gir ikke «kari» tilgang"),
])
def test_refusals_are_explained(server_says: str, expected: str) -> None:
    message = explain_connection_error("postgresql+psycopg://kari:pw@db.kommune.no/styring", Exception(server_says))
    assert expected in message
    assert ":pw@" not in message


def test_check_of_an_unreachable_server_explains_and_never_prints_the_password(
        capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    from ui.main import main

    with socket.socket() as s:  # bound, never listening: the connection is refused at once
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        code = main(["check", "--db", f"postgresql+psycopg://kari:hemmelig@127.0.0.1:{port}/styring"])
    out = capsys.readouterr()
    assert code == 1
    assert f"Får ikke kontakt med databaseserveren 127.0.0.1:{port}" in out.out + out.err
    assert "hemmelig" not in out.out + out.err
