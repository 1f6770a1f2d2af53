"""Measured values from a spreadsheet (sickness absence from the HR system, user-survey scores,
KS's 10-FAKTOR per unit), through the shared reading layer (:mod:`app.io`) and by the same rules
as the budget import: codes through :func:`app.codes.normalise_code`, units matched by code
(unit code or ansvar) or by name, all or nothing, every problem named with its row and column.

A sheet has one value per row. Columns (headers in any spelling, or chosen with ``mapping``
``{"Header": "field"}``): ``unit`` (enhet: name or code), ``indicator`` (unless given for the whole
file), ``period`` (``T2 2026``, ``2026-T2``, ``2026-08``, ``08.2026``, ``2026``; unless given),
``year`` (when the period column holds only ``T2`` or a month number), ``value``, ``comment``.

:func:`import_values` is one user action: it writes every value or, on any problem, none.
"""

from __future__ import annotations

import re
import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import ColumnElement, and_, bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.codes import CodeFormatError, normalise_code
from app.errors import AppError, Hint
from app.io import apply_mapping, column_label, find_header_row, normalise_header, read_table
from app.org.queries import current_version, raw_column, raw_key
from app.scorecard.model import check_period, current_user, municipality
from db.audit import note_changed
from db.models import Indicator, IndicatorValue, Unit, UnitAnsvar, UnitIndicator
from db.rows import table_of

FIELDS = ("unit", "indicator", "period", "year", "value", "comment")
LABELS = {"unit": "Enhet", "indicator": "Indikator", "period": "Periode", "year": "År", "value": "Verdi",
          "comment": "Kommentar"}
HEADERS: dict[str, str] = {normalise_header(h): f for f, hs in {
    "unit": ("enhet", "enhetsnavn", "virksomhet", "avdeling", "ansvar", "ansvarsnummer", "enhetskode", "unit"),
    "indicator": ("indikator", "måleindikator", "indicator"),
    "period": ("periode", "måned", "tertial", "period"),
    "year": ("år", "year", "årstall"),
    "value": ("verdi", "resultat", "måleverdi", "sykefravær", "sykefravær %", "fravær %", "skår", "score", "value"),
    "comment": ("kommentar", "merknad", "comment"),
}.items() for h in hs}
MAX_SHOWN = 25
FOUR = Decimal("0.0001")  # stored with four decimals
TOO_LARGE = Decimal("1e10")


