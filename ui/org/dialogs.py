"""Small dialogs of the Organisasjon page: appoint a leader, pick a date, name a scenario,
and the side-by-side comparison of two versions."""

from __future__ import annotations

import uuid
from collections.abc import Container
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_kroner, format_number
from app.org.checks import CheckThresholds
from app.org.people import PersonRow
from app.org.scenarios import VersionComparison
from ui.widgets import DateEdit


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def date_edit(value: date) -> QDateEdit:
    edit = DateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class AppointDialog(QDialog):
    """Choose an existing person or type a new one, and the first (and last) day."""

    NEW = "new"

    def __init__(self, people: list[PersonRow], unit_name: str, role: str, start: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        acting = role == "acting_leader"
        self.setWindowTitle(self.tr("Fungerende leder for {unit}") if acting else self.tr("Ny leder for {unit}"))
        self.setWindowTitle(self.windowTitle().format(unit=unit_name))
        form = QFormLayout(self)
        self.person = QComboBox()
        self.person.addItem(self.tr("Ny person …"), self.NEW)
        for p in sorted(people, key=lambda p: p.full_name):
            self.person.addItem(f"{p.full_name}{' – ' + p.positions if p.positions else ''}", str(p.id))
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.title = QLineEdit()
        self.start = date_edit(start)
        self.has_end = QCheckBox(self.tr("Har sluttdato"))
        self.has_end.setChecked(acting)
        self.end = date_edit(date(start.year + (1 if acting else 0), start.month, min(start.day, 28)))
        self.end.setEnabled(acting)
        self.has_end.toggled.connect(self.end.setEnabled)
        form.addRow(self.tr("&Person"), self.person)
        form.addRow(self.tr("&Fornavn"), self.given)
        form.addRow(self.tr("&Etternavn"), self.family)
        form.addRow(self.tr("S&tillingstittel"), self.title)
        form.addRow(self.tr("Fr&a og med"), self.start)
        form.addRow("", self.has_end)
        form.addRow(self.tr("&Til og med"), self.end)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.person.currentIndexChanged.connect(self._person_changed)
        self._person_changed()

    def _person_changed(self) -> None:
        new = self.person.currentData() == self.NEW
        for w in (self.given, self.family):
            w.setEnabled(new)

    def chosen_person(self) -> uuid.UUID | None:
        data = self.person.currentData()
        return None if data == self.NEW else uuid.UUID(data)

    def start_date(self) -> date:
        return from_qdate(self.start.date())

    def end_date(self) -> date | None:
        return from_qdate(self.end.date()) if self.has_end.isChecked() else None


class DateDialog(QDialog):
    def __init__(self, title: str, text: str, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.date = date_edit(value)
        label.setBuddy(self.date)
        layout.addWidget(self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> date:
        return from_qdate(self.date.date())


class ScenarioDialog(QDialog):
    """Name (and describe) a new scenario copied from a version."""

    def __init__(self, source_name: str, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt scenario"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Kopi av «{name}». Endringer i scenariet rører ikke originalen.")
                           .format(name=source_name)))
        self.name = QLineEdit(suggestion)
        self.description = QLineEdit()
        form.addRow(self.tr("&Navn"), self.name)
        form.addRow(self.tr("&Beskrivelse"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def _table(headers: list[str], rows: list[list[str]], numeric: Container[int] = frozenset()) -> QTableWidget:
    from PySide6.QtCore import Qt

    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    return table


class CompareDialog(QDialog):
    """Two versions side by side: what changed, and what it means per follow-up lead."""

    def __init__(self, comparison: VersionComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = comparison
        self.setWindowTitle(self.tr("Sammenligning fra «{a}» til «{b}»").format(a=c.a_name, b=c.b_name))
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr(
            "Fra «{a}» til «{b}». {a}: {ua} enheter, {fa} årsverk. {b}: {ub} enheter, {fb} årsverk. "
            "{added}, {removed} fjernet, {moved} flyttet, {renamed} nytt navn, {leaders} ny leder."
        ).format(a=c.a_name, b=c.b_name, ua=c.totals_a.units, ub=c.totals_b.units,
                 fa=format_number(float(c.totals_a.fte), 1), fb=format_number(float(c.totals_b.fte), 1),
                 added=self.tr("1 ny") if len(c.added) == 1 else self.tr("{n} nye").format(n=len(c.added)),
                 removed=len(c.removed), moved=len(c.moved), renamed=len(c.renamed),
                 leaders=len(c.leader_changed)))
        if c.merged:  # a merge is neither «ny» nor «fjernet»: say it, or the line reads «no changes»
            summary.setText(summary.text() + " " + self.tr("{n} slått sammen: {groups}.").format(
                n=len(c.merged), groups="; ".join(
                    self.tr("{units} til {into}").format(units=", ".join(g.units), into=g.into) for g in c.merged)))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.tabs = QTabWidget()
        none = self.tr("(øverst)")
        vacant = self.tr("Ledig")
        per_lead = _table([self.tr("Oppfølging"),
                           c.a_name + self.tr(": enheter"), c.b_name + self.tr(": enheter"),
                           c.a_name + self.tr(": årsverk"), c.b_name + self.tr(": årsverk"),
                           c.a_name + self.tr(": budsjett"), c.b_name + self.tr(": budsjett")],
                          [[r.lead_name, str(r.units_a), str(r.units_b), format_number(float(r.fte_a), 1),
                            format_number(float(r.fte_b), 1), format_kroner(r.budget_a_ore),
                            format_kroner(r.budget_b_ore)] for r in c.per_lead], {1, 2, 3, 4, 5, 6})
        for col in range(1, per_lead.columnCount()):  # the version over what is counted: narrower columns
            header = per_lead.horizontalHeaderItem(col)
            name, colon, what = header.text().rpartition(": ") if header is not None else ("", "", "")
            if header is not None and colon:
                header.setText(f"{name}\n{what}")
        self.tabs.addTab(per_lead, self.tr("Per oppfølgingsansvarlig"))
        self.tabs.addTab(_table([self.tr("Enhet"), self.tr("Id")], [[u.name, u.code] for u in c.added]),
                         self.tr("Nye ({n})").format(n=len(c.added)))
        self.tabs.addTab(_table([self.tr("Enhet"), self.tr("Id")], [[u.name, u.code] for u in c.removed]),
                         self.tr("Fjernet ({n})").format(n=len(c.removed)))
        self.tabs.addTab(_table([self.tr("Enhet"), self.tr("Fra"), self.tr("Til")],
                                [[m.name, m.old_parent or none, m.new_parent or none] for m in c.moved]),
                         self.tr("Flyttet ({n})").format(n=len(c.moved)))
        self.tabs.addTab(_table([self.tr("Før"), self.tr("Etter")], [[r.old_name, r.new_name] for r in c.renamed]),
                         self.tr("Nytt navn ({n})").format(n=len(c.renamed)))
        self.tabs.addTab(_table([self.tr("Enhet"), self.tr("Før"), self.tr("Etter")],
                                [[x.name, x.old_leader or vacant, x.new_leader or vacant] for x in c.leader_changed]),
                         self.tr("Ny leder ({n})").format(n=len(c.leader_changed)))
        self.tabs.addTab(_table([self.tr("Ny enhet"), self.tr("Slått sammen av")],
                                [[g.into, ", ".join(g.units)] for g in c.merged]),
                         self.tr("Slått sammen ({n})").format(n=len(c.merged)))
        layout.addWidget(self.tabs, 1)
        if c.budget_set_name:
            note = QLabel(self.tr("Budsjett fra «{name}», fordelt etter enhetenes ansvarsnumre.")
                          .format(name=c.budget_set_name))
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for every column (the budgets were off to the right at 1366×768), within the screen.
        needed = per_lead.horizontalHeader().length() + per_lead.verticalScrollBar().sizeHint().width() + 60
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(max(900, min(needed, screen.width() - 40)), min(560, screen.height() - 60))


class ThresholdsDialog(QDialog):
    """The rules of thumb the checks use, for everyone using the database."""

    def __init__(self, thresholds: CheckThresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grenser for kontrollene"))
        form = QFormLayout(self)
        self.spins: dict[str, QSpinBox] = {}
        rows = (("follow_up", self.tr("Enheter per kommunalsjef")), ("staff", self.tr("Ansatte per enhetsleder")),
                ("network", self.tr("Medlemmer i et nettverk")))
        for prefix, label in rows:
            line = QHBoxLayout()
            for end in ("min", "max"):
                spin = QSpinBox()
                spin.setRange(0, 10000)
                spin.setValue(getattr(thresholds, f"{prefix}_{end}"))
                spin.setAccessibleName(f"{label} ({self.tr('minst') if end == 'min' else self.tr('høyst')})")
                self.spins[f"{prefix}_{end}"] = spin
                line.addWidget(QLabel(self.tr("minst") if end == "min" else self.tr("høyst")))
                line.addWidget(spin)
            form.addRow(label, line)
        self.schools = QCheckBox(self.tr("Skoler er unntatt kravet til antall ansatte"))
        self.schools.setChecked(thresholds.schools_exempt)
        form.addRow("", self.schools)
        # The checks from the seeds (issue 20).
        singles = (("similar_min_group", self.tr("Like enheter som utgjør en gruppe"), 2, 1000),
                   ("similar_max_share", self.tr("Høyeste andel like enheter hos én kommunalsjef (%)"), 1, 100),
                   ("follow_up_stable_months", self.tr("Måneder før oppfølgingen flyttes igjen"), 0, 240),
                   ("chief_result_units_max", self.tr("Resultatenheter rådmannen selv følger opp"), 0, 1000))
        for key, label, low, high in singles:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(getattr(thresholds, key))
            spin.setAccessibleName(label)
            self.spins[key] = spin
            form.addRow(label, spin)
        self.networks = QCheckBox(self.tr("Alle enhetsledere skal være med i et nettverk"))
        self.networks.setChecked(thresholds.leaders_in_network)
        form.addRow("", self.networks)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def thresholds(self) -> CheckThresholds:
        return CheckThresholds(**{key: spin.value() for key, spin in self.spins.items()},
                               schools_exempt=self.schools.isChecked(),
                               leaders_in_network=self.networks.isChecked())


class MoveLeaderDialog(QDialog):
    """Move a leader to another unit from a date (the old position ends the day before)."""

    def __init__(self, person: str, units: list[tuple[str, str]], start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flytt {name}").format(name=person))
        form = QFormLayout(self)
        self.unit = QComboBox()
        for name, unit_id in units:
            self.unit.addItem(name, unit_id)
        self.start = date_edit(start)
        form.addRow(self.tr("&Til enhet"), self.unit)
        form.addRow(self.tr("&Fra og med"), self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def target(self) -> uuid.UUID:
        return uuid.UUID(self.unit.currentData())

    def start_date(self) -> date:
        return from_qdate(self.start.date())
