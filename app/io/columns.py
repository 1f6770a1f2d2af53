"""Columns of a read sheet: normalising headers, finding the header row, the user's mapping.

One implementation for every importer (org, budget, later indicators). A header is compared
after :func:`normalise_header` («Årsverk», «aarsverk» and «ÅRS_VERK» are the same); the
header row is the one among the first rows that names the most known columns
(:func:`find_header_row`, with either a set of known headers or a scoring function); the
user's choices (header -> field) are applied by :func:`apply_mapping`, which finds a header
by its text, its normalised text or a column letter («C»).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

HEADER_SCAN = 30  # rows looked at for the header: title rows above it are common, 30 never

_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "ae", "ö": "o", "ü": "u", "é": "e"})
_SEPARATORS = re.compile(r"[\s_\-./:()*#?'\"’]+")
_COLUMN_LETTERS = re.compile(r"[A-Za-z]{1,3}")


def normalise_header(text: object) -> str:
    """A header reduced for matching: «Årsverk», «aarsverk» and «ÅRS_VERK» all give «arsverk»."""
    if text is None:
        return ""
    return _normalise(str(text))


@lru_cache(maxsize=8192)  # the same kind labels and headers come back row after row
def _normalise(text: str) -> str:
    value = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    value = value.replace("aa", "a").replace("oe", "o")
    return _SEPARATORS.sub("", value)


def _filled(cell: object) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def find_header_row(
    rows: Sequence[Sequence[object]],
    known_headers: set[str] | None = None,
    *,
    scan: int = HEADER_SCAN,
    score: Callable[[Sequence[object]], int] | None = None,
    minimum: int = 1,
    fallback_first: bool = True,
) -> int | None:
    """Index of the first of the first ``scan`` rows scoring highest (at least ``minimum``).

    A row's score is ``score(row)`` when given, else the number of its text cells naming a
    header in ``known_headers`` (any spelling; both sides are normalised). When no row
    scores ``minimum``, the first non-empty row is taken if ``fallback_first`` (that is where a
    header usually is), else None.
    """
    if score is None:
        known = {normalise_header(h) for h in (known_headers or set())}

        def score(row: Sequence[object]) -> int:
            return len({normalise_header(c) for c in row if isinstance(c, str) and c.strip()} & known)

    best_index, best_score = -1, minimum - 1
    first_filled = -1
    for index, row in enumerate(rows[:scan]):
        if first_filled < 0 and any(_filled(c) for c in row):
            first_filled = index
        value = score(row)
        if value > best_score:
            best_index, best_score = index, value
    if best_index >= 0:
        return best_index
    if not fallback_first:
        return None
    return max(first_filled, 0)


def column_letter(index: int) -> str:
    """«A» for column 0, «AB» for 27."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_label(headers: Sequence[str], index: int, offset: int = 0) -> str:
    """The header of column ``index``, or «kolonne C» when it has none."""
    if index < len(headers) and headers[index]:
        return headers[index]
    return f"kolonne {column_letter(index + offset)}"


def find_column(headers: Sequence[str], text: str, offset: int = 0) -> int | None:
    """The column a user named: by its exact header, its normalised header, or a column letter («C»)."""
    for index, header in enumerate(headers):
        if header == text:
            return index
    wanted = normalise_header(text)
    for index, header in enumerate(headers):
        if wanted and normalise_header(header) == wanted:
            return index
    if _COLUMN_LETTERS.fullmatch(text.strip()):
        index = 0
        for char in text.strip().upper():
            index = index * 26 + ord(char) - 64
        index = index - 1 - offset
        return index if 0 <= index < max(len(headers), 1) + 50 else None
    return None


class MappingError(ValueError):
    """The user's column choices cannot be used; ``problems`` are Norwegian sentences."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def apply_mapping(
    headers: Sequence[str],
    guessed: Mapping[int, str],
    user: Mapping[str, str],
    fields: Sequence[str],
    labels: Mapping[str, str],
    *,
    repeatable: frozenset[str] = frozenset(),
    offset: int = 0,
) -> dict[int, str]:
    """Column index -> field: the guesses corrected by the user's choices (header -> field).

    A field the user chose for one column leaves every other column guessed as that field
    (except ``repeatable`` fields, such as several amount columns); «ignore» drops a column.
    Raises :class:`MappingError` naming every choice that cannot be used.
    """
    mapping = dict(guessed)
    chosen: dict[str, str] = {}
    errors: list[str] = []
    named: dict[str, set[int]] = {}
    for header_text, wanted in user.items():
        field_name = str(wanted).strip().lower()
        if field_name not in fields:
            errors.append(f"«{wanted}» (for kolonnen «{header_text}») er ikke et felt. Velg et av: "
                          f"{', '.join(fields)}.")
            continue
        index = find_column(headers, header_text, offset)
        if index is None:
            listing = ", ".join(f"«{h}»" for h in headers if h)
            errors.append(f"Fant ingen kolonne «{header_text}» i overskriftsraden. Kolonnene er: {listing}.")
            continue
        if field_name == "ignore":
            mapping.pop(index, None)
            continue
        if field_name in chosen and field_name not in repeatable:
            errors.append(f"Både «{chosen[field_name]}» og «{header_text}» er valgt som "
                          f"{labels.get(field_name, field_name)}; velg én kolonne per felt.")
            continue
        chosen[field_name] = header_text
        named.setdefault(field_name, set()).add(index)
        mapping[index] = field_name
    for field_name, indexes in named.items():
        # A field the user named wins over the guessed columns of that field.
        for other, other_field in list(mapping.items()):
            if other_field == field_name and other not in indexes:
                del mapping[other]
    if errors:
        raise MappingError(errors)
    return mapping
