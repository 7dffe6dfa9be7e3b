"""The lint's scan for the phrases of named families (hedges, vague lines and the like).

Split from promises.wording, which defines the families and decides what a match means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from promises.tagging import _by_first_letter, strip_word_boundary

# A family's name, its words' regex and the tail that must follow them (or None).
Family = tuple[str, re.Pattern[str], re.Pattern[str] | None]


class FamilyScan:
    """Finds the phrases of several named families, leftmost first, as one regex of
    named groups would: at one position the first family listed wins.

    Scanning with that regex tries every family at every word. Instead one regex of
    all their alternatives, filed under first letters (see promises.tagging), finds
    where a phrase starts, and only there are the families asked which one it is. A
    family with a tail (what must follow its words) counts only where the tail matches
    too; the start-finding regex then finds a little more than it must, never less.
    """

    def __init__(
        self, families: dict[str, tuple[str, str]], tails: dict[str, str] | None = None
    ) -> None:
        self._sources: list[tuple[str, str, str | None]] = []
        for name, (_, src) in families.items():
            stripped = strip_word_boundary(src)
            if stripped is None:
                raise ValueError(f"every {name} alternative must start with \\b")
            self._sources.append((name, stripped, (tails or {}).get(name)))
        self._compiled: tuple[re.Pattern[str], list[Family]] | None = None

    def compile(self) -> tuple[re.Pattern[str], list[Family]]:
        """The start-finding regex and each family's own (compiled on first use, as
        promises.tagging.Matcher's are)."""
        if self._compiled is None:
            families = [
                (name, re.compile(src), re.compile(tail) if tail is not None else None)
                for name, src, tail in self._sources
            ]
            alternatives = [src for _, src, _ in self._sources]
            find = re.compile(r"\b(?=\w)" + _by_first_letter((), alternatives))
            self._compiled = find, families
        return self._compiled

    def finditer(self, folded: str) -> Iterator[tuple[str, int, int]]:
        """(family, start, end) of each phrase in folded text, in order, not overlapping."""
        find, families = self._compiled or self.compile()
        pos = 0
        while (hit := find.search(folded, pos)) is not None:
            start = pos = hit.start()
            for name, family, tail in families:
                found = family.match(folded, start)
                if found is not None and tail is not None:
                    found = tail.match(folded, found.end())
                if found is not None:
                    yield name, start, found.end()
                    pos = found.end()
                    break
            pos = max(pos, start + 1)
