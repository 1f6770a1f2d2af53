"""The window's seminar actions: Fil → Ta med på samling, Fil → Hent inn fra samling,
Fil → Skriv samlingsnotat, Fil → Samlingsnotater, Vis → Presentasjon, and the banner over a
package. The main window calls these with itself."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QSizePolicy, QToolBar, QWidget

from app.errors import AppError
from app.formatting import format_number
from ui.errors import show_user_error
from ui.settings import package_folder, set_package_folder

if TYPE_CHECKING:
    from app.seminar.merge import MergePlan, MergeResult
    from app.seminar.package import PackageResult
    from ui.main_window import MainWindow
    from ui.seminar.merge_dialog import MergeDialog
    from ui.seminar.note_dialog import NoteDialog
    from ui.seminar.notes_dialog import NotesDialog
    from ui.seminar.package_dialog import PackageDialog



def package_dialog(window: MainWindow) -> PackageDialog | None:
    from ui.seminar.package_dialog import PackageDialog

    if window.store is None:
        return None
    from app.seminar.service import package_choices

    units, scenarios = window.store.read(package_choices)
    return PackageDialog(units, scenarios, start_folder(window) / f"samling-{date.today():%Y-%m-%d}.sdbpkg", window)


def start_folder(window: MainWindow) -> Path:
    """Where packages are saved and fetched: the folder last used for one (Ta med på samling or
    Hent inn fra samling), else the database's folder, else the home folder."""
    remembered = package_folder()
    if remembered is not None:
        return remembered
    path = window.store.db.path if window.store is not None else None
    return path.parent if path is not None else Path.home()


def create_from_dialog(window: MainWindow, dialog: PackageDialog) -> PackageResult | None:
    """Make the package the dialog describes (one transaction: the file and the office's record)."""
    from app.seminar.package import Selection, create_package
    from app.storage.encryption import check_new_passphrase

    assert window.store is not None
    try:
        check_new_passphrase(dialog.passphrase.text(), dialog.repeated.text())
        selection = Selection(units=dialog.checked(dialog.units), scenarios=dialog.checked(dialog.scenarios),
                              with_notes=dialog.with_notes.isChecked())
        result = window.store.run(create_package, Path(dialog.path.text()), dialog.passphrase.text(), selection,
                                  source_name=window.store.db.display_name)
    except AppError as err:
        show_user_error(window, err)
        return None
    finally:
        dialog.passphrase.clear()
        dialog.repeated.clear()
    set_package_folder(Path(result.path).parent)  # Hent inn opens where the package went
    window.statusBar().showMessage(QCoreApplication.translate(
        "Seminar", "Samlingspakken er skrevet til {path} ({rows} rader).")
                                   .format(path=result.path, rows=format_number(result.total, 0)), 10000)
    return result


def take_to_seminar(window: MainWindow) -> None:
    dialog = package_dialog(window)
    if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
        create_from_dialog(window, dialog)


def preview(window: MainWindow, path: Path, passphrase: str) -> MergePlan:
    from app.seminar.service import preview_in_session

    assert window.store is not None
    return window.store.read(preview_in_session, path, passphrase)


def merge_dialog(window: MainWindow, plan: MergePlan) -> MergeDialog:
    from ui.seminar.merge_dialog import MergeDialog

    return MergeDialog(plan, window)


def merge_from_dialog(window: MainWindow, dialog: MergeDialog, passphrase: str) -> MergeResult | None:
    """Write what the preview kept, with the sides chosen, in one transaction."""
    from app.seminar.service import merge_in_session

    assert window.store is not None
    try:
        result = window.store.run(merge_in_session, dialog.plan.info.path, passphrase,
                                  left_out=dialog.left_out(), choices=dialog.choices())
    except AppError as err:
        show_user_error(window, err)
        return None
    rows = (QCoreApplication.translate("Seminar", "1 rad") if result.written == 1
            else QCoreApplication.translate("Seminar", "{n} rader").format(n=format_number(result.written, 0)))
    items = (QCoreApplication.translate("Seminar", "1 nytt oppfølgingspunkt") if result.action_items == 1
             else QCoreApplication.translate("Seminar", "{n} nye oppfølgingspunkter").format(n=result.action_items))
    message = QCoreApplication.translate("Seminar", "Samlingspakken er hentet inn: {rows}, {items}.").format(
        rows=rows, items=items)
    if len(result.refused) == 1:
        message += " " + QCoreApplication.translate(
            "Seminar", "1 endring som ikke kunne hentes inn, er utelatt (som forhåndsvisningen viste).")
    elif result.refused:
        message += " " + QCoreApplication.translate(
            "Seminar", "{n} endringer som ikke kunne hentes inn, er utelatt (som forhåndsvisningen viste).").format(
            n=len(result.refused))
    window.statusBar().showMessage(message, 10000)
    return result


def bring_home(window: MainWindow) -> None:
    from ui.storage.passphrase_dialog import open_with_passphrase

    if window.store is None:
        return
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("Seminar", "Hent inn fra samling"),
                                          str(start_folder(window)),
                                          QCoreApplication.translate("Seminar", "Samlingspakke (*.sdbpkg)"))
    if not path:
        return
    set_package_folder(Path(path).parent)
    kept: dict[str, str] = {}

    def open_plan(passphrase: str) -> MergePlan:
        plan = preview(window, Path(path), passphrase)
        kept["passphrase"] = passphrase
        return plan

    try:
        plan = open_with_passphrase(window, Path(path), open_plan)
    except AppError as err:
        show_user_error(window, err)
        return
    if plan is None:
        return
    if not plan.changes and not plan.conflicts and not plan.refused and not plan.left_behind:
        QMessageBox.information(window, QCoreApplication.translate("Seminar", "Hent inn fra samling"),
                                QCoreApplication.translate("Seminar", "Pakken har ingen endringer å hente inn."))
        return
    dialog = merge_dialog(window, plan)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        merge_from_dialog(window, dialog, kept["passphrase"])


