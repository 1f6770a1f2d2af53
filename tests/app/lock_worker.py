"""A separate program for the lock tests, driven line by line on stdin:

``hold DB``      take the lock (``held PID`` or ``busy``), keep it until ``release``
``race R T DB``  wait for the wall-clock moment T (all workers start together), try the lock
                 and answer ``won R`` or ``busy R``; a winner keeps it until ``release``
``release``      give the held lock back (``released``)
``quit``         end

With ``--slow-share`` each judgement "this lock is stale" is followed by a random pause of up to
5 ms before the program acts on it, as on a slow network share: the window in which another
program can clear the same lock and create its own is then wide enough for a race to show.
"""

from __future__ import annotations

import os
import random
import sys
import time

from app.storage import lock as lockmod
from app.storage.lock import DatabaseInUseError, Lock, acquire


def _slow_share() -> None:
    judge = lockmod.is_stale

    def slow_judge(*args, **kwargs):  # type: ignore[no-untyped-def]
        stale = judge(*args, **kwargs)
        if stale:
            time.sleep(random.uniform(0, 0.005))
        return stale

    lockmod.is_stale = slow_judge


def main() -> None:
    if "--slow-share" in sys.argv:
        _slow_share()
    held: Lock | None = None
    for line in sys.stdin:
        cmd, *rest = line.split(maxsplit=3 if line.startswith("race") else 1)
        if cmd == "hold":
            try:
                held = acquire(rest[0].strip())
                print(f"held {os.getpid()}", flush=True)
            except DatabaseInUseError:
                print("busy", flush=True)
        elif cmd == "race":
            round_no, start, db = rest[0], float(rest[1]), rest[2].strip()
            while time.time() < start:  # a start barrier, so every worker tries at the same moment
                pass
            try:
                held = acquire(db)
                print(f"won {round_no}", flush=True)
            except DatabaseInUseError:
                print(f"busy {round_no}", flush=True)
        elif cmd == "release":
            if held is not None:
                held.release()
                held = None
            print("released", flush=True)
        elif cmd == "quit":
            break


if __name__ == "__main__":
    main()
