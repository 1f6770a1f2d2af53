"""Importing a unit list: the files users bring, every problem named, and the rows in the database."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.org.importer import OrgImportError, guess_mapping, import_units, plan_import
from app.org.queries import current_version
from app.storage.database import Database
from db.models import Municipality, OrgVersion, OrgVersionStatus, Person, Position, PositionRole, Unit, UnitKind
from tests.app.org.test_spreadsheet import SHEET1, rewrite_member

TODAY = date(2026, 11, 23)
HEADER = ["Enhetsid", "Overordnet", "Navn", "Type", "Leder", "Ansvar", "Årsverk"]
UNITS = [
    ["1", None, "Rådmannen", None, "Kari Nordmann", "1000", 3],
    ["10", "1", "Økonomi", "Stab", "Per Olsen", "1100, 1110", 9.5],
    ["20", "1", "Servicetorget", "servicetorg", None, "1400", "7,5"],
    ["30", "1", "Oppvekst", "Sektor", "Anne Berg", None, None],
    ["31", "30", "Vollan skole", "Resultatenhet", "Lars Moen", "2110;2111", 41.2],
    ["32", "30", "Ørnes barnehage", None, "Ledig", "2210", "1 234,5"],
]


def write_xlsx(path: Path, rows: list[list[object]], *, title_rows: Sequence[list[object]] = (),
               sheet: str = "Enheter") -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    for row in [*title_rows, *rows]:
        ws.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], *, delimiter: str = ";", encoding: str = "cp1252") -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh, delimiter=delimiter).writerows(["" if c is None else c for c in row] for row in rows)
    return path


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model))


def units_by_code(session: Session, version_id) -> dict[str, Unit]:  # type: ignore[no-untyped-def]
    return {u.code: u for u in session.scalars(select(Unit).where(Unit.org_version_id == version_id))}


def test_a_bokmal_list_under_title_rows_becomes_the_current_organisation(tmp_path: Path, empty_db: Database) -> None:
    path = write_xlsx(tmp_path / "enheter.xlsx", [HEADER, *UNITS],
                      title_rows=[["Enhetsliste Lindvik kommune"], [], ["Per 23.11.2026"]])
    plan = plan_import(path)
    assert plan.header_row == 4 and plan.units == 6
    assert plan.guessed_mapping == {0: "id", 1: "parent", 2: "name", 3: "kind", 4: "leader", 5: "ansvar", 6: "fte"}
    with empty_db.session() as session:
        result = import_units(session, plan, version_name="Gjeldende organisasjon", today=TODAY)
    assert (result.units, result.status) == (6, "current")
    with empty_db.session() as session:
        version = current_version(session)
        assert version is not None and version.id == result.version_id and version.effective_from == TODAY
        assert session.scalar(select(Municipality.name)) == "Kommunen"
        units = units_by_code(session, version.id)
        root = units["1"]
        assert root.parent_id is None and root.kind is UnitKind.ADMINISTRATION
        assert units["31"].parent_id == units["30"].id and units["30"].parent_id == root.id
        assert units["10"].kind is UnitKind.STAFF and units["20"].kind is UnitKind.SERVICE_DESK
        assert units["30"].kind is UnitKind.SECTOR and units["32"].kind is UnitKind.RESULT_UNIT
        assert [units[c].sort_order for c in ("10", "20", "30")] == [0, 1, 2]  # the file's order
        assert units["10"].fte == Decimal("9.50") and units["20"].fte == Decimal("7.50")
        assert units["32"].fte == Decimal("1234.50") and units["30"].fte == Decimal("0")
        assert [a.code for a in units["10"].ansvar_codes] == ["1100", "1110"]
        assert [a.code for a in units["31"].ansvar_codes] == ["2110", "2111"]
        leaders = {p.unit.code: (p.person.given_name, p.person.family_name, p.role, p.start_date)
                   for p in session.scalars(select(Position))}
        assert leaders["1"] == ("Kari", "Nordmann", PositionRole.CHIEF_EXECUTIVE, TODAY)
        assert leaders["31"] == ("Lars", "Moen", PositionRole.LEADER, TODAY)
        assert "32" not in leaders and "20" not in leaders  # «Ledig» and blank: vacant
        assert count(session, Person) == 4


def test_nynorsk_headers_and_labels(tmp_path: Path, empty_db: Database) -> None:
    path = write_xlsx(tmp_path / "einingar.xlsx", [
        ["Einingsid", "Overordna", "Namn", "Einingstype", "Leiar", "Ansvarsnummer", "Stillingar"],
        [100, None, "Kommunedirektøren", "Rådmann", "Synnøve Haugen", 1000, 2],
        [110, 100, "Leiargruppa", "Leiargruppe", None, None, None],
        [120, 100, "Økonomi og løn", "Stab", "Bjørn Lie", 1200, 6],
        [130, 100, "Hjelpestønad og NAV", "Støtteeining", None, None, 12],
        [140, 100, "Sandvik skule", "Resultateining", "Ola Vik", 2100, 30.5],
    ])
    plan = plan_import(path)
    assert [plan.guessed_mapping[i] for i in range(7)] == ["id", "parent", "name", "kind", "leader", "ansvar", "fte"]
    with empty_db.session() as session:
        version_id = import_units(session, plan, version_name="Nynorsk", today=TODAY).version_id
        units = units_by_code(session, version_id)
    assert units["100"].kind is UnitKind.ADMINISTRATION and units["120"].kind is UnitKind.STAFF
    assert units["130"].kind is UnitKind.SUPPORT and units["140"].kind is UnitKind.RESULT_UNIT
    assert units["140"].fte == Decimal("30.50") and units["140"].name == "Sandvik skule"


def test_english_headers_and_labels(tmp_path: Path, empty_db: Database) -> None:
    path = write_csv(tmp_path / "units.csv", [
        ["Unit ID", "Parent ID", "Unit name", "Type", "Manager", "Responsibility", "FTE"],
        ["A", "", "Chief executive", "Administration", "Jane Smith", "1000", "2.5"],
        ["B", "A", "Management team", "Top team", "", "", ""],
        ["C", "A", "Development", "Development unit", "John Doe", "1500", "4"],
        ["D", "A", "Northside school", "Result unit", "Mary Major", "2100", "1,234.5"],
    ], delimiter=",", encoding="utf-8")
    plan = plan_import(path)
    assert plan.guessed_mapping == {0: "id", 1: "parent", 2: "name", 3: "kind", 4: "leader", 5: "ansvar", 6: "fte"}
    with empty_db.session() as session:
        units = units_by_code(session, import_units(session, plan, version_name="English").version_id)
    assert units["B"].kind is UnitKind.TOP_TEAM and units["C"].kind is UnitKind.DEVELOPMENT
    assert units["A"].fte == Decimal("2.50") and units["D"].fte == Decimal("1234.50")


def test_semicolon_csv_in_windows_1252(tmp_path: Path, empty_db: Database) -> None:
    path = write_csv(tmp_path / "enheter.csv", [HEADER, *UNITS])
    assert "Ø".encode("cp1252") in path.read_bytes()  # really Windows-1252, not UTF-8
    plan = plan_import(path)
    with empty_db.session() as session:
        units = units_by_code(session, import_units(session, plan, version_name="CSV").version_id)
        assert units["32"].name == "Ørnes barnehage" and units["10"].name == "Økonomi"
        assert units["20"].fte == Decimal("7.50") and units["32"].fte == Decimal("1234.50")
        assert session.scalar(select(Person.family_name).where(Person.given_name == "Per")) == "Olsen"


def test_ids_that_excel_turned_into_101_0_are_matched(tmp_path: Path, empty_db: Database) -> None:
    path = write_xlsx(tmp_path / "tall.xlsx", [
        ["Id", "Overordnet id", "Navn", "Ansvar"],
        [101, None, "Rådmannen", 1000],
        [102, 101, "Økonomi", 1100],
    ])
    floaty = rewrite_member(path, SHEET1, lambda xml: xml.replace(b"<v>101</v>", b"<v>101.0</v>")
                            .replace(b"<v>1100</v>", b"<v>1100.0</v>"))
    csv_path = write_csv(tmp_path / "tall.csv", [["Id", "Overordnet id", "Navn", "Ansvar"],
                                                 ["101.0", "", "Rådmannen", "1000.0"], ["102", "101.0", "Økonomi", ""]])
    for source in (floaty, csv_path):
        plan = plan_import(source)
        assert [(u.code, u.parent_code) for u in plan.rows] == [("101", None), ("102", "101")]
    assert plan_import(floaty).rows[1].ansvar == [("1100", None)]
    assert plan_import(csv_path).rows[0].ansvar == [("1000", None)]


def test_every_problem_is_listed_with_its_row_and_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "feil.xlsx", [
        ["Enhetsleder i Lindvik"],                               # row 1: a title
        ["Id", "Overordnet", "Navn", "Type", "Årsverk"],         # row 2
        ["1", None, "Rådmannen", None, 2],                       # row 3
        ["2", "1", None, None, 4],                               # row 4: no name
        ["3", "1", "Økonomi", None, 5],                          # row 5
        ["3", "1", "Personal", None, 6],                         # row 6: id 3 again
        ["4", "99", "Helse", None, 7],                           # row 7: parent 99 does not exist
        ["5", "1", "Kulturhuset", "Kultur", 8],                  # row 8: unknown kind
        ["6", "1", "Vollan skole", None, "mange"],               # row 9: not a number
        ["7", "8", "Sirkel A", None, 1],                         # row 10: 7 -> 8 -> 9 -> 7
        ["8", "9", "Sirkel B", None, 1],                         # row 11
        ["9", "7", "Sirkel C", None, 1],                         # row 12
        [None, "1", "Uten id", None, 1],                         # row 13: no id
        ["10", "10", "Seg selv", None, 1],                       # row 14: its own parent
        ["11", "1", "Negativ", None, -3],                        # row 15
    ])
    with pytest.raises(OrgImportError) as caught:
        plan_import(path)
    err = caught.value
    found = {(p.row, p.column): p for p in err.problems}
    assert set(found) == {(4, "Navn"), (6, "Id"), (7, "Overordnet"), (8, "Type"), (9, "Årsverk"),
                          (10, "Overordnet"), (13, "Id"), (14, "Overordnet"), (15, "Årsverk")}
    assert "mangler navn" in found[4, "Navn"].message
    assert "brukt også i rad 5" in found[6, "Id"].message and found[6, "Id"].value == "3"
    assert "«99»" in found[7, "Overordnet"].message and "finnes ikke" in found[7, "Overordnet"].message
    assert "«Kultur»" in found[8, "Type"].message and "Resultatenhet" in found[8, "Type"].message
    assert "«mange»" in found[9, "Årsverk"].message and "ikke et tall" in found[9, "Årsverk"].message
    cycle = found[10, "Overordnet"].message
    assert "7 → 8 → 9 → 7" in cycle and "rad 10, 11, 12" in cycle
    assert "mangler id" in found[13, "Id"].message
    assert "sin egen overordnede" in found[14, "Overordnet"].message
    assert "negativt" in found[15, "Årsverk"].message
    text = str(err)
    assert text.startswith("Kan ikke importere enhetslisten «feil.xlsx» (arket «Enheter»): fant 9 feil.")
    assert "Ingenting er importert" in text
    assert "- Rad 7, kolonnen «Overordnet»: " in text and "- Rad 4, kolonnen «Navn»: " in text
    assert err.several_roots == []


def test_missing_id_or_name_columns_are_named(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kolonner.xlsx", [["Nøkkel", "Overordnet", "Betegnelse"], ["1", None, "Rådmannen"]])
    with pytest.raises(OrgImportError) as caught:
        plan_import(path)
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == 2
    assert "Fant ingen kolonne for id" in messages[0] and "«Nøkkel», «Overordnet», «Betegnelse»" in messages[0]
    assert "Fant ingen kolonne for navn" in messages[1] and "--" not in messages[1]  # no flags for the window
    assert [p.hint.field for p in caught.value.problems] == ["id", "name"]  # the window points at its column
    assert caught.value.hint is not None and caught.value.hint.kind == "map_column"
    assert caught.value.headers == ["Nøkkel", "Overordnet", "Betegnelse"]
    assert caught.value.guessed_mapping == {1: "parent"}  # for the window's column dialog
    plan = plan_import(path, mapping={"Nøkkel": "id", "betegnelse": "name"})
    assert [(u.code, u.name) for u in plan.rows] == [("1", "Rådmannen")]


def test_the_users_mapping_overrides_the_guesses(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "map.xlsx", [
        ["Nr", "Kode", "Under", "Avdeling", "Sjef", "Navn"],
        ["x1", "1", None, "Rådmannen", "Kari Nordmann", "ignorert"],
        ["x2", "2", "1", "Økonomi", "Per Olsen", "ignorert"],
    ])
    assert guess_mapping(["Nr", "Kode", "Under", "Avdeling", "Sjef", "Navn"]) == {
        0: "id", 2: "parent", 3: "name"}
    plan = plan_import(path, mapping={"Kode": "id", "Sjef": "leader", "Navn": "ignore"})
    assert [(u.code, u.parent_code, u.name, u.leader) for u in plan.rows] == [
        ("1", None, "Rådmannen", "Kari Nordmann"), ("2", "1", "Økonomi", "Per Olsen")]
    with pytest.raises(OrgImportError) as caught:
        plan_import(path, mapping={"Leder": "leader", "Sjef": "boss"})
    messages = " | ".join(p.message for p in caught.value.problems)
    assert "Fant ingen kolonne «Leder»" in messages and "«Sjef»" in messages
    assert "«boss» (for kolonnen «Sjef») er ikke et felt" in messages


def test_several_top_units_are_refused_or_put_under_a_new_root(tmp_path: Path, empty_db: Database) -> None:
    path = write_xlsx(tmp_path / "skog.xlsx", [
        ["Id", "Overordnet", "Navn"],
        ["1", None, "Helse"], ["2", "1", "Legevakt"], ["3", None, "Oppvekst"], ["4", "3", "Vollan skole"],
        ["5", None, "Teknisk"],
    ])
    with pytest.raises(OrgImportError) as caught:
        plan_import(path)
    err = caught.value
    assert err.several_roots == ["1", "3", "5"]
    assert len(err.problems) == 1 and err.problems[0].row == 4
    message = err.problems[0].message
    assert "3 enheter har ingen overordnet" in message and "«Oppvekst» (id 3, rad 4)" in message
    assert "ny felles toppenhet" in message and "--" not in message
    assert err.problems[0].hint is not None and err.problems[0].hint.kind == "several_roots"
    plan = plan_import(path, root_name="Lindvik kommune")
    assert plan.root_added and plan.units == 6
    assert (plan.rows[0].code, plan.rows[0].name, plan.rows[0].parent_code) == ("ROT", "Lindvik kommune", None)
    with empty_db.session() as session:
        units = units_by_code(session, import_units(session, plan, version_name="Skog").version_id)
    root = units["ROT"]
    assert root.kind is UnitKind.ADMINISTRATION and root.parent_id is None
    assert {units[c].parent_id for c in ("1", "3", "5")} == {root.id}
    assert [units[c].sort_order for c in ("1", "3", "5")] == [0, 1, 2]
    assert units["4"].parent_id == units["3"].id and units["1"].kind is UnitKind.RESULT_UNIT


def test_an_invalid_file_writes_nothing(tmp_path: Path, demo_db: Database) -> None:
    bad = write_xlsx(tmp_path / "feil.xlsx", [["Id", "Overordnet", "Navn"], ["1", None, "Rådmannen"],
                                              ["2", "7", "Foreldreløs"]])
    good = write_xlsx(tmp_path / "god.xlsx", [HEADER, *UNITS])
    with demo_db.session() as session:
        before = (count(session, Unit), count(session, Person), count(session, OrgVersion))
    with pytest.raises(OrgImportError), demo_db.session() as session:
        import_units(session, plan_import(bad), version_name="Aldri")
    with pytest.raises(AppError) as caught, demo_db.session() as session:  # the name is taken
        import_units(session, plan_import(good), version_name="Gjeldende organisasjon")
    assert "finnes allerede" in str(caught.value) and "--version" not in str(caught.value)
    assert caught.value.hint is not None and caught.value.hint.kind == "version_name"
    with demo_db.session() as session:
        assert (count(session, Unit), count(session, Person), count(session, OrgVersion)) == before


def test_an_import_beside_the_current_organisation_is_a_scenario(tmp_path: Path, demo_db: Database) -> None:
    with demo_db.session() as session:
        current = current_version(session)
        assert current is not None
        current_units = count_units(session, current.id)
        people = count(session, Person)
        chief = session.scalar(select(Person).join(Position).where(Position.role == PositionRole.CHIEF_EXECUTIVE))
        chief_name = chief.full_name
    path = write_xlsx(tmp_path / "forslag.xlsx", [
        HEADER, ["1", None, "Rådmannen", None, chief_name, "1000", 3],
        ["2", "1", "Ny enhet", None, "Ny Person", None, 1],
    ])
    with demo_db.session() as session:
        result = import_units(session, plan_import(path), version_name="Alternativ 1")
    assert result.status == "scenario"
    with demo_db.session() as session:
        version = session.get(OrgVersion, result.version_id)
        assert version.status is OrgVersionStatus.SCENARIO and version.effective_from is None
        assert current_version(session).id == current.id and count_units(session, current.id) == current_units
        assert count(session, Person) == people + 1  # the rådmann was found by name, «Ny Person» was added
        root = units_by_code(session, version.id)["1"]
        assert root.positions[0].person.full_name == chief_name


def count_units(session: Session, version_id) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(Unit).where(Unit.org_version_id == version_id))


def test_ansvar_cells_with_several_codes_and_ranges(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ansvar.xlsx", [
        ["Id", "Overordnet", "Navn", "Ansvar"],
        ["1", None, "Rådmannen", "1000, 1001;1002 1003"],
        ["2", "1", "Skoler", "2100-2199, 2300"],
    ])
    plan = plan_import(path)
    assert plan.rows[0].ansvar == [("1000", None), ("1001", None), ("1002", None), ("1003", None)]
    assert plan.rows[1].ansvar == [("2100", "2199"), ("2300", None)]


def test_a_totals_row_under_the_list_is_not_a_unit(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sum.xlsx", [
        ["Id", "Overordnet", "Navn", "Årsverk"], ["1", None, "Rådmannen", 3], ["2", "1", "Økonomi", 9],
        [None, None, "Sum", "=SUM(D2:D3)"],
    ])
    assert [u.name for u in plan_import(path).rows] == ["Rådmannen", "Økonomi"]


def test_an_empty_sheet_says_so(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tom.xlsx", [])
    with pytest.raises(OrgImportError) as caught:
        plan_import(path)
    assert "tomt" in str(caught.value) and "tom.xlsx" in str(caught.value)
