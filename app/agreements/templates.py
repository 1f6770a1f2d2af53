"""Agreement templates: loading and checking them, installing the shipped ones, copying and editing.

A template (one JSON file per template and language in ``resources/templates/``, one
``agreement_template`` row per key, language and version in the database) describes one
agreement form: sections with fixed text and fields to fill in, the goal categories and
columns, the rating scale, the signature lines, the confidentiality marking and the
layout's fixed words. ``docs/TEMPLATES.md`` is the format; ``validate_definition`` checks
every rule in it.

A field may name in ``binds`` the agreement column that fills it in (``leader``,
``superior``, ``unit``, ``period_start`` ...); the value kept in ``Agreement.values`` is
what the document shows (a name, an ISO date), so a printed agreement stays the same when
people later change jobs.

Editing: the template editor works on a plain definition dict. The helpers below
(``add_section`` ... ``set_goal_columns``) each return a new dict and never touch the
database; ``save_template`` checks and stores the result. A template that agreements
already use is never changed in place: saving makes the next version, and the agreements
keep the version they were made from.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.resources import resource_path
from db.models import Agreement, AgreementKind, AgreementTemplate
from db.rows import get_or_gone

FIELD_TYPES = frozenset({"text", "multiline", "date", "person", "unit"})
LANGUAGES = frozenset({"nb", "nn", "en"})
REQUIRED_KEYS = (
    "key", "name", "kind", "language", "template_version", "sections",
    "goal_categories", "goal_columns", "scale", "signatures", "words",
)
# The agreement column a field may fill in, and the field type that column needs.
BINDS: dict[str, str] = {
    "leader": "person", "superior": "person", "unit": "unit",
    "period_start": "date", "period_end": "date", "signed_place": "text",
}
GOAL_COLUMN_KEYS = (
    "text", "indicator", "evaluation", "deadline", "sub_goals", "self_assessment", "superior_assessment",
)
SECTION_FLAGS = ("goal_table", "table", "scale_table", "signature_block")
SIGNATURE_ROLES = frozenset({"leader", "superior"})
WORD_KEYS = ("page", "revision", "self", "superior", "comment", "signature", "summary", "number", "place", "date")
# Assessment.scale is stored as 1..3 (a check constraint), so a scale has two or three steps.
MAX_SCALE_STEPS = 3

# The layout's fixed words, for definitions saved before templates carried their own.
DEFAULT_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "page": "Side {page} av {pages}", "revision": "Revisjon", "self": "Egenevaluering",
        "superior": "Overordnedes vurdering", "comment": "Kommentar", "signature": "Underskrift",
        "summary": "Oppsummering av evalueringen", "number": "Nr.", "place": "Sted", "date": "Dato",
    },
    "nn": {
        "page": "Side {page} av {pages}", "revision": "Revisjon", "self": "Eigenevaluering",
        "superior": "Vurdering frå overordna", "comment": "Kommentar", "signature": "Underskrift",
        "summary": "Oppsummering av evalueringa", "number": "Nr.", "place": "Stad", "date": "Dato",
    },
    "en": {
        "page": "Page {page} of {pages}", "revision": "Revision", "self": "Self-assessment",
        "superior": "Superior's assessment", "comment": "Comment", "signature": "Signature",
        "summary": "Summary of the evaluation", "number": "No.", "place": "Place", "date": "Date",
    },
}

# Built-in templates get ids derived from (key, language, version), so the same template
# has the same id in every database: agreements from an office file and a seminar laptop
# then point at the same template row when the files are compared or merged.
_TEMPLATE_NAMESPACE = uuid.UUID("6f1c2a52-3f7e-4c1e-9d0b-5a7d2c8e4b10")
_MAX_LISTED_PROBLEMS = 8


class TemplateError(AppError):
    pass


@dataclass(frozen=True)
class TemplateRow:
    """One template as the template list shows it."""

    id: uuid.UUID
    key: str
    name: str
    kind: str
    language: str
    template_version: int
    is_builtin: bool
    agreements: int  # how many agreements were made from this very version


# --- files and checking ------------------------------------------------------------------------


def builtin_template_files() -> list[Path]:
    """The template files shipped with the program, sorted by name."""
    folder = resource_path("templates")
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.json"))


def builtin_template_id(key: str, language: str, template_version: int) -> uuid.UUID:
    return uuid.uuid5(_TEMPLATE_NAMESPACE, f"{key}.{language}.{template_version}")


def load_template_file(path: Path) -> dict[str, Any]:
    """Read and check one template file; a bad file raises ``TemplateError`` naming it."""
    name = Path(path).name
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(f"Kan ikke lese malfilen «{name}»: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise TemplateError(f"Malfilen «{name}» er ikke lagret som UTF-8. Lagre den som UTF-8 og prøv igjen.") from exc
    except json.JSONDecodeError as exc:
        raise TemplateError(
            f"Malfilen «{name}» er ikke gyldig JSON (linje {exc.lineno}, kolonne {exc.colno}: {exc.msg}). "
            "Rett filen og prøv igjen."
        ) from exc
    validate_definition(data, source=name)
    return data


def validate_definition(definition: dict[str, Any], *, source: str) -> None:
    """Check a template definition against every rule of ``docs/TEMPLATES.md``.

    ``source`` names the file or template in the message. Raises ``TemplateError`` listing
    what is wrong, each problem naming the section, field or key concerned.
    """
    problems = _problems(definition)
    if not problems:
        return
    shown = problems[:_MAX_LISTED_PROBLEMS]
    more = len(problems) - len(shown)
    listing = "; ".join(shown) + (f"; og {more} feil til" if more else "")
    raise TemplateError(f"Malen «{source}» kan ikke brukes: {listing}. Rett malen og prøv igjen.")


def _is_text(value: Any) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())


def _problems(data: Any) -> list[str]:
    """Everything wrong with a template definition, in Norwegian; empty when it is usable."""
    if not isinstance(data, dict):
        return ["innholdet må være et JSON-objekt"]
    problems = [f"nøkkelen «{key}» mangler" for key in REQUIRED_KEYS if key not in data]
    if problems:
        return problems
    problems += _top_level_problems(data)
    lists_ok = True
    for list_key in ("sections", "goal_categories", "goal_columns", "scale", "signatures"):
        if not isinstance(data[list_key], list):
            problems.append(f"«{list_key}» må være en liste")
            lists_ok = False
    if not lists_ok:
        return problems
    category_keys = _unique_items(data["goal_categories"], "goal_categories", "målkategorien", problems)
    problems += _section_problems(data["sections"], category_keys)
    problems += _goal_problems(data)
    problems += _scale_problems(data)
    problems += _signature_problems(data)
    problems += _words_problems(data["words"])
    return problems


def _top_level_problems(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for key in ("key", "name"):
        if not _is_text(data[key]):
            problems.append(f"«{key}» må være en tekst som ikke er tom")
    if data["kind"] not in {k.value for k in AgreementKind}:
        problems.append(f"«kind» må være «leader» eller «result», ikke «{data['kind']}»")
    if data["language"] not in LANGUAGES:
        problems.append(f"«language» må være nb, nn eller en, ikke «{data['language']}»")
    version = data["template_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append("«template_version» må være et heltall fra 1 og oppover")
    for key in ("description", "marking"):
        if key in data and not isinstance(data[key], str):
            problems.append(f"«{key}» må være en tekst")
    if "confidential_default" in data:
        if not isinstance(data["confidential_default"], bool):
            problems.append("«confidential_default» må være true eller false")
        elif data["confidential_default"] and not _is_text(data.get("marking")):
            problems.append("malen er unntatt offentlighet som standard («confidential_default»), "
                            "men «marking» mangler")
    if "links_to" in data:
        if not _is_text(data["links_to"]):
            problems.append("«links_to» må være nøkkelen til en lederavtale-mal")
        elif data["kind"] != AgreementKind.RESULT.value:
            problems.append("bare resultatavtaler kan ha «links_to»")
    return problems


def _unique_items(items: list[Any], list_key: str, noun: str, problems: list[str]) -> set[str]:
    """Check that every item of a goal_categories-like list has a unique key and a title."""
    keys: set[str] = set()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not _is_text(item.get("key")) or not _is_text(item.get("title")):
            problems.append(f"element nr. {number} i «{list_key}» må ha «key» og «title»")
            continue
        if item["key"] in keys:
            problems.append(f"{noun} «{item['key']}» finnes to ganger i «{list_key}»")
        keys.add(item["key"])
        if not isinstance(item.get("hint", ""), str):
            problems.append(f"«hint» for {noun} «{item['key']}» må være en tekst")
    return keys


def _section_problems(sections: list[Any], category_keys: set[str]) -> list[str]:
    problems: list[str] = []
    if not sections:
        problems.append("«sections» må ha minst ett avsnitt")
    section_keys: set[str] = set()
    field_keys: set[str] = set()
    bound: set[str] = set()
    for number, section in enumerate(sections, start=1):
        if not isinstance(section, dict) or not _is_text(section.get("key")) or "title" not in section:
            problems.append(f"avsnitt nr. {number} mangler «key» eller «title»")
            continue
        key = section["key"]
        where = f"i avsnittet «{key}»"
        if key in section_keys:
            problems.append(f"avsnittet «{key}» finnes to ganger")
        section_keys.add(key)
        if not isinstance(section["title"], str):
            problems.append(f"«title» {where} må være en tekst")
        if not isinstance(section.get("text"), str):
            problems.append(f"«text» {where} mangler eller er ikke en tekst")
        fields = section.get("fields")
        if not isinstance(fields, list):
            problems.append(f"«fields» {where} mangler eller er ikke en liste")
            fields = []
        for field in fields:
            problems += _field_problems(field, where, field_keys, bound)
        problems += _flag_problems(section, where, category_keys)
    return problems


def _field_problems(field: Any, where: str, field_keys: set[str], bound: set[str]) -> list[str]:
    if not isinstance(field, dict) or not {"key", "label", "type"} <= field.keys():
        return [f"et felt {where} mangler «key», «label» eller «type»"]
    key = field["key"]
    problems: list[str] = []
    if not _is_text(key):
        problems.append(f"et felt {where} har en tom «key»")
    elif key in field_keys or key == "tables":  # "tables" is where table cells are kept in values
        problems.append(f"feltet «{key}» {where} finnes allerede i malen (feltnøklene må være unike)")
    field_keys.add(key)
    if not isinstance(field["label"], str):
        problems.append(f"«label» for feltet «{key}» {where} må være en tekst")
    if field["type"] not in FIELD_TYPES:
        types = ", ".join(sorted(FIELD_TYPES))
        problems.append(f"feltet «{key}» {where} har ukjent type «{field['type']}» (gyldige typer: {types})")
    if "binds" in field:
        bind = field["binds"]
        if bind not in BINDS:
            binds = ", ".join(BINDS)
            problems.append(f"feltet «{key}» {where} har ukjent «binds» «{bind}» (gyldige: {binds})")
        else:
            if bind in bound:
                problems.append(f"feltet «{key}» {where} binder «{bind}», som et annet felt allerede binder")
            bound.add(bind)
            if field["type"] in FIELD_TYPES and field["type"] != BINDS[bind]:
                problems.append(f"feltet «{key}» {where} binder «{bind}» og må da ha typen «{BINDS[bind]}»")
    if "default" in field and not isinstance(field["default"], str):
        problems.append(f"«default» for feltet «{key}» {where} må være en tekst")
    if "required" in field and not isinstance(field["required"], bool):
        problems.append(f"«required» for feltet «{key}» {where} må være true eller false")
    if "max_lines" in field:
        lines = field["max_lines"]
        if isinstance(lines, bool) or not isinstance(lines, int) or lines < 1:
            problems.append(f"«max_lines» for feltet «{key}» {where} må være et heltall fra 1 og oppover")
    return problems


def _flag_problems(section: dict[str, Any], where: str, category_keys: set[str]) -> list[str]:
    problems: list[str] = []
    flags = [flag for flag in SECTION_FLAGS if section.get(flag)]
    if len(flags) > 1:
        problems.append(f"{where} kan bare ett av {', '.join(f'«{f}»' for f in flags)} brukes")
    for flag in ("goal_table", "scale_table", "signature_block"):
        if flag in section and not isinstance(section[flag], bool):
            problems.append(f"«{flag}» {where} må være true eller false")
    if "categories" in section:
        shown = section["categories"]
        if not section.get("goal_table"):
            problems.append(f"«categories» {where} gjelder bare avsnitt med «goal_table»")
        if not isinstance(shown, list) or not shown:
            problems.append(f"«categories» {where} må være en liste med målkategorier")
        else:
            for key in shown:
                if key not in category_keys:
                    problems.append(f"«categories» {where} viser til målkategorien «{key}», som ikke finnes")
    if "table" in section:
        problems += _table_problems(section["table"], where)
    return problems


def _table_problems(table: Any, where: str) -> list[str]:
    if not isinstance(table, dict):
        return [f"«table» {where} må være et objekt med «columns» og «rows»"]
    columns = table.get("columns")
    if not isinstance(columns, list) or not columns or not all(_is_text(c) for c in columns):
        return [f"«table» {where} må ha «columns»: en liste med kolonneoverskrifter"]
    rows = table.get("rows", [])
    if not isinstance(rows, list):
        return [f"«rows» i tabellen {where} må være en liste med rader"]
    problems: list[str] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != len(columns) or not all(isinstance(c, str) for c in row):
            problems.append(f"rad nr. {number} i tabellen {where} må ha {len(columns)} tekstceller, én per kolonne")
    return problems


def _goal_problems(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    columns = data["goal_columns"]
    column_keys: list[str] = []
    for number, column in enumerate(columns, start=1):
        if not isinstance(column, dict) or not _is_text(column.get("key")) or not _is_text(column.get("title")):
            problems.append(f"kolonne nr. {number} i «goal_columns» må ha «key» og «title»")
            continue
        if column["key"] not in GOAL_COLUMN_KEYS:
            allowed = ", ".join(GOAL_COLUMN_KEYS)
            problems.append(f"kolonnen «{column['key']}» i «goal_columns» er ukjent (gyldige: {allowed})")
        elif column["key"] in column_keys:
            problems.append(f"kolonnen «{column['key']}» finnes to ganger i «goal_columns»")
        column_keys.append(column["key"])
    has_goal_table = any(isinstance(s, dict) and s.get("goal_table") for s in data["sections"])
    if has_goal_table and not data["goal_categories"]:
        problems.append("malen har en måltabell («goal_table»), men ingen målkategorier i «goal_categories»")
    if data["goal_categories"] and not has_goal_table:
        problems.append("malen har målkategorier, men ikke noe avsnitt med «goal_table» der målene skrives")
    if data["goal_categories"] and "text" not in column_keys:
        problems.append("«goal_columns» må ha kolonnen «text» (selve målet)")
    return problems


def _scale_problems(data: dict[str, Any]) -> list[str]:
    scale = data["scale"]
    if not scale:
        if data["goal_categories"]:
            return ["«scale» må ha trinnene målene vurderes etter når malen har målkategorier"]
        if any(isinstance(s, dict) and s.get("scale_table") for s in data["sections"]):
            return ["malen har et avsnitt med «scale_table», men «scale» er tom"]
        return []
    problems: list[str] = []
    for number, step in enumerate(scale, start=1):
        if not isinstance(step, dict) or not _is_text(step.get("label")):
            problems.append(f"trinn nr. {number} i «scale» mangler «label»")
        elif step.get("value") != number or isinstance(step.get("value"), bool):
            problems.append(f"trinnet «{step['label']}» i «scale» må ha verdien {number} (trinnene nummereres 1, 2, 3)")
        elif not isinstance(step.get("hint", ""), str):
            problems.append(f"«hint» for trinnet «{step['label']}» i «scale» må være en tekst")
    if not 2 <= len(scale) <= MAX_SCALE_STEPS:
        problems.append(f"«scale» må ha to eller tre trinn, ikke {len(scale)}")
    return problems


def _signature_problems(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    roles: set[str] = set()
    for number, signature in enumerate(data["signatures"], start=1):
        if not isinstance(signature, dict) or not _is_text(signature.get("role")) or not _is_text(
            signature.get("label")
        ):
            problems.append(f"underskrift nr. {number} i «signatures» må ha «role» og «label»")
            continue
        role = signature["role"]
        if role not in SIGNATURE_ROLES:
            problems.append(f"underskriften «{role}» i «signatures» er ukjent (gyldige: leader, superior)")
        elif role in roles:
            problems.append(f"underskriften «{role}» finnes to ganger i «signatures»")
        roles.add(role)
        bind = signature.get("binds")
        if bind is not None and bind not in ("leader", "superior"):
            problems.append(f"underskriften «{role}» har ukjent «binds» «{bind}» (gyldige: leader, superior)")
    if any(isinstance(s, dict) and s.get("signature_block") for s in data["sections"]) and not roles:
        problems.append("malen har et avsnitt med «signature_block», men ingen underskrifter i «signatures»")
    return problems


def _words_problems(words: Any) -> list[str]:
    if not isinstance(words, dict):
        return ["«words» må være et objekt med layoutens faste ord"]
    problems = [f"«words» mangler ordet «{key}»" for key in WORD_KEYS if not _is_text(words.get(key))]
    page = words.get("page")
    if _is_text(page):
        if "{page}" not in page or "{pages}" not in page:
            problems.append(
                f"«page» i «words» må inneholde {{page}} og {{pages}}, som i «Side {{page}} av {{pages}}», "
                f"ikke «{page}»"
            )
        else:
            try:
                page.format(page=1, pages=2)
            except (KeyError, IndexError, ValueError):
                problems.append(f"«page» i «words» kan bare ha plassholderne {{page}} og {{pages}}, ikke «{page}»")
    return problems


# --- the database ------------------------------------------------------------------------------


def install_builtin_templates(session: Session) -> dict[str, AgreementTemplate]:
    """Insert the built-in templates not yet in the database; idempotent.

    Returns every built-in template, installed now or before, keyed by ``"key.language"``
    (the highest version when a file exists for several versions).
    """
    result: dict[str, AgreementTemplate] = {}
    for path in builtin_template_files():
        data = load_template_file(path)
        key, language, version = data["key"], data["language"], data["template_version"]
        template = session.scalar(
            select(AgreementTemplate).where(
                AgreementTemplate.key == key,
                AgreementTemplate.language == language,
                AgreementTemplate.template_version == version,
            )
        )
        if template is None:
            template = AgreementTemplate(
                id=builtin_template_id(key, language, version),
                key=key,
                name=data["name"],
                kind=AgreementKind(data["kind"]),
                language=language,
                template_version=version,
                is_builtin=True,
                definition=data,
            )
            session.add(template)
        name = f"{key}.{language}"
        if name not in result or result[name].template_version < version:
            result[name] = template
    session.flush()
    return result


def list_templates(session: Session, *, language: str | None = None, latest_only: bool = True) -> list[TemplateRow]:
    """The templates to choose from, built-in first, then by name and language.

    ``latest_only`` keeps the newest version of each template family and language; the
    agreement count is for that very version (older versions keep their own agreements).
    """
    counts = dict(session.execute(select(Agreement.template_id, func.count()).group_by(Agreement.template_id)).all())
    stmt = select(AgreementTemplate)
    if language is not None:
        stmt = stmt.where(AgreementTemplate.language == language)
    templates = list(session.scalars(stmt))
    if latest_only:
        newest: dict[tuple[str, str], AgreementTemplate] = {}
        for template in templates:
            family = (template.key, template.language)
            if family not in newest or newest[family].template_version < template.template_version:
                newest[family] = template
        templates = list(newest.values())
    templates.sort(key=lambda t: (not t.is_builtin, t.name.casefold(), t.language, t.template_version))
    return [
        TemplateRow(
            t.id, t.key, t.name, t.kind.value, t.language, t.template_version, t.is_builtin, counts.get(t.id, 0)
        )
        for t in templates
    ]


def _template(session: Session, template_id: uuid.UUID) -> AgreementTemplate:
    return get_or_gone(session, AgreementTemplate, template_id, TemplateError(
        "Malen finnes ikke lenger. Den kan være slettet av en annen bruker; last listen på nytt."
    ))


def template_definition(session: Session, template_id: uuid.UUID) -> dict[str, Any]:
    """A copy of a template's definition to edit; changing it does not change the template."""
    return copy.deepcopy(_template(session, template_id).definition)


