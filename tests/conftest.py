from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from synthguard.cli import main
from synthguard.config import get_settings

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("SYNTHGUARD_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own SYNTHGUARD_HOME so keys and databases never leak between tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SYNTHGUARD_HOME", str(home))
    monkeypatch.delenv("SYNTHGUARD_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield home
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "photos").is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (set SYNTHGUARD_CORPUS)")
    return CORPUS


def natural_image(height: int = 256, width: int = 320, seed: int = 0) -> np.ndarray:
    """A seeded photo-like RGB image: 1/f texture, an edge and a smooth gradient."""
    rng = np.random.default_rng(seed)
    spectrum = rng.normal(size=(height, width)) + 1j * rng.normal(size=(height, width))
    fy = np.fft.fftfreq(height)[:, None]
    fx = np.fft.fftfreq(width)[None, :]
    field = np.real(np.fft.ifft2(spectrum / np.maximum(np.hypot(fy, fx), 1 / max(height, width))))
    field = (field - field.mean()) / field.std()
    ramp = np.linspace(-1, 1, width)[None, :]
    base = np.stack(
        [120 + 35 * field + 30 * ramp, 110 + 30 * field, 100 + 25 * field - 20 * ramp], axis=-1
    )
    base[: height // 3, : width // 4] += 40
    return np.clip(base, 0, 255).astype(np.uint8)


@pytest.fixture
def rgb() -> np.ndarray:
    return natural_image()


def png_bytes(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="PNG")
    return buf.getvalue()


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run the CLI in-process; returns exit code, stdout and stderr."""

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return run


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL database: SYNTHGUARD_TEST_POSTGRES_URL, or a server started here."""
    given = os.environ.get("SYNTHGUARD_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    from pgserver import PostgresServer

    try:
        server = PostgresServer()
    except FileNotFoundError as e:
        if os.environ.get("SYNTHGUARD_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required by `make test`: {e}")
        pytest.skip(str(e))
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_settings(request: pytest.FixtureRequest, tmp_path: Path):
    """Settings pointing at SQLite or at the session's PostgreSQL, for store tests."""
    from synthguard.config import Settings
    from synthguard.registry.db import dispose_all

    if request.param == "sqlite":
        yield Settings(home=tmp_path)
    else:
        url = request.getfixturevalue("postgres_url")
        _reset_postgres(url)
        yield Settings(home=tmp_path, database_url=url)
    dispose_all()


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
