"""One writer per database file: a lock file beside it names who has it open.

``<database>.lock`` (``styringsdialog.sdb.lock``) is JSON: user, full name, PC, process,
program version, since when, and a heartbeat the holder refreshes (``Lock.refresh``, every
``HEARTBEAT_SECONDS`` from the window). It is created with O_CREAT|O_EXCL, so of two programs
starting at once exactly one gets it. The second gets ``DatabaseInUseError`` naming the holder
and can open the file read-only or wait (``wait_for_release``).

A lock left by a program that died is recognised and cleared:

- on the same PC: the process is gone, or its pid now belongs to another process (the process
  start time, or the boot, differs);
- from another PC (a network share): the heartbeat is older than ``STALE_AFTER``. Clocks of
  office PCs agree to within seconds; a lock is never cleared because of a skew smaller than that.

Clearing is serialised by a second file, ``<database>.lock.clear``, also created with O_EXCL:
only its holder may delete the lock, and only if the lock's bytes are still those it judged
stale. So two programs clearing the same stale lock cannot both win, and a fresh lock created
meanwhile is never removed. Then every contender goes back to the O_EXCL create.

Within one process the lock is re-entrant (opening the file again shares it), and every lock
the process holds is released when it exits normally. SQLite still guards the data itself; the
lock is about people: two offices editing one file at once, and a clear choice for the second.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import json
import logging
import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from app import __version__
from app.errors import AppError
from app.formatting import format_moment  # also for the lock dialog and the window

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
CLEAR_SUFFIX = ".clear"
HEARTBEAT_SECONDS = 60
STALE_AFTER = timedelta(minutes=10)  # another PC's lock without a heartbeat for this long is stale
CLEARING_STALE_AFTER = timedelta(seconds=30)  # clearing takes milliseconds; a leftover is a crash
BUSY_RETRY_SECONDS = 0.01  # pause while another program is creating or clearing the lock
BUSY_RETRY_LIMIT = 200  # ... at most this many times (2 s) before the lock counts as held
UNREADABLE_DEAD_AFTER = 0.5  # seconds an empty or unreadable lock may stay unchanged while being written


@dataclass(frozen=True)
class LockInfo:
    """What the lock file says about its holder."""

    user: str
    full_name: str
    host: str
    pid: int
    process: str  # identifies the process beyond its pid (start time, boot); "" where unknown
    version: str
    since: datetime
    heartbeat: datetime
    token: str  # unique per acquisition: "is this file still mine?"

    @property
    def who(self) -> str:
        return self.full_name or self.user

    def to_json(self) -> bytes:
        data = asdict(self)
        data["since"] = self.since.isoformat(timespec="seconds")
        data["heartbeat"] = self.heartbeat.isoformat(timespec="seconds")
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> LockInfo | None:
        """The holder, or None if the bytes are not a whole lock file (being written, damaged)."""
        try:
            data = json.loads(raw.decode("utf-8"))
            return cls(
                user=str(data["user"]), full_name=str(data.get("full_name") or ""), host=str(data["host"]),
                pid=int(data["pid"]), process=str(data.get("process") or ""), version=str(data.get("version") or ""),
                since=_aware(datetime.fromisoformat(data["since"])),
                heartbeat=_aware(datetime.fromisoformat(data["heartbeat"])), token=str(data["token"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            return None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.astimezone()


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)  # as the file keeps it


def this_host() -> str:
    # The PC's own name; gethostname asks the OS only, it makes no network connection.
    return socket.gethostname() or "ukjent PC"


def _same_host(host: str) -> bool:
    return host.casefold() == this_host().casefold()


def _user_names() -> tuple[str, str]:
    import getpass

    try:
        user = getpass.getuser()
    except Exception:  # no login name (service account, odd OS)
        user = "ukjent"
    full_name = ""
    if sys.platform != "win32":  # Windows' display name may ask the domain controller: not cheap
        try:
            import pwd

            full_name = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        except (ImportError, KeyError, OSError):
            pass
    return user, full_name


class DatabaseInUseError(AppError):
    """Another program has the database open for writing; ``holder`` says who (None if the
    lock file cannot be read)."""

    def __init__(self, db_path: Path, holder: LockInfo | None) -> None:
        self.db_path = Path(db_path)
        self.holder = holder
        super().__init__(in_use_message(self.db_path, holder))


def in_use_message(db_path: Path, holder: LockInfo | None) -> str:
    name = Path(db_path).name
    if holder is None:
        return (f"Databasen «{name}» er i bruk av et annet program (låsefilen «{name}{LOCK_SUFFIX}» kan ikke leses). "
                "Prøv igjen om litt, eller åpne den skrivebeskyttet.")
    since = format_moment(holder.since)
    if _same_host(holder.host) and holder.user == _user_names()[0]:
        where = f"er allerede åpen i Styringsdialog på denne PC-en (prosess {holder.pid}) siden {since}"
    else:
        where = f"er åpen hos {holder.who} på {holder.host} siden {since}"
    return (f"Databasen «{name}» {where}. Bare ett program kan endre databasen om gangen: "
            "åpne den skrivebeskyttet, eller vent til den er lukket der.")


# --- processes ---------------------------------------------------------------------------
def process_state(pid: int) -> tuple[bool, str | None]:
    """(is a process with this pid running, its identity for comparing: None where unknown)."""
    if pid <= 0:
        return False, None
    if sys.platform == "win32":
        return _windows_process_state(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False, None
    except PermissionError:  # someone else's process: it exists
        pass
    except OSError:
        return False, None
    if sys.platform.startswith("linux"):
        return _linux_process_state(pid)
    return True, None


def _linux_process_state(pid: int) -> tuple[bool, str | None]:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
            stat = f.read()
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as f:
            boot = f.read().strip()
    except OSError:
        return True, None
    # "pid (name) S ppid ...": the name may hold spaces and ')', so split after the last ')'.
    fields = stat[stat.rfind(")") + 2:].split()
    if not fields or fields[0] in ("Z", "X"):  # a zombie has exited; only its exit status is left
        return False, None
    return True, f"{boot}/{fields[19]}"  # field 22 of stat: start time in clock ticks after boot


def _windows_process_state(pid: int) -> tuple[bool, str | None]:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # called on Windows only; mypy then checks the rest as Windows code
        raise OSError("Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    process_query_limited_information, still_active, error_access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        # Access denied: the process exists but is not ours to ask. Anything else: no such process.
        return ctypes.get_last_error() == error_access_denied, None
    try:
        code = wintypes.DWORD()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != still_active:
            return False, None
        created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
        if not kernel32.GetProcessTimes(handle, ctypes.byref(created), ctypes.byref(exited),
                                        ctypes.byref(kernel), ctypes.byref(user)):
            return True, None
        return True, str((created.dwHighDateTime << 32) | created.dwLowDateTime)
    finally:
        kernel32.CloseHandle(handle)


# --- reading and judging a lock file -----------------------------------------------------
@dataclass(frozen=True)
class _Seen:
    raw: bytes
    info: LockInfo | None
    mtime: float


def lock_path_for(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path).expanduser().absolute()
    return path.with_name(path.name + LOCK_SUFFIX)


def _read(path: Path) -> _Seen | None:
    """The lock file as it is now, or None if there is none."""
    try:
        with open(path, "rb") as f:
            raw = f.read(64 * 1024)
            mtime = os.fstat(f.fileno()).st_mtime
    except FileNotFoundError:
        return None
    except PermissionError:  # Windows: being replaced or deleted this instant
        return _Seen(b"", None, time.time())
    return _Seen(raw, LockInfo.from_json(raw), mtime)


def read_lock(db_path: str | os.PathLike[str]) -> LockInfo | None:
    """Who holds the database's lock now (None: nobody, or the file cannot be read)."""
    seen = _read(lock_path_for(db_path))
    return seen.info if seen else None


