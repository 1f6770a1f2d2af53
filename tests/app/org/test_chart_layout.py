"""The org chart's layout looks like a chart a municipality prints: no box on another, no
line through a box, staff beside the rådmann, long lists of units folded into columns."""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal
from itertools import pairwise

import pytest

from app.errors import AppError
from app.org.chart_layout import (
    Box,
    ChartLayout,
    ChartNode,
    LayoutOptions,
    build_chart_nodes,
    layout_chart,
)
from app.org.chart_style import STAFF_KINDS
from app.org.queries import current_version
from app.storage.database import Database
from bench.org_chart import forest_nodes, generate_forest
from tests.conftest import DEMO_TODAY

EPS = 1e-6


def demo_nodes(db: Database) -> list[ChartNode]:
    with db.session() as session:
        version = current_version(session)
        assert version is not None
        return build_chart_nodes(session, version.id, DEMO_TODAY)


class Org:
    """A hand-made organisation: ``add`` returns the new unit's id."""

    def __init__(self) -> None:
        self.nodes: list[ChartNode] = []

    def add(self, name: str, parent: uuid.UUID | None = None, kind: str = "result_unit") -> uuid.UUID:
        node = ChartNode(uuid.uuid4(), parent, name, leader=f"Leder for {name}", fte=Decimal("10.5"), kind=kind,
                         sort_order=len(self.nodes))
        self.nodes.append(node)
        return node.id


def three_level() -> tuple[Org, uuid.UUID, list[uuid.UUID]]:
    """A rådmann with a top team, two staff units and three sectors of 4, 9 and 12 units."""
    org = Org()
    root = org.add("Kommunedirektøren", kind="administration")
    org.add("Ledergruppen", root, "top_team")
    org.add("Økonomi", root, "staff")
    org.add("IKT", root, "support")
    sectors = []
    for name, count in (("Oppvekst", 4), ("Helse og omsorg", 9), ("Teknisk", 12)):
        sector = org.add(name, root, "sector")
        sectors.append(sector)
        for i in range(count):
            org.add(f"{name} enhet {i + 1}", sector)
    return org, root, sectors


def overlapping_pairs(boxes: list[Box]) -> list[tuple[str, str]]:
    """Pairs of boxes that share any area, by a sweep over x (near-linear for a chart)."""
    ordered = sorted(boxes, key=lambda b: b.x)
    found = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.x >= a.x + a.w - EPS:
                break
            if b.y < a.y + a.h - EPS and a.y < b.y + b.h - EPS:
                found.append((a.node.name, b.node.name))
    return found


