"""Connecting to a shared PostgreSQL server (docs/SERVER.md): the address a user types in
Fil → Koble til server, the URL made from it, and the server's refusals put in words.

The password is never part of what is remembered: ``ServerAddress`` has none, and the URL
with a password exists only for the moment of connecting.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.errors import AppError

DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"
# libpq's sslmode: "prefer" tries TLS and falls back; an IT department that has given the server
# a certificate sets "verify-full" (docs/SERVER.md).
SSL_MODES = ("prefer", "require", "verify-full", "disable")
CONNECT_TIMEOUT_S = 10  # a wrong host name or a closed port is answered within this


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"

    def url(self, password: str | None = None) -> str:
        """The URL to connect with; with the password only when one is given."""
        query = {"connect_timeout": str(CONNECT_TIMEOUT_S)}
        if self.sslmode != "prefer":
            query["sslmode"] = self.sslmode
        url = URL.create(DRIVER, username=self.user, password=password or None, host=self.host,
                         port=self.port, database=self.database, query=query)
        return url.render_as_string(hide_password=False)

    def display(self) -> str:
        """As the title bar and the recent list show it: user@host:port/database."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.user}@{self.host}{port}/{self.database}"


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, odd OS): the user types one
        return ""


def is_server_url(text: str) -> bool:
    return text.strip().lower().startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


def parse_address(text: str) -> tuple[ServerAddress, str | None]:
    """A ``postgresql://`` URL as the user may paste it, split into the address and its password."""
    try:
        url = make_url(text.strip().replace("postgres://", "postgresql://", 1))
    except ArgumentError as exc:
        raise AppError(f"«{text}» er ikke en gyldig serveradresse. Skriv den som "
                       "postgresql://bruker@server:5432/database.") from exc
    if not url.drivername.startswith("postgresql"):
        raise AppError(f"«{text}» er ikke en PostgreSQL-adresse. Den skal begynne med postgresql://.")
    if not url.host or not url.database:
        raise AppError(f"Adressen «{text}» mangler server eller databasenavn. Skriv den som "
                       "postgresql://bruker@server:5432/database.")
    sslmode = str(url.query.get("sslmode", "prefer"))
    address = ServerAddress(host=url.host, database=url.database, user=url.username or default_user(),
                            port=url.port or DEFAULT_PORT, sslmode=sslmode if sslmode in SSL_MODES else "prefer")
    return address, url.password if isinstance(url.password, str) else None


def without_password(url_text: str) -> str:
    """The URL as it may be written in settings, logs and messages."""
    try:
        url = make_url(url_text)
    except ArgumentError:
        return url_text
    # URL.set(password=None) means "leave it": build the URL again without one.
    return URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query).render_as_string(hide_password=False)


def explain_connection_error(url_text: str, error: BaseException) -> str:
    """The server's (or the network's) refusal in words the user can act on."""
    try:
        url = make_url(url_text)
        where = f"{url.host}:{url.port or DEFAULT_PORT}"
        who, database = url.username or "", url.database or ""
    except ArgumentError:
        where, who, database = url_text, "", ""
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0] if str(error).strip() else ""
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return (f"Serveren {where} godtok ikke brukernavnet «{who}» med dette passordet. "
                "Kontroller brukernavn og passord, eller spør IT om tilgangen din.")
    if "does not exist" in lowered and "database" in lowered:
        return f"Databasen «{database}» finnes ikke på serveren {where}. Kontroller navnet, eller spør IT."
    if "does not exist" in lowered and "role" in lowered:
        return (f"Brukeren «{who}» finnes ikke på serveren {where}. IT gir tilgang med "
                "«styringsdialog server grant» (docs/SERVER.md).")
    if "permission denied" in lowered or "not permitted" in lowered or "no pg_hba.conf entry" in lowered:
        return (f"Serveren {where} gir ikke «{who}» tilgang til databasen «{database}». "
                "Spør IT om tilgangen din.")
    if any(w in lowered for w in ("could not translate host name", "name or service not known",
                                  "connection refused", "timeout", "timed out", "could not connect",
                                  "network is unreachable", "no route to host")):
        return (f"Får ikke kontakt med databaseserveren {where}. Kontroller at du er på kommunens nett "
                "(eller VPN) og at servernavnet er riktig. Uten nett kan du arbeide i en databasefil.")
    return f"Kan ikke åpne databasen «{database}» på serveren {where}: {detail}"
