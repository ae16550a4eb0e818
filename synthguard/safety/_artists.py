"""Living artists who opted out of style imitation, and prompts that ask for their style.

The opt-out list is ``<home>/artists.json`` (it moves to the registry database once that has an
opt-out table). A registered name anywhere in a prompt is refused; after a style cue ("in the
style of", "by", "inspired by", "-esque"...) misspellings within a small edit distance are
refused too ("greg rutkowsky"). Without a cue only exact names count, since a fuzzy match on any
word would catch ordinary words ("beeple" is one letter from "people").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from synthguard.safety._decision import Decision, GenerationRequest, Reason
from synthguard.safety._names import (
    NameEntry,
    NameMatcher,
    merge_entry,
    read_entries,
    validate_entry,
    write_entries,
)
from synthguard.safety._policy import ARTIST_STYLE, PolicySet

_CUE_BEFORE = re.compile(
    r"\b(?:in the (?:style|manner|vein|spirit) of|(?:art)?style of|by|inspired by|influenced by|"
    r"after|a la|in the likeness of|reminiscent of|like|imitating|mimicking|homage to|"
    r"trending artist|artist)\s+((?:[a-z0-9'\-]+\s*){1,4})"
)
_CUE_AFTER = re.compile(r"((?:[a-z0-9']+\s+){0,3}[a-z0-9']+)(?:-?esque|-?style|-like|-inspired)\b")
_CUE_AFTER_WORDS = re.compile(r"((?:[a-z0-9']+\s+){0,3}[a-z0-9']+)\s+(?:style|aesthetic|esque)\b")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, or ``limit + 1`` past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_typos(form: str) -> int:
    """How many edits still count as the same name: none for short names, then 1, then 2."""
    letters = len(form.replace(" ", ""))
    return 0 if letters < 5 else 1 if letters < 10 else 2


class ArtistRegistry:
    """The opt-out list of living artists, in ``<home>/artists.json``."""

    FILE = "artists.json"

    def __init__(self, home: Path) -> None:
        self.path = home / self.FILE

    def entries(self) -> list[NameEntry]:
        return read_entries(self.path, "artists") if self.path.exists() else []

    def add(self, name: str, aliases: Iterable[str] = ()) -> NameEntry:
        entry = validate_entry(name, tuple(aliases))
        write_entries(self.path, "artists", merge_entry(self.entries(), entry))
        return entry


class ArtistStyles:
    """Refuses prompts that ask for the style of an artist on the opt-out list."""

    name: ClassVar[str] = "artists"

    def __init__(self, policy: PolicySet, home: Path) -> None:
        self.policy = policy
        self.matcher = NameMatcher(tuple(ArtistRegistry(home).entries()))
        self._forms = [
            (form, entry) for entry in self.matcher.entries for form in entry.spellings()
        ]
        # After a cue the surname alone names the artist too ("rutkowski-esque").
        self._forms += [
            (form.split()[-1], entry)
            for form, entry in list(self._forms)
            if " " in form and len(form.split()[-1]) >= 6
        ]

    def check(self, request: GenerationRequest) -> Decision:
        reasons: list[Reason] = []
        for view in request.normalised.views:
            text = self.policy.without_allowed(view)
            for hit in self.matcher.find(text):
                reason = self.policy.reason(self.name, ARTIST_STYLE, 1.0, hit.entry.name)
                reasons.extend([reason] if reason else [])
            for candidate in self._cued_phrases(text):
                reasons.extend(self._fuzzy(candidate))
        return Decision.combine(reasons, self.policy.version)

    @staticmethod
    def _cued_phrases(text: str) -> list[str]:
        phrases = [m.group(1).strip() for m in _CUE_BEFORE.finditer(text)]
        phrases += [m.group(1).strip() for m in _CUE_AFTER.finditer(text)]
        phrases += [m.group(1).strip() for m in _CUE_AFTER_WORDS.finditer(text)]
        return phrases

    def _fuzzy(self, phrase: str) -> list[Reason]:
        words = phrase.split()
        reasons = []
        for form, entry in self._forms:
            limit = allowed_typos(form)
            if limit == 0:
                continue
            size = len(form.split())
            # The name may start the phrase (after a cue) or end it (before "-esque").
            for candidate in {" ".join(words[:size]), " ".join(words[-size:])}:
                distance = edit_distance(candidate, form, limit)
                if distance <= limit:
                    score = 1.0 - distance / max(len(form), 1)
                    if reason := self.policy.reason(self.name, ARTIST_STYLE, score, entry.name):
                        reasons.append(reason)
        return reasons
