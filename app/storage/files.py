"""Writing output files safely: through a temporary file beside the target, then a rename,
so a crash, a full disk or a file open in Word never leaves half a PDF or workbook; and file
names made from data (a unit's or a leader's name) that are valid and stay in their folder."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from app.errors import AppError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Partial files this program writes beside an output, named with the writing process's id so
# the next run can tell a dead writer's leftovers from a live one's work:
#   .~<pid>-<random><suffix>.tmp  (write_atomically, db.backup.backup_sqlite)
#   .~<pid>-<name>.sdbpkg.tmp     (app.seminar.package: an encrypted package being made; removed
#                                  by the next package written to that folder)
#   .~<n>-<pid>.<fmt>.part        (app.agreements.batch, one file per agreement)
#   with SQLite's -journal/-wal/-shm beside a .tmp copy when the write failed or was killed
_PARTIAL = (re.compile(r"^\.~(?P<pid>\d+)-.+\.tmp(-journal|-wal|-shm)?$"),
            re.compile(r"^\.~\d+-(?P<pid>\d+)\.[a-z]+\.part$"))


def partial_prefix() -> str:
    """The start of a partial file's name for this process (see ``remove_stale_partials``)."""
    return f".~{os.getpid()}-"


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete the partial files that a program killed while writing left in ``folder`` (only
    those whose process is gone: a render running beside us keeps its own). Returns them."""
    from app.storage.lock import process_state

    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = next((m for pattern in _PARTIAL if (m := pattern.match(entry.name))), None)
        if match is None:
            continue
        pid = int(match["pid"])
        if pid == os.getpid() or process_state(pid)[0]:
            continue
        try:
            entry.unlink()
            removed.append(entry)
        except OSError:
            pass
    return removed


_TEMP_FOLDER = re.compile(r"^styringsdialog-(kontroll|gjenoppretting|skjema)-(?P<pid>\d+)-")


def remove_stale_temp_folders() -> list[Path]:
    """Delete the private temporary folders (``db.check.private_prefix``: a copy of a database being
    checked or restored) that a run killed half-way left in the system's temporary folder, only
    those whose process is gone. Returns them."""
    import shutil
    import tempfile

    from app.storage.lock import process_state

    removed: list[Path] = []
    try:
        entries = list(Path(tempfile.gettempdir()).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_FOLDER.match(entry.name)
        if match is None or not entry.is_dir() or entry.is_symlink():
            continue
        pid = int(match["pid"])
        if pid == os.getpid() or process_state(pid)[0]:
            continue
        getuid = getattr(os, "getuid", None)  # Windows: the temporary folder is the user's own
        try:
            if getuid is not None and entry.stat().st_uid != getuid():  # another user's: not ours
                continue
        except OSError:
            continue
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed.append(entry)
    return removed


def write_atomically(out: Path, data: bytes | Callable[[Path], object], *, private: bool = False) -> Path:
    """Write ``out`` through a temporary file beside it, so no half-written file is ever left.
    The temporary file is owner-only from the start; ``private`` (confidential output: agreements,
    backups) keeps the finished file owner-only too on POSIX, else it gets the usual permissions.
    Partial files a killed run left in the folder are removed first."""
    out = Path(out)
    if not out.parent.is_dir():
        raise AppError(f"Mappen «{out.parent}» finnes ikke. Velg en mappe som finnes, eller opprett den først.")
    remove_stale_partials(out.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=partial_prefix(), suffix=out.suffix + ".tmp", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        else:
            os.close(fd)
            data(tmp)
        # mkstemp makes the file private (0600); an exported report gets the usual permissions.
        os.chmod(tmp, 0o600 if private else 0o666 & ~_umask())
        os.replace(tmp, out)
    except PermissionError as exc:
        raise AppError(f"Kan ikke skrive «{out}»: filen er kanskje åpen i et annet program, eller du mangler "
                       "skrivetilgang. Lukk filen eller velg et annet filnavn.") from exc
    except OSError as exc:
        raise AppError(f"Kan ikke skrive «{out}»: {exc.strerror or exc}. Velg et annet sted å lagre.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out


# Characters Windows does not allow in a file name, and the names it reserves for devices
# (also with an extension: «CON.txt»; also COM¹-COM³, which it treats as COM1-COM3).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))}
MAX_FILE_NAME = 150  # characters (UTF-16 units, as Windows counts): room for the folder in a 260-character path
MAX_FILE_NAME_BYTES = 240  # UTF-8 bytes: Linux and macOS allow 255, and a suffix and a number may follow


def safe_file_name(text: str, *, fallback: str = "fil", max_length: int = MAX_FILE_NAME) -> str:
    """``text`` as a file name that is valid on Windows (and so everywhere) and stays in its folder.

    Characters Windows forbids and path separators are removed, so are control and invisible
    formatting characters (a right-to-left override could make «gpj.exe» look like «exe.jpg»);
    white space becomes single spaces; leading and trailing dots and spaces go (no «..», no
    hidden file, no name Windows silently changes); a reserved device name gets a «_» in
    front; the name is cut to ``max_length`` UTF-16 units and 240 UTF-8 bytes. An empty
    result becomes ``fallback``. The caller adds the suffix.
    """
    text = unicodedata.normalize("NFC", str(text))
    kept = []
    for char in text:
        if char.isspace():
            kept.append(" ")
        elif unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn") and not _FORBIDDEN.match(char):
            kept.append(char)
    name = " ".join("".join(kept).split()).strip(". ")[:max_length]  # each character is a UTF-16 unit or two
    while name and (len(name.encode("utf-16-le")) > 2 * max_length
                    or len(name.encode("utf-8")) > MAX_FILE_NAME_BYTES):
        name = name[:-1]
    while name and unicodedata.combining(name[-1]):  # an accent cut from its letter
        name = name[:-1]
    name = name.rstrip(". ")
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = f"_{name}"
    return name or fallback