def is_stale(info: LockInfo | None, mtime: float, now: datetime | None = None) -> bool:
    """Whether a lock file (parsed, or None if unreadable, with its modification time) was left
    by a program that is no longer running."""
    now = now or _now()
    if info is None:  # unreadable: being written this instant, or half-written by a crash
        return now.timestamp() - mtime > STALE_AFTER.total_seconds()
    if _same_host(info.host):
        if info.pid == os.getpid():
            return info.token not in _held_tokens()  # a previous process that had our pid
        alive, identity = process_state(info.pid)
        if not alive:
            return True
        if identity is not None and info.process:
            return identity != info.process  # the pid now belongs to another process
        # Cannot tell a reused pid from the holder here: fall back on the heartbeat.
    return now - info.heartbeat > STALE_AFTER


# --- this process's locks ----------------------------------------------------------------
class _Holding:
    """A lock file this process created; shared by every ``Lock`` handle on it."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info
        self.count = 1
        self.lost_to: LockInfo | None = None
        self.lost = False
        self.mutex = threading.Lock()


_registry_mutex = threading.Lock()
_registry: dict[str, _Holding] = {}
_registry_pid = os.getpid()


def _registry_now() -> dict[str, _Holding]:
    """The registry, emptied in a forked child: the parent's locks are not the child's."""
    global _registry_pid
    if _registry_pid != os.getpid():
        _registry.clear()
        _registry_pid = os.getpid()
    return _registry


def _held_tokens() -> set[str]:
    with _registry_mutex:
        return {h.info.token for h in _registry_now().values()}


class Lock:
    """A handle on a held lock. ``release`` (or ``with``) gives it back; the file goes when
    the last handle in this process is released."""

    def __init__(self, holding: _Holding) -> None:
        self._holding = holding
        self._released = False

    @property
    def path(self) -> Path:
        return self._holding.path

    @property
    def info(self) -> LockInfo:
        return self._holding.info

    @property
    def lost(self) -> bool:
        """True once the file turned out to be someone else's (ours was judged stale and cleared)."""
        return self._holding.lost

    @property
    def lost_to(self) -> LockInfo | None:
        return self._holding.lost_to

    def refresh(self) -> bool:
        """Write a new heartbeat. False if the lock is no longer ours (then ``lost`` is set)."""
        holding = self._holding
        with holding.mutex:
            if holding.lost or self._released:
                return not holding.lost
            seen = _read(holding.path)
            if seen is not None and seen.info is None and not seen.raw:
                return True  # unreadable this instant (Windows sharing); try at the next beat
            if seen is None or seen.info is None or seen.info.token != holding.info.token:
                holding.lost = True
                holding.lost_to = seen.info if seen else None
                log.warning("Låsen %s er ikke lenger vår (nå: %s)", holding.path, holding.lost_to)
                return False
            info = replace(holding.info, heartbeat=_now())
            tmp = holding.path.with_name(f"{holding.path.name}.{info.token}.tmp")
            try:
                tmp.write_bytes(info.to_json())
                os.replace(tmp, holding.path)
            except OSError as exc:  # a reader has it open (Windows), the share hiccuped: next beat
                log.info("Hjerteslaget til %s ble ikke skrevet: %s", holding.path, exc)
                _unlink_quietly(tmp)
                return True
            holding.info = info
            return True

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        holding = self._holding
        with _registry_mutex:
            holding.count -= 1
            if holding.count > 0:
                return
            registry = _registry_now()
            if registry.get(_key(holding.path)) is holding:
                del registry[_key(holding.path)]
        with holding.mutex:
            if not holding.lost:
                _remove_if_ours(holding.path, holding.info.token)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _key(path: Path) -> str:
    return os.path.normcase(str(path))


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _remove_if_ours(path: Path, token: str) -> None:
    """Delete the lock file only if it still carries our token."""
    for _attempt in range(20):
        seen = _read(path)
        if seen is None or (seen.info is not None and seen.info.token != token):
            return
        if seen.info is not None:
            try:
                path.unlink()
                return
            except FileNotFoundError:
                return
            except PermissionError:  # Windows: another program is reading it this instant
                pass
        time.sleep(BUSY_RETRY_SECONDS * 5)
    log.warning("Låsefilen %s ble ikke slettet; den blir ryddet som foreldet", path)


