"""What the målekart's views share: the traffic light's colours and words, numbers the Norwegian
way, and a small trend line painted in a table cell."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableWidgetItem

from app.scorecard.model import format_number

# The lights themselves (the same as the report's); the word beside them says the colour too.
LIGHT = {"green": "#2E7D32", "yellow": "#F2B705", "red": "#C62828", "none": "#9AA3AD"}
TREND_ROLE = Qt.ItemDataRole.UserRole + 7


def colour_word(colour: str) -> str:
    words = {"green": QCoreApplication.translate("Scorecard", "grønn"),
             "yellow": QCoreApplication.translate("Scorecard", "gul"),
             "red": QCoreApplication.translate("Scorecard", "rød"),
             "none": QCoreApplication.translate("Scorecard", "ingen verdi")}
    return words.get(colour, colour)


def light_icon(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(LIGHT.get(colour, LIGHT["none"])))
    painter.setPen(QPen(QColor("#00000060"), 1))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


def light_item(colour: str) -> QTableWidgetItem:
    """A cell with the light and its word (colour is never the only sign)."""
    item = QTableWidgetItem(light_icon(colour), colour_word(colour))
    item.setData(Qt.ItemDataRole.UserRole, colour)
    return item


def number(value: Decimal | None, measure: str = "") -> str:
    return format_number(value, measure) if value is not None else "–"


def target_text(target: Decimal | None, direction: str, measure: str = "") -> str:
    if target is None:
        return "–"
    return f"{'≤' if direction == 'lower' else '≥'} {format_number(target, measure)}"


def direction_word(direction: str) -> str:
    return (QCoreApplication.translate("Scorecard", "lavere er bedre") if direction == "lower"
            else QCoreApplication.translate("Scorecard", "høyere er bedre"))


def frequency_word(frequency: str) -> str:
    return {"month": QCoreApplication.translate("Scorecard", "måned"),
            "tertial": QCoreApplication.translate("Scorecard", "tertial"),
            "year": QCoreApplication.translate("Scorecard", "år")}.get(frequency, frequency)


def rollup_word(rollup: str) -> str:
    return {"sum": QCoreApplication.translate("Scorecard", "sum"),
            "average": QCoreApplication.translate("Scorecard", "gjennomsnitt"),
            "weighted_fte": QCoreApplication.translate("Scorecard", "vektet etter årsverk"),
            "none": QCoreApplication.translate("Scorecard", "ingen")}.get(rollup, rollup)


def source_word(source: str) -> str:
    return {"entered": QCoreApplication.translate("Scorecard", "registreres"),
            "imported": QCoreApplication.translate("Scorecard", "importeres"),
            "budget_deviation": QCoreApplication.translate("Scorecard", "budsjettavvik (beregnes)"),
            "sickness_absence": QCoreApplication.translate("Scorecard", "sykefravær (importert fra HR)"),
            "meetings_held": QCoreApplication.translate("Scorecard", "holdte møter (beregnes)"),
            "agreements_signed": QCoreApplication.translate("Scorecard", "signerte avtaler (beregnes)")}.get(
        source, source)


class TrendDelegate(QStyledItemDelegate):
    """Paints the list of ``(value, colour)`` in ``TREND_ROLE`` as a small line with coloured dots."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        points = index.data(TREND_ROLE) or []
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        values = [v for v, _c in points if v is not None]
        if len(values) == 0:
            return
        rect: QRect = option.rect.adjusted(6, 5, -6, -5)
        low, high = min(values), max(values)
        span = (high - low) or 1.0
        step = rect.width() / max(1, len(points) - 1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        dots: list[tuple[QPointF, str]] = []
        started = False
        for i, (value, colour) in enumerate(points):
            if value is None:
                continue
            y = rect.bottom() - (value - low) / span * rect.height() if high != low else rect.center().y()
            point = QPointF(rect.left() + i * step, y)
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
            dots.append((point, colour))
        painter.setPen(QPen(option.palette.text().color(), 1.2))
        painter.drawPath(path)
        for point, colour in dots:
            painter.setBrush(QColor(LIGHT.get(colour, LIGHT["none"])))
            painter.setPen(QPen(option.palette.text().color(), 0.8))
            painter.drawEllipse(point, 3.2, 3.2)
        painter.restore()
