"""Per-user settings (geometry, recent files, language) in an INI file in the data folder,
so a portable install and the tests keep them beside the data instead of in the registry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.paths import settings_file

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def add_recent_file(path: str) -> list[str]:
    files = [path, *[f for f in recent_files() if f != path]][:MAX_RECENT]
    settings().setValue("recent_files", files)
    return files


PACKAGE_FOLDER_KEY = "seminar/package_folder"


def package_folder() -> Path | None:
    """The folder a seminar package was last saved to or fetched from, while it still exists."""
    value = settings().value(PACKAGE_FOLDER_KEY, "")
    return Path(str(value)) if value and Path(str(value)).is_dir() else None


def set_package_folder(folder: str | Path) -> None:
    settings().setValue(PACKAGE_FOLDER_KEY, str(folder))


def language() -> str:
    return str(settings().value("language", "nb"))


def set_language(lang: str) -> None:
    settings().setValue("language", lang)
