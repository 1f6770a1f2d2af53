"""A budget year before the program's KOSTRA list: the code's name, and no untrue warning."""

from __future__ import annotations

from app.budget.views import code_name
from app.codes import CodeBook, KostraEntry, default_code_book
from db.models.enums import CodeList


def test_a_year_before_the_list_gets_the_name_without_a_warning() -> None:
    book = default_code_book()
    first = book.first_year(CodeList.FUNKSJON)
    assert first is not None
    name, unknown, note = code_name(book, "funksjon", "120", first - 3)
    assert (name, unknown) == ("Administrasjon", False)
    assert note == f"Navnet er fra KOSTRA-listen for {first}; programmet har ikke listen for {first - 3}."
    assert code_name(book, "funksjon", "120", first) == ("Administrasjon", False, "")


def test_a_code_that_came_later_than_the_list_is_still_flagged_for_an_earlier_year() -> None:
    book = CodeBook({CodeList.FUNKSJON: [KostraEntry("100", "Politisk styring", 2015, None),
                                         KostraEntry("121", "Eiendomsforvaltning", 2020, None)]})
    assert book.first_year(CodeList.FUNKSJON) == 2015
    assert code_name(book, "funksjon", "100", 2012)[:2] == ("Politisk styring", False)
    _name, unknown, note = code_name(book, "funksjon", "121", 2012)
    assert unknown and note == "KOSTRA-koden 121 er bare gyldig fra 2020, ikke i 2012."
    assert code_name(book, "funksjon", "121", 2017)[1] is True
