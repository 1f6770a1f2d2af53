"""How the merge preview names things to the user (bokmål): the kind of each row (``NOUNS``) and
each column (``FIELD_LABELS``, with ``TABLE_FIELD_LABELS`` where one column name means different
things in different tables). The window's preview and ``package merge --preview`` both use these;
the JSON output keeps the columns' own names (the issue's contract).

Every column of every table a package can merge has a label here; a test holds that to the schema."""

from __future__ import annotations

ROW = "(raden)"  # the «field» of a conflict about a whole row (deleted on one side, changed on the other)

# (noun, neuter) per table, for the preview's kinds: «nytt scenario», «endret mål», «ny enhet».
NOUNS: dict[str, tuple[str, bool]] = {
    "municipality": ("kommune", False), "org_version": ("organisasjonsversjon", False), "unit": ("enhet", False),
    "unit_ansvar": ("ansvarskode", False), "person": ("person", False), "position": ("stilling", False),
    "follow_up_link": ("oppfølgingsansvar", True), "network": ("nettverk", True),
    "network_membership": ("nettverksmedlemskap", True), "reorganisation_project": ("omorganiseringsprosjekt", True),
    "reorganisation_alternative": ("alternativ", True), "unit_relation": ("relasjon", False),
    "role_description": ("rollebeskrivelse", False), "unit_succession": ("sammenslåing/overføring", False),
    "agreement": ("avtale", False), "goal": ("mål", True), "common_requirement": ("felles krav", True),
    "assessment": ("vurdering", False), "meeting": ("oppfølgingsmøte", True),
    "meeting_goal_status": ("målstatus", False),
    "action_item": ("oppfølgingspunkt", True), "seminar_note": ("samlingsnotat", True),
    "seminar_action": ("oppfølgingspunkt fra samlingen", True), "focus_area": ("fokusområde", True),
    "indicator": ("indikator", False), "indicator_value": ("indikatorverdi", False), "forecast": ("prognose", False),
    "municipal_goal": ("kommunemål", True), "unit_indicator": ("enhetsindikator", False),
    "yearly_plan": ("årsplan", False),
    # read-only in a package (never merged), named in «package info» and in what stays behind
    "agreement_template": ("avtalemal", False), "budget_set": ("budsjettsett", True),
    "budget_line": ("budsjettlinje", False), "kostra_code": ("KOSTRA-kode", False), "setting": ("innstilling", False),
}

# How a column is named to the user.
FIELD_LABELS: dict[str, str] = {
    "action_item_id": "oppfølgingspunkt i oppfølgingen", "agreement_id": "avtale",
    "approved_by_leader_on": "godkjent av leder", "approved_by_superior_on": "godkjent av overordnet",
    "area_of_work": "arbeidsområde", "assessed_on": "vurderingsdato", "assessor": "vurdert av",
    "authority": "myndighet", "base_version_id": "utgangspunkt", "based_on_id": "basert på",
    "budget": "budsjettansvar", "carried_from_id": "videreført fra", "category": "kategori",
    "chosen_version_id": "valgt alternativ", "code": "kode", "code_to": "kode til", "colour": "farge",
    "comment": "kommentar", "common_requirement_id": "felles krav", "competence": "ønsket kompetanse",
    "confidential": "unntatt offentlighet", "county": "fylke", "deadline": "frist", "decisions": "vedtak",
    "description": "beskrivelse", "deviation_ore": "avvik", "direction": "retning", "done_on": "utført",
    "due_date": "frist", "effective_date": "gjelder fra", "effective_from": "gjelder fra",
    "effective_to": "gjelder til", "email": "e-post", "end_date": "til dato", "entered_at": "registrert",
    "entered_by": "registrert av", "evaluation": "evaluering", "evaluation_summary": "oppsummering av evalueringen",
    "evaluations": "evalueringer", "family_name": "etternavn", "focus_area_id": "fokusområde",
    "frequency": "hyppighet", "fte": "årsverk", "given_name": "fornavn", "goal_id": "mål",
    "goal_ids": "mål det gjelder", "held_on": "dato", "indicator": "indikator", "indicator_id": "indikator",
    "indicator_target": "målverdi for indikatoren", "inhabitants": "innbyggere", "is_coordinator": "koordinator",
    "is_external": "ekstern", "key": "nøkkel", "kind": "type", "lead_person_id": "kommunalsjef",
    "leader_id": "leder", "lineage_id": "enhetens historikk", "linked_agreement_id": "lederavtale",
    "locked": "låst", "logo_png": "logo", "measure": "måleenhet", "meeting_date": "møtedato",
    "meeting_id": "oppfølgingssamtale", "month": "måned", "municipal_goal_id": "kommunemål",
    "municipality_id": "kommune", "name": "navn", "name_nb": "navn (bokmål)", "name_nn": "navn (nynorsk)",
    "network_id": "nettverk", "new_lineage_id": "ny enhet", "note_id": "samlingsnotat", "number": "nummer",
    "old_lineage_id": "tidligere enhet", "org_version_id": "organisasjonsversjon", "owner_id": "ansvarlig",
    "owner_text": "ansvarlig", "parent_id": "overordnet enhet", "period": "periode", "period_end": "til",
    "period_start": "fra", "person_id": "person", "personnel": "personalansvar", "phone": "telefon",
    "place": "sted", "position_id": "stilling", "previous_id": "forrige avtale", "professional": "fagansvar",
    "project_id": "omorganiseringsprosjekt", "reason": "årsak", "revision": "revisjon",
    "revision_of_id": "revisjon av", "role": "rolle", "rollup": "sammenstilling", "scale": "grad",
    "scenario_id": "scenario", "sections": "referat", "services": "tjenester", "short_name": "kortnavn",
    "signed_by_leader_on": "signert av leder", "signed_by_superior_on": "signert av overordnet",
    "signed_place": "signert sted", "sort_order": "rekkefølge", "source": "kilde", "staff_count": "ansatte",
    "start_date": "fra dato", "status": "status", "sub_goals": "delmål", "success_factor_id": "suksessfaktor",
    "superior_id": "overordnet", "tables": "tabeller", "target": "målverdi", "template_id": "mal",
    "text": "tekst", "title": "tittel", "from_unit_id": "fra enhet", "to_unit_id": "til enhet",
    "unit_id": "enhet", "unit_ids": "enheter det gjelder", "unit_kind": "enhetstype", "unit_lineage_id": "enhet",
    "username": "brukernavn", "value": "verdi", "values": "innhold", "year": "år", "year_type": "årstype",
    "yellow_limit": "gul grense", ROW: "hele raden",
}

