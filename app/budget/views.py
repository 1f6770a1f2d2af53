"""Read-only views of budget, accounts and forecast sets: pivots, drill-down, budget vs actual.

Amounts are integer øre, signed as in the ledger (costs positive, revenues negative).
Grouping happens in SQL on the set's lines (``GROUP BY ansvar`` uses the index), so even a
set of 200,000 lines leaves only the few hundred distinct codes for Python to name and map
to units. Lines with period 0 are whole-year amounts: a month's share is spread evenly
(and exactly: the twelve shares add up to the amount).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from sqlalchemy import Select, UnaryExpression, and_, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.budget.mapping import UNMAPPED_NAME, AnsvarMap, UnmappedRow
from app.codes import CodeBook, default_code_book
from app.errors import AppError
from app.org.queries import current_version, subtree_ids
from db.models import BudgetKind, BudgetLine, BudgetSet, Unit
from db.rows import get_or_gone

By = Literal["unit", "ansvar", "funksjon", "art", "prosjekt"]
BY_VALUES: tuple[str, ...] = ("unit", "ansvar", "funksjon", "art", "prosjekt")
BY_WORDS = {"unit": "enhet", "ansvar": "ansvar", "funksjon": "funksjon", "art": "art", "prosjekt": "prosjekt"}
UNKNOWN_CODE = "Ukjent KOSTRA-kode"
EMPTY_CODE = {"funksjon": "Uten funksjon", "prosjekt": "Uten prosjekt", "art": "Uten art", "ansvar": "Uten ansvar"}
_COLUMNS = {"unit": BudgetLine.ansvar, "ansvar": BudgetLine.ansvar, "funksjon": BudgetLine.funksjon,
            "art": BudgetLine.art, "prosjekt": BudgetLine.prosjekt}


@dataclass(frozen=True, slots=True)
class PivotRow:
    code: str  # the unit's code for by="unit" (or the ansvar code when unmapped), else the line code
    name: str
    amount_ore: int
    lines: int
    unknown: bool = False  # funksjon/art: no KOSTRA code by that prefix valid in the set's year
    note: str = ""  # why a code is flagged, for a tooltip
    unmapped: bool = False  # by="unit": an ansvar code of no unit
    unit_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class PivotResult:
    rows: list[PivotRow]
    total_ore: int
    by: str = "unit"
    year: int = 0
    set_name: str = ""


@dataclass(frozen=True, slots=True)
class LineRow:
    ansvar: str
    art: str
    funksjon: str
    prosjekt: str
    period: int
    amount_ore: int
    text: str


@dataclass(frozen=True, slots=True)
class DeviationRow:
    code: str
    name: str
    budget_month: int
    actual_month: int
    budget_ytd: int
    actual_ytd: int
    deviation_ytd_ore: int  # actual - budget: positive is overspending (or revenue short of budget)
    deviation_pct: float | None  # of the budget's absolute value; None when the budget is zero
    forecast: int | None  # the forecast set's full year, None without a forecast set
    over_threshold: bool
    budget_year: int = 0  # the whole year's budget
    unmapped: bool = False
    unit_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class MonthRow:
    month: int
    budget: int
    actual: int | None  # None for months the accounts set does not cover yet


@dataclass(frozen=True, slots=True)
class UnitFigures:
    """One unit's figures for a month of a year: for the follow-up meeting and the unit's page."""

    unit_name: str
    year: int
    month: int
    budget_set: str
    actual_set: str | None
    forecast_set: str | None
    actual_through: int  # the last month the accounts set covers (0: no accounts)
    budget_month: int
    actual_month: int | None
    deviation_month: int | None
    deviation_month_pct: float | None
    budget_ytd: int
    actual_ytd: int | None
    deviation_ytd: int | None
    deviation_ytd_pct: float | None
    budget_year: int
    forecast_year: int | None
    ansvar: list[str] = field(default_factory=list)


# --- small helpers ---------------------------------------------------------------------------


def share(total: int, first: int, last: int) -> int:
    """The part of a whole-year amount that falls in months ``first``..``last``, spread evenly.

    Cumulative floors make the twelve monthly shares add up to ``total`` exactly.
    """
    if last < first:
        return 0
    return total * last // 12 - total * (first - 1) // 12


def deviation_pct(budget: int, actual: int) -> float | None:
    """(actual - budget) in per cent of the budget's size; None for a zero budget."""
    if budget == 0:
        return None
    return round((actual - budget) * 100 / abs(budget), 1)


