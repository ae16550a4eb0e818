"""Lists of people's names (public figures, opted-out artists) and finding them in prompts.

Both lists are JSON files of ``{"name": ..., "aliases": [...], "not_person_when": [...]}``
entries. Names are matched on the normalised prompt, whole words only, so "T4ylor Sw1ft" and
"Тaylor Swift" (Cyrillic Т) are found like "taylor swift". ``not_person_when`` lists context
words that give a name another sense: "Paris Hilton hotel lobby" is a place, not the person.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthguard.errors import ConfigError, InvalidInput
from synthguard.safety._normalise import normalise_prompt

MAX_NAME_CHARS = 100
#: Words either side of a name in which a ``not_person_when`` word changes its sense.
CONTEXT_WORDS = 3


@dataclass(frozen=True)
class NameEntry:
    """One person: the name shown in decisions, the spellings to look for, and other senses."""

    name: str
    aliases: tuple[str, ...] = ()
    not_person_when: tuple[str, ...] = ()
    kind: str = ""

    def spellings(self) -> tuple[str, ...]:
        """Normalised forms to match; a name with a "(qualifier)" is matched by aliases only."""
        forms = list(self.aliases)
        if "(" not in self.name:
            forms.insert(0, self.name)
        return tuple(dict.fromkeys(_normal(f) for f in forms if _normal(f)))

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"name": self.name, "aliases": list(self.aliases)}
        if self.not_person_when:
            body["not_person_when"] = list(self.not_person_when)
        if self.kind:
            body["kind"] = self.kind
        return body


@dataclass(frozen=True)
class NameHit:
    entry: NameEntry
    matched: str
    start: int
    end: int


def _normal(text: str) -> str:
    try:
        return normalise_prompt(text).text
    except InvalidInput:
        return ""


def validate_entry(name: str, aliases: Iterable[str] = (), **extra: Any) -> NameEntry:
    """A :class:`NameEntry` from user input, or :class:`InvalidInput` saying what is wrong."""
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput("a name must not be empty")
    cleaned = []
    for value in (name, *aliases):
        if not isinstance(value, str) or not value.strip():
            raise InvalidInput("names and aliases must be non-empty text")
        if len(value) > MAX_NAME_CHARS:
            raise InvalidInput(f"{value[:40]!r}... is longer than {MAX_NAME_CHARS} characters")
        if len(_normal(value)) < 2:
            raise InvalidInput(f"{value!r} has fewer than two readable characters")
        cleaned.append(" ".join(value.split()))
    not_person = tuple(" ".join(w.split()) for w in extra.get("not_person_when", ()) if w.strip())
    return NameEntry(cleaned[0], tuple(cleaned[1:]), not_person, str(extra.get("kind", "")))


@dataclass
class NameMatcher:
    """Finds entries' names in normalised text with one compiled regular expression."""

    entries: tuple[NameEntry, ...]
    _by_form: dict[str, NameEntry] = field(init=False, repr=False)
    _pattern: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_form = {}
        for entry in self.entries:
            for form in entry.spellings():
                self._by_form.setdefault(form, entry)
        forms = sorted(self._by_form, key=lambda f: (-len(f), f))
        self._pattern = (
            re.compile(
                r"(?<![a-z0-9])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![a-z0-9])"
            )
            if forms
            else None
        )

    def find(self, text: str) -> Iterator[NameHit]:
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text):
            yield NameHit(self._by_form[match.group(0)], match.group(0), match.start(), match.end())

    def is_other_sense(self, hit: NameHit, text: str) -> bool:
        """Whether a ``not_person_when`` word sits within a few words of the name."""
        if not hit.entry.not_person_when:
            return False
        before = text[: hit.start].split()[-CONTEXT_WORDS:]
        after = text[hit.end :].split()[:CONTEXT_WORDS]
        window = " " + " ".join(w.strip(",.;:!?()'\"") for w in (*before, *after)) + " "
        return any(f" {_normal(word)} " in window for word in hit.entry.not_person_when)


def read_entries(path: Path, key: str) -> list[NameEntry]:
    """Entries from a JSON list file; :class:`ConfigError` with the line if it is malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ConfigError(
            f"{path}, line {e.lineno}: {e.msg}", source=str(path), line=e.lineno
        ) from e
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read: {e}", source=str(path)) from e
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError(f'{path}: expected {{"{key}": [...]}}', source=str(path), key=key)
    entries = []
    for index, item in enumerate(items):
        try:
            if not isinstance(item, dict):
                raise InvalidInput("each entry must be an object")
            entries.append(
                validate_entry(
                    item.get("name", ""),
                    item.get("aliases", ()),
                    not_person_when=item.get("not_person_when", ()),
                    kind=item.get("kind", ""),
                )
            )
        except InvalidInput as e:
            raise ConfigError(
                f"{path}: {key}[{index}]: {e.message}", source=str(path), key=f"{key}[{index}]"
            ) from e
    return entries


def write_entries(path: Path, key: str, entries: Iterable[NameEntry]) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"version": 1, key: [e.to_json() for e in entries]}
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(body, f, indent=1, ensure_ascii=False)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def merge_entry(entries: list[NameEntry], new: NameEntry) -> list[NameEntry]:
    """Add ``new``, or fold its aliases into the entry of the same name."""
    key = _normal(new.name)
    for index, old in enumerate(entries):
        if _normal(old.name) == key:
            aliases = tuple(dict.fromkeys((*old.aliases, *new.aliases)))
            context = tuple(dict.fromkeys((*old.not_person_when, *new.not_person_when)))
            entries[index] = NameEntry(old.name, aliases, context, old.kind or new.kind)
            return entries
    return [*entries, new]


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


def fuzzy_score(distance: int) -> float:
    """A misspelling's score: 0.95 for one edit, 0.9 for two (the default threshold)."""
    return 1.0 - 0.05 * distance
