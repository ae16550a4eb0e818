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

Office holders described instead of named ("the ukrainian president", "indian pm", "the pope")
are found by :class:`Offices`, with a slightly lower score than a name.
"""

from __future__ import annotations

import json
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


#: Score of an office holder described rather than named ("the ukrainian president"): less
#: certain than a name, as sure as a name misspelt by one letter, so the default threshold
#: refuses it while an operator may raise public_figure's threshold to let descriptions through.
OFFICE_SCORE = 0.95
#: Offices every nation may have; monarchs' titles come per nation from ``data/nations.json``,
#: so "a french king" or "the turkish sultan" (no such office now) never match.
NATIONAL_OFFICES = frozenset(
    {"president", "vice president", "vice-president", "president-elect", "prime minister"}
    | {"deputy prime minister", "pm", "premier", "chancellor", "supreme leader", "leader"}
    | {"head of state", "head of government", "first lady", "dictator"}
)
_MONARCH_TITLES = (
    "king", "queen", "emperor", "empress", "sultan", "emir", "crown prince", "crown princess",
    "hereditary grand duke", "grand duke", "grand duchess", "hereditary prince", "prince",
    "princess",
)  # fmt: skip
_OFFICE = re.compile(
    r"(?<![a-z0-9])("
    + "|".join(
        re.escape(o).replace(r"\ ", " +")
        for o in sorted({*NATIONAL_OFFICES, *_MONARCH_TITLES}, key=len, reverse=True)
    )
    + r"|pope|potus|flotus)(?![a-z0-9])('s)?"
)
#: Words between a determiner and the nation, or the nation and the office, that keep the
#: description about one real person ("the former us president", "the ukrainian wartime
#: president"). A former holder is a living person as much as the current one.
_MODIFIERS = frozenset(
    {"current", "sitting", "incumbent", "reigning", "present", "former", "ex", "ex-"}
    | {"outgoing", "acting", "interim", "elected", "newly", "new", "future", "wartime"}
    | {"previous", "today's", "current-day", "serving"}
)
#: A word before the description that makes it a role rather than a person: an indefinite
#: article ("a french king", "an american president"), an ordinal or a past holder ("the
#: first us president", "the late queen"), or fiction ("a fictional president").
_ROLE_WORDS = frozenset(
    {"a", "an", "some", "any", "another", "every", "each", "no", "one", "typical", "generic"}
    | {"fictional", "fictitious", "imaginary", "made-up", "invented", "hypothetical", "fake"}
    | {"alternate", "fantasy", "late", "then", "past", "dead", "historic", "historical"}
    | {"ancient", "medieval", "founding", "last", "first", "second", "third", "fourth", "fifth"}
    | {"sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth"}
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: Words after an office that make it part of a thing's name ("norwegian king crab", "english
#: premier league", "french premier cru", "a thai queen bed").
_COMPOUNDS = frozenset(
    {"league", "division", "cru", "inn", "bed", "beds", "size", "sized", "mattress", "crab"}
    | {"crabs", "prawn", "prawns", "salmon", "mackerel", "cobra", "penguin", "penguins", "bee"}
    | {"bees", "ant", "ants", "palm", "protea", "conch", "cake", "cakes", "oyster", "snake"}
    | {"fisher", "termite", "butterfly", "moth", "tetra", "angelfish", "anne", "james"}
)
#: Things after an office's possessive: the holder's places and belongings are not a
#: depiction of them ("british pm's residence", "the danish queen's jewellery in a museum").
_THINGS = frozenset(
    {"palace", "residence", "house", "home", "mansion", "villa", "castle", "estate", "office"}
    | {"desk", "study", "garden", "gardens", "lawn", "grounds", "jet", "plane", "aircraft"}
    | {"helicopter", "car", "cars", "limousine", "limo", "train", "yacht", "crown", "jewels"}
    | {"jewellery", "jewelry", "tiara", "regalia", "throne", "sceptre", "scepter", "library"}
    | {"collection", "museum", "archive", "archives", "flag", "standard", "banner", "seal"}
    | {"emblem", "anthem", "guard", "guards", "cup", "trophy", "award", "medal", "prize"}
    | {"stables", "dog", "cat", "wine", "cellar", "kitchen", "menu", "day", "coat"}
)
#: Bodies whose head is not the nation's ("president of the american chemical society").
_ORGANISATION_WORDS = frozenset(
    {"association", "federation", "club", "society", "chamber", "council", "committee"}
    | {"olympic", "football", "soccer", "chess", "golf", "tennis", "academy", "institute"}
    | {"bank", "company", "corporation", "league", "team", "rugby", "cricket", "bar", "fan"}
    | {"union", "party", "red", "supreme", "national", "chapter", "branch"}
)
#: A prompt set in the past or in legend, where a king or a pope is nobody living ("a spanish
#: king in a 16th-century portrait", "the pope in a renaissance fresco", "chess king"). Only
#: monarchs and popes: a president is not made historical by a medieval costume.
_PAST = re.compile(
    r"(?<![a-z])(?:medieval|mediaeval|middle ages|ancient|antiquity|centur(?:y|ies)|histor(?:y|ic"
    r"|ical)|legends?|legendary|myths?|mythical|mytholog\w*|fairy ?tales?|fables?|folklore"
    r"|chess|checkmate|tarot|playing cards?|deck of cards|renaissance|baroque|rococo|tudor"
    r"|victorian|edwardian|viking|dynast(?:y|ies)|feudal|shogun|samurai|pharaoh|biblical"
    r"|1[0-8]\d\ds?|\d+(?:st|nd|rd|th)[ -]century|bce?)(?![a-z])"
)
_CLAUSE_BREAK = re.compile(r"[,;:!?()\"\[\]{}|/]")
_US_FORMS = frozenset({"us", "usa"})
_DETERMINER_BEFORE_US = frozenset({"the", "of", "with", "and", "by", "vs", "versus", "our"})


def _nation_key(words: Iterable[str]) -> str:
    return " ".join(words).replace(".", "")


@dataclass(frozen=True)
class Nation:
    """A country as prompts describe it: its names, adjectives and monarch's titles."""

    country: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    monarchy: tuple[str, ...]


