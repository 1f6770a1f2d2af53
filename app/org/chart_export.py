"""The org chart as a vector PDF, an SVG or a PNG, drawn from a ``ChartLayout``.

All three outputs share one drawing routine through a small painter interface, so they
show the same thing: boxes coloured by kind (``chart_style``), the unit name (wrapped to two
lines, the font shrunk when needed), the leader or «Ledig» (a red stripe on the box's left
edge), the FTEs, and a dashed border for partner units outside the line.

Follow-up leads are people, not units, so there is no box to draw a dotted line from; with
``show_follow_up`` each box gets an extra line «Oppfølging: NN» in the follow-up colour,
which stays readable on a chart of any size. The text is DejaVu Sans (shipped in
``resources/fonts``), embedded in the PDF so æ, ø and å print everywhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from PIL import Image, ImageFont

from app.errors import AppError
from app.formatting import format_date
from app.org import chart_style as st
from app.org.chart_layout import Box, ChartLayout, ChartNode, build_chart_nodes, layout_chart
from app.resources import resource_path
from app.storage.files import write_atomically
from db.models import OrgVersion

FORMATS = ("pdf", "svg", "png")
PAPERS = {"a4": A4, "a3": A3}  # portrait (width, height) in points
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

MARGIN = 28.0  # about 1 cm
MAX_SCALE = 1.5  # how much a small chart may be enlarged to fill the page
HEADER_HEIGHT = 46.0
FOOTER_HEIGHT = 34.0  # legend (up to two rows) and «side X av Y»
TITLE_SIZE = 14.0
SUBTITLE_SIZE = 9.0
SMALL_SIZE = 7.0
MAX_PNG_SIDE = 12_000  # pixels; larger charts are drawn at a smaller scale
MAX_PNG_PIXELS = 80_000_000  # below Pillow's decompression-bomb warning when read back


# ----------------------------------------------------------------------------- fonts and text

@cache
def _register_fonts() -> None:
    for name in FONT_FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))


def font_path(name: str = REGULAR) -> Path:
    """The TTF file of the regular or bold font (``REGULAR`` or ``BOLD``)."""
    return resource_path("fonts", FONT_FILES[name])


def text_width(text: str, size: float, bold: bool = False) -> float:
    _register_fonts()
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Words and the parts of hyphenated words, each with whether a space comes before it."""
    out: list[tuple[str, bool]] = []
    for word in text.split():
        parts = word.split("-")
        for i, part in enumerate(parts):
            piece = part + ("-" if i < len(parts) - 1 else "")
            if piece:
                out.append((piece, i == 0))
    return out


def wrap_text(text: str, size: float, bold: bool, max_width: float, max_lines: int) -> list[str] | None:
    """Greedy wrap at spaces and after hyphens (a too-long word is split anywhere); ``None``
    when it takes more than ``max_lines`` lines."""
    lines: list[str] = []
    line = ""
    for piece, spaced in _tokens(text):
        candidate = f"{line} {piece}" if line and spaced else line + piece
        if text_width(candidate, size, bold) <= max_width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = piece
        while text_width(line, size, bold) > max_width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and text_width(line[:cut], size, bold) > max_width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        if len(lines) >= max_lines:
            return None
    if line:
        lines.append(line)
    return lines if len(lines) <= max_lines else None


def _ellipsize(text: str, size: float, bold: bool, max_width: float) -> str:
    if text_width(text, size, bold) <= max_width:
        return text
    while text and text_width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class TextLine:
    text: str
    size: float
    bold: bool
    colour: str
    width: float


NAME_SIZES = (st.NAME_FONT_SIZE, 8.0, 7.5, 7.0, 6.5, 6.0, st.NAME_MIN_FONT_SIZE)


@lru_cache(maxsize=20_000)
def _name_lines(name: str, max_width: float) -> tuple[tuple[str, ...], float]:
    """The name in at most two lines at the largest size that fits (three at the smallest)."""
    for size in NAME_SIZES:
        lines = wrap_text(name, size, True, max_width, 2)
        if lines is not None:
            return tuple(lines), size
    size = st.NAME_MIN_FONT_SIZE
    lines = wrap_text(name, size, True, max_width, 3)
    if lines is None:
        lines = (wrap_text(name, size, True, max_width, 99) or [name])[:3]
        lines[-1] = _ellipsize(lines[-1] + "…", size, True, max_width)
    return tuple(lines), size


def _detail_line(text: str, colour: str, max_width: float) -> TextLine:
    size = st.DETAIL_FONT_SIZE
    while size > st.NAME_MIN_FONT_SIZE and text_width(text, size) > max_width:
        size -= 0.5
    text = _ellipsize(text, size, False, max_width)
    return TextLine(text, size, False, colour, text_width(text, size))


