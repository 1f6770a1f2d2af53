"""Translated names of the stored codes (unit kinds, statuses) shown in the window.

The texts are marked with QT_TRANSLATE_NOOP so lupdate finds them; they are translated
when looked up, so a language switch takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

UNIT_KINDS = {
    "administration": QT_TRANSLATE_NOOP("Labels", "Rådmannen"),
    "top_team": QT_TRANSLATE_NOOP("Labels", "Rådmannens ledergruppe"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Stab"),
    "support": QT_TRANSLATE_NOOP("Labels", "Støtte"),
    "development": QT_TRANSLATE_NOOP("Labels", "Utviklingsenhet"),
    "service_desk": QT_TRANSLATE_NOOP("Labels", "Servicetorg"),
    "community_sector": QT_TRANSLATE_NOOP("Labels", "Sektor samfunn"),
    "sector": QT_TRANSLATE_NOOP("Labels", "Sektor"),
    "result_unit": QT_TRANSLATE_NOOP("Labels", "Resultatenhet"),
}
AGREEMENT_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Utkast"),
    "discussion": QT_TRANSLATE_NOOP("Labels", "Til drøfting"),
    "signed": QT_TRANSLATE_NOOP("Labels", "Signert"),
    "evaluated": QT_TRANSLATE_NOOP("Labels", "Evaluert"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "Erstattet"),
}
AGREEMENT_KINDS = {
    "leader": QT_TRANSLATE_NOOP("Labels", "Lederavtale"),
    "result": QT_TRANSLATE_NOOP("Labels", "Resultatavtale"),
}
MEETING_STATUSES = {
    "held": QT_TRANSLATE_NOOP("Labels", "Holdt"),
    "planned": QT_TRANSLATE_NOOP("Labels", "Planlagt"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Avlyst"),
    "postponed": QT_TRANSLATE_NOOP("Labels", "Utsatt"),
    "missing": QT_TRANSLATE_NOOP("Labels", "Mangler"),
}
GOAL_STATUSES = {
    "on_track": QT_TRANSLATE_NOOP("Labels", "På sporet"),
    "at_risk": QT_TRANSLATE_NOOP("Labels", "Risiko"),
    "off_track": QT_TRANSLATE_NOOP("Labels", "Ikke på sporet"),
}
MONTHS = [
    QT_TRANSLATE_NOOP("Labels", "januar"), QT_TRANSLATE_NOOP("Labels", "februar"),
    QT_TRANSLATE_NOOP("Labels", "mars"), QT_TRANSLATE_NOOP("Labels", "april"), QT_TRANSLATE_NOOP("Labels", "mai"),
    QT_TRANSLATE_NOOP("Labels", "juni"), QT_TRANSLATE_NOOP("Labels", "juli"), QT_TRANSLATE_NOOP("Labels", "august"),
    QT_TRANSLATE_NOOP("Labels", "september"), QT_TRANSLATE_NOOP("Labels", "oktober"),
    QT_TRANSLATE_NOOP("Labels", "november"), QT_TRANSLATE_NOOP("Labels", "desember"),
]
# The meeting note's parts (app.followup.meetings.SECTION_KEYS), with a hint for each.
NOTE_SECTIONS = {
    "agenda": QT_TRANSLATE_NOOP("Labels", "Dagsorden (begge kan føre opp saker)"),
    "leader_account": QT_TRANSLATE_NOOP("Labels", "Lederens egen vurdering av måneden"),
    "superior_view": QT_TRANSLATE_NOOP("Labels", "Overordnedes syn"),
    "budget_comment": QT_TRANSLATE_NOOP("Labels", "Lederens forklaring på avviket"),
    "measures": QT_TRANSLATE_NOOP("Labels", "Foreslåtte tiltak mot avviket"),
    "other": QT_TRANSLATE_NOOP("Labels", "Andre saker"),
    "needs": QT_TRANSLATE_NOOP("Labels", "Behov for hjelp eller kompetanse"),
    "decisions": QT_TRANSLATE_NOOP("Labels", "Beslutninger"),
    "item": QT_TRANSLATE_NOOP("Labels", "Oppfølgingspunkt"),
    "goal": QT_TRANSLATE_NOOP("Labels", "Kommentar til mål"),
}
BUDGET_KINDS = {
    "budsjett": QT_TRANSLATE_NOOP("Labels", "Budsjett"),
    "regnskap": QT_TRANSLATE_NOOP("Labels", "Regnskap"),
    "prognose": QT_TRANSLATE_NOOP("Labels", "Prognose"),
}
POSITION_ROLES = {
    "chief_executive": QT_TRANSLATE_NOOP("Labels", "Rådmann"),
    "follow_up_lead": QT_TRANSLATE_NOOP("Labels", "Kommunalsjef"),
    "leader": QT_TRANSLATE_NOOP("Labels", "Leder"),
    "acting_leader": QT_TRANSLATE_NOOP("Labels", "Fungerende leder"),
    "member": QT_TRANSLATE_NOOP("Labels", "Medlem"),
}
MONTHS_SHORT = [
    QT_TRANSLATE_NOOP("Labels", "jan"), QT_TRANSLATE_NOOP("Labels", "feb"), QT_TRANSLATE_NOOP("Labels", "mar"),
    QT_TRANSLATE_NOOP("Labels", "apr"), QT_TRANSLATE_NOOP("Labels", "mai"), QT_TRANSLATE_NOOP("Labels", "jun"),
    QT_TRANSLATE_NOOP("Labels", "jul"), QT_TRANSLATE_NOOP("Labels", "aug"), QT_TRANSLATE_NOOP("Labels", "sep"),
    QT_TRANSLATE_NOOP("Labels", "okt"), QT_TRANSLATE_NOOP("Labels", "nov"), QT_TRANSLATE_NOOP("Labels", "des"),
]


NOT_ASSESSED = QT_TRANSLATE_NOOP("Labels", "Ikke vurdert")


def _label(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate(CONTEXT, table[key]) if key in table else key


def unit_kind(kind: str) -> str:
    return _label(UNIT_KINDS, kind)


def agreement_status(status: str) -> str:
    return _label(AGREEMENT_STATUSES, status)


def agreement_kind(kind: str) -> str:
    return _label(AGREEMENT_KINDS, kind)


def meeting_status(status: str) -> str:
    return _label(MEETING_STATUSES, status)


def goal_status(status: str | None) -> str:
    return _label(GOAL_STATUSES, status) if status else QCoreApplication.translate(CONTEXT, "Ikke vurdert")


def note_section(key: str) -> str:
    return _label(NOTE_SECTIONS, key)


def month_name(month: int) -> str:
    return QCoreApplication.translate(CONTEXT, MONTHS[month - 1])


def budget_kind(kind: str) -> str:
    return _label(BUDGET_KINDS, kind)


def position_role(role: str) -> str:
    return _label(POSITION_ROLES, role)


def month_short(month: int) -> str:
    return QCoreApplication.translate(CONTEXT, MONTHS_SHORT[month - 1])
