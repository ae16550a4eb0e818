"""The FastAPI application: one status code and one JSON error body per exception type."""

from __future__ import annotations

from typing import Any

from synthguard._version import __version__
from synthguard.config import Settings, get_settings
from synthguard.errors import SynthguardError, missing_extra

try:
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise missing_extra("service", "fastapi") from e


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for ``settings`` (default: the environment's)."""
    settings = settings or get_settings()
    app = FastAPI(
        title="synthguard",
        version=__version__,
        description="Trust, safety and provenance around any AI image generator.",
    )
    app.state.settings = settings

    @app.exception_handler(SynthguardError)
    async def _synthguard_error(request: Request, exc: SynthguardError) -> JSONResponse:
        return JSONResponse(exc.to_json(), status_code=exc.http_status)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        body = {
            "error": {
                "type": "UsageError",
                "message": "invalid request",
                "code": 2,
                "details": exc.errors(),
            }
        }
        return JSONResponse(body, status_code=422)

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, Any]:
        """Liveness: the process is up and its data directory is usable."""
        home = settings.home
        return {"status": "ok", "version": __version__, "data_dir_ready": home.is_dir()}

    settings.ensure_home()
    return app
