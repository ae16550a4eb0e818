"""What is installed, loadable and configured: the report behind ``synthguard doctor``."""

from __future__ import annotations

import importlib
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from synthguard._version import __version__
from synthguard.config import Settings


@dataclass(frozen=True)
class Component:
    """An optional part of synthguard: the extra that installs it and the modules it needs."""

    name: str
    extra: str
    modules: tuple[str, ...]
    purpose: str


COMPONENTS: tuple[Component, ...] = (
    Component("service", "service", ("fastapi", "uvicorn"), "HTTP service"),
    Component("onnxruntime", "safety", ("onnxruntime",), "safety classifiers"),
    Component("faces", "faces", ("dlib", "face_recognition_models"), "face recognition"),
    Component("c2pa", "c2pa", ("c2pa",), "Content Credentials"),
    Component("faiss", "fingerprint", ("faiss",), "large fingerprint indexes"),
    Component("ray", "ray", ("ray",), "distributed dataset pruning"),
)

#: Key files under the data directory, by what they are for.
KEY_FILES = {
    "watermark": Path("keys") / "watermark.key",
    "signing": Path("keys") / "signing.key.pem",
}


def _probe(component: Component) -> dict[str, Any]:
    missing: list[str] = []
    error: str | None = None
    for module in component.modules:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(module)
        except Exception as e:  # a broken install imports but fails: report, don't crash
            error = f"{module}: {type(e).__name__}: {e}"
    status = "ok" if not missing and error is None else ("missing" if missing else "broken")
    report: dict[str, Any] = {"status": status, "purpose": component.purpose}
    if missing:
        report["install"] = f"pip install 'synthguard[{component.extra}]'"
        report["missing_modules"] = missing
    if error:
        report["error"] = error
    return report


def _mask_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def diagnose(settings: Settings) -> dict[str, Any]:
    """A JSON-ready report; never raises for a missing or broken optional part."""
    home = settings.home.resolve()
    keys = {
        name: ("present" if (home / rel).is_file() else "absent") for name, rel in KEY_FILES.items()
    }
    return {
        "version": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "data_dir": {
            "path": str(home),
            "exists": home.is_dir(),
            "writable": home.is_dir() and os.access(home, os.W_OK),
        },
        "database_url": _mask_password(settings.resolved_database_url),
        "keys": keys,
        "components": {c.name: _probe(c) for c in COMPONENTS},
        "models": {},
        "settings": {
            k: (str(v) if isinstance(v, Path) else v)
            for k, v in settings.model_dump().items()
            if k != "database_url"
        },
    }


__all__ = ["COMPONENTS", "Component", "diagnose"]
