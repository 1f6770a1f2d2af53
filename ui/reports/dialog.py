"""Fil → Rapporter and «Rapporter …» on Oppfølging and Målekart: the chief executive's monthly summary
(PDF), the tertial report built around the målekart (PDF, Excel or Word; a public version for the
politicians) or a unit's målekart on one page (PDF), made by the same app functions as ``followup
report``, ``followup tertial`` / ``malekart report`` on the command line, with a print preview of the
PDFs' real pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from ui import labels
from ui.errors import show_user_error
from ui.store import Store

MONTH, TERTIAL, UNIT, YEAR_END = "month", "tertial", "unit", "year_end"
FORMATS = {MONTH: ("pdf",), TERTIAL: ("xlsx", "docx", "pdf"), UNIT: ("pdf",), YEAR_END: ("pdf", "xlsx")}


def tertial_of(month: int) -> int:
    return (month - 1) // 4 + 1


def make_report(store: Store, kind: str, year: int, period: int, fmt: str, out: Path, today: date, *,
                public: bool = False, unit: object = None) -> bytes | None:
    """Write the report to ``out``; the monthly summary's PDF bytes are returned for the preview."""
    from app.followup.summary import monthly_summary

    if kind == MONTH:
        from app.followup.render import render_monthly_summary_pdf

        summary = store.read(monthly_summary, year, period, today)
        return render_monthly_summary_pdf(summary, out)
    if kind == UNIT:
        from app.scorecard.unit_sheet import unit_sheet_pdf
        from app.storage.files import write_atomically

        pdf = store.read(unit_sheet_pdf, unit, year, f"T{period}")
        write_atomically(out, pdf, private=True)
        return pdf
    if kind == YEAR_END:  # the same document as ``budget yearend``
        from app.scorecard.yearend import write_year_end, year_end

        write_year_end(store.read(year_end, year), out, fmt)
        return Path(out).read_bytes() if fmt == "pdf" else None
    # The tertial report: the same document as ``followup tertial`` and ``malekart report``.
    from app.scorecard.report import build_report, write_report

    write_report(store.read(build_report, year, period, today, public=public), out, fmt)
    return None


def report_pdf(store: Store, kind: str, year: int, period: int, today: date, *, public: bool = False,
               unit: object = None) -> bytes:
    """A PDF report's bytes without writing a file (for the preview)."""
    if kind == MONTH:
        return summary_pdf(store, year, period, today)
    if kind == UNIT:
        from app.scorecard.unit_sheet import unit_sheet_pdf

        return store.read(unit_sheet_pdf, unit, year, f"T{period}")
    if kind == YEAR_END:
        import tempfile

        from app.scorecard.yearend import write_year_end, year_end

        with tempfile.TemporaryDirectory() as folder:
            out = write_year_end(store.read(year_end, year), Path(folder) / "årsoppgjør.pdf", "pdf")
            return Path(out).read_bytes()
    from app.scorecard.report import build_report, render_pdf

    return render_pdf(store.read(build_report, year, period, today, public=public))


def summary_pdf(store: Store, year: int, month: int, today: date) -> bytes:
    """The monthly summary's PDF without writing a file (for the preview)."""
    from app.followup.render import render_monthly_summary_pdf
    from app.followup.summary import monthly_summary

    return render_monthly_summary_pdf(store.read(monthly_summary, year, month, today))


