"""Oversikt: the municipality at a glance and what needs attention."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.changes import FOLLOW_UP, ORG, Kind
from app.errors import AppError
from app.followup.attention import KINDS, Attention, AttentionLine, attention, save_threshold
from app.formatting import format_kroner as kroner
from app.org.queries import UnitRow, current_version, unit_rows
from app.overview import UNITS_WITH_OWN_LEADER, Overview, overview
from app.scorecard.rollup import AttentionLine as ScorecardLine
from app.scorecard.rollup import attention_lines as scorecard_lines
from ui import labels
from ui.errors import show_user_error
from ui.i18n import QT_TRANSLATE_NOOP
from ui.overview.figures import fill_figures, tile_grid
from ui.page import Page
from ui.store import Store

# The dashboard's groups of lines (app.followup.attention.KINDS), as headings.
KIND_TITLES = {
    "action_overdue": QT_TRANSLATE_NOOP("OverviewPage", "Oppfølgingspunkter over fristen"),
    "action_due": QT_TRANSLATE_NOOP("OverviewPage", "Oppfølgingspunkter med frist innen 7 dager"),
    "no_meeting": QT_TRANSLATE_NOOP("OverviewPage", "Ledere uten holdt oppfølgingsmøte forrige måned"),
    "agreement_unsigned": QT_TRANSLATE_NOOP("OverviewPage", "Avtaler som ikke er signert"),
    "agreement_ending": QT_TRANSLATE_NOOP("OverviewPage", "Avtaler som utløper innen 60 dager"),
    "deviation": QT_TRANSLATE_NOOP("OverviewPage", "Enheter med budsjettavvik hittil i år over terskelen"),
}
# The målekart's lines (app.scorecard.rollup.attention_lines), after the follow-up's.
SCORECARD_TITLES = {
    "red_twice": QT_TRANSLATE_NOOP("OverviewPage", "Indikatorer som er røde to perioder på rad"),
    "missing": QT_TRANSLATE_NOOP("OverviewPage", "Måleverdier som mangler for en avsluttet periode"),
    "plan_evaluation": QT_TRANSLATE_NOOP("OverviewPage", "Rådmannens årsplan evaluert for sjelden"),
}
TARGET_ROLE = Qt.ItemDataRole.UserRole


class OverviewPage(Page):
    key = "oversikt"
    help_chapter = "oversikt"
    watches = frozenset(ORG | FOLLOW_UP | {Kind.AGREEMENTS, Kind.BUDGET_SETS, Kind.BUDGET_LINES,
                                           Kind.FOLLOW_UP_SETTINGS, Kind.SETTINGS, Kind.SCORECARD})

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.layout_.addWidget(self.subtitle)
        grid, self.tiles = tile_grid(self)
        self.layout_.addLayout(grid)
        head = QHBoxLayout()
        self.attention_label = QLabel()
        font = self.attention_label.font()
        font.setBold(True)
        self.attention_label.setFont(font)
        self.threshold_label = QLabel()
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(1)
        self.threshold.setSuffix(" %")
        self.threshold.setKeyboardTracking(False)
        self.threshold_label.setBuddy(self.threshold)
        self.threshold.valueChanged.connect(self._threshold_changed)
        head.addWidget(self.attention_label)
        head.addStretch(1)
        head.addWidget(self.threshold_label)
        head.addWidget(self.threshold)
        self.layout_.addLayout(head)
        self.attention = QTreeWidget()
        self.attention.setHeaderHidden(True)
        self.attention.setRootIsDecorated(True)
        self.attention.itemActivated.connect(self._line_activated)
        self.attention.itemDoubleClicked.connect(self._line_activated)
        self.layout_.addWidget(self.attention, 3)
        self.attention_data: Attention | None = None
        self.scorecard_data: list[ScorecardLine] = []
        self.vacant_label = QLabel()
        self.layout_.addWidget(self.vacant_label)
        self.vacant_list = QListWidget()
        self.vacant_list.setMaximumHeight(110)
        self.layout_.addWidget(self.vacant_list)
        self.data: Overview | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.attention_label.setText(self.tr("Trenger oppmerksomhet i dag"))
        self.attention.setAccessibleName(self.tr("Trenger oppmerksomhet i dag"))
        self.threshold_label.setText(self.tr("&Terskel for budsjettavvik:"))
        self.threshold.setAccessibleName(self.tr("Terskel for budsjettavvik i prosent"))
        if self.attention_data is not None:
            self._fill_attention(self.attention_data)
        self.vacant_label.setText(self.tr("Enheter uten fast leder"))
        self.vacant_list.setAccessibleName(self.tr("Enheter uten fast leder"))

    def load(self) -> tuple[Overview, list[UnitRow], Attention, list[ScorecardLine]]:
        """Everything the page shows, read (off the GUI thread on a server: see Page.reload)."""
        figures = self.store.read(overview, self.today)
        version = self.store.read(current_version)
        rows = self.store.read(unit_rows, version.id, self.today) if version is not None else []
        try:
            scorecard = self.store.read(scorecard_lines, self.today)
        except AppError:  # no municipality yet: nothing to measure
            scorecard = []
        return figures, rows, self.store.read(attention, self.today), scorecard

    def fill(self, loaded: tuple[Overview, list[UnitRow], Attention, list[ScorecardLine]]) -> None:
        self.data, rows, data, self.scorecard_data = loaded
        fill_figures(self.subtitle, self.tiles, self.data, self.today)
        self.vacant_list.clear()
        if rows:
            for r in rows:
                if r.kind in UNITS_WITH_OWN_LEADER and r.vacant:
                    acting = self.tr("fungerende: {name}").format(name=r.acting_leader) if r.acting_leader \
                        else self.tr("ingen fungerende leder")
                    self.vacant_list.addItem(f"{r.name} ({labels.unit_kind(r.kind)}) – {acting}")
        if self.vacant_list.count() == 0:
            self.vacant_list.addItem(self.tr("Alle enheter har leder."))
        self.vacant_list.setEnabled(True)
        self.vacant_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.threshold.blockSignals(True)
        self.threshold.setValue(data.threshold_pct)
        self.threshold.blockSignals(False)
        self._fill_attention(data)

    # --- what needs attention --------------------------------------------------------------
    def _line_text(self, line: AttentionLine) -> str:
        day = line.day.strftime("%d.%m.%Y") if line.day else ""
        if line.kind in ("action_overdue", "action_due"):
            return self.tr("{unit}: {text} – {owner}, frist {day}").format(
                unit=line.unit, text=line.subject, owner=line.person or self.tr("uten ansvarlig"), day=day)
        if line.kind == "no_meeting":
            return self.tr("{unit}: {leader} ({month} {year}), følges opp av {lead}").format(
                unit=line.unit, leader=line.subject, month=labels.month_name(line.month or 1), year=line.year,
                lead=line.person or "–")
        if line.kind == "agreement_unsigned":
            return self.tr("{title} – {leader}").format(title=line.subject, leader=line.person or "–")
        if line.kind == "agreement_ending":
            return self.tr("{title} – utløper {day}").format(title=line.subject, day=day)
        pct = "" if line.pct is None else f"{line.pct:+.1f} %".replace(".", ",")
        return self.tr("{unit}: avvik {amount} ({pct}) til og med {month}").format(
            unit=line.unit, amount=kroner(line.amount or 0), pct=pct, month=labels.month_name(line.month or 1))

    def _scorecard_text(self, line: ScorecardLine) -> str:
        if line.kind == "plan_evaluation":
            # Two sentences, not one with «{n} gang(er)»: nynorsk and English bend the word differently.
            text = (self.tr("Rådmannens plan for {year} er evaluert 1 gang; avtalen krever minst {required} "
                            "evalueringssamtaler i året.") if line.held == 1 else
                    self.tr("Rådmannens plan for {year} er evaluert {held} ganger; avtalen krever minst {required} "
                            "evalueringssamtaler i året."))
            return text.format(year=line.periods[0], held=line.held, required=line.required)
        if line.kind == "red_twice":
            return self.tr("{unit}: «{indicator}» rød i {first} og {second}").format(
                unit=line.unit, indicator=line.indicator, first=line.periods[0], second=line.periods[-1])
        return self.tr("{unit}: «{indicator}» mangler verdi for {period}").format(
            unit=line.unit, indicator=line.indicator, period=line.periods[-1])

    def _fill_attention(self, data: Attention) -> None:
        self.attention_data = data
        tops = (self.attention.topLevelItem(i) for i in range(self.attention.topLevelItemCount()))
        expanded = {top.data(0, TARGET_ROLE) for top in tops if top is not None and top.isExpanded()}
        self.attention.clear()
        bold = QFont(self.attention.font())
        bold.setBold(True)
        for kind in KINDS:
            lines = data.of(kind)
            if not lines:
                continue
            group = QTreeWidgetItem([f"{QCoreApplication.translate('OverviewPage', KIND_TITLES[kind])} "
                                     f"({len(lines)})"])
            group.setFont(0, bold)
            group.setData(0, TARGET_ROLE, kind)
            for line in lines:
                child = QTreeWidgetItem([self._line_text(line)])
                child.setData(0, TARGET_ROLE, line)
                child.setToolTip(0, self.tr("Dobbeltklikk eller trykk Enter for å åpne"))
                group.addChild(child)
            self.attention.addTopLevelItem(group)
            group.setExpanded(not expanded or kind in expanded)
        for kind, title in SCORECARD_TITLES.items():
            measured = [m for m in self.scorecard_data if m.kind == kind]
            if not measured:
                continue
            group = QTreeWidgetItem([f"{QCoreApplication.translate('OverviewPage', title)} ({len(measured)})"])
            group.setFont(0, bold)
            group.setData(0, TARGET_ROLE, kind)
            for measured_line in measured:
                child = QTreeWidgetItem([self._scorecard_text(measured_line)])
                child.setData(0, TARGET_ROLE, measured_line)
                child.setToolTip(0, self.tr("Dobbeltklikk eller trykk Enter for å åpne"))
                group.addChild(child)
            self.attention.addTopLevelItem(group)
            # The missing values can be many: open only when the user opened them before.
            group.setExpanded(kind in expanded if expanded else kind == "red_twice")
        if self.attention.topLevelItemCount() == 0:
            self.attention.addTopLevelItem(QTreeWidgetItem([self.tr("Ingenting krever oppmerksomhet i dag.")]))

    def _threshold_changed(self, value: float) -> None:
        try:
            self.store.run(save_threshold, value)
        except AppError as err:
            show_user_error(self, err)

    def _line_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        line = item.data(0, TARGET_ROLE)
        if isinstance(line, ScorecardLine):
            if line.kind == "plan_evaluation":
                self.open_request.emit("avtaler", {"agreement_id": line.agreement_id})
            else:
                self.open_request.emit("malekart", {"unit_lineage_id": line.unit_lineage_id})
            return
        if not isinstance(line, AttentionLine):
            return
        if line.kind in ("action_overdue", "action_due"):
            self.open_request.emit("oppfolging", {"meeting_id": line.meeting_id, "item_id": line.source_id})
        elif line.kind == "no_meeting":
            self.open_request.emit("oppfolging", {"meeting_id": line.meeting_id,
                                                  "unit_lineage_id": line.unit_lineage_id,
                                                  "year": line.year, "month": line.month})
        elif line.kind in ("agreement_unsigned", "agreement_ending"):
            self.open_request.emit("avtaler", {"agreement_id": line.source_id})
        else:
            self.open_request.emit("budsjett", {"unit_id": line.source_id, "month": line.month})
