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

import numpy as np
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


watermark_app = typer.Typer(help="Embed and detect the invisible watermark.", no_args_is_help=True)
credentials_app = typer.Typer(help="Manage the operator's keys.", no_args_is_help=True)
app.add_typer(watermark_app, name="watermark")
app.add_typer(credentials_app, name="credentials")


def for_each_path(
    paths: Sequence[Path], work: Callable[[Path], dict[str, Any]], label: str
) -> tuple[list[dict[str, Any]], int]:
    """Run ``work`` on every path; a bad file is reported in its row and the batch goes on.

    Returns the rows and the number of failed files. A progress bar goes to stderr.
    """
    from rich.progress import Progress

    rows: list[dict[str, Any]] = []
    failed = 0
    with Progress(console=stderr, transient=True, disable=len(paths) < 3) as progress:
        task = progress.add_task(label, total=len(paths))
        for path in paths:
            try:
                rows.append({"path": str(path), **work(path)})
            except SynthguardError as e:
                failed += 1
                rows.append({"path": str(path), **e.to_json()})
            progress.advance(task)
    return rows, failed


def _batch_exit(failed: int) -> None:
    if failed:
        raise typer.Exit(int(ExitCode.INVALID_INPUT))


@watermark_app.command("embed")
def watermark_embed(
    src: Annotated[Path, typer.Argument(metavar="IN", help="Image to mark.")],
    dst: Annotated[
        Path, typer.Argument(metavar="OUT", help="Marked image; PNG, JPEG or WebP by extension.")
    ],
    payload: Annotated[str, typer.Option("--payload", help="1 to 12 hexadecimal digits.")],
    quality: Annotated[int, typer.Option(help="JPEG/WebP quality of OUT.", min=1, max=100)] = 95,
    as_json: JsonFlag = False,
) -> None:
    """Embed a payload with the operator's watermark key (created on first use)."""
    from synthguard import imageio, watermark

    data = watermark.parse_payload(payload)
    fmt = imageio.format_for_path(dst)
    image = imageio.load(src)
    marked = watermark.embed(image.rgb, data)
    dst.write_bytes(imageio.encode(marked, fmt, quality=quality, alpha=image.alpha))
    diff = marked.astype(np.float64) - image.rgb
    mse = float(np.mean(diff * diff))
    result = {
        "input": str(src),
        "output": str(dst),
        "payload": data.hex(),
        "codec": watermark.DEFAULT_CODEC,
        "key_id": watermark.key_id(watermark.key_ring().current),
        "psnr_db": round(10 * np.log10(255**2 / mse), 2) if mse > 0 else None,
    }
    emit(result, as_json, lambda: stdout.print(f"{dst}: marked with payload {data.hex()}"))


@watermark_app.command("detect")
def watermark_detect(
    images: Annotated[list[Path], typer.Argument(metavar="IMG...", help="Images to examine.")],
    as_json: JsonFlag = False,
) -> None:
    """Look for the operator's watermark; reports the payload when found."""
    from synthguard import imageio, watermark

    keys = watermark.key_ring().all

    def one(path: Path) -> dict[str, Any]:
        return watermark.detection_json(watermark.detect(imageio.load(path).rgb, keys=keys))

    rows, failed = for_each_path(images, one, "detecting")
    summary = {
        "images": len(rows),
        "detected": sum(bool(r.get("detected")) for r in rows),
        "errors": failed,
    }

    def human() -> None:
        for row in rows:
            if "error" in row:
                stdout.print(f"{row['path']}: error: {row['error']['message']}")
            elif row["detected"]:
                stdout.print(f"{row['path']}: watermark {row['payload']} (p={row['p_value']:.2g})")
            else:
                stdout.print(f"{row['path']}: no watermark")

    emit({"results": rows, "summary": summary}, as_json, human)
    _batch_exit(failed)


