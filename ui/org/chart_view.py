"""The graphical org chart: boxes from ``app.org.chart_layout`` drawn in a QGraphicsView
with zoom, pan, fit, collapse/expand, selection, network highlights and follow-up lines."""

from __future__ import annotations

import uuid
from itertools import cycle

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.formatting import format_date, format_number
from app.org import chart_style as cs
from app.org.chart_layout import Box, ChartLayout

# Distinct, colour-blind friendly colours for the follow-up leads' dotted lines.
LEAD_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B"]


def leader_text(leader: str, acting_leader: str) -> str:
    """The box's leader line in the window's language (the PDF chart keeps ``chart_style``'s bokmål)."""
    if leader:
        return leader
    if acting_leader:
        return QCoreApplication.translate("ChartView", "Ledig – fung. {name}").format(name=acting_leader)
    return QCoreApplication.translate("ChartView", "Ledig")


def fte_text(fte) -> str:  # type: ignore[no-untyped-def]
    """«12,5 årsverk» in the window's language; empty when there are no FTEs."""
    if fte is None or fte <= 0:
        return ""
    value = float(fte)
    digits = 0 if value == int(value) else (1 if round(value, 1) == round(value, 2) else 2)
    return QCoreApplication.translate("ChartView", "{n} årsverk").format(n=format_number(value, digits))


def mark_text(mark: str) -> str:
    """The words on a box that changed against the compared version, with the date of a merge or split that
    takes effect after the day shown («Sammenslått fra 01.08.2027») or the last day of a unit a later
    organisation merged away («Til 31.07.2027»; see ``app.org.reorganisation.ChartMark``)."""
    since, until = getattr(mark, "since", None), getattr(mark, "until", None)
    if until is not None:
        return QCoreApplication.translate("ChartView", "Til {date}").format(date=format_date(until))
    words = {"added": QCoreApplication.translate("ChartView", "Ny"),
             "moved": QCoreApplication.translate("ChartView", "Flyttet"),
             "renamed": QCoreApplication.translate("ChartView", "Nytt navn"),
             "merged": QCoreApplication.translate("ChartView", "Sammenslått"),
             "follow_up": QCoreApplication.translate("ChartView", "Ny kommunalsjef")}
    word = words.get(mark, mark)
    if since is None:
        return word
    return QCoreApplication.translate("ChartView", "{change} fra {date}").format(change=word, date=format_date(since))


def merged_from_notes(marks: dict[uuid.UUID, str], names: dict[uuid.UUID, str]) -> list[str]:
    """«A og B til 31.07.2027, så C» for each unit a merge makes after the day shown: the units it replaces
    are not boxes of the version shown, so the chart says how long they last."""
    notes = []
    for unit_id, mark in marks.items():
        olds, last = getattr(mark, "merged_from", ()), getattr(mark, "last_day_before", None)
        if not olds or last is None or unit_id not in names:
            continue
        joined = olds[0] if len(olds) == 1 else QCoreApplication.translate("ChartView", "{first} og {last}").format(
            first=", ".join(olds[:-1]), last=olds[-1])
        notes.append(QCoreApplication.translate("ChartView", "{units} til {date}, så {name}").format(
            units=joined, date=format_date(last), name=names[unit_id]))
    return notes


def follow_up_text(follow_up_lead: str) -> str:
    if not follow_up_lead:
        return ""
    return QCoreApplication.translate("ChartView", "Oppfølging: {name}").format(name=follow_up_lead)


