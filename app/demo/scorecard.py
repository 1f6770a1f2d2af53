"""The demo's målekart (issue 19): the four focus areas with the municipality's goals and critical
success factors, 16 indicators, three years of values per unit with believable trends, the units'
årsprognoser in the demo year's held meetings, a result agreement for every result unit in the
demo year (some on the municipal templates, goals linked to focus areas and indicators), and the
rådmann's leader agreement with the year's plan (tables A-E).

Its own random stream (seeded from the demo's seed), so the rest of the demo is as it was.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from app.budget.views import unit_figures
from db.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    CommonRequirement,
    FocusArea,
    Forecast,
    Goal,
    Indicator,
    IndicatorValue,
    Meeting,
    MeetingStatus,
    MunicipalGoal,
    UnitIndicator,
    UnitKind,
    YearlyPlan,
)
from db.rows import table_of

if TYPE_CHECKING:
    from app.demo.builder import DemoBuilder

AREAS = (("livskvalitet", "Livskvalitet", "Livskvalitet"), ("brukere", "Brukere", "Brukarar"),
         ("medarbeidere", "Medarbeidere", "Medarbeidarar"), ("okonomi", "Økonomi", "Økonomi"))
MUNICIPAL_GOALS = {
    "livskvalitet": [("goal", "Lindvik er en god kommune å bo i for alle aldre."),
                     ("success_factor", "Folkehelse: fysisk aktivitet og gode møteplasser."),
                     ("success_factor", "Stedsutvikling: levende sentrum og trygge nærmiljø.")],
    "brukere": [("goal", "Innbyggerne får tjenester med riktig kvalitet til riktig tid."),
                ("success_factor", "Omsorg: tjenester som gjør den enkelte i stand til å mestre eget liv.")],
    "medarbeidere": [("goal", "Kommunen har kompetente og friske medarbeidere som blir."),
                     ("success_factor", "Nærværende ledelse og et godt arbeidsmiljø.")],
    "okonomi": [("goal", "Enhetene driver innenfor vedtatt ramme og bygger et handlingsrom."),
                ("success_factor", "Realistiske budsjetter og tidlig varsling av avvik.")],
}


@dataclass(frozen=True)
class Spec:
    name: str
    area: str
    measure: str
    direction: str
    target: str
    yellow: str
    frequency: str
    rollup: str
    profiles: tuple[str, ...] | None  # None: every result unit
    base: tuple[float, float]  # the range a unit's level is drawn from
    source: str = "entered"


ALL = None
SCHOOLS = ("school",)
KINDERGARTENS = ("kindergarten",)
CARE = ("nursing_home", "home_care", "disability", "health")
INDICATORS = (
    Spec("Daglig fysisk aktivitet", "livskvalitet", "min", "higher", "60", "45", "tertial", "average",
         ("school", "kindergarten"), (45, 70)),
    Spec("Brukere som mestrer hverdagen etter rehabilitering", "livskvalitet", "%", "higher", "70", "60", "tertial",
         "average", ("home_care", "health", "nursing_home"), (58, 76)),
    Spec("Frivillige timer i tjenestene", "livskvalitet", "antall", "higher", "400", "250", "tertial", "sum",
         ("nursing_home", "culture", "library", "home_care"), (260, 650)),
    Spec("Deltakere i lavterskeltilbud", "livskvalitet", "antall", "higher", "300", "200", "tertial", "sum",
         ("culture", "library", "culture_school", "health", "refugee"), (120, 480)),
    Spec("Brukertilfredshet", "brukere", "skår", "higher", "4.8", "4.4", "year", "average", ALL, (4.45, 5.4)),
    Spec("Klager behandlet innen frist", "brukere", "%", "higher", "95", "90", "tertial", "average", ALL, (90, 99.5)),
    Spec("Elevenes trivsel (Elevundersøkelsen)", "brukere", "skår", "higher", "4.3", "4.0", "year", "average",
         SCHOOLS, (3.9, 4.6)),
    Spec("Foreldretilfredshet i barnehagen", "brukere", "skår", "higher", "5.0", "4.6", "year", "average",
         KINDERGARTENS, (4.5, 5.5)),
    Spec("Ventetid på hjemmetjenester", "brukere", "dager", "lower", "5", "8", "tertial", "average",
         ("home_care",), (3.5, 9)),
    Spec("Sykefravær", "medarbeidere", "%", "lower", "7", "8.5", "month", "weighted_fte", ALL, (5.2, 8.6)),
    Spec("Medarbeidertilfredshet (10-FAKTOR)", "medarbeidere", "skår", "higher", "4.2", "3.9", "year",
         "weighted_fte", ALL, (3.95, 4.6)),
    Spec("Ansatte med påkrevd kompetanse", "medarbeidere", "%", "higher", "90", "85", "year", "weighted_fte", ALL,
         (85, 97)),
    Spec("Gjennomførte medarbeidersamtaler", "medarbeidere", "%", "higher", "100", "90", "year", "average", ALL,
         (90, 100)),
    Spec("Budsjettavvik", "okonomi", "%", "lower", "0.5", "2", "tertial", "weighted_fte", ALL, (0, 0),
         "budget_deviation"),
    Spec("Vikarbruk", "okonomi", "%", "lower", "6", "8", "tertial", "weighted_fte", CARE + KINDERGARTENS, (4, 9.5)),
    Spec("Innkjøp gjennom rammeavtaler", "okonomi", "%", "higher", "85", "75", "year", "average", ALL, (76, 95)),
)
RED_COMMENTS = {
    "Sykefravær": ("Høyt langtidsfravær på to avdelinger; tett oppfølging med NAV og bedriftshelsetjenesten.",
                   "Influensasesong og flere svangerskapsrelaterte sykmeldinger.",
                   "Fraværet følges opp i IA-gruppen; tiltak for tilrettelegging er satt inn."),
    "Vikarbruk": ("Vikarbehovet følger sykefraværet; to ledige stillinger er lyst ut.",),
    "Budsjettavvik": ("Merforbruk på vikarer og overtid; tiltaksplan lagt fram i oppfølgingssamtalen.",),
    "Ventetid på hjemmetjenester": ("Flere nye brukere etter utskrivning fra sykehus; kapasiteten vurderes.",),
}
FORECAST_REASONS = (
    "Vikarutgifter ved sykefravær ut over budsjettert nivå.",
    "Økte energikostnader i bygget.",
    "Ledig stilling holdes vakant ut året.",
    "Flere brukere med omfattende behov enn forutsatt i budsjettet.",
    "Statlige tilskudd høyere enn budsjettert.",
    "Innsparingstiltak fra våren gir effekt i høsthalvåret.",
)
PLAN = {
    "A": ["Sykefraværet i kommunen skal ned til 7 % innen utgangen av året.",
          "Alle enheter driver innenfor vedtatt budsjettramme."],
    "B": ["Ta i bruk målekart i alle enheter, med resultater i hver tertialrapport.",
          "Ny strategi for heltidskultur vedtas av kommunestyret."],
    "C": ["Legge fram tertialrapporter med målekart til fastsatt tid.",
          "Gjennomføre oppfølgingssamtaler med alle kommunalsjefer hver måned."],
    "D": ["Delta i lederprogram for toppledere i regi av KS."],
    "E": ["Formannskapet behandler målekartet i hvert tertialmøte og gir tilbakemelding til rådmannen."],
}


def _level(rng: random.Random, spec: Spec) -> float:
    return rng.uniform(*spec.base)


def _round(value: float, measure: str) -> Decimal:
    if measure in ("antall", "min"):
        return Decimal(round(value))
    if measure == "skår":
        return Decimal(f"{value:.2f}")
    return Decimal(f"{value:.1f}")


def build_scorecard(builder: DemoBuilder) -> dict[str, int]:
    """Add the demo's målekart, agreements and plan; returns counts for the summary."""
    rng = random.Random(builder.seed * 19 + 7)
    session = builder.session
    today, year = builder.today, builder.year
    muni = builder.municipality
    now = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    areas: dict[str, FocusArea] = {}
    goals: dict[str, list[MunicipalGoal]] = {}
    for order, (key, nb, nn) in enumerate(AREAS):
        areas[key] = FocusArea(id=builder.uid(), municipality_id=muni.id, key=key, name_nb=nb, name_nn=nn,
                               sort_order=order)
        session.add(areas[key])
        goals[key] = []
        for i, (kind, text) in enumerate(MUNICIPAL_GOALS[key]):
            goal = MunicipalGoal(id=builder.uid(), focus_area_id=areas[key].id, kind=kind, text=text, sort_order=i)
            goals[key].append(goal)
            session.add(goal)
    session.flush()
    indicators: dict[str, Indicator] = {}
    for order, spec in enumerate(INDICATORS):
        factor = next((g for g in goals[spec.area] if g.kind == "success_factor"), None)
        indicators[spec.name] = Indicator(
            id=builder.uid(), municipality_id=muni.id, focus_area_id=areas[spec.area].id,
            success_factor_id=factor.id if factor else None, name=spec.name, measure=spec.measure,
            direction=spec.direction, target=Decimal(spec.target), yellow_limit=Decimal(spec.yellow),
            frequency=spec.frequency, source=spec.source, rollup=spec.rollup, sort_order=order, description="")
        session.add(indicators[spec.name])
    session.flush()

    result_units = [s for s in builder.states.values() if s.spec.kind is UnitKind.RESULT_UNIT]
    lines: list[dict[str, Any]] = []
    values: list[dict[str, Any]] = []
    years = (year - 2, year - 1, year)

    def value_row(ind: Indicator, lineage: uuid.UUID, y: int, p: int, v: Decimal, comment: str = "") -> None:
        values.append({"id": builder.uid(), "indicator_id": ind.id, "unit_lineage_id": lineage, "year": y, "period": p,
                       "value": v, "comment": comment, "source": "imported" if ind.frequency == "month" else "entered",
                       "entered_by": "demo", "entered_at": now, "meeting_id": None, "created_at": now,
                       "updated_at": now, "version": 1})

    def closed(y: int, last_month: int) -> bool:
        return date(y, last_month, 1) < date(today.year, today.month, 1)

    for state in result_units:
        spec_u = state.spec
        lineage = state.unit.lineage_id
        for spec in INDICATORS:
            if spec.profiles is not None and spec_u.profile not in spec.profiles:
                continue
            ind = indicators[spec.name]
            lines.append({"id": builder.uid(), "indicator_id": ind.id, "unit_lineage_id": lineage, "target": None,
                          "yellow_limit": None, "created_at": now, "updated_at": now, "version": 1})
            if spec.source == "budget_deviation":
                continue  # from the accounts below
            level = _level(rng, spec)
            if spec.name == "Sykefravær":
                level = {"nursing_home": 8.3, "home_care": 7.6, "kindergarten": 7.4, "disability": 7.8}.get(
                    spec_u.profile, level)
                if spec_u.code == "3100":  # Lindvik sykehjem: above the target, the demo's red line
                    level = 9.4
            trend = rng.uniform(-0.012, 0.012) * (abs(float(spec.target)) or 1)
            for y in years:
                drift = trend * (y - years[0])
                if spec.frequency == "month":
                    for m in range(1, 13):
                        if not closed(y, m):
                            break
                        season = 1.3 * math.cos(2 * math.pi * (m - 1) / 12) if spec.name == "Sykefravær" else 0
                        v = max(1.5, level + drift + season + rng.gauss(0, 0.45))
                        number = _round(v, spec.measure)
                        red = number > Decimal(spec.yellow)
                        comment = rng.choice(RED_COMMENTS[spec.name]) if red and rng.random() < 0.5 else ""
                        value_row(ind, lineage, y, m, number, comment)
                elif spec.frequency == "tertial":
                    for t in (1, 2, 3):
                        if not closed(y, 4 * t):
                            break
                        v = max(0.0, level + drift + rng.gauss(0, abs(level) * 0.02))
                        if spec.measure == "%":
                            v = min(v, 100.0)
                        value_row(ind, lineage, y, t, _round(v, spec.measure))
                else:
                    if not closed(y, 12):
                        continue
                    v = level + drift + rng.gauss(0, 0.08 if spec.measure == "skår" else 1.5)
                    top = 6.0 if spec.name != "Medarbeidertilfredshet (10-FAKTOR)" and spec.measure == "skår" else 5.0
                    v = min(max(v, 1.0), top) if spec.measure == "skår" else min(v, 100.0)
                    value_row(ind, lineage, y, 0, _round(v, spec.measure))
        # Budget deviation from the demo's own accounts, per closed tertial of the years with accounts.
        ind = indicators["Budsjettavvik"]
        for y in years:
            for t in (1, 2, 3):
                if not closed(y, 4 * t):
                    break
                figures = unit_figures(session, lineage, y, 4 * t)
                if figures is None or figures.deviation_ytd_pct is None or figures.actual_through < 4 * t:
                    continue
                pct = Decimal(f"{figures.deviation_ytd_pct:.1f}")
                comment = rng.choice(RED_COMMENTS["Budsjettavvik"]) if pct > Decimal("2") else ""
                value_row(ind, lineage, y, t, pct, comment)
    session.execute(insert(table_of(UnitIndicator)), lines)
    session.execute(insert(table_of(IndicatorValue)), values)
    forecasts = _forecasts(builder, rng)
    agreements = _agreements(builder, rng, areas, indicators, goals)
    agreements += _plan(builder, goals)
    return {"indicators": len(indicators), "values": len(values), "forecasts": forecasts, "agreements": agreements}


