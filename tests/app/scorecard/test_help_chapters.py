"""The Målekart chapter of the user guide exists in bokmål, nynorsk and English with the same
sections, each in its own language, and its links lead to pages that exist."""

from __future__ import annotations

import re

import pytest

from app.resources import resource_path

WORDS = {"nb": ("ikke", "enhet"), "nn": ("ikkje", "eining"), "en": ("the", "unit")}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_the_scorecard_chapter_in_each_language(lang: str) -> None:
    path = resource_path("help", lang, "malekart.html")
    html = path.read_text(encoding="utf-8")
    sections = re.findall(r"<h2>", html)
    assert len(sections) == len(re.findall(r"<h2>", resource_path("help", "nb", "malekart.html")
                                           .read_text(encoding="utf-8")))
    text = re.sub(r"<[^>]+>", " ", html).lower()
    assert all(re.search(rf"\b{word}\b", text) for word in WORDS[lang])
    assert "agreement form-export" in text and "--public" in text
    for link in re.findall(r'href="([^"]+)"', html):
        assert (path.parent / link).resolve().exists(), link
