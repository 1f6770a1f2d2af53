"""--size WxH: the window, and the picture --screenshot takes of it, are exactly that size,
larger than the offscreen screen (800×800) included."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import window_size
from tests.e2e.test_program import styringsdialog


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshot_has_the_asked_size(tmp_path: Path, demo_path: Path, size: tuple[int, int]) -> None:
    if not isinstance(demo_path, Path):
        pytest.skip("the program opens a file here")
    db, shot = tmp_path / "x.sdb", tmp_path / "s.png"
    shutil.copy(demo_path, db)
    shown = styringsdialog("--db", str(db), "--lang", "nn", "--page", "avtaler", "--size", f"{size[0]}x{size[1]}",
                           "--screenshot", str(shot), data_dir=tmp_path / "data")
    assert shown.returncode == 0, shown.stderr
    assert "kan ikke bli mindre" not in shown.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == size
    # The page fills the window: something is drawn in its right-hand quarter, not a grey margin.
    right = {image.pixel(x, y) for x in range(size[0] * 3 // 4, size[0] - 20, 10) for y in range(100, size[1] - 60, 10)}
    assert len(right) > 1


def test_size_is_read_as_width_by_height() -> None:
    assert window_size("1366x768") == (1366, 768)
    assert window_size("1920×1080") == (1920, 1080)
    for bad in ("1366", "x768", "1366x", "axb", "10x10"):
        with pytest.raises(argparse.ArgumentTypeError):
            window_size(bad)
