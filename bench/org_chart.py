"""The org chart of a large generated organisation: our layout and vector PDF side by side
with Graphviz ``dot -Tpdf`` laying out and writing the same tree. Goal: ours ≤ 1.5 s for
5,000 units.

The generated organisation (``generate_forest``) is a three-level municipality grown deep:
the rådmann with top team and staff, sectors, result units (schools, kindergartens, home
care zones ...) and departments, teams and groups under them, up to depth 6. It is
deterministic for a seed. ``generate_forest_xlsx`` writes it as the unit list a user would
import (Id, Overordnet, Enhet, Type, Leder, Ansvar, Årsverk), for the import benchmark.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.org.chart_export import render_pdf
from app.org.chart_layout import ChartNode, layout_chart

MAX_DEPTH = 6

PLACES = (
    "Lindvik", "Solåsen", "Haugtun", "Brekka", "Nordvika", "Kvernes", "Åsen", "Vestre", "Bakketun", "Fjellheim",
    "Strand", "Sjøbakken", "Moen", "Lia", "Nesset", "Øvre Dal", "Nedre Dal", "Holmen", "Vika", "Ramsvik",
    "Skogly", "Rosendal", "Birkeland", "Tjønna", "Eide", "Hauge", "Myra", "Sandvik", "Bjørkli", "Granly",
    "Furuly", "Lykkeberg", "Sørbø", "Grønnåsen", "Kleiva", "Austrått", "Bergtun", "Elvebakken", "Fossen",
    "Hovden", "Kjerringøy", "Lunde", "Mjelde", "Nordbø", "Ormhaug", "Rønningen", "Steinsvik", "Tveit",
    "Ulvund", "Våge", "Ytre Vik", "Ørnes", "Ålvik", "Bryggja", "Dale", "Fjære", "Gjerde", "Hellevik",
)
GIVEN = (
    "Anne", "Kari", "Marit", "Ingrid", "Liv", "Silje", "Ida", "Hilde", "Tone", "Åse", "Solveig", "Randi",
    "Ole", "Lars", "Per", "Jan", "Erik", "Trond", "Knut", "Bjørn", "Håkon", "Geir", "Øyvind", "Tor",
    "Marianne", "Synnøve", "Nina", "Tomasz", "Amina", "Mohammed", "Elisabeth", "Gunnar", "Einar", "Frode",
)
FAMILY = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
    "Karlsen", "Berg", "Haugen", "Hagen", "Bakken", "Moe", "Lund", "Solheim", "Næss", "Birkeland", "Haugland",
    "Myklebust", "Skogen", "Tveit", "Kvamme", "Gundersen", "Holm", "Eide", "Nygård", "Haddad", "Iversen",
)
STAFF = (
    ("Rådmannens ledergruppe", "Rådmannens ledergruppe"), ("Økonomi", "Stab"), ("Personal og organisasjon", "Stab"),
    ("Kommunikasjon", "Stab"), ("IKT", "Støtte"), ("Servicetorg og arkiv", "Servicetorg"),
    ("Utviklingsenheten", "Utviklingsenhet"), ("Innkjøp", "Støtte"),
)
SECTORS = (
    "Oppvekst", "Helse og omsorg", "Tekniske tjenester", "Kultur og fritid", "Velferd", "Barn og familie",
    "Eiendom og bolig", "Samfunnsutvikling", "Næring og miljø", "Rus og psykisk helse", "Beredskap",
    "Digitalisering",
)
# Result units per sector: name patterns with {place} or {n}.
RESULT_NAMES = {
    "Oppvekst": ("{place} skole", "{place} barnehage", "{place} oppvekstsenter", "{place} ungdomsskole"),
    "Helse og omsorg": ("Hjemmetjenesten sone {n}", "{place} sykehjem", "{place} bo- og omsorgssenter",
                        "{place} legesenter"),
    "Tekniske tjenester": ("Vei og park {place}", "Vann og avløp {place}", "Driftsstasjon {place}"),
    "Kultur og fritid": ("{place} bibliotek", "{place} kulturhus", "{place} fritidsklubb", "{place} idrettshall"),
    "Velferd": ("NAV {place}", "Flyktningtjenesten {place}", "Boligkontoret {place}"),
    "Barn og familie": ("Barnevern {place}", "{place} helsestasjon", "Familiesenteret {place}"),
    "Eiendom og bolig": ("Eiendomsdrift {place}", "Renhold {place}", "Kommunale boliger {place}"),
    "Samfunnsutvikling": ("Plan {place}", "Byggesak {place}", "Landbrukskontoret {place}"),
    "Næring og miljø": ("Næringskontoret {place}", "Miljøtjenesten {place}", "Havnevesenet {place}"),
    "Rus og psykisk helse": ("Psykisk helse {place}", "Rustjenesten {place}", "Bofellesskap {place}"),
    "Beredskap": ("{place} brann og redning", "Legevakt {place}", "Beredskapskontoret {place}"),
    "Digitalisering": ("Digitale tjenester {place}", "Fagsystemer {place}", "Brukerstøtte {place}"),
}
DEPARTMENT_NAMES = ("Avdeling {n}{letter}", "Team {dir}", "Trinn {grade}", "Bokollektiv {n}", "Avdeling {place}",
                    "Seksjon {n}", "Fagteam {n}")
GROUP_NAMES = ("Team {n}", "Gruppe {letter}", "Turnusgruppe {n}", "Base {letter}", "Arbeidslag {n}")
DIRECTIONS = ("nord", "sør", "øst", "vest", "sentrum")
GRADES = ("1–4", "5–7", "8–10", "1–2", "3–4")


@dataclass
class ForestRow:
    """One unit as a row of the unit list: ids are text, the top unit has parent ""."""

    id: str
    parent: str
    name: str
    kind: str  # as the unit list names it: «Resultatenhet», «Stab», ...
    leader: str
    ansvar: str
    fte: float
    depth: int


KIND_CODES = {
    "Rådmannen": "administration", "Rådmannens ledergruppe": "top_team", "Stab": "staff", "Støtte": "support",
    "Utviklingsenhet": "development", "Servicetorg": "service_desk", "Sektor": "sector",
    "Resultatenhet": "result_unit",
}


def generate_forest(n: int = 5000, seed: int = 1) -> list[ForestRow]:
    """A deterministic organisation of ``n`` units under one rådmann, depth at most 6."""
    rng = random.Random(seed)
    rows: list[ForestRow] = []

    def person() -> str:
        return "" if rng.random() < 0.05 else f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"

    def add(parent: ForestRow | None, name: str, kind: str, fte: float) -> ForestRow:
        row = ForestRow(str(1000 + len(rows)), parent.id if parent else "", name, kind, person(),
                        str(100000 + len(rows)), round(fte, 1), parent.depth + 1 if parent else 0)
        rows.append(row)
        return row

    root = add(None, "Rådmannen", "Rådmannen", 4.0)
    for name, kind in STAFF[: max(2, min(len(STAFF), n // 60))]:
        add(root, name, kind, rng.uniform(3, 14))
    n_sectors = max(2, min(len(SECTORS), n // 400))
    sectors = [add(root, name, "Sektor", rng.uniform(1, 3)) for name in SECTORS[:n_sectors]]
    # About one unit in nine is a result unit; the rest are departments and teams under them.
    n_results = max(n_sectors, min(n - len(rows), n // 9))
    results: list[ForestRow] = []
    used: set[str] = set()
    for i in range(n_results):
        sector = sectors[i % n_sectors] if i < n_sectors else rng.choice(sectors)
        pattern = rng.choice(RESULT_NAMES[sector.name])
        name = pattern.format(place=rng.choice(PLACES), n=i + 1)
        while name in used:
            name = pattern.format(place=rng.choice(PLACES), n=rng.randint(1, 99)) + f" {rng.randint(2, 9)}"
        used.add(name)
        results.append(add(sector, name, "Resultatenhet", rng.uniform(5, 80)))
    # Departments and teams: each new unit goes under a random open unit; a new unit stays
    # open for children of its own with a probability that falls with depth.
    open_units = list(results)
    while len(rows) < n:
        parent = rng.choice(open_units)
        depth = parent.depth + 1
        pattern = rng.choice(DEPARTMENT_NAMES if depth <= 3 else GROUP_NAMES)
        name = pattern.format(n=rng.randint(1, 12), letter=rng.choice("ABCDEF"), dir=rng.choice(DIRECTIONS),
                              grade=rng.choice(GRADES), place=rng.choice(PLACES))
        child = add(parent, name, "Resultatenhet", rng.uniform(2, 25) / (depth - 1))
        if depth < MAX_DEPTH and rng.random() < 0.45 / (depth - 2):
            open_units.append(child)
    return rows


def forest_nodes(rows: list[ForestRow]) -> list[ChartNode]:
    """The generated units as chart nodes (ids made UUIDs, kinds as stored)."""
    ids = {r.id: uuid.uuid5(uuid.NAMESPACE_OID, r.id) for r in rows}
    return [
        ChartNode(id=ids[r.id], parent_id=ids.get(r.parent), name=r.name, leader=r.leader, fte=r.fte,
                  kind=KIND_CODES[r.kind], sort_order=i, code=r.id)
        for i, r in enumerate(rows)
    ]


def generate_forest_xlsx(path: Path, n: int = 5000, seed: int = 1) -> Path:
    """Write the generated organisation as an xlsx unit list (one sheet, header row first)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Enheter")
    ws.append(["Id", "Overordnet", "Enhet", "Type", "Leder", "Ansvar", "Årsverk"])
    for r in generate_forest(n, seed):
        ws.append([r.id, r.parent, r.name, r.kind, r.leader, r.ansvar, r.fte])
    path = Path(path)
    wb.save(path)
    return path


