"""Budget and accounts figures for the demo units.

Each unit's budget follows from its FTEs (about 700,000 kr a year per FTE in wages with
pension and employer's tax) plus running costs and revenues typical of its profile. The
accounts are the budget bent by a deviation drawn per unit (some units overspend by a
few per cent, mostly on temps and overtime, others underspend) and noise per month.

Art codes are the municipality's 5-digit local codes whose first three digits are the
KOSTRA art, kept as text so the leading zero of ``01000`` Fastlønn survives.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# Expenses are positive, revenues negative, as in the accounting systems' exports.
FASTLONN, VIKARER, OVERTID, PENSJON, ARBEIDSGIVERAVGIFT = "01000", "02000", "04000", "09000", "09900"
SYKELONNSREFUSJON = "71000"
ENERGY, RENT = "18000", "19000"

PENSION_RATE = 0.11  # of wages
EMPLOYER_TAX_RATE = 0.141  # of wages and pension
SICK_PAY_REFUND_RATE = 0.025  # of fixed wages

# Funksjoner for premises (buildings): energy and rent are booked there, wages on the service.
PREMISES_FUNKSJONER = frozenset({"130", "221", "222", "261"})


def _normalised(weights: tuple[float, ...]) -> tuple[float, ...]:
    total = sum(weights)
    return tuple(w * 12 / total for w in weights)


FLAT = _normalised((1.0,) * 12)
ENERGY_SEASON = _normalised((1.6, 1.5, 1.3, 1.0, 0.7, 0.5, 0.4, 0.5, 0.7, 1.0, 1.3, 1.5))
# Temps peak in the summer holidays in round-the-clock services, and vanish in schools.
SUMMER_TEMPS = _normalised((0.9, 0.9, 0.9, 0.9, 0.9, 1.4, 2.0, 1.3, 0.8, 0.8, 0.8, 0.9))
SCHOOL_TEMPS = _normalised((1.1, 1.2, 1.2, 1.0, 1.1, 0.8, 0.1, 0.7, 1.2, 1.2, 1.3, 1.0))
SCHOOL_SUPPLIES = _normalised((1.2, 1.0, 1.0, 1.0, 1.0, 0.6, 0.2, 1.8, 1.4, 1.0, 1.0, 0.8))


@dataclass(frozen=True)
class Profile:
    """Yearly kroner per FTE for one kind of unit."""

    fixed_wage: int
    temps: int
    overtime: int
    operating: dict[str, int] = field(default_factory=dict)  # on the service funksjoner
    premises: dict[str, int] = field(default_factory=dict)  # on the premises funksjoner
    revenues: dict[str, int] = field(default_factory=dict)  # amounts received (stored negative)
    school_year: bool = False
    overrun_prone: bool = False  # round-the-clock care and child welfare overspend more often


PROFILES: dict[str, Profile] = {
    "admin": Profile(610_000, 5_000, 6_000, {"12000": 40_000, "27000": 60_000}),
    "ikt": Profile(620_000, 0, 15_000, {"12000": 250_000, "27000": 120_000}),
    "planning": Profile(600_000, 5_000, 5_000, {"12000": 30_000, "27000": 120_000}, revenues={"62000": 150_000}),
    "school": Profile(
        580_000, 30_000, 6_000, {"10500": 18_000, "12000": 12_000}, {ENERGY: 20_000},
        {"60000": 15_000, "70000": 8_000}, school_year=True,
    ),
    "adult_education": Profile(
        580_000, 15_000, 3_000, {"10500": 15_000, "12000": 10_000}, revenues={"70000": 60_000}, school_year=True
    ),
    "kindergarten": Profile(
        480_000, 35_000, 4_000, {"11500": 14_000, "12000": 12_000}, {ENERGY: 10_000},
        {"60000": 170_000, "70000": 10_000},
    ),
    "nursing_home": Profile(
        500_000, 55_000, 15_000, {"11000": 12_000, "11500": 30_000, "12000": 10_000}, {ENERGY: 15_000},
        {"60000": 200_000}, overrun_prone=True,
    ),
    "home_care": Profile(
        500_000, 50_000, 12_000, {"11000": 8_000, "12000": 25_000}, revenues={"60000": 12_000}, overrun_prone=True
    ),
    "disability": Profile(
        500_000, 45_000, 12_000, {"11500": 6_000, "12000": 10_000}, revenues={"60000": 8_000, "70000": 120_000},
        overrun_prone=True,
    ),
    "health": Profile(560_000, 15_000, 4_000, {"11000": 8_000, "12000": 15_000}, revenues={"70000": 20_000}),
    "doctors": Profile(
        650_000, 40_000, 10_000, {"11000": 40_000, "12000": 25_000, RENT: 60_000},
        revenues={"60000": 180_000, "70000": 250_000},
    ),
    "child_welfare": Profile(
        600_000, 10_000, 10_000, {"12000": 15_000, "27000": 40_000, "37000": 350_000},
        revenues={"70000": 30_000}, overrun_prone=True,
    ),
    "refugee": Profile(
        560_000, 5_000, 3_000, {"12000": 20_000, RENT: 250_000, "47000": 300_000},
        revenues={"70000": 500_000, "63000": 150_000},
    ),
    "nav": Profile(600_000, 5_000, 3_000, {"12000": 15_000, "47000": 700_000}, revenues={"70000": 40_000}),
    "technical": Profile(
        560_000, 5_000, 35_000, {"12000": 120_000, "23000": 60_000}, {ENERGY: 80_000}, {"64000": 450_000}
    ),
    "property": Profile(
        470_000, 15_000, 8_000, {"12000": 40_000, "23000": 120_000}, {ENERGY: 120_000}, {"63000": 200_000}
    ),
    "fire": Profile(420_000, 5_000, 40_000, {"12000": 50_000}, {ENERGY: 10_000}, {"62000": 60_000}),
    "culture": Profile(
        540_000, 10_000, 8_000, {"12000": 40_000, "47000": 120_000}, {ENERGY: 30_000}, {"62900": 80_000}
    ),
    "library": Profile(530_000, 10_000, 2_000, {"12000": 90_000}),
    "culture_school": Profile(560_000, 10_000, 2_000, {"12000": 20_000}, revenues={"60000": 110_000}),
}


@dataclass
class BudgetItem:
    """One (ansvar, art, funksjon) with its budget per month in whole kroner."""

    ansvar: str
    art: str
    funksjon: str
    monthly_kr: list[int]


def _split(total: float, weights: dict[str, float]) -> dict[str, float]:
    return {key: total * weight for key, weight in weights.items()}


def _funksjon_weights(funksjoner: tuple[str, ...], *, premises: bool, spread_all: bool) -> dict[str, float]:
    if spread_all:
        return {f: 1 / len(funksjoner) for f in funksjoner}
    chosen = [f for f in funksjoner if (f in PREMISES_FUNKSJONER) == premises]
    if not chosen:  # no premises funksjon: the building costs go with the service
        chosen = [f for f in funksjoner if f not in PREMISES_FUNKSJONER] or list(funksjoner)
    if len(chosen) == 1:
        return {chosen[0]: 1.0}
    # The first funksjon is the unit's main service; the others get a smaller share.
    rest = 0.2 / (len(chosen) - 1)
    return {f: (0.8 if i == 0 else rest) for i, f in enumerate(chosen)}


def _monthly(annual_kr: float, season: tuple[float, ...]) -> list[int]:
    annual = round(annual_kr / 1000) * 1000  # budgets are set in whole thousands
    months = [round(annual * w / 12) for w in season[:11]]
    months.append(annual - sum(months))
    return months


def plan_budget(
    profile_key: str, fte: float, ansvar_codes: tuple[str, ...], funksjoner: tuple[str, ...]
) -> list[BudgetItem]:
    """The year's budget for one unit, spread over its ansvar codes, funksjoner and months."""
    profile = PROFILES[profile_key]
    spread_all = profile_key == "property"  # all of Eiendom's work is on buildings
    service = _funksjon_weights(funksjoner, premises=False, spread_all=spread_all)
    premises = _funksjon_weights(funksjoner, premises=True, spread_all=spread_all)
    ansvar_weights = {code: (0.8 if i == 0 else 0.2 / (len(ansvar_codes) - 1)) for i, code in enumerate(ansvar_codes)}
    if len(ansvar_codes) == 1:
        ansvar_weights = {ansvar_codes[0]: 1.0}

    wages = profile.fixed_wage * fte
    temps = profile.temps * fte
    overtime = profile.overtime * fte
    pension = (wages + temps + overtime) * PENSION_RATE
    employer_tax = (wages + temps + overtime + pension) * EMPLOYER_TAX_RATE
    temp_season = SCHOOL_TEMPS if profile.school_year else SUMMER_TEMPS

    lines: list[tuple[str, float, dict[str, float], tuple[float, ...]]] = [
        (FASTLONN, wages, service, FLAT),
        (VIKARER, temps, service, temp_season),
        (OVERTID, overtime, service, temp_season),
        (PENSJON, pension, service, FLAT),
        (ARBEIDSGIVERAVGIFT, employer_tax, service, FLAT),
    ]
    for art, per_fte in profile.operating.items():
        lines.append((art, per_fte * fte, service, SCHOOL_SUPPLIES if art == "10500" else FLAT))
    for art, per_fte in profile.premises.items():
        lines.append((art, per_fte * fte, premises, ENERGY_SEASON if art == ENERGY else FLAT))
    revenues = dict(profile.revenues)
    if profile_key == "school" and not {"201", "215"} & set(funksjoner):
        revenues.pop("60000", None)  # parents pay for SFO and kindergarten, not for lower secondary
    for art, per_fte in revenues.items():
        lines.append((art, -per_fte * fte, service, FLAT))
    lines.append((SYKELONNSREFUSJON, -wages * SICK_PAY_REFUND_RATE, service, FLAT))

    items: list[BudgetItem] = []
    for art, annual, funksjon_weights, season in lines:
        if not annual:
            continue
        for ansvar, ansvar_amount in _split(annual, ansvar_weights).items():
            for funksjon, amount in _split(ansvar_amount, funksjon_weights).items():
                monthly = _monthly(amount, season)
                if any(monthly):
                    items.append(BudgetItem(ansvar, art, funksjon, monthly))
    return items