class UnitBoxItem(QGraphicsItem):
    """One unit: painted directly (no child items) so thousands of boxes stay fast.

    Zoomed far out, a box is only its colour; a little closer, its name; at reading size,
    everything. The texts are worked out once per box, not on every paint.
    """

    name_font = QFont()
    detail_font = QFont()
    # The fonts' metrics, made with the fonts (ChartView.__init__, before any box), not on every paint.
    name_metrics: QFontMetricsF
    detail_metrics: QFontMetricsF
    # Below these scales (screen pixels per point) text would be unreadable anyway.
    LOD_NAME = 0.35
    LOD_DETAILS = 0.6

    def __init__(self, box: Box, chart: ChartView) -> None:
        super().__init__()
        self.box = box
        self.chart = chart
        self.unit_id = box.node.id
        self.setPos(box.x, box.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(False)
        node = box.node
        self.vacant = not node.leader and node.kind != "top_team"
        self.leader_line = leader_text(node.leader, node.acting_leader) if node.kind != "top_team" else node.leader
        self.fte_line = fte_text(node.fte)
        self.follow_up_line = follow_up_text(node.follow_up_lead)
        self.setToolTip("\n".join(t for t in (node.name, self.leader_line, self.fte_line, self.follow_up_line) if t))
        self.style = cs.style_for(node.kind, node.is_external)
        self._rect = QRectF(0, 0, box.w, box.h)
        self._name_lines: list[str] | None = None  # wrapped on first use
        self._elided: dict[str, str] = {}  # the detail lines as they fit the box, worked out on first use

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        node, rect, style = self.box.node, self._rect, self.style
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        highlight = self.chart.highlight
        dimmed = highlight is not None and self.unit_id not in highlight
        if dimmed:
            painter.setOpacity(0.35)
        pen = QPen(QColor(style.border), cs.BORDER_WIDTH)
        if node.is_external:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(style.fill)))
        if lod < self.LOD_NAME:
            painter.drawRect(rect)
        else:
            painter.drawRoundedRect(rect, cs.BOX_RADIUS, cs.BOX_RADIUS)
        if self.vacant:
            painter.fillRect(QRectF(0, 0, cs.VACANT_STRIPE, rect.height()), QColor(cs.VACANT))
        mark = self.chart.marks.get(self.unit_id)
        if mark is not None:
            colour = QColor(cs.MARK_COLOURS[mark])
            painter.fillRect(QRectF(0, 0, rect.width(), cs.MARK_BAND), colour)
            if lod >= self.LOD_NAME:
                painter.setFont(self.detail_font)
                painter.setPen(colour)
                painter.drawText(QRectF(0, rect.height() - 11, rect.width() - 3, 10),
                                 int(Qt.AlignmentFlag.AlignRight), mark_text(mark))
                painter.setPen(pen)
        if highlight is not None and not dimmed:
            painter.setPen(QPen(QColor(self.chart.highlight_colour), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, cs.BOX_RADIUS, cs.BOX_RADIUS)
        if self.isSelected():
            painter.setPen(QPen(QColor("#1565C0"), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), cs.BOX_RADIUS + 1, cs.BOX_RADIUS + 1)
        if lod >= self.LOD_NAME:
            self._paint_text(painter, lod)
        if dimmed:
            painter.setOpacity(1.0)

    def _paint_text(self, painter: QPainter, lod: float) -> None:
        """The name on up to two lines, then leader, FTEs and (when shown) the follow-up lead."""
        rect = self._rect
        pad = cs.BOX_PADDING + (cs.VACANT_STRIPE if self.vacant else 0)
        inner = rect.adjusted(pad, cs.BOX_PADDING - 1, -cs.BOX_PADDING, -cs.BOX_PADDING)
        name_metrics = self.name_metrics
        if self._name_lines is None:
            self._name_lines = _wrap(self.box.node.name, name_metrics, inner.width(), 2)
        painter.setFont(self.name_font)
        painter.setPen(QColor(cs.TEXT))
        y = inner.top() + name_metrics.ascent()
        for line in self._name_lines:
            painter.drawText(QPointF(inner.left(), y), line)
            y += name_metrics.lineSpacing()
        if lod < self.LOD_DETAILS:
            return
        painter.setFont(self.detail_font)
        detail_metrics, elided = self.detail_metrics, self._elided
        details = [(self.leader_line, cs.VACANT if self.vacant else cs.SECONDARY_TEXT),
                   (self.fte_line, cs.SECONDARY_TEXT)]
        if self.chart.show_follow_up and self.follow_up_line:
            details.append((self.follow_up_line, cs.FOLLOW_UP))
        y = max(y, inner.top() + name_metrics.lineSpacing() * 2) + 1
        for text, colour in details:
            if not text or y > inner.bottom() + 2:
                continue
            painter.setPen(QColor(colour))
            if text not in elided:
                elided[text] = detail_metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QPointF(inner.left(), y), elided[text])
            y += detail_metrics.lineSpacing()
        if self.box.collapsed and self.box.hidden:
            badge = QRectF(rect.right() - 26, rect.bottom() - 12, 24, 11)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.style.border))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"+{self.box.hidden}")

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.box.has_children:
            self.chart.collapse_toggled.emit(self.unit_id)
        event.accept()


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1:])]
    return [metrics.elidedText(t, Qt.TextElideMode.ElideRight, width) for t in lines]


FIT_MARGIN = 24.0  # points of air around the whole chart when «Tilpass» fits it in the view
MIN_ZOOM = 0.02  # «−» goes this small, well below what fits a large municipality's chart on a laptop