def installed_template(session: Session, key: str, language: str, version: int | None = None) -> AgreementTemplate:
    """The template row for a key and language: the given version, or the newest when ``version`` is None."""
    stmt = select(AgreementTemplate).where(AgreementTemplate.key == key, AgreementTemplate.language == language)
    if version is None:
        stmt = stmt.order_by(AgreementTemplate.template_version.desc()).limit(1)
    else:
        stmt = stmt.where(AgreementTemplate.template_version == version)
    template = session.scalar(stmt)
    if template is None:
        which = f"«{key}» ({language}" + (f", versjon {version})" if version is not None else ")")
        raise TemplateError(
            f"Avtalemalen {which} er ikke installert. Velg en annen mal, eller installer malen på nytt."
        )
    return template


def _used(session: Session, template_id: uuid.UUID) -> int:
    return session.scalar(select(func.count()).select_from(Agreement).where(Agreement.template_id == template_id)) or 0


def copy_template(session: Session, template_id: uuid.UUID, *, name: str, key: str | None = None) -> AgreementTemplate:
    """Start a new template family from a copy of another template (built-in or not).

    The copy is version 1 of its own key, in the same language, not built-in, and remembers
    in ``based_on_id`` what it was copied from. ``key`` is derived from ``name`` when not given.
    """
    source = _template(session, template_id)
    name = name.strip()
    if not name:
        raise TemplateError("Kopien av malen må ha et navn. Skriv inn et navn og prøv igjen.")
    same_name = select(AgreementTemplate.id).where(
        func.lower(AgreementTemplate.name) == name.lower(), AgreementTemplate.language == source.language
    )
    if session.scalar(same_name.limit(1)) is not None:
        raise TemplateError(f"Det finnes allerede en mal som heter «{name}». Velg et annet navn.")
    taken = set(session.scalars(select(AgreementTemplate.key).distinct()))
    if key is None:
        key = _unique_key(_slug(name, "mal"), taken)
    else:
        key = key.strip()
        if not re.fullmatch(r"[a-z0-9_]+", key):
            raise TemplateError(
                f"Nøkkelen «{key}» kan bare ha små bokstaver a–z, sifre og understrek. Velg en annen nøkkel."
            )
        if key in taken:
            raise TemplateError(f"Det finnes allerede en mal med nøkkelen «{key}». Velg en annen nøkkel.")
    definition = copy.deepcopy(source.definition)
    definition.setdefault("words", dict(DEFAULT_WORDS.get(source.language, DEFAULT_WORDS["nb"])))
    definition.update(key=key, name=name, template_version=1)
    validate_definition(definition, source=name)
    template = AgreementTemplate(
        key=key, name=name, kind=AgreementKind(definition["kind"]), language=source.language,
        template_version=1, is_builtin=False, based_on_id=source.id, definition=definition,
    )
    session.add(template)
    session.flush()
    return template


