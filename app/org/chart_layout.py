"""The org chart's layout: where each unit's box goes and how the lines run.

A tidy top-down tree in the Reingold–Tilford manner: each subtree is laid out on its own,
described by its left and right contour (its outline, piecewise constant in y), and
siblings are pushed together until their contours are ``h_gap`` apart; a parent is centred
over its children. Two rules make it look like the charts Norwegian municipalities print:

- Staff boxes: the children of the rådmann (kind ``administration``) that are top team,
  staff, support, development or service desk hang beside the vertical line under the
  rådmann, alternately left and right (one column per side, two when there are many),
  instead of taking places in the row of result units.
- Columns: a parent with more than ``wrap_leaves_after`` children may list them in vertical
  columns instead of one row, each column hanging from the parent's horizontal bus with a
  spine on its left and the children (with their own subtrees) stacked to its right. The
  number of columns is chosen for a shape near ``leaf_aspect``, so thirty result units
  under the rådmann make a chart about as wide as tall, the units of each of eight sectors
  hang in a column under their sector, and 5,000 units still fit a sheet of paper.

Contours are short (a few segments per level) and each parent tries a handful of column
counts, so the layout is linear in the number of units for charts of realistic depth.
Coordinates are points, y grows downward, and the origin is the top-left corner of the
drawing (a column's spine may be the leftmost thing drawn).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy.orm import Session

from app.errors import AppError
from app.org.chart_style import BOX_HEIGHT, BOX_WIDTH, STAFF_KINDS
from app.org.queries import unit_rows


@dataclass(slots=True)
class ChartNode:
    """What the chart needs to know about one unit."""

    id: UUID
    parent_id: UUID | None
    name: str
    leader: str = ""  # the leader's name, "" when the post is vacant
    acting_leader: str = ""
    fte: Decimal | float = 0
    kind: str = "result_unit"
    is_external: bool = False
    sort_order: int = 0
    follow_up_lead: str = ""
    code: str = ""


@dataclass(frozen=True)
class LayoutOptions:
    box_width: float = BOX_WIDTH
    box_height: float = BOX_HEIGHT
    h_gap: float = 14.0  # between neighbouring boxes and subtrees
    v_gap: float = 34.0  # between a parent's box and its children's row
    wrap_leaves_after: int = 6  # more children than this may be folded into columns
    leaf_v_gap: float = 10.0  # under a leaf box in a column
    block_v_gap: float = 20.0  # under a subtree in a column
    leaf_indent: float = 14.0  # from a leaf column's spine to its boxes
    leaf_aspect: float = 1.4  # aimed width/height of a parent with folded children (landscape paper)
    max_leaf_rows: int = 15  # columns of no more units than this where possible
    staff_beside_root: bool = True
    staff_columns: int | None = None  # staff columns per side: 1, 2, or None to choose by count
    staff_gap: float = 12.0  # between rows of staff boxes
    staff_trunk_gap: float = 22.0  # from the vertical line under the rådmann to a staff box
    forest_gap: float = 42.0  # between the trees when there are several top units
    indent_only_child: bool = True  # in a folded column, a unit's only child hangs indented under it


@dataclass(slots=True)
class Box:
    """A unit's box; (x, y) is its top-left corner."""

    x: float
    y: float
    w: float
    h: float
    node: ChartNode
    depth: int
    has_children: bool
    collapsed: bool
    hidden: int = 0  # units hidden under a collapsed box

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


@dataclass(slots=True)
class Edge:
    """A reporting line from a parent's box to a child's, as a polyline of right angles."""

    parent_id: UUID
    child_id: UUID
    points: list[tuple[float, float]]


@dataclass
class ChartLayout:
    boxes: dict[UUID, Box]
    edges: list[Edge]
    width: float
    height: float
    root_ids: list[UUID] = field(default_factory=list)