def _natural(code: str) -> tuple:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.findall(r"\d+|\D+", code))


def check_by(by: str) -> By:
    if by not in BY_VALUES:
        raise AppError(f"«{by}» er ikke en gyldig gruppering. Velg en av: {', '.join(BY_VALUES)}.")
    return cast(By, by)  # one of BY_VALUES, the values of By


def get_set(session: Session, set_id: uuid.UUID) -> BudgetSet:
    return get_or_gone(session, BudgetSet, set_id, AppError(
        "Budsjett- eller regnskapssettet finnes ikke lenger. Oppdater listen og prøv igjen."
    ))


def code_name(book: CodeBook, by: str, code: str, year: int) -> tuple[str, bool, str]:
    """(name, unknown, note) of a funksjon or art code from the KOSTRA list valid in ``year``."""
    from db.models.enums import CodeList

    if not code:
        return EMPTY_CODE.get(by, ""), False, ""
    code_list = CodeList.FUNKSJON if by == "funksjon" else CodeList.ART
    entry = book.entry(code_list, code, year)
    if entry is not None:
        return entry.name, False, ""
    latest = book.latest(code_list, code)
    first = book.first_year(code_list)
    if (latest is not None and first is not None and year < first
            and book.history(code_list, code)[0].valid_from == first):
        # A year before the list the program has: the code was there when the list begins, and
        # whether it was valid in ``year`` is not known here. Its name, and no warning.
        return latest.name, False, f"Navnet er fra KOSTRA-listen for {first}; programmet har ikke listen for {year}."
    if latest is not None:
        until = f"til {latest.valid_to}" if latest.valid_to is not None else f"fra {latest.valid_from}"
        return latest.name, True, f"KOSTRA-koden {latest.code} er bare gyldig {until}, ikke i {year}."
    return UNKNOWN_CODE, True, f"Koden {code} finnes ikke i KOSTRA-listen for {by}."


def file_names(session: Session, field: str) -> dict[str, str]:
    """code → the name imported files gave it in a column mapped to «Navn på ansvar» (``field``
    «ansvar»), «art», «funksjon» or «prosjekt»; the importer keeps them, the newest file's last."""
    from app.budget.importer import NAMES_SETTING
    from db.models import Setting

    stored = session.scalar(select(Setting.value).where(Setting.key == NAMES_SETTING))
    names = stored.get(field) if isinstance(stored, dict) else None
    return {str(code): str(name) for code, name in names.items()} if isinstance(names, dict) else {}


def unmapped_named(session: Session, set_id: uuid.UUID) -> list[UnmappedRow]:
    """The set's ansvar codes of no unit (``mapping.unmapped_codes``), named as the file named them."""
    from dataclasses import replace

    from app.budget.mapping import unmapped_codes

    named = file_names(session, "ansvar")
    return [replace(r, name=named.get(r.ansvar) or r.name) for r in unmapped_codes(session, set_id)]


# --- pivot -----------------------------------------------------------------------------------


def _grouped(session: Session, set_id: uuid.UUID, by: str, periods: tuple[int, int] | None,
             with_text: bool) -> list[tuple[str, int, int, str]]:
    """(code, lines, amount, text) per distinct code of the grouping column, summed in SQL."""
    column = _COLUMNS[by]
    text = func.max(BudgetLine.text) if with_text else func.min("")
    stmt: Select[*tuple[Any, ...]]  # four columns, or five with the whole-year lines' sum
    if periods is None:
        stmt = select(column, func.count(), func.coalesce(func.sum(BudgetLine.amount_ore), 0), text)
    else:
        first, last = periods
        if not 1 <= first <= last <= 12:
            raise AppError(f"Periodene {first}–{last} er ikke gyldige. Velg måneder fra 1 til 12, første før siste.")
        in_range = BudgetLine.period.between(first, last)
        year_line = BudgetLine.period == 0
        stmt = select(
            column,
            func.count(case((in_range | year_line, 1))),
            func.coalesce(func.sum(case((in_range, BudgetLine.amount_ore), else_=0)), 0),
            text,
            func.coalesce(func.sum(case((year_line, BudgetLine.amount_ore), else_=0)), 0),
        )
    stmt = stmt.where(BudgetLine.budget_set_id == set_id).group_by(column)
    result = []
    for row in session.execute(stmt):
        amount = int(row[2])
        if periods is not None:
            amount += share(int(row[4]), *periods)
        result.append((row[0], int(row[1]), amount, row[3] or ""))
    return result


