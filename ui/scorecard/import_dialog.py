"""Measured values from a spreadsheet (sickness absence from the HR system, user surveys, KS's
10-FAKTOR): the file's first rows, what an import would store or every problem that stops it, then
all or nothing, off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.scorecard import views
from ui.errors import show_user_error
from ui.progress import BackgroundOp, Cancelled
from ui.store import Store
from ui.theme import colour_style


class ImportValuesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.imported = 0
        self.preview: views.ImportPreview | None = None
        self.setObjectName("importValuesDialog")
        self.setWindowTitle(self.tr("Importer måleverdier"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Én verdi per rad: enhet (navn eller kode), indikator, periode (T2 2026 eller "
                               "2026-08), verdi og eventuelt kommentar. Alt importeres, eller ingenting."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("&Bla gjennom …"))
        self.browse.setAccessibleName(self.tr("Velg regneark"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.indicator = QComboBox()
        self.indicator.addItem(self.tr("Fra kolonnen «Indikator» i filen"), None)
        for ind in store.read(views.indicator_rows):
            self.indicator.addItem(ind.name, ind.name)
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("fra kolonnen «Periode», eller for eksempel T2 2026"))
        for text, widget in ((self.tr("&Fil:"), self.path), (self.tr("&Indikator:"), self.indicator),
                             (self.tr("&Periode for hele filen:"), self.period)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, row if widget is self.path else widget)
        layout.addLayout(form)
        self.check_button = QPushButton(self.tr("&Kontroller filen"))
        layout.addWidget(self.check_button)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Filens første rader"))
        layout.addWidget(self.table, 2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problemer i filen"))
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("I&mporter"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.do_import)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._choose)
        self.check_button.clicked.connect(self.check)
        self.path.editingFinished.connect(self.check)
        self.indicator.activated.connect(lambda _i: self.check())
        self.period.editingFinished.connect(self.check)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Velg regnearket"), self.path.text(),
                                              self.tr("Regneark (*.xlsx *.xlsm *.csv *.txt)"))
        if path:
            self.path.setText(path)
            self.check()

    def _options(self) -> dict[str, str | None]:
        return {"indicator": self.indicator.currentData(), "period": self.period.text().strip() or None}

    def check(self) -> views.ImportPreview | None:
        """Show the file's first rows and what an import would do; nothing is stored."""
        if not self.path.text().strip():
            return None
        try:
            preview = self.store.read(views.preview_import, self.path.text().strip(), **self._options())
        except (AppError, OSError) as err:
            self.preview = None
            self.import_button.setEnabled(False)
            self.problems.clear()
            self.problems.addItem(str(err))
            self.summary.setStyleSheet(colour_style("error"))
            self.summary.setText(self.tr("Filen kan ikke leses."))
            return None
        self.preview = preview
        width = max((len(r) for r in preview.rows), default=0)
        self.table.setColumnCount(width)
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.problems.clear()
        self.problems.addItems(preview.problems)
        if preview.problems:
            self.summary.setStyleSheet(colour_style("error"))
            self.summary.setText(self.tr("Ingenting kan importeres før disse {n} problemene er rettet i filen:").format(
                n=len(preview.problems)))
        else:
            self.summary.setStyleSheet(colour_style("ok"))
            self.summary.setText(self.tr("{n} verdier for {indicators} er klare til import.").format(
                n=preview.values, indicators=", ".join(preview.indicators)))
        self.import_button.setEnabled(not preview.problems and preview.values > 0)
        return preview

    def do_import(self) -> int:
        path, options = self.path.text().strip(), self._options()
        try:
            self.imported = BackgroundOp(self, lambda _p: self.store.run(views.import_file, path, **options)) \
                .with_progress(self.tr("Importerer verdier …"), cancellable=False).run_and_wait()
        except Cancelled:
            return 0
        except AppError as err:
            show_user_error(self, err)
            self.check()
            return 0
        self.accept()
        return self.imported
