"""Public figures: a curated list shipped in the package, extended by the operator.

Names are found as written (after normalisation, see :mod:`._names`) and misspelt: a name of two
or more words matches when each word is within a few edits of the listed one (none for words of
up to three letters, one for four to seven, two for longer ones) and the name within two in all
("barak obamma", "volodimir zelensky"), or when its words run together or are split anew within
one edit ("barackobamma", "ba rack obamma"). A single-word alias is misspelt only when long
(``FUZZY_ALIAS_LETTERS``) and only by one letter: short ones sit one letter from ordinary words
("biden", "widen"). A short word must keep its first letter, where ordinary names differ from
listed ones most ("kate ross" is not "kate moss"). A name written exactly wins over a misspelt
reading of the same words ("sarah ferguson" is not "sara ferguson" misspelt).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import ClassVar

from synthguard.safety._decision import Decision, GenerationRequest, Reason
from synthguard.safety._names import (
    NameEntry,
    NameHit,
    NameMatcher,
    edit_distance,
    fuzzy_score,
    merge_entry,
    read_entries,
    validate_entry,
    write_entries,
)
from synthguard.safety._policy import PUBLIC_FIGURE, PolicySet

#: Letters a single-word alias needs before a one-letter misspelling of it counts.
FUZZY_ALIAS_LETTERS = 8
#: Letters a name needs before its words may be run together or split anew, with one edit.
FUZZY_SQUASHED_LETTERS = 10
#: Most edits in one name, all its words together (a score of 0.9, see ``fuzzy_score``).
MAX_EDITS = 2
#: Letters a listed word needs before a misspelling of it may change its first letter.
FREE_FIRST_LETTER_LETTERS = 6
#: Most prompt words one name may be split into ("ba rack o bama").
MAX_SPLIT_WORDS = 4
_EDGE = ".,;:!?()\"'-"
_TOKEN = re.compile(r"\S+")


def builtin_figures() -> list[NameEntry]:
    """Heads of state and government, leading politicians and the most-depicted celebrities."""
    path = resources.files("synthguard.safety").joinpath("data/public_figures.json")
    with resources.as_file(path) as real:
        return read_entries(Path(real), "figures")


def word_budget(word: str) -> int:
    """Edits one word of a name may carry: none up to three letters, one up to seven, then two."""
    return 0 if len(word) <= 3 else 1 if len(word) <= 7 else 2


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` with up to ``depth`` letters deleted: the keys of a deletion-neighbourhood index."""
    found = frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found = found | frontier
    return found


def _may_start(word: str, listed: str) -> bool:
    """Whether ``word`` may misspell ``listed`` from its first letter on.

    Misspellings seldom change a name's first letter, while ordinary names one letter from a
    listed one mostly differ there ("kate ross", "kate moss"; "doris johnson").
    """
    return (
        word[0] == listed[0]
        or word[:2] == listed[1::-1]  # the first two letters swapped: "hzao", "zhao"
        or len(listed) >= FREE_FIRST_LETTER_LETTERS
    )


def _clean(word: str) -> str:
    """A word without edge punctuation or possessive ("obama's" is "obama", "w." is "w")."""
    return word.strip(_EDGE).removesuffix("'s").strip(_EDGE)


def _lined_up(written: list[str], words: tuple[str, ...]) -> bool:
    """Whether the one edit sits inside one word, leaving the words to find()'s own budgets.

    Otherwise a short word could take an edit it may not have ("john stewart", "jon stewart").
    """
    if len(written) != len(words):
        return False
    return sum(edit_distance(a, b, 1) for a, b in zip(written, words, strict=True)) <= 1


@dataclass(frozen=True)
class FuzzyHit:
    """A misspelt name: whose it is, the prompt's words for it and the edits between them."""

    entry: NameEntry
    matched: str
    edits: int
    start: int
    end: int


