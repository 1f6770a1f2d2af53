"""Merge a package into an office file in a process of its own, for the kill -9 test.

Prints ``BEGIN`` (flushed) when everything is imported and the file is open, just before the
merge starts, and ``DONE`` when the merge has returned."""

from __future__ import annotations

import sys


def main(office: str, package: str, passphrase: str) -> int:
    from app.seminar.service import merge_package
    from app.storage.database import open_database

    db = open_database(office)
    print("BEGIN", flush=True)
    merge_package(db, package, passphrase, prefer="package")
    print("DONE", flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