def save_template(session: Session, template_id: uuid.UUID, definition: dict[str, Any]) -> AgreementTemplate:
    """Store an edited definition; returns the row that now holds it.

    A template no agreement uses is changed in place. A used one is left as it is and the
    edit becomes the family's next version, so agreements keep the text they were made
    from. Built-in templates are never changed: copy them first.
    """
    template = _template(session, template_id)
    if template.is_builtin:
        raise TemplateError(
            f"«{template.name}» er en innebygd mal og kan ikke endres. Lag en kopi av malen og endre kopien."
        )
    definition = copy.deepcopy(definition)
    # The family and language belong to the row; the editor cannot move a definition elsewhere.
    definition.update(key=template.key, language=template.language, template_version=template.template_version)
    validate_definition(definition, source=str(definition.get("name") or template.name))
    if definition == template.definition:
        return template
    if not _used(session, template.id):
        template.definition = definition
        template.name = definition["name"]
        template.kind = AgreementKind(definition["kind"])
        session.flush()
        return template
    newest = session.scalar(
        select(func.max(AgreementTemplate.template_version)).where(
            AgreementTemplate.key == template.key, AgreementTemplate.language == template.language
        )
    )
    definition["template_version"] = (newest or template.template_version) + 1
    successor = AgreementTemplate(
        key=template.key, name=definition["name"], kind=AgreementKind(definition["kind"]),
        language=template.language, template_version=definition["template_version"], is_builtin=False,
        based_on_id=template.id, definition=definition,
    )
    session.add(successor)
    session.flush()
    return successor


