"""Living artists who opted out of style imitation, and prompts that ask for their style.

The opt-out list is ``<home>/artists.json`` (it moves to the registry database once that has an
opt-out table). A registered name anywhere in a prompt is refused; after a style cue ("in the
style of", "by", "inspired by", "-esque"...) misspellings within a small edit distance are
refused too ("greg rutkowsky", "gregrutkowski", "rut kowski", "rutkowski, greg", the surname
alone). Without a cue only long full names may be misspelt, by one letter: a fuzzy match on any
short word would catch ordinary words ("beeple" is one letter from "people").
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
    edit_distance,
    fuzzy_score,
    merge_entry,
    read_entries,
    validate_entry,
    write_entries,
)
from synthguard.safety._policy import ARTIST_STYLE, PolicySet

_CUE_BEFORE = re.compile(
    r"\b(?:in the (?:style|manner|vein|spirit) of|(?:art)?style of|by|inspired by|influenced by|"
    r"after|a la|in the likeness of|reminiscent of|like|imitating|mimicking|homage to|"
    r"trending artist|artist)\s+((?:[a-z0-9'.\-]+\s*){1,4})"
)
# A cue after the name ("rutkowski-esque", "sam-yang style", "loish vibes"): found first, then
# the words before it are read, so that no pattern is tried at every word of a long prompt.
_CUE_AFTER = re.compile(
    r"(?<=[a-z0-9'])(?:-?esque|-?style|-like|-inspired|-vibes?)\b"
    r"|(?<=[a-z0-9'\-])\s+(?:style|aesthetic|esque|vibes?|type|influence)\b"
)
#: Words before a cue that may hold the name, back to the clause's start.
_WORDS_BEFORE_CUE = 4
_CLAUSE = re.compile(r"[,;:.!?()\[\]{}|\"]")


def allowed_typos(form: str) -> int:
    """How many edits still count as the same name: none for short names, then 1, then 2."""
    letters = len(form.replace(" ", ""))
    return 0 if letters < 5 else 1 if letters < 10 else 2


#: Letters a full name needs before a one-letter misspelling counts without a style cue.
UNCUED_MIN_LETTERS = 12
#: Letters a surname needs to name the artist on its own after a cue; misspelt, one more.
SURNAME_MIN_LETTERS = 5


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
        # (form without spaces, its word count, edits allowed, entry); spaces are compared
        # away so that "gregrutkowski" and "rut kowski" are the same name.
        self._forms: list[tuple[str, int, int, NameEntry]] = []
        for entry in self.matcher.entries:
            for form in entry.spellings():
                limit = allowed_typos(form)
                if limit:  # exact spellings are the matcher's
                    self._forms.append((form.replace(" ", ""), len(form.split()), limit, entry))
                # Surname first, as in catalogues and credits ("rutkowski, greg").
                if " " in form:
                    first, last = form.rsplit(" ", 1)
                    reversed_form = f"{last} {first}"
                    self._forms.append(
                        (
                            reversed_form.replace(" ", ""),
                            len(form.split()),
                            allowed_typos(reversed_form),
                            entry,
                        )
                    )
                # After a cue the surname alone names the artist too ("rutkowski-esque").
                surname = form.split()[-1]
                if " " in form and len(surname) >= SURNAME_MIN_LETTERS:
                    limit = allowed_typos(surname) if len(surname) > SURNAME_MIN_LETTERS else 0
                    self._forms.append((surname, 1, limit, entry))
        self._uncued = [
            (squashed, size, entry)
            for squashed, size, _, entry in self._forms
            if size > 1 and len(squashed) >= UNCUED_MIN_LETTERS
        ]

    def check(self, request: GenerationRequest) -> Decision:
        reasons: list[Reason] = []
        for view in request.normalised.views:
            text = self.policy.without_allowed(view)
            for hit in self.matcher.find(text):
                reason = self.policy.reason(self.name, ARTIST_STYLE, 1.0, hit.entry.name)
                reasons.extend([reason] if reason else [])
            for words, at_start in self._cued_phrases(text):
                reasons.extend(self._fuzzy(words, at_start))
            reasons.extend(self._uncued_misspellings(_words(text)))
        return Decision.combine(reasons, self.policy.version)

    @staticmethod
    def _cued_phrases(text: str) -> list[tuple[list[str], bool]]:
        """Words after a cue (the name starts them) and before one (the name ends them)."""
        phrases = [(_words(m.group(1)), True) for m in _CUE_BEFORE.finditer(text)]
        for m in _CUE_AFTER.finditer(text):
            before = _CLAUSE.split(text[max(0, m.start() - 120) : m.start()])[-1]
            phrases.append((_words(before)[-_WORDS_BEFORE_CUE:], False))
        return phrases

    def _fuzzy(self, words: list[str], at_start: bool) -> list[Reason]:
        reasons = []
        for squashed, size, limit, entry in self._forms:
            # Up to one word more than the name: spaces dropped or put in.
            for count in range(1, size + 2):
                if count > len(words):
                    break
                candidate = "".join(words[:count] if at_start else words[-count:])
                if abs(len(candidate) - len(squashed)) > limit:
                    continue
                distance = edit_distance(candidate, squashed, limit)
                if distance <= limit:
                    score = fuzzy_score(distance)
                    if reason := self.policy.reason(self.name, ARTIST_STYLE, score, entry.name):
                        reasons.append(reason)
        return reasons

    def _uncued_misspellings(self, words: list[str]) -> list[Reason]:
        """Long full names one letter off anywhere in the prompt ("greg rutkowsky, a castle")."""
        reasons = []
        for squashed, size, entry in self._uncued:
            for start in range(len(words)):
                for count in range(1, size + 2):
                    candidate = "".join(words[start : start + count])
                    if abs(len(candidate) - len(squashed)) > 1 or start + count > len(words):
                        continue
                    distance = edit_distance(candidate, squashed, 1)
                    if distance <= 1:
                        score = fuzzy_score(distance)
                        reason = self.policy.reason(self.name, ARTIST_STYLE, score, entry.name)
                        reasons.extend([reason] if reason else [])
        return reasons


def _words(text: str) -> list[str]:
    """Words without possessives or edge punctuation ("rutkowski's" is "rutkowski"); a hyphen
    separates words ("sam-yang" is "sam yang")."""
    words = (w.strip(".,;:!?()\"'-") for w in text.replace("-", " ").split())
    return [w.removesuffix("'s") for w in words if w.strip(".,;:!?()\"'-")]
