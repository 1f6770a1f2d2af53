"""Invented people for the demo: common Norwegian names, combined at random.

The pools are ordinary first and family names; the demo draws combinations from them,
so any likeness to a real person is chance.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

GIVEN_NAMES: tuple[str, ...] = (
    # women
    "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Hilde", "Solveig",
    "Marianne", "Randi", "Ida", "Nina", "Elisabeth", "Kristin", "Tone", "Heidi", "Silje", "Camilla",
    "Hanne", "Ingunn", "Torill", "Siri", "Åse", "Guro", "Tonje", "Mona", "Trine", "Ragnhild", "Sigrid",
    "Kjersti", "Hege", "Gro", "Vigdis", "Synnøve", "Marte", "Anne Lise", "Samira", "Agnieszka",
    # men
    "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Geir", "Tor",
    "Morten", "Terje", "Erik", "Rune", "Trond", "Martin", "Andreas", "Anders", "Espen", "Øyvind",
    "Einar", "Harald", "Stian", "Frode", "Håkon", "Magnus", "Eirik", "Asbjørn", "Petter", "Vidar",
    "Ståle", "Gunnar", "Halvard", "Jon Olav", "Amir", "Tomasz",
)

FAMILY_NAMES: tuple[str, ...] = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
    "Karlsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Dahl",
    "Halvorsen", "Henriksen", "Lund", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Eide",
    "Knutsen", "Martinsen", "Bakken", "Mathisen", "Lie", "Amundsen", "Lunde", "Solheim", "Berge", "Moe",
    "Nygård", "Bakke", "Holm", "Lien", "Hauge", "Sæther", "Myhre", "Haugland", "Sivertsen", "Sandvik",
    "Rønning", "Næss", "Vik", "Birkeland", "Tangen", "Ødegård", "Aune", "Tveit", "Myklebust", "Hovland",
    "Kvamme", "Fosse", "Skogen", "Rasmussen", "Haddad", "Nowak",
)


@dataclass(frozen=True)
class PersonName:
    given_name: str
    family_name: str

    @property
    def local_part(self) -> str:
        """The part before @ in the e-mail address: «Anne Lise Ødegård» → «anne.lise.odegard»."""
        return f"{_ascii(self.given_name)}.{_ascii(self.family_name)}"


_ASCII_MAP = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a", " ": "."})


def _ascii(text: str) -> str:
    text = text.translate(_ASCII_MAP).lower()
    # Remaining accents (é, ü) fall back to their base letter, as e-mail systems do.
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


class NamePicker:
    """Draws names without repeating a full name or an e-mail address."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def pick(self) -> PersonName:
        while True:
            name = PersonName(self._rng.choice(GIVEN_NAMES), self._rng.choice(FAMILY_NAMES))
            if name.local_part not in self._used:
                self._used.add(name.local_part)
                return name
