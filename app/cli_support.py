"""What every command-line module shares: which database, how results are printed, and how
``--map HEADER=FIELD`` is read. Import-light: the window's start-up builds the parser too."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import Any

from app.errors import AppError
from app.paths import default_database_path


def database_target(args: argparse.Namespace) -> str:
    """``--db`` (a file or a URL), else the default database in the user's data folder."""
    return str(getattr(args, "db", None) or default_database_path())


def emit(args: argparse.Namespace, data: dict[str, Any], text: str | list[str]) -> None:
    """JSON with ``--json``, otherwise the human text (one string or a list of lines)."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, default=str))
    else:
        print(text if isinstance(text, str) else "\n".join(text))


def parse_mapping(items: Iterable[str], fields: Iterable[str], example: str) -> dict[str, str]:
    """``["Avd=name", "Sjef=leader"]`` -> {"Avd": "name", "Sjef": "leader"}; each field is checked."""
    allowed = tuple(fields)
    mapping: dict[str, str] = {}
    for item in items:
        header, sep, field_name = item.rpartition("=")
        field_name = field_name.strip().lower()
        if not sep or not header.strip():
            raise AppError(f"--map «{item}» må skrives OVERSKRIFT=FELT, for eksempel --map \"{example}\".")
        if field_name not in allowed:
            raise AppError(f"--map «{item}»: «{field_name}» er ikke et felt. Velg et av: {', '.join(allowed)}.")
        mapping[header.strip()] = field_name
    return mapping