def build_chart_nodes(session: Session, version_id: UUID, on: date) -> list[ChartNode]:
    """The units of a version as chart nodes, with leaders and follow-up leads as of ``on``.

    Who leads a unit is ``app.org.queries.leaderships``' answer, the same in every output (a
    top team without a leader of its own is led by the rådmann above it)."""
    rows = unit_rows(session, version_id, on)
    nodes = []
    for r in rows:
        nodes.append(ChartNode(
            id=r.id, parent_id=r.parent_id, name=r.name, leader=r.leader or "", acting_leader=r.acting_leader or "",
            fte=r.fte, kind=r.kind, is_external=r.is_external, sort_order=r.sort_order,
            follow_up_lead=r.follow_up_lead or "", code=r.code,
        ))
    return nodes


# A profile is one side of a contour: parallel lists of segment ends (ascending y, the first
# segment starting at 0) and the x of the outline over each segment.
Profile = tuple[list[float], list[float]]


def _separation(right: Profile, left: Profile) -> float:
    """How far ``left`` must move right to clear ``right`` where both cover the same y."""
    r_ends, r_vals = right
    l_ends, l_vals = left
    i = j = 0
    best = -math.inf
    while i < len(r_ends) and j < len(l_ends):
        d = r_vals[i] - l_vals[j]
        if d > best:
            best = d
        if r_ends[i] < l_ends[j]:
            i += 1
        elif r_ends[i] > l_ends[j]:
            j += 1
        else:
            i += 1
            j += 1
    return best


def _shifted(profile: Profile, dx: float) -> Profile:
    return profile[0], [v + dx for v in profile[1]]


def _then(first: Profile, second: Profile) -> Profile:
    """``first`` over its extent, continued by ``second`` below it."""
    ends, vals = first
    k = bisect_right(second[0], ends[-1])
    return ends + second[0][k:], vals + second[1][k:]


@dataclass(slots=True)
class _Item:
    """One element of a row of children: a child's subtree, or a column of children."""

    members: list[int]  # node indices; one for a subtree
    left: Profile
    right: Profile
    column: bool
    dx: float = 0.0
    tops: list[float] = field(default_factory=list)  # column: each member's top below the row's top
    offsets: list[float] = field(default_factory=list)  # column: each member's centre right of the spine
    width: float = 0.0  # column: from the spine to its right edge


@dataclass
class _Work:
    nodes: list[ChartNode]
    children: list[list[int]]  # visible children
    opts: LayoutOptions
    rel_x: list[float]  # box centre relative to the parent's centre
    rel_y: list[float]  # box top relative to the parent's top
    link: list[tuple]  # how the line from the parent runs, relative to the parent


