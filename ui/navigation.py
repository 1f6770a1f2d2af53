"""The pages of the side navigation: keys, titles and where their widgets live.

Kept free of database imports so the window can be drawn before the database is open.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QCoreApplication

from app.choices import PAGES
from ui.i18n import QT_TRANSLATE_NOOP

TITLES = {
    "oversikt": QT_TRANSLATE_NOOP("Navigation", "Oversikt"),
    "organisasjon": QT_TRANSLATE_NOOP("Navigation", "Organisasjon"),
    "avtaler": QT_TRANSLATE_NOOP("Navigation", "Avtaler"),
    "oppfolging": QT_TRANSLATE_NOOP("Navigation", "Oppfølging"),
    "budsjett": QT_TRANSLATE_NOOP("Navigation", "Budsjett"),
    "malekart": QT_TRANSLATE_NOOP("Navigation", "Målekart"),
}
# module:class of each page, imported when the database is attached
PAGE_CLASSES = {
    "oversikt": "ui.overview.page:OverviewPage",
    "organisasjon": "ui.org.page:OrgPage",
    "avtaler": "ui.agreements.page:AgreementsPage",
    "oppfolging": "ui.followup.page:FollowUpPage",
    "budsjett": "ui.budget.page:BudgetPage",
    "malekart": "ui.scorecard.page:ScorecardPage",
}
assert tuple(TITLES) == PAGES == tuple(PAGE_CLASSES)


def page_title(key: str) -> str:
    return QCoreApplication.translate("Navigation", TITLES[key])


def page_class(key: str) -> type:
    module, _, name = PAGE_CLASSES[key].partition(":")
    return getattr(import_module(module), name)
