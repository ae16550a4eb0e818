"""The operator's policy file (TOML or YAML) and the store that keeps the last good one.

A policy file looks like::

    version = "2026-05-01"          # required: every decision carries it

    [categories.sexual]             # any of CATEGORIES; unnamed ones keep their defaults
    action = "review"               # allow | review | refuse
    threshold = 0.6                 # classifier score at or above which the action applies

    [lists]
    block = ["acme corp logo"]      # refused wherever they appear, after normalisation
    allow = ["hilton hotel"]        # phrases the checks ignore (never for minors)

    [classifier]
    enabled = true                  # the semantic classifier (needs the model package)

Sexual content involving minors is refused whatever the file says: a file that tries to set
``categories.minors`` to anything but ``refuse``, or to raise its threshold, is rejected.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from synthguard.errors import ConfigError, missing_extra
from synthguard.safety._decision import Action, Reason
from synthguard.safety._lexicon import CONTENT_CATEGORIES, MINORS
from synthguard.safety._normalise import normalise_prompt

PUBLIC_FIGURE = "public_figure"
ARTIST_STYLE = "artist_style"
BLOCKLIST = "blocklist"
#: Image categories (synthguard.safety._images).
NSFW = "nsfw"
PUBLIC_FIGURE_FACE = "public_figure_face"
FACE_WITHOUT_CONSENT = "face_without_consent"
IMAGE_CATEGORIES: tuple[str, ...] = (NSFW, PUBLIC_FIGURE_FACE, FACE_WITHOUT_CONSENT)

#: Every category a policy can configure.
CATEGORIES: tuple[str, ...] = (
    *CONTENT_CATEGORIES,
    PUBLIC_FIGURE,
    ARTIST_STYLE,
    BLOCKLIST,
    *IMAGE_CATEGORIES,
)


class CategoryRule(BaseModel):
    """What to do about one category, and from which classifier score on."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Action = Action.REFUSE
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)


DEFAULT_RULES: dict[str, CategoryRule] = {c: CategoryRule() for c in CATEGORIES}