class FuzzyNames:
    """Finds misspelt names through a deletion-neighbourhood index of the listed words.

    Two words within k edits share a string that each reaches by at most k deletions, so looking
    up a prompt word's deletions yields every listed word it may misspell without comparing it to
    all of them; each candidate is then confirmed with the true edit distance.
    """

    def __init__(self, entries: Iterable[NameEntry]) -> None:
        self._words: dict[str, set[str]] = {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], NameEntry]]] = {}
        # Names joined, by their first and by their last four letters and length: one edit
        # in a joined name of ten letters or more leaves one end of it as it was.
        self._squashed: dict[
            tuple[str, int], list[tuple[str, tuple[str, ...], str, NameEntry]]
        ] = {}
        for entry in entries:
            for form in entry.spellings():
                words = tuple(w for w in map(_clean, form.split()) if w)
                if not words or (len(words) == 1 and len(words[0]) < FUZZY_ALIAS_LETTERS):
                    continue
                for word in words:
                    for key in _deletions(word, word_budget(word)):
                        self._words.setdefault(key, set()).add(word)
                self._by_first.setdefault(words[0], []).append((words, entry))
                squashed = "".join(words)
                if len(words) > 1 and len(squashed) >= FUZZY_SQUASHED_LETTERS:
                    item = (squashed, words, form, entry)
                    self._squashed.setdefault((squashed[:4], len(squashed)), []).append(item)
                    self._squashed.setdefault((squashed[-4:], -len(squashed)), []).append(item)

    def find(self, text: str) -> Iterator[FuzzyHit]:
        """Names within their edit budget, at least one edit away (exact ones are the matcher's)."""
        tokens = [(_clean(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        tokens = [t for t in tokens if t[0]]
        near = [self._near(word) for word, _, _ in tokens]
        for i, (_, start, _) in enumerate(tokens):
            for first in near[i]:
                for words, entry in self._by_first.get(first, ()):
                    edits = self._word_edits(words, near[i : i + len(words)])
                    if edits is not None and 0 < edits <= MAX_EDITS:
                        end = tokens[i + len(words) - 1][2]
                        yield FuzzyHit(entry, text[start:end], edits, start, end)
            yield from self._joined(text, tokens, i)

    def _near(self, word: str) -> dict[str, int]:
        """Listed words within their budget of ``word``, with the distance to each."""
        found: dict[str, int] = {}
        # Two edits are allowed only to listed words of 8 letters or more, so only prompt
        # words of 6 or more can reach one. A word of 3 letters or fewer can only be a listed
        # word or one with a letter dropped, and both are keys already.
        depth = 0 if len(word) <= 3 else 1 if len(word) < 6 else 2
        for key in _deletions(word, depth):
            for listed in self._words.get(key, ()):
                if listed not in found and _may_start(word, listed):
                    found[listed] = edit_distance(word, listed, word_budget(listed))
        return {listed: d for listed, d in found.items() if d <= word_budget(listed)}

    @staticmethod
    def _word_edits(words: tuple[str, ...], near: list[dict[str, int]]) -> int | None:
        """Edits from the prompt's words to a name's, or None if a word is past its budget."""
        if len(near) < len(words):
            return None
        total = 0
        for word, candidates in zip(words, near, strict=True):
            distance = candidates.get(word)
            if distance is None or (len(words) == 1 and distance > 1):
                return None
            total += distance
        return total

    def _joined(self, text: str, tokens: list[tuple[str, int, int]], i: int) -> Iterator[FuzzyHit]:
        """Names whose words run together or are split anew ("barackobamma", "ba rack obamma")."""
        for count in range(1, min(MAX_SPLIT_WORDS, len(tokens) - i) + 1):
            joined = "".join(word for word, _, _ in tokens[i : i + count])
            if len(joined) < FUZZY_SQUASHED_LETTERS - 1:
                continue
            seen: set[str] = set()
            letters = len(joined)
            written = [word for word, _, _ in tokens[i : i + count]]
            keys = [(joined[:4], n) for n in range(letters - 1, letters + 2)]
            keys += [(joined[-4:], -n) for n in range(letters - 1, letters + 2)]
            for key in keys:
                for squashed, words, form, entry in self._squashed.get(key, ()):
                    if form in seen:
                        continue
                    seen.add(form)
                    # Joined exactly, the name is the squashed check's in PublicFigures.check;
                    # joined names are 10 letters or more, so their first letter may change.
                    if edit_distance(joined, squashed, 1) != 1 or _lined_up(written, words):
                        continue
                    start, end = tokens[i][1], tokens[i + count - 1][2]
                    yield FuzzyHit(entry, text[start:end], 1, start, end)


class FigureRegistry:
    """The built-in list plus the operator's additions in ``<home>/figures.json``."""

    FILE = "figures.json"

    def __init__(self, home: Path) -> None:
        self.path = home / self.FILE

    def operator_entries(self) -> list[NameEntry]:
        return read_entries(self.path, "figures") if self.path.exists() else []

    def entries(self) -> list[NameEntry]:
        entries = builtin_figures()
        for extra in self.operator_entries():
            entries = merge_entry(entries, extra)
        return entries

    def add(
        self, name: str, aliases: Iterable[str] = (), not_person_when: Iterable[str] = ()
    ) -> NameEntry:
        entry = validate_entry(name, tuple(aliases), not_person_when=tuple(not_person_when))
        write_entries(self.path, "figures", merge_entry(self.operator_entries(), entry))
        return entry


class PublicFigures:
    """Refuses (or sends to review) prompts that name a real public figure."""

    name: ClassVar[str] = "figures"

    def __init__(self, policy: PolicySet, home: Path) -> None:
        self.policy = policy
        self.matcher = NameMatcher(tuple(FigureRegistry(home).entries()))
        self.fuzzy = FuzzyNames(self.matcher.entries)
        self._squashed = {
            form.replace(" ", ""): entry
            for entry in self.matcher.entries
            for form in entry.spellings()
            if len(form.replace(" ", "")) >= 9 and " " in form
        }

    def check(self, request: GenerationRequest) -> Decision:
        reasons: list[Reason] = []
        seen: set[str] = set()
        for view in request.normalised.views:
            text = self.policy.without_allowed(view)
            exact: list[tuple[int, int]] = []
            for hit in self.matcher.find(text):
                seen.add(hit.entry.name)
                exact.append((hit.start, hit.end))
                if self.matcher.is_other_sense(hit, text):
                    continue
                if reason := self.policy.reason(self.name, PUBLIC_FIGURE, 1.0, hit.entry.name):
                    reasons.append(reason)
            for fuzzy in self.fuzzy.find(text):
                inside = any(start <= fuzzy.start and fuzzy.end <= end for start, end in exact)
                if fuzzy.entry.name in seen or inside:
                    continue
                hit = NameHit(fuzzy.entry, fuzzy.matched, fuzzy.start, fuzzy.end)
                if self.matcher.is_other_sense(hit, text):
                    continue
                plural = "" if fuzzy.edits == 1 else "s"
                evidence = (
                    f"{fuzzy.entry.name} (matched {fuzzy.matched!r}, {fuzzy.edits} edit{plural})"
                )
                score = fuzzy_score(fuzzy.edits)
                if reason := self.policy.reason(self.name, PUBLIC_FIGURE, score, evidence):
                    reasons.append(reason)
                    seen.add(fuzzy.entry.name)
        # Names spelt out letter by letter lose their spaces ("t a y l o r s w i f t").
        squashed = self.policy.without_allowed(request.normalised.text).replace(" ", "")
        for form, entry in self._squashed.items():
            if entry.name in seen or form not in squashed:
                continue
            if reason := self.policy.reason(self.name, PUBLIC_FIGURE, 1.0, entry.name):
                reasons.append(reason)
        return Decision.combine(reasons, self.policy.version)
