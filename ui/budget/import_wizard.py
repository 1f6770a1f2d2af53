"""Import a budget or accounts spreadsheet: file → sheet and columns (guessed, correctable) →
every row checked → the set's name and kind → all or nothing. Reading and writing run off
the GUI thread with a progress dialog.

A sheet with several amount columns (``rekneskap_2011 / budsjett_2012``, or ``2012 … 2015``)
can be imported as several sets at once: every amount column is listed with the kind and year
its header suggests, each correctable, and all are written in one transaction. A file without
an ansvar column is imported only when the user confirms it. The importer's messages carry a
hint (:class:`app.errors.Hint`); the wizard shows the message and puts the focus on its own
control for it (the column's choice, the sheet, the acceptance of skipped rows, kind and year,
the confirmation of a file without ansvar), never a command-line flag."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.budget.importer import (
    BUDGET_FIELDS,
    AmountColumn,
    BudgetImportError,
    BudgetPlan,
    ImportResult,
    SetChoice,
    import_budget_sets,
    plan_budget_import,
)
from app.budget.year_guess import FIRST_YEAR, LAST_YEAR, YearGuess, guess_year
from app.demo.examples import EXAMPLES_DIR_NAME
from app.errors import AppError, Hint
from app.formatting import format_kroner, format_number
from app.io import column_letter, find_column
from app.paths import data_dir
from ui import labels
from ui.errors import show_user_error
from ui.progress import BackgroundOp, Cancelled
from ui.settings import settings
from ui.store import Store
from ui.widgets import cell_combo, filled_item

FIELD_LABELS = {
    "ansvar": QT_TRANSLATE_NOOP("BudgetImportDialog", "Ansvar"),
    "art": QT_TRANSLATE_NOOP("BudgetImportDialog", "Art / konto"),
    "funksjon": QT_TRANSLATE_NOOP("BudgetImportDialog", "Funksjon / tjeneste"),
    "prosjekt": QT_TRANSLATE_NOOP("BudgetImportDialog", "Prosjekt"),
    "period": QT_TRANSLATE_NOOP("BudgetImportDialog", "Periode (måned)"),
    "amount": QT_TRANSLATE_NOOP("BudgetImportDialog", "Beløp"),
    "text": QT_TRANSLATE_NOOP("BudgetImportDialog", "Tekst"),
    "ansvar_name": QT_TRANSLATE_NOOP("BudgetImportDialog", "Navn på ansvar"),
    "art_name": QT_TRANSLATE_NOOP("BudgetImportDialog", "Navn på art"),
    "funksjon_name": QT_TRANSLATE_NOOP("BudgetImportDialog", "Navn på funksjon"),
    "prosjekt_name": QT_TRANSLATE_NOOP("BudgetImportDialog", "Navn på prosjekt"),
    "ignore": QT_TRANSLATE_NOOP("BudgetImportDialog", "(ikke bruk)"),
}
PREVIEW_ROWS = 15
PROBLEMS_HEIGHT = 130  # the list of problems and skipped rows scrolls beyond this
FRAME_ALLOWANCE = 48  # pixels of title bar and frame the window system adds around the dialog
KINDS = ("budsjett", "regnskap", "prognose")
# The columns of the table of sets (one per amount column) in the several-sets step.
SET_USE, SET_COLUMN, SET_NAME, SET_KIND, SET_YEAR = range(5)

W = TypeVar("W", bound=QWidget)


def _cell(table: QTableWidget, row: int, column: int, kind: type[W]) -> W:
    """The widget of ``kind`` the wizard put in a cell with ``setCellWidget``."""
    widget = table.cellWidget(row, column)
    if not isinstance(widget, kind):
        raise TypeError(f"cell {row}, {column} has no {kind.__name__}")
    return widget


class BudgetImportDialog(QDialog):
    def __init__(self, store: Store, path: Path, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.path, self.today = store, path, today
        self.plan: BudgetPlan | None = None
        self.imported = False
        self.results: list[ImportResult] = []  # what the import wrote, for the confirmation
        self.late_cancel = False  # Cancel was clicked after the lines were committed: they stay imported
        self._profile: dict[str, str] | None = None  # the saved profile's columns, once found
        self._shown_mapping: dict[str, str] = {}  # column key -> field as the column list was filled
        self._offset = 0  # the sheet column of the first header (0: A)
        self._year_guess: YearGuess | None = None  # the year proposed and where it came from
        self._year_by_hand = False  # the user has typed a year: no later guess overrides it
        self.setWindowTitle(self.tr("Importer budsjett eller regnskap fra {file}").format(file=path.name))
        self._fit_to_screen(parent)
        layout = QVBoxLayout(self)
        self._build_choices(layout)
        self._build_columns(layout)
        self._build_findings(layout)
        self._build_target(layout, path, today)
        self._build_buttons(layout)
        self._connect()
        self.check(keep_mapping=False)

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """980×720 where there is room; on a 1366×768 laptop with a taskbar (728 pixels free) the
        title bar and frame must fit too, or the buttons end up under the taskbar."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = 980, 720
        if free is not None:
            width, height = min(width, free.width() - FRAME_ALLOWANCE), min(height, free.height() - FRAME_ALLOWANCE)
        self.resize(width, height)

    def _build_choices(self, layout: QVBoxLayout) -> None:
        """The sheet, the amount column and the choices a file may need (every amount column, no ansvar)."""
        form = self._choices_form = QFormLayout()
        self.sheet = QComboBox()
        self.amount = QComboBox()
        form.addRow(self.tr("&Ark"), self.sheet)
        self.sheet.setEnabled(False)  # until the file's sheets are known; hidden for a CSV file, which has none
        form.addRow(self.tr("&Beløpskolonne"), self.amount)
        self.all_amounts = QCheckBox(self.tr("Importer &hver beløpskolonne som et eget sett"))
        self.all_amounts.setVisible(False)
        form.addRow("", self.all_amounts)
        self.no_ansvar = QCheckBox(self.tr("Importer &uten ansvar: linjene knyttes ikke til noen enhet og vises "
                                           "under «Ikke knyttet til enhet»"))
        self.no_ansvar.setVisible(False)
        form.addRow("", self.no_ansvar)
        layout.addLayout(form)

    def _build_columns(self, layout: QVBoxLayout) -> None:
        """The columns as the program reads them, and a preview of the lines."""
        layout.addWidget(QLabel(self.tr("Kolonnene slik programmet forstår dem – rett der det trengs:")))
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Overskrift i filen"), self.tr("Betyr")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.setMaximumHeight(190)
        self.mapping.setAccessibleName(self.tr("Kolonner"))
        # Tab goes to each column's choice and on out of the table, not from cell to cell for ever.
        self.mapping.setTabKeyNavigation(False)
        layout.addWidget(self.mapping)
        layout.addWidget(QLabel(self.tr("Forhåndsvisning av linjene som importeres:")))
        self.preview = QTableWidget(0, 6)
        self.preview.setHorizontalHeaderLabels([self.tr("Rad"), self.tr("Ansvar"), self.tr("Art"),
                                                self.tr("Funksjon"), self.tr("Periode"), self.tr("Beløp (kr)")])
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setAccessibleName(self.tr("Forhåndsvisning"))
        self.preview.setTabKeyNavigation(False)  # one Tab past the preview (arrow keys move inside it)
        layout.addWidget(self.preview, 1)

    def _build_findings(self, layout: QVBoxLayout) -> None:
        """What the check found: the summary, warnings, problems and rows to skip, the profile used."""
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.warnings = QLabel()  # a header naming another kind or year than the chosen one
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(False)
        layout.addWidget(self.warnings)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(PROBLEMS_HEIGHT)
        self.problems.setWordWrap(True)  # a message names file, sheet, row and column: read whole, not scrolled
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setAccessibleName(self.tr("Problemer og rader som hoppes over"))
        self.problems.setVisible(False)  # shown only when there is something to list
        layout.addWidget(self.problems)
        self.accept_skips = QCheckBox(self.tr("Hopp over radene som er listet (tomme, tittel- og sumrader)"))
        layout.addWidget(self.accept_skips)
        self.profile_note = QLabel()
        layout.addWidget(self.profile_note)

    def _build_target(self, layout: QVBoxLayout, path: Path, today: date) -> None:
        """Where the lines go: one set (name, kind, year) or one set per amount column."""
        self.single = QWidget()  # one set: its name, kind and year
        target = QFormLayout(self.single)
        target.setContentsMargins(0, 0, 0, 0)
        self.set_name = QLineEdit(path.stem)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(labels.budget_kind(kind), kind)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)  # the years the importer accepts
        self.year_source = QLabel()  # where the proposed year came from: header, file name or today
        self.year_source.setObjectName("yearSource")
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addWidget(self.year_source, 1)
        year_label = QLabel(self.tr("Å&r"))
        year_label.setBuddy(self.year)
        target.addRow(self.tr("&Navn på settet"), self.set_name)
        target.addRow(self.tr("&Type"), self.kind)
        target.addRow(year_label, year_row)
        self._propose_year([])  # from the file name until the amount column is known
        layout.addWidget(self.single)
        self.sets_label = QLabel(self.tr("Ett sett per beløpskolonne – rett type, år og navn der det trengs:"))
        self.sets = QTableWidget(0, 5)  # several sets: one row per amount column
        self.sets.setHorizontalHeaderLabels([self.tr("Importer"), self.tr("Kolonne"), self.tr("Navn på settet"),
                                             self.tr("Type"), self.tr("År")])
        self.sets.verticalHeader().hide()
        header = self.sets.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The set's name is the long one («forde_investering_2013 rekneskap_2011»): it takes the
        # spare width, so it is not clipped at 1366×768 beside a wide, nearly empty «Importer».
        header.setSectionResizeMode(SET_NAME, QHeaderView.ResizeMode.Stretch)
        self.sets.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sets.setMaximumHeight(170)
        self.sets.setAccessibleName(self.tr("Sett som importeres"))
        self.sets.setTabKeyNavigation(False)  # Tab goes through each set's name, type and year
        for widget in (self.sets_label, self.sets):
            widget.setVisible(False)
            layout.addWidget(widget)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """The profile to save and the dialog's buttons."""
        profile_row = QFormLayout()
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(self.tr("for eksempel «Visma månedsrapport»"))
        profile_row.addRow(self.tr("Lagre kolonnevalget som &profil"), self.profile_name)
        layout.addLayout(profile_row)
        buttons = QDialogButtonBox()
        self.check_button = QPushButton(self.tr("&Kontroller"))
        self.import_button = QPushButton(self.tr("&Importer"))
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _connect(self) -> None:
        """Every choice checks the file again; the buttons check and import."""
        self.check_button.clicked.connect(lambda: self.check())
        self.import_button.clicked.connect(self.do_import)
        self.sheet.activated.connect(lambda _i: self.check(keep_mapping=False))
        self.amount.activated.connect(lambda _i: self.check())
        self.all_amounts.toggled.connect(lambda _on: self.check())
        self.no_ansvar.toggled.connect(lambda _on: self.check())
        self.kind.currentIndexChanged.connect(lambda _i: self._show_warnings())
        self.year.valueChanged.connect(self._year_changed)

    # --- planning --------------------------------------------------------------------------
    def user_mapping(self) -> dict[str, str] | None:
        """The user's column choices: the profile's, with every combo the user has changed from
        what the wizard showed. Columns left as shown stay the importer's to guess (it knows, for
        one, a column of text under a code-like header), so a shown guess is never forced back."""
        if self.mapping.rowCount() == 0:
            return None
        chosen = dict(self._profile or {})
        headers = [filled_item(self.mapping, r, 0).text() for r in range(self.mapping.rowCount())]
        for r in range(len(headers)):
            key = self._column_key(headers, r)
            field = cell_combo(self.mapping, r, 1).currentData()
            if key and field != self._shown_mapping.get(key):
                chosen[key] = field
        return chosen

    def _follow_plan(self, headers: list[str], mapping: dict[int, str]) -> None:
        """Show what the importer now reads each column as, where the user has not chosen: a
        first guess made before the file could be read (Bergen's «hovedgruppering-art» as «Art /
        konto») is dropped by the importer once it sees the column holds text, and the table must
        not go on saying otherwise. Columns the user has chosen keep the user's choice."""
        if self.mapping.rowCount() != len(headers):
            return
        for r in range(len(headers)):
            key = self._column_key(headers, r)
            combo = cell_combo(self.mapping, r, 1)
            if not key or combo.currentData() != self._shown_mapping.get(key):
                continue  # the user's own choice
            field = mapping.get(r, "ignore")
            combo.setCurrentIndex(max(0, combo.findData(field)))
            self._shown_mapping[key] = field

    def _column_key(self, headers: list[str], r: int) -> str:
        """How the importer is told which column: its header, or its letter («C») when two
        columns have the same header (the header alone would name the first of them)."""
        header = headers[r]
        if header and headers.count(header) > 1:
            return column_letter(r + self._offset)
        return header

    def _profile_for(self, headers: list[str]) -> dict[str, str] | None:
        """A saved profile whose columns all appear in the file is used, as the user asked last time."""
        from app.budget.profiles import find_profile

        profile = self.store.read(find_profile, headers)
        if profile is None:
            return None
        self.profile_note.setText(self.tr("Kolonnene er valgt etter profilen «{name}».").format(name=profile.name))
        return dict(profile.mapping)

    def _show_mapping(self, headers: list[str], mapping: dict[int, str]) -> None:
        self._shown_mapping = {self._column_key(headers, r): mapping.get(r, "ignore")
                               for r, header in enumerate(headers) if header}
        self.mapping.setRowCount(len(headers))
        for r, header in enumerate(headers):
            self.mapping.setItem(r, 0, QTableWidgetItem(header))
            combo = QComboBox()
            for field in BUDGET_FIELDS:
                combo.addItem(self.tr(str(FIELD_LABELS[field])), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(r, "ignore"))))
            combo.setAccessibleName(self.tr("Hva kolonnen «{h}» betyr").format(h=header))
            # A choice counts at once: «Importer» right after it must not write the lines as first read.
            combo.activated.connect(lambda _i: self.check())
            self.mapping.setCellWidget(r, 1, combo)
        # Tab order: the table, its choices top to bottom, then the preview (not after the buttons).
        chain = [self.mapping, *(cell_combo(self.mapping, r, 1) for r in range(len(headers))), self.preview]
        for first, then in pairwise(chain):
            QWidget.setTabOrder(first, then)

    def check(self, *, keep_mapping: bool = True) -> bool:
        """Read and check every row with the columns as chosen; nothing is written."""
        sheet = self.sheet.currentText() or None
        several = self.all_amounts.isChecked()
        amount = None if several else self.amount.currentData()
        mapping = self.user_mapping() if keep_mapping else self._profile
        no_ansvar = self.no_ansvar.isChecked()

        def work(_progress):  # type: ignore[no-untyped-def]
            return plan_budget_import(self.path, sheet=sheet, mapping=mapping, amount_column=amount,
                                      all_amounts=several, no_ansvar=no_ansvar)

        self.problems.clear()
        self.problems.setVisible(False)
        self.import_button.setEnabled(False)
        self.warnings.setVisible(False)
        try:
            # Only a read: Cancel lets go of it at once.
            plan = BackgroundOp(self, work).with_progress(
                self.tr("Leser {file} …").format(file=self.path.name), abandonable=True).run_and_wait()
        except Cancelled:
            return False
        except BudgetImportError as err:
            self.plan = None
            self.summary.setText(str(err))
            self.accept_skips.setVisible(False)  # nothing is listed to skip while the file cannot be read
            if self.sheet.count() == 0 and self.path.suffix.lower() in (".csv", ".txt"):
                self._choices_form.setRowVisible(self.sheet, False)  # a text file has no sheets
            if len(err.columns) > 1 or (err.hint is not None and err.hint.kind == "map_column"
                                        and err.hint.field == "amount" and err.columns):
                self.amount.clear()
                for column in err.columns:
                    self.amount.addItem(column.header, column.header)
                self.amount.setCurrentIndex(-1)
                self.all_amounts.setVisible(len(err.columns) > 1)
            if err.headers and self._profile is None and not keep_mapping:
                self._profile = self._profile_for(err.headers)
                if self._profile is not None:
                    return self.check(keep_mapping=False)
            if err.headers and self.mapping.rowCount() == 0:
                from app.budget.importer import guess_mapping

                self._offset = err.offset
                self._show_mapping(err.headers, guess_mapping(err.headers))
            if self.sheet.count() == 0 and err.hint is not None and err.hint.kind == "choose_sheet":
                self._fill_sheets()
            self.point_at(err.hint)
            return False
        except AppError as err:
            self.plan = None
            self.summary.setText(str(err))
            self.accept_skips.setVisible(False)
            show_user_error(self, err)
            self.point_at(err.hint)
            return False
        self.plan = plan
        self._offset = plan.column_offset
        if not keep_mapping and self._profile is None:
            self._profile = self._profile_for(plan.headers)
            if self._profile is not None:
                return self.check(keep_mapping=False)
        if self.sheet.count() == 0 and plan.sheet_names:
            self.sheet.addItems(plan.sheet_names)
            self.sheet.setCurrentText(plan.sheet or "")
            self.sheet.setEnabled(True)
        self._choices_form.setRowVisible(self.sheet, bool(plan.sheet_names))  # a CSV file has no sheets
        if self.amount.count() == 0 or self.amount.currentIndex() < 0:
            self.amount.clear()
            for column in plan.amount_columns:
                self.amount.addItem(column.header, column.header)
            self.amount.setCurrentText(plan.amount_column.header)
            if plan.amount_column.kind:
                self.kind.setCurrentIndex(max(0, self.kind.findData(plan.amount_column.kind)))
        self._propose_year([plan.amount_column])  # follows the chosen column until the user types a year
        self.all_amounts.setVisible(len(plan.amount_columns) > 1 or several)
        self.no_ansvar.setVisible(plan.no_ansvar or no_ansvar)
        if not keep_mapping or self.mapping.rowCount() == 0:
            self._show_mapping(plan.headers, plan.mapping)
        else:
            self._follow_plan(plan.headers, plan.mapping)
        self._show_sets(plan if several else None)
        lines = plan.lines
        shown = min(PREVIEW_ROWS, len(lines.amount_ore))
        self.preview.setRowCount(shown)
        for i in range(shown):
            # Period 0 is a yearly figure: «hele året», not a month called «0».
            period = str(lines.period[i]) if lines.period[i] else self.tr("hele året")
            cells = [str(lines.row[i]), lines.ansvar[i], lines.art[i], lines.funksjon[i], period,
                     format_kroner(lines.amount_ore[i], decimals=True)]
            for c, text in enumerate(cells):
                self.preview.setItem(i, c, QTableWidgetItem(text))
        for p in plan.problems:
            self.problems.addItem(str(p))
        for s in plan.skips:
            self.problems.addItem(self.tr("Rad {row} hoppes over: {reason}").format(row=s.row, reason=s.reason))
        for note in plan.notes:
            self.problems.addItem(note)
        # The list is what «Fant 1 feil» and «(se listen)» refer to: shown whenever it has lines,
        # no taller than they need, so two notes leave the preview its rows at 1366×768.
        self.problems.setVisible(self.problems.count() > 0)
        self._fit_problems()
        total = sum(lines.amount_ore)
        if plan.problems:
            self.summary.setText(self.tr("Fant {n} feil. Ingenting importeres før de er rettet i filen eller i "
                                         "kolonnevalget.").format(n=plan.problem_count))
        else:
            count = format_number(len(lines.amount_ore), 0)
            ready = (self.tr("{n} linjer er klare, sum {total} kr.").format(
                n=count, total=format_kroner(total, decimals=True)) if not several else
                self.tr("{n} linjer er klare i {k} beløpskolonner.").format(n=count, k=len(plan.read_columns)))
            waiting = plan.unaccepted_skips
            if waiting:
                lost = format_kroner(plan.skipped_total_ore, decimals=True)
                ready += " " + (self.tr("1 rad med beløp hoppes over, {total} kr; kryss av for å godta det.")
                                .format(total=lost) if len(waiting) == 1 else
                                self.tr("{k} rader med beløp hoppes over, til sammen {total} kr; kryss av for å "
                                        "godta det.").format(k=len(waiting), total=lost))
            elif plan.skips:
                ready += " " + (self.tr("1 rad hoppes over uten at noe beløp går tapt.") if len(plan.skips) == 1
                                else self.tr("{k} rader hoppes over uten at noe beløp går tapt.")
                                .format(k=len(plan.skips)))
            if plan.no_ansvar:
                ready += " " + self.tr("Filen har ingen ansvarskolonne: linjene knyttes ikke til noen enhet.")
            self.summary.setText(ready)
        self.accept_skips.setVisible(bool(plan.unaccepted_skips))
        self._show_warnings()
        self.import_button.setEnabled(not plan.problems)
        return not plan.problems

    def _fit_problems(self) -> None:
        """The list of problems as tall as its lines (at most PROBLEMS_HEIGHT, then it scrolls)."""
        lines = sum(max(self.problems.sizeHintForRow(i), 0) for i in range(self.problems.count()))
        self.problems.setFixedHeight(min(PROBLEMS_HEIGHT, lines + 2 * self.problems.frameWidth() + 4))

    def _fill_sheets(self) -> None:
        """The sheet names, when the first read failed before a plan could list them."""
        from app.io import read_table

        try:
            table = read_table(self.path)  # reached only when the first sheet is empty or hidden: cheap
        except AppError:
            return
        if table.sheet_names:
            self.sheet.addItems(table.sheet_names)
            self.sheet.setCurrentText(table.sheet_name or "")
            self.sheet.setEnabled(True)

    # --- several sets ----------------------------------------------------------------------
    def _show_sets(self, plan: BudgetPlan | None) -> None:
        """One row per amount column read: import it or not, its set's name, kind and year."""
        several = plan is not None
        self.single.setVisible(not several)
        self.sets_label.setVisible(several)
        self.sets.setVisible(several)
        self.amount.setEnabled(not several)
        if plan is None:
            return
        previous = {self._set_column(r).header: self._set_row(r) for r in range(self.sets.rowCount())}
        choices = plan.set_choices(self.set_name.text().strip() or self.path.stem)
        self.sets.setRowCount(len(choices))
        for r, choice in enumerate(choices):
            old = previous.get(choice.column.header)
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            use.setCheckState(Qt.CheckState.Checked if old is None or old[0] else Qt.CheckState.Unchecked)
            use.setData(Qt.ItemDataRole.UserRole, choice.column)
            self.sets.setItem(r, SET_USE, use)
            column = QTableWidgetItem(choice.column.header)
            column.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.sets.setItem(r, SET_COLUMN, column)
            name = QLineEdit(old[1] if old else choice.name)
            name.setAccessibleName(self.tr("Navn på settet fra «{h}»").format(h=choice.column.header))
            self.sets.setCellWidget(r, SET_NAME, name)
            kind = QComboBox()
            for value in KINDS:
                kind.addItem(labels.budget_kind(value), value)
            kind.setCurrentIndex(max(0, kind.findData(old[2] if old else choice.kind)))
            kind.setAccessibleName(self.tr("Type for «{h}»").format(h=choice.column.header))
            kind.currentIndexChanged.connect(lambda _i: self._show_warnings())
            self.sets.setCellWidget(r, SET_KIND, kind)
            year = QSpinBox()
            year.setRange(1990, 2100)
            year.setValue(old[3] if old else (choice.year or self.year.value()))
            year.setAccessibleName(self.tr("År for «{h}»").format(h=choice.column.header))
            year.valueChanged.connect(lambda _v: self._show_warnings())
            self.sets.setCellWidget(r, SET_YEAR, year)

    def _set_column(self, row: int) -> AmountColumn:
        column: AmountColumn = filled_item(self.sets, row, SET_USE).data(Qt.ItemDataRole.UserRole)
        return column

    def _set_row(self, row: int) -> tuple[bool, str, str, int]:
        """(import it, name, kind, year) as the user has them in row ``row`` of the table of sets."""
        return (filled_item(self.sets, row, SET_USE).checkState() == Qt.CheckState.Checked,
                _cell(self.sets, row, SET_NAME, QLineEdit).text(), cell_combo(self.sets, row, SET_KIND).currentData(),
                _cell(self.sets, row, SET_YEAR, QSpinBox).value())

    def choices(self) -> list[SetChoice]:
        """The sets to make: one for the chosen amount column, or one per ticked row of the table."""
        if self.plan is None:
            return []
        if not self.all_amounts.isChecked():
            return [SetChoice(self.plan.amount_column, self.set_name.text().strip(), self.kind.currentData(),
                              self.year.value())]
        found = []
        for r in range(self.sets.rowCount()):
            use, name, kind, year = self._set_row(r)
            if use:
                found.append(SetChoice(self._set_column(r), name.strip(), kind, year))
        return found

    # --- the year ---------------------------------------------------------------------------
    def _propose_year(self, columns: list[AmountColumn]) -> None:
        """Propose the year the file says (the amount column's header, else the file name, else
        this year) and say where it came from; a year the user has typed stays."""
        guess = guess_year(self.path, columns, today=self.today)
        if guess == self._year_guess:
            return
        self._year_guess = guess
        if not self._year_by_hand:
            self.year.blockSignals(True)  # the program's proposal, not the user's choice
            self.year.setValue(guess.year)
            self.year.blockSignals(False)
        self._show_year_source()

    def _year_changed(self, _year: int) -> None:
        self._year_by_hand = True
        self._show_year_source()
        self._show_warnings()

    def _show_year_source(self) -> None:
        """«(fra filnavnet)» beside the year while it is the proposed one; nothing once the user changed it."""
        guess = self._year_guess
        if guess is None or self.year.value() != guess.year:
            self.year_source.clear()
            self.year.setAccessibleDescription("")
            return
        if guess.source == "header":
            text = self.tr("(fra kolonneoverskriften «{header}»)").format(header=guess.header)
        elif guess.source == "file_name":
            text = self.tr("(fra filnavnet)")
        else:
            text = self.tr("(i år – verken beløpskolonnen eller filnavnet nevner et år; kontroller året)")
        self.year_source.setText(text)
        self.year.setAccessibleDescription(text)

    def _show_warnings(self) -> None:
        """A header naming another kind or year than the one chosen is said before importing."""
        if self.plan is None:
            self.warnings.setVisible(False)
            return
        found: list[str] = []
        for choice in self.choices():
            found += self.plan.kind_year_warnings(choice.column, choice.kind, choice.year)
        self.warnings.setText("\n".join(found))
        self.warnings.setVisible(bool(found))

    # --- hints -----------------------------------------------------------------------------
    def point_at(self, hint: Hint | None) -> None:
        """Put the focus on the wizard's own control for what the message asks the user to do."""
        if hint is None:
            return
        if hint.kind == "map_column":
            if hint.field == "amount" and self.amount.count() and not self.all_amounts.isChecked():
                self.amount.setFocus()
                return
            row = self._mapping_row(hint)
            if row is not None:
                self.mapping.setCurrentCell(row, 1)
                self.mapping.scrollToItem(filled_item(self.mapping, row, 0))
                cell_combo(self.mapping, row, 1).setFocus()
        elif hint.kind == "choose_sheet":
            self.sheet.setFocus()
        elif hint.kind == "accept_skips":
            self.accept_skips.setVisible(True)
            self.accept_skips.setFocus()
        elif hint.kind == "confirm_no_ansvar":
            self.no_ansvar.setVisible(True)
            self.no_ansvar.setFocus()
        elif hint.kind == "choose_kind_year":
            self._focus_kind_year(hint.header)
        elif hint.kind == "replace_set":
            self.set_name.setFocus()
            self.set_name.selectAll()

    def _mapping_row(self, hint: Hint) -> int | None:
        """The column the hint is about: by its header, else the column now chosen for the field,
        else the first column not in use (where a missing field is likely to be)."""
        count = self.mapping.rowCount()
        if not count:
            return None
        headers = [filled_item(self.mapping, r, 0).text() for r in range(count)]
        if hint.header and (index := find_column(headers, hint.header)) is not None and index < count:
            return index
        fields = [cell_combo(self.mapping, r, 1).currentData() for r in range(count)]
        if hint.field and hint.field in fields:
            return fields.index(hint.field)
        return fields.index("ignore") if "ignore" in fields else 0

    def _focus_kind_year(self, header: str) -> None:
        """The set's year (or its name, when that is what is missing), in the row of ``header``."""
        if self.all_amounts.isChecked() and self.sets.rowCount():
            rows = range(self.sets.rowCount())
            unnamed = [r for r in rows if self._set_row(r)[0] and not self._set_row(r)[1].strip()]
            row = next((r for r in rows if header and self._set_column(r).header == header),
                       unnamed[0] if unnamed else 0)
            column = SET_NAME if not _cell(self.sets, row, SET_NAME, QLineEdit).text().strip() else SET_YEAR
            self.sets.setCurrentCell(row, column)
            _cell(self.sets, row, column, QWidget).setFocus()
            return
        (self.set_name if not self.set_name.text().strip() else self.year).setFocus()

    # --- importing -------------------------------------------------------------------------
    def do_import(self, *, replace: bool = False) -> None:
        if self.plan is None or self.plan.problems:
            return
        if self.plan.unaccepted_skips and not self.accept_skips.isChecked():
            show_user_error(self, AppError(self.tr("Filen har rader med beløp som ikke kan importeres (se listen). "
                                                   "Kryss av for å hoppe over dem, eller rett filen.")))
            self.point_at(Hint("accept_skips"))
            return
        choices = self.choices()
        if not choices:
            show_user_error(self, AppError(self.tr("Kryss av for minst én beløpskolonne å importere.")))
            self.sets.setFocus()
            return
        accept, plan = self.accept_skips.isChecked(), self.plan

        results: list[ImportResult] = []  # filled only once the transaction is committed

        def work(progress):  # type: ignore[no-untyped-def]
            def import_unless_cancelled(session):  # type: ignore[no-untyped-def]
                written = import_budget_sets(session, plan, choices, accept_skips=accept, replace=replace)
                progress.check()  # Cancel pressed meanwhile: the transaction rolls back
                return written

            results[:] = self.store.run(import_unless_cancelled)

        self.late_cancel = False
        try:
            BackgroundOp(self, work).with_progress(
                self.tr("Importerer {n} linjer …").format(n=format_number(len(plan.lines.amount_ore), 0))
            ).run_and_wait()
            done = True
        except Cancelled:
            # Cancel clicked while the lines were being committed came too late to stop them: they
            # are saved, and the user is told so instead of being left in a wizard that looks untouched.
            done = self.late_cancel = bool(results)
        except AppError as err:
            if err.hint is not None and err.hint.kind == "replace_set":
                name = err.hint.value or getattr(err, "set_name", "")
                # «Ja» replaces what every chosen column matches, not only the set the message names.
                ask = (self.tr("Vil du erstatte settet «{name}»?").format(name=name) if len(choices) == 1 else
                       self.tr("Vil du erstatte settet «{name}», og alle andre sett de {k} beløpskolonnene er "
                               "importert til før?").format(name=name, k=len(choices)))
                if QMessageBox.question(self, self.tr("Importert før"), str(err) + "\n\n" + ask) \
                        == QMessageBox.StandardButton.Yes:
                    self.do_import(replace=True)
                return
            show_user_error(self, err)
            self.point_at(err.hint)
            return
        if done:
            self.imported = True
            self.results = results
            if self.profile_name.text().strip():
                from app.budget.profiles import save_profile

                try:
                    self.store.run(save_profile, self.profile_name.text().strip(), self.plan.mapping_by_header())
                except AppError as err:
                    show_user_error(self, err)
            self.accept()


    def confirmation(self) -> str:
        """What the import wrote: lines, set(s) and total, said after the dialog closes."""
        parts = [self.tr("{lines} linjer til «{name}», sum {total} kr").format(
            lines=format_number(r.lines, 0), name=r.set_name, total=format_kroner(r.total_ore, decimals=True))
            + (self.tr(" (erstattet {sets})").format(sets=", ".join(f"«{n}»" for n in r.replaced_sets))
               if r.replaced_sets else "")
            for r in self.results]
        text = self.tr("Importert fra {file}:").format(file=self.path.name) + "\n" + "\n".join(parts)
        if self.late_cancel:
            text += "\n\n" + self.tr("Avbryt kom etter at linjene var lagret, så importen ble fullført. "
                                       "Slett settet på Budsjett-siden hvis du ikke vil ha det.")
        return text


LAST_FOLDER_KEY = "budget_import/last_folder"


def import_file_filter() -> str:
    """The file types the budget importer reads (python-calamine: xlsx, xlsm, xls, ods; csv and txt)."""
    return QCoreApplication.translate("BudgetImportDialog",
                                      "Regneark og tekstfiler (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;"
                                      "Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;Tekst (*.csv *.txt);;"
                                      "Alle filer (*)")


def start_folder() -> Path:
    """Where the file dialog opens: the last folder used, else «Eksempelfiler» in the data folder
    (where the first start put the example files), else the data folder itself."""
    last = settings().value(LAST_FOLDER_KEY, "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    examples = data_dir() / EXAMPLES_DIR_NAME
    return examples if examples.is_dir() else data_dir()


def run_import_wizard(parent: QWidget, store: Store, today: date) -> bool:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("BudgetImportDialog", "Importer budsjett eller regnskap"),
        str(start_folder()), import_file_filter())
    if not path:
        return False
    settings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    dialog = BudgetImportDialog(store, Path(path), today, parent)
    dialog.exec()
    if dialog.imported:
        QMessageBox.information(parent, QCoreApplication.translate("BudgetImportDialog", "Import fullført"),
                                dialog.confirmation())
    return dialog.imported