@credentials_app.command("init")
def credentials_init(
    force: Annotated[
        bool, typer.Option("--force", help="Replace existing keys and the local root.")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Create, offline, the C2PA signing key and a local development certificate chain."""
    from synthguard.config import get_settings
    from synthguard.credentials import init_credentials
    from synthguard.watermark import WatermarkKeys

    settings = get_settings()
    paths = init_credentials(settings, force=force)
    ring = WatermarkKeys(settings).ring()
    report = {
        "signing_key": str(paths.key),
        "certificate_chain": str(paths.chain),
        "root": str(paths.root),
        "root_label": "local development root, not publicly trusted",
        "watermark": ring.describe(),
    }
    emit(report, as_json, lambda: stdout.print(f"signing key and chain under {paths.key.parent}"))


@credentials_app.command("status")
def credentials_status(as_json: JsonFlag = False) -> None:
    """Show which keys exist: paths and key ids, never the keys."""
    from synthguard.config import get_settings
    from synthguard.credentials import CredentialPaths
    from synthguard.watermark import WatermarkKeys

    settings = get_settings()
    keys = WatermarkKeys(settings)
    paths = CredentialPaths.under(settings)
    chain = settings.c2pa_cert_chain or paths.chain
    report = {
        "watermark": keys.ring(create=False).describe() if keys.exists() else None,
        "signing": {
            "certificate_chain": str(chain) if chain.is_file() else None,
            "operator_supplied": settings.c2pa_cert_chain is not None,
            "time_stamp_authority": settings.c2pa_tsa_url,
        },
    }
    emit(report, as_json)


@credentials_app.command("rotate-watermark-key")
def credentials_rotate(as_json: JsonFlag = False) -> None:
    """Retire the current watermark key (still used for detection) and create a new one."""
    from synthguard.config import get_settings
    from synthguard.watermark import WatermarkKeys

    ring = WatermarkKeys(get_settings()).rotate()
    emit(
        {"watermark": ring.describe()},
        as_json,
        lambda: stdout.print(f"new watermark key {ring.describe()['current']}"),
    )


@credentials_app.command("export-watermark-key")
def credentials_export(
    dst: Annotated[Path, typer.Argument(metavar="OUT", help="File to write (owner-only).")],
    as_json: JsonFlag = False,
) -> None:
    """Copy the current watermark key to a file, to install it on another server."""
    from synthguard.config import get_settings
    from synthguard.watermark import WatermarkKeys

    kid = WatermarkKeys(get_settings()).export(dst)
    emit(
        {"exported": str(dst), "key_id": kid},
        as_json,
        lambda: stdout.print(f"wrote key {kid} to {dst}"),
    )


@credentials_app.command("import-watermark-key")
def credentials_import(
    src: Annotated[Path, typer.Argument(metavar="FILE", help="Key file (32 bytes or 64 hex).")],
    as_json: JsonFlag = False,
) -> None:
    """Make the key in FILE the current watermark key; the previous one is retired."""
    from synthguard.config import get_settings
    from synthguard.watermark import WatermarkKeys

    ring = WatermarkKeys(get_settings()).import_key(src)
    emit(
        {"watermark": ring.describe()},
        as_json,
        lambda: stdout.print(f"current watermark key {ring.describe()['current']}"),
    )


@app.command()
def stamp(
    src: Annotated[Path, typer.Argument(metavar="IN", help="Generated image to publish.")],
    dst: Annotated[
        Path, typer.Argument(metavar="OUT", help="Stamped image; PNG, JPEG or WebP by extension.")
    ],
    model: Annotated[str, typer.Option("--model", help="Model name for the manifest.")] = (
        "unknown"
    ),
    model_version: Annotated[
        str | None, typer.Option("--model-version", help="Model version for the manifest.")
    ] = None,
    prompt: Annotated[
        str, typer.Option("--prompt", help="Prompt (stored as a hash unless configured).")
    ] = "",
    quality: Annotated[int, typer.Option(help="JPEG/WebP quality of OUT.", min=1, max=100)] = 95,
    as_json: JsonFlag = False,
) -> None:
    """Watermark, sign (C2PA + IPTC) and record a generated image in one step."""
    from synthguard.provenance.commands import stamp_command, stamp_line

    result = stamp_command(
        src, dst, model=model, model_version=model_version, prompt=prompt, quality=quality
    )
    emit(result, as_json, lambda: stdout.print(stamp_line(result)))


@app.command()
def verify(
    images: Annotated[list[Path], typer.Argument(metavar="IMG...", help="Images to examine.")],
    as_json: JsonFlag = False,
) -> None:
    """One provenance verdict per image from credentials, IPTC, watermark and fingerprint."""
    from synthguard.provenance.commands import verify_command, verify_line, verify_summary

    rows, failed = for_each_path(images, verify_command, "verifying")

    def human() -> None:
        for row in rows:
            stdout.print(verify_line(row))

    emit({"results": rows, "summary": verify_summary(rows)}, as_json, human)
    _batch_exit(failed)


fingerprint_app = typer.Typer(
    help="Index images and find them again after crops, re-encodes and edits.",
    no_args_is_help=True,
)
app.add_typer(fingerprint_app, name="fingerprint")
IndexOption = Annotated[Path, typer.Option("--index", help="Index directory.")]


@fingerprint_app.command("index")
def fingerprint_index(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Folder of images to add.")],
    index: IndexOption,
    as_json: JsonFlag = False,
) -> None:
    """Add every image under DIR to the index (id = path relative to DIR)."""
    from rich.progress import Progress

    from synthguard.fingerprint.commands import image_files, index_directory

    with Progress(console=stderr, transient=True) as progress:
        task = progress.add_task("indexing", total=len(image_files(directory)))
        summary = index_directory(directory, index, lambda *_: progress.advance(task))
    result = summary.to_json()
    emit(
        result,
        as_json,
        lambda: stdout.print(
            f"{index}: added {summary.added}, already there {summary.already_indexed},"
            f" failed {summary.failed}"
        ),
    )
    _batch_exit(summary.failed)


@fingerprint_app.command("match")
def fingerprint_match(
    images: Annotated[list[Path], typer.Argument(metavar="IMG...", help="Images to look up.")],
    index: IndexOption,
    as_json: JsonFlag = False,
) -> None:
    """List the indexed images each image matches, at the index's false-match rate."""
    from rich.progress import Progress

    from synthguard.fingerprint.commands import match_paths

    with Progress(console=stderr, transient=True, disable=len(images) < 3) as progress:
        task = progress.add_task("matching", total=len(images))
        report = match_paths(index, images, lambda *_: progress.advance(task))
    result = report.to_json()

    def human() -> None:
        for row in result["results"]:
            if "error" in row:
                stdout.print(f"{row['path']}: error: {row['error']['message']}")
            elif not row["matches"]:
                stdout.print(f"{row['path']}: no match")
            for m in row.get("matches", []):
                stdout.print(f"{row['path']}: {m['id']} (score {m['score']:g})")

    emit(result, as_json, human)
    _batch_exit(report.failed)


check_app = typer.Typer(help="Run the safety policy on prompts.", no_args_is_help=True)
policy_app = typer.Typer(help="Inspect the operator's safety policy.", no_args_is_help=True)
figures_app = typer.Typer(
    help="The list of public figures refused in prompts.", no_args_is_help=True
)
artists_app = typer.Typer(help="Artists who opted out of style imitation.", no_args_is_help=True)
app.add_typer(check_app, name="check")
app.add_typer(policy_app, name="policy")
app.add_typer(figures_app, name="figures")
app.add_typer(artists_app, name="artists")

PolicyFile = Annotated[
    Path | None,
    typer.Option("--policy", help="Policy file (TOML or YAML); default: <home>/policy.toml."),
]
Aliases = Annotated[list[str] | None, typer.Option("--alias", help="Another name; repeatable.")]


@check_app.command("prompt")
def check_prompt(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The prompt to check.")],
    policy: PolicyFile = None,
    as_json: JsonFlag = False,
) -> None:
    """Decide allow, review or refuse for a prompt, with every reason. Exit 4 on refuse."""
    from synthguard.safety.commands import check_prompt as run_check

    decision = run_check(text, policy_file=policy)

    def human() -> None:
        stdout.print(f"{decision['action']} (policy {decision['policy_version']})")
        for reason in decision["reasons"]:
            stdout.print(f"  - {reason}")

    emit(decision, as_json, human)
    if decision["action"] == "refuse":
        raise typer.Exit(int(ExitCode.REFUSED))


@check_app.command("image")
def check_image(
    images: Annotated[list[Path], typer.Argument(metavar="IMG...", help="Images to check.")],
    purpose: Annotated[
        str, typer.Option(help="upload, output or edit (edits need consent for faces).")
    ] = "upload",
    policy: PolicyFile = None,
    as_json: JsonFlag = False,
) -> None:
    """Check images (NSFW, public figures' faces, consent for edits). Exit 4 if any refused."""
    from synthguard.safety import check_images

    report = check_images(images, purpose=purpose, policy_file=policy)

    def human() -> None:
        for row in report["results"]:
            stdout.print(f"{row['path']}: {row['action']}")
            for reason in row["reasons"]:
                stdout.print(f"  - {reason}")

    emit(report, as_json, human)
    if any("error" in row for row in report["results"]):
        raise typer.Exit(int(ExitCode.INVALID_INPUT))
    if any(row["action"] == "refuse" for row in report["results"]):
        raise typer.Exit(int(ExitCode.REFUSED))


@policy_app.command("show")
def policy_show(policy: PolicyFile = None, as_json: JsonFlag = False) -> None:
    """Print the policy in force, defaults filled in."""
    from synthguard.safety.commands import policy_show as show

    emit(show(policy_file=policy), as_json)


@figures_app.command("add")
def figures_add(
    name: Annotated[str, typer.Argument(help="The person's name.")],
    alias: Aliases = None,
    not_person_when: Annotated[
        list[str] | None,
        typer.Option(
            "--not-person-when",
            help="A context word that means a place or thing "
            "named after the person (e.g. 'hotel'); repeatable.",
        ),
    ] = None,
    photo: Annotated[
        list[Path] | None,
        typer.Option(
            "--photo",
            help="A photo showing only this person's face; repeatable. "
            "Faces in images are then matched against it.",
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Add a public figure (names, aliases, face photos) to the operator's list."""
    from synthguard.safety import figures_add_photo
    from synthguard.safety.commands import figures_add as add

    result = add(name, alias or [], not_person_when or [])
    if photo:
        result["faces"] = figures_add_photo(name, photo)
    emit(result, as_json)


@artists_app.command("add")
def artists_add(
    name: Annotated[str, typer.Argument(help="The artist's name.")],
    alias: Aliases = None,
    as_json: JsonFlag = False,
) -> None:
    """Add an artist who opted out; prompts asking for their style are refused."""
    from synthguard.safety.commands import artists_add as add

    emit(add(name, alias or []), as_json)


consent_app = typer.Typer(
    help="Recorded consent for edits of a person's face.", no_args_is_help=True
)
app.add_typer(consent_app, name="consent")


@consent_app.command("add")
def consent_add(
    subject: Annotated[str, typer.Option("--subject", help="Who consented (an id).")],
    photo: Annotated[Path, typer.Option("--photo", help="Photo of the consenting face.")],
    expires: Annotated[
        str | None, typer.Option("--expires", help="ISO date or datetime; default: never.")
    ] = None,
    recorded_by: Annotated[
        str, typer.Option("--recorded-by", help="Who recorded the consent.")
    ] = "operator",
    scope: Annotated[
        list[str] | None,
        typer.Option("--scope", help="edit (default) or likeness; repeatable."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Record that a person consents to edits of photos showing their face."""
    from synthguard.safety import consent_add as add

    emit(add(subject, photo, expires, recorded_by, scope=tuple(scope or ("edit",))), as_json)


@consent_app.command("revoke")
def consent_revoke(
    consent_id: Annotated[str, typer.Argument(metavar="ID")],
    revoked_by: Annotated[str, typer.Option("--by", help="Who revoked it.")] = "operator",
    as_json: JsonFlag = False,
) -> None:
    """Revoke a consent; later edits of that face are refused again."""
    from synthguard.safety import consent_revoke as revoke

    emit(revoke(consent_id, revoked_by), as_json)


@consent_app.command("list")
def consent_list(
    subject: Annotated[str | None, typer.Argument(metavar="[SUBJECT]")] = None,
    as_json: JsonFlag = False,
) -> None:
    """List consents with their status."""
    from synthguard.safety import consent_list as listing

    emit(listing(subject), as_json)


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
