"""Run every benchmark, print a table, write JSON."""

from __future__ import annotations

import argparse
import json
import os
import platform
from datetime import datetime
from pathlib import Path

from bench import (
    agreements,
    budget,
    bundle,
    editor,
    followup,
    org_chart,
    org_page,
    reorganisation,
    scorecard,
    seminar,
    server,
    startup,
)

BENCHMARKS = {"startup": startup, "editor": editor, "org_chart": org_chart, "org_page": org_page,
              "reorganisation": reorganisation,
              "agreements": agreements, "budget": budget, "followup": followup, "scorecard": scorecard,
              "bundle": bundle,
              "server": server, "seminar": seminar}


def print_table(rows: list[dict[str, object]]) -> None:
    header = f"{'benchmark':44} {'ours (s)':>9} {'peer':28} {'peer (s)':>9} {'ratio':>6}  goal"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['benchmark']:44} {r['ours_s']:>9} {r['peer']:28} {r['peer_s']:>9} {r['ratio']:>6}  {r['goal']}")


def write_results(path: Path, rows: list[dict[str, object]], quick: bool,
                  extra: dict[str, object] | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "system": platform.platform(),
                    "cpus": os.cpu_count()},
        "quick": quick,
        **(extra or {}),
        "results": rows,
    }, indent=2, ensure_ascii=False))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="one round of each: a smoke run")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "latest.json")
    parser.add_argument("only", nargs="*", help=f"run only these of {', '.join(BENCHMARKS)} (default: all)")
    args = parser.parse_args()
    unknown = set(args.only) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark: {', '.join(sorted(unknown))}")
    rows: list[dict[str, object]] = []
    for name, module in BENCHMARKS.items():
        if not args.only or name in args.only:
            rows.extend(module.run(args.quick))
    print_table(rows)
    write_results(args.out, rows, args.quick)
    print(f"\nJSON: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
