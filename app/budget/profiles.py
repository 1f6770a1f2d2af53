"""Import profiles: a named column mapping («Visma månedsrapport») used again next time.

Stored in the ``setting`` table under the key ``budget.profiles`` as a JSON object
``{name: {"mapping": {header: field}, "code_widths": {...}, "sheet": ..., "saved_at": ...}}``,
so every user of the database file shares them. A profile whose headers all appear in a
file's header row is picked automatically for that file (:func:`find_profile`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.budget.importer import BUDGET_FIELDS, CODE_FIELDS
from app.errors import AppError
from app.io.columns import normalise_header
from db.models import Setting

PROFILES_KEY = "budget.profiles"
MAX_NAME = 100


@dataclass(frozen=True)
class Profile:
    name: str
    mapping: dict[str, str]  # header -> field
    code_widths: dict[str, int] = field(default_factory=dict)
    sheet: str | None = None
    saved_at: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "mapping": dict(self.mapping), "code_widths": dict(self.code_widths),
                "sheet": self.sheet, "saved_at": self.saved_at}


def _setting(session: Session) -> Setting | None:
    return session.scalar(select(Setting).where(Setting.key == PROFILES_KEY))


def _stored(session: Session) -> dict[str, dict[str, object]]:
    setting = _setting(session)
    value = setting.value if setting is not None else None
    return dict(value) if isinstance(value, dict) else {}


def _profile(name: str, data: object) -> Profile | None:
    if not isinstance(data, dict) or not isinstance(data.get("mapping"), dict):
        return None  # a damaged entry (edited by hand) is passed over, not fatal
    widths = data.get("code_widths") or {}
    return Profile(
        name=name,
        mapping={str(k): str(v) for k, v in data["mapping"].items()},
        code_widths={str(k): int(v) for k, v in widths.items() if str(v).isdigit()} if isinstance(widths, dict)
        else {},
        sheet=data.get("sheet") if isinstance(data.get("sheet"), str) else None,
        saved_at=str(data.get("saved_at") or ""),
    )


def save_profile(session: Session, name: str, mapping: dict[str, str], *, code_widths: dict[str, int] | None = None,
                 sheet: str | None = None) -> dict[str, object]:
    """Save (or overwrite) the profile ``name``; returns it as a dict."""
    clean = " ".join(str(name).split())
    if not clean:
        raise AppError("Profilen trenger et navn, for eksempel «Visma månedsrapport».")
    if len(clean) > MAX_NAME:
        raise AppError(f"Profilnavnet er for langt ({len(clean)} tegn); høyst {MAX_NAME} tegn.")
    if not mapping:
        raise AppError("Profilen har ingen kolonner. Velg feltet for minst én kolonne før du lagrer den.")
    checked: dict[str, str] = {}
    for header, field_name in mapping.items():
        wanted = str(field_name).strip().lower()
        if wanted not in BUDGET_FIELDS:
            raise AppError(f"«{field_name}» (kolonnen «{header}») er ikke et felt. Velg et av: "
                           f"{', '.join(BUDGET_FIELDS)}.")
        if not str(header).strip():
            raise AppError("En kolonne i profilen mangler overskrift; profiler kjenner kolonnene på overskriften.")
        checked[str(header).strip()] = wanted
    widths: dict[str, int] = {}
    for key, width in (code_widths or {}).items():
        if key not in CODE_FIELDS or not 1 <= int(width) <= 32:
            raise AppError(f"Kodebredden {key}={width} kan ikke brukes; oppgi 1–32 siffer for ansvar, art, "
                           "funksjon eller prosjekt.")
        widths[key] = int(width)
    profile = Profile(clean, checked, widths, sheet, datetime.now(UTC).isoformat(timespec="seconds"))
    stored = _stored(session)
    # A name differing only in case replaces the old one rather than sitting beside it.
    for existing in [k for k in stored if k.casefold() == clean.casefold()]:
        del stored[existing]
    entry = profile.as_dict()
    del entry["name"]
    stored[clean] = entry
    setting = _setting(session)
    if setting is None:
        session.add(Setting(id=uuid.uuid4(), key=PROFILES_KEY, value=stored))
    else:
        setting.value = stored  # a new dict, so SQLAlchemy sees the change
    session.flush()
    return profile.as_dict()


def list_profiles(session: Session) -> list[Profile]:
    profiles = [_profile(name, data) for name, data in _stored(session).items()]
    return sorted((p for p in profiles if p is not None), key=lambda p: p.name.casefold())


def get_profile(session: Session, name: str) -> Profile:
    wanted = " ".join(str(name).split()).casefold()
    for profile in list_profiles(session):
        if profile.name.casefold() == wanted:
            return profile
    names = ", ".join(f"«{p.name}»" for p in list_profiles(session)) or "ingen"
    raise AppError(f"Fant ingen importprofil som heter «{name}». Profilene er: {names}.")


def find_profile(session: Session, headers: Sequence[object]) -> Profile | None:
    """The profile whose headers all appear in ``headers`` (compared loosely, «Beløp» = «beloep»);
    of several, the one naming the most columns, then the most recently saved."""
    present = {normalise_header(h) for h in headers if h is not None and str(h).strip()}
    matches = [p for p in list_profiles(session)
               if p.mapping and all(normalise_header(h) in present for h in p.mapping)]
    if not matches:
        return None
    return max(matches, key=lambda p: (len(p.mapping), p.saved_at))


def delete_profile(session: Session, name: str) -> None:
    profile = get_profile(session, name)
    stored = _stored(session)
    stored.pop(profile.name, None)
    setting = _setting(session)
    if setting is not None:
        setting.value = stored
    session.flush()
