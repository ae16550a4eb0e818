"""Provenance verdicts: does `verify` name the right generation, and never a wrong one?

    .venv/bin/python benchmarks/provenance_verdicts.py          # 20 photos, a few minutes
    .venv/bin/python benchmarks/provenance_verdicts.py --full   # 85 photos, >= 2,000 trials

Photos: only the **report split** of the fingerprint model, the photos at odd positions of the
sorted ``photos/`` listing; the shipped vocabulary and null model were fitted on the other
photos and the faces (``benchmarks/fingerprint_train.py``), so nothing here tuned anything. The
split is cut in two: *stamped* photos go through ``provenance.stamp`` into fresh registries (one
per part, so that no registry holds two stamps of one picture), *unstamped* ones never do.

* metadata stripped: each stamped photo, stamped as PNG, JPEG and WebP, decoded and written
  again as a plain PNG (no XMP, no manifest, pixels unchanged); counted when the verdict is
  ``generated`` with the photo's own generation id;
* attacks: every row of ``attacks.STANDARD_SUITE`` on the PNG-stamped pixels (cutouts pasted on
  an unstamped photo), written as a plain PNG; same criterion;
* false ``generated``: every attack row on every unstamped photo, ``--seeds`` seeds each (seeds
  after the first also reframe the photo, so every trial is a distinct image);
* speed: ``stamp`` and ``verify`` on one photo scaled to 1 MP, one thread, median of
  ``--repeat`` runs, with the peer measured in the same run: c2pa-python signing the same JPEG
  with its default settings (thumbnail on) and c2pa-python's ``Reader`` alone.
"""

# ruff: noqa: I001  (_common must be imported before numpy and OpenCV load: one thread each)
from __future__ import annotations

import _common  # noqa: F401

import argparse
import io
import json
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from _common import DEFAULT_CORPUS, machine_line, markdown_table, write_section
from synthguard import attacks, credentials, fingerprint, imageio, provenance, watermark
from synthguard.config import Settings
from synthguard.credentials.xmp import TRAINED_ALGORITHMIC_MEDIA

TARGETS = {"strip": 0.995, "attack": 0.98, "false_generated": 0, "stamp_ms": 250, "verify_ms": 300}
FORMATS = ("PNG", "JPEG", "WEBP")


def report_split(corpus: Path) -> list[Path]:
    """The photos at odd positions of the sorted listing (never seen by the fingerprint model)."""
    photos = sorted((corpus / "photos").glob("*.png")) + sorted((corpus / "photos").glob("*.jpg"))
    return sorted(photos, key=lambda p: p.name)[1::2]


def plain_png(rgb: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def reframe(rgb: np.ndarray, s: int, seed: int) -> np.ndarray:
    """Seed 0: the photo; later seeds: a random 80-95% crop of it, so that deterministic
    attacks (JPEG, resize, flip...) also give a distinct image on every trial."""
    if s == 0:
        return rgb
    rng = np.random.default_rng(seed)
    h, w = rgb.shape[:2]
    side = float(np.sqrt(rng.uniform(0.80, 0.95)))
    ch, cw = int(h * side), int(w * side)
    top, left = int(rng.integers(0, h - ch + 1)), int(rng.integers(0, w - cw + 1))
    return rgb[top : top + ch, left : left + cw]


def right(verdict: provenance.Verdict, gen_id: str) -> bool:
    return verdict.label == "generated" and verdict.generation_id == gen_id


def wilson_low(hits: int, n: int, z: float = 1.96) -> float:
    """Lower end of the 95% Wilson interval of a rate."""
    if n == 0:
        return float("nan")
    p = hits / n
    centre = p + z * z / (2 * n)
    spread = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return float((centre - spread) / (1 + z * z / n))


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def one_megapixel(rgb: np.ndarray) -> np.ndarray:
    h, w = rgb.shape[:2]
    scale = np.sqrt(1_000_000 / (h * w))
    size = (round(w * scale), round(h * scale))
    return np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.LANCZOS))


