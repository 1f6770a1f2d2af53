"""Qt translations. Source strings are bokmål; ``resources/i18n`` has nynorsk and English
``.ts`` files, compiled to ``.qm`` at install or build time (``python -m ui.i18n``) or, if
missing, on first use into the data folder.

Qt's own texts (standard buttons, the file and print dialogs, undo/redo, the context menu of
text fields) come from ``qtbase_nb.ts`` and ``qtbase_nn.ts`` in the same folder: our own
translations, since Qt ships no bokmål and we want the nynorsk to match the program's."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import data_dir
from app.resources import resource_path

if TYPE_CHECKING:
    # PySide6's stubs say the marker returns object; it returns the source text unchanged.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...  # noqa: N802 - the name lupdate looks for
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
LANGUAGES = ("nb", "nn", "en")
_installed: list[QTranslator] = []


QT_CATALOGUE_LANGUAGES = ("nb", "nn")  # languages with our own translation of Qt's texts


def ts_file(lang: str, catalogue: str = "styringsdialog") -> Path:
    return resource_path("i18n", f"{catalogue}_{lang}.ts")


def lrelease_binary() -> Path | None:
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "lrelease", base / "lrelease.exe", base / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return candidate
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    tool = lrelease_binary()
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if result.returncode != 0:
        log.warning("lrelease failed for %s: %s", ts, result.stderr)
    return result.returncode == 0 and qm.exists()


def qm_file(lang: str, catalogue: str = "styringsdialog") -> Path | None:
    """The compiled translation: shipped beside the .ts, or compiled now into the data folder
    when the .ts is newer (an edited translation); the shipped one if compiling is not possible."""
    ts = ts_file(lang, catalogue)
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    cached = data_dir() / "i18n" / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    if compile_ts(ts, cached):
        return cached
    return shipped if shipped.exists() else None


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def _relocalise_widgets(app: QCoreApplication, locale: QLocale) -> None:
    """Widgets made before the switch took the old default locale; a locale set on each window
    reaches every widget in it (numbers «5,0» / «5.0», month names in the date boxes)."""
    if not hasattr(app, "topLevelWidgets"):  # headless: no widgets
        return
    for window in app.topLevelWidgets():
        window.setLocale(locale)


def install_language(lang: str) -> None:
    """Replace the installed translators; Qt then sends LanguageChange to every widget."""
    app = QCoreApplication.instance()
    assert app is not None, "the QApplication is made before a language is installed"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.NorwegianBokmal
                     if lang == "nb" else QLocale.Language.NorwegianNynorsk)
    QLocale.setDefault(locale)
    _relocalise_widgets(app, locale)
    # Qt's own strings (standard buttons, dialogs): what Qt ships for the language (nynorsk,
    # English; no bokmål), then ours on top (a translator installed later is asked first).
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if lang != "nb" and qt_translator.load(locale, "qtbase", "_", qt_dir):
        _install(app, qt_translator)
    if lang in QT_CATALOGUE_LANGUAGES:
        qm = qm_file(lang, "qtbase")
        own = QTranslator(app)
        if qm is not None and own.load(str(qm)):
            _install(app, own)
        else:
            log.warning("No translation of Qt's texts for %s; Qt's buttons stay English", lang)
    if lang != "nb":
        qm = qm_file(lang)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            _install(app, translator)
        else:
            log.warning("No translation for %s; showing bokmål", lang)


def compile_all() -> int:
    failures = 0
    catalogues = [ts_file(lang) for lang in LANGUAGES[1:]]
    catalogues += [ts_file(lang, "qtbase") for lang in QT_CATALOGUE_LANGUAGES]
    for ts in catalogues:
        ok = compile_ts(ts, ts.with_suffix(".qm"))
        print(f"{ts.with_suffix('.qm')}: {'ok' if ok else 'FEIL'}")
        failures += not ok
    return failures


if __name__ == "__main__":
    sys.exit(compile_all())
