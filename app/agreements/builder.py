"""Fill an ``AgreementDocument`` from the database and the agreement's template.

The document is what the PDF, the DOCX and the live preview print, so every text here is
final: in the template's language, dates as dd.mm.yyyy, people and units by name. The
blocks follow the template's sections in order; a goal-table section gives one table per
goal category. A handful of queries whatever the agreement's size: the editor rebuilds the
preview on every change.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.agreements.document import (
    AgreementDocument,
    Block,
    FieldValue,
    GoalRow,
    GoalTable,
    PlainTable,
    ScaleBlock,
    ScaleStep,
    Signature,
    SignatureBlock,
    TextBlock,
)
from app.agreements.goals import category_lists
from app.agreements.rules import AgreementError
from app.formatting import format_date
from db.models import Agreement, AgreementStatus, Assessor, Goal, Municipality, Person

SUB_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# The layout's fixed words when a template does not carry its own (older definitions).
DEFAULT_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "page": "Side {page} av {pages}", "revision": "Revisjon", "self": "Egenevaluering",
        "superior": "Overordnedes vurdering", "comment": "Kommentar", "signature": "Underskrift",
        "summary": "Oppsummering av evalueringen", "number": "Nr.", "place": "Sted", "date": "Dato",
        "deadline": "frist",
    },
    "nn": {
        "page": "Side {page} av {pages}", "revision": "Revisjon", "self": "Eigenevaluering",
        "superior": "Vurdering frå overordna", "comment": "Kommentar", "signature": "Underskrift",
        "summary": "Oppsummering av evalueringa", "number": "Nr.", "place": "Stad", "date": "Dato",
        "deadline": "frist",
    },
    "en": {
        "page": "Page {page} of {pages}", "revision": "Revision", "self": "Self-assessment",
        "superior": "Superior's assessment", "comment": "Comment", "signature": "Signature",
        "summary": "Summary of the evaluation", "number": "No.", "place": "Place", "date": "Date",
        "deadline": "deadline",
    },
}
STATUS_WORDS: dict[str, dict[str, str]] = {
    "nb": {"draft": "Utkast", "discussion": "Til drøfting", "signed": "Signert", "evaluated": "Evaluert",
           "superseded": "Erstattet"},
    "nn": {"draft": "Utkast", "discussion": "Til drøfting", "signed": "Signert", "evaluated": "Evaluert",
           "superseded": "Erstatta"},
    "en": {"draft": "Draft", "discussion": "For discussion", "signed": "Signed", "evaluated": "Evaluated",
           "superseded": "Superseded"},
}
DEFAULT_MARKING = {
    "nb": "Unntatt offentlighet, jf. offl. § 13 og fvl. § 13",
    "nn": "Unnateke frå offentlegheit, jf. offl. § 13 og fvl. § 13",
    "en": "Exempt from public disclosure (Freedom of Information Act § 13)",
}


def _date_text(value: Any) -> str:
    """An ISO date (as stored in ``values``) or a ``date`` as dd.mm.yyyy; other text unchanged."""
    if isinstance(value, date):
        return format_date(value)
    text = "" if value is None else str(value)
    try:
        return format_date(date.fromisoformat(text.strip()))
    except ValueError:
        return text


def status_text(agreement: Agreement, language: str) -> str:
    """«Utkast», «Til drøfting», «Signert 12.02.2026», … in the document's language."""
    words = STATUS_WORDS.get(language, STATUS_WORDS["nb"])
    text = words[agreement.status.value]
    signed = [d for d in (agreement.signed_by_leader_on, agreement.signed_by_superior_on) if d is not None]
    if agreement.status == AgreementStatus.SIGNED and signed:
        text = f"{text} {format_date(max(signed))}"
    return text


def _sub_text(item: Any, deadline_word: str, *, with_deadline: bool) -> str:
    if not isinstance(item, dict):
        return str(item)
    text = str(item.get("text", "")).strip()
    indicator = str(item.get("indicator", "") or "").strip()
    if indicator:
        text = f"{text} – {indicator}" if text else indicator
    deadline = _date_text(item.get("deadline", ""))
    if with_deadline and deadline:
        text = f"{text} ({deadline_word} {deadline})"
    return text


