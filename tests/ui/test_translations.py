"""Nynorsk and English are complete: every text lupdate found has a translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.resources import resource_path


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_every_message_is_translated(lang: str) -> None:
    root = ET.parse(resource_path("i18n", f"styringsdialog_{lang}.ts")).getroot()
    untranslated = [
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (msg.findtext("translation") or "").strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_placeholders_survive_translation(lang: str) -> None:
    """A translation that drops {n} or {name} would crash str.format at run time."""
    import re

    root = ET.parse(resource_path("i18n", f"styringsdialog_{lang}.ts")).getroot()
    for msg in root.iter("message"):
        source, target = msg.findtext("source") or "", msg.findtext("translation") or ""
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", target)), source
