"""Which org unit a budget line belongs to, through the units' ansvar codes.

A unit owns ansvar codes in three shapes (``UnitAnsvar``): an exact code (``2100``), a range
``code``..``code_to`` (``2100``-``2199``) and a prefix written with a trailing star (``21*``).
An exact code wins over a range, a range over a prefix; among ranges the narrowest wins and
among prefixes the longest, so a unit can carve its own code out of a sector's range.

Codes meet by the leading-zero rule of :mod:`app.codes` (:func:`app.codes.same_code`): a unit's
``0100`` takes the lines of an accounts file's ``100`` (a number that lost its zero), and a unit's
``100`` takes the lines of ``0100``; ``0100`` and ``00100``, both written with zeros, stay two
codes. An exact match wins; when two units could take a code that only matches without its
zeros, neither does (the code shows under «Ikke knyttet til enhet»). One code belongs to one
unit: :func:`assign_codes` and the org window refuse a code that another unit of the same
version has by this rule (:func:`ansvar_owner`), and so does the org import.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.codes import code_key, same_code
from app.errors import AppError
from app.org.queries import current_version
from db.models import BudgetLine, Unit, UnitAnsvar
from db.rows import get_or_gone

UNMAPPED_NAME = "Ikke knyttet til enhet"
# One ansvar code, a range «2100-2199» or a prefix «21*»: digits and letters only.
_CODE = re.compile(r"([0-9A-Za-z]{1,32})(?:\s*-\s*([0-9A-Za-z]{1,32})|(\*))?")


@dataclass(frozen=True, slots=True)
class UnitRef:
    """The unit a line belongs to, as the views show it."""

    id: uuid.UUID
    lineage_id: uuid.UUID
    code: str
    name: str
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class _Range:
    low: str
    high: str
    unit: UnitRef

    def contains(self, code: str) -> bool:
        if self.low.isdigit() and self.high.isdigit() and code.isdigit():
            return int(self.low) <= int(code) <= int(self.high)
        # Text codes compare as text only at the same width: «21A» is not between «2100» and «2199».
        return len(code) == len(self.low) == len(self.high) and self.low <= code <= self.high

    @property
    def width(self) -> int:
        if self.low.isdigit() and self.high.isdigit():
            return int(self.high) - int(self.low)
        return 1 << 62  # text ranges: less specific than any numeric one


class AnsvarMap:
    """Ansvar code → unit, built once per query; lookups are cached per distinct code."""

    def __init__(self, entries: Iterable[tuple[UnitRef, str, str | None]]) -> None:
        self._exact: dict[str, UnitRef] = {}
        self._by_key: dict[str, list[tuple[str, UnitRef]]] = {}  # exact codes by code_key, for the zero rule
        self.units: dict[uuid.UUID, UnitRef] = {}  # every unit that owns a code
        self._ranges: list[_Range] = []
        self._prefixes: list[tuple[str, UnitRef]] = []
        for unit, code, code_to in entries:
            self.units[unit.id] = unit
            code = code.strip()
            if code.endswith("*"):
                self._prefixes.append((code.rstrip("*"), unit))
            elif code_to:
                self._ranges.append(_Range(code, code_to.strip(), unit))
            else:
                self._exact.setdefault(code, unit)
                self._by_key.setdefault(code_key(code), []).append((code, unit))
        self._ranges.sort(key=lambda r: r.width)
        self._prefixes.sort(key=lambda p: -len(p[0]))
        self._cache: dict[str, UnitRef | None] = {}

    @classmethod
    def for_version(cls, session: Session, version_id: uuid.UUID | None) -> AnsvarMap:
        if version_id is None:
            return cls([])
        rows = session.execute(
            select(Unit.id, Unit.lineage_id, Unit.code, Unit.name, Unit.sort_order, UnitAnsvar.code,
                   UnitAnsvar.code_to)
            .join(UnitAnsvar, UnitAnsvar.unit_id == Unit.id)
            .where(Unit.org_version_id == version_id)
        ).all()
        refs: dict[uuid.UUID, UnitRef] = {}
        entries = []
        for unit_id, lineage_id, code, name, sort_order, ansvar, ansvar_to in rows:
            ref = refs.setdefault(unit_id, UnitRef(unit_id, lineage_id, code, name, sort_order))
            entries.append((ref, ansvar, ansvar_to))
        return cls(entries)

    @classmethod
    def for_current(cls, session: Session) -> AnsvarMap:
        """The map of the current organisation (empty when there is none)."""
        version = current_version(session)
        return cls.for_version(session, version.id if version is not None else None)

    def unit_for(self, ansvar: str) -> UnitRef | None:
        try:
            return self._cache[ansvar]
        except KeyError:
            pass
        code = ansvar.strip()
        unit = self._exact.get(code)
        if unit is None and (candidates := self._by_key.get(code_key(code))):
            found = {u.id: u for c, u in candidates if same_code(code, c)}
            unit = next(iter(found.values())) if len(found) == 1 else None
        if unit is None:
            unit = next((r.unit for r in self._ranges if r.contains(code)), None)
        if unit is None:
            unit = next((u for prefix, u in self._prefixes if code.startswith(prefix)), None)
        self._cache[ansvar] = unit
        return unit

    def codes_of(self, unit_id: uuid.UUID, candidates: Iterable[str]) -> list[str]:
        """The codes among ``candidates`` that belong to the unit."""
        return [c for c in candidates if (u := self.unit_for(c)) is not None and u.id == unit_id]


@dataclass(frozen=True, slots=True)
class UnmappedRow:
    ansvar: str
    lines: int
    total_ore: int
    name: str  # from the lines' text when the export had one, else empty


def unmapped_codes(session: Session, set_id: uuid.UUID) -> list[UnmappedRow]:
    """The set's ansvar codes that belong to no unit of the current organisation."""
    amap = AnsvarMap.for_current(session)
    rows = session.execute(
        select(BudgetLine.ansvar, func.count(), func.coalesce(func.sum(BudgetLine.amount_ore), 0),
               func.max(BudgetLine.text))
        .where(BudgetLine.budget_set_id == set_id)
        .group_by(BudgetLine.ansvar)
        .order_by(BudgetLine.ansvar)
    ).all()
    return [UnmappedRow(code, n, int(total), text or "") for code, n, total, text in rows
            if amap.unit_for(code) is None]


