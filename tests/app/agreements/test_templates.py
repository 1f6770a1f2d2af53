"""Agreement templates: the shipped files, their checking, installing, copying, versioning and editing."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.agreements.templates import (
    TemplateError,
    add_field,
    add_goal_category,
    add_section,
    builtin_template_files,
    copy_template,
    install_builtin_templates,
    installed_template,
    list_templates,
    load_template_file,
    move_section,
    remove_field,
    remove_goal_category,
    remove_section,
    rename_goal_category,
    save_template,
    set_goal_columns,
    set_section_text,
    template_definition,
    validate_definition,
)
from app.errors import AppError
from app.storage.database import Database, open_database
from db.models import Agreement, AgreementKind, AgreementTemplate

FAMILIES = {
    "statskonsult_resultatavtale", "statskonsult_fokusomrade", "statskonsult_kortversjon",
    "kommune_lederavtale", "kommune_resultatavtale", "radmann_lederavtale",
}


def _shipped(key: str, language: str = "nb") -> dict[str, Any]:
    path = next(p for p in builtin_template_files() if p.name == f"{key}.{language}.json")
    return load_template_file(path)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _section(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(s for s in data["sections"] if s["key"] == key)


def _fields(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["key"]: f for section in data["sections"] for f in section["fields"]}


# --- the shipped files ---------------------------------------------------------------------------


def test_six_templates_ship_in_bokmal_and_nynorsk_and_every_file_validates() -> None:
    files = builtin_template_files()
    found = set()
    for path in files:
        data = load_template_file(path)
        assert path.name == f"{data['key']}.{data['language']}.json"
        found.add((data["key"], data["language"]))
    assert found == {(key, language) for key in FAMILIES for language in ("nb", "nn")}
    assert len(files) == 12


def _structure(data: dict[str, Any]) -> dict[str, Any]:
    """Everything in a template that is not text in its language."""
    return {
        "key": data["key"], "kind": data["kind"], "version": data["template_version"],
        "links_to": data.get("links_to"), "confidential": data.get("confidential_default"),
        "sections": [
            (
                s["key"], bool(s.get("goal_table")), bool(s.get("scale_table")), bool(s.get("signature_block")),
                s.get("categories"),
                (len(s["table"]["columns"]), len(s["table"]["rows"])) if "table" in s else None,
                [(f["key"], f["type"], f.get("binds"), f.get("required"), f.get("max_lines"), "default" in f)
                 for f in s["fields"]],
            )
            for s in data["sections"]
        ],
        "categories": [c["key"] for c in data["goal_categories"]],
        "columns": [c["key"] for c in data["goal_columns"]],
        "scale": [s["value"] for s in data["scale"]],
        "signatures": [(s["role"], s.get("binds")) for s in data["signatures"]],
        "words": sorted(data["words"]),
    }


@pytest.mark.parametrize("key", sorted(FAMILIES))
def test_nynorsk_file_has_the_structure_of_the_bokmal_file_in_nynorsk_words(key: str) -> None:
    nb, nn = _shipped(key, "nb"), _shipped(key, "nn")

    assert _structure(nn) == _structure(nb)
    nb_titles = [s["title"] for s in nb["sections"]]
    nn_titles = [s["title"] for s in nn["sections"]]
    differing = sum(a != b for a, b in zip(nb_titles, nn_titles, strict=True))
    # Some headings are the same word in both («Underskrifter», «Rapportering»); most are not.
    assert differing >= len(nb_titles) / 2, nn_titles
    for nb_section, nn_section in zip(nb["sections"], nn["sections"], strict=True):
        if nb_section["text"]:
            assert nn_section["text"] != nb_section["text"], nn_section["key"]
    nn_words = {w for s in _strings(nn) for w in re.findall(r"[a-zæøåé]+", s.lower())}
    bokmal_only = {"ikke", "hvordan", "hvilke", "hva", "noen", "også", "være", "leder", "lederen", "enhet",
                   "enheten", "gjelder", "fra", "mye", "hver", "hvert"}
    assert not nn_words & bokmal_only, sorted(nn_words & bokmal_only)
    assert nn["words"]["place"] == "Stad" and nn["words"]["self"] == "Eigenevaluering"
    assert nn["marking"].startswith("Unnateke frå offentlegheit")


@pytest.mark.parametrize("key", sorted(FAMILIES))
def test_every_template_has_the_layout_words_with_page_placeholders(key: str) -> None:
    for language in ("nb", "nn"):
        words = _shipped(key, language)["words"]
        assert words["page"].format(page=2, pages=5) == "Side 2 av 5"
        assert set(words) >= {"revision", "self", "superior", "comment", "signature", "summary", "number",
                              "place", "date"}


def test_statskonsult_main_variant_has_the_parts_of_a_result_agreement() -> None:
    data = _shipped("statskonsult_resultatavtale")

    assert data["kind"] == "result" and data["confidential_default"] is True
    assert "offl. § 13" in data["marking"]
    assert [c["title"] for c in data["goal_categories"]] == [
        "Faglige krav", "Personlige utviklingsmål som leder", "Generelle krav felles for alle ledere",
    ]
    assert [(c["key"], c["title"]) for c in data["goal_columns"]] == [
        ("text", "Mål"), ("indicator", "Indikator"), ("evaluation", "Evaluering"),
    ]
    assert [(s["value"], s["label"], s["hint"]) for s in data["scale"]] == [
        (1, "liten grad", "forbedres"), (2, "tilfredsstillende", "middels"), (3, "stor grad", "meget bra"),
    ]
    assert {s["role"] for s in data["signatures"]} == {"leader", "superior"}
    fields = _fields(data)
    assert fields["period_start"]["type"] == "date" and fields["period_end"]["type"] == "date"
    assert fields["leader"]["type"] == "person" and fields["unit"]["type"] == "unit"
    assert fields["unit_goals"]["max_lines"] == 5
    assert fields["signed_place"]["binds"] == "signed_place" and fields["signed_date"]["type"] == "date"
    plan = _section(data, "evalueringsplan")["text"]
    assert "én uke før" in plan and "medarbeiderne" in plan
    assert _section(data, "reforhandling")["text"]
    assert "a, b, c" in _section(data, "resultatkrav")["text"]
    assert _section(data, "underskrifter")["signature_block"] is True

    nn = _shipped("statskonsult_resultatavtale", "nn")
    assert [s["label"] for s in nn["scale"]] == ["liten grad", "tilfredsstillande", "stor grad"]
    assert [c["title"] for c in nn["goal_categories"]] == [
        "Faglege krav", "Personlege utviklingsmål som leiar", "Generelle krav felles for alle leiarar",
    ]
    assert "éi veke før" in _section(nn, "evalueringsplan")["text"]


def test_focus_area_variant_puts_both_assessments_side_by_side() -> None:
    data = _shipped("statskonsult_fokusomrade")
    assert [(c["key"], c["title"]) for c in data["goal_columns"]] == [
        ("text", "Krav/fokusområde"), ("indicator", "Elementer i vurderingen"),
        ("self_assessment", "Egen evaluering"), ("superior_assessment", "Overordnedes vurdering"),
    ]
    assert "generelle_krav" in {c["key"] for c in data["goal_categories"]}


def test_short_variant_has_the_parts_of_the_short_form() -> None:
    data = _shipped("statskonsult_kortversjon")
    assert [c["key"] for c in data["goal_categories"]] == [
        "generelle_krav", "faglige_krav", "personlige_utviklingsmal",
    ]
    keys = [s["key"] for s in data["sections"]]
    for key in ("innehaver", "overordnet", "enhetens_oppgaver", "ansvarsomrader", "grunnlag", "resultatkrav",
                "forventninger", "evaluering", "offentliggjoring", "underskrifter"):
        assert key in keys
    assert len(data["signatures"]) == 2 and "signed_date" in _fields(data)


def test_municipal_leader_agreement_has_services_with_deadlines_and_the_escalation_phases() -> None:
    data = _shipped("kommune_lederavtale")
    assert data["kind"] == "leader" and data["goal_categories"] == [] and data["scale"] == []
    services = _section(data, "tjenester")["table"]
    assert services["columns"][-1] == "Frist" and len(services["rows"]) == 3
    follow_up = _section(data, "oppfolging")["text"]
    assert "Fase 1" in follow_up and "Fase 2" in follow_up
    assert "unntatt offentlighet" in _section(data, "taushet")["text"]
    for key in ("arbeidsomrade", "ansvar", "fullmakter", "overordnet_plikter", "rapportering", "underskrifter"):
        assert _section(data, key)
    assert _fields(data)["exceptions"]["type"] == "multiline"


def test_municipal_result_agreement_belongs_to_the_leader_agreement() -> None:
    data = _shipped("kommune_resultatavtale")
    assert data["links_to"] == "kommune_lederavtale"
    assert _shipped(data["links_to"])["kind"] == "leader"
    assert [(c["key"], c["title"]) for c in data["goal_columns"]] == [
        ("text", "Mål med delmål"), ("sub_goals", "Delmål"), ("deadline", "Frist med delfrister"),
    ]


def test_radmann_agreement_has_the_plan_tables_a_to_e() -> None:
    for language, contribution in (("nb", "E) Formannskapets bidrag"), ("nn", "E) Bidraget frå formannskapet")):
        data = _shipped("radmann_lederavtale", language)
        tables = [s for s in data["sections"] if "table" in s]
        assert [t["title"][:2] for t in tables] == ["A)", "B)", "C)", "D)", "E)"]
        assert tables[-1]["title"] == contribution
        assert all(len(t["table"]["rows"]) == 4 for t in tables)
        assert {s["role"] for s in data["signatures"]} == {"leader", "superior"}
    assert "Fase 2" in _section(data, "manglende_resultater")["text"]


# --- validation ------------------------------------------------------------------------------------


def _broken(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(_shipped("statskonsult_resultatavtale"))
    change(data)
    return data


def _set_words_page(data: dict[str, Any]) -> None:
    data["words"]["page"] = "Side {side}"


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("missing key", lambda d: d.pop("scale"), "nøkkelen «scale» mangler"),
    ("duplicate section", lambda d: d["sections"][1].update(key="innehaver"), "avsnittet «innehaver» finnes to ganger"),
    ("duplicate category", lambda d: d["goal_categories"][1].update(key="faglige_krav"),
     "målkategorien «faglige_krav» finnes to ganger"),
    ("unknown column", lambda d: d["goal_columns"].append({"key": "vekt", "title": "Vekt"}),
     "kolonnen «vekt» i «goal_columns» er ukjent"),
    ("duplicate column", lambda d: d["goal_columns"].append({"key": "indicator", "title": "Igjen"}),
     "kolonnen «indicator» finnes to ganger"),
    ("unknown field type", lambda d: d["sections"][0]["fields"][0].update(type="farge"),
     "feltet «leader» i avsnittet «innehaver» har ukjent type «farge»"),
    ("unknown binds", lambda d: d["sections"][0]["fields"][1].update(binds="lonn"),
     "feltet «leader_title» i avsnittet «innehaver» har ukjent «binds» «lonn»"),
    ("binds of wrong type", lambda d: d["sections"][0]["fields"][0].update(type="text"),
     "feltet «leader» i avsnittet «innehaver» binder «leader» og må da ha typen «person»"),
    ("two fields bind one column", lambda d: d["sections"][1]["fields"][1].update(type="unit", binds="unit"),
     "feltet «superior_title» i avsnittet «overordnet» binder «unit», som et annet felt allerede binder"),
    ("duplicate field", lambda d: d["sections"][1]["fields"][1].update(key="leader_title"),
     "feltet «leader_title» i avsnittet «overordnet» finnes allerede"),
    ("scale out of order", lambda d: d["scale"][1].update(value=5),
     "trinnet «tilfredsstillende» i «scale» må ha verdien 2"),
    ("scale without label", lambda d: d["scale"][2].pop("label"), "trinn nr. 3 i «scale» mangler «label»"),
    ("four steps", lambda d: d["scale"].append({"value": 4, "label": "enestående"}), "to eller tre trinn, ikke 4"),
    ("page without placeholders", _set_words_page, "«page» i «words» må inneholde {page} og {pages}"),
    ("word missing", lambda d: d["words"].pop("summary"), "«words» mangler ordet «summary»"),
    ("two flags", lambda d: _section(d, "skala").update(signature_block=True),
     "i avsnittet «skala» kan bare ett av «scale_table», «signature_block» brukes"),
    ("unknown category shown", lambda d: _section(d, "resultatkrav").update(categories=["okonomi"]),
     "«categories» i avsnittet «resultatkrav» viser til målkategorien «okonomi»"),
    ("table row too short", lambda d: _section(d, "kontaktnett").update(table={"columns": ["A", "B"], "rows": [["x"]]}),
     "rad nr. 1 i tabellen i avsnittet «kontaktnett» må ha 2 tekstceller"),
    ("categories without goal table", lambda d: _section(d, "resultatkrav").pop("goal_table"),
     "ikke noe avsnitt med «goal_table»"),
    ("links_to on a leader agreement", lambda d: d.update(kind="leader", links_to="x"),
     "bare resultatavtaler kan ha «links_to»"),
    ("unknown signature role", lambda d: d["signatures"].append({"role": "vitne", "label": "Vitne"}),
     "underskriften «vitne» i «signatures» er ukjent"),
    ("version zero", lambda d: d.update(template_version=0), "«template_version» må være et heltall"),
    ("section without text", lambda d: d["sections"][2].pop("text"), "«text» i avsnittet «innledning» mangler"),
]


@pytest.mark.parametrize(("change", "expected"), [(c, e) for _, c, e in CASES], ids=[n for n, _, _ in CASES])
def test_validation_names_what_is_wrong(change: Callable[[dict[str, Any]], None], expected: str) -> None:
    with pytest.raises(TemplateError) as caught:
        validate_definition(_broken(change), source="Min mal")
    message = str(caught.value)
    assert message.startswith("Malen «Min mal» kan ikke brukes")
    assert expected in message
    assert message.endswith("Rett malen og prøv igjen.")


def test_every_shipped_definition_passes_validation_unchanged() -> None:
    for path in builtin_template_files():
        validate_definition(json.loads(path.read_text(encoding="utf-8")), source=path.name)


def test_broken_json_is_refused_with_the_file_name_and_line(tmp_path: Path) -> None:
    path = tmp_path / "min_mal.nb.json"
    path.write_text('{"key": "x",\n "name": }', encoding="utf-8")
    with pytest.raises(AppError) as caught:
        load_template_file(path)
    message = str(caught.value)
    assert "«min_mal.nb.json»" in message and "linje 2" in message and "ikke gyldig JSON" in message


def test_a_bad_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    data = _broken(lambda d: d["sections"][0]["fields"][0].update(type="farge"))
    path = tmp_path / "feil.nb.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"«feil\.nb\.json».*ukjent type «farge»"):
        load_template_file(path)

    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(TemplateError, match="JSON-objekt"):
        load_template_file(path)


# --- installing --------------------------------------------------------------------------------------


def test_install_is_idempotent_and_gives_all_twelve(empty_db: Database) -> None:
    with empty_db.session() as session:
        first = install_builtin_templates(session)
    with empty_db.session() as session:
        second = install_builtin_templates(session)
        count = session.scalar(select(func.count()).select_from(AgreementTemplate))

    assert count == 12
    assert set(first) == set(second) == {f"{key}.{language}" for key in FAMILIES for language in ("nb", "nn")}
    assert {k: t.id for k, t in first.items()} == {k: t.id for k, t in second.items()}
    template = second["statskonsult_resultatavtale.nb"]
    assert template.is_builtin and template.kind is AgreementKind.RESULT and template.template_version == 1
    assert template.definition["scale"][2]["label"] == "stor grad"
    assert second["radmann_lederavtale.nn"].kind is AgreementKind.LEADER


def test_builtin_templates_get_the_same_id_in_every_database(empty_db: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "annen.sdb")
    try:
        with empty_db.session() as session:
            here = install_builtin_templates(session)["kommune_lederavtale.nn"].id
        with other.session() as session:
            there = install_builtin_templates(session)["kommune_lederavtale.nn"].id
    finally:
        other.close()
    assert here == there


def test_list_templates_by_language(empty_db: Database) -> None:
    with empty_db.session() as session:
        install_builtin_templates(session)
        nynorsk = list_templates(session, language="nn")
        everything = list_templates(session)

    assert len(nynorsk) == 6 and {row.language for row in nynorsk} == {"nn"}
    assert "Leiaravtale for einingsleiar (resultateiningsmodellen)" in {row.name for row in nynorsk}
    assert len(everything) == 12 and all(row.is_builtin and row.agreements == 0 for row in everything)


# --- copying, saving, versions --------------------------------------------------------------------------


def _agreement_on(session: Any, template: AgreementTemplate) -> Agreement:
    agreement = Agreement(
        template_id=template.id, kind=template.kind, title="Resultatavtale 2026 – Haugtun skole",
        period_start=date(2026, 1, 1), period_end=date(2026, 12, 31), values={},
    )
    session.add(agreement)
    session.flush()
    return agreement


def test_copy_starts_a_new_family_from_a_builtin_template(empty_db: Database) -> None:
    with empty_db.session() as session:
        builtin = install_builtin_templates(session)["statskonsult_resultatavtale.nb"]
        copied = copy_template(session, builtin.id, name="Resultatavtale for Lindvik – økonomi og årsverk")
        copy_id, builtin_id = copied.id, builtin.id
    with empty_db.session() as session:
        copied = session.get_one(AgreementTemplate, copy_id)
        assert copied.key == "resultatavtale_for_lindvik_okonomi_og_arsverk"
        assert copied.template_version == 1 and not copied.is_builtin and copied.based_on_id == builtin_id
        assert copied.language == "nb" and copied.kind is AgreementKind.RESULT
        assert copied.definition["key"] == copied.key and copied.definition["name"] == copied.name
        assert copied.definition["sections"] == session.get_one(AgreementTemplate, builtin_id).definition["sections"]
        rows = {row.key: row for row in list_templates(session, language="nb")}
        assert not rows[copied.key].is_builtin and len(rows) == 7


def test_copy_refuses_a_taken_name_or_key_and_makes_derived_keys_unique(empty_db: Database) -> None:
    with empty_db.session() as session:
        builtin = install_builtin_templates(session)["kommune_lederavtale.nb"]
        first = copy_template(session, builtin.id, name="Min mal!")
        second = copy_template(session, builtin.id, name="Min mal?")
        assert (first.key, second.key) == ("min_mal", "min_mal_2")
        with pytest.raises(TemplateError, match="Det finnes allerede en mal som heter «min mal!»"):
            copy_template(session, builtin.id, name="min mal!")
        with pytest.raises(TemplateError, match="allerede en mal med nøkkelen «min_mal»"):
            copy_template(session, builtin.id, name="Noe annet", key="min_mal")
        with pytest.raises(TemplateError, match="kan bare ha små bokstaver"):
            copy_template(session, builtin.id, name="Noe annet", key="Min Mal")
        with pytest.raises(TemplateError, match="må ha et navn"):
            copy_template(session, builtin.id, name="  ")


def test_builtin_templates_cannot_be_saved(empty_db: Database) -> None:
    with empty_db.session() as session:
        builtin = install_builtin_templates(session)["statskonsult_resultatavtale.nb"]
        definition = set_section_text(template_definition(session, builtin.id), "innledning", "Innledning", "Ny tekst")
        with pytest.raises(TemplateError) as caught:
            save_template(session, builtin.id, definition)
    message = str(caught.value)
    assert "«Resultatavtale for leder (Statskonsult-modellen)» er en innebygd mal" in message
    assert "Lag en kopi av malen" in message


def test_saving_an_unused_template_changes_it_in_place(empty_db: Database) -> None:
    with empty_db.session() as session:
        builtin = install_builtin_templates(session)["statskonsult_fokusomrade.nn"]
        copied = copy_template(session, builtin.id, name="Vår fokusmal")
        definition = add_goal_category(template_definition(session, copied.id), "Økonomi og drift")
        definition["name"] = "Vår fokusmal 2027"
        saved = save_template(session, copied.id, definition)
        saved_id, copy_id = saved.id, copied.id
    with empty_db.session() as session:
        saved = session.get_one(AgreementTemplate, saved_id)
        assert saved_id == copy_id and saved.template_version == 1 and saved.name == "Vår fokusmal 2027"
        assert saved.definition["goal_categories"][-1] == {"key": "okonomi_og_drift", "title": "Økonomi og drift",
                                                           "hint": ""}
        assert saved.definition["language"] == "nn"


def test_saving_a_used_template_makes_version_2_and_the_agreement_keeps_version_1(empty_db: Database) -> None:
    with empty_db.session() as session:
        builtin = install_builtin_templates(session)["statskonsult_resultatavtale.nb"]
        mine = copy_template(session, builtin.id, name="Lindviks resultatavtale")
        agreement = _agreement_on(session, mine)
        before = copy.deepcopy(mine.definition)
        definition = set_section_text(
            template_definition(session, mine.id), "innledning", "Om avtalen", "Avtalen gjelder ett år."
        )
        newer = save_template(session, mine.id, definition)
        ids = (mine.id, newer.id, agreement.id)

    with empty_db.session() as session:
        v1, v2 = (session.get_one(AgreementTemplate, i) for i in ids[:2])
        assert v2.id != v1.id and v2.key == v1.key and v2.language == v1.language
        assert (v1.template_version, v2.template_version) == (1, 2) and v2.based_on_id == v1.id
        assert v2.definition["template_version"] == 2
        assert _section(v2.definition, "innledning")["title"] == "Om avtalen"
        assert v1.definition == before  # the version the agreement was made from is untouched
        assert session.get_one(Agreement, ids[2]).template_id == v1.id
        assert installed_template(session, v1.key, "nb").id == v2.id
        assert installed_template(session, v1.key, "nb", version=1).id == v1.id
        latest = [row for row in list_templates(session) if row.key == v1.key]
        assert [(r.template_version, r.agreements) for r in latest] == [(2, 0)]
        every = sorted((r.template_version, r.agreements) for r in list_templates(session, latest_only=False)
                       if r.key == v1.key)
        assert every == [(1, 1), (2, 0)]

        # Saving the used version again without a change makes no version 3.
        assert save_template(session, v1.id, template_definition(session, v1.id)).id == v1.id
        assert installed_template(session, v1.key, "nb").template_version == 2
        # Editing the old version while version 2 exists makes version 3, not a clash with 2.
        third = save_template(session, v1.id, rename_goal_category(v1.definition, "faglige_krav", "Tjenester"))
        assert third.template_version == 3 and third.based_on_id == v1.id


def test_saving_refuses_an_invalid_definition_and_names_the_problem(empty_db: Database) -> None:
    with empty_db.session() as session:
        builtin = install_builtin_templates(session)["statskonsult_resultatavtale.nb"]
        mine = copy_template(session, builtin.id, name="Testmal")
        definition = template_definition(session, mine.id)
        definition["goal_columns"].append({"key": "vekt", "title": "Vekt"})
        with pytest.raises(TemplateError, match=r"Malen «Testmal».*kolonnen «vekt»"):
            save_template(session, mine.id, definition)


def test_installed_template_says_which_template_is_missing(empty_db: Database) -> None:
    with empty_db.session() as session:
        install_builtin_templates(session)
        assert installed_template(session, "radmann_lederavtale", "nn").definition["language"] == "nn"
        with pytest.raises(TemplateError, match=r"«radmann_lederavtale» \(nb, versjon 7\) er ikke installert"):
            installed_template(session, "radmann_lederavtale", "nb", version=7)


# --- the editor's pure helpers ------------------------------------------------------------------------


@pytest.fixture
def main_nb() -> dict[str, Any]:
    return _shipped("statskonsult_resultatavtale")


def _keys(defn: dict[str, Any]) -> list[str]:
    return [s["key"] for s in defn["sections"]]


def test_add_section_makes_an_ascii_key_from_the_title_and_leaves_the_input_alone(main_nb: dict[str, Any]) -> None:
    original = copy.deepcopy(main_nb)
    once = add_section(main_nb, "innledning", "Årlige mål for økonomi")
    twice = add_section(once, "innledning", "Årlige mål for økonomi")

    assert main_nb == original
    assert _keys(once)[2:4] == ["innledning", "arlige_mal_for_okonomi"]
    assert _keys(twice)[3:5] == ["arlige_mal_for_okonomi_2", "arlige_mal_for_okonomi"]
    assert _section(once, "arlige_mal_for_okonomi") == {"key": "arlige_mal_for_okonomi",
                                                         "title": "Årlige mål for økonomi", "text": "", "fields": []}
    assert _keys(add_section(main_nb, None, "Vedlegg"))[-1] == "vedlegg"
    validate_definition(twice, source="test")
    with pytest.raises(TemplateError, match="må ha en overskrift"):
        add_section(main_nb, None, "   ")
    with pytest.raises(TemplateError, match="Avsnittet «finnes_ikke» finnes ikke"):
        add_section(main_nb, "finnes_ikke", "X")


def test_move_remove_and_retitle_sections(main_nb: dict[str, Any]) -> None:
    keys = _keys(main_nb)
    assert _keys(move_section(main_nb, "skala", -2)) == [*keys[:8], "skala", *keys[8:10], keys[11]]
    assert _keys(move_section(main_nb, "innehaver", -5))[0] == "innehaver"
    assert _keys(move_section(main_nb, "innehaver", 99))[-1] == "innehaver"
    assert "kontaktnett" not in _keys(remove_section(main_nb, "kontaktnett"))
    changed = set_section_text(main_nb, "reforhandling", "  Reforhandling ", "Ny tekst.\n")
    assert _section(changed, "reforhandling")["title"] == "Reforhandling"
    assert _section(changed, "reforhandling")["text"] == "Ny tekst."
    single = {**main_nb, "sections": main_nb["sections"][:1]}
    with pytest.raises(TemplateError, match="minst ett avsnitt"):
        remove_section(single, "innehaver")


def test_add_and_remove_fields(main_nb: dict[str, Any]) -> None:
    added = add_field(main_nb, "kontaktnett", "Nettverk (økonomi)", "multiline")
    assert _section(added, "kontaktnett")["fields"][-1] == {"key": "nettverk_okonomi", "label": "Nettverk (økonomi)",
                                                            "type": "multiline"}
    # Field keys are unique in the whole template, since values are stored flat by key.
    clash = add_field(main_nb, "kontaktnett", "Leader", "text")
    assert _section(clash, "kontaktnett")["fields"][-1]["key"] == "leader_2"
    assert _section(add_field(main_nb, "skala", "Tables", "text"), "skala")["fields"][-1]["key"] == "tables_2"
    validate_definition(clash, source="test")

    removed = remove_field(added, "kontaktnett", "contact_network")
    assert [f["key"] for f in _section(removed, "kontaktnett")["fields"]] == ["nettverk_okonomi"]
    with pytest.raises(TemplateError, match="Felttypen «farge» finnes ikke"):
        add_field(main_nb, "kontaktnett", "Farge", "farge")
    with pytest.raises(TemplateError, match="Feltet «leader» finnes ikke i avsnittet «Kontakter og samarbeid»"):
        remove_field(main_nb, "kontaktnett", "leader")


def test_goal_categories_are_added_renamed_and_removed_by_key(main_nb: dict[str, Any]) -> None:
    added = add_goal_category(main_nb, "Økonomi", hint="Budsjettdisiplin.")
    assert added["goal_categories"][-1] == {"key": "okonomi", "title": "Økonomi", "hint": "Budsjettdisiplin."}
    renamed = rename_goal_category(added, "faglige_krav", "Tjenestekrav")
    first = renamed["goal_categories"][0]
    assert (first["key"], first["title"]) == ("faglige_krav", "Tjenestekrav")

    _section(renamed, "resultatkrav")["categories"] = ["okonomi", "faglige_krav"]
    without = remove_goal_category(renamed, "okonomi")
    assert [c["key"] for c in without["goal_categories"]] == [
        "faglige_krav", "personlige_utviklingsmal", "generelle_krav",
    ]
    assert _section(without, "resultatkrav")["categories"] == ["faglige_krav"]
    assert "categories" not in _section(remove_goal_category(without, "faglige_krav"), "resultatkrav")
    validate_definition(without, source="test")
    with pytest.raises(TemplateError, match="Målkategorien «okonomi» finnes ikke"):
        rename_goal_category(main_nb, "okonomi", "X")


def test_goal_columns_are_set_from_the_allowed_keys(main_nb: dict[str, Any]) -> None:
    changed = set_goal_columns(main_nb, [("text", "Mål"), ("deadline", "Frist"), ("self_assessment", "Egen vurdering")])
    assert changed["goal_columns"] == [
        {"key": "text", "title": "Mål"}, {"key": "deadline", "title": "Frist"},
        {"key": "self_assessment", "title": "Egen vurdering"},
    ]
    validate_definition(changed, source="test")
    with pytest.raises(TemplateError, match="Kolonnen «vekt» finnes ikke"):
        set_goal_columns(main_nb, [("text", "Mål"), ("vekt", "Vekt")])
    with pytest.raises(TemplateError, match="valgt to ganger"):
        set_goal_columns(main_nb, [("text", "Mål"), ("text", "Mål igjen")])
    with pytest.raises(TemplateError, match="kolonnen for selve målet"):
        set_goal_columns(main_nb, [("indicator", "Indikator")])


def test_an_edited_copy_round_trips_through_the_database(empty_db: Database) -> None:
    with empty_db.session() as session:
        builtin = install_builtin_templates(session)["kommune_resultatavtale.nn"]
        mine = copy_template(session, builtin.id, name="Resultatavtale for Lindvik")
        definition = template_definition(session, mine.id)
        definition = add_section(definition, "mal", "Økonomiske rammer")
        definition = add_field(definition, "okonomiske_rammer", "Ramme for året", "text")
        definition = move_section(definition, "okonomiske_rammer", 1)
        saved = save_template(session, mine.id, definition)
        saved_id = saved.id
    with empty_db.session() as session:
        stored = template_definition(session, saved_id)
    assert stored == {**definition, "key": stored["key"], "template_version": 1}
    assert _keys(stored)[_keys(stored).index("mal") + 2] == "okonomiske_rammer"
