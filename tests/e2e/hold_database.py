"""Program A of tests/e2e/test_two_programs.py: opens a database for writing, as the window
does (so it holds the lock), and writes a counter into it every 20 ms until it is killed.
Prints ``ready PID`` after the first write."""

from __future__ import annotations

import os
import sys
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.database import open_database
from db.models import Setting

KEY = "e2e.program_a"


def bump(session: Session, n: int) -> None:
    row = session.scalar(select(Setting).where(Setting.key == KEY))
    if row is None:
        session.add(Setting(key=KEY, value=n))
    else:
        row.value = n


def main() -> None:
    db = open_database(sys.argv[1])
    n = 0
    while True:
        n += 1
        db.run(bump, n)
        if n == 1:
            print(f"ready {os.getpid()}", flush=True)
        time.sleep(0.02)  # "now and then": a user's edits, not a benchmark


if __name__ == "__main__":
    main()
