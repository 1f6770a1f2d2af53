"""The Oversikt figures: the line under the heading and the six tiles. Shared by the page and
by the first view the window shows at start-up, filled from ``db.quick_overview`` before the
database stack has loaded; so this module imports no part of it (issue 17 item 6).

``figures`` is an ``app.overview.Overview`` or a ``db.quick_overview.QuickOverview``: the
same fields."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

TILE_KEYS = ("units", "leaders", "vacancies", "agreements", "meetings", "actions")


class Tile(QFrame):
    """A figure with a caption, like a card on a dashboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setForegroundRole(self.detail.foregroundRole())
        for w in (self.value, self.caption, self.detail):
            layout.addWidget(w)
        layout.addStretch(1)

    def set(self, value: str, caption: str, detail: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.setAccessibleName(f"{caption}: {value}. {detail}".strip())


def tile_grid(parent: QWidget) -> tuple[QGridLayout, dict[str, Tile]]:
    grid = QGridLayout()
    tiles = {key: Tile(parent) for key in TILE_KEYS}
    for i, key in enumerate(TILE_KEYS):
        grid.addWidget(tiles[key], i // 3, i % 3)
    return grid, tiles


def fill_figures(subtitle: QLabel, tiles: dict[str, Tile], o: Any, today: date) -> None:
    """Put the figures ``o`` into the line under the heading and the tiles. (The texts are
    the page's: context «OverviewPage», written out in full so pyside6-lupdate finds them.)"""
    if not o.municipality:
        subtitle.setText(QCoreApplication.translate(
            "OverviewPage", "Databasen er tom. Velg Fil → Ny database for å lage demokommunen, "
                            "eller importer en enhetsliste."))
    else:
        people = QCoreApplication.translate("OverviewPage", "{n} innbyggere").format(
            n=f"{o.inhabitants:,}".replace(",", "\u00a0")) if o.inhabitants else ""
        number = QCoreApplication.translate("OverviewPage", "kommunenr. {nr}").format(
            nr=o.municipality_number) if o.municipality_number else ""
        on = QCoreApplication.translate("OverviewPage", "per {date}").format(date=today.strftime("%d.%m.%Y"))
        subtitle.setText(" · ".join(p for p in (o.municipality, number, people, o.org_version, on) if p))
    t = tiles
    t["units"].set(str(o.units), QCoreApplication.translate("OverviewPage", "enheter"),
                   QCoreApplication.translate("OverviewPage", "{n} resultatenheter").format(n=o.result_units))
    t["leaders"].set(str(o.leaders), QCoreApplication.translate("OverviewPage", "ledere i stilling"))
    t["vacancies"].set(str(o.vacancies), QCoreApplication.translate("OverviewPage", "ledige lederstillinger"),
                       QCoreApplication.translate("OverviewPage", "{n} med fungerende leder").format(
                           n=o.acting_leaders))
    t["agreements"].set(str(o.agreements),
                        QCoreApplication.translate("OverviewPage", "avtaler for {year}").format(year=today.year),
                        QCoreApplication.translate("OverviewPage", "{n} signert").format(n=o.agreements_signed))
    t["meetings"].set(str(o.meetings_this_month),
                      QCoreApplication.translate("OverviewPage", "oppfølgingsmøter denne måneden"),
                      QCoreApplication.translate("OverviewPage", "{n} holdt").format(n=o.meetings_held_this_month))
    t["actions"].set(str(o.open_action_items), QCoreApplication.translate("OverviewPage", "åpne oppfølgingspunkter"),
                     QCoreApplication.translate("OverviewPage", "{n} forfalt").format(n=o.overdue_action_items))


class FirstOverview(QWidget):
    """What the window shows at start-up until the pages are made: the page's heading, the
    figures, and a line saying the rest is on its way."""

    def __init__(self, heading: str, o: Any, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        grid, self.tiles = tile_grid(self)
        layout.addLayout(grid)
        self.rest = QLabel(QCoreApplication.translate("OverviewPage", "Henter det som trenger oppmerksomhet …"))
        layout.addWidget(self.rest)
        layout.addStretch(3)
        fill_figures(self.subtitle, self.tiles, o, today)
