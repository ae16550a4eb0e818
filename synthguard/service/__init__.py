"""The HTTP service: FastAPI routers over the library, no business logic of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synthguard.config import Settings


def run(settings: Settings, *, host: str, port: int) -> None:
    """Serve the app with uvicorn until interrupted."""
    try:
        import uvicorn
    except ImportError as e:
        from synthguard.errors import missing_extra

        raise missing_extra("service", "uvicorn") from e
    from synthguard.service.app import create_app

    uvicorn.run(create_app(settings), host=host, port=port, log_level=settings.log_level)


__all__ = ["run"]