def lines_through_boxes(layout: ChartLayout, cell: float = 200.0) -> list[tuple[str, tuple]]:
    """Line segments that enter a box's inside (touching its edge is how lines connect)."""
    grid: dict[tuple[int, int], list[Box]] = defaultdict(list)
    for box in layout.boxes.values():
        for gx in range(int(box.x // cell), int((box.x + box.w) // cell) + 1):
            for gy in range(int(box.y // cell), int((box.y + box.h) // cell) + 1):
                grid[gx, gy].append(box)
    hits = []
    for edge in layout.edges:
        for (x0, y0), (x1, y1) in pairwise(edge.points):
            lo_x, hi_x, lo_y, hi_y = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
            near = {id(b): b for gx in range(int(lo_x // cell), int(hi_x // cell) + 1)
                    for gy in range(int(lo_y // cell), int(hi_y // cell) + 1) for b in grid.get((gx, gy), [])}
            for box in near.values():
                if (lo_x < box.x + box.w - EPS and hi_x > box.x + EPS
                        and lo_y < box.y + box.h - EPS and hi_y > box.y + EPS):
                    hits.append((box.node.name, ((x0, y0), (x1, y1))))
    return hits


def assert_tidy(layout: ChartLayout) -> None:
    assert overlapping_pairs(list(layout.boxes.values())) == []
    assert lines_through_boxes(layout) == []
    for edge in layout.edges:  # every line runs from its parent's box down to its child's
        parent, child = layout.boxes[edge.parent_id], layout.boxes[edge.child_id]
        assert child.y >= parent.y + parent.h, (parent.node.name, child.node.name)
        assert edge.points[0] == pytest.approx((parent.cx, parent.y + parent.h))
        end_x, end_y = edge.points[-1]
        assert child.x - EPS <= end_x <= child.x + child.w + EPS
        assert child.y - EPS <= end_y <= child.y + child.h + EPS
    xs = [b.x for b in layout.boxes.values()]
    ys = [b.y for b in layout.boxes.values()]
    assert min(xs) >= -EPS and min(ys) == 0
    assert max(b.x + b.w for b in layout.boxes.values()) <= layout.width + EPS
    assert max(b.y + b.h for b in layout.boxes.values()) == pytest.approx(layout.height)


def test_demo_chart_has_every_unit_and_no_box_or_line_on_another(demo_db: Database) -> None:
    nodes = demo_nodes(demo_db)
    layout = layout_chart(nodes)
    assert set(layout.boxes) == {n.id for n in nodes}
    assert len(layout.edges) == len(nodes) - 1
    assert_tidy(layout)


def test_chart_nodes_carry_leader_vacancy_acting_leader_and_ftes(demo_db: Database) -> None:
    by_name = {n.name: n for n in demo_nodes(demo_db)}
    assert by_name["Rådmannen"].kind == "administration" and by_name["Rådmannen"].parent_id is None
    assert by_name["Lindvik ungdomsskole"].leader == "Marianne Hansen"
    assert by_name["Lindvik ungdomsskole"].follow_up_lead == "Erik Berg"
    assert by_name["Haugtun barnehage"].leader == ""  # vacant, with an acting leader
    assert by_name["Haugtun barnehage"].acting_leader == "Inger Haddad"
    assert by_name["NAV Lindvik"].is_external
    assert by_name["Lindvik sykehjem"].fte == Decimal("77.00")
    assert by_name["Rådmannens ledergruppe"].leader == "Harald Haugland"  # led by the rådmann, not vacant
    assert by_name["Psykisk helse og rus"].leader == "" and by_name["Psykisk helse og rus"].acting_leader == ""


def test_staff_units_hang_beside_the_rådmann_above_the_result_units(demo_db: Database) -> None:
    layout = layout_chart(demo_nodes(demo_db))
    root = next(b for b in layout.boxes.values() if b.depth == 0)
    staff = [b for b in layout.boxes.values() if b.node.kind in STAFF_KINDS]
    others = [b for b in layout.boxes.values() if b.depth == 1 and b.node.kind not in STAFF_KINDS]
    assert len(staff) == 6 and len(others) == 31
    band_end = max(b.y + b.h for b in staff)
    for box in staff:  # in the band between the rådmann and the row of units, clear of the line down
        assert box.y >= root.y + root.h
        assert box.x + box.w < root.cx or box.x > root.cx
    assert {box.x + box.w < root.cx for box in staff} == {True, False}  # both sides
    assert all(b.y > band_end for b in others)
    # Staff boxes are joined from the side, at their middle, by a line from the rådmann's.
    for edge in layout.edges:
        child = layout.boxes[edge.child_id]
        if child.node.kind in STAFF_KINDS:
            assert edge.points[-1][1] == pytest.approx(child.cy)
            assert edge.points[-2][0] == pytest.approx(root.cx)


def test_many_staff_units_use_two_columns_per_side() -> None:
    org = Org()
    root = org.add("Rådmannen", kind="administration")
    for i in range(10):
        org.add(f"Stab {i + 1}", root, "staff")
    for i in range(3):
        org.add(f"Enhet {i + 1}", root)
    layout = layout_chart(org.nodes)
    assert_tidy(layout)
    staff = [b for b in layout.boxes.values() if b.node.kind == "staff"]
    assert len({round(b.x) for b in staff}) == 4  # two columns on each side
    assert len({round(b.y) for b in staff}) == 3  # 4 + 4 + 2


def test_thirty_units_under_the_rådmann_fold_into_columns_about_as_wide_as_tall() -> None:
    org = Org()
    root = org.add("Rådmannen", kind="administration")
    for i in range(30):
        org.add(f"Resultatenhet {i + 1}", root)
    layout = layout_chart(org.nodes)
    assert_tidy(layout)
    assert layout.width / layout.height < 3
    boxes = [b for b in layout.boxes.values() if b.depth == 1]
    columns: dict[float, list[Box]] = defaultdict(list)
    for box in boxes:
        columns[round(box.x, 3)].append(box)
    assert 3 <= len(columns) <= 8
    assert max(len(c) for c in columns.values()) - min(len(c) for c in columns.values()) <= 1
    # Read down each column, then the next: the units keep their order.
    ordered = sorted(boxes, key=lambda b: (b.x, b.y))
    assert [b.node.sort_order for b in ordered] == sorted(b.node.sort_order for b in boxes)
    # Without folding the same chart is one long row.
    flat = layout_chart(org.nodes, options=LayoutOptions(wrap_leaves_after=100))
    assert flat.width / flat.height > 10


def test_demo_chart_fits_a_landscape_page(demo_db: Database) -> None:
    layout = layout_chart(demo_nodes(demo_db))
    assert 0.8 < layout.width / layout.height < 2.5


def test_small_families_are_centred_rows_in_sort_order() -> None:
    org = Org()
    root = org.add("Enhet")
    kids = [org.add(f"Avdeling {i}", root) for i in range(4)]
    layout = layout_chart(org.nodes)
    assert_tidy(layout)
    boxes = [layout.boxes[k] for k in kids]
    assert len({b.y for b in boxes}) == 1
    assert [b.x for b in boxes] == sorted(b.x for b in boxes)
    assert layout.boxes[root].cx == pytest.approx((boxes[0].cx + boxes[-1].cx) / 2)


def test_three_level_model_lists_each_sectors_units_under_it() -> None:
    org, _root, sectors = three_level()
    layout = layout_chart(org.nodes)
    assert_tidy(layout)
    sector_boxes = [layout.boxes[s] for s in sectors]
    assert len({b.y for b in sector_boxes}) == 1  # the sectors side by side in one row
    by_parent: dict[uuid.UUID, list[Box]] = defaultdict(list)
    for node in org.nodes:
        if node.parent_id in sectors:
            by_parent[node.parent_id].append(layout.boxes[node.id])
    spans = []
    for sector in sector_boxes:
        units = by_parent[sector.node.id]
        assert all(u.y > sector.y + sector.h for u in units)
        spans.append((min(b.x for b in [sector, *units]), max(b.x + b.w for b in [sector, *units])))
    # Each sector's units lie in a band of their own, in the sectors' order.
    spans.sort()
    assert all(a[1] < b[0] for a, b in pairwise(spans))
    assert spans[0][0] == min(b.x for b in [sector_boxes[0], *by_parent[sectors[0]]])
    # The long lists (9 and 12 units) hang in a column under their sector instead of a row.
    for sector in sectors[1:]:
        assert len({b.x for b in by_parent[sector]}) == 1


def test_collapsed_unit_hides_its_subtree_and_counts_it() -> None:
    org, root, sectors = three_level()
    layout = layout_chart(org.nodes, collapsed=frozenset({sectors[2]}))
    assert_tidy(layout)
    hidden = {n.id for n in org.nodes if n.parent_id == sectors[2]}
    assert hidden and not hidden & set(layout.boxes)
    assert not any(e.child_id in hidden for e in layout.edges)
    box = layout.boxes[sectors[2]]
    assert box.collapsed and box.has_children and box.hidden == 12
    assert not layout.boxes[sectors[0]].collapsed
    assert len(layout.boxes) == len(org.nodes) - 12
    # Collapsing the root leaves a single box.
    alone = layout_chart(org.nodes, collapsed=frozenset({root}))
    assert list(alone.boxes) == [root] and alone.edges == []
    assert alone.boxes[root].hidden == len(org.nodes) - 1


def test_root_id_lays_out_only_that_subtree() -> None:
    org, _root, sectors = three_level()
    layout = layout_chart(org.nodes, root_id=sectors[1])
    assert_tidy(layout)
    expected = {sectors[1]} | {n.id for n in org.nodes if n.parent_id == sectors[1]}
    assert set(layout.boxes) == expected
    top = layout.boxes[sectors[1]]
    assert top.depth == 0 and top.y == 0 and layout.root_ids == [sectors[1]]
    with pytest.raises(AppError, match="finnes ikke"):
        layout_chart(org.nodes, root_id=uuid.uuid4())


def test_several_top_units_are_drawn_side_by_side() -> None:
    org = Org()
    tops = [org.add(f"Selskap {i}") for i in range(3)]
    for top in tops:
        for i in range(3):
            org.add(f"Avdeling {i}", top)
    layout = layout_chart(org.nodes)
    assert_tidy(layout)
    assert layout.root_ids == tops
    assert len({layout.boxes[t].y for t in tops}) == 1


def test_nothing_to_draw_is_an_empty_layout() -> None:
    layout = layout_chart([])
    assert layout.boxes == {} and layout.edges == [] and (layout.width, layout.height) == (0, 0)


def test_a_corrupt_cycle_does_not_hang_the_layout() -> None:
    org = Org()
    root = org.add("Rådmannen", kind="administration")
    org.add("Enhet", root)
    a, b = ChartNode(uuid.uuid4(), None, "A"), ChartNode(uuid.uuid4(), None, "B")
    a.parent_id, b.parent_id = b.id, a.id
    layout = layout_chart([*org.nodes, a, b])
    assert set(layout.boxes) == {n.id for n in org.nodes}  # the cycle hangs from no top unit
    looped = layout_chart([*org.nodes, a, b], root_id=a.id)
    assert set(looped.boxes) == {a.id, b.id}


def test_generated_organisation_of_500_units_is_tidy() -> None:
    rows = generate_forest(500, seed=7)
    nodes = forest_nodes(rows)
    layout = layout_chart(nodes)
    assert len(layout.boxes) == 500 and len(layout.edges) == 499
    assert max(b.depth for b in layout.boxes.values()) >= 5
    assert_tidy(layout)
    assert 0.2 < layout.width / layout.height < 5  # compact, not one endless row


def test_generated_organisation_of_5000_units_stays_compact() -> None:
    layout = layout_chart(forest_nodes(generate_forest(5000)))
    assert len(layout.boxes) == 5000
    assert overlapping_pairs(list(layout.boxes.values())) == []
    assert 0.2 < layout.width / layout.height < 5


def test_a_flat_list_of_2000_units_folds_into_a_sheet_not_a_ribbon() -> None:
    org = Org()
    root = org.add("Rådmannen", kind="administration")
    for i in range(2000):
        org.add(f"Enhet {i}", root)
    layout = layout_chart(org.nodes)
    assert 0.5 < layout.width / layout.height < 3
    assert overlapping_pairs(list(layout.boxes.values())) == []


def test_a_deep_chain_hangs_straight_down() -> None:
    org = Org()
    parent = None
    for i in range(3000):  # deeper than any real organisation: must not blow up or slow to a crawl
        parent = org.add(f"Nivå {i}", parent)
    layout = layout_chart(org.nodes)
    assert len({b.x for b in layout.boxes.values()}) == 1
    assert layout.height == pytest.approx(3000 * 58 + 2999 * 34)
