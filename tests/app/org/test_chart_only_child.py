"""Issue 18, item 7: in a folded column, a unit's only child must not look like the next sibling."""

from __future__ import annotations

from app.org.chart_layout import LayoutOptions, layout_chart
from tests.app.org.test_chart_layout import Org, assert_tidy


def _org() -> tuple[Org, list, object]:  # type: ignore[type-arg]
    org = Org()
    root = org.add("Rådmannen", kind="administration")
    units = [org.add(f"Resultatenhet {i + 1}", root) for i in range(12)]
    child = org.add("Barn av enhet 3", units[2])
    return org, units, child


def test_an_only_child_in_a_column_hangs_indented_under_its_parent() -> None:
    org, units, child = _org()
    layout = layout_chart(org.nodes)
    assert_tidy(layout)
    parent, kid = layout.boxes[units[2]], layout.boxes[child]
    column = [layout.boxes[u] for u in units if round(layout.boxes[u].x) == round(parent.x)]
    assert len(column) >= 3  # the parent is in a folded column with its siblings
    assert kid.x >= parent.x + 20  # the child is indented, not in the siblings' line
    below = [b.y for b in column if b.y > parent.y]
    assert parent.y + parent.h < kid.y < min(below, default=kid.y + 1)  # under its parent, before the next
    edge = next(e for e in layout.edges if e.child_id == kid.node.id)
    assert edge.points[0] == (parent.x + parent.w / 2, parent.y + parent.h)  # drawn from the parent's box


def test_the_old_straight_line_is_an_option_and_a_deep_chain_still_hangs_straight() -> None:
    org, units, child = _org()
    straight = layout_chart(org.nodes, options=LayoutOptions(indent_only_child=False))
    assert straight.boxes[child].x == straight.boxes[units[2]].x


def test_adding_one_unit_moves_only_the_last_column(demo_db) -> None:  # type: ignore[no-untyped-def]
    import uuid
    from datetime import date

    from app.org.chart_layout import ChartNode, build_chart_nodes
    from app.org.queries import current_version

    with demo_db.session() as s:
        nodes = build_chart_nodes(s, current_version(s).id, date(2026, 11, 23))

    def places(layout) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
        return {b.node.name: (round(b.x), round(b.y)) for b in layout.boxes.values()}

    before = places(layout_chart(nodes))
    root = next(n for n in nodes if n.parent_id is None)
    last = max(n.sort_order for n in nodes if n.parent_id == root.id)
    added = ChartNode(uuid.uuid4(), root.id, "Ny enhet", kind="result_unit", sort_order=last + 1)
    after = places(layout_chart([*nodes, added]))
    moved = [name for name in before if before[name] != after[name]]
    assert len({before[name][0] for name in moved}) <= 1, moved  # the last column's boxes at most, not the grid
    assert len(moved) <= 8
