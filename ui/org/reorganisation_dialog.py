"""«Omorganisering»: a project's 0-alternative and proposals side by side (key figures, budgets per unit,
changes), printed for the politicians, saved as xlsx, and one made current with its plan of steps."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.org import alternatives_report, reorganisation, transition
from app.org.reorganisation import SideBySide
from ui.errors import show_user_error
from ui.org.dialogs import DateDialog
from ui.store import Store


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]], *, figures: bool = False) -> None:
    """Fill a table; with ``figures`` every column after the first holds numbers, right-aligned (heading too)
    so the digits line up, as in the printed comparison."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    if figures:
        for c in range(1, len(headers)):
            header = table.horizontalHeaderItem(c)
            if header is not None:
                header.setTextAlignment(right)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if figures and c > 0:
                item.setTextAlignment(right)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class ReorganisationDialog(QDialog):
    """The alternatives of one reorganisation project, compared and decided on."""

    show_version = Signal(object)  # a version id the page should show on the chart
    made_current = Signal()  # an alternative became the organisation in force (not undoable)

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.today = store, today
        self.side: SideBySide | None = None
        self.steps: list[transition.Step] = []
        self.setWindowTitle(self.tr("Omorganisering: alternativer side om side"))
        # Within the screen with its title bar (1366×768 laptops included), buttons and all.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(680, screen.height() - 60))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.project_label = QLabel(self.tr("&Prosjekt:"))
        self.project_box = QComboBox()
        self.project_box.setAccessibleName(self.tr("Omorganiseringsprosjekt"))
        # Wide enough for a project's whole name («Sammenslåing av barnehagene 2027»), not just its first word.
        self.project_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project_box.setMinimumContentsLength(28)
        self.project_label.setBuddy(self.project_box)
        self.new_project = QPushButton(self.tr("Nytt &prosjekt …"))
        self.new_alternative = QPushButton(self.tr("Nytt &alternativ"))
        self.show_chart = QPushButton(self.tr("Vis i &kartet"))
        for w in (self.project_label, self.project_box, self.new_project, self.new_alternative, self.show_chart):
            top.addWidget(w)
        top.addStretch(1)
        layout.addLayout(top)
        self.alternatives = QListWidget()
        self.alternatives.setAccessibleName(self.tr("Alternativene i prosjektet"))
        self.alternatives.setMaximumHeight(110)
        layout.addWidget(self.alternatives)
        self.tabs = QTabWidget()
        self.summary = QTableWidget()
        self.summary.setAccessibleName(self.tr("Nøkkeltall per alternativ"))
        self.budgets = QTableWidget()
        self.budgets.setAccessibleName(self.tr("Budsjett per enhet og alternativ"))
        self.changes = QTableWidget()
        self.changes.setAccessibleName(self.tr("Endringer fra 0-alternativet"))
        self.plan = QTableWidget()
        self.plan.setAccessibleName(self.tr("Plan for overgangen"))
        for table in (self.summary, self.budgets, self.changes, self.plan):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.summary, self.tr("Side om side"))
        self.tabs.addTab(self.budgets, self.tr("Budsjett per enhet"))
        self.tabs.addTab(self.changes, self.tr("Endringer"))
        self.tabs.addTab(self.plan, self.tr("Plan"))
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Skriv &ut (PDF) …"))
        self.xlsx_button = QPushButton(self.tr("Lagre som &xlsx …"))
        self.make_current_button = QPushButton(self.tr("&Gjør gjeldende …"))
        self.plan_button = QPushButton(self.tr("Lagre &planen som xlsx …"))
        for w in (self.print_button, self.xlsx_button, self.make_current_button, self.plan_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.project_box.activated.connect(lambda _i: self.compare())
        self.new_project.clicked.connect(lambda: self.create_project())
        self.new_alternative.clicked.connect(lambda: self.add_alternative())
        self.show_chart.clicked.connect(self._show_chosen)
        self.alternatives.itemDoubleClicked.connect(lambda _item: self._show_chosen())
        self.alternatives.currentRowChanged.connect(lambda _row: self._enable_make_current())
        self.print_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.make_current_button.clicked.connect(lambda: self.make_current())
        self.plan_button.clicked.connect(lambda: self.save_plan())
        self.load_projects()

    # --- loading ---------------------------------------------------------------------------
    @property
    def project_id(self) -> uuid.UUID | None:
        data = self.project_box.currentData()
        return uuid.UUID(data) if data else None

    def load_projects(self, chosen: uuid.UUID | None = None) -> None:
        projects = self.store.read(lambda s: [(p.id, p.name) for p in reorganisation.list_projects(s)])
        self.project_box.clear()
        for pid, name in projects:
            self.project_box.addItem(name, str(pid))
        if chosen is not None:
            self.project_box.setCurrentIndex(max(0, self.project_box.findData(str(chosen))))
        self.compare()

    def compare(self) -> None:
        """Fill the alternatives and the side-by-side tables for the chosen project."""
        has = self.project_id is not None
        for w in (self.new_alternative, self.show_chart, self.print_button, self.xlsx_button,
                  self.make_current_button):
            w.setEnabled(has)
        self.plan_button.setEnabled(bool(self.steps))
        if not has:
            self.status.setText(self.tr("Lag et prosjekt for omorganiseringen først."))
            return
        side = self.side = self.store.read(reorganisation.compare_alternatives, self.project_id, self.today)
        self.alternatives.clear()
        for column in side.columns:
            alt = column.alternative
            item = QListWidgetItem(alt.label if alt.label == alt.version_name else f"{alt.label} – {alt.version_name}")
            item.setData(256, str(alt.version_id))
            self.alternatives.addItem(item)
        self.alternatives.setCurrentRow(len(side.columns) - 1)
        labels = [c.alternative.label for c in side.columns]
        _fill(self.summary, [self.tr("Nøkkeltall"), *labels],
              [[label, *[alternatives_report.figure_text(label, v) for v in values]]
               for label, values in alternatives_report.summary_rows(side)], figures=True)
        _fill(self.budgets, [self.tr("Enhet"), *labels],
              [[name, *[alternatives_report.kroner_text(b) if n is not None else "–" for n, b in cells]]
               for name, cells in side.unit_lines()], figures=True)
        _fill(self.changes, [self.tr("Alternativ"), self.tr("Endring fra 0-alternativet")],
              [[c.alternative.label, line] for c in side.columns[1:] for line in c.changes.lines()])
        self.status.setText(self.tr("Budsjett fra {budget}, ledere og oppfølging per {day}. Alt er forslag/utkast "
                                    "til et alternativ er gjort gjeldende.").format(
            budget=side.budget_set_name or self.tr("(intet budsjett)"), day=self.today.strftime("%d.%m.%Y")))

    def _enable_make_current(self) -> None:
        """Only a proposal can be made current: the 0-alternative is the organisation in force."""
        version_id = self.chosen_version()
        columns = self.side.columns if self.side is not None and self.project_id is not None else []
        chosen = next((c.alternative for c in columns if c.alternative.version_id == version_id), None)
        self.make_current_button.setEnabled(chosen is not None and chosen.number != 0)

    def chosen_version(self) -> uuid.UUID | None:
        item = self.alternatives.currentItem()
        return uuid.UUID(item.data(256)) if item is not None else None

    # --- actions ---------------------------------------------------------------------------
    def create_project(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Nytt prosjekt"), self.tr(
                "Navn på omorganiseringen (0-alternativet er dagens organisasjon):"))
            if not ok:
                return
        try:
            pid = self.store.run(lambda s: reorganisation.create_project(s, name).id)
        except AppError as err:
            show_user_error(self, err)
            return
        self.load_projects(pid)

    def add_alternative(self, name: str | None = None) -> uuid.UUID | None:
        project_id = self.project_id
        if project_id is None:
            self.status.setText(self.tr("Lag et prosjekt for omorganiseringen først."))
            return None
        try:
            vid = self.store.run(lambda s: reorganisation.add_alternative(s, project_id, name).id)
        except AppError as err:
            show_user_error(self, err)
            return None
        self.compare()
        return vid

    def _show_chosen(self) -> None:
        version_id = self.chosen_version()
        if version_id is not None:
            self.show_version.emit(version_id)

    def save(self, kind: str, out: Path | None = None) -> Path | None:
        if self.side is None:
            return None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Lagre alternativene"), f"{self.side.project_name}.{kind}",
                self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Excel-arbeidsbok (*.xlsx)"))
            if not name:
                return None
            out = Path(name)
        try:
            write = alternatives_report.write_alternatives_pdf if kind == "pdf" else \
                alternatives_report.write_alternatives_xlsx
            written = write(self.side, out)
        except AppError as err:
            show_user_error(self, err)
            return None
        self.status.setText(self.tr("Lagret {file}.").format(file=written))
        return written

    def make_current(self, effective: date | None = None) -> bool:
        version_id = self.chosen_version()
        if version_id is None or self.side is None or self.project_id is None:
            return False
        label = next(c.alternative.label for c in self.side.columns if c.alternative.version_id == version_id)
        if effective is None:
            dialog = DateDialog(self.tr("Gjør gjeldende"), self.tr(
                "Fra hvilken dato skal «{name}» gjelde? Dagens organisasjon avsluttes dagen før, og planen for "
                "overgangen vises. Dette kan ikke angres, og det du har endret før, kan etterpå ikke angres med "
                "Ctrl+Z.").format(name=label), self.today, self)
            if dialog.exec() != DateDialog.DialogCode.Accepted:
                return False
            effective = dialog.value()
        elif QMessageBox.question(self, self.tr("Gjør gjeldende"), self.tr(
                "Gjøre «{name}» gjeldende fra {day}?").format(name=label, day=effective.strftime("%d.%m.%Y"))
                ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = self.store.run(transition.make_current_with_plan, self.project_id, version_id, effective)
        except AppError as err:
            show_user_error(self, err)
            return False
        self.effective = effective
        self.steps = result.steps
        self.made_current.emit()
        _fill(self.plan, [self.tr("Nr."), self.tr("Steg"), self.tr("Enhet"), self.tr("Hva skjer"), self.tr("Fra"),
                          self.tr("Til")],
              [[str(i), transition.KIND_WORDS[s.kind], s.unit, s.what, s.old, s.new]
               for i, s in enumerate(self.steps, start=1)])
        self.tabs.setCurrentWidget(self.plan)
        self.plan_button.setEnabled(True)
        self.status.setText(self.tr("«{name}» gjelder fra {day}. Planen har {n} steg.").format(
            name=label, day=effective.strftime("%d.%m.%Y"), n=len(self.steps)))
        return True

    def save_plan(self, out: Path | None = None) -> Path | None:
        if not self.steps:
            return None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre planen"), self.tr("Plan for overgangen.xlsx"),
                                                  self.tr("Excel-arbeidsbok (*.xlsx)"))
            if not name:
                return None
            out = Path(name)
        try:
            return transition.write_plan_xlsx(self.steps, self.effective, out,
                                              title=self.tr("Plan for overgangen"))
        except AppError as err:
            show_user_error(self, err)
            return None