class ReportDialog(QDialog):
    """Choose the report, its period and its format; «Lag rapporten» writes it, «Forhåndsvisning …»
    shows the pages as they will be printed."""

    def __init__(self, store: Store, today: date, parent: QWidget | None = None, *, year: int | None = None) -> None:
        super().__init__(parent)
        self.store, self.today = store, today
        self.written: Path | None = None
        self.setObjectName("reportDialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self._build_kind_choice(layout)
        self._build_form(layout, store, today, year)
        self.result_line = QLabel()
        self.result_line.setWordWrap(True)
        layout.addWidget(self.result_line)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate()
        self._kind_changed()

    def _build_kind_choice(self, layout: QVBoxLayout) -> None:
        """Which report: month, tertial, a unit's målekart or the year's end."""
        self.month_choice, self.tertial_choice, self.unit_choice = QRadioButton(), QRadioButton(), QRadioButton()
        self.year_end_choice = QRadioButton()
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.month_choice)
        self.kind_group.addButton(self.tertial_choice)
        self.kind_group.addButton(self.unit_choice)
        self.kind_group.addButton(self.year_end_choice)
        self.month_choice.setChecked(True)
        layout.addWidget(self.month_choice)
        layout.addWidget(self.tertial_choice)
        layout.addWidget(self.unit_choice)
        layout.addWidget(self.year_end_choice)

    def _build_form(self, layout: QVBoxLayout, store: Store, today: date, year: int | None) -> None:
        """The period, the unit, public or not, the format and the file."""
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year or today.year)
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(labels.month_name(m), m)
        # The month just ended is the one usually reported; in January, December of last year.
        last = today.month - 1 or 12
        self.month.setCurrentIndex(last - 1)
        if today.month == 1 and year is None:
            self.year.setValue(today.year - 1)
        self.tertial = QComboBox()
        for t in (1, 2, 3):
            self.tertial.addItem("", t)
        self.tertial.setCurrentIndex(tertial_of(last) - 1)
        self.unit = QComboBox()
        from app.scorecard.views import unit_choices

        for choice in store.read(unit_choices):
            self.unit.addItem(choice.name, choice.lineage_id)
        self.public = QCheckBox()
        self.format = QComboBox()
        self.path = QLineEdit()
        self.browse = QPushButton()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.year_label, self.month_label, self.tertial_label = QLabel(), QLabel(), QLabel()
        self.format_label, self.path_label, self.unit_label = QLabel(), QLabel(), QLabel()
        for label, widget in ((self.year_label, self.year), (self.month_label, self.month),
                              (self.tertial_label, self.tertial), (self.unit_label, self.unit),
                              (self.format_label, self.format), (self.path_label, self.path)):
            label.setBuddy(widget)
        form.addRow(self.year_label, self.year)
        form.addRow(self.month_label, self.month)
        form.addRow(self.tertial_label, self.tertial)
        form.addRow(self.unit_label, self.unit)
        form.addRow("", self.public)
        form.addRow(self.format_label, self.format)
        form.addRow(self.path_label, path_row)
        layout.addLayout(form)

    def _connect_signals(self) -> None:
        """Every choice and button to what it does."""
        self.make_button.clicked.connect(lambda: self.make())
        self.preview_button.clicked.connect(lambda: self.preview())
        self.browse.clicked.connect(self.choose_file)
        self.kind_group.buttonToggled.connect(lambda *_a: self._kind_changed())
        self.public.toggled.connect(lambda *_a: self._suggest_path())
        for w in (self.year, self.month, self.tertial, self.unit, self.format):
            signal = w.valueChanged if isinstance(w, QSpinBox) else w.currentIndexChanged
            signal.connect(lambda *_a: self._suggest_path())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rapporter"))
        self.month_choice.setText(self.tr("&Månedsoppsummering (PDF) – alle enhetene én måned"))
        self.tertial_choice.setText(self.tr("&Tertialrapport med målekart (Excel, Word eller PDF) – fire måneder"))
        self.unit_choice.setText(self.tr("En&hetens målekart på én side (PDF) – til oppfølgingssamtalen"))
        self.unit_label.setText(self.tr("&Gjelder enhet"))
        self.year_end_choice.setText(self.tr("Årsoppgjør med forslag til overføring til ne&ste år (PDF eller Excel)"))
        self.public.setText(self.tr("&Offentlig versjon for politikerne (uten navn og personlige utviklingsmål)"))
        self.year_label.setText(self.tr("&År"))
        self.month_label.setText(self.tr("Må&ned"))
        self.tertial_label.setText(self.tr("T&ertial"))
        self.format_label.setText(self.tr("&Format"))
        self.path_label.setText(self.tr("&Lagres som"))
        self.browse.setText(self.tr("&Bla gjennom …"))
        self.browse.setAccessibleName(self.tr("Velg fil"))
        for i, text in enumerate((self.tr("1. tertial (januar–april)"), self.tr("2. tertial (mai–august)"),
                                  self.tr("3. tertial (september–desember)"))):
            self.tertial.setItemText(i, text)
        self.make_button.setText(self.tr("Lag &rapporten"))
        self.preview_button.setText(self.tr("Forhånds&visning …"))

    def kind(self) -> str:
        if self.year_end_choice.isChecked():
            return YEAR_END
        return MONTH if self.month_choice.isChecked() else UNIT if self.unit_choice.isChecked() else TERTIAL

    def choose_scorecard(self) -> None:
        """Start on the tertial report as PDF (from the Målekart page)."""
        self.tertial_choice.setChecked(True)
        self.format.setCurrentIndex(max(0, self.format.findData("pdf")))

    def period(self) -> int:
        return int(self.month.currentData() if self.kind() == MONTH else self.tertial.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.month.setEnabled(kind == MONTH)
        self.tertial.setEnabled(kind in (TERTIAL, UNIT))
        self.unit.setEnabled(kind == UNIT)
        self.public.setEnabled(kind == TERTIAL)
        self.format.blockSignals(True)
        self.format.clear()
        names = {"pdf": "PDF", "xlsx": self.tr("Excel-arbeidsbok (.xlsx)"), "docx": self.tr("Word-utkast (.docx)")}
        for fmt in FORMATS[kind]:
            self.format.addItem(names[fmt], fmt)
        self.format.blockSignals(False)
        self._suggest_path()

    def suggested_name(self) -> str:
        fmt = self.format.currentData() or "pdf"
        if self.kind() == YEAR_END:
            return self.tr("Årsoppgjør {year}.{fmt}").format(year=self.year.value(), fmt=fmt)
        if self.kind() == UNIT:
            return self.tr("Målekart {unit} {year} T{tertial}.{fmt}").format(
                unit=self.unit.currentText(), year=self.year.value(), tertial=self.period(), fmt=fmt)
        if self.kind() == TERTIAL and self.public.isChecked():
            return self.tr("Tertialrapport {year} T{tertial} offentlig.{fmt}").format(
                year=self.year.value(), tertial=self.period(), fmt=fmt)
        if self.kind() == MONTH:
            return self.tr("Månedsoppsummering {year}-{month:02d}.{fmt}").format(
                year=self.year.value(), month=self.period(), fmt=fmt)
        return self.tr("Tertialrapport {year} T{tertial}.{fmt}").format(
            year=self.year.value(), tertial=self.period(), fmt=fmt)

    def _suggest_path(self) -> None:
        pdf = self.format.currentData() == "pdf"
        self.preview_button.setEnabled(pdf)
        self.preview_button.setToolTip("" if pdf else self.tr(
            "Dette formatet er et regneark eller et Word-utkast: åpne filen i Excel eller Word for å skrive den ut."))
        current = Path(self.path.text()) if self.path.text().strip() else None
        folder = current.parent if current is not None else Path.home()
        self.path.setText(str(folder / self.suggested_name()))

    def choose_file(self) -> None:
        fmt = self.format.currentData()
        filters = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "docx": "Word (*.docx)"}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre rapporten"), self.path.text(), filters[fmt])
        if path:
            self.path.setText(path)

    def target(self) -> Path:
        fmt = self.format.currentData()
        path = Path(self.path.text().strip())
        return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")

    def make(self) -> Path | None:
        """Write the chosen report; says where, or why not."""
        if not self.path.text().strip():
            show_user_error(self, AppError(self.tr("Skriv hvor rapporten skal lagres, eller velg «Bla gjennom …».")))
            return None
        out = self.target()
        try:
            make_report(self.store, self.kind(), self.year.value(), self.period(), self.format.currentData(), out,
                        self.today, public=self.public.isChecked(), unit=self.unit.currentData())
        except (AppError, OSError) as err:
            show_user_error(self, err if isinstance(err, AppError) else AppError(self.tr(
                "Rapporten kunne ikke lagres i {path}: {error}. Velg en annen mappe.").format(path=out, error=err)))
            return None
        self.written = out
        self.result_line.setText(self.tr("Lagret {path}").format(path=out))
        return out

    def preview(self, *, show: bool = True):  # type: ignore[no-untyped-def]
        """A PDF report's pages in a print preview (nothing is written)."""
        from ui.reports.print_preview import preview_pdf

        if self.format.currentData() != "pdf":
            return None
        try:
            pdf = report_pdf(self.store, self.kind(), self.year.value(), self.period(), self.today,
                             public=self.public.isChecked(), unit=self.unit.currentData())
        except AppError as err:
            show_user_error(self, err)
            return None
        return preview_pdf(self, self.tr("Forhåndsvisning – {name}").format(name=self.suggested_name()), pdf,
                           show=show)


def show_report_dialog(store: Store, today: date, parent: QWidget | None = None, year: int | None = None) -> None:
    ReportDialog(store, today, parent, year=year).exec()