def pivot(session: Session, set_id: uuid.UUID, by: By = "unit", *,
          periods: tuple[int, int] | None = None, amap: AnsvarMap | None = None,
          book: CodeBook | None = None) -> PivotResult:
    """The set's lines summed per unit, ansvar, funksjon, art or prosjekt, with names.

    ``periods`` (first, last month) limits the lines; whole-year lines count with their share.
    Units are those of the current organisation; ansvar codes of no unit are rows of their own
    named «Ikke knyttet til enhet». Funksjon and art codes are named from KOSTRA by their
    first three digits; codes KOSTRA does not know (in the set's year) are flagged, not dropped.
    """
    check_by(by)
    budget_set = get_set(session, set_id)
    grouped = _grouped(session, set_id, by, periods, with_text=by in ("ansvar", "prosjekt"))
    rows: list[PivotRow] = []
    if by == "unit":
        amap = amap if amap is not None else AnsvarMap.for_current(session)
        per_unit: dict[uuid.UUID, list[int]] = {}
        for code, lines, amount, _text in grouped:
            unit = amap.unit_for(code)
            if unit is None:
                rows.append(PivotRow(code, UNMAPPED_NAME, amount, lines, unmapped=True,
                                     note=f"Ansvar {code} hører ikke til noen enhet i gjeldende organisasjon."))
            else:
                acc = per_unit.setdefault(unit.id, [0, 0])
                acc[0] += amount
                acc[1] += lines
        for unit_id, (amount, lines) in per_unit.items():
            unit = amap.units[unit_id]
            rows.append(PivotRow(unit.code, unit.name, amount, lines, unit_id=unit.id))
    elif by in ("funksjon", "art"):
        book = book if book is not None else default_code_book()
        for code, lines, amount, _text in grouped:
            name, unknown, note = code_name(book, by, code, budget_set.year)
            rows.append(PivotRow(code, name, amount, lines, unknown=unknown, note=note))
    else:  # ansvar, prosjekt: the name the file gave the code, else the lines' text
        named = file_names(session, by)
        for code, lines, amount, text in grouped:
            rows.append(PivotRow(code, named.get(code) or text or (EMPTY_CODE[by] if not code else ""),
                                 amount, lines))
    rows.sort(key=lambda r: (r.unmapped, _natural(r.code)))
    return PivotResult(rows, sum(r.amount_ore for r in rows), by, budget_set.year, budget_set.name)


# --- drill-down ------------------------------------------------------------------------------


def _ansvar_of(session: Session, set_id: uuid.UUID, code: str, amap: AnsvarMap) -> list[str]:
    """The set's ansvar codes behind a unit-pivot row (a unit's code, or an unmapped ansvar)."""
    codes = list(session.scalars(select(BudgetLine.ansvar).where(BudgetLine.budget_set_id == set_id).distinct()))
    unit = next((u for u in amap.units.values() if u.code == code), None)
    if unit is not None:
        return amap.codes_of(unit.id, codes)
    return [c for c in codes if c == code and amap.unit_for(c) is None]


def drill_down(session: Session, set_id: uuid.UUID, by: By, code: str, *, limit: int = 1000,
               periods: tuple[int, int] | None = None) -> list[LineRow]:
    """The lines behind one pivot row, at most ``limit``, in ansvar/art/funksjon/period order."""
    check_by(by)
    get_set(session, set_id)
    stmt = select(BudgetLine.ansvar, BudgetLine.art, BudgetLine.funksjon, BudgetLine.prosjekt, BudgetLine.period,
                  BudgetLine.amount_ore, BudgetLine.text).where(BudgetLine.budget_set_id == set_id)
    if by == "unit":
        stmt = stmt.where(BudgetLine.ansvar.in_(_ansvar_of(session, set_id, code, AnsvarMap.for_current(session))))
    else:
        stmt = stmt.where(_COLUMNS[by] == code)
    if periods is not None:
        stmt = stmt.where((BudgetLine.period == 0) | BudgetLine.period.between(*periods))
    stmt = stmt.order_by(BudgetLine.ansvar, BudgetLine.art, BudgetLine.funksjon, BudgetLine.prosjekt,
                         BudgetLine.period).limit(limit)
    return [LineRow(*row) for row in session.execute(stmt)]


