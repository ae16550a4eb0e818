from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect

from synthguard.config import Settings
from synthguard.errors import InvalidInput, InvalidPayload, NotFound
from synthguard.registry import GenerationStore, generation_id, payload_of, prompt_digest


def test_add_and_look_up_by_id_and_payload(database_settings: Settings) -> None:
    store = GenerationStore(database_settings)
    gen = store.add(
        model="demo-1",
        backend="demo",
        prompt="a red kite",
        requester_key_id="k1",
        pdq="ab" * 32,
        features=b"\x01\x02",
        extra={"seed": 3},
    )
    assert gen.id == generation_id(gen.watermark_payload) and gen.id.startswith("gen_")
    again = store.get(gen.id)
    assert again == gen
    assert again.prompt is None and again.prompt_sha256 == prompt_digest("a red kite")
    assert again.created_at.tzinfo is not None
    assert store.by_payload(gen.watermark_payload) == gen
    assert store.by_payload(b"\xff" * 6) is None
    assert [g.id for g in store.by_pdq("ab" * 32)] == [gen.id]
    assert store.count() == 1
    assert list(store.fingerprints()) == [(gen.id, "ab" * 32, b"\x01\x02")]


def test_prompts_kept_only_when_the_setting_says_so(database_settings: Settings) -> None:
    keeping = database_settings.model_copy(update={"store_prompts": True})
    gen = GenerationStore(keeping).add(model="m", backend="b", prompt="a lighthouse")
    assert GenerationStore(keeping).get(gen.id).prompt == "a lighthouse"


def test_payloads_are_unique(database_settings: Settings) -> None:
    store = GenerationStore(database_settings)
    payload = bytes.fromhex("0123456789ab")
    store.add(model="m", backend="b", prompt="p", payload=payload)
    with pytest.raises(InvalidPayload, match="already recorded"):
        store.add(model="m", backend="b", prompt="q", payload=payload)
    assert store.count() == 1


def test_remove_for_deletion_requests(database_settings: Settings) -> None:
    store = GenerationStore(database_settings)
    gen = store.add(model="m", backend="b", prompt="p")
    assert store.remove(gen.id) is True
    assert store.remove(gen.id) is False
    with pytest.raises(NotFound):
        store.get(gen.id)


def test_many_generations_keep_order_free_ids(database_settings: Settings) -> None:
    store = GenerationStore(database_settings)
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    ids = {store.add(model="m", backend="b", prompt=str(i), created_at=when).id for i in range(50)}
    assert len(ids) == 50 and store.count() == 50
    assert {i for i, _, _ in store.fingerprints(batch=7)} == ids


def test_schema_is_migrated_by_alembic(database_settings: Settings) -> None:
    store = GenerationStore(database_settings)
    inspector = inspect(store.engine)
    assert "alembic_version" in inspector.get_table_names()
    columns = {c["name"] for c in inspector.get_columns("generations")}
    assert {"id", "watermark_payload", "pdq", "features", "prompt_sha256"} <= columns


def test_bad_values_are_invalid_input(database_settings: Settings) -> None:
    store = GenerationStore(database_settings)
    with pytest.raises(InvalidInput):
        store.add(model="m", backend="b", prompt="p", pdq="xyz")
    with pytest.raises(InvalidPayload):
        store.add(model="m", backend="b", prompt="p", payload=b"\x01")


@pytest.mark.parametrize("bad", ["gen_zz", "abc", "gen_0123", "gen_0123456789abcd"])
def test_generation_ids_round_trip_and_refuse_junk(bad: str) -> None:
    payload = bytes.fromhex("a1b2c3d4e5f6")
    assert payload_of(generation_id(payload)) == payload
    with pytest.raises(InvalidInput):
        payload_of(bad)


def test_unreachable_database_is_a_clear_error(tmp_path) -> None:
    from synthguard.errors import ComponentUnavailable

    settings = Settings(home=tmp_path, database_url="postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(ComponentUnavailable, match="cannot open the database"):
        GenerationStore(settings)