def box_lines(node: ChartNode, width: float = st.BOX_WIDTH, show_follow_up: bool = False) -> list[TextLine]:
    """The lines of text in a unit's box, top to bottom."""
    inner = width - 2 * st.BOX_PADDING - st.VACANT_STRIPE
    names, size = _name_lines(node.name, inner)
    lines = [TextLine(t, size, True, st.TEXT, text_width(t, size, True)) for t in names]
    vacant = not node.leader
    lines.append(_detail_line(st.leader_text(node.leader, node.acting_leader), st.VACANT if vacant else st.TEXT,
                              inner))
    fte = st.fte_text(node.fte)
    if fte:
        lines.append(_detail_line(fte, st.SECONDARY_TEXT, inner))
    if show_follow_up and node.follow_up_lead:
        lines.append(_detail_line(st.follow_up_text(node.follow_up_lead), st.FOLLOW_UP, inner))
    return lines


# ----------------------------------------------------------------------------- painters

class _Painter:
    """Draws in chart coordinates (points, y down) mapped by ``set_transform`` onto the output."""

    ox = oy = 0.0
    s = 1.0

    def set_transform(self, ox: float, oy: float, s: float) -> None:
        self.ox, self.oy, self.s = ox, oy, s

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None, stroke: str | None = None,
             stroke_width: float = 0.0, dash: tuple[float, float] | None = None, radius: float = 0.0) -> None:
        raise NotImplementedError

    def lines(self, polylines: Iterable[list[tuple[float, float]]], *, colour: str, width: float) -> None:
        raise NotImplementedError

    def text(self, cx: float, baseline: float, text: str, *, size: float, bold: bool, colour: str, width: float,
             anchor: str = "middle") -> None:
        raise NotImplementedError


class _PdfPainter(_Painter):
    """Writes PDF drawing operators straight into the page's content stream.

    Going through reportlab's canvas calls costs more than a second for a few thousand
    boxes (every number passes through its pure-Python formatter); formatting the
    operators here keeps the 5,000-unit chart under the goal. Text still goes through
    reportlab's TrueType subsetting (``splitString``), so the font is embedded as usual.
    """

    def __init__(self, canvas: Canvas, page_height: float) -> None:
        _register_fonts()
        self.c = canvas
        self.page_height = page_height
        self.ops: list[str] = []
        self.fonts = {False: pdfmetrics.getFont(REGULAR), True: pdfmetrics.getFont(BOLD)}
        self._fill: str | None = None
        self._stroke: str | None = None
        self._line: tuple[float, bool] | None = None

    def _X(self, x: float) -> float:  # noqa: N802
        return self.ox + x * self.s

    def _Y(self, y: float) -> float:  # noqa: N802  (PDF's y grows upward)
        return self.page_height - (self.oy + y * self.s)

    def _set_fill(self, colour: str) -> None:
        if colour != self._fill:
            self.ops.append(f"{_rgb(colour)} rg")
            self._fill = colour

    def _set_stroke(self, colour: str, width: float, dash: tuple[float, float] | None) -> None:
        if colour != self._stroke:
            self.ops.append(f"{_rgb(colour)} RG")
            self._stroke = colour
        line = (width * self.s, dash is not None)
        if line != self._line:
            pattern = f"[{dash[0] * self.s:.3f} {dash[1] * self.s:.3f}]" if dash else "[]"
            self.ops.append(f"{line[0]:.3f} w {pattern} 0 d 2 J")
            self._line = line

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None, stroke: str | None = None,
             stroke_width: float = 0.0, dash: tuple[float, float] | None = None, radius: float = 0.0) -> None:
        if fill:
            self._set_fill(fill)
        if stroke:
            self._set_stroke(stroke, stroke_width, dash)
        x0, y1 = self._X(x), self._Y(y)
        w, h = w * self.s, h * self.s
        y0 = y1 - h
        r = min(radius * self.s, w / 2, h / 2)
        if r >= 0.3:  # a rounded corner too small to see is left square
            k = r * 0.4477  # (1 - 0.5523): the Bézier control point of a quarter circle
            x1 = x0 + w
            path = (f"{x0 + r:.2f} {y0:.2f} m {x1 - r:.2f} {y0:.2f} l "
                    f"{x1 - k:.2f} {y0:.2f} {x1:.2f} {y0 + k:.2f} {x1:.2f} {y0 + r:.2f} c "
                    f"{x1:.2f} {y1 - r:.2f} l {x1:.2f} {y1 - k:.2f} {x1 - k:.2f} {y1:.2f} {x1 - r:.2f} {y1:.2f} c "
                    f"{x0 + r:.2f} {y1:.2f} l {x0 + k:.2f} {y1:.2f} {x0:.2f} {y1 - k:.2f} {x0:.2f} {y1 - r:.2f} c "
                    f"{x0:.2f} {y0 + r:.2f} l {x0:.2f} {y0 + k:.2f} {x0 + k:.2f} {y0:.2f} {x0 + r:.2f} {y0:.2f} c h")
        else:
            path = f"{x0:.2f} {y0:.2f} {w:.2f} {h:.2f} re"
        self.ops.append(f"{path} {'B' if fill and stroke else 'f' if fill else 'S'}")

    def lines(self, polylines: Iterable[list[tuple[float, float]]], *, colour: str, width: float) -> None:
        self._set_stroke(colour, width, None)
        X, Y = self._X, self._Y  # noqa: N806
        for points in polylines:
            (x0, y0), *rest = points
            self.ops.append(f"{X(x0):.2f} {Y(y0):.2f} m " + " ".join(f"{X(x):.2f} {Y(y):.2f} l" for x, y in rest)
                            + " S")

    def text(self, cx: float, baseline: float, text: str, *, size: float, bold: bool, colour: str, width: float,
             anchor: str = "middle") -> None:
        self._set_fill(colour)
        x = cx - (width / 2 if anchor == "middle" else width if anchor == "end" else 0.0)
        font, doc = self.fonts[bold], self.c._doc  # type: ignore[attr-defined]  # reportlab's document, not in its stubs
        # TrueType subsetting as the canvas does it (the stubs know only the base Font class).
        shown = " ".join(f"{font.getSubsetInternalName(subset, doc)} {size * self.s:.3f} Tf ({escapePDF(chunk)}) Tj"  # type: ignore[attr-defined]
                         for subset, chunk in font.splitString(text, doc))  # type: ignore[attr-defined]
        self.ops.append(f"BT {self._X(x):.2f} {self._Y(baseline):.2f} Td {shown} ET")

    def end_page(self) -> None:
        self.c.addLiteral("q\n" + "\n".join(self.ops) + "\nQ")
        self.ops = []

    def new_page(self, page_height: float) -> None:
        self.page_height = page_height
        self._fill = self._stroke = None  # a new page starts from the defaults
        self._line = None


