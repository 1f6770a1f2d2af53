"""Issue 20: the side-by-side comparison of five alternatives (the 0-alternative and four proposals)
of a 5,000-unit organisation. Goal: ≤ 1 s.

Ours: ``app.org.reorganisation.compare_alternatives`` — per alternative the units, leaders, staff per
leader, units per kommunalsjef, FTEs, the budget per unit through the ansvar codes, the checks, and
the changes from the 0-alternative (added, removed, renamed, moved, merged).
Peer: the same figures in pandas: each alternative's units, leaders, follow-up and ansvar codes read
with ``pandas.read_sql`` and merged on unit identity (lineage) with the 0-alternative and the
budget; pandas has no org checks, so the peer does less than ours.

The organisation is imported as from ``START``, so its leaders hold their posts on ``ON`` whatever day the
bench runs (imported as from today, a run after ``ON`` compared an organisation with no leader in post: no
leader names, spans or leader checks to work out). Ours is timed as wall and CPU time (``ours_cpu_s``: this
process only, so other programs on a loaded machine do not count).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

ON = date(2026, 6, 1)
START = date(2026, 1, 1)  # the import's day: the positions start then


def _setup(tmp: Path, n: int) -> tuple[Path, uuid.UUID]:
    from sqlalchemy import insert, select

    from app.org import reorganisation, restructure
    from app.org import units as org_units
    from app.org.importer import import_units, plan_import
    from app.storage.database import open_database
    from bench.org_chart import generate_forest_xlsx
    from db.models import BudgetKind, BudgetLine, BudgetSet, Unit, UnitAnsvar
    from db.rows import table_of

    xlsx = generate_forest_xlsx(tmp / "enheter.xlsx", n=n)
    db_path = tmp / "stor.sdb"
    db = open_database(db_path)
    try:
        with db.session() as s:
            import_units(s, plan_import(xlsx), version_name="Stor kommune", today=START)
        with db.session() as s:
            budget = BudgetSet(id=uuid.uuid4(), name="Budsjett 2026", kind=BudgetKind.BUDSJETT, year=2026)
            s.add(budget)
            s.flush()
            codes = list(s.scalars(select(UnitAnsvar.code).distinct()))
            s.execute(insert(table_of(BudgetLine)), [
                {"id": uuid.uuid4(), "budget_set_id": budget.id, "ansvar": code, "art": "10100",
                 "amount_ore": (i % 997 + 1) * 100_000, "version": 1} for i, code in enumerate(codes)])
            project = reorganisation.create_project(s, "Stor omorganisering")
            for k in range(4):
                alt = reorganisation.add_alternative(s, project.id)
                results = list(s.scalars(select(Unit).where(Unit.org_version_id == alt.id, Unit.kind == "result_unit")
                                         .order_by(Unit.code).limit(40 + 10 * k)))
                for a, b in zip(results[0:20:2], results[1:20:2], strict=True):
                    if a.parent_id == b.parent_id:
                        restructure.merge_units(s, [a.id, b.id], f"{a.name} og {b.name}", date(2027, 1, 1))
                for u in results[20:30]:
                    org_units.update_unit(s, u.id, name=f"{u.name} (ny)")
            project_id = project.id
    finally:
        db.close()
    return db_path, project_id


def _ours(db_path: Path, project_id: uuid.UUID) -> tuple[float, float, Any]:
    """Wall and CPU seconds of the comparison (the database opened before the clocks start), and its result."""
    from app.org.reorganisation import compare_alternatives
    from app.storage.database import open_database

    db = open_database(db_path)
    try:
        with db.session() as s:
            start, cpu = time.perf_counter(), time.process_time()
            side = compare_alternatives(s, project_id, ON)
            return time.perf_counter() - start, time.process_time() - cpu, side
    finally:
        db.close()


def _pandas(db_path: Path, project_id: uuid.UUID) -> tuple[float, list[dict[str, Any]]]:
    import pandas as pd
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{db_path}")
    day = ON.isoformat()
    pid = project_id.hex
    start = time.perf_counter()
    with engine.connect() as conn:
        versions = pd.read_sql(
            "SELECT base_version_id AS v, 0 AS number FROM reorganisation_project WHERE id = :p UNION ALL "
            "SELECT org_version_id, number FROM reorganisation_alternative WHERE project_id = :p ORDER BY number",
            conn, params={"p": pid})
        budget = pd.read_sql(
            "SELECT ansvar AS code, SUM(amount_ore) AS ore FROM budget_line JOIN budget_set ON budget_set.id = "
            "budget_line.budget_set_id WHERE budget_set.kind = 'budsjett' AND budget_set.year = 2026 GROUP BY ansvar",
            conn)
        frames = []
        for v in versions["v"]:
            units = pd.read_sql("SELECT id, lineage_id, parent_id, name, fte, staff_count FROM unit "
                                "WHERE org_version_id = :v", conn, params={"v": v})
            leaders = pd.read_sql(
                "SELECT position.unit_id AS id, person_id FROM position JOIN unit ON unit.id = position.unit_id "
                "WHERE unit.org_version_id = :v AND role IN ('leader', 'chief_executive') AND start_date <= :d "
                "AND (end_date IS NULL OR end_date >= :d)", conn, params={"v": v, "d": day})
            leads = pd.read_sql(
                "SELECT follow_up_link.unit_id AS id, lead_person_id FROM follow_up_link JOIN unit ON unit.id = "
                "follow_up_link.unit_id WHERE unit.org_version_id = :v AND start_date <= :d AND (end_date IS NULL "
                "OR end_date >= :d)", conn, params={"v": v, "d": day})
            codes = pd.read_sql("SELECT unit_id AS id, unit_ansvar.code AS code FROM unit_ansvar JOIN unit "
                                "ON unit.id = unit_ansvar.unit_id WHERE unit.org_version_id = :v", conn,
                                params={"v": v})
            frames.append((units, leaders, leads, codes))
    results = []
    base_units = frames[0][0]
    for units, leaders, leads, codes in frames:
        per_unit = codes.merge(budget, on="code", how="left").fillna({"ore": 0}).groupby("id")["ore"].sum()
        units = units.merge(per_unit.rename("budget"), left_on="id", right_index=True, how="left")
        units = units.merge(leaders.drop_duplicates("id"), on="id", how="left")
        parents = units[["id", "lineage_id"]].rename(columns={"id": "parent_id", "lineage_id": "parent_lineage"})
        units = units.merge(parents, on="parent_id", how="left")
        base = base_units.merge(base_units[["id", "lineage_id"]].rename(
            columns={"id": "parent_id", "lineage_id": "parent_lineage"}), on="parent_id", how="left")
        both = base.merge(units, on="lineage_id", how="outer", suffixes=("_a", "_b"), indicator=True)
        matched = both[both["_merge"] == "both"]
        results.append({
            "units": len(units), "leaders": int(units["person_id"].notna().sum()),
            "staff": int(units["staff_count"].sum()), "fte": float(units["fte"].sum()),
            "budget": int(budget[budget["code"].isin(codes["code"].unique())]["ore"].sum()),
            "units_per_lead": leads.groupby("lead_person_id").size().to_dict(),
            "added": int((both["_merge"] == "right_only").sum()), "removed": int((both["_merge"] == "left_only").sum()),
            "renamed": int((matched["name_a"] != matched["name_b"]).sum()),
            "moved": int((matched["parent_lineage_a"].fillna("") != matched["parent_lineage_b"].fillna("")).sum()),
        })
    return time.perf_counter() - start, results


def run(quick: bool) -> list[dict[str, object]]:
    n = 500 if quick else 5000
    rounds = 1 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("STYRINGSDIALOG_DATA_DIR", tmp)
        db_path, project_id = _setup(Path(tmp), n)
        ours, ours_cpu, peer = [], [], []
        side = None
        for _ in range(rounds):
            t, cpu, side = _ours(db_path, project_id)
            ours.append(t)
            ours_cpu.append(cpu)
            try:
                p, peer_results = _pandas(db_path, project_id)
                peer.append(p)
            except ImportError:
                peer_results = []
        assert side is not None and len(side.columns) == 5
        if peer_results:  # the same figures both ways
            assert [c.units for c in side.columns] == [r["units"] for r in peer_results]
            assert [c.budget_ore for c in side.columns] == [r["budget"] for r in peer_results]
    ours_s = statistics.median(ours)
    peer_s = statistics.median(peer) if peer else None
    return [{
        "benchmark": f"reorganisation: 5 alternatives side by side ({n} units)",
        "ours_s": round(ours_s, 3),
        "peer": "pandas read_sql + merge on lineage" if peer else "pandas (not installed)",
        "peer_s": round(peer_s, 3) if peer_s is not None else "-",
        "ratio": round(ours_s / peer_s, 3) if peer_s else "-",
        "ours_cpu_s": round(statistics.median(ours_cpu), 3),
        "leaders": side.columns[0].leaders,
        "goal": "ours <= 1 s" + ("" if not quick else " (5000 units; quick run uses 500)"),
        "rounds": rounds,
        "units": n,
        "ours_all_s": [round(x, 3) for x in ours],
        "ours_cpu_all_s": [round(x, 3) for x in ours_cpu],
        "peer_all_s": [round(x, 3) for x in peer],
    }]


if __name__ == "__main__":
    import sys

    for row in run("--quick" in sys.argv):
        print(row)
