"""Issue 20: a merge dated after the day the chart shows. A version's units carry no dates (a version is one
structure), so the chart draws the merged unit marked «fra <dato>» and names the units it replaces with
their last day; an organisation in force before the merge marks the units a later one merged away
«til <dato>». Read back from the layout, the marks and the PDF's text."""

from __future__ import annotations

import re
import uuid
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org import chart_style, reorganisation, restructure, transition
from app.org.chart_export import export_chart
from app.org.chart_layout import build_chart_nodes, layout_chart
from app.storage.database import Database
from db.models import OrgVersion, Unit

MERGE = date(2027, 8, 1)  # in the future of the demo's today (23.11.2026)
BEFORE, AFTER = date(2027, 1, 15), date(2027, 9, 1)
OLD = ("Solsikken barnehage", "Tusenfryd barnehage")


def unit_in(s: Session, version_id: uuid.UUID, name: str) -> Unit:
    return s.scalars(select(Unit).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def box_names(s: Session, version_id: uuid.UUID, on: date) -> set[str]:
    return {box.node.name for box in layout_chart(build_chart_nodes(s, version_id, on)).boxes.values()}


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def leader_on_chart(s: Session, version_id: uuid.UUID, on: date, name: str) -> str:
    return next(box.node.leader for box in layout_chart(build_chart_nodes(s, version_id, on)).boxes.values()
                if box.node.name == name)


def merged_alternative(s: Session) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    project = reorganisation.create_project(s, "Omorganisering 2027")
    alt = reorganisation.add_alternative(s, project.id).id
    a, b = (unit_in(s, alt, n) for n in OLD)
    restructure.merge_units(s, [a.id, b.id], "Sentrum barnehager", MERGE)
    return project.id, alt, unit_in(s, alt, "Sentrum barnehager").id


def test_a_scenario_seen_before_its_merge_marks_the_merged_unit_from_the_date(demo_db: Database,
                                                                             tmp_path: Path) -> None:
    with demo_db.session() as s:
        _project, alt, merged = merged_alternative(s)
        # The boxes are the structure the scenario plans, whatever the day.
        assert "Sentrum barnehager" in box_names(s, alt, BEFORE) and not set(OLD) & box_names(s, alt, BEFORE)
        # ... with the leader it will have: the first unit's, not the other one's who leaves the day before
        # (both still lead on the day shown).
        base = reorganisation.compared_with(s, alt)
        assert base is not None
        staying, leaving = (leader_on_chart(s, base, BEFORE, n) for n in OLD)
        assert staying and leaving and staying != leaving
        assert leader_on_chart(s, alt, BEFORE, "Sentrum barnehager") == staying
        assert leader_on_chart(s, alt, AFTER, "Sentrum barnehager") == staying
        mark = reorganisation.chart_marks(s, alt, BEFORE).marks[merged]
        assert mark == "merged" and chart_style.mark_text(mark) == "Sammenslått fra 01.08.2027"
        names = {merged: "Sentrum barnehager"}
        assert chart_style.merged_from_notes({merged: mark}, names) == [
            "Solsikken barnehage og Tusenfryd barnehage til 31.07.2027, så Sentrum barnehager"]
        # From the date on the merge is simply in force: no date on the box, no note.
        after = reorganisation.chart_marks(s, alt, AFTER).marks[merged]
        assert chart_style.mark_text(after) == "Sammenslått"
        assert chart_style.merged_from_notes({merged: after}, names) == []

        text = pdf_text(export_chart(s, alt, "pdf", tmp_path / "før.pdf", on=BEFORE))
        assert "Sammenslått fra 01.08.2027" in text
        assert "Solsikken barnehage og Tusenfryd barnehage til 31.07.2027, så Sentrum barnehager" in text
        text = pdf_text(export_chart(s, alt, "pdf", tmp_path / "etter.pdf", on=AFTER))
        assert "Sammenslått" in text and "fra 01.08.2027" not in text and "til 31.07.2027" not in text


def test_after_the_alternative_is_made_current_each_version_says_how_long_its_units_last(
        demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        project, alt, merged = merged_alternative(s)
        base = s.get_one(reorganisation.ReorganisationProject, project).base_version_id
        assert base is not None
        # Made current before the merge's own date: the new organisation is in force from 1 January.
        transition.make_current_with_plan(s, project, alt, date(2027, 1, 1))
        old_ids = {unit_in(s, base, n).id for n in OLD}
        marks = reorganisation.chart_marks(s, base, date(2026, 12, 1)).marks  # the old one, now history
        assert {u: chart_style.mark_text(m) for u, m in marks.items()} == dict.fromkeys(old_ids, "Til 31.07.2027")
        assert reorganisation.chart_marks(s, base, date(2026, 12, 1)).draft is False
        current = reorganisation.chart_marks(s, alt, BEFORE).marks
        assert {u: chart_style.mark_text(m) for u, m in current.items()} == {merged: "Sammenslått fra 01.08.2027"}
        assert reorganisation.chart_marks(s, alt, AFTER).marks == {}
        assert s.get_one(OrgVersion, alt).effective_from == date(2027, 1, 1)

        text = pdf_text(export_chart(s, base, "pdf", tmp_path / "historisk.pdf", on=date(2026, 12, 1)))
        assert text.count("Til 31.07.2027") == 2 and "Solsikken barnehage" in text
        text = pdf_text(export_chart(s, alt, "pdf", tmp_path / "gjeldende.pdf", on=BEFORE))
        assert "Sammenslått fra 01.08.2027" in text and "Forslag/utkast" not in text


def test_a_unit_split_off_after_the_day_shown_is_new_from_its_date(demo_db: Database) -> None:
    with demo_db.session() as s:
        project = reorganisation.create_project(s, "Hjemmetjenesten")
        alt = reorganisation.add_alternative(s, project.id).id
        restructure.split_unit(s, unit_in(s, alt, "Hjemmetjenesten nord").id, "Hjemmetjenesten nord, natt", MERGE)
        new = unit_in(s, alt, "Hjemmetjenesten nord, natt").id
        assert chart_style.mark_text(reorganisation.chart_marks(s, alt, BEFORE).marks[new]) == "Ny fra 01.08.2027"
        assert chart_style.mark_text(reorganisation.chart_marks(s, alt, AFTER).marks[new]) == "Ny"
        assert chart_style.merged_from_notes(reorganisation.chart_marks(s, alt, BEFORE).marks,
                                             {new: "Hjemmetjenesten nord, natt"}) == []