def note_dialog(window: MainWindow, note_id: uuid.UUID | None = None) -> NoteDialog | None:
    """The samlingsnotat's dialog: empty for a new note, filled for ``note_id`` to edit it again."""
    from ui.seminar.note_dialog import NoteDialog

    if window.store is None:
        return None
    from app.seminar.notes import note_detail
    from app.seminar.service import goal_choices, scenario_choices, unit_choices

    dialog = NoteDialog(window.store.read(scenario_choices), window.today, window,  # type: ignore[arg-type]
                        units=window.store.read(unit_choices),  # type: ignore[arg-type]
                        goals=window.store.read(goal_choices, window.today))
    if note_id is not None:
        try:
            dialog.load(window.store.read(note_detail, note_id))
        except AppError as err:
            show_user_error(window, err)
            return None
    return dialog


def save_note_from_dialog(window: MainWindow, dialog: NoteDialog) -> bool:
    """Write the samlingsnotat and its action items, new or edited (one transaction)."""
    from app.seminar.notes import update_note, write_note

    assert window.store is not None
    try:
        fields = dict(held_on=dialog.date(), place=dialog.place.text(), text=dialog.text.toPlainText(),
                      decisions=dialog.decision_lines(), scenario_id=dialog.scenario.currentData(),
                      unit_ids=dialog.unit_ids(), goal_ids=dialog.goal_ids(), actions=dialog.action_drafts())
        if dialog.note_id is None:
            window.store.run(write_note, dialog.title.text(), **fields)
        else:
            window.store.run(update_note, dialog.note_id, dialog.title.text(), **fields)
    except AppError as err:
        show_user_error(window, err)
        return False
    window.statusBar().showMessage(QCoreApplication.translate("Seminar", "Samlingsnotatet er lagret."), 8000)
    return True


def run_note_dialog(window: MainWindow, dialog: NoteDialog | None) -> bool:
    """Show the note's dialog until it is saved or cancelled; True when saved."""
    while dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
        if save_note_from_dialog(window, dialog):
            return True
    return False


def write_seminar_note(window: MainWindow) -> None:
    run_note_dialog(window, note_dialog(window))


def notes_dialog(window: MainWindow) -> NotesDialog | None:
    """Fil → Samlingsnotater: the list, with New, Open (the note's dialog again) and Delete wired
    to one app function each; the list is read again after each."""
    from app.seminar.notes import delete_note, note_summaries
    from ui.seminar.notes_dialog import NotesDialog

    if window.store is None:
        return None
    store = window.store
    shown = NotesDialog(store.read(note_summaries), window)

    def refresh(select: uuid.UUID | None = None) -> None:
        shown.show_notes(store.read(note_summaries), select)

    def new() -> None:
        if run_note_dialog(window, note_dialog(window)):
            before = {n.id for n in shown.notes}
            fresh = store.read(note_summaries)
            shown.show_notes(fresh, next((n.id for n in fresh if n.id not in before), None))

    def edit(note_id: uuid.UUID) -> None:
        if run_note_dialog(window, note_dialog(window, note_id)):
            refresh(note_id)

    def remove(note_id: uuid.UUID) -> None:
        try:
            title = store.run(delete_note, note_id)
        except AppError as err:
            show_user_error(window, err)
        else:
            window.statusBar().showMessage(QCoreApplication.translate(
                "Seminar", "Samlingsnotatet «{title}» er slettet.").format(title=title), 8000)
        refresh()

    shown.new_requested.connect(new)
    shown.open_requested.connect(edit)
    shown.delete_requested.connect(remove)
    return shown


def seminar_notes(window: MainWindow) -> None:
    shown = notes_dialog(window)
    if shown is not None:
        shown.exec()


def presentation(window: MainWindow, *, show: bool = True) -> QWidget | None:
    """Vis → Presentasjon: full screen from the open database."""
    from app.seminar.presentation import slides
    from ui.seminar.presentation import PresentationWindow

    if window.store is None:
        return None
    shown = PresentationWindow(window.store.read(slides, window.today), window)
    if show:
        shown.showFullScreen()
        shown.setFocus()
    return shown


def update_package_banner(window: MainWindow) -> None:
    """A package is marked in the title and in a banner: from where, when, by whom."""
    from app.seminar.package import info_of_open_database

    banner: QToolBar | None = getattr(window, "package_banner", None)
    info = None
    if window.store is not None:
        try:
            info = window.store.read(info_of_open_database, window.store.db.path)
        except Exception:  # a database without the seminar tables yet (a server before 0009)
            info = None
    if info is None:
        if banner is not None:
            banner.hide()
        return
    if banner is None:
        banner = QToolBar(window)
        banner.setObjectName("packageBanner")
        banner.setMovable(False)
        label = QLabel()
        label.setObjectName("packageBannerText")
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the window's width
        label.setStyleSheet("QLabel { background: #fff3cd; color: #3d2e00; padding: 6px; font-weight: bold; }")
        banner.addWidget(label)
        window.addToolBar(banner)
        window.package_banner = banner  # type: ignore[attr-defined]
    text = banner.findChild(QLabel, "packageBannerText")
    assert text is not None and window.store is not None
    text.setText(info.banner())
    banner.show()
    window.setWindowTitle(QCoreApplication.translate("Seminar", "Styringsdialog – SAMLINGSPAKKE – {name}")
                          .format(name=window.store.display_name()))