def _forecasts(builder: DemoBuilder, rng: random.Random) -> int:
    """An årsprognose in most held meetings of the demo year: a unit's tendency, growing clearer."""
    session = builder.session
    meetings = session.scalars(select(Meeting).where(Meeting.year == builder.year,
                                                     Meeting.status == MeetingStatus.HELD)).all()
    tendency: dict[uuid.UUID, tuple[int, str]] = {}
    rows = []
    now = datetime.now(UTC)
    for meeting in sorted(meetings, key=lambda m: (m.month, str(m.unit_lineage_id))):
        if meeting.unit_lineage_id is None or rng.random() < 0.15:
            continue
        if meeting.unit_lineage_id not in tendency:
            amount = rng.choice((-1, 1, 1, 2)) * rng.randint(2, 30) * 10_000_00
            tendency[meeting.unit_lineage_id] = (amount, rng.choice(FORECAST_REASONS))
        amount, reason = tendency[meeting.unit_lineage_id]
        amount = round(amount * (0.7 + 0.05 * meeting.month) / 10_000_00) * 10_000_00
        rows.append({"id": builder.uid(), "meeting_id": meeting.id, "deviation_ore": amount,
                     "reason": reason if amount else "", "created_at": now, "updated_at": now, "version": 1})
    if rows:
        session.execute(insert(table_of(Forecast)), rows)
    return len(rows)