def _create_exclusively(path: Path, raw: bytes) -> bool:
    """Create ``path`` with ``raw`` in it; False if it already exists.

    The whole content is written to a file of our own first and then hard-linked to ``path``
    (atomic, and refused when ``path`` exists), so a lock file is never empty or half written:
    a full disk or a crash while writing leaves no lock behind. Where links are not supported
    (some network shares, FAT) the file is created with O_EXCL and written; if the writing fails
    it is removed again."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        _write_new(tmp, raw)
    except OSError:
        _unlink_quietly(tmp)
        raise
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    except PermissionError:
        if sys.platform == "win32" and path.exists():  # Windows says this for a file being deleted
            return False
        return _create_with_excl(path, raw)  # the folder is writable (tmp was made): links are not allowed
    except OSError:  # no hard links here: the plain exclusive create
        return _create_with_excl(path, raw)
    finally:
        _unlink_quietly(tmp)


def _sweep_temporaries(lock_path: Path) -> None:
    """Remove the lock's temporary files (``_create_exclusively``) that a program killed between
    writing and linking left: those older than a minute whose process is gone (a file from
    another PC on a share is a minute old only if its program died too)."""
    cutoff = time.time() - 60
    try:
        candidates = list(lock_path.parent.glob(f"{lock_path.name}.*-*.tmp"))
    except OSError:
        return
    for tmp in candidates:
        pid_text = tmp.name[len(lock_path.name) + 1:].split("-", 1)[0]
        try:
            if pid_text.isdigit() and tmp.stat().st_mtime < cutoff and not process_state(int(pid_text))[0]:
                tmp.unlink()
        except OSError:
            pass


def _write_new(path: Path, raw: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644)
    try:
        os.write(fd, raw)
        os.fsync(fd)
    finally:
        os.close(fd)


def _create_with_excl(path: Path, raw: bytes) -> bool:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        return False
    except PermissionError:
        if sys.platform == "win32" and path.exists():
            return False
        raise
    try:
        try:
            written = os.write(fd, raw)
            os.fsync(fd)
        finally:
            os.close(fd)
        if written != len(raw):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    except OSError:
        _unlink_quietly(path)  # a lock that could not be written leaves nothing
        raise
    return True


def _new_info() -> LockInfo:
    user, full_name = _user_names()
    now = _now()
    return LockInfo(user=user, full_name=full_name, host=this_host(), pid=os.getpid(),
                    process=process_state(os.getpid())[1] or "", version=__version__,
                    since=now, heartbeat=now, token=uuid.uuid4().hex)


def _clear_stale(lock_path: Path, judged: _Seen) -> bool:
    """Delete the lock file if it still is exactly the stale one we read, with the clearing
    file held so that no other program clears (or creates a lock that we then delete) at once.
    False if another program is clearing it right now."""
    clear_path = lock_path.with_name(lock_path.name + CLEAR_SUFFIX)
    marker = json.dumps({"host": this_host(), "pid": os.getpid(), "time": _now().isoformat()}).encode()
    if not _create_exclusively(clear_path, marker):
        _clear_stale_clearing(clear_path)
        return False
    try:
        now = _read(lock_path)
        # The same bytes and the same modification time: a fresh lock another program has just
        # created is empty for an instant too (created, not yet written), just as a half-written
        # stale one is, so the bytes alone could make us delete the winner's new lock.
        if now is not None and now.raw == judged.raw and now.mtime == judged.mtime:
            lock_path.unlink()
            log.info("Foreldet låsefil fjernet: %s (%s)", lock_path, judged.info)
    except (FileNotFoundError, PermissionError):
        pass
    finally:
        _unlink_quietly(clear_path)
    return True


def _clear_stale_clearing(clear_path: Path) -> None:
    """A clearing file left by a program that crashed in those milliseconds."""
    try:
        with open(clear_path, "rb") as f:
            raw, mtime = f.read(4096), os.fstat(f.fileno()).st_mtime
    except OSError:
        return
    try:
        data = json.loads(raw)
        dead = _same_host(str(data["host"])) and not process_state(int(data["pid"]))[0]
    except (ValueError, KeyError, TypeError):
        dead = False
    if dead or time.time() - mtime > CLEARING_STALE_AFTER.total_seconds():
        _unlink_quietly(clear_path)


def acquire(db_path: str | os.PathLike[str]) -> Lock:
    """Take the database's lock, clearing a stale one; ``DatabaseInUseError`` if another
    running program has it (holder None if its file stayed unreadable for the ~2 s we look).
    ``OSError`` if the folder cannot be written."""
    lock_path = lock_path_for(db_path)
    db = Path(db_path)
    with _registry_mutex:
        holding = _registry_now().get(_key(lock_path))
        if holding is not None and not holding.lost:
            holding.count += 1
            return Lock(holding)
    _sweep_temporaries(lock_path)
    info = _new_info()
    raw = info.to_json()
    seen: _Seen | None = None
    unreadable: tuple[_Seen, float] | None = None  # an unreadable lock as first seen, and when
    for _attempt in range(BUSY_RETRY_LIMIT):
        if _create_exclusively(lock_path, raw):
            holding = _Holding(lock_path, info)
            with _registry_mutex:
                _registry_now()[_key(lock_path)] = holding
            return Lock(holding)
        seen = _read(lock_path)
        if seen is None:
            continue  # released (or cleared) between our create and our read: try again
        if seen.info is not None and (ours := _ours(seen.info.token)) is not None:
            return ours  # the same file under another name (a mapped drive and its UNC path)
        if seen.info is None:
            # Empty or unreadable. Programs since issue 16 never leave a lock like that (it is
            # linked into place whole), and an older one writes it within microseconds: one that
            # stays exactly the same (bytes and time) for a moment has no living writer.
            if unreadable is None or (unreadable[0].raw, unreadable[0].mtime) != (seen.raw, seen.mtime):
                unreadable = (seen, time.monotonic())
            elif time.monotonic() - unreadable[1] >= UNREADABLE_DEAD_AFTER and _clear_stale(lock_path, seen):
                unreadable = None
                continue
        if is_stale(seen.info, seen.mtime):
            if _clear_stale(lock_path, seen):
                continue  # gone now (or fresh again): straight back to the create
        elif seen.info is not None:
            raise DatabaseInUseError(db, seen.info)
        # Being created or cleared by another program this instant: look again shortly.
        time.sleep(BUSY_RETRY_SECONDS)
    raise DatabaseInUseError(db, seen.info if seen else None)


def _ours(token: str) -> Lock | None:
    with _registry_mutex:
        for holding in _registry_now().values():
            if holding.info.token == token and not holding.lost:
                holding.count += 1
                return Lock(holding)
    return None


def wait_for_release(
    db_path: str | os.PathLike[str],
    *,
    timeout: float | None = None,
    poll: float = 1.0,
    cancelled: threading.Event | None = None,
    on_busy: Callable[[DatabaseInUseError], None] | None = None,
) -> Lock | None:
    """Wait until the database's lock is released (or left stale) and take it.

    Returns the lock, or None if ``cancelled`` was set. ``DatabaseInUseError`` when ``timeout``
    seconds pass first. ``on_busy(err)`` is called after every attempt that found it held.
    """
    stop = cancelled or threading.Event()
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        if stop.is_set():
            return None
        try:
            return acquire(db_path)
        except DatabaseInUseError as err:
            if on_busy is not None:
                on_busy(err)
            if deadline is not None and time.monotonic() >= deadline:
                raise
            wait = poll if deadline is None else max(0.0, min(poll, deadline - time.monotonic()))
        if stop.wait(wait):
            return None


@atexit.register
def _release_all() -> None:
    """A program that ends normally leaves no lock behind, whoever forgot to close."""
    with _registry_mutex:
        holdings = list(_registry_now().values())
        _registry.clear()
    for holding in holdings:
        if not holding.lost:
            _remove_if_ours(holding.path, holding.info.token)
