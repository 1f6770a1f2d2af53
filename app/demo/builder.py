"""Fill an empty database with the demo municipality (Lindvik kommune).

Everything is drawn from ``random.Random(seed)`` and dated relative to ``today``, so the
same seed and day give the same rows, ids included: tests and screenshots can name units
and count figures, and two demo files made on the same day can be compared.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from math import ceil
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.agreements.templates import install_builtin_templates
from app.codes import default_code_book, install_kostra_codes
from app.demo import texts
from app.demo.budget import BudgetItem, actual_ore, plan_budget, unit_deviation
from app.demo.people import NamePicker
from app.demo.scorecard import build_scorecard
from app.demo.units import (
    ADMINISTRATION,
    COUNTY,
    EMAIL_DOMAIN,
    INHABITANTS,
    LEADS,
    MUNICIPALITY_NAME,
    MUNICIPALITY_NUMBER,
    NETWORKS,
    PLACE,
    RESULT_UNITS,
    STAFF_UNITS,
    TOP_TEAM,
    UnitSpec,
)
from app.errors import AppError
from app.formatting import month_name
from app.org.queries import leader_posts
from db.models import (
    ActionItem,
    Agreement,
    AgreementKind,
    AgreementStatus,
    AgreementTemplate,
    Assessment,
    Assessor,
    AuditAction,
    AuditEntry,
    BudgetKind,
    BudgetLine,
    BudgetSet,
    CodeList,
    CommonRequirement,
    FollowUpLink,
    Goal,
    GoalStatus,
    Meeting,
    MeetingGoalStatus,
    MeetingStatus,
    Municipality,
    Network,
    NetworkMembership,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitAnsvar,
    UnitKind,
)
from db.rows import table_of

TEMPLATE_KEY = "statskonsult_resultatavtale.nb"
# Units whose leader has left: one with an acting leader, one with nobody in charge.
ACTING_UNIT = "2220"
VACANT_UNIT = "3400"
# The leader of this school changed at the start of the school year.
NEW_LEADER_UNIT = "2130"
# This unit changed follow-up lead at New Year: an ended link next to the current one.
MOVED_UNIT, MOVED_FROM = "3700", "helse"
# Funksjon 254 (home care) was split into 257 and 258 in 2024; a demo dated earlier uses 254.
_FUNKSJON_BEFORE_2024 = {"257": "254", "258": "254"}


@dataclass(frozen=True)
class DemoSummary:
    """What the demo put in the database (shown by ``styringsdialog demo``)."""

    units: int
    result_units: int
    people: int
    leaders: int  # leaders in post, the rådmann included (as «ledere i stilling» on Oversikt)
    vacancies: int  # leader posts nobody holds (an acting leader does not fill one)
    agreements: int  # every agreement row: last year's and replaced revisions too
    meetings: int
    action_items: int
    budget_lines: int
    kostra_codes: int


def build_demo(session: Session, *, seed: int = 2026, today: date | None = None) -> DemoSummary:
    """Create the demo municipality in an empty database, in the caller's transaction."""
    existing = session.scalar(select(Municipality.name).limit(1))
    if existing is not None:
        raise AppError(
            f"Databasen inneholder allerede kommunen «{existing}». Demokommunen kan bare legges inn i en "
            "tom database; lag en ny databasefil for demoen."
        )
    had_audit = "audit" in session.info
    previous_audit = session.info.get("audit")
    # One summary entry instead of thousands of per-row entries: they would say nothing to a reader.
    session.info["audit"] = False
    try:
        summary = DemoBuilder(session, seed, today or date.today()).build()
        session.flush()  # while auditing is off, so nothing pending is audited row by row later
    finally:
        if had_audit:
            session.info["audit"] = previous_audit
        else:
            session.info.pop("audit", None)
    return summary


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").replace("-", "−")


@dataclass
class _Tenure:
    person: Person
    role: PositionRole
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class _UnitState:
    spec: UnitSpec
    unit: Unit
    tenures: list[_Tenure]
    deviation: float = 0.0
    budget_net: list[int] | None = None  # øre per month
    actual_net: list[int] | None = None

    def leader_at(self, day: date) -> Person | None:
        for tenure in self.tenures:
            if tenure.role in (PositionRole.LEADER, PositionRole.ACTING_LEADER) and tenure.covers(day):
                return tenure.person
        return None


