"""The desk's country: what a batch of texts from one country's feed says about the texts that
name no place.

An ACLED researcher codes a country's notes at that country's desk: "unknown gunmen killed two
people in the village of Zandraogo" is coded in Burkina Faso because the desk is Burkina Faso's,
though neither the village nor the country is in the text. A batch whose texts mostly resolve to
one country is such a desk. Its country then stands in where a text names no place the
gazetteer knows (so its generic sides read "Civilians (Burkina Faso)", coded at country
precision), and weighs a little where a bare village name has namesakes abroad.

The desk is read from the texts that name their country themselves, never from texts coded
with the desk's help, and only a clear majority makes one: a mixed feed of world news has none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# A desk needs this many texts that name their country, and this share of them in one country.
DESK_MIN_TEXTS = 16
DESK_SHARE = 0.8

# A desk's vote among the countries a text's words suggest, added to theirs: as much as an armed
# group's area (scene.AREA_VOTE). It picks among namesakes, breaks a tie among the countries a
# group fights in, and alone it names the country; a place the text names outweighs it.
DESK_VOTE = 0.75


@dataclass(slots=True)
class Desk:
    """Counts the countries of coded texts until one country clearly holds the desk."""

    seen: Counter[str] = field(default_factory=Counter)
    country: str | None = None  # decided once; later texts are coded with it

    def add(self, country: str | None) -> None:
        """Count a country a text named itself (coded without the desk's help)."""
        if self.country is None and country:
            self.seen[country] += 1

    def decide(self) -> str | None:
        """The desk's country once the counts allow one; it then stays for the rest of the batch."""
        if self.country is None and self.seen:
            top, count = self.seen.most_common(1)[0]
            total = sum(self.seen.values())
            if total >= DESK_MIN_TEXTS and count >= DESK_SHARE * total:
                self.country = top
        return self.country
