from __future__ import annotations

import inspect

import pytest

from synthguard import errors
from synthguard.errors import ExitCode, SynthguardError

ALL_ERRORS = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, SynthguardError)
]


def test_exit_codes_are_the_documented_ones() -> None:
    assert {c.name: c.value for c in ExitCode} == {
        "OK": 0,
        "INTERNAL": 1,
        "USAGE": 2,
        "INVALID_INPUT": 3,
        "REFUSED": 4,
        "NOT_AUTHORISED": 5,
        "UNAVAILABLE": 6,
    }


@pytest.mark.parametrize("cls", ALL_ERRORS, ids=lambda c: c.__name__)
def test_every_error_has_an_exit_code_status_and_json_shape(cls: type[SynthguardError]) -> None:
    error = cls("something went wrong")
    assert isinstance(error.exit_code, ExitCode)
    assert 400 <= error.http_status < 600
    assert error.to_json() == {
        "error": {
            "type": cls.__name__,
            "message": "something went wrong",
            "code": int(error.exit_code),
        }
    }


def test_mapping_table() -> None:
    assert errors.InvalidImage.exit_code == 3 and errors.InvalidImage.http_status == 415
    assert errors.PolicyViolation.exit_code == 4
    assert errors.Forbidden.exit_code == 5 and errors.Forbidden.http_status == 403
    assert errors.RateLimited.http_status == 429
    assert errors.ModelUnavailable.exit_code == 6 and errors.ModelUnavailable.http_status == 503
    assert errors.NotFound.http_status == 404


def test_details_are_carried_into_json() -> None:
    body = errors.InvalidImage("too big", width=5).to_json()
    assert body["error"]["details"] == {"width": 5}


def test_missing_extra_names_the_install_command() -> None:
    error = errors.missing_extra("c2pa", "c2pa")
    assert isinstance(error, errors.ComponentUnavailable)
    assert "pip install 'synthguard[c2pa]'" in error.message