def builtin_nations() -> tuple[list[Nation], frozenset[str]]:
    """UN member states, and the names that count only after "of" ("president of chad")."""
    path = resources.files("synthguard.safety").joinpath("data/nations.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    nations = [
        Nation(n["country"], tuple(n["names"]), tuple(n["adjectives"]), tuple(n["monarchy"]))
        for n in data["nations"]
    ]
    return nations, frozenset(data["only_after_of"])


class Offices:
    """Finds the holder of a national office described instead of named.

    "the ukrainian president", "russia's president", "the president of ukraine", "the saudi
    crown prince", "the pope" each describe one living person. The office words are found with
    one regex and the nation around them by dictionary look-ups, so a prompt without an office
    word costs one regex scan. Left alone, on purpose, since a wrong refusal of an everyday
    prompt costs more than a missed description: roles ("a french king", "an american
    president", "the first us president", "a fictional prime minister"), plurals ("american
    presidents"), monarchs where there is none now ("the french king", "the turkish sultan"),
    kings, queens and popes in a prompt set in the past or in legend, the holder's places and
    belongings ("british pm's residence", "the danish queen's jewellery in a museum") and offices
    without a nation ("prime minister's questions", "student council president"). A former
    holder counts ("the former us president" names a handful of living people).
    """

    def __init__(self, nations: Iterable[Nation], only_after_of: Iterable[str]) -> None:
        # form -> the titles a holder may have there: every national office, and the monarch's.
        self._before: dict[str, frozenset[str]] = {}
        self._after_of: dict[str, frozenset[str]] = {}
        ambiguous = {_nation_key(f.lower().split()) for f in only_after_of}
        for nation in nations:
            titles = NATIONAL_OFFICES | frozenset(nation.monarchy)
            for name in nation.names:
                key = _nation_key(name.lower().split())
                for form in (key, key.removeprefix("the ")):
                    self._after_of[form] = titles
                    if form not in ambiguous:
                        self._before[form] = titles
            for adjective in nation.adjectives:
                self._before[_nation_key(adjective.lower().split())] = titles

    def find(self, text: str) -> Iterator[str]:
        """The descriptions of an office holder in ``text``, as evidence ("ukrainian president")."""
        past: bool | None = None
        for match in _OFFICE.finditer(text):
            office = " ".join(match.group(1).split())
            possessive = match.group(2) is not None
            before = _CLAUSE_BREAK.split(text[max(0, match.start() - 80) : match.start()])[-1]
            after = text[match.end() : match.end() + 80]
            words_after = _CLAUSE_BREAK.split(after)[0].split()
            if words_after and words_after[0] in (_THINGS if possessive else _COMPOUNDS):
                continue
            if office in ("pope", "potus", "flotus"):
                found = self._alone(office, before.split(), words_after)
            else:
                found = self._with_nation(office, before.split(), words_after, possessive)
            if found is None:
                continue
            if office in _MONARCH_TITLES or office == "pope":
                if past is None:
                    past = _PAST.search(text) is not None
                if past:
                    continue
            yield found

    def _with_nation(
        self, office: str, before: list[str], after: list[str], possessive: bool
    ) -> str | None:
        """ "the ukrainian president", "russia's president" or "the president of ukraine"."""
        end = len(before)
        while end and before[end - 1] in _MODIFIERS:
            end -= 1
        for size in (4, 3, 2, 1):
            if size > end:
                continue
            written = before[end - size : end]
            key = _nation_key(written)
            titles = self._before.get(key)
            if titles is None and key.endswith("'s"):
                titles = self._after_of.get(key.removesuffix("'s"))
                key = key.removesuffix("'s")
            if titles is None or office not in titles:
                continue
            if after[:1] == ["of"] and not possessive:
                return None  # "the british king of pop", "the spanish king of the 1500s"
            if key in _US_FORMS and "." not in "".join(written):
                first = self._first_unmodified(before, end - size)
                if first is not None and first not in _DETERMINER_BEFORE_US:
                    return None  # "show us king crab", "give us leader boards": the pronoun
            if self._is_role(before, end - size):
                return None
            return f"{key} {office}"
        if after[:1] != ["of"] or possessive:
            return None
        rest = after[1:]
        if rest[:1] == ["the"]:
            rest = rest[1:]
        for size in (4, 3, 2, 1):
            if size > len(rest):
                continue
            key = _nation_key(rest[:size])
            titles = self._after_of.get(key)
            if titles is None or office not in titles:
                continue
            if rest[size : size + 1] and rest[size] in _ORGANISATION_WORDS:
                return None  # "president of the us golf association"
            if self._is_role(before, len(before)):
                return None
            return f"{office} of {key}"
        return None

    def _alone(self, office: str, before: list[str], after: list[str]) -> str | None:
        """ "the pope", "the current pope", "potus": one office, one holder, no nation needed."""
        first = self._first_unmodified(before, len(before))
        if office == "pope":
            # Only "the pope": "a pope" is a role, "alexander pope" a poet, "pope leo xiv" the
            # name list's, and "the pope's nose" a cut of poultry.
            return office if first == "the" and after[:1] != ["nose"] else None
        return None if self._is_role(before, len(before)) else office

    @staticmethod
    def _first_unmodified(words: list[str], end: int) -> str | None:
        """The first word before ``end`` that is not a modifier, or None at the clause start."""
        while end and words[end - 1] in _MODIFIERS:
            end -= 1
        return words[end - 1] if end else None

    def _is_role(self, words: list[str], end: int) -> bool:
        first = self._first_unmodified(words, end)
        return first is not None and (first in _ROLE_WORDS or _ORDINAL.fullmatch(first) is not None)


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
        self.offices = Offices(*builtin_nations())
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
        described = {
            found
            for view in request.normalised.views
            for found in self.offices.find(self.policy.without_allowed(view))
        }
        for found in sorted(described):
            if reason := self.policy.reason(
                self.name, PUBLIC_FIGURE, OFFICE_SCORE, f"office: {found}"
            ):
                reasons.append(reason)
        return Decision.combine(reasons, self.policy.version)