def unit_deviation(rng: random.Random, profile_key: str) -> float:
    """How far a unit's spending strays from its budget this year (0.05 = 5 % over)."""
    over_chance = 0.7 if PROFILES[profile_key].overrun_prone else 0.25
    draw = rng.random()
    if draw < over_chance:
        return rng.uniform(0.03, 0.065)
    if draw < over_chance + 0.3:
        return rng.uniform(-0.035, -0.008)
    return rng.uniform(-0.01, 0.015)


# How strongly each kind of line follows the unit's deviation, and its own monthly noise.
_SENSITIVITY: dict[str, tuple[float, float]] = {
    FASTLONN: (0.6, 0.012),
    PENSJON: (0.6, 0.01),
    ARBEIDSGIVERAVGIFT: (0.6, 0.01),
    VIKARER: (4.0, 0.25),
    OVERTID: (5.0, 0.35),
    ENERGY: (0.5, 0.12),
}


def actual_ore(rng: random.Random, item: BudgetItem, deviation: float, months: int) -> list[int]:
    """The accounts for one budget item, month 1..``months``, in øre."""
    result: list[int] = []
    for month in range(months):
        budget_ore = item.monthly_kr[month] * 100
        if item.art == SYKELONNSREFUSJON:
            factor = max(0.0, rng.gauss(1.25, 0.45))  # refunds come in lumps, and often exceed the estimate
        elif budget_ore < 0:
            factor = 1 + rng.gauss(0, 0.06)
        else:
            sensitivity, noise = _SENSITIVITY.get(item.art, (1.2, 0.2))
            factor = max(0.0, 1 + sensitivity * deviation + rng.gauss(0, noise))
        result.append(round(budget_ore * factor))
    return result
