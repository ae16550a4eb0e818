from __future__ import annotations

import stat
from pathlib import Path

import pytest

from synthguard.config import Settings
from synthguard.errors import InvalidKey
from synthguard.watermark.keys import KEY_BYTES, WatermarkKeys, key_id, parse_key


def test_first_use_creates_a_private_key(tmp_path: Path) -> None:
    keys = WatermarkKeys(Settings(home=tmp_path))
    assert not keys.exists()
    ring = keys.ring()
    assert len(ring.current) == KEY_BYTES and ring.retired == ()
    mode = stat.S_IMODE(keys.current_path.stat().st_mode)
    assert mode == 0o600
    assert keys.ring().current == ring.current  # stable across loads


def test_two_homes_get_different_keys(tmp_path: Path) -> None:
    a = WatermarkKeys(Settings(home=tmp_path / "a")).ring().current
    b = WatermarkKeys(Settings(home=tmp_path / "b")).ring().current
    assert a != b


def test_rotation_keeps_old_keys_for_detection(tmp_path: Path) -> None:
    keys = WatermarkKeys(Settings(home=tmp_path))
    first = keys.ring().current
    ring = keys.rotate()
    assert ring.current != first and ring.retired == (first,)
    again = keys.rotate()
    assert again.retired[1] == first and len(again.all) == 3


def test_export_then_import_on_another_server(tmp_path: Path) -> None:
    source = WatermarkKeys(Settings(home=tmp_path / "one"))
    kid = source.export(tmp_path / "exported.key")
    assert kid == key_id(source.ring().current)
    assert stat.S_IMODE((tmp_path / "exported.key").stat().st_mode) == 0o600
    target = WatermarkKeys(Settings(home=tmp_path / "two"))
    target.ring()  # has its own key first
    ring = target.import_key(tmp_path / "exported.key")
    assert ring.current == source.ring().current and len(ring.retired) == 1


@pytest.mark.parametrize("data", [b"", b"short", b"z" * 64, b"0" * 63, b"\x00" * 33])
def test_malformed_keys_are_refused(data: bytes) -> None:
    with pytest.raises(InvalidKey):
        parse_key(data)


def test_hex_and_raw_keys_are_accepted() -> None:
    raw = bytes(range(32))
    assert parse_key(raw) == raw
    assert parse_key(raw.hex().encode() + b"\n") == raw


def test_key_id_does_not_reveal_the_key() -> None:
    raw = bytes(range(32))
    assert len(key_id(raw)) == 16 and raw.hex()[:16] != key_id(raw)


def test_corrupt_key_file_is_a_clear_error(tmp_path: Path) -> None:
    keys = WatermarkKeys(Settings(home=tmp_path))
    keys.ring()
    keys.current_path.write_bytes(b"garbage")
    with pytest.raises(InvalidKey, match="watermark key"):
        keys.ring()
