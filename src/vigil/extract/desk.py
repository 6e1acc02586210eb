"""The desk's country: what a batch of texts from one country's feed says about the texts that
name no place.

An ACLED researcher codes a country's notes at that country's desk: "unknown gunmen killed two
people in the village of Zandraogo" is coded in Burkina Faso because the desk is Burkina Faso's,
though neither the village nor the country is in the text. A batch whose texts mostly resolve to
one country is such a desk. Its country then stands in where a text names no place the
gazetteer knows (so its generic sides read "Civilians (Burkina Faso)", coded at country
precision), and weighs a little where a bare village name has namesakes abroad.

The desk is read from the countries the texts name by their own words (places, country names,
the armed groups they name), never from a country the desk gave, over the last ``DESK_WINDOW``
such texts: only a clear majority makes one, so a mixed feed of world news has none, and a feed
that turns to another country loses its desk until the new one holds a majority.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field

# A desk needs this many texts that name their country, and this share of the recent ones in one country.
DESK_MIN_TEXTS = 16
DESK_SHARE = 0.8
DESK_WINDOW = 256

# A desk's vote among the countries a text's words suggest, added to theirs: as much as an armed
# group's area (scene.AREA_VOTE). It picks among namesakes, breaks a tie among the countries a
# group fights in, and alone it names the country; a place the text names outweighs it.
DESK_VOTE = 0.75


@dataclass(slots=True)
class Desk:
    """The countries recent texts named themselves, and the desk they make, if any."""

    recent: deque[str] = field(default_factory=lambda: deque(maxlen=DESK_WINDOW))
    country: str | None = None

    def add(self, country: str | None) -> None:
        """Count a country a text named by its own words."""
        if country:
            self.recent.append(country)

    def decide(self) -> str | None:
        """The desk's country as the recent texts now make it (None when no country holds the desk)."""
        self.country = None
        if len(self.recent) >= DESK_MIN_TEXTS:
            top, count = Counter(self.recent).most_common(1)[0]
            if count >= DESK_SHARE * len(self.recent):
                self.country = top
        return self.country
