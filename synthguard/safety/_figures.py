"""Public figures: a curated list shipped in the package, extended by the operator."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import ClassVar

from synthguard.safety._decision import Decision, GenerationRequest
from synthguard.safety._names import (
    NameEntry,
    NameMatcher,
    merge_entry,
    read_entries,
    validate_entry,
    write_entries,
)
from synthguard.safety._policy import PUBLIC_FIGURE, PolicySet


def builtin_figures() -> list[NameEntry]:
    """Heads of state and government, leading politicians and the most-depicted celebrities."""
    path = resources.files("synthguard.safety").joinpath("data/public_figures.json")
    with resources.as_file(path) as real:
        return read_entries(Path(real), "figures")


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
        self._squashed = {
            form.replace(" ", ""): entry
            for entry in self.matcher.entries
            for form in entry.spellings()
            if len(form.replace(" ", "")) >= 9 and " " in form
        }

    def check(self, request: GenerationRequest) -> Decision:
        reasons = []
        seen: set[str] = set()
        for view in request.normalised.views:
            text = self.policy.without_allowed(view)
            for hit in self.matcher.find(text):
                seen.add(hit.entry.name)
                if self.matcher.is_other_sense(hit, text):
                    continue
                if reason := self.policy.reason(self.name, PUBLIC_FIGURE, 1.0, hit.entry.name):
                    reasons.append(reason)
        # Names spelt out letter by letter lose their spaces ("t a y l o r s w i f t").
        squashed = self.policy.without_allowed(request.normalised.text).replace(" ", "")
        for form, entry in self._squashed.items():
            if entry.name in seen or form not in squashed:
                continue
            if reason := self.policy.reason(self.name, PUBLIC_FIGURE, 1.0, entry.name):
                reasons.append(reason)
        return Decision.combine(reasons, self.policy.version)
