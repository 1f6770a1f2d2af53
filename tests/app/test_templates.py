"""Built-in agreement templates: the shipped files load, bad files are refused clearly, install is idempotent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.agreements.templates import (
    TemplateError,
    builtin_template_files,
    install_builtin_templates,
    load_template_file,
)
from app.database import Database
from app.errors import AppError
from db.models import AgreementKind, AgreementTemplate

STATSKONSULT = "statskonsult_resultatavtale.nb.json"


def _statskonsult() -> Path:
    return next(path for path in builtin_template_files() if path.name == STATSKONSULT)


def test_statskonsult_template_has_the_parts_of_a_result_agreement() -> None:
    data = load_template_file(_statskonsult())

    assert data["key"] == "statskonsult_resultatavtale"
    assert data["kind"] == "result" and data["language"] == "nb"
    assert data["confidential_default"] is True
    assert "offl. § 13" in data["marking"]
    assert [c["title"] for c in data["goal_categories"]] == [
        "Faglige krav", "Personlige utviklingsmål som leder", "Generelle krav felles for alle ledere",
    ]
    assert [c["key"] for c in data["goal_columns"]] == ["text", "indicator", "evaluation"]
    assert [(s["value"], s["label"]) for s in data["scale"]] == [
        (1, "liten grad"), (2, "tilfredsstillende"), (3, "stor grad"),
    ]
    assert {s["role"] for s in data["signatures"]} == {"leader", "superior"}
    fields = {f["key"]: f for section in data["sections"] for f in section["fields"]}
    assert fields["period_start"]["type"] == "date" and fields["period_end"]["type"] == "date"
    assert fields["leader"]["type"] == "person" and fields["unit"]["type"] == "unit"
    assert fields["unit_goals"]["max_lines"] == 5
    plan = next(s for s in data["sections"] if s["key"] == "evalueringsplan")
    assert "én uke før" in plan["text"] and "medarbeiderne" in plan["text"]
    renegotiation = next(s for s in data["sections"] if s["key"] == "reforhandling")
    assert renegotiation["text"]


def test_every_builtin_template_file_loads() -> None:
    files = builtin_template_files()
    assert files, "no template files shipped"
    for path in files:
        data = load_template_file(path)
        assert path.name == f"{data['key']}.{data['language']}.json"


def test_broken_json_is_refused_with_the_file_name_and_line(tmp_path: Path) -> None:
    path = tmp_path / "min_mal.nb.json"
    path.write_text('{"key": "x",\n "name": }', encoding="utf-8")

    with pytest.raises(AppError) as caught:
        load_template_file(path)

    message = str(caught.value)
    assert "«min_mal.nb.json»" in message and "linje 2" in message and "ikke gyldig JSON" in message


def test_missing_keys_and_bad_field_types_are_named(tmp_path: Path) -> None:
    data = json.loads(_statskonsult().read_text(encoding="utf-8"))
    del data["scale"]
    data["sections"][0]["fields"][0]["type"] = "farge"
    path = tmp_path / "feil.nb.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(TemplateError, match=r"«feil\.nb\.json».*«scale» mangler"):
        load_template_file(path)

    data["scale"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match="ukjent type «farge»"):
        load_template_file(path)


def test_a_file_that_is_not_an_object_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "liste.nb.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(TemplateError, match="JSON-objekt"):
        load_template_file(path)


def test_install_is_idempotent(empty_db: Database) -> None:
    with empty_db.session() as session:
        first = install_builtin_templates(session)
    with empty_db.session() as session:
        second = install_builtin_templates(session)
        count = session.scalar(select(func.count()).select_from(AgreementTemplate))

    assert set(first) == set(second) and "statskonsult_resultatavtale.nb" in first
    assert count == len(builtin_template_files())
    assert first["statskonsult_resultatavtale.nb"].id == second["statskonsult_resultatavtale.nb"].id
    template = second["statskonsult_resultatavtale.nb"]
    assert template.is_builtin and template.kind is AgreementKind.RESULT and template.template_version == 1
    assert template.definition["scale"][2]["label"] == "stor grad"


def test_builtin_templates_get_the_same_id_in_every_database(empty_db: Database, tmp_path: Path) -> None:
    from app.database import open_database

    other = open_database(tmp_path / "annen.sdb")
    try:
        with empty_db.session() as session:
            here = install_builtin_templates(session)["statskonsult_resultatavtale.nb"].id
        with other.session() as session:
            there = install_builtin_templates(session)["statskonsult_resultatavtale.nb"].id
    finally:
        other.close()
    assert here == there