@cache
def _rgb(hex_colour: str) -> str:
    c = HexColor(hex_colour)
    return f"{c.red:.3f} {c.green:.3f} {c.blue:.3f}"


class _SvgPainter(_Painter):
    def __init__(self) -> None:
        self.parts: list[str] = []

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None, stroke: str | None = None,
             stroke_width: float = 0.0, dash: tuple[float, float] | None = None, radius: float = 0.0) -> None:
        s = self.s
        attrs = [f'x="{self.ox + x * s:.2f}" y="{self.oy + y * s:.2f}" width="{w * s:.2f}" height="{h * s:.2f}"',
                 f'fill="{fill or "none"}"']
        if radius:
            attrs.append(f'rx="{radius * s:.2f}"')
        if stroke:
            attrs.append(f'stroke="{stroke}" stroke-width="{stroke_width * s:.2f}"')
            if dash:
                attrs.append(f'stroke-dasharray="{dash[0] * s:.2f} {dash[1] * s:.2f}"')
        self.parts.append(f"<rect {' '.join(attrs)}/>")

    def lines(self, polylines: Iterable[list[tuple[float, float]]], *, colour: str, width: float) -> None:
        s, ox, oy = self.s, self.ox, self.oy
        d = " ".join(
            "M" + " L".join(f"{ox + x * s:.2f} {oy + y * s:.2f}" for x, y in points) for points in polylines
        )
        if d:
            self.parts.append(f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width * s:.2f}" '
                              'stroke-linecap="square"/>')

    def text(self, cx: float, baseline: float, text: str, *, size: float, bold: bool, colour: str, width: float,
             anchor: str = "middle") -> None:
        s = self.s
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(
            f'<text x="{self.ox + cx * s:.2f}" y="{self.oy + baseline * s:.2f}" font-size="{size * s:.2f}"{weight} '
            f'fill="{colour}" text-anchor="{anchor}">{_xml_text(text)}</text>'
        )


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Escaped for XML, without the control characters XML does not allow (a pasted name
    can carry one)."""
    return escape(_NOT_IN_XML.sub("", text))


class _PngPainter(_Painter):
    def __init__(self, image: Image.Image) -> None:
        from PIL import ImageDraw

        self.draw = ImageDraw.Draw(image)

    @staticmethod
    @cache
    def _font(bold: bool, px: int) -> ImageFont.FreeTypeFont:
        from PIL import ImageFont

        return ImageFont.truetype(str(font_path(BOLD if bold else REGULAR)), max(px, 1))

    def _p(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + x * self.s, self.oy + y * self.s

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None, stroke: str | None = None,
             stroke_width: float = 0.0, dash: tuple[float, float] | None = None, radius: float = 0.0) -> None:
        x0, y0 = self._p(x, y)
        x1, y1 = self._p(x + w, y + h)
        line = max(1, round(stroke_width * self.s)) if stroke else 0
        outline = stroke if stroke and not dash else None
        if radius and x1 - x0 > 4:
            self.draw.rounded_rectangle((x0, y0, x1, y1), radius=radius * self.s, fill=fill, outline=outline,
                                        width=line)
        else:
            self.draw.rectangle((x0, y0, x1, y1), fill=fill, outline=outline, width=line)
        if stroke and dash:
            on, off = dash[0] * self.s, dash[1] * self.s
            for a, b in (((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))):
                length = abs(b[0] - a[0]) + abs(b[1] - a[1])
                ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
                t = 0.0
                while t < length:
                    e = min(t + on, length)
                    self.draw.line((a[0] + ux * t, a[1] + uy * t, a[0] + ux * e, a[1] + uy * e), fill=stroke,
                                   width=line)
                    t = e + off

    def lines(self, polylines: Iterable[list[tuple[float, float]]], *, colour: str, width: float) -> None:
        px = max(1, round(width * self.s))
        for points in polylines:
            self.draw.line([self._p(x, y) for x, y in points], fill=colour, width=px)

    def text(self, cx: float, baseline: float, text: str, *, size: float, bold: bool, colour: str, width: float,
             anchor: str = "middle") -> None:
        if size * self.s < 4:  # illegible at this scale: leave it out rather than smudge
            return
        font = self._font(bold, round(size * self.s))
        code = {"middle": "ms", "start": "ls", "end": "rs"}[anchor]
        self.draw.text(self._p(cx, baseline), text, font=font, fill=colour, anchor=code)


# ----------------------------------------------------------------------------- drawing

@dataclass(frozen=True)
class ChartExtras:
    """Issue 20: what a chart shows besides the tree, in every export: changes against the compared
    version, the «Forslag/utkast» marking of a scenario, relations and networks."""

    marks: dict[UUID, str]
    draft: bool = False
    relations: tuple[tuple[UUID, UUID, str], ...] = ()
    networks: tuple[tuple[str, str, frozenset[UUID]], ...] = ()  # name, colour, member units
    removed: tuple[str, ...] = ()


_EXTRAS: ContextVar[ChartExtras | None] = ContextVar("chart_extras", default=None)


def _dashed(a: tuple[float, float], b: tuple[float, float],
            pattern: tuple[float, ...]) -> list[list[tuple[float, float]]]:
    """A straight line from a to b as the segments of a dash pattern (on, off, ...; the painters draw solid
    lines)."""
    (x0, y0), (x1, y1) = a, b
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    out: list[list[tuple[float, float]]] = []
    t, i = 0.0, 0
    while t < length:
        end = min(t + pattern[i % len(pattern)], length)
        if i % 2 == 0:
            out.append([(x0 + (x1 - x0) * t / length, y0 + (y1 - y0) * t / length),
                        (x0 + (x1 - x0) * end / length, y0 + (y1 - y0) * end / length)])
        t, i = end, i + 1
    return out


def _draw_extras(p: _Painter, layout: ChartLayout, extras: ChartExtras) -> None:
    boxes = layout.boxes
    for _name, colour, members in extras.networks:
        for unit_id in members:
            box = boxes.get(unit_id)
            if box is not None:
                p.rect(box.x - 2, box.y - 2, box.w + 4, box.h + 4, fill=None, stroke=colour, stroke_width=1.2,
                       radius=st.BOX_RADIUS + 1)
    for from_id, to_id, kind in extras.relations:
        a, b = boxes.get(from_id), boxes.get(to_id)
        if a is None or b is None or kind not in st.RELATION_STYLES:
            continue
        colour, pattern, _word = st.RELATION_STYLES[kind]
        p.lines(_dashed((a.cx, a.y + a.h / 2), (b.cx, b.y + b.h / 2), pattern), colour=colour, width=1.2)
    for unit_id, mark in extras.marks.items():
        box = boxes.get(unit_id)
        if box is None or mark not in st.MARK_COLOURS:
            continue
        colour, word = st.MARK_COLOURS[mark], st.mark_text(mark)
        p.rect(box.x, box.y, box.w, st.MARK_BAND, fill=colour)
        p.text(box.x + box.w - 3, box.y + box.h - 2.5, word, size=5.5, bold=True, colour=colour,
               width=text_width(word, 5.5, True), anchor="end")


def _draw_chart(p: _Painter, layout: ChartLayout, show_follow_up: bool) -> None:
    p.lines(_merged_segments(layout), colour=st.LINE, width=st.LINE_WIDTH)
    for box in layout.boxes.values():
        _draw_box(p, box, show_follow_up)
    extras = _EXTRAS.get()
    if extras is not None:
        _draw_extras(p, layout, extras)


def _merged_segments(layout: ChartLayout) -> list[list[tuple[float, float]]]:
    """The lines as straight segments, overlapping ones merged: siblings share the line down
    from their parent and the bus, and drawing those once per child would darken them."""
    rows: dict[float, list[tuple[float, float]]] = defaultdict(list)
    cols: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for edge in layout.edges:
        for (x0, y0), (x1, y1) in pairwise(edge.points):
            if abs(y0 - y1) < 1e-6:
                rows[round(y0, 3)].append((min(x0, x1), max(x0, x1)))
            else:  # the layout draws right angles only
                cols[round(x0, 3)].append((min(y0, y1), max(y0, y1)))
    out: list[list[tuple[float, float]]] = []
    for y, spans in rows.items():
        out.extend([(a, y), (b, y)] for a, b in _union(spans))
    for x, spans in cols.items():
        out.extend([(x, a), (x, b)] for a, b in _union(spans))
    return out


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    spans.sort()
    merged = [list(spans[0])]
    for a, b in spans[1:]:
        if a <= merged[-1][1] + 1e-6:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _draw_box(p: _Painter, box: Box, show_follow_up: bool) -> None:
    node = box.node
    style = st.style_for(node.kind, node.is_external)
    dash = st.EXTERNAL_DASH if node.is_external else None
    if box.collapsed:  # a card behind the box: there is more below
        p.rect(box.x + 2.5, box.y + 2.5, box.w, box.h, fill=style.fill, stroke=style.border,
               stroke_width=st.BORDER_WIDTH, radius=st.BOX_RADIUS)
    p.rect(box.x, box.y, box.w, box.h, fill=style.fill, stroke=style.border, stroke_width=st.BORDER_WIDTH,
           dash=dash, radius=st.BOX_RADIUS)
    if not node.leader:
        p.rect(box.x + 0.6, box.y + 0.6, st.VACANT_STRIPE, box.h - 1.2, fill=st.VACANT)
    lines = box_lines(node, box.w, show_follow_up)
    heights = [t.size * st.LINE_SPACING for t in lines]
    first_detail = next((i for i, t in enumerate(lines) if not t.bold), None)
    if first_detail:  # a little air between the name and the rest
        heights[first_detail] += 1.5
    y = box.y + (box.h - sum(heights)) / 2
    cx = box.cx + st.VACANT_STRIPE / 2
    for t, h in zip(lines, heights, strict=True):
        y += h
        p.text(cx, y - h * 0.22, t.text, size=t.size, bold=t.bold, colour=t.colour, width=t.width)
    if box.collapsed and box.hidden:
        label = f"+{box.hidden}"
        p.text(box.x + box.w - 3, box.y + box.h - 3, label, size=5.5, bold=True, colour=st.SECONDARY_TEXT,
               width=text_width(label, 5.5, True), anchor="end")


def _draw_header(p: _Painter, x: float, y: float, width: float, title: str, subtitle: str) -> None:
    extras = _EXTRAS.get()
    if extras is not None and extras.draft:  # a scenario: «Forslag/utkast» at the top right of every page
        p.text(x + width, y + TITLE_SIZE, st.DRAFT_MARK, size=TITLE_SIZE - 2, bold=True, colour=st.DRAFT_COLOUR,
               width=text_width(st.DRAFT_MARK, TITLE_SIZE - 2, True), anchor="end")
    p.text(x, y + TITLE_SIZE, title, size=TITLE_SIZE, bold=True, colour=st.HEADER_RULE,
           width=text_width(title, TITLE_SIZE, True), anchor="start")
    p.text(x, y + TITLE_SIZE + 6 + SUBTITLE_SIZE, subtitle, size=SUBTITLE_SIZE, bold=False, colour=st.TEXT,
           width=text_width(subtitle, SUBTITLE_SIZE), anchor="start")
    p.lines([[(x, y + HEADER_HEIGHT - 10), (x + width, y + HEADER_HEIGHT - 10)]], colour=st.HEADER_RULE, width=0.8)


def _legend_items(layout: ChartLayout, show_follow_up: bool) -> list[tuple[str, str, str]]:
    """(fill, border, label) for each style in the chart, then «Ledig» and the follow-up note."""
    used: dict[str, st.KindStyle] = {}
    vacant = follow_up = False
    for box in layout.boxes.values():
        node = box.node
        style = st.style_for(node.kind, node.is_external)
        used.setdefault(style.label, style)
        vacant = vacant or not node.leader
        follow_up = follow_up or bool(node.follow_up_lead)
    items: list[tuple[str, str, str]] = []
    for style in (*st.KIND_STYLES.values(), st.EXTERNAL):
        if style.label in used and all(label != style.label for _, _, label in items):
            items.append((style.fill, style.border, style.label))
    if vacant:
        items.append((st.VACANT, st.VACANT, "Ledig stilling"))
    if show_follow_up and follow_up:
        items.append((st.BACKGROUND, st.FOLLOW_UP, "Oppfølging: kommunalsjefen som følger opp enheten"))
    extras = _EXTRAS.get()
    if extras is not None:
        for mark in dict.fromkeys(extras.marks.values()):
            items.append((st.MARK_COLOURS[mark], st.MARK_COLOURS[mark], st.MARK_LABELS[mark]))
        for kind in dict.fromkeys(kind for _, _, kind in extras.relations):
            colour, _pattern, word = st.RELATION_STYLES[kind]
            items.append((st.BACKGROUND, colour, word))
        # A network's name often says «nettverk» itself («Nettverk helse og velferd»): then not twice.
        items.extend((st.BACKGROUND, colour, name if "nettverk" in name.lower() else f"Nettverk: {name}")
                     for name, colour, _ in extras.networks)
        if extras.removed:
            items.append((st.BACKGROUND, st.DRAFT_COLOUR, "Fjernet: " + ", ".join(extras.removed)))
        names = {unit_id: box.node.name for unit_id, box in layout.boxes.items()}
        items.extend((st.BACKGROUND, st.MARK_COLOURS["merged"], note)
                     for note in st.merged_from_notes(extras.marks, names))
    return items


LEGEND_ROW = 11.0  # one row of swatches
LEGEND_LINE = 9.0  # the next line of a label too long for one row


def _legend_places(x: float, y: float, max_x: float, items: list[tuple[str, str, str]]) -> tuple[
        list[tuple[float, float, str, str, list[str]]], float]:
    """Where each swatch goes, with its label's lines, in rows from (x, y) wrapped before ``max_x``; and the
    legend's height. A label longer than a row (several merges dated after the day shown, many units
    removed) wraps onto more lines instead of running off the page."""
    left, top = x, y
    row_height = LEGEND_ROW
    places: list[tuple[float, float, str, str, list[str]]] = []
    room = max(max_x - left - 13, 40.0)
    for fill, border, label in items:
        lines = [label]
        if text_width(label, SMALL_SIZE) > room:
            lines = wrap_text(label, SMALL_SIZE, False, room, 1000) or [label]
        w = max(text_width(t, SMALL_SIZE) for t in lines)
        if x > left and x + 13 + w > max_x:
            x, y, row_height = left, y + row_height, LEGEND_ROW
        places.append((x, y, fill, border, lines))
        row_height = max(row_height, LEGEND_ROW + LEGEND_LINE * (len(lines) - 1))
        x += 13 + w + 12
    return places, (y - top + row_height if places else 0.0)


def _draw_legend(p: _Painter, x: float, y: float, max_x: float, items: list[tuple[str, str, str]]) -> None:
    """Swatches and labels in rows from (x, y), wrapped before ``max_x``."""
    for sx, sy, fill, border, lines in _legend_places(x, y, max_x, items)[0]:
        p.rect(sx, sy, 10, 7, fill=fill, stroke=border, stroke_width=0.6)
        for i, line in enumerate(lines):
            p.text(sx + 13, sy + 6.5 + i * LEGEND_LINE, line, size=SMALL_SIZE, bold=False, colour=st.TEXT,
                   width=text_width(line, SMALL_SIZE), anchor="start")


def _footer_height(x: float, max_x: float, items: list[tuple[str, str, str]]) -> float:
    """The room under the chart: FOOTER_HEIGHT, or more when the legend needs more than two rows."""
    return max(FOOTER_HEIGHT, 10 + _legend_places(x, 0.0, max_x, items)[1] + 2)


def _page_label(number: int, count: int) -> tuple[str, float]:
    label = f"side {number} av {count}"
    return label, text_width(label, SMALL_SIZE + 1)


# ----------------------------------------------------------------------------- outputs

def _page_for(layout: ChartLayout, paper: str, landscape: bool | None,
              legend: list[tuple[str, str, str]] | None = None, label_w: float = 0.0) -> tuple[float, float, float]:
    """(page width, page height, scale) with the chart fitted into the page above its ``legend``; a small
    chart is enlarged at most MAX_SCALE times, so its boxes do not turn into posters."""
    portrait = PAPERS[paper]

    def fit(size: tuple[float, float]) -> float:
        area_w = size[0] - 2 * MARGIN
        footer = _footer_height(MARGIN, size[0] - MARGIN - label_w - 16, legend or [])
        area_h = size[1] - 2 * MARGIN - HEADER_HEIGHT - footer
        return min(MAX_SCALE, area_w / max(layout.width, 1.0), area_h / max(layout.height, 1.0))

    across = (portrait[1], portrait[0])
    if landscape is None:  # org charts are usually printed across: prefer it unless clearly worse
        landscape = fit(across) >= 0.9 * fit(portrait)
    size = across if landscape else portrait
    return size[0], size[1], fit(size)


def render_pdf(
    layout: ChartLayout,
    out: Path,
    *,
    title: str,
    subtitle: str,
    paper: str = "a4",
    landscape: bool | None = None,
    split_pages: list[ChartLayout] | None = None,
    show_follow_up: bool = False,
) -> Path:
    """Write the chart as a vector PDF: ``layout`` fitted on the first page, then each of
    ``split_pages`` on a page of its own (its top unit named in the header)."""
    paper = _check_paper(paper)
    _register_fonts()
    pages = [layout, *(split_pages or [])]
    with _binary_streams():
        return _write_pdf(pages, out, title, subtitle, paper, landscape, show_follow_up)


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without ASCII85 on top: a quarter smaller and faster to write
    (reportlab only offers this as a global setting, so it is restored afterwards)."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _write_pdf(pages: list[ChartLayout], out: Path, title: str, subtitle: str, paper: str,
               landscape: bool | None, show_follow_up: bool) -> Path:
    # reportlab's stubs type the initial font name as a number; it is the name.
    canvas = Canvas(str(out), pagesize=PAPERS[paper], pageCompression=1, initialFontName=REGULAR)  # type: ignore[arg-type]
    canvas.setTitle(f"{title} – {subtitle}")
    canvas.setAuthor("Styringsdialog")
    canvas.setSubject("Organisasjonskart")
    painter = _PdfPainter(canvas, PAPERS[paper][1])
    for number, page in enumerate(pages, start=1):
        legend = _legend_items(page, show_follow_up)
        label, label_w = _page_label(number, len(pages))
        width, height, scale = _page_for(page, paper, landscape, legend, label_w)
        canvas.setPageSize((width, height))
        painter.new_page(height)
        page_subtitle = subtitle
        if number > 1 and page.root_ids:
            page_subtitle = f"{subtitle} – {page.boxes[page.root_ids[0]].node.name}"
        painter.set_transform(0.0, 0.0, 1.0)
        _draw_header(painter, MARGIN, MARGIN, width - 2 * MARGIN, title, page_subtitle)
        legend_right = width - MARGIN - label_w - 16
        footer_y = height - MARGIN - _footer_height(MARGIN, legend_right, legend) + 10
        painter.text(width - MARGIN, footer_y + 7, label, size=SMALL_SIZE + 1, bold=False, colour=st.TEXT,
                     width=label_w, anchor="end")
        _draw_legend(painter, MARGIN, footer_y, legend_right, legend)
        area_w = width - 2 * MARGIN
        ox = MARGIN + (area_w - page.width * scale) / 2
        painter.set_transform(ox, MARGIN + HEADER_HEIGHT, scale)
        _draw_chart(painter, page, show_follow_up)
        painter.end_page()
        canvas.showPage()
    canvas.save()
    return out


def _sheet_size(layout: ChartLayout, show_follow_up: bool = False) -> tuple[float, float]:
    """The size in points of an SVG or PNG: the chart with margins, header and legend."""
    width = max(layout.width, 360.0) + 2 * MARGIN
    footer = _footer_height(MARGIN, width - MARGIN, _legend_items(layout, show_follow_up))
    return width, layout.height + 2 * MARGIN + HEADER_HEIGHT + footer


def _draw_sheet(p: _Painter, layout: ChartLayout, title: str, subtitle: str, show_follow_up: bool,
                scale: float) -> None:
    width, height = _sheet_size(layout, show_follow_up)
    p.set_transform(0.0, 0.0, scale)
    _draw_header(p, MARGIN, MARGIN, width - 2 * MARGIN, title, subtitle)
    legend = _legend_items(layout, show_follow_up)
    _draw_legend(p, MARGIN, height - MARGIN - _footer_height(MARGIN, width - MARGIN, legend) + 10, width - MARGIN,
                 legend)
    p.set_transform((width - layout.width) / 2 * scale, (MARGIN + HEADER_HEIGHT) * scale, scale)
    _draw_chart(p, layout, show_follow_up)


def render_svg(layout: ChartLayout, out: Path, *, title: str, subtitle: str, show_follow_up: bool = False) -> Path:
    """Write the chart as a standalone SVG (sizes in points, text as text)."""
    width, height = _sheet_size(layout, show_follow_up)
    painter = _SvgPainter()
    _draw_sheet(painter, layout, title, subtitle, show_follow_up, 1.0)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width:.2f}pt" height="{height:.2f}pt" '
        f'viewBox="0 0 {width:.2f} {height:.2f}" '
        'font-family="DejaVu Sans, Verdana, Arial, sans-serif">\n'
        f"<title>{_xml_text(title)} – {_xml_text(subtitle)}</title>\n"
        f'<rect x="0" y="0" width="{width:.2f}" height="{height:.2f}" fill="{st.BACKGROUND}"/>\n'
    )
    Path(out).write_text(head + "\n".join(painter.parts) + "\n</svg>\n", encoding="utf-8")
    return out


def png_size(layout: ChartLayout, scale: float = 2.0, show_follow_up: bool = False) -> tuple[int, int]:
    """The pixel size ``render_png`` gives a layout: the sheet at ``scale`` pixels per point,
    reduced for very large charts so the image stays within MAX_PNG_SIDE and MAX_PNG_PIXELS."""
    width, height = _sheet_size(layout, show_follow_up)
    scale = _png_scale(width, height, scale)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _png_scale(width: float, height: float, scale: float) -> float:
    scale = min(scale, MAX_PNG_SIDE / max(width, height))
    return min(scale, (MAX_PNG_PIXELS / (width * height)) ** 0.5)


def render_png(layout: ChartLayout, out: Path, *, title: str, subtitle: str, scale: float = 2.0,
               show_follow_up: bool = False) -> Path:
    """Write the chart as a PNG at ``scale`` pixels per point (2.0 ≈ 144 dpi)."""
    from PIL import Image

    width, height = _sheet_size(layout, show_follow_up)
    scale = _png_scale(width, height, scale)
    image = Image.new("RGB", png_size(layout, scale, show_follow_up), st.BACKGROUND)
    _draw_sheet(_PngPainter(image), layout, title, subtitle, show_follow_up, scale)
    fast = image.width * image.height > 20_000_000  # huge charts: quicker, slightly larger file
    image.save(out, "PNG", compress_level=1 if fast else 6, dpi=(round(72 * scale), round(72 * scale)))
    return out


# ----------------------------------------------------------------------------- the use case

def _check_paper(paper: str) -> str:
    key = (paper or "").strip().lower()
    if key not in PAPERS:
        raise AppError(f"Ukjent papirformat «{paper}». Velg a4 eller a3.")
    return key


def find_root(nodes: list[ChartNode], root: str) -> UUID:
    """The unit named by its code or its exact name (the code wins)."""
    wanted = root.strip()
    by_code = [n for n in nodes if n.code == wanted]
    if by_code:
        return by_code[0].id
    by_name = [n for n in nodes if n.name == wanted] or [n for n in nodes if n.name.casefold() == wanted.casefold()]
    if len(by_name) == 1:
        return by_name[0].id
    if len(by_name) > 1:
        codes = ", ".join(n.code for n in by_name)
        raise AppError(f"Flere enheter heter «{root}» (koder {codes}). Oppgi enhetens kode i stedet for navnet.")
    raise AppError(f"Fant ingen enhet med kode eller navn «{root}» i denne organisasjonsversjonen. "
                   "Sjekk skrivemåten, eller bruk enhetens kode slik den står i enhetslisten.")


def _split_layouts(nodes: list[ChartNode], top: ChartLayout, root_id: UUID | None) -> tuple[
        ChartLayout, list[ChartLayout]]:
    """An overview of the top units and their children, and one layout per child with units under it."""
    parents = {n.parent_id for n in nodes if n.parent_id is not None}
    heads = [b.node.id for b in top.boxes.values() if b.depth == 1 and b.node.id in parents]  # preorder
    overview = layout_chart(nodes, root_id=root_id, collapsed=frozenset(heads))
    return overview, [layout_chart(nodes, root_id=head) for head in heads]


def _chart_subtitle(version: OrgVersion, on: date) -> str:
    return f"Organisasjonskart – {version.name} – per {format_date(on)}"


def chart_heading(session: Session, version_id: UUID, on: date) -> str:
    """The heading of a printed chart, as of the exported one: «Lindvik kommune – Organisasjonskart –
    Gjeldende organisasjon – per 07.12.2026» (never the window's title with the file's path)."""
    version = session.get(OrgVersion, version_id)
    if version is None:
        raise AppError("Fant ikke organisasjonsversjonen. Den kan være slettet; velg en annen versjon.")
    municipality = version.municipality.name if version.municipality is not None else ""
    return " – ".join(t for t in (municipality, _chart_subtitle(version, on)) if t)


def export_chart(
    session: Session,
    version_id: UUID,
    fmt: str,
    out: Path,
    *,
    on: date,
    root: str | None = None,
    paper: str = "a4",
    landscape: bool | None = None,
    split_subtrees: bool = False,
    show_follow_up: bool = False,
    collapsed: frozenset[UUID] = frozenset(),
) -> Path:
    """Draw an organisation version as it stands on ``on`` to a PDF, SVG or PNG file.

    ``root`` (a unit code or exact name) draws only that unit's subtree. The PDF is fitted on
    one page of ``paper`` (orientation by the chart's shape unless ``landscape`` is given), or
    with ``split_subtrees`` an overview page and one page per unit under the top that has
    units of its own. ``collapsed`` units are drawn folded, their units hidden (the chart as the page shows
    it, for printing). Returns ``out``.
    """
    kind = (fmt or "").strip().lower().lstrip(".")
    if kind not in FORMATS:
        raise AppError(f"Ukjent format «{fmt}» for organisasjonskartet. Velg pdf, svg eller png.")
    paper = _check_paper(paper)
    if split_subtrees and kind != "pdf":
        raise AppError("Én side per underenhet går bare i PDF. Velg formatet pdf, eller ta bort oppdelingen.")
    version = session.get(OrgVersion, version_id)
    if version is None:
        raise AppError("Fant ikke organisasjonsversjonen. Den kan være slettet; velg en annen versjon.")
    nodes = build_chart_nodes(session, version_id, on)
    if not nodes:
        raise AppError(f"Organisasjonsversjonen «{version.name}» har ingen enheter å tegne. "
                       "Legg inn enheter eller importer en enhetsliste først.")
    root_id = find_root(nodes, root) if root else None
    layout = layout_chart(nodes, root_id=root_id, collapsed=collapsed)
    title = version.municipality.name
    subtitle = _chart_subtitle(version, on)
    if kind == "pdf":
        split = None
        if split_subtrees:
            layout, split = _split_layouts(nodes, layout, root_id)

        def write(path: Path) -> object:
            return render_pdf(layout, path, title=title, subtitle=subtitle, paper=paper, landscape=landscape,
                              split_pages=split, show_follow_up=show_follow_up)
    elif kind == "svg":
        def write(path: Path) -> object:
            return render_svg(layout, path, title=title, subtitle=subtitle, show_follow_up=show_follow_up)
    else:
        def write(path: Path) -> object:
            return render_png(layout, path, title=title, subtitle=subtitle, show_follow_up=show_follow_up)
    token = _EXTRAS.set(chart_extras(session, version_id, on))
    try:
        return write_atomically(out, write)
    finally:
        _EXTRAS.reset(token)


def chart_extras(session: Session, version_id: UUID, on: date) -> ChartExtras:
    """The marks, relations and networks of a version's chart (issue 20), as every export draws them."""
    from app.org import links
    from app.org.reorganisation import chart_marks

    marks = chart_marks(session, version_id, on)
    networks = tuple((n.name, n.colour, frozenset(n.unit_ids)) for n in links.networks(session, version_id)
                     if n.unit_ids)
    return ChartExtras(marks.marks, marks.draft, tuple(marks.relations), networks, tuple(marks.removed))