# --- budget vs actual ------------------------------------------------------------------------


def _monthly(session: Session, set_id: uuid.UUID, column: InstrumentedAttribute[str],
             codes: Iterable[str] | None = None) -> dict[str, list[int]]:
    """code → 13 sums: index 0 the whole-year lines, 1..12 the months."""
    stmt = (select(column, BudgetLine.period, func.sum(BudgetLine.amount_ore))
            .where(BudgetLine.budget_set_id == set_id).group_by(column, BudgetLine.period))
    if codes is not None:
        stmt = stmt.where(BudgetLine.ansvar.in_(list(codes)))
    result: dict[str, list[int]] = {}
    for code, period, amount in session.execute(stmt):
        result.setdefault(code, [0] * 13)[period] += int(amount)
    return result


def month_amount(sums: list[int], month: int) -> int:
    return sums[month] + share(sums[0], month, month)


def ytd_amount(sums: list[int], month: int) -> int:
    return sum(sums[1 : month + 1]) + share(sums[0], 1, month)


def _merge(target: dict, key: object, sums: list[int]) -> None:
    acc = target.setdefault(key, [0] * 13)
    for i, value in enumerate(sums):
        acc[i] += value


def _keyed(session: Session, set_id: uuid.UUID | None, by: str, amap: AnsvarMap | None
           ) -> dict[tuple[bool, str], list[int]]:
    """(unmapped, code) → 13 sums; for by="unit" the code is the unit's code."""
    if set_id is None:
        return {}
    get_set(session, set_id)
    raw = _monthly(session, set_id, _COLUMNS[by])
    if by != "unit":
        return {(False, code): sums for code, sums in raw.items()}
    assert amap is not None
    result: dict[tuple[bool, str], list[int]] = {}
    for code, sums in raw.items():
        unit = amap.unit_for(code)
        _merge(result, (True, code) if unit is None else (False, unit.code), sums)
    return result


def budget_vs_actual(session: Session, *, budget_set_id: uuid.UUID, actual_set_id: uuid.UUID,
                     forecast_set_id: uuid.UUID | None = None, year_to_month: int, by: By = "unit",
                     threshold_pct: float = 5.0) -> list[DeviationRow]:
    """Budget against accounts per unit (or code) for a month and the year to that month.

    Deviation is actual minus budget in the ledger's signs, so a positive deviation costs
    money both when costs run over and when revenues fall short; the per cent is of the
    budget's size. Rows beyond ``threshold_pct`` either way are marked, as are rows with
    money spent against a zero budget.
    """
    check_by(by)
    if not 1 <= year_to_month <= 12:
        raise AppError(f"Måned {year_to_month} finnes ikke. Velg en måned fra 1 til 12.")
    amap = AnsvarMap.for_current(session) if by == "unit" else None
    budget = _keyed(session, budget_set_id, by, amap)
    actual = _keyed(session, actual_set_id, by, amap)
    forecast = _keyed(session, forecast_set_id, by, amap)
    year = get_set(session, budget_set_id).year
    names = _names(by, budget.keys() | actual.keys() | forecast.keys(), amap, year,
                   session=session, set_ids=[budget_set_id, actual_set_id])
    zero = [0] * 13
    rows: list[DeviationRow] = []
    for key in sorted(budget.keys() | actual.keys() | forecast.keys(), key=lambda k: (k[0], _natural(k[1]))):
        b, a = budget.get(key, zero), actual.get(key, zero)
        b_ytd, a_ytd = ytd_amount(b, year_to_month), ytd_amount(a, year_to_month)
        pct = deviation_pct(b_ytd, a_ytd)
        over = (abs(pct) > threshold_pct) if pct is not None else a_ytd != 0
        name, unit_id = names.get(key, ("", None))
        rows.append(DeviationRow(
            key[1], name, month_amount(b, year_to_month), month_amount(a, year_to_month), b_ytd, a_ytd,
            a_ytd - b_ytd, pct, sum(forecast[key]) if key in forecast else (0 if forecast_set_id else None), over,
            sum(b), key[0], unit_id,
        ))
    return rows


