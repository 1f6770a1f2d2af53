"""The traffic light of a measured value against its ambition level.

The ambition level (``target``) is the green limit: a value at or on the right side of it is
green. ``yellow_limit`` is the other edge of yellow: a value past the target but not past the
yellow limit is yellow, beyond it red. Without a yellow limit every miss is red; without a target
(or without a value) there is no colour («none»).
"""

from __future__ import annotations

from decimal import Decimal

GREEN, YELLOW, RED, NONE = "green", "yellow", "red", "none"
COLOUR_WORDS = {GREEN: "grønn", YELLOW: "gul", RED: "rød", NONE: "–"}


def colour(value: Decimal | None, direction: str, target: Decimal | None, yellow_limit: Decimal | None) -> str:
    """``green``, ``yellow``, ``red`` or ``none`` for ``value``; ``direction`` is ``higher`` or
    ``lower`` (which way is better)."""
    if value is None or target is None:
        return NONE
    if direction == "lower":
        if value <= target:
            return GREEN
        return YELLOW if yellow_limit is not None and value <= yellow_limit else RED
    if value >= target:
        return GREEN
    return YELLOW if yellow_limit is not None and value >= yellow_limit else RED