class ValueImportError(AppError):
    """The import was refused; ``problems`` lists every problem, each naming row and column."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message, hint=Hint("map_column") if any("mangler kolonnen" in p for p in problems) else None)
        self.problems = problems


@dataclass
class ImportResult:
    file_name: str
    inserted: int
    updated: int
    indicators: list[str] = field(default_factory=list)
    units: int = 0

    @property
    def values(self) -> int:
        return self.inserted + self.updated


_T = re.compile(r"^(?:(\d{4})\s*[-/ ]?\s*)?T\s*([123])(?:\s*[-/ ]?\s*(\d{4}))?$", re.IGNORECASE)
_YM = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{4})$")


def parse_stored_period(text: object, frequency: str, year: int | None) -> tuple[int, int]:
    """A period cell as the stored ``(year, period)`` of an indicator of ``frequency``.

    A monthly indicator takes a month; a tertial one a tertial (or the last month of one); a yearly
    one a year. Raises ``ValueError`` with the reason in Norwegian.
    """
    if isinstance(text, datetime):
        y, m = text.year, text.month
        return _from_month(frequency, y, m)
    raw = str(text).strip() if text is not None else ""
    if isinstance(text, int | float) and not isinstance(text, bool):
        raw = str(int(text))
    if not raw:
        raise ValueError("perioden mangler")
    if match := _T.match(raw):
        tertial_year = int(match.group(1) or match.group(3) or 0) or year
        if tertial_year is None:
            raise ValueError(f"perioden «{raw}» mangler året; skriv for eksempel «T2 2026»")
        t = int(match.group(2))
        if frequency == "tertial":
            return tertial_year, t
        if frequency == "year":
            raise ValueError(f"indikatoren måles per år, så perioden må være et år, ikke «{raw}»")
        raise ValueError(f"indikatoren måles per måned, så perioden må være en måned, ikke «{raw}»")
    if match := _YM.match(raw):
        return _from_month(frequency, int(match.group(1)), int(match.group(2)), raw)
    if match := _MY.match(raw):
        return _from_month(frequency, int(match.group(2)), int(match.group(1)), raw)
    if raw.isdigit() and len(raw) == 4:
        if frequency != "year":
            raise ValueError(f"«{raw}» er et år, men indikatoren måles per "
                             f"{'måned' if frequency == 'month' else 'tertial'}")
        return int(raw), 0
    if raw.isdigit() and year is not None and 1 <= int(raw) <= 12:
        return _from_month(frequency, year, int(raw), raw)
    raise ValueError(f"perioden «{raw}» er ukjent; skriv T2 2026, 2026-08 eller 2026")


def _from_month(frequency: str, y: int, m: int, raw: str = "") -> tuple[int, int]:
    if not 1 <= m <= 12:
        raise ValueError(f"«{raw}» har ingen måned {m}")
    if frequency == "month":
        return y, m
    if frequency == "tertial":
        if m % 4:
            raise ValueError(f"indikatoren måles per tertial; «{raw}» er ikke siste måned i et tertial (april, august,"
                             " desember). Skriv tertialet, for eksempel T2 2026")
        return y, m // 4
    if m != 12:
        raise ValueError(f"indikatoren måles per år; skriv året, ikke «{raw}»")
    return y, 0


def _number(cell: object) -> Decimal:
    if isinstance(cell, bool):
        raise ValueError
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell))
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    number = Decimal(text.rstrip("%").replace(",", "."))  # «9,1 %» is 9.1: the indicator's measure is %
    if not number.is_finite():
        raise InvalidOperation
    return number


class _UnitIndex:
    """The current org chart's units by code (unit code or open ansvar) and by name, each to the
    unit's lineage id as the hex text SQLite stores (no uuid.UUID per value row)."""

    def __init__(self, session: Session) -> None:
        version = current_version(session)
        self.by_code: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        if version is None:
            return
        for lineage, code, name, short in session.execute(
                select(raw_column(Unit.lineage_id), Unit.code, Unit.name, Unit.short_name)
                .where(Unit.org_version_id == version.id)):
            key = raw_key(lineage)
            self.by_code.setdefault(code.strip(), key)
            self.by_name.setdefault(name.strip().casefold(), key)
            if short:
                self.by_name.setdefault(short.strip().casefold(), key)
        for lineage, code in session.execute(
                select(raw_column(Unit.lineage_id), UnitAnsvar.code).join(Unit, Unit.id == UnitAnsvar.unit_id)
                .where(Unit.org_version_id == version.id, UnitAnsvar.code_to.is_(None))):
            self.by_code.setdefault(code.strip(), raw_key(lineage))

    def find(self, cell: object) -> str | None:
        code = normalise_code(cell)
        if code in self.by_code:
            return self.by_code[code]
        return self.by_name.get(code.casefold())


