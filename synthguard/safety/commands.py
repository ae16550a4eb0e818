"""What the CLI's safety commands do, as plain functions returning JSON-ready dicts.

The Typer app wraps these one to one; errors are synthguard's own (``InvalidInput``,
``ConfigError``, ``ModelUnavailable``) and are mapped to exit codes by the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from synthguard.config import get_settings
from synthguard.safety._artists import ArtistRegistry
from synthguard.safety._engine import SafetyEngine
from synthguard.safety._figures import FigureRegistry
from synthguard.safety._policy import PolicyStore, load_policy, policy_path


def check_prompt(
    prompt: str | bytes, policy_file: Path | None = None, home: Path | None = None
) -> dict[str, Any]:
    """``synthguard safety check PROMPT``: ``{"action", "reasons": [...], "policy_version"}``."""
    return SafetyEngine.from_home(home, policy_file).evaluate(prompt).to_json()


def policy_show(policy_file: Path | None = None, home: Path | None = None) -> dict[str, Any]:
    """``synthguard safety policy show``: the policy in force, defaults filled in."""
    home = home if home is not None else get_settings().home
    path = policy_file or policy_path(home)
    policy = load_policy(path) if path else PolicyStore().current
    return policy.to_json()


def artists_add(name: str, aliases: Iterable[str] = (), home: Path | None = None) -> dict[str, Any]:
    """``synthguard safety artists add NAME [--alias A]...``: add to the opt-out list."""
    home = home if home is not None else get_settings().ensure_home()
    registry = ArtistRegistry(home)
    entry = registry.add(name, aliases)
    return {"added": entry.to_json(), "path": str(registry.path), "count": len(registry.entries())}


def figures_add(
    name: str,
    aliases: Iterable[str] = (),
    not_person_when: Iterable[str] = (),
    home: Path | None = None,
) -> dict[str, Any]:
    """``synthguard safety figures add NAME [--alias A]...``: extend the public-figure list."""
    home = home if home is not None else get_settings().ensure_home()
    registry = FigureRegistry(home)
    entry = registry.add(name, aliases, not_person_when)
    return {
        "added": entry.to_json(),
        "path": str(registry.path),
        "operator_count": len(registry.operator_entries()),
    }
