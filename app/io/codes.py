"""A code read as a float, checked before :func:`app.codes.normalise_code` makes it text."""

from __future__ import annotations

from app.codes import MAX_EXACT_NUMBER, CodeFormatError

_NOT_EXACT = (
    "er et tall for stort til å være lagret nøyaktig, så sifrene i koden kan være endret. "
    "Formater kolonnen som tekst i kildefilen (eller hent en ny eksport) og prøv igjen."
)


def float_code_checked(value: object) -> object:
    """``value`` as it is, unless it is a float at or past 2**53: from there a float no longer
    tells neighbouring whole numbers apart (9007199254740993 is read as …992), so the code's
    last digits are not known. ``normalise_code`` refuses only past 2**53, and so took the
    code 9007199254740993 for 9007199254740992; raises :class:`CodeFormatError`."""
    if type(value) is float and abs(value) >= MAX_EXACT_NUMBER:  # type() not isinstance: a bool is no float
        raise CodeFormatError(format(value, ".17g") if abs(value) < 1e17 else repr(value), _NOT_EXACT)
    return value