class ChartView(QGraphicsView):
    unit_selected = Signal(object)  # unit id or None
    move_requested = Signal(object, object)  # unit id dragged, unit id of the box it was dropped on
    collapse_toggled = Signal(object)  # unit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor(cs.BACKGROUND))
        self.items_by_id: dict[uuid.UUID, UnitBoxItem] = {}
        self.highlight: set[uuid.UUID] | None = None
        self.highlight_colour = "#2e7d32"
        self.show_follow_up = False
        self.layout_: ChartLayout | None = None
        # Issue 20: changes against the compared version (unit id -> added/moved/renamed/merged), the
        # «Forslag/utkast» marking of a scenario, and relations beyond the tree (from id, to id, kind).
        self.marks: dict[uuid.UUID, str] = {}
        self.draft = False
        self.relations: list[tuple[uuid.UUID, uuid.UUID, str]] = []
        self._removed_note = ""
        self._emitting = False
        self.auto_fit = True  # keep the whole chart in view until the user zooms (the page asks after a fill)
        UnitBoxItem.name_font = QFont(self.font().family())
        UnitBoxItem.name_font.setPointSizeF(cs.NAME_FONT_SIZE)
        UnitBoxItem.name_font.setBold(True)
        UnitBoxItem.detail_font = QFont(self.font().family())
        UnitBoxItem.detail_font.setPointSizeF(cs.DETAIL_FONT_SIZE)
        UnitBoxItem.name_metrics = QFontMetricsF(UnitBoxItem.name_font)
        UnitBoxItem.detail_metrics = QFontMetricsF(UnitBoxItem.detail_font)
        self.scene().selectionChanged.connect(self._selection_changed)
        # The marking drawn in the foreground stays put: repaint it whole when the view scrolls.
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self.boxes_movable = False  # the page allows dragging a box onto another one (editable versions)
        self._drag_from: tuple[uuid.UUID, QPointF] | None = None
        self._dragging = False

    @property
    def removed_note(self) -> str:
        """The note over the chart (and in its printed title) on the units of the compared version not drawn:
        the removed ones as the page words them, and the units a merge dated after the day shown replaces,
        with their last day («A og B til 31.07.2027, så C»)."""
        names = {unit_id: item.box.node.name for unit_id, item in self.items_by_id.items()}
        return "; ".join(t for t in (self._removed_note, *merged_from_notes(self.marks, names)) if t)

    @removed_note.setter
    def removed_note(self, text: str) -> None:
        self._removed_note = text

    def set_chart(self, layout: ChartLayout) -> None:
        """Draw a new layout, keeping the selection when the unit is still there."""
        selected = self.selected_unit()
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        self.items_by_id = {}
        self.layout_ = layout
        lines = QPainterPath()
        for edge in layout.edges:
            first, *rest = edge.points
            lines.moveTo(*first)
            for point in rest:
                lines.lineTo(*point)
        edge_item = QGraphicsPathItem(lines)
        edge_item.setPen(QPen(QColor(cs.LINE), cs.LINE_WIDTH))
        edge_item.setZValue(-2)
        scene.addItem(edge_item)
        for box in layout.boxes.values():
            item = UnitBoxItem(box, self)
            scene.addItem(item)
            self.items_by_id[box.node.id] = item
        if self.show_follow_up:
            self._draw_follow_up_lines()
        self._draw_relations()
        scene.setSceneRect(self.chart_rect())  # the whole chart with a margin, and no more
        if selected in self.items_by_id:
            self.items_by_id[selected].setSelected(True)
        scene.blockSignals(False)

    def _draw_follow_up_lines(self) -> None:
        """Dotted lines from the top team's box to each unit, one colour per follow-up lead."""
        assert self.layout_ is not None
        top = next((b for b in self.layout_.boxes.values() if b.node.kind == "top_team"), None)
        if top is None:
            return
        colours: dict[str, str] = {}
        palette = cycle(LEAD_COLOURS)
        paths: dict[str, QPainterPath] = {}
        for box in self.layout_.boxes.values():
            lead = box.node.follow_up_lead
            if not lead or box is top or box.node.kind in cs.STAFF_KINDS:
                continue
            colour = colours.setdefault(lead, next(palette))
            path = paths.setdefault(colour, QPainterPath())
            path.moveTo(top.cx, top.y + top.h)
            path.cubicTo(top.cx, box.y - 40, box.cx, box.y - 40, box.cx, box.y)
        for colour, path in paths.items():
            item = QGraphicsPathItem(path)
            pen = QPen(QColor(colour), 1.1, Qt.PenStyle.DotLine)
            item.setPen(pen)
            item.setZValue(-1)
            item.setOpacity(0.8)
            self.scene().addItem(item)
        self.lead_colours = colours

    # --- dragging a box onto another moves the unit (the background still pans) --------------
    def _box_at(self, pos: QPointF) -> UnitBoxItem | None:
        item = self.itemAt(pos.toPoint())
        while item is not None and not isinstance(item, UnitBoxItem):
            item = item.parentItem()
        return item

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        box = self._box_at(event.position()) if self.boxes_movable else None
        if box is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_from, self._dragging = (box.unit_id, event.position()), False
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self._drag_from is not None and not self._dragging:
            moved = event.position() - self._drag_from[1]
            if abs(moved.x()) + abs(moved.y()) > 12:
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().mouseReleaseEvent(event)
        if self._drag_from is not None:
            unit_id, dragging = self._drag_from[0], self._dragging
            self._drag_from, self._dragging = None, False
            self.viewport().unsetCursor()
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            target = self._box_at(event.position())
            if dragging and target is not None and target.unit_id != unit_id:
                self.move_requested.emit(unit_id, target.unit_id)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        """A scenario's «Forslag/utkast» and the units removed against the compared version, fixed at the
        view's top left whatever the zoom and scroll."""
        super().drawForeground(painter, rect)
        names = {unit_id: item.box.node.name for unit_id, item in self.items_by_id.items()}
        lines = [t for t in (QCoreApplication.translate("ChartView", "Forslag/utkast") if self.draft else "",
                             self._removed_note, *merged_from_notes(self.marks, names)) if t]
        if not lines:
            return
        painter.save()
        painter.resetTransform()
        font = QFont(UnitBoxItem.name_font)
        font.setPointSizeF(10)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        y = 6.0
        # A long note wraps (up to three lines each) rather than losing its end in a narrow chart pane.
        wrapped = [part for line in lines for part in _wrap(line, metrics, self.viewport().width() - 20, 3)]
        for text in wrapped:
            box = QRectF(6, y, metrics.horizontalAdvance(text) + 10, metrics.height() + 4)
            painter.fillRect(box, QColor(255, 255, 255, 230))
            painter.setPen(QColor(cs.DRAFT_COLOUR))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            y += box.height() + 2
        painter.restore()

    def _draw_relations(self) -> None:
        """Purchaser/provider and staff contact lines, each kind with its own colour and dash."""
        paths: dict[str, QPainterPath] = {}
        for from_id, to_id, kind in self.relations:
            a, b = self.items_by_id.get(from_id), self.items_by_id.get(to_id)
            if a is None or b is None or kind not in cs.RELATION_STYLES:
                continue
            path = paths.setdefault(kind, QPainterPath())
            start = QPointF(a.box.cx, a.box.y + a.box.h / 2)
            end = QPointF(b.box.cx, b.box.y + b.box.h / 2)
            bend = QPointF((start.x() + end.x()) / 2, min(start.y(), end.y()) - 30)
            path.moveTo(start)
            path.quadTo(bend, end)
        for kind, path in paths.items():
            colour, dash, _word = cs.RELATION_STYLES[kind]
            pen = QPen(QColor(colour), 1.4)
            pen.setDashPattern([d / 1.4 for d in dash])
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            item.setZValue(-1)
            item.setData(0, kind)
            self.scene().addItem(item)

    # --- selection -------------------------------------------------------------------------
    def selected_unit(self) -> uuid.UUID | None:
        items = [i for i in self.scene().selectedItems() if isinstance(i, UnitBoxItem)]
        return items[0].unit_id if items else None

    def select_unit(self, unit_id: uuid.UUID | None, *, centre: bool = True) -> None:
        """Select a unit's box (from the tree or search) without echoing it back."""
        self._emitting = True
        try:
            self.scene().clearSelection()
            item = self.items_by_id.get(unit_id) if unit_id else None
            if item is not None:
                item.setSelected(True)
                if centre:
                    self.centerOn(item)
        finally:
            self._emitting = False

    def _selection_changed(self) -> None:
        if not self._emitting:
            self.unit_selected.emit(self.selected_unit())

    # --- zoom ------------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self.auto_fit = False
        current = self.transform().m11()
        # Never smaller than what shows the whole chart (or MIN_ZOOM if that is smaller still), so «−» always
        # gets to the whole chart.
        smallest = min(MIN_ZOOM, self.fit_scale() or MIN_ZOOM)
        factor = max(smallest / current, min(factor, 6.0 / current))
        self.scale(factor, factor)

    def chart_rect(self) -> QRectF:
        """The scene rectangle holding every item (boxes, lines, relations) with FIT_MARGIN around it."""
        return self.scene().itemsBoundingRect().adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    def fit_scale(self) -> float | None:
        """The scale at which the whole chart fits the viewport; None with no chart."""
        rect = self.chart_rect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return None
        return min(view.width() / rect.width(), view.height() / rect.height())

    def fit(self) -> None:
        """The whole chart in view («Tilpass»), also after the view is resized, until the user zooms."""
        self.auto_fit = True
        if self.layout_ is None or not self.items_by_id:
            return
        self.fitInView(self.chart_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        # Ctrl+wheel zooms like in office programs; the plain wheel scrolls.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    def set_highlight(self, unit_ids: set[uuid.UUID] | None, colour: str = "#2e7d32") -> None:
        self.highlight, self.highlight_colour = unit_ids, colour
        self.viewport().update()
