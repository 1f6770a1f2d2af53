"""The unit leader's årsprognose in the monthly meeting: the expected deviation from the budget at
year end (øre; positive is merforbruk, as the deviation so far) with the reason, as Framsikt's
monthly reporting has it. The rådmann's monthly summary adds them up per kommunalsjef and for the
municipality, beside the deviation so far (:mod:`app.followup.summary`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from db.models import Forecast, Meeting


@dataclass(frozen=True)
class ForecastValue:
    deviation_ore: int
    reason: str


def set_forecast(session: Session, meeting_id: uuid.UUID, deviation_ore: int | None,
                 reason: str = "") -> Forecast | None:
    """Record (or change) the meeting's årsprognose; ``None`` removes it. A forecast other than zero
    needs a reason."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise AppError("Møtet finnes ikke lenger. Last siden på nytt.")
    if meeting.locked:
        raise AppError("Møtereferatet er godkjent og låst. Åpne det for endring før årsprognosen endres.")
    existing = session.scalar(select(Forecast).where(Forecast.meeting_id == meeting_id))
    if deviation_ore is None:
        if existing is not None:
            session.delete(existing)
            session.flush()
        return None
    if deviation_ore != 0 and not reason.strip():
        raise AppError("Skriv hvorfor enheten venter et avvik ved årets slutt (årsaken til prognosen).")
    forecast = existing or Forecast(id=uuid.uuid4(), meeting_id=meeting_id)
    forecast.deviation_ore = int(deviation_ore)
    forecast.reason = reason.strip()
    if existing is None:
        session.add(forecast)
    session.flush()
    return forecast


def forecast_of(session: Session, meeting_id: uuid.UUID) -> ForecastValue | None:
    """The meeting's årsprognose, for the meeting note."""
    row = session.scalar(select(Forecast).where(Forecast.meeting_id == meeting_id))
    return None if row is None else ForecastValue(row.deviation_ore, row.reason)


def forecasts_by_meeting(session: Session, meeting_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, ForecastValue]:
    """The årsprognose of each of these meetings that has one."""
    ids = list(meeting_ids)
    if not ids:
        return {}
    return {m: ForecastValue(d, r) for m, d, r in session.execute(
        select(Forecast.meeting_id, Forecast.deviation_ore, Forecast.reason).where(Forecast.meeting_id.in_(ids)))}


def total(values: Iterable[int | None]) -> int | None:
    """The sum of the forecasts given; ``None`` when no unit has one."""
    given = [v for v in values if v is not None]
    return sum(given) if given else None
