"""What ``synthguard stamp`` and ``synthguard verify`` compute and print; the CLI stays thin.

Each function returns the JSON object of one file (the CLI adds ``path`` and runs the batch),
and each ``*_line`` renders that object for a person.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synthguard.config import Settings
from synthguard.provenance._stamping import stamp_file
from synthguard.provenance._verdict import verify_file


def stamp_command(
    src: Path,
    dst: Path,
    *,
    model: str,
    model_version: str | None = None,
    prompt: str = "",
    quality: int = 95,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Stamp ``src`` into ``dst``: ``{"generation_id", "layers", ...}``."""
    result = stamp_file(
        src,
        dst,
        model=model,
        model_version=model_version,
        prompt=prompt,
        quality=quality,
        settings=settings,
    )
    return {"input": str(src), "output": str(dst), **result.to_json()}


def stamp_line(result: dict[str, Any]) -> str:
    return f"{result['output']}: {result['generation_id']} ({', '.join(result['layers'])})"


def verify_command(path: Path, *, settings: Settings | None = None) -> dict[str, Any]:
    """The verdict on one image: ``{"verdict", "generation_id", "false_positive_rate",
    "explanation", "agreeing_layers", "signals": {"c2pa", "iptc", "watermark", "fingerprint"}}``."""
    return verify_file(path, settings=settings).to_json()


def verify_line(row: dict[str, Any]) -> str:
    """One row of ``synthguard verify`` for a person, errors included."""
    if "error" in row:
        return f"{row['path']}: error: {row['error']['message']}"
    return f"{row['path']}: {row['verdict']} — {row['explanation']}"


def verify_summary(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Counts per verdict and of failed files, for the batch's ``summary``."""
    summary = {"images": len(rows), "errors": sum("error" in r for r in rows)}
    for label in ("generated", "generated_elsewhere", "tampered", "not_found"):
        summary[label] = sum(r.get("verdict") == label for r in rows)
    return summary
