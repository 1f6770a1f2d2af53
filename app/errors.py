"""Errors a user can cause and read: the message is Norwegian and says what to do."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hint:
    """What the user can do about an error, for the program to point at (not a message).

    The message itself never names a command-line flag or a control: the command line adds
    its flag from ``kind`` («--map OVERSKRIFT=FELT», «--accept-skips», «--sheet»), the window
    points at its own control. Kinds: ``map_column`` (choose the column for ``field``;
    ``header`` names the column when one is in question), ``choose_sheet``, ``accept_skips``,
    ``choose_kind_year``, ``confirm_no_ansvar``, ``replace_set``.
    """

    kind: str
    header: str = ""
    field: str = ""
    value: str = ""


class AppError(Exception):
    """A problem the user can understand and act on; ``str(err)`` is the message to show.

    ``hint`` (keyword-only) says what the user can do, for the command line and the window to
    turn into their own words (see :class:`Hint`).
    """

    hint: Hint | None = None  # also for subclasses whose __init__ does not pass it on

    def __init__(self, *args: object, hint: Hint | None = None) -> None:
        super().__init__(*args)
        self.hint = hint


class DatabaseOpenError(AppError):
    pass