def import_values(session: Session, path: Path, *, indicator: str | None = None, period: str | None = None,
                  mapping: dict[str, str] | None = None, sheet: str | None = None,
                  user: str | None = None, indicator_columns: dict[str, str] | None = None) -> ImportResult:
    """Read ``path`` and write every value in it, or raise :class:`ValueImportError` naming every
    problem (row and column) and write nothing. A value already stored for the same indicator,
    unit and period is replaced (its comment too).

    Two layouts: one value per row (a value column, the indicator in a column or given), or wide, as
    KS's 10-FAKTOR comes: one row per unit and one column per indicator. A column is an indicator's
    when its header is the indicator's name, or when ``indicator_columns`` maps the header to it
    (``{"Mestringsorientert ledelse": "10-FAKTOR: Mestringsorientert ledelse"}``)."""
    path = Path(path)
    table = read_table(path, sheet=sheet)
    muni = municipality(session)
    indicators = {i.name.casefold(): i for i in session.scalars(select(Indicator).where(
        Indicator.municipality_id == muni.id))}
    fixed: Indicator | None = None
    if indicator:
        fixed = indicators.get(indicator.strip().casefold())
        if fixed is None:
            raise ValueImportError(f"Indikatoren «{indicator}» finnes ikke i målekartet. Sjekk navnet, eller "
                                   "definer indikatoren før importen.", [])
    known = set(HEADERS) | {normalise_header(h) for h in (indicator_columns or {})} | \
        {normalise_header(i.name) for i in indicators.values()}
    header_index = find_header_row(table.rows, known) or 0
    headers = ["" if c is None else str(c).strip() for c in (table.rows[header_index] if table.rows else [])]
    guessed = {i: HEADERS[normalise_header(h)] for i, h in enumerate(headers) if normalise_header(h) in HEADERS}
    # Wide only without an indicator for the whole file or an indicator column; then a header that is
    # also a field word (an indicator named «Sykefravær») is the indicator's column.
    wide: dict[int, Indicator] = {}
    if not fixed and "indicator" not in guessed.values() and "indicator" not in (mapping or {}).values():
        wide = _indicator_columns(headers, indicators, indicator_columns or {}, table.where(header_index + 1))
        if wide and not any(f == "value" and i not in wide for i, f in guessed.items()):
            guessed = {i: f for i, f in guessed.items() if i not in wide}
    columns = apply_mapping(headers, guessed, mapping or {}, FIELDS, LABELS)
    col = {f: i for i, f in columns.items()}
    problems: list[str] = []
    if wide and "value" not in col and not fixed:
        needed = ["unit"] + ([] if period else ["period"])
    else:
        wide = {}
        needed = ["unit", "value"] + ([] if fixed else ["indicator"]) + ([] if period else ["period"])
    for name in needed:
        if name not in col:
            problems.append(f"{table.where(header_index + 1)}: mangler kolonnen «{LABELS[name]}». Gi kolonnen "
                            f"overskriften «{LABELS[name]}», eller velg hvilken kolonne som er {LABELS[name].lower()}.")
    if problems:
        raise ValueImportError(_message(table.file_name, problems), problems)

    units = _UnitIndex(session)
    rows: dict[Key, tuple[Decimal, str, int]] = {}
    hex_of = {i.id: i.id.hex for i in indicators.values()}
    labels = {name: column_label(headers, index) for name, index in col.items()}
    # A period cell is read once per indicator frequency and year column (a sheet repeats a few periods).
    periods_read: dict[tuple[type, object, str, int | None], tuple[int, int]] = {}
    unit_col, year_col, indicator_col, period_col, comment_col = (
        col.get("unit"), col.get("year"), col.get("indicator"), col.get("period"), col.get("comment"))
    constant_slots: list[tuple[Indicator, int]] | None = None  # the same indicator columns on every row
    if wide:
        constant_slots = [(ind, i) for i, ind in wide.items()]
    elif fixed is not None:
        constant_slots = [(fixed, col["value"])]
    value_labels = {i: column_label(headers, i) for _, i in constant_slots or []}
    marks = table.marks

    for index in range(header_index + 1, len(table.rows)):
        cells = table.rows[index]
        width = len(cells)
        unit_raw = cells[unit_col] if unit_col is not None and unit_col < width else None
        if (unit_raw is None or (isinstance(unit_raw, str) and not unit_raw.strip())) and \
                all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue  # an empty row (looked for only when the unit cell is empty)
        excel_row = index + 1

        try:
            lineage = units.find(unit_raw)
        except CodeFormatError as exc:
            problems.append(f"{table.where(excel_row)}, kolonne «{labels['unit']}»: {exc}")
            continue
        if lineage is None:
            problems.append(f"{table.where(excel_row)}, kolonne «{labels['unit']}»: enheten «{unit_raw or ''}» finnes "
                            "ikke i gjeldende organisasjonskart (verken som kode, ansvar eller navn). Rett cellen.")
            continue
        year_cell = cells[year_col] if year_col is not None and year_col < width else None
        year: int | None = None
        if year_cell not in (None, ""):
            try:
                year = int(str(year_cell).strip().split(".")[0])
            except ValueError:
                problems.append(f"{table.where(excel_row)}, kolonne «{labels['year']}»: «{year_cell}» er ikke et "
                                "årstall.")
                continue
        # The values of the row: one (long layout) or one per indicator column (wide layout).
        if constant_slots is not None:
            slots = constant_slots
        else:
            raw = cells[indicator_col] if indicator_col is not None and indicator_col < width else None
            found = indicators.get(str(raw or "").strip().casefold())
            if found is None:
                problems.append(f"{table.where(excel_row)}, kolonne «{labels['indicator']}»: indikatoren "
                                f"«{raw or ''}» finnes ikke i målekartet. Rett navnet eller definer indikatoren.")
                continue
            slots = [(found, col["value"])]
        comment = cells[comment_col] if comment_col is not None and comment_col < width else None
        comment_text = "" if comment is None else str(comment).strip()
        period_cell = period if period else (cells[period_col] if period_col is not None and period_col < width
                                             else None)
        for ind, value_col in slots:
            frequency = ind.frequency
            seen = (type(period_cell), period_cell, frequency, year)
            stored = periods_read.get(seen)
            if stored is None:
                try:
                    stored = parse_stored_period(period_cell, frequency, year)
                    check_period(ind, stored[1])
                except (ValueError, AppError) as exc:
                    where_col = "" if period else f", kolonne «{labels['period']}»"
                    problems.append(f"{table.where(excel_row)}{where_col}: {exc}.".replace("..", "."))
                    break
                periods_read[seen] = stored
            raw_value = cells[value_col] if value_col < width else None
            if (excel_row, value_col) in marks:
                problems.append(f"{table.where(excel_row)}, kolonne «{_value_label(value_labels, headers, value_col)}»:"
                                " cellen er en formel uten lagret verdi eller en feilverdi. Åpne filen i Excel, lagre "
                                "den og importer på nytt.")
                continue
            if raw_value is None or (isinstance(raw_value, str) and not raw_value.strip()):
                if wide:
                    continue  # a factor not measured for this unit: nothing to store
                problems.append(f"{table.where(excel_row)}, kolonne «{_value_label(value_labels, headers, value_col)}»:"
                                " verdien mangler. Fyll inn verdien eller ta bort raden.")
                continue
            try:
                number = _number(raw_value)
            except (InvalidOperation, ValueError):
                problems.append(f"{table.where(excel_row)}, kolonne «{_value_label(value_labels, headers, value_col)}»:"
                                f" «{raw_value}» er ikke et tall. Rett cellen.")
                continue
            if abs(number) >= TOO_LARGE:
                problems.append(f"{table.where(excel_row)}, kolonne «{_value_label(value_labels, headers, value_col)}»:"
                                f" «{raw_value}» er for stort.")
                continue
            key = (hex_of[ind.id], lineage, stored[0], stored[1])
            if key in rows:
                column = f", kolonne «{_value_label(value_labels, headers, value_col)}»" if wide else ""
                problems.append(f"{table.where(excel_row)}{column}: samme enhet, indikator og periode som rad "
                                f"{rows[key][2]}. Ta bort den ene raden.")
                continue
            rows[key] = (number.quantize(FOUR), comment_text, excel_row)
    if problems:
        raise ValueImportError(_message(table.file_name, problems), problems)
    if not rows:
        raise ValueImportError(f"{table.where()} har ingen verdier under overskriftene. Sjekk at det er riktig fil "
                               "og ark.", [])
    return _write(session, table.file_name, rows, user, {hex_of[i.id]: i.name for i in indicators.values()})


