"""Import a budget or accounts spreadsheet: file → sheet and columns (guessed, correctable) →
every row checked → the set's name and kind → all or nothing. Reading and writing run off
the GUI thread with a progress dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
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
    BudgetImportError,
    BudgetPlan,
    DuplicateImportError,
    import_budget,
    plan_budget_import,
)
from app.errors import AppError
from app.formatting import format_kroner
from ui import labels
from ui.errors import show_user_error
from ui.progress import BackgroundOp, Cancelled
from ui.store import Store

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


class BudgetImportDialog(QDialog):
    def __init__(self, store: Store, path: Path, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.path = store, path
        self.plan: BudgetPlan | None = None
        self.imported = False
        self._profile: dict[str, str] | None = None  # the saved profile's columns, once found
        self.setWindowTitle(self.tr("Importer budsjett eller regnskap fra {file}").format(file=path.name))
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet = QComboBox()
        self.amount = QComboBox()
        form.addRow(self.tr("&Ark"), self.sheet)
        form.addRow(self.tr("&Beløpskolonne"), self.amount)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Kolonnene slik programmet forstår dem – rett der det trengs:")))
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Overskrift i filen"), self.tr("Betyr")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.setMaximumHeight(190)
        self.mapping.setAccessibleName(self.tr("Kolonner"))
        layout.addWidget(self.mapping)
        layout.addWidget(QLabel(self.tr("Forhåndsvisning av linjene som importeres:")))
        self.preview = QTableWidget(0, 6)
        self.preview.setHorizontalHeaderLabels([self.tr("Rad"), self.tr("Ansvar"), self.tr("Art"),
                                                self.tr("Funksjon"), self.tr("Periode"), self.tr("Beløp (kr)")])
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setAccessibleName(self.tr("Forhåndsvisning"))
        layout.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(130)
        self.problems.setAccessibleName(self.tr("Problemer og rader som hoppes over"))
        self.problems.setVisible(False)  # shown only when there is something to list
        layout.addWidget(self.problems)
        self.accept_skips = QCheckBox(self.tr("Hopp over radene som er listet (tomme, tittel- og sumrader)"))
        layout.addWidget(self.accept_skips)
        self.profile_note = QLabel()
        layout.addWidget(self.profile_note)
        target = QFormLayout()
        self.set_name = QLineEdit(path.stem)
        self.kind = QComboBox()
        for kind in ("budsjett", "regnskap", "prognose"):
            self.kind.addItem(labels.budget_kind(kind), kind)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        target.addRow(self.tr("&Navn på settet"), self.set_name)
        target.addRow(self.tr("&Type"), self.kind)
        target.addRow(self.tr("Å&r"), self.year)
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(self.tr("for eksempel «Visma månedsrapport»"))
        target.addRow(self.tr("Lagre kolonnevalget som &profil"), self.profile_name)
        layout.addLayout(target)
        buttons = QDialogButtonBox()
        self.check_button = QPushButton(self.tr("&Kontroller"))
        self.import_button = QPushButton(self.tr("&Importer"))
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(lambda: self.check())
        self.import_button.clicked.connect(self.do_import)
        self.sheet.activated.connect(lambda _i: self.check(keep_mapping=False))
        self.amount.activated.connect(lambda _i: self.check())
        self.check(keep_mapping=False)

    # --- planning --------------------------------------------------------------------------
    def user_mapping(self) -> dict[str, str] | None:
        if self.mapping.rowCount() == 0:
            return None
        return {self.mapping.item(r, 0).text(): self.mapping.cellWidget(r, 1).currentData()
                for r in range(self.mapping.rowCount()) if self.mapping.item(r, 0).text()}

    def _profile_for(self, headers: list[str]) -> dict[str, str] | None:
        """A saved profile whose columns all appear in the file is used, as the user asked last time."""
        from app.budget.profiles import find_profile

        profile = self.store.read(find_profile, headers)
        if profile is None:
            return None
        self.profile_note.setText(self.tr("Kolonnene er valgt etter profilen «{name}».").format(name=profile.name))
        return dict(profile.mapping)

    def _show_mapping(self, headers: list[str], mapping: dict[int, str]) -> None:
        self.mapping.setRowCount(len(headers))
        for r, header in enumerate(headers):
            self.mapping.setItem(r, 0, QTableWidgetItem(header))
            combo = QComboBox()
            for field in BUDGET_FIELDS:
                combo.addItem(self.tr(FIELD_LABELS[field]), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(r, "ignore"))))
            combo.setAccessibleName(self.tr("Hva kolonnen «{h}» betyr").format(h=header))
            self.mapping.setCellWidget(r, 1, combo)

    def check(self, *, keep_mapping: bool = True) -> bool:
        """Read and check every row with the columns as chosen; nothing is written."""
        sheet = self.sheet.currentText() or None
        amount = self.amount.currentData()
        mapping = self.user_mapping() if keep_mapping else self._profile

        def work(_progress):  # type: ignore[no-untyped-def]
            return plan_budget_import(self.path, sheet=sheet, mapping=mapping, amount_column=amount)

        self.problems.clear()
        self.import_button.setEnabled(False)
        try:
            # Only a read: Cancel lets go of it at once.
            plan = BackgroundOp(self, work).with_progress(
                self.tr("Leser {file} …").format(file=self.path.name), abandonable=True).run_and_wait()
        except Cancelled:
            return False
        except BudgetImportError as err:
            self.summary.setText(str(err))
            if err.columns:
                self.amount.clear()
                for column in err.columns:
                    self.amount.addItem(column.header, column.header)
                self.amount.setCurrentIndex(-1)
                self.summary.setText(str(err) + " " + self.tr("Velg beløpskolonnen over."))
            if err.headers and self._profile is None and not keep_mapping:
                self._profile = self._profile_for(err.headers)
                if self._profile is not None:
                    return self.check(keep_mapping=False)
            if err.headers and self.mapping.rowCount() == 0:
                from app.budget.importer import guess_mapping

                self._show_mapping(err.headers, guess_mapping(err.headers))
            return False
        except AppError as err:
            show_user_error(self, err)
            return False
        self.plan = plan
        if not keep_mapping and self._profile is None:
            self._profile = self._profile_for(plan.headers)
            if self._profile is not None:
                return self.check(keep_mapping=False)
        if self.sheet.count() == 0 and plan.sheet_names:
            self.sheet.addItems(plan.sheet_names)
            self.sheet.setCurrentText(plan.sheet or "")
        if self.amount.count() == 0 or self.amount.currentIndex() < 0:
            self.amount.clear()
            for column in plan.amount_columns:
                self.amount.addItem(column.header, column.header)
            self.amount.setCurrentText(plan.amount_column.header)
            if plan.amount_column.kind:
                self.kind.setCurrentIndex(max(0, self.kind.findData(plan.amount_column.kind)))
            if plan.amount_column.year:
                self.year.setValue(plan.amount_column.year)
        if not keep_mapping or self.mapping.rowCount() == 0:
            self._show_mapping(plan.headers, plan.mapping)
        lines = plan.lines
        shown = min(PREVIEW_ROWS, len(lines.amount_ore))
        self.preview.setRowCount(shown)
        for i in range(shown):
            cells = [str(lines.row[i]), lines.ansvar[i], lines.art[i], lines.funksjon[i], str(lines.period[i]),
                     format_kroner(lines.amount_ore[i], decimals=True)]
            for c, text in enumerate(cells):
                self.preview.setItem(i, c, QTableWidgetItem(text))
        for p in plan.problems:
            self.problems.addItem(str(p))
        for s in plan.skips:
            self.problems.addItem(self.tr("Rad {row} hoppes over: {reason}").format(row=s.row, reason=s.reason))
        total = sum(lines.amount_ore)
        if plan.problems:
            self.summary.setText(self.tr("Fant {n} feil. Ingenting importeres før de er rettet i filen eller i "
                                         "kolonnevalget.").format(n=plan.problem_count))
        else:
            self.summary.setText(self.tr("{n} linjer er klare, sum {total} kr.").format(
                n=len(lines.amount_ore), total=format_kroner(total, decimals=True))
                + ("" if not plan.skips else " " + self.tr("{k} rader hoppes over.").format(k=len(plan.skips))))
        self.accept_skips.setVisible(bool(plan.skips))
        self.problems.setVisible(self.problems.count() > 0)
        self.import_button.setEnabled(not plan.problems)
        return not plan.problems

    # --- importing -------------------------------------------------------------------------
    def do_import(self, *, replace: bool = False) -> None:
        if self.plan is None or self.plan.problems:
            return
        if self.plan.skips and not self.accept_skips.isChecked():
            show_user_error(self, AppError(self.tr("Filen har rader som ikke kan importeres (se listen). Kryss av "
                                                   "for å hoppe over dem, eller rett filen.")))
            return
        args = {"set_name": self.set_name.text().strip(), "kind": self.kind.currentData(), "year": self.year.value(),
                "accept_skips": self.accept_skips.isChecked(), "replace": replace}
        plan = self.plan

        def work(progress):  # type: ignore[no-untyped-def]
            def import_unless_cancelled(session):  # type: ignore[no-untyped-def]
                import_budget(session, plan, **args)
                progress.check()  # Cancel pressed meanwhile: the transaction rolls back

            self.store.run(import_unless_cancelled)

        try:
            BackgroundOp(self, work).with_progress(
                self.tr("Importerer {n} linjer …").format(n=len(plan.lines.amount_ore))).run_and_wait()
            done = True
        except Cancelled:
            done = False
        except DuplicateImportError as err:
            if QMessageBox.question(self, self.tr("Importert før"), str(err) + "\n\n" +
                                    self.tr("Vil du erstatte settet «{name}»?").format(name=err.set_name)) \
                    == QMessageBox.StandardButton.Yes:
                self.do_import(replace=True)
            return
        except AppError as err:
            show_user_error(self, err)
            return
        if done:
            self.imported = True
            if self.profile_name.text().strip():
                from app.budget.profiles import save_profile

                try:
                    self.store.run(save_profile, self.profile_name.text().strip(), self.plan.mapping_by_header())
                except AppError as err:
                    show_user_error(self, err)
            self.accept()


def run_import_wizard(parent: QWidget, store: Store, today: date) -> bool:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("BudgetImportDialog", "Importer budsjett eller regnskap"), "",
        QCoreApplication.translate("BudgetImportDialog", "Regneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)"))
    if not path:
        return False
    dialog = BudgetImportDialog(store, Path(path), today, parent)
    dialog.exec()
    return dialog.imported