def write_dot(rows: list[ForestRow], path: Path) -> Path:
    """The same tree for Graphviz: boxes with name, leader and FTEs, top to bottom. Default
    splines: ``splines=ortho`` would draw right angles like ours but makes dot a third slower."""

    def quote(text: str) -> str:
        return text.replace("\\", "\\\\").replace('"', '\\"')

    lines = ['digraph org {', '  rankdir=TB; nodesep=0.2; ranksep=0.4;',
             '  node [shape=box, style="rounded,filled", fillcolor="#F1F4F7", fontname="DejaVu Sans", fontsize=8];',
             '  edge [arrowhead=none, color="#5F6B76"];']
    for r in rows:
        leader = r.leader or "Ledig"
        fte = f"{r.fte:.1f}".replace(".", ",")
        lines.append(f'  "{r.id}" [label="{quote(r.name)}\\n{quote(leader)}\\n{fte} årsverk"];')
    lines.extend(f'  "{r.parent}" -> "{r.id}";' for r in rows if r.parent)
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ours(nodes: list[ChartNode], out: Path) -> tuple[float, float]:
    start = time.perf_counter()
    layout = layout_chart(nodes)
    laid = time.perf_counter()
    render_pdf(layout, out, title="Benkemerke kommune", subtitle="Organisasjonskart – generert", paper="a3")
    return laid - start, time.perf_counter() - start