def _names(by: str, keys: Iterable[tuple[bool, str]], amap: AnsvarMap | None, year: int, *,
           session: Session, set_ids: list[uuid.UUID]) -> dict[tuple[bool, str], tuple[str, uuid.UUID | None]]:
    keys = list(keys)
    if by == "unit":
        assert amap is not None
        by_code = {u.code: u for u in amap.units.values()}
        return {k: (UNMAPPED_NAME, None) if k[0] else (by_code[k[1]].name, by_code[k[1]].id) for k in keys}
    if by in ("funksjon", "art"):
        book = default_code_book()
        return {k: (code_name(book, by, k[1], year)[0], None) for k in keys}
    column = _COLUMNS[by]
    texts: dict[str, str] = {}
    for set_id in set_ids:
        for code, text in session.execute(select(column, func.max(BudgetLine.text))
                                          .where(BudgetLine.budget_set_id == set_id).group_by(column)):
            if text and code not in texts:
                texts[code] = text
    return {k: (texts.get(k[1]) or (EMPTY_CODE[by] if not k[1] else ""), None) for k in keys}


def _sums_for(session: Session, set_id: uuid.UUID | None, codes: list[str]) -> list[int] | None:
    if set_id is None:
        return None
    total = [0] * 13
    for sums in _monthly(session, set_id, BudgetLine.ansvar, codes).values():
        for i, value in enumerate(sums):
            total[i] += value
    return total