def _value_label(labels: dict[int, str], headers: list[str], column: int) -> str:
    if column not in labels:
        labels[column] = column_label(headers, column)
    return labels[column]


def _indicator_columns(headers: list[str], indicators: dict[str, Indicator], given: dict[str, str],
                       where: str) -> dict[int, Indicator]:
    """The wide layout's columns: header index -> indicator, by ``given`` (header -> indicator name) or
    by a header equal to an indicator's name."""
    by_header = {normalise_header(h): i for i, h in enumerate(headers) if h}
    out: dict[int, Indicator] = {}
    for header, name in given.items():
        index = by_header.get(normalise_header(header))
        if index is None:
            raise ValueImportError(f"{where}: finner ikke kolonnen «{header}». Overskriftene er: "
                                   f"{', '.join(f'«{h}»' for h in headers if h)}.", [])
        ind = indicators.get(name.strip().casefold())
        if ind is None:
            raise ValueImportError(f"Indikatoren «{name}» (for kolonnen «{header}») finnes ikke i målekartet. "
                                   "Sjekk navnet, eller definer indikatoren før importen.", [])
        out[index] = ind
    for index, header in enumerate(headers):
        ind = indicators.get(header.strip().casefold()) if header else None
        if ind is not None and index not in out:
            out[index] = ind
    return out