def _parse(text: str, unit_name: str) -> tuple[str, str | None]:
    """``"2100"`` → (2100, None); ``"2100-2199"`` → (2100, 2199); ``"21*"`` → (21*, None)."""
    match = _CODE.fullmatch(text)
    if not match:
        raise AppError(f"Ansvarskoden «{text}» for «{unit_name}» kan bare inneholde sifre og bokstaver "
                       "(eller to koder med bindestrek for et intervall, som 2100-2199, eller en start med "
                       "stjerne, som 21*). Rett koden og prøv igjen.")
    code, code_to, star = match.groups()
    if star:
        return code + "*", None
    if code_to is not None and (len(code_to), code_to) < (len(code), code):
        raise AppError(f"Intervallet «{text}» for «{unit_name}» går baklengs. Skriv den laveste koden først.")
    return code, code_to


def _texts(codes: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for raw in codes:
        text = str(raw).strip()
        if text:
            seen.setdefault(text, None)
    return list(seen)


def ansvar_owner(session: Session, version_id: uuid.UUID, code: str,
                 except_unit_id: uuid.UUID | None = None) -> tuple[str, str] | None:
    """(the code as stored, the unit's name) of another unit in the version that has ``code``
    by the leading-zero rule (``0100`` has ``100``), or None when no other unit has it."""
    rows = session.execute(
        select(UnitAnsvar.code, Unit.name, Unit.id).join(Unit)
        .where(Unit.org_version_id == version_id, UnitAnsvar.code.in_(_spellings(code)))
    ).all()
    for other_code, name, other_id in sorted(rows, key=lambda r: r[0] != code):
        if other_id != except_unit_id and same_code(code, other_code):
            return other_code, name
    return None


def taken_message(code: str, other_code: str, other_name: str, unit_name: str) -> str:
    """Why ``code`` cannot go to ``unit_name``: ``other_name`` has it (as ``other_code``)."""
    same = "" if other_code == code else (f" (som «{other_code}»: en kode som har mistet innledende nuller, "
                                           "er samme kode)")
    return (f"Ansvarskoden «{code}» hører allerede til «{other_name}»{same}. Én kode kan høre til bare én enhet. "
            f"Fjern den der først, eller velg en annen enhet enn «{unit_name}».")


def _spellings(code: str) -> list[str]:
    """The stored codes that may be ``code`` by the zero rule: itself, without zeros, with up to 32."""
    if not (code.isascii() and code.isdigit()):
        return [code]
    bare = code_key(code)
    return [code, *(bare.zfill(width) for width in range(len(bare), 33))]


def assign_codes(session: Session, unit_id: uuid.UUID, codes: list[str]) -> list[str]:
    """Give a unit the ansvar codes (exact, «2100-2199» or «21*») in one step.

    Returns the codes actually added (those the unit did not have), for undo with
    :func:`unassign_codes`. A code that another unit of the same organisation version
    already has is refused, naming that unit: a line must belong to one unit only.
    """
    unit = get_or_gone(session, Unit, unit_id, AppError(
        "Enheten finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))
    parsed = [(text, *_parse(text, unit.name)) for text in _texts(codes)]
    mine = set(session.scalars(select(UnitAnsvar.code).where(UnitAnsvar.unit_id == unit_id)))
    added: list[str] = []
    for text, code, code_to in parsed:
        if code in mine:
            continue
        owner = ansvar_owner(session, unit.org_version_id, code, except_unit_id=unit_id)
        if owner is not None:
            raise AppError(taken_message(code, *owner, unit.name))
        session.add(UnitAnsvar(unit_id=unit_id, code=code, code_to=code_to))
        mine.add(code)
        added.append(text)
    session.flush()
    session.expire(unit, ["ansvar_codes"])
    return added


def unassign_codes(session: Session, unit_id: uuid.UUID, codes: list[str]) -> list[str]:
    """Take ansvar codes off a unit (the undo of :func:`assign_codes`); returns those removed."""
    unit = get_or_gone(session, Unit, unit_id, AppError(
        "Enheten finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))
    by_code = {_parse(text, unit.name)[0]: text for text in _texts(codes)}
    present = set(session.scalars(select(UnitAnsvar.code).where(UnitAnsvar.unit_id == unit_id,
                                                                 UnitAnsvar.code.in_(list(by_code)))))
    if present:
        session.execute(delete(UnitAnsvar).where(UnitAnsvar.unit_id == unit_id, UnitAnsvar.code.in_(present)))
        session.flush()
        session.expire(unit, ["ansvar_codes"])
    return [text for code, text in by_code.items() if code in present]
