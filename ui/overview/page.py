"""Oversikt: the municipality at a glance and what needs attention."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from app.org.queries import current_version, unit_rows
from app.overview import UNITS_WITH_OWN_LEADER, Overview, overview
from ui import labels
from ui.page import Page
from ui.store import Store


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


TILE_KEYS = ("units", "leaders", "vacancies", "agreements", "meetings", "actions")


class OverviewPage(Page):
    key = "oversikt"
    help_chapter = "oversikt"

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.layout_.addWidget(self.subtitle)
        grid = QGridLayout()
        self.tiles = {key: Tile(self) for key in TILE_KEYS}
        for i, key in enumerate(TILE_KEYS):
            grid.addWidget(self.tiles[key], i // 3, i % 3)
        self.layout_.addLayout(grid)
        self.vacant_label = QLabel()
        self.layout_.addWidget(self.vacant_label)
        self.vacant_list = QListWidget()
        self.vacant_list.setMaximumHeight(140)
        self.layout_.addWidget(self.vacant_list)
        self.layout_.addStretch(1)
        self.data: Overview | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.vacant_label.setText(self.tr("Enheter uten fast leder"))
        self.vacant_list.setAccessibleName(self.tr("Enheter uten fast leder"))

    def refresh(self) -> None:
        o = self.data = self.store.read(overview, self.today)
        if not o.municipality:
            self.subtitle.setText(self.tr("Databasen er tom. Velg Fil → Ny database for å lage demokommunen, "
                                          "eller importer en enhetsliste."))
        else:
            people = self.tr("{n} innbyggere").format(n=f"{o.inhabitants:,}".replace(",", "\u00a0")) \
                if o.inhabitants else ""
            self.subtitle.setText(" · ".join(p for p in (
                o.municipality, self.tr("kommunenr. {nr}").format(nr=o.municipality_number) if o.municipality_number
                else "", people, o.org_version, self.tr("per {date}").format(date=self.today.strftime("%d.%m.%Y")),
            ) if p))
        t = self.tiles
        t["units"].set(str(o.units), self.tr("enheter"), self.tr("{n} resultatenheter").format(n=o.result_units))
        t["leaders"].set(str(o.leaders), self.tr("ledere i stilling"))
        t["vacancies"].set(str(o.vacancies), self.tr("ledige lederstillinger"),
                           self.tr("{n} med fungerende leder").format(n=o.acting_leaders))
        t["agreements"].set(str(o.agreements), self.tr("avtaler for {year}").format(year=self.today.year),
                            self.tr("{n} signert").format(n=o.agreements_signed))
        t["meetings"].set(str(o.meetings_this_month), self.tr("oppfølgingsmøter denne måneden"),
                          self.tr("{n} holdt").format(n=o.meetings_held_this_month))
        t["actions"].set(str(o.open_action_items), self.tr("åpne oppfølgingspunkter"),
                         self.tr("{n} forfalt").format(n=o.overdue_action_items))
        self.vacant_list.clear()
        version = self.store.read(current_version)
        if version is not None:
            rows = self.store.read(unit_rows, version.id, self.today)
            for r in rows:
                if r.kind in UNITS_WITH_OWN_LEADER and r.vacant:
                    acting = self.tr("fungerende: {name}").format(name=r.acting_leader) if r.acting_leader \
                        else self.tr("ingen fungerende leder")
                    self.vacant_list.addItem(f"{r.name} ({labels.unit_kind(r.kind)}) – {acting}")
        if self.vacant_list.count() == 0:
            self.vacant_list.addItem(self.tr("Alle enheter har leder."))
        self.vacant_list.setEnabled(True)
        self.vacant_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
