"""Sessions and the unit of work: one user action, one transaction."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.audit import install_audit


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, odd OS): still record something
        return "ukjent"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    install_audit(factory)
    return factory


@contextmanager
def unit_of_work(engine: Engine | sessionmaker[Session], *, user: str | None = None) -> Iterator[Session]:
    """Yield a session in a transaction: commit on success, roll back on any exception."""
    factory = engine if isinstance(engine, sessionmaker) else make_session_factory(engine)
    session = factory()
    session.info["user"] = user or current_user()
    try:
        with session.begin():
            yield session
    finally:
        session.close()