class _Lists(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    block: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()

    @field_validator("block", "allow")
    @classmethod
    def _non_empty(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not value.strip():
                raise ValueError("list entries must not be empty")
        return values


class _Classifier(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True


class _PolicyFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str = Field(min_length=1, max_length=100)
    categories: dict[str, CategoryRule] = {}
    lists: _Lists = _Lists()
    classifier: _Classifier = _Classifier()

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: dict[str, CategoryRule]) -> dict[str, CategoryRule]:
        for name, rule in value.items():
            if name not in CATEGORIES:
                raise ValueError(f"unknown category {name!r}; known: {', '.join(CATEGORIES)}")
            if name == MINORS and (
                rule.action is not Action.REFUSE or rule.threshold > DEFAULT_RULES[MINORS].threshold
            ):
                raise ValueError(
                    "sexual content involving minors is always refused: its action must be "
                    f"'refuse' and its threshold at most {DEFAULT_RULES[MINORS].threshold}"
                )
        return value


@dataclass(frozen=True)
class PolicySet:
    """A validated policy: per-category rules, block and allow lists, and its version."""

    version: str
    rules: dict[str, CategoryRule]
    block: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    classifier_enabled: bool = True
    source: str = "built-in"

    def rule(self, category: str) -> CategoryRule:
        return self.rules.get(category, DEFAULT_RULES[category])

    def reason(self, policy: str, category: str, score: float, evidence: str) -> Reason | None:
        """The reason to report when ``score`` reaches the category's threshold, else None."""
        rule = self.rule(category)
        if score < rule.threshold or rule.action is Action.ALLOW:
            return None
        return Reason(policy, category, rule.action, score, rule.threshold, evidence)

    def without_allowed(self, text: str) -> str:
        """``text`` with the operator's allow-listed phrases blanked out."""
        for phrase in self.allow:
            text = re.sub(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", " ", text)
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "source": self.source,
            "categories": {
                name: {
                    "action": self.rule(name).action.value,
                    "threshold": self.rule(name).threshold,
                }
                for name in CATEGORIES
            },
            "lists": {"block": list(self.block), "allow": list(self.allow)},
            "classifier": {"enabled": self.classifier_enabled},
        }

    @classmethod
    def from_mapping(cls, data: Any, source: str = "<mapping>", text: str = "") -> PolicySet:
        """Validate a parsed policy; :class:`ConfigError` names the line and key at fault."""
        if not isinstance(data, dict):
            raise ConfigError(f"{source}: a policy must be a table of keys", source=source)
        _refuse_relaxed_minors(data, source, text)
        try:
            parsed = _PolicyFile.model_validate(data)
        except ValidationError as e:
            error = e.errors()[0]
            path = [str(p) for p in error["loc"]]
            key = ".".join(path) or "<root>"
            line = _locate(text, path) if text else None
            where = f"{source}, line {line}" if line else source
            raise ConfigError(
                f"{where}: {key}: {error['msg']}", source=source, line=line, key=key
            ) from e
        rules = dict(DEFAULT_RULES)
        rules.update(parsed.categories)
        return cls(
            version=parsed.version,
            rules=rules,
            block=tuple(_normal_phrase(b) for b in parsed.lists.block),
            allow=tuple(_normal_phrase(a) for a in parsed.lists.allow),
            classifier_enabled=parsed.classifier.enabled,
            source=source,
        )


def _refuse_relaxed_minors(data: dict[str, Any], source: str, text: str) -> None:
    """Reject, naming the line, a file that tries to relax the minors category."""
    categories = data.get("categories")
    minors = categories.get(MINORS) if isinstance(categories, dict) else None
    if not isinstance(minors, dict):
        return
    limit = DEFAULT_RULES[MINORS].threshold
    for key, bad in (
        ("action", minors.get("action", "refuse") != "refuse"),
        (
            "threshold",
            isinstance(minors.get("threshold"), int | float) and minors["threshold"] > limit,
        ),
    ):
        if bad:
            path = ["categories", MINORS, key]
            line = _locate(text, path) if text else None
            where = f"{source}, line {line}" if line else source
            raise ConfigError(
                f"{where}: {'.'.join(path)}: sexual content involving minors is always refused; "
                f"action must be 'refuse' and threshold at most {limit}",
                source=source,
                line=line,
                key=".".join(path),
            )


def _normal_phrase(phrase: str) -> str:
    return normalise_prompt(phrase).text


def default_policy() -> PolicySet:
    """The policy that ships with synthguard: everything harmful refused."""
    text = resources.files("synthguard.safety").joinpath("data/default_policy.toml").read_text()
    return parse_policy(text, "toml", source="built-in")


def parse_policy(text: str, fmt: str, source: str = "<text>") -> PolicySet:
    """Parse policy ``text`` in ``fmt`` (``toml`` or ``yaml``)."""
    if fmt == "toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            found = re.search(r"line (\d+)", str(e))
            line = int(found.group(1)) if found else None
            key = _key_at(text, line)
            raise ConfigError(
                f"{source}, line {line}: {key or 'syntax'}: {e}", source=source, line=line, key=key
            ) from e
    elif fmt == "yaml":
        data = _load_yaml(text, source)
    else:
        raise ConfigError(f"{source}: unknown policy format {fmt!r}; use .toml or .yaml")
    return PolicySet.from_mapping(data, source=source, text=text)


def load_policy(path: Path) -> PolicySet:
    """Read a policy file; the format comes from its extension."""
    suffix = path.suffix.lower()
    fmt = {".toml": "toml", ".yaml": "yaml", ".yml": "yaml"}.get(suffix)
    if fmt is None:
        raise ConfigError(f"{path}: a policy file must end in .toml, .yaml or .yml")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read the policy file: {e}", source=str(path)) from e
    return parse_policy(text, fmt, source=str(path))


class PolicyStore:
    """Holds the policy in force; a failed reload raises and leaves the previous one in force."""

    def __init__(self, policy: PolicySet | None = None) -> None:
        self._current = policy or default_policy()

    @property
    def current(self) -> PolicySet:
        return self._current

    def load(self, path: Path) -> PolicySet:
        self._current = load_policy(path)  # assigned only once the new file has validated
        return self._current

    def load_text(self, text: str, fmt: str, source: str = "<text>") -> PolicySet:
        self._current = parse_policy(text, fmt, source)
        return self._current


def policy_path(home: Path) -> Path | None:
    """The operator's policy file under the data directory, if there is one."""
    for name in ("policy.toml", "policy.yaml", "policy.yml"):
        if (home / name).is_file():
            return home / name
    return None


def _load_yaml(text: str, source: str) -> Any:
    try:
        import yaml
    except ImportError as e:
        raise missing_extra("safety", "pyyaml") from e
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        key = _key_at(text, line)
        raise ConfigError(
            f"{source}, line {line}: {key or 'syntax'}: {e}", source=source, line=line, key=key
        ) from e


def _key_at(text: str, line: int | None) -> str | None:
    """The key written on ``line``, for syntax errors."""
    if not line:
        return None
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return None
    found = re.match(r"\s*\[*\s*([\w.\-\"']+)", lines[line - 1])
    return found.group(1).strip("\"'") if found else None


def _locate(text: str, path: Sequence[str]) -> int | None:
    """The 1-based line where the key ``path`` is written, in TOML or YAML; best effort."""
    lines = text.splitlines()
    line_no: int | None = None
    start = 0
    for depth, part in enumerate(path):
        if part.isdigit():  # a list item: stay on the list's line
            continue
        toml_header = re.compile(
            r"^\s*\[+\s*" + r"\.".join(re.escape(p) for p in path[: depth + 1]) + r"\s*\]+"
        )
        key = re.compile(r"^\s*(?:[\w.\-]+\.)?[\"']?" + re.escape(part) + r"[\"']?\s*[=:]")
        for index in range(start, len(lines)):
            if toml_header.match(lines[index]) or key.match(lines[index]):
                line_no, start = index + 1, index + 1
                break
    return line_no
