"""The program follows the system: a dark palette gives readable text everywhere (no fixed dark
colours on a dark window), and a larger system font makes the program's text larger too."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.choices import PAGES
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot
from tests.ui.test_language_switch import _open_everything


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.ToolTipBase, "#353535"),
                         (QPalette.ColorRole.ToolTipText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d7ab8"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
                         (QPalette.ColorRole.Mid, "#555555"), (QPalette.ColorRole.Light, "#505050"),
                         (QPalette.ColorRole.Dark, "#1a1a1a"), (QPalette.ColorRole.Shadow, "#000000")):
        palette.setColor(role, QColor(colour))
    return palette


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(label: QLabel) -> float:
    """The contrast ratio (WCAG) between a label's background (its commonest pixel) and the pixel
    of its text that stands out most from it."""
    image = label.grab().toImage()
    pixels = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    lb = _luminance(background)
    best = 1.0
    for rgb in pixels:
        lf = _luminance(QColor.fromRgb(rgb))
        best = max(best, (max(lb, lf) + 0.05) / (min(lb, lf) + 0.05))
    return best


def _labels(root: QWidget) -> list[QLabel]:
    return [w for w in root.findChildren(QLabel)
            if w.isVisibleTo(root) and w.text().strip() and w.pixmap().isNull() and w.width() > 4 and w.height() > 4]


@pytest.fixture
def dark(qapp):  # type: ignore[no-untyped-def]
    before = QApplication.palette()
    QApplication.setPalette(_dark_palette())
    yield
    QApplication.setPalette(before)


def test_every_label_is_readable_on_a_dark_palette(dark, qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.store import Store

    window = MainWindow(DEMO_TODAY, "nb", Store(demo_db))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _open_everything(window, demo_db)
    unreadable = []
    for key in PAGES:
        window.show_page(key)
        save_screenshot(window, f"dark-{key}-1366x768")
        for label in _labels(window):
            ratio = contrast(label)
            if ratio < 3.0:
                unreadable.append((key, label.text()[:60], round(ratio, 2), label.styleSheet()))
    assert unreadable == []


def test_text_follows_the_system_font_size(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    """With a larger system font the navigation, headings and forms grow with it; no style sheet
    fixes a font size in points or pixels."""
    from ui.main_window import MainWindow
    from ui.store import Store

    before = QApplication.font()
    large = QFont(before)
    large.setPointSizeF(16)
    QApplication.setFont(large)
    try:
        window = MainWindow(DEMO_TODAY, "nb", Store(demo_db))
        qtbot.addWidget(window)
        window.show()
        _open_everything(window, demo_db)
        assert window.nav.font().pointSizeF() >= 16
        for key in PAGES:
            assert window.page_widgets[key].heading.font().pointSizeF() > 16
        fixed = [(type(w).__name__, w.styleSheet()) for w in [window, *window.findChildren(QWidget)]
                 if "font-size" in w.styleSheet()]
        assert fixed == []
    finally:
        QApplication.setFont(before)
