"""Offline by construction, seen from the operating system: the program, run as a user runs it,
never creates an internet socket. strace watches every thread and child at the system-call
level, so a connection attempt from Qt's C++ code or a library is caught too, not only Python's
(tests/ui/test_offline.py covers the Python side of a walk through every page)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

STRACE = shutil.which("strace")
pytestmark = [
    pytest.mark.skipif(STRACE is None, reason="strace mangler (install.sh --test installerer det)"),
    pytest.mark.slow,  # the program in a subprocess under strace
]

# socket(AF_INET, ...) and friends; AF_UNIX (name service cache, message bus) is local.
NETWORK = re.compile(r"socket\((AF_INET6?|AF_PACKET)\b")


def network_sockets(trace: str) -> list[str]:
    return [line for line in trace.splitlines() if NETWORK.search(line)]


def traced(args: list[str], tmp_path: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out = tmp_path / "strace.txt"
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": str(tmp_path / "data"),
                **(env or {})}
    assert STRACE is not None
    result = subprocess.run([STRACE, "-f", "-qq", "-e", "trace=socket", "-o", str(out), *args],
                            env=full_env, capture_output=True, text=True, timeout=300)
    return result.returncode, result.stdout + result.stderr, out.read_text()


def test_the_watch_sees_a_socket_when_one_is_made(tmp_path: Path) -> None:
    """The check can fail: a program that makes an internet socket is caught."""
    code, _, trace = traced([sys.executable, "-c", "import socket; socket.socket(socket.AF_INET6)"], tmp_path)
    assert code == 0
    assert len(network_sockets(trace)) == 1


def test_the_self_test_opens_no_network_socket(tmp_path: Path) -> None:
    code, output, trace = traced([sys.executable, "-m", "ui.main", "--self-test"], tmp_path)
    assert code == 0, output
    assert "Selvtest bestått" in output
    assert network_sockets(trace) == []


def test_the_window_on_the_demo_opens_no_network_socket(tmp_path: Path, demo_path: Path) -> None:
    for page in ("oversikt", "organisasjon", "avtaler", "oppfolging", "budsjett"):
        shot = tmp_path / f"{page}.png"
        code, output, trace = traced([sys.executable, "-m", "ui.main", "--db", str(demo_path), "--page", page,
                                      "--screenshot", str(shot)], tmp_path)
        assert code == 0, output
        assert shot.stat().st_size > 10_000
        assert network_sockets(trace) == [], page