def _chief(builder: DemoBuilder) -> Any:
    """The rådmann today (the root unit's chief executive), or None."""
    state = builder.states.get("1000")
    if state is None:
        return None
    return next((t.person for t in state.tenures if t.covers(builder.today)
                 and t.role.value == "chief_executive"), None)


def _values(template: Any, given: dict[str, str]) -> dict[str, str]:
    """Every field of the template filled in (the given value, else the field's default), nothing else."""
    return {f["key"]: given.get(f["key"], f.get("default", "")) for s in template.definition["sections"]
            for f in s.get("fields", [])}


def _agreements(builder: DemoBuilder, rng: random.Random, areas: dict[str, FocusArea],
                indicators: dict[str, Indicator], goals: dict[str, list[MunicipalGoal]]) -> int:
    """A result agreement for the demo year for every result unit that has none, every third on
    the municipal result agreement template (with the municipal leader agreement beside it)."""
    from app.demo import texts

    session = builder.session
    year = builder.year
    have = {lineage for (lineage,) in session.execute(
        select(Agreement.unit_lineage_id).where(Agreement.kind == AgreementKind.RESULT,
                                                Agreement.period_start <= date(year, 12, 31),
                                                Agreement.period_end >= date(year, 1, 1)))}
    common = session.scalars(select(CommonRequirement).where(CommonRequirement.period_start == date(year, 1, 1))
                             .order_by(CommonRequirement.sort_order)).all()
    made = 0
    result_units = sorted((s for s in builder.states.values() if s.spec.kind is UnitKind.RESULT_UNIT),
                          key=lambda s: s.spec.code)
    for index, state in enumerate(result_units):
        if state.unit.lineage_id in have:
            continue
        spec = state.spec
        municipal = index % 3 == 0
        key = "kommune_resultatavtale.nb" if municipal else "statskonsult_resultatavtale.nb"
        template = builder.templates[key]
        superior = builder.leads.get(spec.lead) or _chief(builder)
        signed = min(date(year, 1, 1) + timedelta(days=rng.randint(14, 45)), builder.today)
        leader = state.leader_at(signed) or state.leader_at(builder.today)
        if leader is None:
            continue
        given = {"leader": leader.full_name, "leader_title": spec.leader_title, "unit": state.unit.name,
                 "superior": superior.full_name if superior else "", "period_start": f"{year}-01-01",
                 "period_end": f"{year}-12-31", "signed_place": "Lindvik", "signed_date": signed.isoformat(),
                 "leader_agreement": f"Lederavtale – {spec.name}", "business_plan": f"Virksomhetsplan {year} for "
                 f"{spec.name}", "unit_goals": spec.area_of_work, "area_of_work": spec.area_of_work,
                 "evaluation_meeting": f"Uke 47, {year}"}
        values = _values(template, given)
        agreement = Agreement(
            id=builder.uid(), template_id=template.id, unit_id=state.unit.id, unit_lineage_id=state.unit.lineage_id,
            leader_id=leader.id, superior_id=superior.id if superior else None, kind=AgreementKind.RESULT,
            title=f"Resultatavtale {year} – {spec.name}", period_start=date(year, 1, 1),
            period_end=date(year, 12, 31), status=AgreementStatus.SIGNED,
            confidential=bool(template.definition.get("confidential_default", True)), values=values,
            signed_place="Lindvik", signed_by_leader_on=signed, signed_by_superior_on=signed)
        session.add(agreement)
        made += 1
        pool = texts.PROFESSIONAL_GOALS.get(spec.profile, texts.GENERIC_PROFESSIONAL_GOALS)
        chosen = rng.sample(pool, k=min(2, len(pool)))
        sick = indicators["Sykefravær"]
        satisfaction = indicators["Brukertilfredshet"]
        rows: list[tuple[str, str, str, str, str, Indicator | None]]
        if municipal:
            rows = [("prioriterte_mal", text, ind_text, evaluation, "brukere", satisfaction)
                    for text, ind_text, evaluation in chosen]
            rows.append(("prioriterte_mal", "Redusere sykefraværet i enheten.", "", "Sykefraværsstatistikken per "
                         "tertial.", "medarbeidere", sick))
        else:
            personal = rng.choice(texts.PERSONAL_GOALS)
            rows = [("faglige_krav", text, ind_text, evaluation, "brukere", satisfaction)
                    for text, ind_text, evaluation in chosen]
            rows.append(("faglige_krav", "Redusere sykefraværet i enheten.", "", "Sykefraværsstatistikken per "
                         "tertial.", "medarbeidere", sick))
            rows.append(("personlige_utviklingsmal", *personal, "medarbeidere", None))
            rows += [("generelle_krav", cr.text, cr.indicator, cr.evaluation, "okonomi", None) for cr in common]
        numbers: dict[str, int] = {}
        for order, (category, text, ind_text, evaluation, area, indicator) in enumerate(rows):
            numbers[category] = numbers.get(category, 0) + 1
            target = None
            if indicator is sick:
                target = Decimal("6.5") if spec.profile in ("school", "admin") else Decimal("7.5")
            serves = goals[area][0]
            session.add(Goal(
                id=builder.uid(), agreement_id=agreement.id, category=category,
                number=f"{numbers[category]}", text=text, indicator=ind_text, evaluation=evaluation,
                deadline=date(year, 12, 31), sort_order=order, focus_area_id=areas[area].id,
                indicator_id=indicator.id if indicator is not None else None, indicator_target=target,
                municipal_goal_id=serves.id))
        if municipal:
            leader_template = builder.templates["kommune_lederavtale.nb"]
            session.add(Agreement(
                id=builder.uid(), template_id=leader_template.id, unit_id=state.unit.id,
                unit_lineage_id=state.unit.lineage_id, leader_id=leader.id,
                superior_id=superior.id if superior else None, kind=AgreementKind.LEADER,
                title=f"Lederavtale – {spec.name}", period_start=date(year, 1, 1), period_end=date(year + 3, 12, 31),
                status=AgreementStatus.SIGNED, confidential=True,
                values=_values(leader_template, given | {"period_end": f"{year + 3}-12-31",
                                                         "result_agreement": "Følger som vedlegg"}),
                signed_place="Lindvik", signed_by_leader_on=signed, signed_by_superior_on=signed))
            made += 1
    return made


