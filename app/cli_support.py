"""What every command-line module shares: which database, how results are printed, and how
``--map HEADER=FIELD`` is read. Import-light: the window's start-up builds the parser too."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from app.errors import AppError
from app.paths import default_database_path

# argparse's own English, said in bokmål: the first pattern that matches a message rewrites it.
ARGPARSE_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.+)", r"dette må oppgis: \1"),
    (r"one of the arguments (.+) is required", r"ett av valgene \1 må oppgis"),
    (r"unrecognized arguments: (.+)", r"ukjente argumenter: \1"),
    (r"invalid choice: (.+) \(choose from (.+)\)", r"ugyldig valg: \1 (velg blant \2)"),
    (r"invalid \S+ value: (.+)", r"ugyldig verdi: \1"),
    (r"expected one argument", "mangler en verdi"),
    (r"expected at least one argument", "mangler minst én verdi"),
    (r"expected at most one argument", "tar høyst én verdi"),
    (r"not allowed with argument (.+)", r"kan ikke brukes sammen med \1"),
    (r"ignored explicit argument (.+)", r"tar ingen verdi (fikk \1)"),
    (r"ambiguous option: (\S+) could match (.+)", r"tvetydig valg: \1 kan bety \2"),
    (r"unexpected option string: (.+)", r"uventet valg: \1"),
)
HELP_HEADINGS = {"positional arguments:": "argumenter:", "options:": "valg:", "optional arguments:": "valg:"}


def bokmal_message(message: str) -> str:
    """An argparse message in bokmål («argument --year: …» keeps its argument; our own texts pass unchanged)."""
    head, sep, rest = message.partition(": ") if message.startswith("argument ") else ("", "", message)
    for pattern, replacement in ARGPARSE_MESSAGES:
        if re.fullmatch(pattern, rest, flags=re.DOTALL):
            rest = re.sub(pattern, replacement, rest, count=1, flags=re.DOTALL)
            break
    return f"{head}{sep}{rest}"


class BokmalHelpFormatter(argparse.HelpFormatter):
    """Usage lines start «bruk:» instead of «usage:»."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action], groups: Iterable[Any],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "bruk: " if prefix is None else prefix)


class BokmalArgumentParser(argparse.ArgumentParser):
    """The command line's parser in bokmål: «bruk:», «valg:», «-h, --help  vis denne hjelpen og avslutt» and
    argparse's error messages («feil: dette må oppgis: --year»). Sub-command parsers are made of the same
    class (argparse makes them of the parent's), so every command speaks bokmål."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", BokmalHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="vis denne hjelpen og avslutt")

    def format_help(self) -> str:
        lines = super().format_help().split("\n")
        return "\n".join(HELP_HEADINGS.get(line, line) for line in lines)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: feil: {bokmal_message(message)}\n")


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