def _message(file_name: str, problems: list[str]) -> str:
    shown = problems[:MAX_SHOWN]
    more = f"\n… og {len(problems) - MAX_SHOWN} problemer til." if len(problems) > MAX_SHOWN else ""
    return (f"Ingen verdier er importert fra «{file_name}»: {len(problems)} "
            f"{'problem' if len(problems) == 1 else 'problemer'} må rettes først.\n" + "\n".join(shown) + more)


# (indicator id, unit lineage id, year, period), the ids as the 32 hex digits SQLite stores: hashing
# text is done in C, hashing uuid.UUID in Python (20 000 keys hashed several times each).
Key = tuple[str, str, int, int]


def _write(session: Session, file_name: str, rows: dict[Key, tuple[Decimal, str, int]],
           user: str | None, names: dict[str, str]) -> ImportResult:
    who = (current_user() if user is None else user)[:100]
    now = datetime.now(UTC)
    indicator_ids = {k[0] for k in rows}
    as_uuid = {h: uuid.UUID(hex=h) for h in indicator_ids}
    years = {k[2] for k in rows}
    periods = {k[3] for k in rows}
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        inserted, updated = _write_sqlite(session, rows, who, now, list(as_uuid.values()), years, periods)
    else:
        inserted, updated = _write_core(session, rows, who, now, list(as_uuid.values()), years, periods)
    pairs = {(k[0], k[1]) for k in rows}
    # As text, no UUID per row; SQLite gives the ids as the very text ``raw_key`` makes.
    text_of = str if sqlite else raw_key
    have = {(text_of(i), text_of(u)) for i, u in session.execute(
        select(raw_column(UnitIndicator.indicator_id), raw_column(UnitIndicator.unit_lineage_id))
        .where(UnitIndicator.indicator_id.in_(as_uuid.values())))}
    missing = [{"id": uuid.uuid4(), "indicator_id": as_uuid[i], "unit_lineage_id": uuid.UUID(hex=u),
                "created_at": now, "updated_at": now, "version": 1} for i, u in pairs if (i, u) not in have]
    if missing:
        session.execute(insert(table_of(UnitIndicator)), missing)
    note_changed(session, "indicator_value", "unit_indicator")
    return ImportResult(file_name, inserted, updated, sorted(names[i] for i in indicator_ids),
                        len({k[1] for k in rows}))


def _stored(indicator_ids: list[uuid.UUID], years: set[int], periods: set[int]) -> ColumnElement[bool]:
    """The stored values an import may replace: its indicators' in its years and periods."""
    return and_(IndicatorValue.indicator_id.in_(indicator_ids), IndicatorValue.year.in_(years),
                IndicatorValue.period.in_(periods))