def _plan(builder: DemoBuilder, goals: dict[str, list[MunicipalGoal]]) -> int:
    """The rådmann's leader agreement (four years) with this year's plan, tables A-E, evaluated twice."""
    session = builder.session
    year = builder.year
    state = builder.states.get("1000")
    chief = _chief(builder)
    if state is None or chief is None:
        return 0
    template = builder.templates["radmann_lederavtale.nb"]
    start = date(year, 1, 1)
    signed = date(year, 1, 20)
    agreement = Agreement(
        id=builder.uid(), template_id=template.id, unit_id=state.unit.id, unit_lineage_id=state.unit.lineage_id,
        leader_id=chief.id, superior_id=None, kind=AgreementKind.LEADER, title="Lederavtale – rådmannen",
        period_start=start, period_end=date(year + 3, 12, 31), status=AgreementStatus.SIGNED, confidential=True,
        values=_values(template, {"leader": chief.full_name, "unit": state.unit.name, "superior": "Ordføreren",
                                  "period_start": start.isoformat(), "period_end": date(year + 3, 12, 31).isoformat(),
                                  "plan_year": str(year), "signed_place": "Lindvik",
                                  "signed_date": signed.isoformat()}),
        signed_place="Lindvik", signed_by_leader_on=signed, signed_by_superior_on=signed)
    session.add(agreement)
    serve = {"A": "okonomi", "B": "medarbeidere", "C": "brukere", "D": "medarbeidere", "E": "livskvalitet"}
    tables = {key: [{"text": text, "municipal_goal_id": str(goals[serve[key]][0].id), "status": ""} for text in rows]
              for key, rows in PLAN.items()}
    evaluations = [{"date": date(year, 6, 12).isoformat(), "note": "Første evalueringssamtale: planen følges, "
                    "sykefraværet er fortsatt over målet."}]
    if builder.today >= date(year, 11, 1):
        evaluations.append({"date": date(year, 11, 6).isoformat(), "note": "Andre evalueringssamtale før "
                            "budsjettbehandlingen."})
    session.add(YearlyPlan(id=builder.uid(), agreement_id=agreement.id, year=year, period_start=date(year, 1, 1),
                           period_end=date(year, 12, 31), tables=tables, evaluations=evaluations))
    return 1
