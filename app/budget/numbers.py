"""Amounts and codes as the accounting systems' exports write them (DESIGN.md §6).

Amounts become integer øre: numbers from xlsx cells, and text such as «1 234 567,89» (with
ordinary, non-breaking or narrow no-break spaces between the thousands), «1.234.567,89»,
«1234567.89», «(1 234)» and «1 234-» for negatives, «−» (the typographic minus), and «-» or
an empty cell for zero. Text nobody can read for certain is refused with advice
(:attr:`AmountError.advice`): scientific notation («1,23457E+11», Excel's display of a long
number with its digits lost) and a sign given twice («(-1 234)»). Codes are text: a code that
Excel turned into a number and so lost its leading zeros gets them back when the width of the
code is known.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Spaces accountants and spreadsheet programs put between thousands, and the apostrophe of Swiss exports.
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009\u2007\u2008\u200a'’\t")
_MINUSES = str.maketrans({"−": "-", "–": "-", "—": "-", "‒": "-"})
_ZERO_TEXTS = frozenset({"", "-", "--", "0", "kr", "kr-", "kr.-", ",-", ".-"})
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_SCIENTIFIC = re.compile(r"\d+(?:[.,]\d*)?[eE][+-]?\d+")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")  # «1.234.567» / «1,234,567»
# Digits with spaces between them, and the only way such digits are a number: groups of three.
_SPACE_CHARS = " \u00a0\u202f\u2009\u2007\u2008\u200a'’\t"
_SPACED = re.compile(f"\\d+(?:[{_SPACE_CHARS}]+\\d+)+")
_SPACE_GROUPED = re.compile(f"\\d{{1,3}}(?:[{_SPACE_CHARS}]\\d{{3}})+")
_WHOLE_FLOAT_TEXT = re.compile(r"(\d+)\.0+")
_CENT = Decimal("0.01")
_INF = float("inf")
MAX_ORE = 10**17  # BigInteger holds 9.2e18; anything near this is a broken cell, not a municipal budget


class AmountError(ValueError):
    """The value is not an amount; ``str(err)`` says why in Norwegian. ``advice``, when set, is
    a whole sentence for the user about this kind of value (what it is and what to do)."""

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.advice = advice


def parse_amount(value: object) -> int:
    """The amount in øre of a cell value (int, float, Decimal or text); ``None`` and «-» are 0."""
    if value is None:
        return 0
    kind = type(value)
    # type(), not isinstance (a bool is an int), for speed: mypy cannot narrow by it, hence the ignores below.
    if kind is float:
        if value != value or value in (_INF, -_INF):  # NaN and infinity from a broken cell
            raise AmountError(f"«{value}» er ikke et tall")
        cents = value * 100  # type: ignore[operator]
        ore = round(cents)
        # Two-decimal amounts land within float noise of a whole øre; others round half up.
        if abs(cents - ore) > 1e-6:
            ore = _decimal_ore(Decimal(repr(value)))
        return _checked(ore)
    if kind is int:
        return _checked(value * 100)  # type: ignore[operator]
    if kind is str:
        return _parse_text(value)  # type: ignore[arg-type]
    if isinstance(value, bool):
        raise AmountError(f"«{value}» er en sannhetsverdi, ikke et beløp")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise AmountError(f"«{value}» er ikke et tall")
        return _checked(_decimal_ore(value))
    if isinstance(value, (int, float)):  # numpy and other number types
        return parse_amount(float(value) if isinstance(value, float) else int(value))
    raise AmountError(f"«{value}» er ikke et beløp")


_TOO_LARGE = ("det er over 1 billiard kroner, større enn noe beløp i et kommuneregnskap, så cellen er trolig skadet "
              "eller hører til en annen kolonne. Rett cellen i kildefilen og importer på nytt.")


def _decimal_ore(number: Decimal) -> int:
    if abs(number) >= MAX_ORE // 100:
        raise AmountError("beløpet er urimelig stort", _TOO_LARGE)
    return int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _checked(ore: int) -> int:
    if not -MAX_ORE < ore < MAX_ORE:
        raise AmountError("beløpet er urimelig stort", _TOO_LARGE)
    return ore


def _parse_text(raw: str) -> int:
    for spaced in _SPACED.finditer(raw):
        # «1 000 00» (a lost decimal comma), «12 34», a truncated «-1 0»: spaces that do not group
        # thousands do not say where the number is, and dropping them makes another number.
        if not _SPACE_GROUPED.fullmatch(spaced.group()):
            raise AmountError(f"«{raw}» har mellomrom som ikke skiller tusener",
                              "det har mellomrom mellom sifre som ikke deler tallet i grupper på tre fra høyre "
                              "(som «1 234 567,89»), så det er uklart hvilket tall som er ment (et komma kan "
                              "mangle, eller sifre være borte). Rett cellen i kildefilen og importer på nytt.")
    text = raw.translate(_SPACES).translate(_MINUSES).strip()
    if text.casefold() in _ZERO_TEXTS:
        return 0
    negative = False
    signs = 0  # parentheses, a leading and a trailing minus: more than one leaves the sign unknown
    if text.startswith("(") and text.endswith(")"):
        negative, text, signs = True, text[1:-1], 1
    # Currency words before or after the number: «kr 1 234,50», «1 234,50 kr», «NOK 12».
    lowered = text.casefold()
    for word in ("kr.", "kr", "nok"):
        if lowered.startswith(word):
            text, lowered = text[len(word):], lowered[len(word):]
        if lowered.endswith(word):
            text, lowered = text[: -len(word)], lowered[: -len(word)]
    if text.endswith(",-") or text.endswith(".-"):  # «1 234,-»: whole kroner
        text = text[:-2]
    if text.startswith("+"):
        text, signs = text[1:], signs + 1
    if text.startswith("-"):
        negative, text, signs = not negative, text[1:], signs + 1
    elif text.endswith("-"):  # «1 234,00-» from systems that put the sign last
        negative, text, signs = not negative, text[:-1], signs + 1
    if text.startswith("(") and text.endswith(")"):
        negative, text, signs = not negative, text[1:-1], signs + 1
    if signs > 1 and "(" not in raw:  # «+-5», «-5-»: which sign is meant?
        raise AmountError(f"«{raw}» har mer enn ett fortegn",
                          "det har mer enn ett fortegn (pluss og minus, eller minus både foran og bak), så det er "
                          "uklart om beløpet er negativt. Skriv det med ett fortegn og importer på nytt.")
    if signs > 1:  # «(-1 234)»: a negative in parentheses, or a double negative? Nobody can tell.
        raise AmountError(f"«{raw}» har både minus og parentes",
                          "det har både minustegn og parentes, så det er uklart om beløpet er negativt. Skriv "
                          "det med bare minustegn (eller bare parentes) og importer på nytt.")
    if _SCIENTIFIC.fullmatch(text):  # «1,23457E+11»: how Excel shows a long number, with digits lost
        raise AmountError(f"«{raw}» er i vitenskapelig notasjon",
                          "det står i vitenskapelig notasjon, slik Excel viser store tall når kolonnen er for smal "
                          "eller har formatet Standard, og sifrene som ikke vises er borte. Formater kolonnen som "
                          "tall med to desimaler i kildefilen, lagre eller eksporter på nytt og importer igjen.")
    number = _plain_number(text, raw)
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise AmountError(f"«{raw}» er ikke et tall") from None
    if not value.is_finite():
        raise AmountError(f"«{raw}» er ikke et tall")
    if (value * 100) != (value * 100).to_integral_value():
        raise AmountError(f"«{raw}» har flere desimaler enn øre",
                          "det har flere enn to desimaler, og å runde det av til hele øre ville være en gjetning "
                          "(kanskje er skilletegnet for tusener, eller et siffer feil). Skriv beløpet med høyst "
                          "to desimaler og importer på nytt.")
    ore = _checked(_decimal_ore(value))
    return -ore if negative else ore


def _plain_number(text: str, raw: str) -> str:
    """«1.234.567,89» -> «1234567.89»: find the decimal mark and drop the thousands separators."""
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        whole, _, fraction = text.rpartition(decimal_mark)
        if text.count(decimal_mark) != 1 or not _GROUPED.fullmatch(whole):
            raise AmountError(f"«{raw}» er ikke et tall")
        text = whole.replace(thousands, "") + "." + fraction
    elif commas > 1 or dots > 1:
        # Only thousands separators, «1.234.567»; anything else («12,4,5») is not a number.
        if not _GROUPED.fullmatch(text):
            raise AmountError(f"«{raw}» er ikke et tall")
        text = text.replace(",", "").replace(".", "")
    else:
        text = text.replace(",", ".")  # the Norwegian decimal comma
    if not _DIGITS.fullmatch(text):
        raise AmountError(f"«{raw}» er ikke et tall")
    return text


_SIGNS = str.maketrans("", "", "+-−–()krNOKnok ")
_SPACED_DIGITS = re.compile(r"\d[ \u00a0\u202f\u2009'’]\d")


def separator_shape(text: str) -> str:
    """What a text amount says about its decimal mark, for deciding a whole column.

    Two characters per fact: the separator («.» or «,») and ``T`` (it separates thousands),
    ``D`` (it is the decimal mark) or ``?`` (cannot tell from this value alone: one separator
    followed by exactly three digits, ``12.500``). «1.234.567» gives «.T», «1.234,50» gives
    «.T,D», «12,50» gives «,D», «12,500» gives «,?»; text without «.» or «,» gives «».
    """
    dots, commas = text.count("."), text.count(",")
    if not dots and not commas:
        return ""
    if dots and commas:
        last = "." if text.rfind(".") > text.rfind(",") else ","
        other = "," if last == "." else "."
        return f"{other}T{last}D"
    mark = "." if dots else ","
    if dots + commas > 1:
        return f"{mark}T"
    if _SPACED_DIGITS.search(text):
        return f"{mark}D"  # «1 234,500»: the spaces are the thousands, so the mark is the decimal
    core = text.translate(_SPACES).translate(_SIGNS)
    whole, _, fraction = core.partition(mark)
    fraction = fraction.rstrip("-")
    if len(fraction) != 3 or not whole.isdigit() or not 1 <= len(whole) <= 3 or whole.startswith("0"):
        return f"{mark}D"
    return f"{mark}?"


def column_separators(shapes: dict[str, int]) -> dict[str, str | None]:
    """For «.» and «,»: «T» (thousands) or «D» (decimal) as the column's other values show, or
    None when they do not settle it (no evidence, or evidence both ways). ``shapes``: how many
    values gave each shape («.T», «,T.D» …, see :func:`separator_shape`)."""
    facts: dict[str, int] = {}
    for shape, count in shapes.items():
        for start in range(0, len(shape), 2):
            facts[shape[start:start + 2]] = facts.get(shape[start:start + 2], 0) + count
    shapes = facts
    decided: dict[str, str | None] = {}
    for mark, other in ((".", ","), (",", ".")):
        thousands = shapes.get(f"{mark}T", 0) + shapes.get(f"{other}D", 0)
        decimal = shapes.get(f"{mark}D", 0) + shapes.get(f"{other}T", 0)
        decided[mark] = "T" if thousands and not decimal else "D" if decimal and not thousands else None
    return decided


def normalise_code(value: object, width: int | None = None) -> str:
    """A code as text: 101.0 becomes «101», spaces are trimmed, and a number shorter than
    ``width`` gets its leading zeros back (1000 with width 5 -> «01000»)."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        text = value.strip()  # type: ignore[attr-defined]  # a str: type() above, not isinstance, for speed
        if " " in text or "\u00a0" in text:
            text = " ".join(text.split())
        match = _WHOLE_FLOAT_TEXT.fullmatch(text)
        if match:
            text = match.group(1)
    elif kind is int:
        text = str(value)
    elif kind is float:
        # A float: type() above, not isinstance, for speed.
        text = str(int(value)) if value.is_integer() else repr(value)  # type: ignore[attr-defined, call-overload]
    elif isinstance(value, bool):
        text = str(value)
    elif isinstance(value, Decimal):
        text = str(int(value)) if value == value.to_integral_value() else str(value)
    else:
        text = str(value).strip()
    if width and len(text) < width and text.isdigit():
        text = text.zfill(width)
    return text
