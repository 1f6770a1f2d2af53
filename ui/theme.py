"""Colours that follow the system's light or dark palette.

Marks such as an error text or a warning banner need a colour of their own; a fixed dark red
or amber on a dark window cannot be read. These give the light-palette colour on a light
window and a matching light colour (or a dark banner) on a dark one. Sizes are never set
here: fonts follow the system's size (relative sizes only, ``scaled_font``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

# kind: (on a light window, on a dark window)
TEXT = {
    "error": ("#B0001E", "#FF8A80"),
    "warning": ("#8A5A00", "#FFCC66"),
    "ok": ("#1E6B3A", "#7BD88F"),
}
# kind: (background, text, border) on a light window, then on a dark one
BANNER = {
    "warning": (("#FFF4E5", "#3B2F00", "#E0A040"), ("#4A3A10", "#FFE8B0", "#C08020")),
    "error": (("#FDECEA", "#4A1410", "#E8A09A"), ("#5A1E1A", "#FFD8D2", "#B0504A")),
    "over": (("#F8D7DA", "#7A1020", "#F8D7DA"), ("#5A1E24", "#FFD0D6", "#5A1E24")),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (the system's dark mode, or a dark theme)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def text_colour(kind: str) -> QColor:
    return QColor(TEXT[kind][is_dark()])


def colour_style(kind: str) -> str:
    """A style sheet for a label whose text marks an error, a warning or something fine."""
    return f"color: {TEXT[kind][is_dark()]};"


def banner_colours(kind: str) -> tuple[QColor, QColor]:
    """(background, text) of a highlighted cell or banner."""
    background, text, _border = BANNER[kind][is_dark()]
    return QColor(background), QColor(text)


def banner_style(kind: str, selector: str = "") -> str:
    """A style sheet for a banner: its own background, text and border, readable in both palettes."""
    background, text, border = BANNER[kind][is_dark()]
    body = f"background: {background}; color: {text}; border: 1px solid {border}; border-radius: 3px; padding: 6px;"
    return f"{selector} {{ {body} }}" if selector else body


def scaled_font(base: QFont, factor: float) -> QFont:
    """``base`` made ``factor`` times larger: follows the system's font size instead of fixing one."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    return font