def layout_chart(
    nodes: list[ChartNode],
    *,
    root_id: UUID | None = None,
    collapsed: frozenset[UUID] = frozenset(),
    options: LayoutOptions = LayoutOptions(),  # frozen, so safe as a default
) -> ChartLayout:
    """Lay out the whole forest, or only the subtree of ``root_id``; ``collapsed`` units show
    their box but hide everything under it."""
    index = {n.id: i for i, n in enumerate(nodes)}
    all_children: list[list[int]] = [[] for _ in nodes]
    roots: list[int] = []
    for i, node in enumerate(nodes):
        p = index.get(node.parent_id) if node.parent_id is not None else None
        if p is None or p == i:
            roots.append(i)
        else:
            all_children[p].append(i)
    for kids in all_children:
        if len(kids) > 1:
            kids.sort(key=lambda k: nodes[k].sort_order)  # stable: ties keep the given order
    if root_id is not None:
        if root_id not in index:
            raise AppError("Enheten som skulle stå øverst i kartet, finnes ikke i denne versjonen.")
        roots = [index[root_id]]
    roots.sort(key=lambda k: nodes[k].sort_order)

    # Preorder of the visible units; a unit reached twice (a cycle) is drawn once.
    n = len(nodes)
    seen = [False] * n
    visible: list[list[int]] = [[] for _ in nodes]
    order: list[int] = []
    stack = list(reversed(roots))
    for r in roots:
        seen[r] = True
    while stack:
        v = stack.pop()
        order.append(v)
        if nodes[v].id in collapsed:
            continue
        kids = [c for c in all_children[v] if not seen[c]]
        for c in kids:
            seen[c] = True
        visible[v] = kids
        stack.extend(reversed(kids))

    if not order:
        return ChartLayout({}, [], 0.0, 0.0, [])
    work = _Work(nodes, visible, options, [0.0] * n, [0.0] * n, [()] * n)
    siblings = [1] * n
    for v in order:
        for c in visible[v]:
            siblings[c] = len(visible[v])
    contours: list[tuple[Profile, Profile] | None] = [None] * n
    for v in reversed(order):  # children before parents
        contours[v] = _layout_node(work, v, contours, siblings[v])
        for c in visible[v]:
            contours[c] = None  # no longer needed

    # Place the trees of a forest side by side.
    acc: tuple[Profile, Profile] | None = None
    root_x: list[float] = []
    for r in roots:
        left, right = contours[r]  # type: ignore[misc]  # every visible unit was laid out above
        dx = 0.0 if acc is None else _separation(acc[1], left) + options.forest_gap
        root_x.append(dx)
        acc = (_shifted(left, dx), _shifted(right, dx)) if acc is None else (
            _then(acc[0], _shifted(left, dx)), _then(_shifted(right, dx), acc[1]))
    return _place(work, roots, root_x, order, all_children, collapsed)


def _layout_node(w: _Work, v: int, contours: list, n_siblings: int) -> tuple[Profile, Profile]:
    """Place ``v``'s children relative to ``v`` and return ``v``'s contour."""
    o = w.opts
    bw, bh = o.box_width, o.box_height
    half = bw / 2
    left: Profile = ([bh], [-half])
    right: Profile = ([bh], [half])
    kids = w.children[v]
    if not kids:
        return left, right
    node = w.nodes[v]
    staff: list[int] = []
    main = kids
    if o.staff_beside_root and node.kind == "administration":
        staff = [c for c in kids if w.nodes[c].kind in STAFF_KINDS]
        main = [c for c in kids if w.nodes[c].kind not in STAFF_KINDS]
    row_top = bh
    if staff:
        band_end, band_left, band_right = _place_staff(w, staff, contours)
        left, right = (left[0] + band_left[0], left[1] + band_left[1]), (
            right[0] + band_right[0], right[1] + band_right[1])
        row_top = band_end
    if not main:
        return left, right
    row_top += o.v_gap
    if o.indent_only_child and len(main) == 1 and not staff and n_siblings > o.wrap_leaves_after:
        return _hang_only_child(w, main[0], contours, left, right, row_top)
    items, acc_left, acc_right = _arrange(w, main, contours, n_siblings, row_top)
    anchors = [item.dx + (item.width / 2 if item.column else 0.0) for item in items]
    centre = (anchors[0] + anchors[-1]) / 2
    bus_y = row_top - o.v_gap / 2
    bus_left = bus_right = 0.0
    for item in items:
        x = item.dx - centre  # a subtree's centre, or a column's spine
        bus_left, bus_right = min(bus_left, x), max(bus_right, x)
        if item.column:
            for c, top, offset in zip(item.members, item.tops, item.offsets, strict=True):
                w.rel_x[c] = x + offset
                w.rel_y[c] = row_top + top
                w.link[c] = ("column", x, bus_y)
        else:
            c = item.members[0]
            w.rel_x[c] = x
            w.rel_y[c] = row_top
            w.link[c] = ("bus", bus_y)
    gap: Profile = ([row_top], [min(-half, bus_left)])
    gap_right: Profile = ([row_top], [max(half, bus_right)])
    below_left = ([e + row_top for e in acc_left[0]], [x - centre for x in acc_left[1]])
    below_right = ([e + row_top for e in acc_right[0]], [x - centre for x in acc_right[1]])
    left = (left[0] + gap[0] + below_left[0], left[1] + gap[1] + below_left[1])
    right = (right[0] + gap_right[0] + below_right[0], right[1] + gap_right[1] + below_right[1])
    return _compact(left), _compact(right)