# A column name that means something else in this table.
TABLE_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("unit", "kind"): "enhetstype", ("unit_relation", "kind"): "relasjonstype",
    ("unit_succession", "kind"): "type endring", ("agreement", "kind"): "avtaletype",
    ("municipal_goal", "kind"): "måltype", ("municipality", "number"): "kommunenummer",
    ("reorganisation_alternative", "number"): "alternativnummer", ("person", "title"): "stillingstittel",
    ("position", "title"): "stillingstittel", ("indicator", "description"): "beskrivelse av indikatoren",
}


def field_label(column: str, table: str | None = None) -> str:
    """The column as the user reads it («sort_order» → «rekkefølge»)."""
    if table is not None and (table, column) in TABLE_FIELD_LABELS:
        return TABLE_FIELD_LABELS[table, column]
    return FIELD_LABELS.get(column, column.replace("_", " "))


def noun(table: str) -> tuple[str, bool]:
    """(noun, neuter) for a row of ``table``."""
    return NOUNS.get(table, (table.replace("_", " "), False))


def value_text(table: str, column: str, value: object) -> str:
    """A cell's value as the preview shows it in a conflict: yes/no, a date as dd.mm.åååå, a kind in
    words («result_unit» → «resultatenhet»), an empty cell as «(tom)». The JSON keeps the value."""
    from datetime import date, datetime

    from app.audit.log import VALUE_WORDS
    from app.seminar.package import plain

    if value is None or value == "" or value == []:
        return "(tom)"
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    shown = str(plain(value))
    words = VALUE_WORDS.get(f"{table}.{column}") or (VALUE_WORDS["unit.kind"] if column == "unit_kind" else {})
    return words.get(shown, shown)


# The database's settings (table ``setting``) by key, as «package merge --preview» names the ones
# that stay in the package.
SETTING_LABELS: dict[str, str] = {
    "budget.code_names": "navnene på budsjettkodene (fra budsjettimporten)",
    "budget.profiles": "importprofilene for budsjett og regnskap",
    "org.checks": "kontrollene av organisasjonskartet",
    "scorecard.carry_over": "videreføringen i målekartet",
    "backup.keep": "antall sikkerhetskopier som beholdes",
    "followup.deviation_threshold_pct": "terskelen for avvik i oppfølgingen",
}


def setting_label(key: str) -> str:
    """A setting's key in words («budget.code_names» → «navnene på budsjettkodene …»)."""
    return SETTING_LABELS.get(key, key)