def _dot(dot: str, source: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([dot, "-Tpdf", "-o", str(out), str(source)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
    return time.perf_counter() - start


def run(quick: bool) -> list[dict[str, object]]:
    n = 500 if quick else 5000
    rounds = 1 if quick else 3  # dot takes half a minute a round on 5,000 units
    rows = generate_forest(n)
    nodes = forest_nodes(rows)
    dot = shutil.which("dot")
    ours_all: list[float] = []
    layout_all: list[float] = []
    peer_all: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        source = write_dot(rows, Path(tmp) / "org.dot")
        for i in range(rounds):  # alternate so both see the same machine state
            laid, total = _ours(nodes, Path(tmp) / f"ours{i}.pdf")
            layout_all.append(laid)
            ours_all.append(total)
            if dot:
                peer_all.append(_dot(dot, source, Path(tmp) / f"dot{i}.pdf"))
    ours_s = statistics.median(ours_all)
    peer_s = statistics.median(peer_all) if peer_all else None
    return [{
        "benchmark": f"org chart layout + vector PDF ({n} units)",
        "ours_s": round(ours_s, 3),
        "peer": "Graphviz dot -Tpdf" if dot else "Graphviz dot (not installed)",
        "peer_s": round(peer_s, 3) if peer_s is not None else "-",
        "ratio": round(ours_s / peer_s, 3) if peer_s else "-",
        "goal": "ours <= 1.5 s" + ("" if not quick else " (5000 units; quick run uses 500)"),
        "rounds": rounds,
        "units": n,
        "layout_s": round(statistics.median(layout_all), 3),
        "ours_all_s": [round(x, 3) for x in ours_all],
        "peer_all_s": [round(x, 3) for x in peer_all],
    }]


if __name__ == "__main__":
    import sys

    for row in run("--quick" in sys.argv):
        print(row)
