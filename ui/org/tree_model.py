"""The unit tree as a Qt item model, with drag and drop that asks for a move instead of
moving rows itself: the page turns the request into an undoable command, the command calls
``app.org.units.move_unit``, and the model is reloaded from the database."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from app.formatting import format_number
from app.org.queries import UnitRow
from ui import labels
from ui.theme import text_colour

MIME_TYPE = "application/x-styringsdialog-unit"
Index = QModelIndex | QPersistentModelIndex


# The roles as plain ints: ``data`` is called for every cell and role the view paints or measures.
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND, _ALIGNMENT = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_LEADER, _FTE = 2, 4  # the columns of COLUMNS with a colour and an alignment of their own
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DRAGGABLE = _FIXED | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
_DROP_ONLY = _FIXED | Qt.ItemFlag.ItemIsDropEnabled


def unit_texts(row: UnitRow) -> tuple[str, ...]:
    """What the tree shows of a unit, column by column (UnitTreeModel.COLUMNS); reads only the
    translations, so any thread may work them out."""
    if row.leader:
        leader = row.leader
    elif row.acting_leader:
        leader = QCoreApplication.translate("UnitTreeModel", "Ledig (fungerende: {name})").format(
            name=row.acting_leader)
    else:
        leader = "" if row.kind in ("top_team",) else QCoreApplication.translate("UnitTreeModel", "Ledig")
    return (row.name, labels.unit_kind(row.kind), leader, row.follow_up_lead or "",
            format_number(float(row.fte), 1), ", ".join(row.ansvar))


@dataclass(eq=False)
class _Node:
    row: UnitRow | None  # None for the invisible root
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    texts: tuple[str, ...] = ()  # the cells' texts (unit_texts)
    position: int = 0  # the index among the parent's children

    def index_in_parent(self) -> int:
        return self.position


class UnitTreeModel(QAbstractItemModel):
    move_requested = Signal(object, object, int)  # unit id, new parent id (None: top), position

    COLUMNS = ("name", "kind", "leader", "follow_up", "fte", "ansvar")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None)
        self._nodes: dict[uuid.UUID, _Node] = {}
        self.editable = True
        self._headers = ["", "", "", "", "", ""]

    # --- loading -------------------------------------------------------------------------
    def set_rows(self, rows: list[UnitRow], texts: list[tuple[str, ...]] | None = None) -> None:
        """Replace the whole tree in one reset; rows come sorted by sibling order, parents in any
        order. ``texts``: each row's ``unit_texts`` when worked out already (off the GUI thread)."""
        self.beginResetModel()
        self._root = _Node(None)
        if texts is None:
            texts = [unit_texts(r) for r in rows]
        self._nodes = {r.id: _Node(r, texts=t) for r, t in zip(rows, texts, strict=True)}
        for node in self._nodes.values():
            assert node.row is not None  # only the root has no row
            parent = self._nodes.get(node.row.parent_id) if node.row.parent_id else None
            node.parent = parent or self._root  # an orphan shows at the top rather than vanishing
            node.position = len(node.parent.children)
            node.parent.children.append(node)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def unit_row(self, index: Index) -> UnitRow | None:
        node = self._node(index)
        return node.row if node is not self._root else None

    def index_of(self, unit_id: uuid.UUID | None, column: int = 0) -> QModelIndex:
        node = self._nodes.get(unit_id) if unit_id else None
        if node is None:
            return QModelIndex()
        return self.createIndex(node.index_in_parent(), column, node)

    def unit_ids(self) -> list[uuid.UUID]:
        return list(self._nodes)

    # --- structure -----------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(self.COLUMNS):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - stubs: QObject.parent() overload
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.index_in_parent(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    # --- data ----------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every cell and role the view paints or measures: the texts are worked out once.
        if not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return index.internalPointer().texts[index.column()]
        if role == _FOREGROUND:
            r: UnitRow = index.internalPointer().row
            if index.column() == _LEADER and not r.leader and r.kind != "top_team":
                return QBrush(text_colour("error"))
        elif role == _ALIGNMENT:
            if index.column() == _FTE:
                return _RIGHT
        elif role == _USER:
            return index.internalPointer().row.id
        return None

    # --- drag and drop -------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.editable:
            return _FIXED
        return _DRAGGABLE if index.isValid() else _DROP_ONLY

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = {str(i.internalPointer().row.id) for i in indexes if i.isValid()}
        data.setData(MIME_TYPE, ",".join(sorted(ids)).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        ids = [uuid.UUID(t) for t in bytes(data.data(MIME_TYPE).data()).decode().split(",") if t]
        if len(ids) != 1:
            return False
        target = self._node(parent)
        new_parent_id = target.row.id if target.row else None
        self.request_move(ids[0], new_parent_id, row if row >= 0 else None)
        # False: the view must not delete the source row; the reload after the move redraws.
        return False

    def request_move(self, unit_id: uuid.UUID, new_parent_id: uuid.UUID | None, row: int | None = None) -> None:
        """Ask for ``unit_id`` to go under ``new_parent_id`` before the child now at ``row``
        (None: last). Converts Qt's insert row to the position among the siblings after the
        unit has left its old place."""
        node = self._nodes[unit_id]
        target = self._nodes[new_parent_id] if new_parent_id else self._root
        siblings = target.children
        position = len(siblings) if row is None else row
        if node.parent is target and siblings.index(node) < position:
            position -= 1
        position = min(position, len(siblings) - (1 if node.parent is target else 0))
        self.move_requested.emit(unit_id, new_parent_id, position)