def _hang_only_child(w: _Work, c: int, contours: list, left: Profile, right: Profile,
                     row_top: float) -> tuple[Profile, Profile]:
    """A unit among many siblings (so likely in a folded column) with one child: the child hangs
    indented under it, linked from a short spine at the parent's left, so it cannot be taken for
    the next sibling in the column (issue 18, item 7). Contours as ``_layout_node`` returns them."""
    o = w.opts
    half = o.box_width / 2
    c_left, c_right = contours[c]
    x = -half + 2 * o.leaf_indent - min(c_left[1])  # the child's subtree starts two indents in
    w.rel_x[c] = x
    w.rel_y[c] = row_top
    w.link[c] = ("column", -half + o.leaf_indent, row_top - o.v_gap / 2)
    below_left = ([e + row_top for e in c_left[0]], [v + x for v in c_left[1]])
    below_right = ([e + row_top for e in c_right[0]], [v + x for v in c_right[1]])
    left = (left[0] + [row_top] + below_left[0], left[1] + [-half] + below_left[1])
    right = (right[0] + [row_top] + below_right[0], right[1] + [max(half, x + half)] + below_right[1])
    return _compact(left), _compact(right)


def _compact(profile: Profile) -> Profile:
    """Merge neighbouring segments at the same x: keeps contours short (a long chain of
    single children has a one-segment outline), so deep charts stay linear too."""
    ends, vals = profile
    out_ends, out_vals = [ends[0]], [vals[0]]
    for end, val in zip(ends[1:], vals[1:], strict=True):
        if val == out_vals[-1]:
            out_ends[-1] = end
        else:
            out_ends.append(end)
            out_vals.append(val)
    return out_ends, out_vals


def _pack(items: list[_Item], gap: float) -> tuple[Profile, Profile]:
    """Push the items together left to right, ``gap`` apart where their contours face each
    other; sets each item's ``dx`` and returns the row's contour."""
    acc_left, acc_right = items[0].left, items[0].right
    items[0].dx = 0.0
    for item in items[1:]:
        item.dx = _separation(acc_right, item.left) + gap
        acc_left = _then(acc_left, _shifted(item.left, item.dx))
        acc_right = _then(_shifted(item.right, item.dx), acc_right)
    return acc_left, acc_right


def _arrange(
    w: _Work, main: list[int], contours: list, n_siblings: int, above: float
) -> tuple[list[_Item], Profile, Profile]:
    """The children under a parent: side by side in one row, or, when there are more than
    ``wrap_leaves_after``, folded into vertical columns if that gives a shape nearer the
    aimed one. ``above`` is the height of the parent's part above the row.

    The aimed width/height is ``leaf_aspect`` shared among the parent and its siblings, so a
    lone parent (the rådmann) spreads out to a landscape page while each of eight sectors
    side by side lists its units in a narrow column, as printed municipal charts do."""
    o = w.opts
    row = [_Item([c], contours[c][0], contours[c][1], column=False) for c in main]
    row_left, row_right = _pack(row, o.h_gap)
    if len(main) <= o.wrap_leaves_after:
        return row, row_left, row_right
    target = o.leaf_aspect / max(1, n_siblings)

    def misfit(left: Profile, right: Profile) -> float:
        width = max(right[1]) - min(left[1])
        height = above + max(left[0][-1], right[0][-1])
        return abs(math.log(width / height / target))

    best = (misfit(row_left, row_right), row, row_left, row_right)
    sizes = []
    for c in main:
        c_left, c_right = contours[c]
        sizes.append((min(c_left[1]), max(c_right[1]), c_left[0][-1], not w.children[c]))
    m = len(main)
    col_w = o.leaf_indent + sum(hi - lo for lo, hi, _, _ in sizes) / m + o.h_gap
    total_h = sum(h + (o.leaf_v_gap if leaf else o.block_v_gap) for _, _, h, leaf in sizes)
    # Columns k so that k * col_w = target * (above + total_h / k): a quadratic in k.
    b = target * above
    k0 = math.ceil((b + math.sqrt(b * b + 4 * col_w * target * total_h)) / (2 * col_w))
    k_min = min(m, math.ceil(m / o.max_leaf_rows), k0 + 2)  # short columns, unless far off the shape
    for k in sorted({max(k_min, min(m, k)) for k in (k0 - 1, k0, k0 + 1, k_min)}):
        columns = _columns(w, main, sizes, k)
        left, right = _pack(columns, o.h_gap)
        score = misfit(left, right)
        if score < best[0]:
            best = (score, columns, left, right)
    return best[1], best[2], best[3]


