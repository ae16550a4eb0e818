from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from synthguard.config import Settings
from synthguard.errors import InvalidImage
from synthguard.service.app import create_app

from conftest import REPO


def test_healthz_and_docs(tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(home=tmp_path / "home")))
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["status"] == "ok" and health.json()["data_dir_ready"] is True
    assert client.get("/docs").status_code == 200
    assert "/healthz" in client.get("/openapi.json").json()["paths"]


def test_errors_map_to_status_and_json_body(tmp_path: Path) -> None:
    app = create_app(Settings(home=tmp_path))

    @app.get("/boom")
    def boom() -> None:
        raise InvalidImage("not an image")

    response = TestClient(app).get("/boom")
    assert response.status_code == 415
    assert response.json() == {
        "error": {"type": "InvalidImage", "message": "not an image", "code": 3}
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_command_answers_healthz(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "synthguard"
    if not script.exists():
        pytest.skip("synthguard script not installed in this environment")
    port = _free_port()
    env = {**os.environ, "SYNTHGUARD_HOME": str(tmp_path / "home"), "SYNTHGUARD_PORT": str(port)}
    proc = subprocess.Popen(
        [str(script), "serve"], cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["status"] == "ok"
        assert (tmp_path / "home").is_dir()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
