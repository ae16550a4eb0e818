from __future__ import annotations

from pathlib import Path

import pytest

from synthguard.config import Settings, get_settings, load_settings, settings_markdown
from synthguard.errors import ConfigError

from conftest import REPO


def test_settings_come_from_prefixed_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SYNTHGUARD_HOME", str(tmp_path))
    monkeypatch.setenv("SYNTHGUARD_WATERMARK_FPR", "1e-9")
    monkeypatch.setenv("SYNTHGUARD_PORT", "9000")
    settings = load_settings()
    assert settings.home == tmp_path
    assert settings.watermark_fpr == 1e-9
    assert settings.port == 9000
    assert settings.resolved_database_url == f"sqlite:///{tmp_path.resolve()}/synthguard.db"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("SYNTHGUARD_WATERMARK_FPR", "2"),
        ("SYNTHGUARD_PORT", "http"),
        ("SYNTHGUARD_MAX_IMAGE_PIXELS", "-5"),
        ("SYNTHGUARD_LOG_LEVEL", "loud"),
    ],
)
def test_malformed_settings_are_config_errors_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=variable):
        load_settings()


def test_malformed_setting_in_the_cli_exits_3(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYNTHGUARD_PORT", "not-a-port")
    get_settings.cache_clear()
    result = cli("doctor", "--json")
    assert result.code == 3
    assert "SYNTHGUARD_PORT" in result.json["error"]["message"]


def test_ensure_home_creates_a_private_directory(tmp_path: Path) -> None:
    home = Settings(home=tmp_path / "a" / "b").ensure_home()
    assert home.is_dir()
    assert home.stat().st_mode & 0o077 == 0


def test_settings_docs_are_in_sync() -> None:
    page = (REPO / "docs" / "settings.md").read_text()
    assert page == settings_markdown(), "run `make docs` to regenerate docs/settings.md"
    for name in Settings.model_fields:
        assert f"SYNTHGUARD_{name.upper()}" in page
