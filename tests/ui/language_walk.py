"""Walk a window's widgets and collect the texts a user sees, and the translation catalogues
to judge them against (which language each catalogue string belongs to)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from app.resources import resource_path

LANGS = ("nb", "nn", "en")
_PLACEHOLDER = re.compile(r"\{\w+\}|%\d")


def catalogue() -> list[dict[str, str]]:
    """Every message as {language: text}: the program's (bokmål source, nynorsk, English) and Qt's
    (English source, our bokmål and nynorsk)."""
    messages: dict[tuple[str, str, str], dict[str, str]] = {}
    for lang in ("nn", "en"):
        for ctx in ET.parse(resource_path("i18n", f"styringsdialog_{lang}.ts")).getroot().iter("context"):
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                entry = messages.setdefault(("app", ctx.findtext("name") or "", source), {"nb": source})
                entry[lang] = msg.findtext("translation") or source
    for lang in ("nb", "nn"):
        for ctx in ET.parse(resource_path("i18n", f"qtbase_{lang}.ts")).getroot().iter("context"):
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                entry = messages.setdefault(("qt", ctx.findtext("name") or "", source), {"en": source})
                entry[lang] = msg.findtext("translation") or source
    return [m for m in messages.values() if all(lang in m for lang in LANGS)]


def _pattern(text: str) -> re.Pattern[str] | None:
    """A text with {placeholders} as a pattern over the whole string; None for a text too short or
    too generic to tell a language by (a lone placeholder, punctuation, «{a} til {b}», which any
    sentence with «til» in it would match)."""
    bare = _PLACEHOLDER.sub("", text)
    if sum(ch.isalpha() for ch in bare) < (6 if _PLACEHOLDER.search(text) else 3):
        return None
    parts = _PLACEHOLDER.split(text)
    return re.compile("".join(re.escape(p) if i == len(parts) - 1 else re.escape(p) + ".+?"
                              for i, p in enumerate(parts)) + r"\Z", re.DOTALL)


class Judge:
    """Tells which languages a text is written in, as far as the catalogues know it."""

    def __init__(self) -> None:
        self.exact: dict[str, set[str]] = {}
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        for message in catalogue():
            for lang, text in message.items():
                if _PLACEHOLDER.search(text):
                    pattern = _pattern(text)
                    if pattern is not None:
                        self.patterns.append((pattern, lang))
                elif _pattern(text) is not None:
                    self.exact.setdefault(text, set()).add(lang)

    def languages(self, text: str) -> set[str]:
        found = set(self.exact.get(text, set()))
        if not found:
            found = {lang for pattern, lang in self.patterns if pattern.match(text)}
        return found

    def foreign(self, texts: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
        """The (where, text) pairs written in another language and not in ``lang``."""
        out = []
        for where, text in texts:
            langs = self.languages(text)
            if langs and lang not in langs:
                out.append((where, text))
        return out


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} › {action.text()}")
        elif not action.isSeparator():
            yield f"{where} › action", action.text().split("\t")[0]


def _model_texts(model, limit: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Header labels and the display texts of up to ``limit`` rows, children of a tree included."""
    from PySide6.QtCore import QModelIndex

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount to itself: one column
            return 1

    def rows_of(parent: QModelIndex) -> int:
        try:
            return model.rowCount(parent)
        except TypeError:  # a list model: rows only at the top
            return 0 if parent.isValid() else model.rowCount()

    texts = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
             for c in range(columns(QModelIndex()))]
    queue, seen = [QModelIndex()], 0
    while queue and seen < limit:
        parent = queue.pop(0)
        for r in range(rows_of(parent)):
            seen += 1
            for c in range(columns(parent)):
                index = model.index(r, c, parent)
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    texts.append(value)
                if c == 0 and rows_of(index):
                    queue.append(index)
    return texts


def _scene_texts(view: QGraphicsView) -> list[str]:
    """Texts drawn in a scene: text items, and the lines a painted box keeps (the org chart's
    leader, årsverk and follow-up lines)."""
    texts: list[str] = []
    for item in view.scene().items():
        if isinstance(item, QGraphicsSimpleTextItem):
            texts.append(item.text())
        elif isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
        for attribute in ("leader_line", "fte_line", "follow_up_line"):
            value = getattr(item, attribute, None)
            if isinstance(value, str):
                texts.append(value)
    return texts


def visible_texts(root: QWidget, rows: int = 60) -> list[tuple[str, str]]:
    """The texts of every visible widget under ``root``: labels, buttons, titles, tabs, list
    entries, table headers and cells, placeholders, and the menus of a main window."""
    # Widgets replaced since the last pass of the event loop (a table's old cell widgets) are
    # gone for the user; let them go here too.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}({w.objectName() or w.accessibleName()})"
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            texts.append((name, w.title()))
        elif isinstance(w, QTabBar):
            texts += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            texts += [(name, w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QLineEdit):
            texts.append((name + ".placeholder", w.placeholderText()))
        texts += [(name + ".accessibleName", w.accessibleName()), (name + ".toolTip", w.toolTip())]
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            texts += [(name + ".scene", t) for t in _scene_texts(w)]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += [(name + ".item", t) for t in _model_texts(w.model(), rows)]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                texts += list(_menu_texts(action.menu(), "menu"))
    return [(where, t) for where, t in texts if t]