# --- editing a definition (pure: each returns a new dict) ----------------------------------------

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


def _slug(title: str, fallback: str) -> str:
    """A key from a title: lower case ASCII, æøå folded to ae/o/a, words joined by underscores."""
    text = unicodedata.normalize("NFKD", title.translate(_FOLD).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return slug or fallback


def _unique_key(base: str, taken: set[str]) -> str:
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


def _title(title: str, what: str) -> str:
    title = title.strip()
    if not title:
        raise TemplateError(f"{what} må ha en overskrift. Skriv inn en overskrift og prøv igjen.")
    return title


def _section_index(defn: dict[str, Any], key: str) -> int:
    for index, section in enumerate(defn["sections"]):
        if section["key"] == key:
            return index
    raise TemplateError(f"Avsnittet «{key}» finnes ikke i malen. Last malen på nytt og prøv igjen.")


def _category_index(defn: dict[str, Any], key: str) -> int:
    for index, category in enumerate(defn["goal_categories"]):
        if category["key"] == key:
            return index
    raise TemplateError(f"Målkategorien «{key}» finnes ikke i malen. Last malen på nytt og prøv igjen.")


def add_section(defn: dict[str, Any], after_key: str | None, title: str) -> dict[str, Any]:
    """A new text section after ``after_key`` (at the end when None), its key made from the title."""
    new = copy.deepcopy(defn)
    title = _title(title, "Et nytt avsnitt")
    key = _unique_key(_slug(title, "avsnitt"), {s["key"] for s in new["sections"]})
    position = len(new["sections"]) if after_key is None else _section_index(new, after_key) + 1
    new["sections"].insert(position, {"key": key, "title": title, "text": "", "fields": []})
    return new


def remove_section(defn: dict[str, Any], key: str) -> dict[str, Any]:
    new = copy.deepcopy(defn)
    index = _section_index(new, key)
    if len(new["sections"]) == 1:
        raise TemplateError("Malen må ha minst ett avsnitt, så det siste avsnittet kan ikke fjernes.")
    del new["sections"][index]
    return new


def move_section(defn: dict[str, Any], key: str, delta: int) -> dict[str, Any]:
    """Move a section ``delta`` places (negative: up); it stops at the first or last place."""
    new = copy.deepcopy(defn)
    index = _section_index(new, key)
    section = new["sections"].pop(index)
    target = max(0, min(len(new["sections"]), index + delta))
    new["sections"].insert(target, section)
    return new


def set_section_text(defn: dict[str, Any], key: str, title: str, text: str) -> dict[str, Any]:
    new = copy.deepcopy(defn)
    section = new["sections"][_section_index(new, key)]
    section["title"] = _title(title, "Avsnittet")
    section["text"] = text.strip()
    return new


def add_field(defn: dict[str, Any], section_key: str, label: str, type: str) -> dict[str, Any]:
    """A field at the end of a section; its key (made from the label) is unique in the whole template."""
    if type not in FIELD_TYPES:
        raise TemplateError(f"Felttypen «{type}» finnes ikke. Velg en av: {', '.join(sorted(FIELD_TYPES))}.")
    label = label.strip()
    if not label:
        raise TemplateError("Et nytt felt må ha en ledetekst. Skriv inn en ledetekst og prøv igjen.")
    new = copy.deepcopy(defn)
    section = new["sections"][_section_index(new, section_key)]
    # Values are stored flat by field key, and "tables" holds the table cells.
    taken = {f["key"] for s in new["sections"] for f in s.get("fields", [])} | {"tables"}
    section.setdefault("fields", []).append({"key": _unique_key(_slug(label, "felt"), taken), "label": label,
                                             "type": type})
    return new


def remove_field(defn: dict[str, Any], section_key: str, field_key: str) -> dict[str, Any]:
    new = copy.deepcopy(defn)
    section = new["sections"][_section_index(new, section_key)]
    fields = section.get("fields", [])
    kept = [f for f in fields if f["key"] != field_key]
    if len(kept) == len(fields):
        raise TemplateError(f"Feltet «{field_key}» finnes ikke i avsnittet «{section['title']}».")
    section["fields"] = kept
    return new


def add_goal_category(defn: dict[str, Any], title: str, hint: str = "") -> dict[str, Any]:
    new = copy.deepcopy(defn)
    title = _title(title, "En ny målkategori")
    key = _unique_key(_slug(title, "kategori"), {c["key"] for c in new["goal_categories"]})
    new["goal_categories"].append({"key": key, "title": title, "hint": hint.strip()})
    return new


def remove_goal_category(defn: dict[str, Any], key: str) -> dict[str, Any]:
    """Remove a category, also from goal tables that show only some categories."""
    new = copy.deepcopy(defn)
    del new["goal_categories"][_category_index(new, key)]
    for section in new["sections"]:
        if "categories" in section:
            section["categories"] = [k for k in section["categories"] if k != key]
            if not section["categories"]:
                del section["categories"]  # none left to pick: the table shows every category
    return new


def rename_goal_category(defn: dict[str, Any], key: str, title: str) -> dict[str, Any]:
    """A new title; the key stays, since goals refer to their category by key."""
    new = copy.deepcopy(defn)
    new["goal_categories"][_category_index(new, key)]["title"] = _title(title, "Målkategorien")
    return new


def set_goal_columns(defn: dict[str, Any], columns: list[tuple[str, str]]) -> dict[str, Any]:
    """The goal table's columns as (key, title) pairs, in order; keys from ``GOAL_COLUMN_KEYS``."""
    seen: set[str] = set()
    for key, title in columns:
        if key not in GOAL_COLUMN_KEYS:
            raise TemplateError(f"Kolonnen «{key}» finnes ikke. Velg blant: {', '.join(GOAL_COLUMN_KEYS)}.")
        if key in seen:
            raise TemplateError(f"Kolonnen «{key}» er valgt to ganger. Hver kolonne kan bare brukes én gang.")
        seen.add(key)
        _title(title, f"Kolonnen «{key}»")
    if "text" not in seen:
        raise TemplateError("Måltabellen må ha kolonnen for selve målet («text»).")
    new = copy.deepcopy(defn)
    new["goal_columns"] = [{"key": key, "title": title.strip()} for key, title in columns]
    return new