class _Builder:
    def __init__(self, session: Session, agreement: Agreement) -> None:
        self.session = session
        self.agreement = agreement
        self.defn: dict[str, Any] = agreement.template.definition or {}
        self.language = str(self.defn.get("language", agreement.template.language or "nb"))
        self.values: dict[str, Any] = agreement.values or {}
        self.words = {**DEFAULT_WORDS.get(self.language, DEFAULT_WORDS["nb"]), **(self.defn.get("words") or {})}
        self.scale = {int(s["value"]): s for s in self.defn.get("scale", [])}
        self.leader: Person | None = agreement.leader
        self.superior: Person | None = agreement.superior

    # --- fields ----------------------------------------------------------------------------

    def bound_value(self, binds: str | None) -> str:
        a = self.agreement
        if binds == "leader":
            return self.leader.full_name if self.leader else ""
        if binds == "superior":
            return self.superior.full_name if self.superior else ""
        if binds == "unit":
            return a.unit.name if a.unit is not None else ""
        if binds in ("period_start", "period_end"):
            return format_date(getattr(a, binds))
        if binds == "signed_place":
            return a.signed_place
        return ""

    def field_value(self, item: dict[str, Any]) -> str:
        key = item["key"]
        stored = self.values.get(key)
        if stored is None or stored == "":
            # The stored text is what the parties saw; the columns fill in what was never stored.
            return self.bound_value(item.get("binds"))
        if item.get("type") == "date":
            return _date_text(stored)
        return str(stored)

    def text_block(self, section: dict[str, Any]) -> TextBlock:
        return TextBlock(
            key=section["key"], title=section.get("title", ""), text=section.get("text", ""),
            fields=[FieldValue(item.get("label", item["key"]), self.field_value(item))
                    for item in section.get("fields", [])],
        )

    # --- goals -----------------------------------------------------------------------------

    def assessment(self, goal: Goal, who: Assessor) -> tuple[str, str]:
        found = next((a for a in goal.assessments if a.assessor == who), None)
        if found is None:
            return "", ""
        step = self.scale.get(found.scale) if found.scale is not None else None
        label = str(step.get("label", found.scale)) if step else (str(found.scale) if found.scale else "")
        return label, found.comment or ""

    def goal_row(self, number: int, goal: Goal, column_keys: list[str]) -> GoalRow:
        own, own_comment = self.assessment(goal, Assessor.SELF)
        theirs, their_comment = self.assessment(goal, Assessor.SUPERIOR)
        subs = goal.sub_goals or []
        sub_column = "sub_goals" in column_keys
        word = self.words.get("deadline", "frist")
        cells: list[str] = []
        for key in column_keys:
            if key == "deadline":
                lines = [format_date(goal.deadline)] if goal.deadline else []
                if sub_column:  # «Frist med delfrister»: the sub-goals' deadlines under the goal's
                    lines += [f"{SUB_LETTERS[i % 26]}) {_date_text(s.get('deadline', ''))}"
                              for i, s in enumerate(subs) if isinstance(s, dict) and s.get("deadline")]
                cells.append("\n".join(lines))
            elif key == "sub_goals":
                cells.append("\n".join(
                    f"{SUB_LETTERS[i % 26]}) {_sub_text(s, word, with_deadline='deadline' not in column_keys)}"
                    for i, s in enumerate(subs)
                ))
            elif key == "self_assessment":
                cells.append(own)
            elif key == "superior_assessment":
                cells.append(theirs)
            elif key == "indicator" and goal.indicator_id is not None:
                # A goal measured by the målekart shows its indicator and ambition level (issue 19).
                from app.scorecard.model import goal_indicator_text

                cells.append(goal_indicator_text(self.session, goal))
            else:
                cells.append(str(getattr(goal, key, "") or ""))
        sub_items = [] if sub_column else [
            f"{SUB_LETTERS[i % 26]}) {_sub_text(s, word, with_deadline=True)}" for i, s in enumerate(subs)
        ]
        return GoalRow(
            number=str(number), cells=cells, sub_items=sub_items, self_assessment=own,
            superior_assessment=theirs, self_comment=own_comment, superior_comment=their_comment,
        )

    def goal_tables(self, section: dict[str, Any]) -> list[GoalTable]:
        columns = self.defn.get("goal_columns", [])
        column_keys = [c["key"] for c in columns]
        titles = [c.get("title", c["key"]) for c in columns]
        wanted = section.get("categories")
        lists = category_lists(self.agreement)
        show = self.agreement.status in (AgreementStatus.EVALUATED,) or any(
            g.assessments for g in self.agreement.goals
        )
        if self.agreement.status == AgreementStatus.SUPERSEDED and self.agreement.evaluation_summary:
            show = True
        tables: list[GoalTable] = []
        for category in self.defn.get("goal_categories", []):
            key = category["key"]
            if wanted and key not in wanted:
                continue
            goals = lists.get(key, [])
            tables.append(GoalTable(
                key=key, title=category.get("title", key), columns=list(titles),
                rows=[self.goal_row(n, g, column_keys) for n, g in enumerate(goals, start=1)],
                intro=category.get("hint", ""), show_assessments=show,
            ))
        return tables

    # --- other blocks ----------------------------------------------------------------------

    def plain_table(self, section: dict[str, Any]) -> PlainTable:
        table = section["table"]
        columns = [str(c) for c in table.get("columns", [])]
        stored = (self.values.get("tables") or {}).get(section["key"])
        rows = stored if stored is not None else table.get("rows", [])
        width = len(columns)
        cells = [(["" if c is None else str(c) for c in row] + [""] * width)[:width] if width else
                 [str(c) for c in row] for row in rows]
        return PlainTable(key=section["key"], title=section.get("title", ""), columns=columns, rows=cells,
                          text=section.get("text", ""))

    def scale_block(self, section: dict[str, Any]) -> ScaleBlock:
        steps = [ScaleStep(int(s["value"]), str(s.get("label", "")), str(s.get("hint", "")))
                 for s in self.defn.get("scale", [])]
        return ScaleBlock(title=section.get("title", ""), text=section.get("text", ""), steps=steps)

    def signature_block(self, section: dict[str, Any]) -> SignatureBlock:
        a = self.agreement
        place_label, date_label = self.words.get("place", "Sted"), self.words.get("date", "Dato")
        place = a.signed_place
        for item in section.get("fields", []):
            if item.get("binds") == "signed_place":
                place_label = item.get("label", place_label)
                place = place or str(self.values.get(item["key"], "") or "")
            elif item.get("type") == "date":
                date_label = item.get("label", date_label)
        signatures: list[Signature] = []
        for sig in self.defn.get("signatures", []):
            role = sig.get("role", "")
            binds = sig.get("binds", role)
            person = self.leader if binds == "leader" else self.superior if binds == "superior" else None
            name = str(self.values.get(binds, "") or "") or (person.full_name if person else "")
            title = str(self.values.get(f"{binds}_title", "") or "") or (person.title if person else "")
            signed = a.signed_by_leader_on if binds == "leader" else \
                a.signed_by_superior_on if binds == "superior" else None
            signatures.append(Signature(label=sig.get("label", role), name=name, title=title,
                                        signed_on=format_date(signed)))
        return SignatureBlock(title=section.get("title", ""), text=section.get("text", ""),
                              place_label=place_label, date_label=date_label, place=place,
                              signatures=signatures)

    def blocks(self) -> list[Block]:
        blocks: list[Block] = []
        for section in self.defn.get("sections", []):
            if section.get("signature_block"):
                blocks.append(self.signature_block(section))
            elif section.get("scale_table"):
                if section.get("fields"):
                    blocks.append(self.text_block(section))
                    blocks.append(ScaleBlock(title="", text="", steps=self.scale_block(section).steps))
                else:
                    blocks.append(self.scale_block(section))
            elif section.get("goal_table"):
                blocks.append(self.text_block(section))
                blocks.extend(self.goal_tables(section))
            elif isinstance(section.get("table"), dict):
                if section.get("fields"):
                    blocks.append(self.text_block(section))
                    table = self.plain_table(section)
                    table.title, table.text = "", ""
                    blocks.append(table)
                else:
                    blocks.append(self.plain_table(section))
            else:
                blocks.append(self.text_block(section))
        return blocks

    # --- the document ------------------------------------------------------------------------

    def document(self) -> AgreementDocument:
        a = self.agreement
        municipality = self.session.execute(select(Municipality.name, Municipality.logo_png).limit(1)).first()
        unit_name = a.unit.name if a.unit is not None else str(self.values.get("unit", "") or "")
        leader_name = str(self.values.get("leader", "") or "") or (self.leader.full_name if self.leader else "")
        title = a.title
        if unit_name and title.endswith(f" – {unit_name}"):
            title = title[: -len(f" – {unit_name}")]
        marking = ""
        if a.confidential:
            marking = str(self.defn.get("marking") or DEFAULT_MARKING.get(self.language, DEFAULT_MARKING["nb"]))
        return AgreementDocument(
            language=self.language,
            municipality=municipality.name if municipality else "",
            title=title,
            subtitle=" – ".join(part for part in (unit_name, leader_name) if part),
            period=f"{format_date(a.period_start)}–{format_date(a.period_end)}",
            blocks=self.blocks(),
            marking=marking,
            status=status_text(a, self.language),
            revision=a.revision,
            logo_png=municipality.logo_png if municipality else None,
            evaluation_summary=a.evaluation_summary or "",
            words=dict(self.words),
        )


def build_document(session: Session, agreement_id: uuid.UUID) -> AgreementDocument:
    """The agreement as a document, ready for the PDF and DOCX renderers and the preview."""
    agreement = session.scalar(
        select(Agreement)
        .where(Agreement.id == agreement_id)
        .options(
            selectinload(Agreement.goals).selectinload(Goal.assessments),
            joinedload(Agreement.template),
            joinedload(Agreement.unit),
            joinedload(Agreement.leader),
            joinedload(Agreement.superior),
        )
    )
    if agreement is None:
        raise AgreementError("Avtalen finnes ikke lenger (den kan være slettet). Oppdater visningen og prøv igjen.")
    return _Builder(session, agreement).document()
