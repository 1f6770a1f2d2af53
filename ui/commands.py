"""Undoable commands on the store, shared by the pages.

A command does its work once before it goes on the undo stack, so an edit the program
refuses (an AppError: a move under its own child, a stale write) is shown to the user and
never lands on the stack. Undo and redo failures are shown too, never swallowed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import AppError
from ui.errors import show_user_error

log = logging.getLogger(__name__)


class StoreCommand(QUndoCommand):
    """Subclasses implement ``do`` and ``revert``; ``redo``/``undo`` are Qt's entry points."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._already_done = False

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._already_done:  # push() calls redo; the work was done just before
            self._already_done = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action) -> None:  # type: ignore[no-untyped-def]
        # Qt calls redo/undo from C++, where a Python exception would only be printed.
        try:
            action()
        except AppError as err:
            self.setObsolete(True)
            show_user_error(QApplication.activeWindow(), err)
        except Exception:
            self.setObsolete(True)
            log.exception("Angre/gjør om feilet for «%s»", self.text())
            raise


def push_command(stack: QUndoStack, command: StoreCommand, parent: QWidget | None = None) -> bool:
    """Do the command now; put it on the undo stack only if it succeeded."""
    try:
        command.do()
    except AppError as err:
        show_user_error(parent, err)
        return False
    command._already_done = True
    stack.push(command)
    return True
