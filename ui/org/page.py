"""Organisasjon: the unit tree, the chart and the unit's details side by side, with
versions and scenarios, checks, import, export and printing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.changes import ORG, Kind
from app.errors import AppError
from app.org import checks, links, reorganisation, scenarios
from app.org import people as org_people
from app.org import units as org_units
from app.org.chart_layout import ChartLayout, ChartNode, layout_chart
from app.org.links import NetworkRow
from app.org.people import PersonRow
from app.org.queries import UnitRow, unit_rows
from app.org.reorganisation import ChartMarks
from app.org.units import UnitDetail
from ui import context_menus, labels
from ui.commands import StoreCommand, push_command
from ui.errors import show_user_error
from ui.flow_layout import flow_row
from ui.i18n import QT_TRANSLATE_NOOP
from ui.org import commands
from ui.org.chart_view import ChartView
from ui.org.detail_form import UnitDetailForm
from ui.org.dialogs import (
    AppointDialog,
    CompareDialog,
    DateDialog,
    MoveLeaderDialog,
    ScenarioDialog,
    ThresholdsDialog,
    from_qdate,
    to_qdate,
)
from ui.org.merge_dialog import MergeDialog, MoveManyDialog, SplitDialog
from ui.org.people_dialog import PeopleDialog
from ui.org.relations_dialog import RelationsDialog, RoleDialog, print_roles
from ui.org.reorganisation_dialog import ReorganisationDialog
from ui.org.tree_model import UnitTreeModel, unit_texts
from ui.page import Page
from ui.store import Store
from ui.widgets import DateEdit, ResizeCallback

STATUS_LABELS = {
    "current": QT_TRANSLATE_NOOP("OrgPage", "gjeldende"),
    "scenario": QT_TRANSLATE_NOOP("OrgPage", "scenario"),
    "historical": QT_TRANSLATE_NOOP("OrgPage", "historisk"),
}


def chart_nodes(rows: list[UnitRow]) -> list[ChartNode]:
    return [ChartNode(id=r.id, parent_id=r.parent_id, name=r.name, leader=r.leader or "",
                      acting_leader=r.acting_leader or "", fte=r.fte, kind=r.kind, is_external=r.is_external,
                      sort_order=r.sort_order, follow_up_lead=r.follow_up_lead or "", code=r.code) for r in rows]


@dataclass
class Detail:
    """What the detail form shows of one unit (read by OrgPage.read_detail)."""
    unit_id: uuid.UUID
    version_id: uuid.UUID | None
    view_date: date
    detail: UnitDetail
    leads: list[PersonRow]


@dataclass
class Loaded:
    """Everything the page shows, read by OrgPage.load (off the GUI thread on a server)."""
    versions: list[scenarios.VersionRow]
    version_id: uuid.UUID | None = None
    view_date: date | None = None
    rows: list[UnitRow] | None = None
    networks: list[NetworkRow] | None = None
    marks: ChartMarks | None = None
    detail: Detail | None = None
    chart: tuple[frozenset[uuid.UUID], ChartLayout] | None = None  # the boxes laid out, for these collapsed
    texts: list[tuple[str, ...]] | None = None  # the tree's cells, row by row (tree_model.unit_texts)


class OrgPage(Page):
    key = "organisasjon"
    help_chapter = "organisasjon"
    watches = frozenset(ORG | {Kind.ORG_SETTINGS, Kind.SETTINGS})  # the checks' thresholds are settings

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, today, parent)
        self.view_date = today
        self.version_id: uuid.UUID | None = None
        self.version_status = "current"
        self.versions: list[scenarios.VersionRow] = []
        self.rows: dict[uuid.UUID, UnitRow] = {}
        self.collapsed: set[uuid.UUID] = set()
        self.selected: uuid.UUID | None = None
        self._selecting = False
        self._marks: ChartMarks | None = None  # the chart's marks, read with the units
        self._laid_out: tuple[frozenset[uuid.UUID], ChartLayout] | None = None  # load's layout, for fill
        self._networks: dict[uuid.UUID, NetworkRow] = {}
        self._version_on_date = False  # the date was changed: show the version in force that day
        self._fit_after_fill = False  # another version was chosen: fit the chart once it is shown
        self._chart_turn: object = None  # the newest fill's, for its chart drawn a turn later (on a server)

        self._build_version_bar(today)
        self._build_edit_bar()
        self._build_body(store)
        self._connect_signals()
        self.retranslate()

    def _build_version_bar(self, today: date) -> None:
        """Row 1: the version shown, its date, and the scenario and reorganisation buttons."""
        # The rows wrap rather than fold into a «»» menu,
        # so every action stays in sight on a 1366×768 laptop too.
        self.version_bar, bar = flow_row()
        self.version_label = QLabel()
        self.version_box = QComboBox()
        # The whole name, «Gjeldende organisasjon (gjeldende)», not cut off: the row wraps instead.
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_label.setBuddy(self.version_box)
        self.date_label = QLabel()
        self.date_edit = DateEdit(to_qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_label.setBuddy(self.date_edit)
        self.new_scenario = QPushButton()
        self.compare = QPushButton()
        self.make_current = QPushButton()
        self.delete_scenario = QPushButton()
        # Issue 20: the reorganisation project, and structure edits in a scenario.
        self.reorganise = QPushButton()
        self.merge_button = QPushButton()
        self.split_button = QPushButton()
        self.move_many_button = QPushButton()
        self.relations_button = QPushButton()
        self.roles_button = QPushButton()
        self.print_roles_button = QPushButton()
        for w in (self.version_label, self.version_box, self.date_label, self.date_edit, self.new_scenario,
                  self.compare, self.make_current, self.delete_scenario, self.reorganise):
            bar.addWidget(w)
        self.layout_.addWidget(self.version_bar)

    def _build_edit_bar(self) -> None:
        """Row 2: editing, import/export, search and chart controls."""
        self.edit_bar, bar2 = flow_row()
        self.add_unit = QPushButton()
        self.delete_unit = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.people_button = QPushButton()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.setMaximumWidth(220)
        self.follow_up = QCheckBox()
        self.network_box = QComboBox()
        self.zoom_in, self.zoom_out, self.fit = QToolButton(), QToolButton(), QToolButton()
        for w in (self.add_unit, self.delete_unit, self.merge_button, self.split_button, self.move_many_button,
                  self.relations_button, self.roles_button, self.people_button, self.import_button,
                  self.export_button, self.print_button, self.print_roles_button):
            bar2.addWidget(w)
        bar2.add_separator()
        for field in (self.search, self.follow_up, self.network_box, self.zoom_out, self.zoom_in, self.fit):
            bar2.addWidget(field)
        self.layout_.addWidget(self.edit_bar)

    def _build_body(self, store: Store) -> None:
        """The tree and checks, the chart and the unit's details side by side, and the status line."""
        self.model = UnitTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._tree_fit = ResizeCallback(self.tree.viewport(), self._fit_tree_columns)
        self.checks = QListWidget()
        self.thresholds_button = QPushButton()
        checks_tab = QWidget()
        checks_layout = QVBoxLayout(checks_tab)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        checks_layout.addWidget(self.checks)
        checks_layout.addWidget(self.thresholds_button)
        self.left = QTabWidget()
        self.left.addTab(self.tree, "")
        self.left.addTab(checks_tab, "")
        self.chart = ChartView()
        self.form = UnitDetailForm(store)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 1)
        # The tree and the details fold away (drag the handle to the edge); the chart does not.
        splitter.setCollapsible(0, True)
        splitter.setCollapsible(1, False)
        splitter.setCollapsible(2, True)
        self.chart.setMinimumWidth(360)
        self._sized = False
        self.layout_.addWidget(splitter, 1)
        self.status = QLabel()
        self.layout_.addWidget(self.status)

    def _fit_tree_columns(self) -> None:
        """The unit's name and its type both in sight: in a narrow tree the name gives way (its whole
        text is the tooltip) rather than pushing «Resultatenhet» out to a cut «R»."""
        viewport = self.tree.viewport().width()
        needed = max(self.tree.sizeHintForColumn(0), 200)
        kind_needed = max(self.tree.sizeHintForColumn(1), self.tree.header().sectionSizeHint(1))
        if needed + kind_needed > viewport:  # too narrow for both whole: the common «Resultatenhet»
            # stays whole, a longer type («Rådmannens ledergruppe») ends in «…», and the name shares
            typical = self.tree.fontMetrics().horizontalAdvance(labels.unit_kind("result_unit")) + 24
            kind_needed = max(typical, min(kind_needed, viewport - needed))
        self.tree.setColumnWidth(1, kind_needed)
        self.tree.setColumnWidth(0, max(120, min(needed, viewport - kind_needed)))

    def _connect_signals(self) -> None:
        """Every button, box and view to what it does."""
        self.version_box.activated.connect(self._version_chosen)
        self.date_edit.dateChanged.connect(self._date_chosen)
        self.new_scenario.clicked.connect(self.create_scenario)
        self.compare.clicked.connect(self.compare_versions)
        self.make_current.clicked.connect(self.make_scenario_current)
        self.delete_scenario.clicked.connect(self.remove_scenario)
        self.reorganise.clicked.connect(lambda: self.open_reorganisation())
        self.merge_button.clicked.connect(lambda: self.merge_units())
        self.split_button.clicked.connect(lambda: self.split_unit())
        self.move_many_button.clicked.connect(lambda: self.move_many())
        self.relations_button.clicked.connect(lambda: self.edit_relations())
        self.roles_button.clicked.connect(lambda: self.edit_roles())
        self.print_roles_button.clicked.connect(self.print_role_descriptions)
        self.add_unit.clicked.connect(self.add_child_unit)
        self.delete_unit.clicked.connect(self.remove_unit)
        self.import_button.clicked.connect(self.import_units)
        self.export_button.clicked.connect(self.export_chart)
        self.print_button.clicked.connect(self.print_chart)
        self.people_button.clicked.connect(self.edit_people)
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self.search.returnPressed.connect(self.find_next)
        self.follow_up.toggled.connect(self._redraw_chart)
        self.network_box.activated.connect(self._network_chosen)
        self.zoom_in.clicked.connect(lambda: self.chart.zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self.chart.zoom(0.8))
        self.fit.clicked.connect(self.chart.fit)
        self.model.move_requested.connect(self.move_unit)
        self.tree.selectionModel().currentRowChanged.connect(self._tree_selected)
        self.chart.unit_selected.connect(lambda uid: self.select_unit(uid, source="chart"))
        self.chart.collapse_toggled.connect(self.toggle_collapsed)
        self.chart.move_requested.connect(lambda unit_id, target: self.move_unit(unit_id, target, 10**6))
        self.checks.itemActivated.connect(self._check_activated)
        self.checks.itemClicked.connect(self._check_activated)
        self.form.command_ready.connect(self.push)
        self.form.appoint_requested.connect(self.appoint)
        self.form.end_position_requested.connect(self.end_position)
        self.form.move_leader_requested.connect(self.move_leader)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._focus_search)
        # Right-click on the tree or a box in the chart: the page's actions for that unit.
        unit_actions = lambda: [self.add_unit, self.delete_unit, self.people_button, None,  # noqa: E731
                                self.merge_button, self.split_button, self.move_many_button,
                                self.relations_button, self.roles_button, None,
                                self.export_button, self.print_button]
        context_menus.install(self.tree, unit_actions, context_menus.select_row_at(self.tree))
        context_menus.install(self.chart, lambda: [*unit_actions(), None, self.zoom_in, self.zoom_out, self.fit],
                              self._select_box_at)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:  # share the width once it is known: tree, chart, form
            self._sized = True
            total = max(self.splitter.width(), 900)
            # The details need about 360 px to show their fields whole; on a laptop the tree gives
            # way first, and the chart takes the rest (more of it on a big screen).
            form = max(360, int(total * 0.24))
            # On a laptop the tree keeps room for a short name and the whole «Type» (at 230 px the
            # name took 200 of it and «Resultatenhet» showed as «R»).
            tree = max(420, int(total * 0.2)) if total >= 1400 else 310
            self.splitter.setSizes([tree, total - tree - form, form])

    # --- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.version_label.setText(self.tr("&Versjon:"))
        self.version_box.setAccessibleName(self.tr("Organisasjonsversjon"))
        self.date_label.setText(self.tr("&Per dato:"))
        self.date_edit.setAccessibleName(self.tr("Vis organisasjonen per dato"))
        self.new_scenario.setText(self.tr("Nytt &scenario …"))
        self.compare.setText(self.tr("Sa&mmenlign …"))
        self.make_current.setText(self.tr("&Gjør gjeldende …"))
        self.delete_scenario.setText(self.tr("Slett scenario"))
        self.reorganise.setText(self.tr("&Omorganisering …"))
        self.merge_button.setText(self.tr("Slå sammen enheter …"))
        self.split_button.setText(self.tr("Del enhet …"))
        self.move_many_button.setText(self.tr("Flytt flere …"))
        self.relations_button.setText(self.tr("Forbindelser …"))
        self.roles_button.setText(self.tr("Rollebeskrivelse …"))
        self.print_roles_button.setText(self.tr("Skriv ut roller …"))
        self.add_unit.setText(self.tr("Ny &enhet"))
        self.delete_unit.setText(self.tr("Slett enhet"))
        self.import_button.setText(self.tr("&Importer …"))
        self.export_button.setText(self.tr("E&ksporter …"))
        self.print_button.setText(self.tr("Skriv &ut …"))
        self.people_button.setText(self.tr("&Personer …"))
        self.thresholds_button.setText(self.tr("&Grenser for kontrollene …"))
        self.search.setPlaceholderText(self.tr("Søk enhet (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Søk etter enhet"))
        self.follow_up.setText(self.tr("Vis oppfølging"))
        self.network_box.setAccessibleName(self.tr("Fremhev nettverk"))
        self.zoom_in.setText("+")
        self.zoom_in.setAccessibleName(self.tr("Zoom inn"))
        self.zoom_out.setText("−")
        self.zoom_out.setAccessibleName(self.tr("Zoom ut"))
        self.fit.setText(self.tr("Tilpass"))
        self.fit.setAccessibleName(self.tr("Tilpass kartet til vinduet"))
        self.left.setTabText(0, self.tr("Enheter"))
        self.left.setTabText(1, self.tr("Kontroller"))  # the count follows when the checks have run
        self.checks.setAccessibleName(self.tr("Merknader fra kontrollen av organisasjonen"))
        self.model.set_headers([self.tr("Enhet"), self.tr("Type"), self.tr("Leder"), self.tr("Oppfølging"),
                                self.tr("Årsverk"), self.tr("Ansvar")])
        self.tree.setAccessibleName(self.tr("Enhetene i organisasjonen"))
        self.chart.setAccessibleName(self.tr("Organisasjonskart"))
        self.form.retranslate()

    # --- loading ---------------------------------------------------------------------------
    # Page.reload: ``load`` reads (off the GUI thread on a server), ``fill`` fills the widgets.
    def load_args(self) -> tuple[Any, ...]:
        follow_date = self._version_on_date and self.version_status != "scenario"
        return self.version_id, self.view_date, self.selected, follow_date, frozenset(self.collapsed)

    def load(self, version_id: uuid.UUID | None, view_date: date, selected: uuid.UUID | None,
             follow_date: bool = False, collapsed: frozenset[uuid.UUID] = frozenset()) -> Loaded:
        versions = self.store.read(scenarios.list_versions)
        if not versions:
            return Loaded(versions)
        if follow_date:  # the version in force on the day chosen
            version = self.store.read(scenarios.version_on, view_date)
            if version is not None:
                version_id = version.id
        ids = [v.id for v in versions]
        if version_id not in ids:
            version_id = next((v.id for v in versions if v.status == "current"), ids[0])
        rows = self.store.read(unit_rows, version_id, view_date)
        detail = self.read_detail(selected, version_id, view_date) \
            if selected is not None and any(r.id == selected for r in rows) else None
        collapsed = collapsed & {r.id for r in rows}
        chart = collapsed, layout_chart(chart_nodes(rows), collapsed=collapsed)  # (no Qt: any thread)
        return Loaded(versions, version_id, view_date, rows, self.store.read(links.networks, version_id),
                      self.store.read(reorganisation.chart_marks, version_id, view_date), detail, chart,
                      [unit_texts(r) for r in rows])

    def read_detail(self, unit_id: uuid.UUID, version_id: uuid.UUID | None, view_date: date) -> Detail:
        """The detail form's data for a unit (reads only: any thread)."""
        detail = self.store.read(org_units.unit_detail, unit_id, view_date)
        leads = self.store.read(links.follow_up_leads, version_id, view_date)
        return Detail(unit_id, version_id, view_date, detail, leads)

    def fill(self, loaded: Loaded) -> None:
        self._version_on_date = False
        self.versions = loaded.versions
        if not self.versions:
            self.model.set_rows([])
            self.status.setText(self.tr("Ingen organisasjon er registrert ennå. Importer en enhetsliste."))
            return
        assert loaded.rows is not None and loaded.networks is not None and loaded.version_id is not None
        ids = [v.id for v in self.versions]
        self.version_id = loaded.version_id
        version = self.versions[ids.index(loaded.version_id)]
        self.version_status = version.status
        self.version_box.blockSignals(True)
        self.version_box.clear()
        for v in self.versions:
            self.version_box.addItem(f"{v.name} ({self.tr(STATUS_LABELS.get(v.status, v.status))})", str(v.id))
        self.version_box.setCurrentIndex(ids.index(loaded.version_id))
        self.version_box.blockSignals(False)

        rows = loaded.rows
        self.rows = {r.id: r for r in rows}
        expanded = {uid for uid in self.model.unit_ids() if self.tree.isExpanded(self.model.index_of(uid))}
        first_load = not self.model.unit_ids()
        self.model.editable = self.editable
        self.model.set_rows(rows, loaded.texts)
        if first_load or not expanded:
            self.tree.expandToDepth(0)
        else:
            for uid in expanded:
                self.tree.setExpanded(self.model.index_of(uid), True)
        for col in range(1, 6):
            self.tree.resizeColumnToContents(col)
        self._fit_tree_columns()

        nets = loaded.networks
        self._networks = {n.id: n for n in nets}
        current_net = self.network_box.currentData()
        self.network_box.clear()
        self.network_box.addItem(self.tr("Fremhev nettverk: ingen"), None)
        for n in nets:
            text = (self.tr("{name} ({n})") if "nettverk" in n.name.lower()  # not «Nettverk: Nettverk …»
                    else self.tr("Nettverk: {name} ({n})")).format(name=n.name, n=len(n.unit_ids))
            self.network_box.addItem(text, str(n.id))
        self.network_box.setCurrentIndex(max(0, self.network_box.findData(current_net)))
        for w in (self.add_unit, self.delete_unit, self.import_button):
            w.setEnabled(self.editable)
        self.make_current.setEnabled(self.version_status == "scenario")
        self.delete_scenario.setEnabled(self.version_status == "scenario")
        for w in (self.merge_button, self.split_button, self.move_many_button):
            w.setEnabled(self.version_status == "scenario")  # structure edits only in a scenario
        self.chart.boxes_movable = self.editable
        self.relations_button.setEnabled(self.editable)
        self.roles_button.setEnabled(self.editable)
        if self.selected not in self.rows:
            self.selected = None
        self.select_unit(self.selected, source="reload", detail=loaded.detail)  # the tree's and the form's
        self._marks = loaded.marks
        self._laid_out = loaded.chart
        turn = self._chart_turn = object()
        if self.store.remote:  # issue 17: the chart in the event loop's next turn, two short stalls instead of one
            QTimer.singleShot(0, self, lambda: self._fill_chart(turn, version.name))
        else:
            self._fill_chart(turn, version.name)

    def _fill_chart(self, turn: object, version_name: str) -> None:
        """The second half of ``fill``: the chart, the status line, and then the checks."""
        if turn is not self._chart_turn:
            return  # a newer fill came meanwhile: its own turn draws the chart
        self._redraw_chart()
        self.chart.select_unit(self.selected, centre=False)
        if self._fit_after_fill:
            self._fit_after_fill = False
            self.chart.fit()
        rows = self.rows.values()
        vacant = sum(1 for r in rows if r.vacant and r.kind != "top_team")
        self.status.setText(self.tr("{version}: {n} enheter, {vacant} uten fast leder. {mode}").format(
            version=version_name, n=len(rows), vacant=vacant,
            mode=self.tr("Historisk versjon: bare til visning.") if not self.editable else
            self.tr("Endringer lagres straks og kan angres med Ctrl+Z.")))
        # The checks read the whole organisation; they fill in just after the page is drawn.
        QTimer.singleShot(0, self._fill_checks)

    def _version_shown(self) -> uuid.UUID | None:
        """The version on screen; None, and the user told why, while there is none (an empty database)."""
        if self.version_id is None:
            show_user_error(self, AppError(self.tr("Ingen organisasjon er registrert ennå. Importer en enhetsliste.")))
        return self.version_id

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @property
    def editable(self) -> bool:
        return self.version_status != "historical"

    def _redraw_chart(self) -> None:
        self.chart.show_follow_up = self.follow_up.isChecked()
        self.collapsed &= set(self.rows)
        laid_out, self._laid_out = self._laid_out, None
        if laid_out is not None and laid_out[0] == self.collapsed:
            layout = laid_out[1]
        else:
            layout = layout_chart(chart_nodes(list(self.rows.values())), collapsed=frozenset(self.collapsed))
        marks = self._marks
        if marks is None:  # (read with the units by load; a page not yet filled reads them here)
            marks = self._marks = self.store.read(reorganisation.chart_marks, self.version_id, self.view_date)
        self.chart.marks, self.chart.draft, self.chart.relations = marks.marks, marks.draft, marks.relations
        self.chart.removed_note = self.tr("Fjernet mot «{name}»: {units}").format(
            name=marks.against_name, units=", ".join(marks.removed)) if marks.removed else ""
        self.chart.set_chart(layout)
        self._network_chosen()
        if self.chart.auto_fit:
            self.chart.fit()

    def _fill_checks(self) -> None:
        if self.version_id is None:
            return
        version_id, view_date = self.version_id, self.view_date
        self.read_then("checks", lambda: self.store.read(checks.run_checks, version_id, view_date),
                       self._show_checks)

    def _show_checks(self, findings: list[checks.Finding]) -> None:
        self.checks.clear()
        for f in findings:
            item = QListWidgetItem(f.message)
            item.setData(Qt.ItemDataRole.UserRole, f.unit_id)
            self.checks.addItem(item)
        if not findings:
            self.checks.addItem(self.tr("Ingen merknader."))
        self.left.setTabText(1, self.tr("Kontroller ({n})").format(n=len(findings)))

    # --- selection -------------------------------------------------------------------------
    def select_unit(self, unit_id: uuid.UUID | None, *, source: str, detail: Detail | None = None) -> None:
        if self._selecting:
            return
        self._selecting = True
        try:
            self.selected = unit_id
            if source != "tree":
                index = self.model.index_of(unit_id)
                if index.isValid():
                    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                    self.tree.selectionModel().setCurrentIndex(index, flags)
                    self.tree.scrollTo(index)
                else:
                    self.tree.selectionModel().clearSelection()
            if source != "chart":
                self.chart.select_unit(unit_id, centre=source != "reload")
            self._show_detail(detail)
        finally:
            self._selecting = False

    def _select_box_at(self, pos: QPoint) -> None:
        """A right-click on a box selects its unit first."""
        from ui.org.chart_view import UnitBoxItem

        item = self.chart.itemAt(pos)
        while item is not None and not isinstance(item, UnitBoxItem):
            item = item.parentItem()
        if item is not None:
            self.select_unit(item.unit_id, source="tree")
            self.chart.select_unit(item.unit_id, centre=False)

    def _tree_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.unit_row(current)
        self.select_unit(row.id if row else None, source="tree")

    def _show_detail(self, loaded: Detail | None = None) -> None:
        """The selected unit in the form: from ``loaded`` when it was read with the page, else read
        now (off the GUI thread on a server)."""
        if self.selected is None:
            self._sub_loads.pop("detail", None)  # a unit's details still on their way are not shown
            self.form.show_unit(None, [], [], editable=False)
            return
        if loaded is not None and (loaded.unit_id, loaded.version_id, loaded.view_date) == \
                (self.selected, self.version_id, self.view_date):
            self._sub_loads.pop("detail", None)
            self._fill_detail(loaded)
            return
        unit_id, version_id, view_date = self.selected, self.version_id, self.view_date
        self.read_then("detail", lambda: self.read_detail(unit_id, version_id, view_date), self._fill_detail)

    def _fill_detail(self, loaded: Detail) -> None:
        if (loaded.unit_id, loaded.version_id, loaded.view_date) != (self.selected, self.version_id, self.view_date):
            return  # another unit was chosen meanwhile
        self.form.view_date = loaded.view_date
        self.form.show_unit(loaded.detail, loaded.leads, list(self._networks.values()), editable=self.editable)

    def _check_activated(self, item: QListWidgetItem) -> None:
        unit_id = item.data(Qt.ItemDataRole.UserRole)
        if unit_id is not None:
            self.select_unit(unit_id, source="checks")

    # --- versions --------------------------------------------------------------------------
    def _version_chosen(self, index: int) -> None:
        self.version_id = uuid.UUID(self.version_box.itemData(index))
        self.selected = None
        self._fit_after_fill = True
        self.reload()

    def _date_chosen(self, qdate: QDate) -> None:
        """Show the organisation as it was (or will be) on that day."""
        self.view_date = from_qdate(qdate)
        self._version_on_date = True  # load reads the version in force that day
        self.reload()

    def show_version(self, version_id: uuid.UUID) -> None:
        self.version_id = version_id
        self.selected = None
        self.reload()

    def create_scenario(self) -> None:
        if self._version_shown() is None:
            return
        version = next(v for v in self.versions if v.id == self.version_id)
        count = sum(1 for v in self.versions if v.status == "scenario") + 1
        dialog = ScenarioDialog(version.name, self.tr("Alternativ {n}").format(n=count), self)
        if dialog.exec() != ScenarioDialog.DialogCode.Accepted:
            return
        try:
            new = self.store.run(lambda s: scenarios.copy_version(
                s, version.id, dialog.name.text(), description=dialog.description.text()).id)
        except AppError as err:
            show_user_error(self, err)
            return
        self.show_version(new)

    def compare_versions(self) -> None:
        others = [v for v in self.versions if v.id != self.version_id]
        if not others:
            show_user_error(self, AppError(self.tr("Det finnes bare én versjon. Lag et scenario først.")))
            return
        names = [f"{v.name} ({self.tr(STATUS_LABELS.get(v.status, v.status))})" for v in others]
        choice, ok = QInputDialog.getItem(self, self.tr("Sammenlign"), self.tr("Sammenlign med:"), names, 0, False)
        if not ok:
            return
        other = others[names.index(choice)]
        # From the current (or older) version to the other, whichever of the two is shown.
        comparison = self.store.read(scenarios.compare_in_order, self.version_id, other.id, self.view_date)
        CompareDialog(comparison, self).exec()

    def make_scenario_current(self) -> None:
        version = next(v for v in self.versions if v.id == self.version_id)
        dialog = DateDialog(self.tr("Gjør gjeldende"), self.tr(
            "Fra hvilken dato skal «{name}» gjelde? Dagens organisasjon blir historisk dagen før. "
            "Dette kan ikke angres, og det du har endret før, kan etterpå ikke angres med Ctrl+Z.")
            .format(name=version.name), self.view_date, self)
        if dialog.exec() != DateDialog.DialogCode.Accepted:
            return
        try:
            self.store.run(scenarios.make_current, self.version_id, dialog.value())
        except AppError as err:
            show_user_error(self, err)
            return
        # The edits on the stack were made in the version that is now history (or in the scenario
        # before it became current): Ctrl+Z would change a version the user no longer sees.
        self.undo_stack.clear()
        self.reload()

    def _made_current_elsewhere(self) -> None:
        """An alternative was made current in the reorganisation dialog: as after «Gjør gjeldende»,
        Ctrl+Z would change a version that is now history."""
        self.undo_stack.clear()
        self.reload()

    def remove_scenario(self) -> None:
        version = next(v for v in self.versions if v.id == self.version_id)
        answer = QMessageBox.question(self, self.tr("Slett scenario"), self.tr(
            "Slette scenariet «{name}» med alle enhetene i det? Dette kan ikke angres.").format(name=version.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.run(scenarios.delete_version, self.version_id)
        except AppError as err:
            show_user_error(self, err)
            return
        self.undo_stack.clear()  # commands on the stack may point at the deleted units
        self.version_id = None
        self.reload()

    # --- editing ---------------------------------------------------------------------------
    def push(self, command: StoreCommand) -> bool:
        return push_command(self.undo_stack, command, self)

    def move_unit(self, unit_id: uuid.UUID, new_parent_id: uuid.UUID | None, position: int) -> None:
        if not self.editable:
            return
        self.push(commands.MoveUnit(self.store, unit_id, new_parent_id, position, self.rows[unit_id].name))

    def add_child_unit(self) -> None:
        version_id = self._version_shown()
        if version_id is None:
            return
        parent = self.selected or next((r.id for r in self.rows.values() if r.parent_id is None), None)
        command = commands.AddUnit(self.store, version_id, parent, self.tr("Ny enhet"), "result_unit")
        if self.push(command):
            self.select_unit(command.unit_id, source="new")
            self.form.name.setFocus()
            self.form.name.selectAll()

    def remove_unit(self) -> None:
        if self.selected is None:
            return
        row = self.rows[self.selected]
        below = self._count_below(row.id)
        text = self.tr("Slette «{name}»?").format(name=row.name) if not below else self.tr(
            "Slette «{name}» og de {n} enhetene under?").format(name=row.name, n=below)
        if QMessageBox.question(self, self.tr("Slett enhet"), text + " " + self.tr("Du kan angre med Ctrl+Z.")) \
                != QMessageBox.StandardButton.Yes:
            return
        self.push(commands.DeleteUnit(self.store, row.id, row.name))

    def _count_below(self, unit_id: uuid.UUID) -> int:
        children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
        for r in self.rows.values():
            children.setdefault(r.parent_id, []).append(r.id)
        count, stack = 0, list(children.get(unit_id, []))
        while stack:
            count += 1
            stack.extend(children.get(stack.pop(), []))
        return count

    def appoint(self, role: str) -> None:
        if self.selected is None:
            return
        row = self.rows[self.selected]
        people = self.store.read(org_people.list_people, on=self.view_date)
        dialog = AppointDialog(people, row.name, role, self.view_date, self)
        text = (self.tr("Fungerende leder for {unit}") if role == "acting_leader"
                else self.tr("Ny leder for {unit}")).format(unit=row.name)
        # A refusal (no first name, an end before the start) is shown and the dialog opens again
        # with what was typed; the person is made in the same step as the appointment, so a refused
        # appointment leaves no stray person behind.
        while dialog.exec() == AppointDialog.DialogCode.Accepted:
            person_id = dialog.chosen_person()
            new_person = None if person_id is not None else {
                "given_name": dialog.given.text(), "family_name": dialog.family.text(),
                "title": dialog.title.text()}
            if self.push(commands.Appoint(self.store, row.id, person_id, role, dialog.start_date(),
                                          dialog.end_date(), text, new_person=new_person)):
                return

    def end_position(self, position_id: uuid.UUID) -> None:
        dialog = DateDialog(self.tr("Avslutt stilling"), self.tr("Siste dag i stillingen:"), self.view_date, self)
        if dialog.exec() == DateDialog.DialogCode.Accepted:
            self.push(commands.EndPosition(self.store, position_id, dialog.value(), self.tr("Avslutt stilling")))

    def move_leader(self, position_id: uuid.UUID) -> None:
        if self.selected is None:
            return
        detail = self.store.read(org_units.unit_detail, self.selected, self.view_date)
        position = next(p for p in detail.positions if p.id == position_id)
        if position.role not in ("leader", "acting_leader") or not position.active:
            show_user_error(self, AppError(self.tr("Velg en leder som er i stillingen nå for å flytte vedkommende.")))
            return
        units = sorted((r.name, str(r.id)) for r in self.rows.values() if r.id != self.selected)
        dialog = MoveLeaderDialog(position.person_name, units, self.view_date, self)
        if dialog.exec() == MoveLeaderDialog.DialogCode.Accepted:
            text = self.tr("Flytt {name}").format(name=position.person_name)
            self.push(commands.MoveLeader(self.store, position.person_id, self.selected, dialog.target(),
                                          dialog.start_date(), text))

    def edit_people(self) -> None:
        PeopleDialog(self.store, self.push, self).exec()
        self.reload()

    def edit_thresholds(self) -> None:
        dialog = ThresholdsDialog(self.store.read(checks.load_thresholds), self)
        if dialog.exec() == ThresholdsDialog.DialogCode.Accepted:
            text = self.tr("Endre grenser for kontrollene")
            self.push(commands.SaveThresholds(self.store, dialog.thresholds(), text))

    # --- chart -----------------------------------------------------------------------------
    def toggle_collapsed(self, unit_id: uuid.UUID) -> None:
        self.collapsed ^= {unit_id}
        self._redraw_chart()

    def _network_chosen(self, _index: int = 0) -> None:
        chosen = self.network_box.currentData()
        network = self._networks.get(uuid.UUID(chosen)) if chosen else None
        self.chart.set_highlight(set(network.unit_ids) if network else None, network.colour if network else "")

    def find_next(self) -> None:
        text = self.search.text().strip().casefold()
        if not text:
            return
        order = sorted(self.rows.values(), key=lambda r: r.name.casefold())
        matches = [r for r in order if text in r.name.casefold() or text in " ".join(r.ansvar)]
        if not matches:
            self.status.setText(self.tr("Fant ingen enhet som passer «{text}».").format(text=self.search.text()))
            return
        ids = [m.id for m in matches]
        after = ids.index(self.selected) + 1 if self.selected in ids else 0
        target = matches[after % len(matches)]
        # A unit hidden in a collapsed subtree is shown again.
        parent = target.parent_id
        while parent is not None:
            self.collapsed.discard(parent)
            parent = self.rows[parent].parent_id if parent in self.rows else None
        self._redraw_chart()
        self.select_unit(target.id, source="search")
        self.status.setText(self.tr("Treff {i} av {n}: {name}").format(
            i=(after % len(matches)) + 1, n=len(matches), name=target.name))

    # --- import, export, print: filled in by their dialogs ---------------------------------
    def import_units(self) -> None:
        from ui.org.import_dialog import run_import

        new_version = run_import(self, self.store)
        if new_version is not None:
            self.show_version(new_version)

    def export_chart(self) -> None:
        from ui.org.export_dialog import run_export

        version_id = self._version_shown()
        if version_id is None:
            return
        out = run_export(self, self.store, version_id, self.view_date, self.selected)
        if out is not None:
            self.status.setText(self.tr("Lagret {path}").format(path=out))

    # --- issue 20: reorganisation ----------------------------------------------------------
    def open_reorganisation(self) -> ReorganisationDialog:
        dialog = ReorganisationDialog(self.store, self.view_date, self)
        dialog.show_version.connect(self.show_version)
        dialog.made_current.connect(self._made_current_elsewhere)
        dialog.open()
        return dialog

    def merge_units(self, unit_ids: list[uuid.UUID] | None = None, name: str | None = None,
                    effective: date | None = None, leader_person_id: uuid.UUID | None = None) -> bool:
        """«Slå sammen enheter» in the scenario shown (the dialog asks when the choices are not given,
        the leader who stays among them)."""
        if unit_ids is None or name is None or effective is None:
            from app.org.restructure import leader_choices

            leaders = self.store.read(leader_choices, self.version_id, self.view_date)
            dialog = MergeDialog(list(self.rows.values()), self.selected, self.view_date, self, leaders=leaders)
            if dialog.exec() != MergeDialog.DialogCode.Accepted:
                return False
            unit_ids, name, effective = dialog.unit_ids(), dialog.name.text(), dialog.effective()
            leader_person_id = dialog.leader_person_id()
        return self.push(commands.merge_units(self.store, unit_ids, name, effective, leader_person_id))

    def split_unit(self, unit_id: uuid.UUID | None = None, new_name: str | None = None,
                   effective: date | None = None, **choices: object) -> bool:
        """«Del enhet»: the selected unit in two (the dialog asks what goes where)."""
        unit_id = unit_id or self.selected
        if unit_id is None:
            show_user_error(self, AppError(self.tr("Velg enheten som skal deles i treet eller kartet først.")))
            return False
        if new_name is None or effective is None:
            detail = self.store.read(org_units.unit_detail, unit_id, self.view_date)
            positions = [(f"{p.person_name} ({p.title or p.role})", p.id) for p in detail.positions if p.active]
            children = [(r.name, r.id) for r in self.rows.values() if r.parent_id == unit_id]
            dialog = SplitDialog(self.rows[unit_id], positions, children, self.view_date, self)
            if dialog.exec() != SplitDialog.DialogCode.Accepted:
                return False
            new_name, effective, choices = dialog.new_name.text(), dialog.effective(), dialog.choices()
        return self.push(commands.split_unit(self.store, unit_id, new_name, effective, **choices))

    def move_many(self, unit_ids: list[uuid.UUID] | None = None, new_parent_id: uuid.UUID | None = None) -> bool:
        if unit_ids is None:
            dialog = MoveManyDialog(list(self.rows.values()), self)
            if dialog.exec() != MoveManyDialog.DialogCode.Accepted:
                return False
            unit_ids, new_parent_id = dialog.unit_ids(), dialog.target_id()
        return self.push(commands.move_units(self.store, unit_ids, new_parent_id))

    def edit_relations(self) -> RelationsDialog | None:
        version_id = self._version_shown()
        if version_id is None:
            return None
        dialog = RelationsDialog(self.store, version_id, list(self.rows.values()), self.push, self)
        dialog.open()
        return dialog

    def print_role_descriptions(self) -> None:
        version_id = self._version_shown()
        if version_id is not None:
            print_roles(self, self.store, version_id, self.view_date)

    def edit_roles(self) -> RoleDialog | None:
        if self.selected is None:
            show_user_error(self, AppError(self.tr("Velg enheten i treet eller kartet først.")))
            return None
        detail = self.store.read(org_units.unit_detail, self.selected, self.view_date)
        positions = [(f"{p.person_name} ({p.title or p.role})", p.id) for p in detail.positions if p.active]
        dialog = RoleDialog(self.store, positions, self.push, self)
        dialog.open()
        return dialog

    def print_chart(self) -> None:
        from app.org.chart_export import chart_heading
        from ui.org.export_dialog import print_chart

        try:
            heading = self.store.read(chart_heading, self.version_id, self.view_date)
        except AppError as err:
            show_user_error(self, err)
            return
        print_chart(self, self.chart, title=heading, store=self.store, version_id=self.version_id, on=self.view_date)