def _write_core(session: Session, rows: dict[Key, tuple[Decimal, str, int]], who: str, now: datetime,
                indicator_ids: list[uuid.UUID], years: set[int], periods: set[int]) -> tuple[int, int]:
    """New values inserted and stored ones replaced through SQLAlchemy (PostgreSQL)."""
    existing: dict[Key, tuple[uuid.UUID, int]] = {}
    for row_id, ind_id, lineage, year, period, version in session.execute(
            select(IndicatorValue.id, IndicatorValue.indicator_id, IndicatorValue.unit_lineage_id,
                   IndicatorValue.year, IndicatorValue.period, IndicatorValue.version)
            .where(_stored(indicator_ids, years, periods))):
        existing[(raw_key(ind_id), raw_key(lineage), year, period)] = (row_id, version)
    ids: dict[str, uuid.UUID] = {}

    def as_uuid(text: str) -> uuid.UUID:
        if text not in ids:
            ids[text] = uuid.UUID(hex=text)
        return ids[text]

    inserts = []
    updates = []
    # New rows in key order with rising ids, as on SQLite (the primary key's index grows at its end).
    new_keys = sorted(k for k in rows if k not in existing)
    new_ids = {k: uuid.UUID(hex=h) for k, h in zip(new_keys, ordered_ids(len(new_keys)), strict=True)}
    for key, (value, comment, _row) in rows.items():
        if key in existing:
            row_id, version = existing[key]
            updates.append({"b_id": row_id, "b_version": version, "value": value, "comment": comment,
                            "version": version + 1, "updated_at": now})
        else:
            inserts.append({"id": new_ids[key], "indicator_id": as_uuid(key[0]), "unit_lineage_id": as_uuid(key[1]),
                            "year": key[2], "period": key[3], "value": value, "comment": comment,
                            "source": "imported", "entered_by": who, "entered_at": now, "created_at": now,
                            "updated_at": now, "version": 1})
    if inserts:
        session.execute(insert(table_of(IndicatorValue)), inserts)
    if updates:
        table = table_of(IndicatorValue)
        session.connection().execute(
            update(table).where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
            .values(value=bindparam("value"), comment=bindparam("comment"), version=bindparam("version"),
                    updated_at=bindparam("updated_at"), source="imported", entered_by=who, entered_at=now),
            updates)
    return len(inserts), len(updates)


def ordered_ids(count: int) -> list[str]:
    """``count`` new ids shaped as UUID version 7 (RFC 9562: the time in milliseconds first), rising in
    the order given, as the 32 hex digits SQLite stores. Random uuid4 ids land all over the primary
    key's index of a table with hundreds of thousands of values; rising ids go to its end."""
    ms = time.time_ns() // 1_000_000
    rand_a = secrets.randbits(12) << 64
    base = secrets.randbits(40) << 22  # 62 random bits per batch, the low 22 counting
    out = []
    for k in range(count):
        tick, low = divmod(k, 1 << 22)
        value = ((ms + tick) << 80) | (0x7 << 76) | rand_a | (0b10 << 62) | (base | low)
        out.append(f"{value:032x}")
    return out


def _write_sqlite(session: Session, rows: dict[Key, tuple[Decimal, str, int]], who: str, now: datetime,
                  indicator_ids: list[uuid.UUID], years: set[int], periods: set[int]) -> tuple[int, int]:
    """The same on SQLite through the driver's executemany, with ids kept as the hex text SQLite
    stores (converting 20 000 ids to UUID and back, and SQLAlchemy's per-row parameter processing,
    cost more than the insert), the new rows in key order with rising ids, and a larger page cache
    while they go in (the four indexes of a 720 000-value table do not fit the default 2 MB)."""
    existing: dict[Key, tuple[str, int]] = {}
    for row_id, ind_id, lineage, year, period, version in session.execute(
            select(raw_column(IndicatorValue.id), raw_column(IndicatorValue.indicator_id),
                   raw_column(IndicatorValue.unit_lineage_id), IndicatorValue.year, IndicatorValue.period,
                   IndicatorValue.version).where(_stored(indicator_ids, years, periods))):
        key = (ind_id, lineage, year, period)
        if key in rows:
            existing[key] = (row_id, version)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    new_keys = sorted(k for k in rows if k not in existing)
    connection = session.connection()
    cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    connection.exec_driver_sql("PRAGMA cache_size = -65536")  # 64 MB, given back below
    try:
        if new_keys:
            connection.exec_driver_sql(
                "INSERT INTO indicator_value (id, indicator_id, unit_lineage_id, year, period, value, comment, "
                "source, entered_by, entered_at, created_at, updated_at, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?, ?, ?, 1)",
                [(row_id, *key, float(rows[key][0]), rows[key][1], who, stamp, stamp, stamp)
                 for row_id, key in zip(ordered_ids(len(new_keys)), new_keys, strict=True)])
        if existing:
            connection.exec_driver_sql(
                "UPDATE indicator_value SET value = ?, comment = ?, version = ?, updated_at = ?, "
                "source = 'imported', entered_by = ?, entered_at = ? WHERE id = ? AND version = ?",
                [(float(rows[key][0]), rows[key][1], version + 1, stamp, who, stamp, row_id, version)
                 for key, (row_id, version) in existing.items()])
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")
    return len(new_keys), len(existing)
