"""Agreement templates shipped as JSON in ``resources/templates/``: loading, checking, installing.

A template file describes one template in one language: sections with fixed text and
fields to fill in, the goal categories and columns, the rating scale, the signature
blocks and the confidentiality marking. Field types are ``text``, ``multiline``,
``date``, ``person`` and ``unit``. A field may name in ``binds`` the agreement column
that fills it in (``leader``, ``superior``, ``unit``, ``period_start`` ...); the value kept
in ``Agreement.values`` is what the document shows (a name, an ISO date), so a printed
agreement stays the same when people later change jobs.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.resources import resource_path
from db.models import AgreementKind, AgreementTemplate

FIELD_TYPES = frozenset({"text", "multiline", "date", "person", "unit"})
LANGUAGES = frozenset({"nb", "nn", "en"})
REQUIRED_KEYS = (
    "key", "name", "kind", "language", "template_version", "sections",
    "goal_categories", "goal_columns", "scale", "signatures",
)

# Built-in templates get ids derived from (key, language, version), so the same template
# has the same id in every database: agreements from an office file and a seminar laptop
# then point at the same template row when the files are compared or merged.
_TEMPLATE_NAMESPACE = uuid.UUID("6f1c2a52-3f7e-4c1e-9d0b-5a7d2c8e4b10")


class TemplateError(AppError):
    pass


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
    problems = _problems(data)
    if problems:
        raise TemplateError(
            f"Malfilen «{name}» mangler noe eller har feil innhold: {'; '.join(problems)}. Rett filen og prøv igjen."
        )
    return data


def _problems(data: Any) -> list[str]:
    """Everything wrong with a template definition, in Norwegian; empty when it is usable."""
    if not isinstance(data, dict):
        return ["innholdet må være et JSON-objekt"]
    problems = [f"nøkkelen «{key}» mangler" for key in REQUIRED_KEYS if key not in data]
    if problems:
        return problems
    if not isinstance(data["key"], str) or not data["key"].strip():
        problems.append("«key» må være en tekst")
    if data["kind"] not in {k.value for k in AgreementKind}:
        problems.append(f"«kind» må være «leader» eller «result», ikke «{data['kind']}»")
    if data["language"] not in LANGUAGES:
        problems.append(f"«language» må være nb, nn eller en, ikke «{data['language']}»")
    if not isinstance(data["template_version"], int) or data["template_version"] < 1:
        problems.append("«template_version» må være et heltall fra 1 og oppover")
    field_keys: set[str] = set()
    sections = data["sections"]
    if not isinstance(sections, list) or not sections:
        problems.append("«sections» må være en liste med minst ett avsnitt")
        sections = []
    for number, section in enumerate(sections, start=1):
        if not isinstance(section, dict) or "key" not in section or "title" not in section:
            problems.append(f"avsnitt nr. {number} mangler «key» eller «title»")
            continue
        for field in section.get("fields", []):
            if not isinstance(field, dict) or not {"key", "label", "type"} <= field.keys():
                problems.append(f"et felt i avsnittet «{section['key']}» mangler «key», «label» eller «type»")
                continue
            if field["type"] not in FIELD_TYPES:
                problems.append(f"feltet «{field['key']}» har ukjent type «{field['type']}»")
            if field["key"] in field_keys:
                problems.append(f"feltet «{field['key']}» finnes to ganger")
            field_keys.add(field["key"])
    for list_key, item_keys in (
        ("goal_categories", {"key", "title"}),
        ("goal_columns", {"key", "title"}),
        ("scale", {"value", "label"}),
        ("signatures", {"role"}),
    ):
        items = data[list_key]
        if not isinstance(items, list) or not all(isinstance(i, dict) and item_keys <= i.keys() for i in items):
            keys = ", ".join(f"«{k}»" for k in sorted(item_keys))
            problems.append(f"hvert element i «{list_key}» må ha {keys}")
    return problems


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
