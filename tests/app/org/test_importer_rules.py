"""Org import on real-shaped files (issue 15 items 6-8, issue 16 item 14): codes, limits, årsverk,
ranges and cycles. Every refusal names the row and the column, and writes nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.org.importer import OrgImportError, import_units, plan_import
from app.storage.database import Database, open_database
from db.models import Unit, UnitAnsvar
from tests.app.org.test_cli_org import counts, run
from tests.app.org.test_importer import write_csv, write_xlsx

HEAD = ["Id", "Overordnet", "Navn", "Ansvar", "Årsverk"]


def ansvar_rows(db_path: Path) -> list[tuple[str, str | None]]:
    db = open_database(db_path)
    try:
        with db.session() as session:
            rows = session.execute(select(UnitAnsvar.code, UnitAnsvar.code_to))
            return sorted((code, code_to) for code, code_to in rows)
    finally:
        db.close()


def problems(path: Path) -> dict[tuple[int, str], str]:
    with pytest.raises(OrgImportError) as caught:
        plan_import(path)
    return {(p.row, p.column): p.message for p in caught.value.problems}


def test_the_same_ansvar_code_on_two_units_is_refused_naming_both_rows_and_units(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dobbel.xlsx", [
        HEAD,
        ["1", None, "Rådmannen", "1000", 1],
        ["2", "1", "Vollan skole", "2110", 1],
        ["3", "1", "Ørnes skole", "2100, 2110", 1],   # row 4: 2110 again
    ])
    found = problems(path)
    assert list(found) == [(4, "Ansvar")]
    message = found[4, "Ansvar"]
    assert "«2110»" in message and "«Vollan skole» (rad 3)" in message and "«Ørnes skole» (rad 4)" in message


def test_a_number_that_lost_its_zero_is_the_same_code_as_the_text_code(tmp_path: Path) -> None:
    # Excel stored row 3's ansvar as the number 100; row 4 has the text «0100»: one code, two units.
    path = write_xlsx(tmp_path / "nuller.xlsx", [
        HEAD,
        ["1", None, "Rådmannen", "1000", 1],
        ["2", "1", "Økonomi", 100, 1],
        ["3", "1", "Personal", "0100", 1],
    ])
    found = problems(path)
    assert list(found) == [(4, "Ansvar")]
    assert "«0100»" in found[4, "Ansvar"] and "«Økonomi» (rad 3)" in found[4, "Ansvar"]


def test_ids_stored_as_numbers_get_their_zeros_back_to_meet_their_text_parent_ids(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "idnuller.xlsx", [
        HEAD,
        [100, None, "Rådmannen", None, 1],      # Excel dropped the zero of «0100»
        ["0110", "0100", "Økonomi", None, 1],   # the parent id kept it as text
        [120, "0100", "Personal", None, 1],
    ])
    plan = plan_import(path)
    assert [(u.code, u.parent_code) for u in plan.rows] == [("0100", None), ("0110", "0100"), ("120", "0100")]


def test_published_codes_keep_their_widths(tmp_path: Path) -> None:
    # «1» … «8» beside «90», and «100» beside «F357»: nothing is padded.
    path = write_xlsx(tmp_path / "publisert.xlsx", [
        HEAD,
        ["1", None, "Kommunen", 90, 1],
        ["2", "1", "Skole", 1, 1],
        ["3", "1", "Barnehage", 8, 1],
        ["4", "1", "Fritid", "F357", 1],
        ["5", "1", "Helse", 100, 1],
    ])
    assert [u.ansvar for u in plan_import(path).rows] == [
        [("90", None)], [("1", None)], [("8", None)], [("F357", None)], [("100", None)]]


@pytest.mark.parametrize("code", ["1,23457E+11", "1.23457E+11"])
def test_codes_in_scientific_notation_are_refused_naming_row_and_column(tmp_path: Path, code: str) -> None:
    path = write_csv(tmp_path / "vitenskap.csv", [
        HEAD,
        ["1", "", "Rådmannen", code, "1"],
        [code, "1", "Prosjekt", "", "1"],
    ], encoding="utf-8")
    found = problems(path)
    assert set(found) == {(2, "Ansvar"), (3, "Id")}
    assert f"«{code}»" in found[2, "Ansvar"] and "vitenskapelig notasjon" in found[2, "Ansvar"]
    assert "tekst" in found[3, "Id"]


def test_names_as_long_as_the_state_register_has_them_are_imported(tmp_path: Path, empty_db: Database) -> None:
    long_name = ("Direktoratet for forvaltning og økonomistyring, avdeling for statlig organisering og "
                 "styring, seksjon for virksomhetsregister, analyse og utvikling av statlige virksomheter "
                 "og deres tilknytningsformer i forvaltningen")
    assert len(long_name) > 215
    path = write_xlsx(tmp_path / "lange.xlsx", [HEAD, ["1", None, "Staten", None, 1],
                                                ["2", "1", long_name, None, 1], ["3", "1", "x" * 500, None, 1]])
    plan = plan_import(path)
    with empty_db.session() as session:
        version_id = import_units(session, plan, version_name="Lange navn").version_id
    with empty_db.session() as session:
        names = set(session.scalars(select(Unit.name).where(Unit.org_version_id == version_id)))
    assert long_name in names and "x" * 500 in names
    too_long = write_xlsx(tmp_path / "for_lange.xlsx", [HEAD, ["1", None, "y" * 501, None, 1]])
    found = problems(too_long)
    assert list(found) == [(2, "Navn")] and "501 tegn" in found[2, "Navn"] and "500" in found[2, "Navn"]


def test_a_backwards_range_is_refused_as_the_window_refuses_it(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "baklengs.xlsx", [HEAD, ["1", None, "Rådmannen", "2999-2000", 1]])
    found = problems(path)
    assert list(found) == [(2, "Ansvar")]
    assert "«2999-2000»" in found[2, "Ansvar"] and "baklengs" in found[2, "Ansvar"]


def test_an_ambiguous_fte_is_refused_when_the_column_cannot_tell(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "fte.csv", [HEAD, ["1", "", "Rådmannen", "", "1.234"], ["2", "1", "Skole", "", "12"]])
    found = problems(path)
    assert list(found) == [(2, "Årsverk")]
    assert "«1.234»" in found[2, "Årsverk"] and "1234" in found[2, "Årsverk"] and "1,234" in found[2, "Årsverk"]


@pytest.mark.parametrize(("other", "expected"), [("12,5", Decimal("1234.00")), ("2.5", Decimal("1.23"))])
def test_an_ambiguous_fte_is_read_by_the_rule_of_its_column(tmp_path: Path, other: str, expected: Decimal) -> None:
    path = write_csv(tmp_path / "fte.csv", [HEAD, ["1", "", "Rådmannen", "", "1.234"], ["2", "1", "Skole", "", other]])
    assert plan_import(path).rows[0].fte == expected


def test_a_parent_cycle_is_refused_naming_the_units_and_nothing_is_written(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "sirkel.xlsx", [
        HEAD,
        ["1", None, "Rådmannen", None, 1],
        ["2", "3", "Vollan skole", None, 1],
        ["3", "2", "Ørnes skole", None, 1],
    ])
    before = counts(demo_path)
    code, _out, err = run(capsys, "org", "import", str(source), "--db", str(demo_path))
    assert code == 1
    assert "rad 3" in err.lower() and "«Overordnet»" in err
    assert "«Vollan skole» (id 2) → «Ørnes skole» (id 3) → «Vollan skole» (id 2)" in err
    assert counts(demo_path) == before


def test_a_refused_ansvar_import_leaves_every_table_unchanged(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "dobbel.xlsx", [
        HEAD, ["1", None, "Rådmannen", "1000", 1], ["2", "1", "A", 100, 1], ["3", "1", "B", "0100", 1]])
    before, ansvar_before = counts(demo_path), ansvar_rows(demo_path)
    code, _out, err = run(capsys, "org", "import", str(source), "--db", str(demo_path))
    assert code == 1 and "Rad 4" in err and "«Ansvar»" in err
    assert counts(demo_path) == before
    assert ansvar_rows(demo_path) == ansvar_before


def test_the_window_takes_unit_names_up_to_500_characters(demo_db: Database) -> None:
    from app.org import units as org_units
    from app.org.queries import current_version

    with demo_db.session() as session:
        version = current_version(session)
        assert version is not None
        unit_id = session.scalar(select(Unit.id).where(Unit.org_version_id == version.id, Unit.parent_id.is_not(None)))
        org_units.update_unit(session, unit_id, name="z" * 500)
        with pytest.raises(org_units.OrgError, match="høyst 500 tegn"):
            org_units.update_unit(session, unit_id, name="z" * 501)
    with demo_db.session() as session:
        assert session.get(Unit, unit_id).name == "z" * 500


def test_the_chart_abbreviates_a_500_character_name_to_fit_its_box() -> None:
    import uuid

    from app.org import chart_style as st
    from app.org.chart_export import box_lines
    from app.org.chart_layout import ChartNode

    name = " ".join(["Seksjon for virksomhetsregister og analyse"] * 12)[:500]
    lines = box_lines(ChartNode(uuid.uuid4(), None, name, leader="Kari Nordmann"))
    name_lines = [line for line in lines if line.bold]
    assert 1 <= len(name_lines) <= 3 and name_lines[-1].text.endswith("…")
    assert all(line.width <= st.BOX_WIDTH for line in lines)
    assert lines[-1].text == "Kari Nordmann" or any(line.text == "Kari Nordmann" for line in lines)


def test_a_parent_id_merged_over_rows_is_named_as_merged_cells(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in [HEAD, ["1", None, "Rådmannen", None, 1], ["2", "1", "Skole A", None, 1],
                ["3", None, "Skole B", None, 1], ["4", None, "Skole C", None, 1]]:
        sheet.append(row)
    sheet.merge_cells("B3:B5")  # «1» typed once for three schools
    sheet["D3"] = "2100"
    sheet.merge_cells("D3:D4")  # one ansvar code for two schools: it would silently be the first's only
    path = tmp_path / "slatt_sammen.xlsx"
    workbook.save(path)
    found = problems(path)
    # Not «several units without a parent», nor a unit silently without its ansvar.
    assert set(found) == {(4, "Overordnet"), (5, "Overordnet"), (4, "Ansvar")}
    assert all("sammenslåtte cellene B3:B5" in found[row, "Overordnet"] for row in (4, 5))
    assert "sammenslåtte cellene D3:D4" in found[4, "Ansvar"]


def test_the_command_line_adds_its_own_flags_to_the_hints(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_name = write_xlsx(tmp_path / "uten_navn.xlsx", [["Id", "Overordnet", "Betegnelse"], ["1", None, "Rådmannen"]])
    code, _out, err = run(capsys, "org", "import", str(no_name), "--db", str(demo_path))
    assert code == 1 and "Fant ingen kolonne for navn" in err and "(på kommandolinjen: --map OVERSKRIFT=name)" in err
    good = write_xlsx(tmp_path / "enheter.xlsx", [HEAD, ["1", None, "Rådmannen", None, 1]])
    code, _out, err = run(capsys, "org", "import", str(good), "--db", str(demo_path), "--version",
                          "Gjeldende organisasjon")
    assert code != 0 and "finnes allerede" in err and "--version NAVN" in err


def test_the_org_checks_see_a_code_with_and_without_its_zero_as_one_shared_code(demo_db: Database) -> None:
    from app.org import units as org_units
    from app.org.checks import run_checks
    from app.org.queries import current_version
    from tests.conftest import DEMO_TODAY

    with demo_db.session() as session:
        version = current_version(session)
        assert version is not None
        units = {u.name: u for u in session.scalars(select(Unit).where(Unit.org_version_id == version.id))}
        org_units.set_ansvar_codes(session, units["Solåsen skole"].id, ["0777"])
        org_units.set_ansvar_codes(session, units["Haugtun skole"].id, [])
        # As a file imported before issue 15 left it: the window now refuses «777» beside «0777».
        session.add(UnitAnsvar(unit_id=units["Haugtun skole"].id, code="777"))
        session.flush()
        shared = [f.message for f in run_checks(session, version.id, DEMO_TODAY) if f.code == "ansvar_shared"]
    found = [m for m in shared if "777" in m]
    assert len(found) == 1 and found[0].startswith("Ansvarskode 0777/777 brukes av både")
    assert "«Solåsen skole»" in found[0] and "«Haugtun skole»" in found[0]