def _columns(w: _Work, main: list[int], sizes: list[tuple[float, float, float, bool]], k: int) -> list[_Item]:
    """The children in ``k`` columns (in order, top to bottom then left to right), each
    child's subtree stacked to the right of the column's spine."""
    o = w.opts
    m = len(main)
    steps = [h + (o.leaf_v_gap if leaf else o.block_v_gap) for _, _, h, leaf in sizes]
    groups: list[list[int]] = []
    if all(leaf for *_, leaf in sizes):  # equal boxes: columns differing by at most one box
        base, extra = divmod(m, k)
        start = 0
        for col in range(k):
            # The longer columns last: a unit added at the end then moves one box, not every column's top.
            size = base + (1 if col >= k - extra else 0)
            groups.append(list(range(start, start + size)))
            start += size
    else:  # subtrees of different heights: balance the columns' heights
        goal = sum(steps) / k
        current: list[int] = []
        height = 0.0
        for i, step in enumerate(steps):
            if current and height + step / 2 > goal and len(groups) < k - 1:
                groups.append(current)
                current, height = [], 0.0
            current.append(i)
            height += step
        groups.append(current)
    items = []
    for group in groups:
        tops: list[float] = []
        offsets: list[float] = []
        y = width = 0.0
        for i in group:
            lo, hi, _, _ = sizes[i]
            tops.append(y)
            offsets.append(o.leaf_indent - lo)  # the subtree's left edge at the indent
            width = max(width, o.leaf_indent + hi - lo)
            y += steps[i]
        height = y - (steps[group[-1]] - sizes[group[-1]][2])
        items.append(_Item([main[i] for i in group], ([height], [0.0]), ([height], [width]), column=True,
                           tops=tops, offsets=offsets, width=width))
    return items


def _place_staff(w: _Work, staff: list[int], contours: list) -> tuple[float, Profile, Profile]:
    """Hang the staff subtrees beside the line under the rådmann, in rows alternating left
    and right. Returns where the band ends and its contour (continuing the box's)."""
    o = w.opts
    bh = o.box_height
    per_side = o.staff_columns or (2 if len(staff) > 6 else 1)
    per_row = 2 * per_side
    ends: list[float] = []
    lows: list[float] = []
    highs: list[float] = []
    top = bh + o.staff_gap
    for start in range(0, len(staff), per_row):
        group = staff[start:start + per_row]
        n_left = math.ceil(len(group) / 2)
        left_side, right_side = group[:n_left], group[n_left:]
        row_h = 0.0
        low = high = 0.0
        edge = -o.staff_trunk_gap
        for c in reversed(left_side):  # from the line outwards
            c_left, c_right = contours[c]
            dx = edge - max(c_right[1])
            edge = dx + min(c_left[1]) - o.h_gap
            low = min(low, dx + min(c_left[1]))
            row_h = max(row_h, c_left[0][-1])
            _attach_staff(w, c, dx, top, per_side)
        edge = o.staff_trunk_gap
        for c in right_side:
            c_left, c_right = contours[c]
            dx = edge - min(c_left[1])
            edge = dx + max(c_right[1]) + o.h_gap
            high = max(high, dx + max(c_right[1]))
            row_h = max(row_h, c_left[0][-1])
            _attach_staff(w, c, dx, top, per_side)
        ends.append(top + row_h)
        lows.append(low)
        highs.append(high)
        top += row_h + o.staff_gap
    return ends[-1], (ends, lows), (ends, highs)