def c2pa_default_sign(jpeg: bytes, signer: credentials.SigningCredentials) -> bytes:
    """The peer: a plain c2pa-python integration, default settings (thumbnail on)."""
    import c2pa

    definition = {
        "claim_generator_info": [{"name": "peer", "version": "1"}],
        "assertions": [
            {
                "label": "c2pa.actions",
                "data": {
                    "actions": [
                        {
                            "action": "c2pa.created",
                            "digitalSourceType": TRAINED_ALGORITHMIC_MEDIA,
                        }
                    ]
                },
            }
        ],
    }
    info = c2pa.C2paSignerInfo(signer.alg, signer.chain_pem, signer.key_pem, None)
    with c2pa.Signer.from_info(info) as c2pa_signer, c2pa.Builder(definition) as builder:
        out = io.BytesIO()
        builder.sign(c2pa_signer, "image/jpeg", io.BytesIO(jpeg), out)
        return out.getvalue()


def c2pa_read(data: bytes, anchors: str | None) -> None:
    import c2pa

    settings = {"trust": {"trust_anchors": anchors}} if anchors else {}
    with (
        c2pa.Context.from_dict(settings) as context,
        c2pa.Reader("image/jpeg", io.BytesIO(data), None, context) as reader,
    ):
        json.loads(reader.json())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--full", action="store_true", help="the whole report split, 3 seeds")
    parser.add_argument("--stamped", type=int, default=10, help="stamped photos (default run)")
    parser.add_argument("--unstamped", type=int, default=10, help="unstamped photos")
    parser.add_argument("--seeds", type=int, default=1, help="seeds per attack on unstamped")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs per measure")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-docs", action="store_true", help="print only; leave docs alone")
    args = parser.parse_args()

    split = report_split(args.corpus)
    if not split:
        raise SystemExit(f"no photos under {args.corpus / 'photos'}")
    if args.full:
        stamped_paths, unstamped_paths, seeds = split[0::2], split[1::2], 3
    else:
        # Spread over the sub-sets: every fourth photo of the split, alternating roles.
        picked = split[:: max(1, len(split) // (args.stamped + args.unstamped))]
        stamped_paths = picked[0::2][: args.stamped]
        unstamped_paths = picked[1::2][: args.unstamped]
        seeds = args.seeds
    stamped_rgb = [imageio.load_rgb(p) for p in stamped_paths]
    unstamped_rgb = [imageio.load_rgb(p) for p in unstamped_paths]

    home = Path(tempfile.mkdtemp(prefix="synthguard-provenance-bench-"))
    # One registry per part, so that no registry holds two stamps of the same picture (which
    # a fingerprint could not tell apart, and real generations never are).
    strip_settings = Settings(home=home / "strip")
    settings = Settings(home=home / "attacks")
    speed_settings = Settings(home=home / "speed")
    started = time.perf_counter()

    # --- stamped: metadata strip and attacks ------------------------------------------------
    strip_hits, strip_n = 0, 0
    rows: dict[str, list[int]] = {e.label: [0, 0] for e in attacks.STANDARD_SUITE}
    layers: dict[str, Counter[str]] = {e.label: Counter() for e in attacks.STANDARD_SUITE}
    misses: list[str] = []
    for i, (path, rgb) in enumerate(zip(stamped_paths, stamped_rgb, strict=True)):
        for fmt in FORMATS:
            result = provenance.stamp(rgb, model="bench", fmt=fmt, settings=strip_settings)
            pixels = imageio.decode(result.data).rgb
            verdict = provenance.verify(plain_png(pixels), settings=strip_settings)
            strip_n += 1
            strip_hits += right(verdict, result.generation.id)
            if not right(verdict, result.generation.id):
                misses.append(f"strip {fmt} {path.name}: {verdict.label}")
        result = provenance.stamp(rgb, model="bench", fmt="PNG", settings=settings)
        marked_png, gen_png = imageio.decode(result.data).rgb, result.generation.id
        background = unstamped_rgb[i % len(unstamped_rgb)]
        for j, entry in enumerate(attacks.STANDARD_SUITE):
            attacked = attacks.run_chain(
                marked_png, entry.steps, seed=args.seed + 97 * i + j, background=background
            )
            verdict = provenance.verify(plain_png(attacked), settings=settings)
            ok = right(verdict, gen_png)
            rows[entry.label][0] += ok
            rows[entry.label][1] += 1
            if ok:
                layers[entry.label]["+".join(verdict.agreeing_layers)] += 1
            else:
                misses.append(f"{entry.label} {path.name}: {verdict.label}")

    # --- unstamped: false `generated` under every attack ------------------------------------
    false_generated, trials = 0, 0
    unstamped_labels: Counter[str] = Counter()
    for i, rgb in enumerate(unstamped_rgb):
        background = unstamped_rgb[(i + 1) % len(unstamped_rgb)]
        for j, entry in enumerate(attacks.STANDARD_SUITE):
            for s in range(seeds):
                seed = args.seed + 1000 * s + 97 * i + j
                attacked = attacks.run_chain(
                    reframe(rgb, s, seed), entry.steps, seed=seed, background=background
                )
                verdict = provenance.verify(plain_png(attacked), settings=settings)
                trials += 1
                unstamped_labels[verdict.label] += 1
                if verdict.label == "generated":
                    false_generated += 1
                    misses.append(f"FALSE generated on {unstamped_paths[i].name} {entry.label}")
    accuracy_s = time.perf_counter() - started

    # --- speed at 1 MP ----------------------------------------------------------------------
    photo = one_megapixel(max(stamped_rgb, key=lambda a: a.shape[0] * a.shape[1]))
    mp = photo.shape[0] * photo.shape[1] / 1e6
    stamp_png = median_ms(
        lambda: provenance.stamp(photo, model="bench", settings=speed_settings), args.repeat
    )
    stamp_jpeg = median_ms(
        lambda: provenance.stamp(photo, model="bench", fmt="JPEG", settings=speed_settings),
        args.repeat,
    )
    signer = credentials.load_signer(speed_settings)
    peer_sign = median_ms(
        lambda: c2pa_default_sign(imageio.encode(photo, "JPEG", quality=95), signer), args.repeat
    )
    stamped_jpeg = provenance.stamp(photo, model="bench", fmt="JPEG", settings=speed_settings).data
    stripped = plain_png(imageio.decode(stamped_jpeg).rgb)
    unmarked = plain_png(photo)
    verify_signed = median_ms(
        lambda: provenance.verify(stamped_jpeg, settings=speed_settings), args.repeat
    )
    verify_stripped = median_ms(
        lambda: provenance.verify(stripped, settings=speed_settings), args.repeat
    )
    verify_unmarked = median_ms(
        lambda: provenance.verify(unmarked, settings=speed_settings), args.repeat
    )
    anchors = credentials.load_trust_anchors(speed_settings)
    peer_read = median_ms(lambda: c2pa_read(stamped_jpeg, anchors), args.repeat)
    # Where verify's time goes, on the unmarked image (the slowest case).
    pixels = imageio.decode(unmarked).rgb
    index = fingerprint.generation_index(speed_settings)
    parts = {
        "decode": median_ms(lambda: imageio.decode(unmarked), args.repeat),
        "c2pa": median_ms(lambda: credentials.read_credentials(unmarked), args.repeat),
        "watermark": median_ms(
            lambda: watermark.detect(pixels, settings=speed_settings), args.repeat
        ),
        "fingerprint": median_ms(lambda: index.match(pixels), args.repeat),
    }

    # --- report -----------------------------------------------------------------------------
    def pct(hits: int, n: int) -> str:
        return f"{100 * hits / n:.1f}% ({hits}/{n})" if n else "-"

    def mark(ok: bool) -> str:
        return "yes" if ok else "**no**"

    attack_rows = []
    for entry in attacks.STANDARD_SUITE:
        hits, n = rows[entry.label]
        via = ", ".join(f"{k or '-'} {v}" for k, v in layers[entry.label].most_common())
        attack_rows.append([entry.label, pct(hits, n), mark(hits >= TARGETS["attack"] * n), via])
    worst = min(rows.values(), key=lambda hn: hn[0] / hn[1])
    summary = [
        [
            "`generated`, right id: metadata stripped, pixels unmodified",
            "≥ 99.5%",
            pct(strip_hits, strip_n) + f", 95% low {100 * wilson_low(strip_hits, strip_n):.1f}%",
            mark(strip_hits >= TARGETS["strip"] * strip_n),
        ],
        [
            "the same after each attack (worst row)",
            "≥ 98% each",
            pct(*worst),
            mark(all(h >= TARGETS["attack"] * n for h, n in rows.values())),
        ],
        [
            "`generated` on unstamped images, all attacks",
            "0",
            f"{false_generated} of {trials} trials",
            mark(false_generated == 0 and trials >= 2000),
        ],
        [
            f"stamp, {mp:.2f} MP, one thread (PNG / JPEG)",
            "≤ 250 ms",
            f"{stamp_png:.0f} / {stamp_jpeg:.0f} ms "
            f"(peer c2pa-python default sign {peer_sign:.0f} ms: "
            f"×{stamp_jpeg / peer_sign:.2f} for JPEG)",
            mark(max(stamp_png, stamp_jpeg) <= TARGETS["stamp_ms"]),
        ],
        [
            f"verify, {mp:.2f} MP, one thread (signed / stripped / unmarked)",
            "≤ 300 ms",
            f"{verify_signed:.0f} / {verify_stripped:.0f} / {verify_unmarked:.0f} ms "
            f"(peer c2pa-python Reader {peer_read:.1f} ms)",
            mark(max(verify_signed, verify_stripped, verify_unmarked) <= TARGETS["verify_ms"]),
        ],
    ]
    breakdown = ", ".join(f"{name} {ms:.0f} ms" for name, ms in parts.items())
    command = "python benchmarks/provenance_verdicts.py" + (" --full" if args.full else "")
    body = "\n".join(
        [
            "## Provenance verdicts (`verify`)",
            "",
            f"`{command}` — {machine_line()}. "
            f"{len(stamped_paths)} stamped and {len(unstamped_paths)} unstamped photos, all from "
            "the fingerprint model's report split (odd positions of the sorted `photos/`; the "
            "shipped vocabulary and null model never saw them). Fresh registries: the stripped "
            f"copies are judged against the {3 * len(stamped_paths)} stamps (PNG, JPEG, WebP) "
            f"of the stamped photos, the attacked and unstamped images against the "
            f"{len(stamped_paths)} PNG stamps; {seeds} seed(s) per attack on unstamped photos "
            "(seeds after the first also crop the photo to 80-95% of its area: every trial is "
            "a distinct image). "
            f"Accuracy part: {accuracy_s:.0f} s.",
            "",
            markdown_table(["measure", "target", "measured", "met"], summary),
            "",
            f"Verify on the unmarked 1 MP image, by layer: {breakdown}.",
            "",
            "Per attack (stamped as PNG, attacked, written as a plain PNG; `via` = layers that "
            "agreed on the right id):",
            "",
            markdown_table(["attack", "`generated`, right id", "≥ 98%", "via"], attack_rows),
            "",
            "Verdicts on unstamped images: "
            + ", ".join(f"{k} {v}" for k, v in sorted(unstamped_labels.items()))
            + ".",
        ]
    )
    print(body)
    if misses:
        print("\nmisses:\n  " + "\n  ".join(misses[:60]))
    if not args.no_docs:
        write_section("provenance", body)


if __name__ == "__main__":
    main()
