"""The ``synthguard`` command line: a thin shell over the library.

The contract scripts rely on (keep it exact):

* every command takes ``--json``; with it stdout carries exactly one JSON object and nothing
  else; progress bars and logs go to stderr;
* exit codes come from :class:`synthguard.errors.ExitCode` (0 ok, 1 internal error, 2 usage,
  3 invalid input, 4 refused by policy, 5 not authorised, 6 component or model unavailable);
* an error under ``--json`` prints ``{"error": {"type": ..., "message": ..., "code": ...}}``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from typer.exceptions import Abort, TyperException

from synthguard._version import __version__
from synthguard.errors import ExitCode, SynthguardError, UsageError

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False)

app = typer.Typer(
    name="synthguard",
    help="Trust, safety and provenance around any AI image generator.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print exactly one JSON object on stdout.")]


def emit(result: dict[str, Any], as_json: bool, human: Callable[[], None] | None = None) -> None:
    """Print a command's result: one JSON object, or the human rendering."""
    if as_json:
        sys.stdout.write(json.dumps(result, sort_keys=False, default=str) + "\n")
        sys.stdout.flush()
    elif human is not None:
        human()
    else:
        stdout.print_json(json.dumps(result, default=str))


def _version_callback(value: bool) -> None:
    if value:
        print(f"synthguard {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Trust, safety and provenance around any AI image generator."""


@app.command()
def doctor(as_json: JsonFlag = False) -> None:
    """Show which optional parts and models are installed and loadable, and where data lives."""
    from synthguard.config import get_settings
    from synthguard.doctor import diagnose

    report = diagnose(get_settings())

    def human() -> None:
        stdout.print(f"synthguard {report['version']} on Python {report['python']}")
        stdout.print(
            f"data dir: {report['data_dir']['path']}"
            f" ({'exists' if report['data_dir']['exists'] else 'not created yet'})"
        )
        stdout.print(f"database: {report['database_url']}")
        stdout.print("keys: " + ", ".join(f"{k} {v}" for k, v in report["keys"].items()))
        table = Table("component", "status", "purpose", "install")
        for name, info in report["components"].items():
            table.add_row(name, info["status"], info["purpose"], info.get("install", ""))
        stdout.print(table)

    emit(report, as_json, human)


@app.command()
def attack(
    src: Annotated[Path, typer.Argument(metavar="IN", help="Image to attack.")],
    dst: Annotated[
        Path, typer.Argument(metavar="OUT", help="Where to write; format from the extension.")
    ],
    name: Annotated[
        str,
        typer.Option("--name", help="Attack name, or a chain such as 'crop_center=0.5,jpeg=75'."),
    ] = "jpeg",
    param: Annotated[
        float | None,
        typer.Option("--param", help="The attack's parameter; default: the attack's own."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of random choices.")] = 0,
    as_json: JsonFlag = False,
) -> None:
    """Apply a deterministic attack from synthguard.attacks to an image."""
    from synthguard import attacks, imageio

    steps = attacks.parse_chain(name)
    if param is not None:
        if len(steps) != 1:
            raise UsageError(
                "--param applies to a single attack; give chain parameters "
                "inline, as in 'crop_center=0.5,jpeg=75'"
            )
        steps = [(steps[0][0], param)]
    image = imageio.load(src)
    out = attacks.run_chain(image.rgb, steps, seed=seed)
    imageio.save(dst, out)
    applied = [
        {"name": n, "param": attacks.ATTACKS[n].default if p is None else p} for n, p in steps
    ]
    result = {
        "input": str(src),
        "output": str(dst),
        "steps": applied,
        "seed": seed,
        "width": int(out.shape[1]),
        "height": int(out.shape[0]),
    }
    emit(
        result,
        as_json,
        lambda: stdout.print(
            f"{dst}: {result['width']}×{result['height']} after "
            + " → ".join(f"{s['name']}({s['param']})" for s in applied)
        ),
    )


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address; default from settings.")] = None,
    port: Annotated[int | None, typer.Option(help="Port; default from settings.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Run the HTTP service (uvicorn) on the embedded default database."""
    from synthguard.config import get_settings
    from synthguard.service import run

    settings = get_settings()
    run(settings, host=host or settings.host, port=port or settings.port)
    emit({"stopped": True}, as_json, lambda: None)


def _report_error(error: SynthguardError, as_json: bool) -> int:
    if as_json:
        sys.stdout.write(json.dumps(error.to_json(), default=str) + "\n")
    else:
        stderr.print(f"[bold red]error[/]: {error.message}", markup=True)
    return int(error.exit_code)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``synthguard`` script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    try:
        rv = app(args=args, prog_name="synthguard", standalone_mode=False)
    except SynthguardError as e:
        return _report_error(e, as_json)
    except Abort:
        stderr.print("aborted")
        return int(ExitCode.INTERNAL)
    except TyperException as e:
        # Usage mistakes keep click's wording; only the shape of the report changes.
        if as_json:
            return _report_error(UsageError(e.format_message()), as_json)
        show = getattr(e, "show", None)
        if show is not None:
            show(file=sys.stderr)
        else:
            stderr.print(e.format_message())
        return int(ExitCode.USAGE)
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # the contract promises a JSON error, never a traceback
        err = SynthguardError(f"internal error: {type(e).__name__}: {e}")
        return _report_error(err, as_json)
    return int(rv) if isinstance(rv, int) else 0


if __name__ == "__main__":
    raise SystemExit(main())