def _attach_staff(w: _Work, c: int, dx: float, top: float, per_side: int) -> None:
    w.rel_x[c] = dx
    w.rel_y[c] = top
    # One column per side: a short line into the box's side; two: a small bus above the row.
    w.link[c] = ("side",) if per_side == 1 else ("bus", top - w.opts.staff_gap / 2)


def _place(
    w: _Work, roots: list[int], root_x: list[float], order: list[int], all_children: list[list[int]],
    collapsed: frozenset[UUID],
) -> ChartLayout:
    """Absolute positions from the relative ones, the boxes and the lines, moved so the
    drawing starts at (0, 0)."""
    o = w.opts
    bw, bh = o.box_width, o.box_height
    half = bw / 2
    n = len(w.nodes)
    cx = [0.0] * n
    top = [0.0] * n
    parent = [-1] * n
    for r, x in zip(roots, root_x, strict=True):
        cx[r] = x
    for v in order:
        for c in w.children[v]:
            parent[c] = v
            cx[c] = cx[v] + w.rel_x[c]
            top[c] = top[v] + w.rel_y[c]
    boxes: dict[UUID, Box] = {}
    edges: list[Edge] = []
    depth_of: dict[int, int] = {}
    min_x = math.inf
    max_x = max_y = -math.inf
    for v in order:
        node = w.nodes[v]
        p = parent[v]
        d = 0 if p < 0 else depth_of[p] + 1
        depth_of[v] = d
        has_children = bool(all_children[v])
        is_collapsed = has_children and node.id in collapsed
        hidden = _count_below(v, all_children) if is_collapsed else 0
        x, y = cx[v], top[v]
        min_x, max_x, max_y = min(min_x, x - half), max(max_x, x + half), max(max_y, y + bh)
        boxes[node.id] = Box(x - half, y, bw, bh, node, d, has_children, is_collapsed, hidden)
        if p < 0:
            continue
        px, pb = cx[p], top[p] + bh
        link = w.link[v]
        if link[0] == "bus":
            bus = top[p] + link[1]
            points = [(px, pb), (px, bus), (x, bus), (x, y)]
        elif link[0] == "column":
            spine, bus = px + link[1], top[p] + link[2]
            mid = y + bh / 2
            min_x = min(min_x, spine)
            points = [(px, pb), (px, bus), (spine, bus), (spine, mid), (x - half, mid)]
        else:  # "side"
            mid = y + bh / 2
            points = [(px, pb), (px, mid), (x + half if x < px else x - half, mid)]
        edges.append(Edge(w.nodes[p].id, node.id, points))
    # Move the drawing so its left edge (a box or a leaf column's spine) is at x = 0.
    for box in boxes.values():
        box.x -= min_x
    for edge in edges:
        edge.points = [(px - min_x, py) for px, py in edge.points]
    return ChartLayout(boxes, edges, max_x - min_x, max_y, [w.nodes[r].id for r in roots])


def _count_below(v: int, all_children: list[list[int]]) -> int:
    count = 0
    stack = list(all_children[v])
    seen: set[int] = set()
    while stack:
        c = stack.pop()
        if c in seen:
            continue
        seen.add(c)
        count += 1
        stack.extend(all_children[c])
    return count
