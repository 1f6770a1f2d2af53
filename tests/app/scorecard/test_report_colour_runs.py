"""The tertial PDF colours the «Farge» column by runs of rows, not one style command per row (300
units with half of them red): the runs keep every row's colour and break where a row has none."""

from __future__ import annotations

from reportlab.lib.colors import HexColor

from app.scorecard.report import _colour_runs

RED, YELLOW = "#C62828", "#F9A825"


def test_runs_merge_neighbouring_rows_of_one_colour_and_break_on_a_gap_or_another_colour() -> None:
    rows = [(1, RED), (2, RED), (3, RED), (4, YELLOW), (6, YELLOW), (7, RED)]
    commands = _colour_runs(rows)
    assert [(c[1], c[2]) for c in commands] == [((3, 1), (3, 3)), ((3, 4), (3, 4)), ((3, 6), (3, 6)),
                                                 ((3, 7), (3, 7))]
    assert [c[3] for c in commands] == [HexColor(RED), HexColor(YELLOW), HexColor(YELLOW), HexColor(RED)]
    assert all(c[0] == "TEXTCOLOR" for c in commands)
    # every row gets exactly the colour it asked for
    covered = {row: c[3] for c in commands for row in range(c[1][1], c[2][1] + 1)}
    assert covered == {row: HexColor(colour) for row, colour in rows}
    assert _colour_runs([]) == []
    many = _colour_runs([(r, RED) for r in range(1, 3001)])
    assert len(many) == 1