class DemoBuilder:
    def __init__(self, session: Session, seed: int, today: date) -> None:
        self.session = session
        self.seed = seed
        self.rng = random.Random(seed)
        # Ids from their own stream, so adding a random choice somewhere does not shift every id.
        self._ids = random.Random(seed * 7919 + 17)
        self.today = today
        self.year = today.year
        self.names = NamePicker(self.rng)
        self.code_book = default_code_book()
        self.effective_from = date(self.year - 2, 1, 1)
        self.states: dict[str, _UnitState] = {}
        self.leads: dict[str, Person] = {}
        self.objects: list[Any] = []
        self.counts: dict[str, int] = {}

    # --- helpers -------------------------------------------------------------------------

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self._ids.getrandbits(128), version=4)

    def add(self, obj: Any) -> Any:
        obj.id = self.uid()
        self.objects.append(obj)
        return obj

    def person(self, title: str) -> Person:
        name = self.names.pick()
        return self.add(
            Person(
                municipality_id=self.municipality.id,
                given_name=name.given_name,
                family_name=name.family_name,
                title=title,
                # No phone numbers: any 8-digit number could belong to a real person.
                email=f"{name.local_part}@{EMAIL_DOMAIN}",
                username=name.local_part,
            )
        )

    def position(self, unit: Unit, person: Person, role: PositionRole, title: str, start: date,
                 end: date | None = None) -> Position:
        return self.add(
            Position(unit_id=unit.id, person_id=person.id, role=role, title=title, start_date=start, end_date=end)
        )

    def past_date(self, first_year: int, last_year: int) -> date:
        """A plausible start date (1st of a month, often August or January) not after today."""
        year = self.rng.randint(first_year, last_year)
        month = self.rng.choice((1, 1, 3, 5, 8, 8, 9, 10))
        return min(date(year, month, 1), self.today)

    def funksjon(self, code: str) -> str:
        """The code itself if valid in the demo year, else the code it replaced (257/258 → 254)."""
        if self.code_book.is_valid(CodeList.FUNKSJON, code, self.year):
            return code
        older = _FUNKSJON_BEFORE_2024.get(code)
        if older and self.code_book.is_valid(CodeList.FUNKSJON, older, self.year):
            return older
        return code

    # --- build ---------------------------------------------------------------------------

    def build(self) -> DemoSummary:
        self.kostra_codes = install_kostra_codes(self.session)
        self.templates = install_builtin_templates(self.session)
        self.build_municipality()
        self.build_units()
        self.build_people()
        self.build_follow_up()
        self.build_networks()
        self.session.add_all(self.objects)
        self.session.flush()
        self.objects = []
        budget_lines = self.build_budget()
        self.build_agreements()
        self.build_meetings()
        self.session.add_all(self.objects)
        self.session.add(
            AuditEntry(
                id=self.uid(), user_name=self.session.info.get("user", ""), action=AuditAction.INSERT,
                table_name="municipality", row_id=str(self.municipality.id),
                summary=f"Demokommunen opprettet: {MUNICIPALITY_NAME} (frø {self.seed}, dato {self.today:%d.%m.%Y})",
            )
        )
        # The målekart, every result unit's agreement for the year and the rådmann's plan (issue 19).
        self.counts["agreements"] += build_scorecard(self)["agreements"]
        units = list(self.states.values())
        # Leaders and vacancies read back and counted as the Oversikt counts them, the rådmann included.
        self.session.flush()
        posts = leader_posts(self.session, self.org_version.id, self.today)
        return DemoSummary(
            units=len(units),
            result_units=sum(1 for s in units if s.spec.kind is UnitKind.RESULT_UNIT),
            people=self.counts["people"],
            leaders=posts.filled,
            vacancies=posts.vacant,
            agreements=self.counts["agreements"],
            meetings=self.counts["meetings"],
            action_items=self.counts["action_items"],
            budget_lines=budget_lines,
            kostra_codes=self.kostra_codes,
        )

    def build_municipality(self) -> None:
        self.municipality = self.add(
            Municipality(name=MUNICIPALITY_NAME, number=MUNICIPALITY_NUMBER, county=COUNTY, inhabitants=INHABITANTS)
        )
        self.org_version = self.add(
            OrgVersion(
                municipality_id=self.municipality.id,
                name="Gjeldende organisasjon",
                status=OrgVersionStatus.CURRENT,
                effective_from=self.effective_from,
                description="Tonivåmodell: rådmannen med ledergruppe, stab og støtte og resultatenheter.",
            )
        )

    def build_units(self) -> None:
        root = self.make_unit(ADMINISTRATION, None, 0)
        self.make_unit(TOP_TEAM, root, 1)
        for order, spec in enumerate(STAFF_UNITS, start=10):
            self.make_unit(spec, root, order)
        for order, spec in enumerate(RESULT_UNITS, start=100):
            self.make_unit(spec, root, order)

    def make_unit(self, spec: UnitSpec, parent: Unit | None, order: int) -> Unit:
        low, high = spec.fte
        fte = Decimal(str(round(self.rng.uniform(low, high), 1))).quantize(Decimal("0.01"))
        ratio = self.rng.uniform(*spec.staff_per_fte)
        unit = self.add(
            Unit(
                org_version_id=self.org_version.id,
                lineage_id=self.uid(),
                parent_id=parent.id if parent else None,
                code=spec.code,
                name=spec.name,
                short_name=spec.short_name,
                kind=spec.kind,
                sort_order=order,
                fte=fte,
                staff_count=max(ceil(float(fte) * ratio), ceil(float(fte))),
                area_of_work=spec.area_of_work,
                services=list(spec.services),
                is_external=spec.is_external,
                year_type=spec.year_type,
            )
        )
        for code in spec.ansvar:
            self.add(UnitAnsvar(unit_id=unit.id, code=code))
        self.states[spec.code] = _UnitState(spec, unit, [])
        return unit

    def build_people(self) -> None:
        today = self.today
        root = self.states[ADMINISTRATION.code]
        chief = self.person("Rådmann")
        start = self.past_date(self.year - 7, self.year - 3)
        self.position(root.unit, chief, PositionRole.CHIEF_EXECUTIVE, "Rådmann", start)
        root.tenures.append(_Tenure(chief, PositionRole.CHIEF_EXECUTIVE, start, None))
        self.chief = chief

        team = self.states[TOP_TEAM.code]
        for lead in LEADS:
            person = self.person(lead.title)
            start = self.past_date(self.year - 9, self.year - 1)
            self.position(team.unit, person, PositionRole.FOLLOW_UP_LEAD, lead.title, start)
            team.tenures.append(_Tenure(person, PositionRole.FOLLOW_UP_LEAD, start, None))
            self.leads[lead.key] = person

        vacancy_start = _add_months(today, -2)  # the acting leader took over two months ago
        vacant_since = _add_months(today, 0)  # the other unit has had nobody since the 1st
        new_leader_from = date(self.year, 8, 1) if today >= date(self.year, 9, 1) else date(self.year - 1, 8, 1)
        with_history = set(self.rng.sample([s.code for s in RESULT_UNITS], 7)) | {NEW_LEADER_UNIT}

        for spec in (*STAFF_UNITS, *RESULT_UNITS):
            state = self.states[spec.code]
            if spec.code == NEW_LEADER_UNIT:
                current_start = new_leader_from
            else:
                current_start = self.past_date(self.year - 14, self.year - 1)
            ended_on: date | None = None
            if spec.code == ACTING_UNIT:
                ended_on = vacancy_start - timedelta(days=1)
            elif spec.code == VACANT_UNIT:
                ended_on = vacant_since - timedelta(days=1)
            if ended_on is not None:
                current_start = min(current_start, ended_on - timedelta(days=400))
            leader = self.person(spec.leader_title)
            self.position(state.unit, leader, PositionRole.LEADER, spec.leader_title, current_start, ended_on)
            state.tenures.append(_Tenure(leader, PositionRole.LEADER, current_start, ended_on))
            # Nobody left a unit without a leader before the demo's time: a recent start has a predecessor.
            if spec.code in with_history or current_start > date(self.year - 2, 1, 1):
                earlier_end = current_start - timedelta(days=1)
                earlier_start = min(self.past_date(self.year - 20, earlier_end.year - 2), earlier_end)
                earlier = self.person(self.rng.choice(("Pensjonist", "Rådgiver", spec.leader_title)))
                self.position(state.unit, earlier, PositionRole.LEADER, spec.leader_title, earlier_start, earlier_end)
                state.tenures.append(_Tenure(earlier, PositionRole.LEADER, earlier_start, earlier_end))
            if spec.code == ACTING_UNIT:
                acting = self.person("Pedagogisk leder")
                acting_end = _add_months(vacancy_start, 5) - timedelta(days=1)
                title = f"Konstituert {spec.leader_title.lower()}"
                self.position(state.unit, acting, PositionRole.ACTING_LEADER, title, vacancy_start, acting_end)
                state.tenures.append(_Tenure(acting, PositionRole.ACTING_LEADER, vacancy_start, acting_end))
        self.counts["people"] = sum(1 for obj in self.objects if isinstance(obj, Person))

    def build_follow_up(self) -> None:
        for spec in (*STAFF_UNITS, *RESULT_UNITS):
            state = self.states[spec.code]
            lead = self.leads[spec.lead] if spec.lead else self.chief
            start = self.effective_from
            if spec.code == MOVED_UNIT:
                moved_on = date(self.year, 1, 1)
                self.add(FollowUpLink(unit_id=state.unit.id, lead_person_id=self.leads[MOVED_FROM].id,
                                      start_date=start, end_date=moved_on - timedelta(days=1)))
                start = moved_on
            self.add(FollowUpLink(unit_id=state.unit.id, lead_person_id=lead.id, start_date=start))

    def build_networks(self) -> None:
        for key, (name, description, colour) in NETWORKS.items():
            network = self.add(
                Network(org_version_id=self.org_version.id, name=name, description=description, colour=colour)
            )
            for spec in RESULT_UNITS:
                if spec.network == key:
                    self.add(NetworkMembership(network_id=network.id, unit_id=self.states[spec.code].unit.id,
                                               is_coordinator=spec.coordinator))

    # --- budget and accounts ---------------------------------------------------------------

    def build_budget(self) -> int:
        imported = datetime.combine(min(date(self.year, 1, 15), self.today), time(9, 0), tzinfo=UTC)
        budget = self.budget_set(f"Budsjett {self.year}", BudgetKind.BUDSJETT, 12, imported,
                                 "Vedtatt budsjett fordelt på måneder (demodata).")
        accounts_to = self.today.month - 1  # the last month whose accounts are closed
        accounts = None
        if accounts_to >= 1:
            accounts = self.budget_set(
                f"Regnskap {self.year}", BudgetKind.REGNSKAP, accounts_to,
                datetime.combine(date(self.year, self.today.month, min(10, self.today.day)), time(8, 30), tzinfo=UTC),
                f"Regnskap per {month_name(accounts_to)} (demodata).",
            )
        self.session.add_all([budget, *([accounts] if accounts else [])])
        self.session.flush()

        now = datetime.combine(self.today, time(12, 0), tzinfo=UTC)
        rows: list[dict[str, Any]] = []
        for state in self.states.values():
            spec = state.spec
            funksjoner = tuple(self.funksjon(code) for code in spec.funksjoner)
            items = plan_budget(spec.profile, float(state.unit.fte), spec.ansvar, funksjoner)
            state.deviation = unit_deviation(self.rng, spec.profile)
            state.budget_net = [sum(i.monthly_kr[m] for i in items) * 100 for m in range(12)]
            state.actual_net = [0] * max(accounts_to, 0)
            for item in items:
                rows.extend(self.line_rows(budget.id, item, [kr * 100 for kr in item.monthly_kr], now))
                if accounts is not None:
                    actual = actual_ore(self.rng, item, state.deviation, accounts_to)
                    for m, amount in enumerate(actual):
                        state.actual_net[m] += amount
                    rows.extend(self.line_rows(accounts.id, item, actual, now))
        # Core bulk insert: one executemany instead of thousands of ORM objects.
        self.session.connection().execute(insert(table_of(BudgetLine)), rows)
        return len(rows)

    def budget_set(self, name: str, kind: BudgetKind, period_to: int, imported: datetime,
                   description: str) -> BudgetSet:
        return BudgetSet(
            id=self.uid(), name=name, kind=kind, year=self.year, period_from=1, period_to=period_to,
            source_file_name="demo", source_hash=hashlib.sha256(f"demo:{name}".encode()).hexdigest(),
            imported_at=imported, imported_by="demo", description=description,
        )

    def line_rows(self, set_id: uuid.UUID, item: BudgetItem, amounts: Iterable[int],
                  now: datetime) -> list[dict[str, Any]]:
        return [
            {
                "id": self.uid(), "created_at": now, "updated_at": now, "version": 1,
                "budget_set_id": set_id, "ansvar": item.ansvar, "art": item.art, "funksjon": item.funksjon,
                "prosjekt": "", "period": month, "amount_ore": amount, "text": "",
            }
            for month, amount in enumerate(amounts, start=1)
        ]

    # --- agreements ----------------------------------------------------------------------

    def build_agreements(self) -> None:
        template = self.templates[TEMPLATE_KEY]
        self.counts["agreements"] = 0
        # unit code -> [(from, to, goals)]: which goals the monthly meetings report on
        self.goal_periods: dict[str, list[tuple[date, date | None, list[Goal]]]] = {}
        self.common: dict[int, list[CommonRequirement]] = {}
        for year in (self.year - 1, self.year):
            self.common[year] = [
                self.add(CommonRequirement(
                    period_start=date(year, 1, 1), period_end=date(year, 12, 31), unit_kind=None,
                    category="generelle_krav", text=text, indicator=indicator, evaluation=evaluation,
                    sort_order=order,
                ))
                for order, (text, indicator, evaluation) in enumerate(texts.COMMON_REQUIREMENTS)
            ]
        for code, status in (("2100", AgreementStatus.SIGNED), ("3100", AgreementStatus.SIGNED),
                             ("3200", AgreementStatus.DISCUSSION), ("4100", AgreementStatus.DRAFT)):
            self.agreement(template, code, self.year, status)
        # A kindergarten with last year's agreement evaluated and this year's following on from it.
        last_year, last_goals = self.agreement(template, "2200", self.year - 1, AgreementStatus.EVALUATED)
        self.agreement(template, "2200", self.year, AgreementStatus.SIGNED, previous=(last_year, last_goals))
        # Renegotiated in the spring (the clause on changed conditions): revision 1 superseded by 2.
        first, first_goals = self.agreement(template, "3300", self.year, AgreementStatus.SUPERSEDED)
        self.agreement(template, "3300", self.year, AgreementStatus.SIGNED, revision_of=(first, first_goals))

    def sign_date(self, year: int, month: int, earliest: date | None = None) -> date:
        day = date(year, month, self.rng.randint(3, 24))
        if earliest is not None:
            day = max(day, earliest + timedelta(days=1))
        while day.weekday() > 4:  # agreements are signed on working days
            day += timedelta(days=1)
        return min(day, self.today)

    def agreement(
        self,
        template: AgreementTemplate,
        code: str,
        year: int,
        status: AgreementStatus,
        *,
        previous: tuple[Agreement, list[Goal]] | None = None,
        revision_of: tuple[Agreement, list[Goal]] | None = None,
    ) -> tuple[Agreement, list[Goal]]:
        state = self.states[code]
        spec = state.spec
        lead_spec = next(lead for lead in LEADS if lead.key == spec.lead)
        superior = self.leads[spec.lead]
        signed = status in (AgreementStatus.SIGNED, AgreementStatus.EVALUATED, AgreementStatus.SUPERSEDED)
        leader_signed = superior_signed = None
        if signed:
            if revision_of is not None:
                leader_signed = self.sign_date(year, 5, revision_of[0].signed_by_superior_on)
            else:
                leader_signed = self.sign_date(year, self.rng.choice((1, 2)))
            superior_signed = min(leader_signed + timedelta(days=self.rng.randint(0, 3)), self.today)
        leader = state.leader_at(leader_signed or min(self.today, date(year, 12, 31)))
        if leader is None:
            raise RuntimeError(f"demo unit {code} has no leader for its agreement")
        network = NETWORKS.get(spec.network, ("", "", ""))[0]
        contacts = [f"{lead_spec.title.split(' for ')[0]} {superior.full_name}", "tillitsvalgte og verneombud",
                    "Personal og organisasjon", "Økonomi"]
        if network:
            contacts.insert(1, f"de andre enhetslederne i {network.lower()}")
        defaults = {
            field["key"]: field.get("default", "")
            for section in template.definition["sections"] for field in section.get("fields", [])
        }
        values = defaults | {
            "leader": leader.full_name,
            "leader_title": spec.leader_title,
            "unit": spec.name,
            "superior": superior.full_name,
            "superior_title": lead_spec.title,
            "period_start": date(year, 1, 1).isoformat(),
            "period_end": date(year, 12, 31).isoformat(),
            "business_plan": f"Virksomhetsplan {year} for {spec.name}",
            "unit_goals": spec.area_of_work,
            "position_responsibility": texts.UNIT_POSITION_RESPONSIBILITY,
            "contact_network": "Samarbeider tett med " + ", ".join(contacts) + ".",
            "evaluation_meeting": f"Uke {self.rng.choice((46, 47, 48))}, {year}",
            "signed_place": PLACE if signed else "",
            "signed_date": superior_signed.isoformat() if superior_signed else "",
        }
        revision = revision_of[0].revision + 1 if revision_of else 1
        agreement = self.add(
            Agreement(
                template_id=template.id, unit_id=state.unit.id, unit_lineage_id=state.unit.lineage_id,
                leader_id=leader.id, superior_id=superior.id, kind=AgreementKind.RESULT,
                title=f"Resultatavtale {year} – {spec.name}", period_start=date(year, 1, 1),
                period_end=date(year, 12, 31), status=status,
                confidential=bool(template.definition.get("confidential_default", True)),
                revision=revision, revision_of_id=revision_of[0].id if revision_of else None,
                previous_id=previous[0].id if previous else None, values=values,
                signed_place=PLACE if signed else "", signed_by_leader_on=leader_signed,
                signed_by_superior_on=superior_signed,
            )
        )
        self.counts["agreements"] += 1
        goals = self.goals(agreement, spec, year, previous=previous, revision_of=revision_of)
        if status is AgreementStatus.EVALUATED:
            self.assess(agreement, goals, year)
        if signed and year == self.year and superior_signed is not None:
            periods = self.goal_periods.setdefault(code, [])
            if periods:  # a later revision ends the earlier one's period
                start, _, earlier_goals = periods[-1]
                periods[-1] = (start, superior_signed - timedelta(days=1), earlier_goals)
            periods.append((superior_signed, None, goals))
        return agreement, goals

    def goals(
        self,
        agreement: Agreement,
        spec: UnitSpec,
        year: int,
        *,
        previous: tuple[Agreement, list[Goal]] | None,
        revision_of: tuple[Agreement, list[Goal]] | None,
    ) -> list[Goal]:
        if revision_of is not None:
            # The renegotiated revision keeps the goals, with the first one's target adjusted.
            chosen: list[tuple[str, str, str, str, uuid.UUID | None, uuid.UUID | None]] = [
                (g.category, g.text, g.indicator, g.evaluation, g.common_requirement_id, g.id) for g in revision_of[1]
            ]
            category, text, indicator, evaluation, common_id, _ = chosen[0]
            chosen[0] = (category, text, indicator + " Målet er justert ved reforhandling i mai fordi enheten "
                         "har hatt to ubesatte stillinger.", evaluation, common_id, None)
        else:
            pool = texts.PROFESSIONAL_GOALS.get(spec.profile, texts.GENERIC_PROFESSIONAL_GOALS)
            professional = self.rng.sample(pool, k=min(len(pool), self.rng.randint(2, 3)))
            # The template asks for few goals: at most six in all, two of them the common requirements.
            personal = self.rng.sample(texts.PERSONAL_GOALS, k=self.rng.randint(1, 4 - len(professional)))
            chosen = [("faglige_krav", *goal, None, None) for goal in professional]
            chosen += [("personlige_utviklingsmal", *goal, None, None) for goal in personal]
            chosen += [("generelle_krav", cr.text, cr.indicator, cr.evaluation, cr.id, None)
                       for cr in self.common[year]]
            if previous is not None:
                # One professional goal continues from last year's agreement.
                carried = next(g for g in previous[1] if g.category == "faglige_krav")
                chosen[0] = ("faglige_krav", carried.text, carried.indicator, carried.evaluation, None, carried.id)
        goals: list[Goal] = []
        per_category: dict[str, int] = {}
        category_numbers = {"faglige_krav": 1, "personlige_utviklingsmal": 2, "generelle_krav": 3}
        for order, (category, text, indicator, evaluation, common_id, carried_id) in enumerate(chosen):
            per_category[category] = per_category.get(category, 0) + 1
            goals.append(self.add(Goal(
                agreement_id=agreement.id, category=category,
                number=f"{category_numbers[category]}.{per_category[category]}", text=text, indicator=indicator,
                evaluation=evaluation, deadline=date(year, 12, 31), sort_order=order,
                common_requirement_id=common_id,
                carried_from_id=carried_id if previous is not None else None,
            )))
        return goals

    def assess(self, agreement: Agreement, goals: list[Goal], year: int) -> None:
        self_day = date(year, 11, self.rng.randint(10, 18))
        superior_day = self_day + timedelta(days=7)  # the note reaches the superior a week ahead
        for goal in goals:
            own = self.rng.choices((1, 2, 3), weights=(1, 5, 4))[0]
            theirs = min(3, max(1, own + self.rng.choice((-1, 0, 0, 0, 1))))
            self.add(Assessment(goal_id=goal.id, assessor=Assessor.SELF, scale=own,
                                comment=self.rng.choice(texts.SELF_ASSESSMENT_COMMENTS[own]), assessed_on=self_day))
            self.add(Assessment(goal_id=goal.id, assessor=Assessor.SUPERIOR, scale=theirs,
                                comment=self.rng.choice(texts.SUPERIOR_ASSESSMENT_COMMENTS[theirs]),
                                assessed_on=superior_day))
        agreement.evaluation_summary = (
            "Vurderingssamtalen ble holdt etter at egenevalueringen var sendt en uke i forveien. Partene er "
            "enige om at de fleste målene er nådd i tilfredsstillende eller stor grad. Mål som ikke ble nådd "
            "fullt ut, tas med videre i neste års avtale."
        )

    # --- monthly follow-up meetings ----------------------------------------------------------

    def meeting_day(self, month: int) -> date:
        day = date(self.year, month, self.rng.randint(4, 22))
        while day.weekday() > 3:  # Monday to Thursday
            day += timedelta(days=1)
        return day

    def forced_outcomes(self) -> dict[tuple[str, int], str]:
        """Make sure the grid shows every state at least once, whatever the dice say."""
        past = [m for m in range(1, self.today.month) if m != 7]
        codes = [s.code for s in RESULT_UNITS if s.code not in (ACTING_UNIT, VACANT_UNIT, NEW_LEADER_UNIT)]
        if not past:
            return {}
        pairs = self.rng.sample([(c, m) for c in codes for m in past], k=3)
        return dict(zip(pairs, ("missing", "cancelled", "postponed"), strict=True))

    def outcome(self, month: int) -> str:
        draw = self.rng.random()
        if month == 7:  # the summer holiday: often no meeting at all
            return "missing" if draw < 0.5 else "cancelled" if draw < 0.75 else "held"
        if draw < 0.03:
            return "missing"
        if draw < 0.06:
            return "cancelled"
        if draw < 0.08:
            return "postponed"
        return "held"

    def build_meetings(self) -> None:
        self.counts["meetings"] = 0
        self.counts["action_items"] = 0
        forced = self.forced_outcomes()
        for spec in RESULT_UNITS:
            state = self.states[spec.code]
            superior = self.leads[spec.lead]
            chains: list[_Chain] = []
            goal_state: dict[uuid.UUID, GoalStatus] = {}
            for month in range(1, self.today.month + 1):
                day = self.meeting_day(month)
                leader = state.leader_at(day)
                if leader is None:
                    continue  # nobody to meet: the grid shows the month as missing
                if month == self.today.month:
                    result = "held" if day <= self.today else "planned"
                else:
                    result = forced.get((spec.code, month)) or self.outcome(month)
                if result == "missing":
                    continue
                meeting = self.add(Meeting(
                    unit_id=state.unit.id, unit_lineage_id=state.unit.lineage_id, leader_id=leader.id,
                    superior_id=superior.id, year=self.year, month=month, meeting_date=day, confidential=True,
                ))
                self.counts["meetings"] += 1
                if result == "planned":
                    meeting.status = MeetingStatus.PLANNED
                    meeting.sections = {"agenda": self.agenda(spec, month)}
                elif result in ("cancelled", "postponed"):
                    meeting.status = MeetingStatus(result)
                    reason = self.rng.choice(("sykdom", "budsjettmøte i formannskapet", "kurs", "ferieavvikling")
                                             if month == 7 else ("sykdom", "budsjettmøte i formannskapet", "kurs"))
                    meeting.sections = {"other": (f"Avlyst på grunn av {reason}." if result == "cancelled"
                                                  else f"Utsatt på grunn av {reason}; nytt tidspunkt avtales.")}
                else:
                    self.hold(meeting, state, leader, superior, day, month)
                    self.goal_statuses(meeting, spec.code, day, goal_state)
                    self.action_items(meeting, leader, superior, day, chains)

    def agenda(self, spec: UnitSpec, month: int) -> str:
        topic = self.rng.choice(texts.AGENDA_TOPICS.get(spec.profile, texts.GENERIC_AGENDA_TOPICS))
        economy = (f"Økonomi per {month_name(month - 1)}" if month > 1
                   else f"Budsjettet for {self.year} og årsavslutningen")
        return "\n".join((
            "1. Oppfølgingspunkter fra forrige møte", f"2. {economy}", "3. Personal, sykefravær og arbeidsmiljø",
            f"4. {topic}", "5. Eventuelt",
        ))

    def budget_comment(self, state: _UnitState, month: int) -> str:
        if month == 1 or not state.actual_net:
            return (f"Budsjettet for {self.year} er fordelt på månedene. Regnskapet for i fjor er ikke avsluttet, "
                    "så det er ingen nye tall å se på ennå.")
        budget = sum(state.budget_net[: month - 1]) if state.budget_net else 0
        actual = sum(state.actual_net[: month - 1])
        per = month_name(month - 1)
        if budget <= 0:
            return f"Regnskapet per {per} følger budsjettet, og inntektene kommer inn som forutsatt."
        deviation = (actual - budget) / budget * 100
        if deviation > 1.5:
            cause = self.rng.choice(texts.OVERRUN_CAUSES.get(state.spec.profile, texts.GENERIC_OVERRUN_CAUSES))
            return (f"Regnskapet per {per} viser et merforbruk på {_pct(deviation)} % mot periodisert budsjett, "
                    f"i hovedsak {cause}. {self.rng.choice(texts.OVERRUN_MEASURES)}")
        if deviation < -1.5:
            return (f"Regnskapet per {per} viser et mindreforbruk på {_pct(-deviation)} %, blant annet på grunn av "
                    f"{self.rng.choice(texts.UNDERRUN_CAUSES)}.")
        return f"Regnskapet per {per} er i tråd med periodisert budsjett (avvik {_pct(deviation)} %)."

    def hold(self, meeting: Meeting, state: _UnitState, leader: Person, superior: Person, day: date,
             month: int) -> None:
        spec = state.spec
        accounts = texts.LEADER_ACCOUNTS.get(spec.profile, ()) + texts.GENERIC_LEADER_ACCOUNTS
        meeting.status = MeetingStatus.HELD
        meeting.sections = {
            "agenda": self.agenda(spec, month),
            "leader_account": " ".join(self.rng.sample(accounts, k=2)),
            "superior_view": self.rng.choice(texts.SUPERIOR_VIEWS),
            "budget_comment": self.budget_comment(state, month),
            "decisions": self.rng.choice(texts.DECISIONS),
            "other": self.rng.choice(texts.OTHER_NOTES),
            "needs": self.rng.choice(texts.NEEDS),
        }
        if day <= self.today - timedelta(days=7):
            meeting.approved_by_leader_on = min(day + timedelta(days=self.rng.randint(1, 4)), self.today)
            meeting.approved_by_superior_on = min(
                meeting.approved_by_leader_on + timedelta(days=self.rng.randint(0, 3)), self.today)
            meeting.locked = True
        elif day < self.today and self.rng.random() < 0.5:
            meeting.approved_by_leader_on = self.today  # the minutes of a recent meeting await the superior

    def goal_statuses(self, meeting: Meeting, code: str, day: date, state: dict[uuid.UUID, GoalStatus]) -> None:
        goals = next((goals for start, end, goals in self.goal_periods.get(code, ())
                      if start <= day and (end is None or day <= end)), [])
        ladder = (GoalStatus.ON_TRACK, GoalStatus.AT_RISK, GoalStatus.OFF_TRACK)
        for goal in goals:
            current = state.get(goal.id)
            if current is None:
                current = self.rng.choices(ladder, weights=(14, 5, 1))[0]
            elif self.rng.random() < 0.2:
                step = self.rng.choice((-1, 1))
                current = ladder[min(2, max(0, ladder.index(current) + step))]
            state[goal.id] = current
            self.add(MeetingGoalStatus(meeting_id=meeting.id, goal_id=goal.id, status=current,
                                       comment=self.rng.choice(texts.GOAL_STATUS_COMMENTS[current.value])))

    def action_items(self, meeting: Meeting, leader: Person, superior: Person, day: date,
                     chains: list[_Chain]) -> None:
        order = 0
        still_open: list[_Chain] = []
        for chain in chains:
            if chain.done_on is not None and chain.done_on <= day:
                continue  # done before this meeting: not carried
            if chain.due < day and self.rng.random() < 0.5:
                chain.due = day + timedelta(days=21)  # a new deadline agreed in the meeting
            chain.last = self.item(meeting, chain, order, carried_from=chain.last)
            order += 1
            still_open.append(chain)
        count = self.rng.choices((0, 1, 2, 3), weights=(15, 35, 35, 15))[0]
        used = {c.text for c in still_open}
        for text, owner in self.rng.sample([a for a in texts.ACTION_ITEMS if a[0] not in used], k=count):
            due = day + timedelta(days=self.rng.randint(14, 56))
            done_on: date | None = None
            if self.rng.random() < 0.95:
                done_on = day + timedelta(days=self.rng.randint(3, (due - day).days + 14))
            if done_on is not None and done_on > self.today:
                done_on = None  # not done yet, as of today
            chain = _Chain(text, leader if owner == "leader" else superior, due, done_on)
            chain.last = self.item(meeting, chain, order, carried_from=None)
            order += 1
            still_open.append(chain)
        chains[:] = still_open

    def item(self, meeting: Meeting, chain: _Chain, order: int, *, carried_from: ActionItem | None) -> ActionItem:
        self.counts["action_items"] += 1
        # Every row of a chain shares the date it was finally done, so "open" means done_on is None
        # and the live row of an open chain is the one no later row is carried from.
        return self.add(ActionItem(
            meeting_id=meeting.id, text=chain.text, owner_id=chain.owner.id, due_date=chain.due,
            done_on=chain.done_on, carried_from_id=carried_from.id if carried_from else None, sort_order=order,
        ))


@dataclass
class _Chain:
    """One action item followed through the meetings it is carried into."""

    text: str
    owner: Person
    due: date
    done_on: date | None
    last: ActionItem | None = None
