"""The org chart exported as PDF, SVG and PNG, read back the way a user would look at it."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.org import chart_style
from app.org.chart_export import (
    HEADER_HEIGHT,
    MARGIN,
    export_chart,
    png_size,
    render_pdf,
    render_png,
    render_svg,
)
from app.org.chart_layout import ChartNode, build_chart_nodes, layout_chart
from app.org.queries import current_version
from app.storage.database import Database
from db.models import (
    FollowUpLink,
    Municipality,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitKind,
)
from tests.conftest import DEMO_TODAY

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"
ON = date(2027, 1, 1)
A3 = (841.89, 1190.55)
A4 = (595.28, 841.89)


def squeeze(text: str) -> str:
    """Text without any whitespace: a wrapped name reads the same as the unwrapped one."""
    return re.sub(r"\s+", "", text)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def page_size(path: Path, index: int = 0) -> tuple[float, float]:
    box = PdfReader(path).pages[index].mediabox
    return round(float(box.width), 2), round(float(box.height), 2)


def demo_version(session: Session) -> UUID:
    version = current_version(session)
    assert version is not None
    return version.id


@dataclass
class Fjordby:
    version_id: UUID
    names: dict[str, list[str]]  # sector name -> its units' names
    all_names: list[str]


@pytest.fixture
def fjordby(empty_db: Database) -> tuple[Database, Fjordby]:
    """A three-level municipality: the kommunedirektør, a top team and staff, three sectors
    of 3, 7 and 9 units, one department under a unit, a partner unit, a vacancy."""
    with empty_db.session() as s:
        muni = Municipality(name="Fjordby kommune", number="9998")
        s.add(muni)
        s.flush()
        version = OrgVersion(municipality_id=muni.id, name="Ny struktur 2027", status=OrgVersionStatus.CURRENT,
                             effective_from=date(2027, 1, 1))
        s.add(version)
        s.flush()
        order = iter(range(1000))

        def unit(code: str, name: str, kind: UnitKind, parent: Unit | None, leader: str | None = "",
                 external: bool = False) -> Unit:
            u = Unit(org_version_id=version.id, parent_id=parent.id if parent else None, code=code, name=name,
                     kind=kind, sort_order=next(order), fte=Decimal("12.50"), is_external=external)
            s.add(u)
            s.flush()
            if leader is not None:
                given, family = (leader or f"Leder {code}").split(" ", 1)
                p = Person(municipality_id=muni.id, given_name=given, family_name=family)
                s.add(p)
                s.flush()
                s.add(Position(unit_id=u.id, person_id=p.id, role=PositionRole.LEADER, start_date=date(2020, 1, 1)))
            return u

        root = unit("1", "Kommunedirektøren", UnitKind.ADMINISTRATION, None, "Randi Fjell")
        unit("2", "Kommunedirektørens ledergruppe", UnitKind.TOP_TEAM, root, None)
        unit("3", "Økonomi og analyse", UnitKind.STAFF, root)
        unit("4", "HR & organisasjon <stab>", UnitKind.STAFF, root)
        lead = Person(municipality_id=muni.id, given_name="Siri", family_name="Ås")
        s.add(lead)
        s.flush()
        names: dict[str, list[str]] = {}
        sectors = (("Oppvekst og kultur", ("Fjordby skole", "Nesvik skole", "Bakken barnehage")),
                   ("Helse og velferd", tuple(f"Hjemmetjenesten sone {i}" for i in range(1, 8))),
                   ("Samfunn og teknikk", ("Pedagogisk-psykologisk tjeneste og spesialpedagogisk team",
                                           "NAV Fjordby", *(f"Teknisk drift område {i}" for i in range(1, 8)))))
        for i, (sector_name, units) in enumerate(sectors):
            sector = unit(f"S{i}", sector_name, UnitKind.SECTOR, root)
            names[sector_name] = []
            for j, name in enumerate(units):
                leader = None if name == "Nesvik skole" else ""
                u = unit(f"S{i}U{j}", name, UnitKind.RESULT_UNIT, sector, leader, external=name.startswith("NAV"))
                s.add(FollowUpLink(unit_id=u.id, lead_person_id=lead.id, start_date=date(2020, 1, 1)))
                names[sector_name].append(name)
        school = s.scalars(select(Unit).where(Unit.name == "Fjordby skole")).one()
        unit("D1", "Avdeling 5B", UnitKind.RESULT_UNIT, school)
        names["Oppvekst og kultur"].append("Avdeling 5B")
        all_names = list(s.scalars(select(Unit.name).where(Unit.org_version_id == version.id)))
        return empty_db, Fjordby(version.id, names, all_names)


def test_demo_pdf_on_one_page_has_every_unit_the_header_and_page_number(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "kart.pdf"
    with demo_db.session() as s:
        assert export_chart(s, demo_version(s), "pdf", out, on=DEMO_TODAY) == out
        names = [n.name for n in build_chart_nodes(s, demo_version(s), DEMO_TODAY)]
    pages = pdf_pages(out)
    assert len(pages) == 1
    text = squeeze(pages[0])
    missing = [n for n in names if squeeze(n) not in text]
    assert missing == []
    assert "Lindvik kommune" in pages[0]
    assert "Gjeldende organisasjon" in pages[0] and "23.11.2026" in pages[0]
    assert "side 1 av 1" in pages[0]
    # What a box says: the leader, «Ledig» with the acting leader, the FTEs in Norwegian.
    assert "Marianne Hansen" in pages[0]
    assert "Ledig – fung. Inger Haddad" in pages[0]
    assert "38,7 årsverk" in pages[0]
    assert "Oppfølging:" not in pages[0]


def test_demo_pdf_is_vector_with_the_font_embedded_and_is_kept_as_a_screenshot(demo_db: Database,
                                                                                tmp_path: Path) -> None:
    out = tmp_path / "kart.pdf"
    with demo_db.session() as s:
        export_chart(s, demo_version(s), "pdf", out, on=DEMO_TODAY, paper="a3", show_follow_up=True)
    page = PdfReader(out).pages[0]
    resources = page["/Resources"]
    assert "/XObject" not in resources  # drawn, not a picture
    fonts = [f.get_object() for f in resources["/Font"].values()]
    assert {f["/BaseFont"].split("+")[-1] for f in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts)  # embedded TrueType
    text = page.extract_text()
    assert "Oppfølging: Erik Berg" in text and "Rådmann og ledergruppe" in text
    assert page_size(out) == A3[::-1]  # the chart is wider than tall: landscape chosen

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    prefix = ARTIFACTS / "org-chart-pdf-demo-a3"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(out), str(prefix)], check=True)
    with Image.open(prefix.with_suffix(".png")) as shot:
        image = shot.convert("RGB")
    assert image.size[0] == pytest.approx(A3[1] / 72 * 60, abs=1.5)  # 60 dpi, landscape
    assert image.size[1] == pytest.approx(A3[0] / 72 * 60, abs=1.5)
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    for style in (chart_style.STAFF, chart_style.RESULT_UNIT, chart_style.EXTERNAL):  # boxes filled by kind
        assert tuple(int(style.fill[i:i + 2], 16) for i in (1, 3, 5)) in colours


def test_paper_and_orientation(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        vid = demo_version(s)
        for paper, landscape, size in (("a3", True, A3[::-1]), ("A4", False, A4), ("a4", True, A4[::-1])):
            out = export_chart(s, vid, "pdf", tmp_path / f"{paper}{landscape}.pdf", on=DEMO_TODAY, paper=paper,
                               landscape=landscape)
            assert page_size(out) == size
        with pytest.raises(AppError, match="Ukjent papirformat «a5»"):
            export_chart(s, vid, "pdf", tmp_path / "x.pdf", on=DEMO_TODAY, paper="a5")
        with pytest.raises(AppError, match="Ukjent format «docx»"):
            export_chart(s, vid, "docx", tmp_path / "x.docx", on=DEMO_TODAY)
    assert not (tmp_path / "x.pdf").exists()


def test_split_pdf_has_an_overview_and_a_page_per_subtree(fjordby: tuple[Database, Fjordby], tmp_path: Path) -> None:
    db, org = fjordby
    out = tmp_path / "delt.pdf"
    with db.session() as s:
        export_chart(s, org.version_id, "pdf", out, on=ON, split_subtrees=True, paper="a4")
    pages = pdf_pages(out)
    sectors = list(org.names)
    assert len(pages) == len(sectors) + 1  # the staff units have nothing under them: no pages of their own
    for number, text in enumerate(pages, start=1):
        assert "Fjordby kommune" in text and "Ny struktur 2027" in text and "01.01.2027" in text
        assert f"side {number} av {len(pages)}" in text
    overview = squeeze(pages[0])
    assert all(squeeze(s) in overview for s in sectors)
    assert squeeze("Kommunedirektøren") in overview and squeeze("Økonomi og analyse") in overview
    assert squeeze("Hjemmetjenesten sone 3") not in overview  # collapsed on the overview
    for sector, text in zip(sectors, pages[1:], strict=True):
        body = squeeze(text)
        assert sector in text.splitlines()[1]  # the page's header names its sector
        assert all(squeeze(n) in body for n in org.names[sector])
        other = [n for s2, ns in org.names.items() if s2 != sector for n in ns]
        assert not any(squeeze(n) in body for n in other)
    everything = squeeze("".join(pages))
    assert all(squeeze(n) in everything for n in org.all_names)


def test_long_names_wrap_and_vacancies_show(fjordby: tuple[Database, Fjordby], tmp_path: Path) -> None:
    db, org = fjordby
    out = tmp_path / "kart.pdf"
    with db.session() as s:
        export_chart(s, org.version_id, "pdf", out, on=ON)
    text = pdf_pages(out)[0]
    long_name = "Pedagogisk-psykologisk tjeneste og spesialpedagogisk team"
    assert long_name not in text  # too long for one line of a box ...
    assert squeeze(long_name) in squeeze(text)  # ... so it is wrapped, not cut
    assert "Ledig" in text  # Nesvik skole has no leader
    assert "12,5 årsverk" in text


def test_root_by_code_or_name_draws_only_that_subtree(fjordby: tuple[Database, Fjordby], tmp_path: Path) -> None:
    db, org = fjordby
    with db.session() as s:
        by_code = export_chart(s, org.version_id, "pdf", tmp_path / "kode.pdf", on=ON, root="S1")
        by_name = export_chart(s, org.version_id, "svg", tmp_path / "navn.svg", on=ON, root="Helse og velferd")
        with pytest.raises(AppError, match="Fant ingen enhet med kode eller navn «Finnes ikke»"):
            export_chart(s, org.version_id, "pdf", tmp_path / "feil.pdf", on=ON, root="Finnes ikke")
    text = squeeze(pdf_pages(by_code)[0])
    assert all(squeeze(n) in text for n in org.names["Helse og velferd"])
    assert squeeze("Fjordby skole") not in text and squeeze("Kommunedirektøren") not in text
    svg_text = squeeze(" ".join(t.text or "" for t in ET.parse(by_name).iter("{http://www.w3.org/2000/svg}text")))
    assert squeeze("Hjemmetjenesten sone 7") in svg_text and squeeze("Fjordby skole") not in svg_text
    assert not (tmp_path / "feil.pdf").exists()


def test_svg_parses_and_holds_every_name_with_special_characters(fjordby: tuple[Database, Fjordby],
                                                                   tmp_path: Path) -> None:
    db, org = fjordby
    with db.session() as s:
        out = export_chart(s, org.version_id, "svg", tmp_path / "kart.svg", on=ON, show_follow_up=True)
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    joined = squeeze("".join(texts))
    assert all(squeeze(n) in joined for n in org.all_names)
    assert squeeze("HR & organisasjon <stab>") in joined  # escaped in the file, itself when read
    assert "Fjordby kommune" in texts and "Oppfølging: Siri Ås" in texts
    rects = list(root.iter("{http://www.w3.org/2000/svg}rect"))
    assert sum(r.get("stroke-dasharray") is not None for r in rects) == 1  # NAV, outside the line


def test_png_has_the_expected_size_and_colours(fjordby: tuple[Database, Fjordby], tmp_path: Path) -> None:
    db, org = fjordby
    with db.session() as s:
        out = export_chart(s, org.version_id, "png", tmp_path / "kart.png", on=ON)
        nodes = build_chart_nodes(s, org.version_id, ON)
    layout = layout_chart(nodes)
    with Image.open(out) as image:
        image.load()
    assert image.format == "PNG"
    assert image.size == png_size(layout, 2.0)
    assert image.size[0] == pytest.approx((layout.width + 2 * MARGIN) * 2, abs=1)
    # The top box is filled with the administration colour, just inside its corner.
    root = next(b for b in layout.boxes.values() if b.depth == 0)
    corner = (round((MARGIN + root.x + 8) * 2), round((MARGIN + HEADER_HEIGHT + root.y + 4) * 2))
    pixel = image.convert("RGB").getpixel(corner)
    assert pixel == tuple(int(chart_style.ADMINISTRATION.fill[i:i + 2], 16) for i in (1, 3, 5))
    half = render_png(layout, tmp_path / "liten.png", title="T", subtitle="U", scale=1.0)
    with Image.open(half) as small:
        assert small.size == png_size(layout, 1.0)
    assert png_size(layout, 1.0)[0] * 2 == pytest.approx(image.size[0], abs=1)


def test_split_is_only_for_pdf_and_the_folder_must_exist(fjordby: tuple[Database, Fjordby], tmp_path: Path) -> None:
    db, org = fjordby
    with db.session() as s:
        with pytest.raises(AppError, match="bare i PDF"):
            export_chart(s, org.version_id, "png", tmp_path / "x.png", on=ON, split_subtrees=True)
        with pytest.raises(AppError, match="finnes ikke"):
            export_chart(s, org.version_id, "pdf", tmp_path / "mangler" / "x.pdf", on=ON)
    assert list(tmp_path.glob("*.png")) == [] and list(tmp_path.glob(".~*")) == []


def test_empty_version_is_a_clear_error(empty_db: Database, tmp_path: Path) -> None:
    with empty_db.session() as s:
        muni = Municipality(name="Tom kommune")
        s.add(muni)
        s.flush()
        version = OrgVersion(municipality_id=muni.id, name="Utkast", status=OrgVersionStatus.SCENARIO)
        s.add(version)
        s.flush()
        with pytest.raises(AppError, match="«Utkast» har ingen enheter"):
            export_chart(s, version.id, "pdf", tmp_path / "x.pdf", on=ON)


def test_render_functions_draw_what_the_window_shows(demo_db: Database, tmp_path: Path) -> None:
    """The GUI exports its own layout (collapsed units included) through the render functions."""
    with demo_db.session() as s:
        nodes = build_chart_nodes(s, demo_version(s), DEMO_TODAY)
    root = next(n for n in nodes if n.parent_id is None)
    layout = layout_chart(nodes, collapsed=frozenset({root.id}))
    pdf = render_pdf(layout, tmp_path / "a.pdf", title="Lindvik kommune", subtitle="Utsnitt", paper="a4",
                     landscape=False, split_pages=[layout_chart(nodes)])
    pages = pdf_pages(pdf)
    assert len(pages) == 2 and "+37" in pages[0] and "side 2 av 2" in pages[1]
    assert page_size(pdf, 0) == A4 and page_size(pdf, 1) == A4
    svg = render_svg(layout, tmp_path / "a.svg", title="Lindvik kommune", subtitle="Utsnitt")
    assert "+37" in svg.read_text(encoding="utf-8")


def test_svg_drops_control_characters_xml_cannot_hold(tmp_path: Path) -> None:
    node = ChartNode(uuid4(), None, "Drift\x0bteam «nord» & sør", leader="Kari Nordmann", fte=2.5)
    out = render_svg(layout_chart([node]), tmp_path / "a.svg", title="Kommune <test>", subtitle="1 & 2")
    texts = [t.text for t in ET.parse(out).iter("{http://www.w3.org/2000/svg}text")]
    assert "Kommune <test>" in texts and "1 & 2" in texts
    assert squeeze("Driftteam «nord» & sør") in squeeze("".join(t or "" for t in texts))
    assert "2,5 årsverk" in texts