def monthly_series(session: Session, *, budget_set_id: uuid.UUID, actual_set_id: uuid.UUID | None,
                   unit_id: uuid.UUID, include_subunits: bool = False) -> list[MonthRow]:
    """Budget and actual per month of one unit (for its bar chart); ``include_subunits`` adds
    the units below it. Months after the accounts set's last month have no actual."""
    unit = get_or_gone(session, Unit, unit_id, AppError(
        "Enheten finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))
    set_ids = [s for s in (budget_set_id, actual_set_id) if s is not None]
    unit_ids = subtree_ids(session, unit_id) if include_subunits else [unit_id]
    amap = AnsvarMap.for_version(session, unit.org_version_id)
    all_codes = set(session.scalars(select(BudgetLine.ansvar).where(BudgetLine.budget_set_id.in_(set_ids))
                                    .distinct()))
    codes = [c for uid in unit_ids for c in amap.codes_of(uid, all_codes)]
    budget = _sums_for(session, budget_set_id, codes) or [0] * 13
    actual = _sums_for(session, actual_set_id, codes)
    covered = get_set(session, actual_set_id).period_to if actual_set_id is not None else 0
    return [MonthRow(m, month_amount(budget, m),
                     month_amount(actual, m) if actual is not None and m <= covered else None)
            for m in range(1, 13)]


def latest_set(session: Session, kind: BudgetKind, year: int) -> BudgetSet | None:
    """The newest set of a kind for a year: the accounts reaching furthest, then the latest import."""
    order: list[UnaryExpression[Any]] = [BudgetSet.period_to.desc()] if kind == BudgetKind.REGNSKAP else []
    order += [BudgetSet.imported_at.desc().nulls_last(), BudgetSet.created_at.desc()]
    return session.scalars(select(BudgetSet).where(and_(BudgetSet.kind == kind, BudgetSet.year == year))
                           .order_by(*order).limit(1)).first()


def unit_figures(session: Session, unit_lineage_id: uuid.UUID, year: int, month: int) -> UnitFigures | None:
    """A unit's budget, accounts, deviation and forecast for ``month`` and the year to it.

    The unit is found in the current organisation by its lineage (so the figures follow it
    through a reorganisation); the sets are the year's newest budget, accounts and forecast.
    None when the unit is not in the current organisation or the year has no budget.
    """
    return units_figures(session, [unit_lineage_id], year, month)[unit_lineage_id]


def units_figures(session: Session, unit_lineage_ids: Iterable[uuid.UUID], year: int, month: int
                  ) -> dict[uuid.UUID, UnitFigures | None]:
    """:func:`unit_figures` for many units at once (a report's 300 rows): the sets, the ansvar map
    and each set's sums per ansvar and month are read once for all of them, not once per unit."""
    if not 1 <= month <= 12:
        raise AppError(f"Måned {month} finnes ikke. Velg en måned fra 1 til 12.")
    wanted = list(dict.fromkeys(unit_lineage_ids))
    result: dict[uuid.UUID, UnitFigures | None] = dict.fromkeys(wanted)
    version = current_version(session)
    if version is None or not wanted:
        return result
    budget_set = latest_set(session, BudgetKind.BUDSJETT, year)
    if budget_set is None:
        return result
    units: dict[uuid.UUID, Unit] = {}
    for unit in session.scalars(select(Unit).where(Unit.org_version_id == version.id,
                                                   Unit.lineage_id.in_(wanted))):
        units.setdefault(unit.lineage_id, unit)
    if not units:
        return result
    actual_set = latest_set(session, BudgetKind.REGNSKAP, year)
    forecast_set = latest_set(session, BudgetKind.PROGNOSE, year)
    set_ids = [s.id for s in (budget_set, actual_set, forecast_set) if s is not None]
    amap = AnsvarMap.for_version(session, version.id)
    all_codes = session.scalars(select(BudgetLine.ansvar).where(BudgetLine.budget_set_id.in_(set_ids)).distinct())
    codes_by_unit: dict[uuid.UUID, list[str]] = {}
    for code in all_codes:
        owner = amap.unit_for(code)
        if owner is not None:
            codes_by_unit.setdefault(owner.id, []).append(code)
    # A few units (a meeting note): only their codes' lines; many (a report): the whole set, grouped.
    mine = [c for unit in units.values() for c in codes_by_unit.get(unit.id, [])]
    only = mine if len(mine) <= 500 else None
    budget_sums = _monthly(session, budget_set.id, BudgetLine.ansvar, only)
    actual_sums = _monthly(session, actual_set.id, BudgetLine.ansvar, only) if actual_set is not None else None
    forecast_sums = _monthly(session, forecast_set.id, BudgetLine.ansvar, only) if forecast_set is not None else None
    through = actual_set.period_to if actual_set is not None else 0

    def total(sums: dict[str, list[int]] | None, codes: list[str]) -> list[int] | None:
        if sums is None:
            return None
        out = [0] * 13
        for code in codes:
            for i, value in enumerate(sums.get(code, ())):
                out[i] += value
        return out

    for lineage, unit in units.items():
        codes = sorted(codes_by_unit.get(unit.id, []), key=_natural)
        budget = total(budget_sums, codes) or [0] * 13
        actual = total(actual_sums, codes)
        forecast = total(forecast_sums, codes)
        b_month, b_ytd = month_amount(budget, month), ytd_amount(budget, month)
        a_month = month_amount(actual, month) if actual is not None and month <= through else None
        a_ytd = ytd_amount(actual, min(month, through)) if actual is not None else None
        # Compare like with like: before the accounts reach the month, only the months they cover.
        b_ytd_cmp = ytd_amount(budget, through) if a_ytd is not None and through < month else b_ytd
        result[lineage] = UnitFigures(
            unit_name=unit.name, year=year, month=month, budget_set=budget_set.name,
            actual_set=actual_set.name if actual_set else None,
            forecast_set=forecast_set.name if forecast_set else None, actual_through=through,
            budget_month=b_month, actual_month=a_month,
            deviation_month=a_month - b_month if a_month is not None else None,
            deviation_month_pct=deviation_pct(b_month, a_month) if a_month is not None else None,
            budget_ytd=b_ytd, actual_ytd=a_ytd,
            deviation_ytd=a_ytd - b_ytd_cmp if a_ytd is not None else None,
            deviation_ytd_pct=deviation_pct(b_ytd_cmp, a_ytd) if a_ytd is not None else None,
            budget_year=sum(budget), forecast_year=sum(forecast) if forecast is not None else None, ansvar=codes,
        )
    return result
