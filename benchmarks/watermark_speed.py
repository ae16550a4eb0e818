"""Watermark embed/detect speed at 1 MP on one core, with dwtDct timed in the same run.

    .venv/bin/python benchmarks/watermark_speed.py            # 6 photos, a minute or two
    .venv/bin/python benchmarks/watermark_speed.py --photos 20

The robustness benchmark times whole runs of attacked images of native size (0.1-0.8 MP, where
a fixed cost per image weighs heavily); this one answers the target as stated: milliseconds
per megapixel at 1 MP. Each corpus photo is enlarged (bicubic) to about 1 MP. Both wall time and
process CPU time are reported (CPU time is less sensitive to other jobs on a shared machine),
as medians over the photos, for marked and unmarked images.
"""

from __future__ import annotations

# isort: off
import _common  # noqa: F401  (one thread per library: before numpy and OpenCV load)

# isort: on
import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from watermark_robustness import InvisibleWatermark, Synthguard

from synthguard import imageio

from _common import DEFAULT_CORPUS, corpus_photos, machine_line, markdown_table, write_section

TARGET_MS_PER_MP = 100.0


def at_one_megapixel(rgb: np.ndarray) -> np.ndarray:
    h, w = rgb.shape[:2]
    scale = (1_000_000 / (h * w)) ** 0.5
    return cv2.resize(rgb, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_CUBIC)


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--photos", type=int, default=6)
    parser.add_argument("--no-docs", action="store_true", help="print only; leave docs alone")
    args = parser.parse_args()

    # The last photos of the listing: not the robustness benchmark's fixed 30-photo sample.
    photos = [p for p in corpus_photos(args.corpus) if p not in corpus_photos(args.corpus, 30)]
    photos = photos[-args.photos :]
    bits = np.random.default_rng(3).integers(0, 2, 48).astype(np.uint8)
    methods = {"synthguard": Synthguard(1e-6), "dwtDct": InvisibleWatermark("dwtDct")}
    # samples[method][operation] = list of (wall ms/MP, cpu ms/MP)
    samples: dict[str, dict[str, list[tuple[float, float]]]] = {
        m: {"embed": [], "detect marked": [], "detect unmarked": []} for m in methods
    }
    for path in photos:
        rgb = at_one_megapixel(imageio.load(path).rgb)
        mp = rgb.shape[0] * rgb.shape[1] / 1e6
        for name, method in methods.items():
            marked: list[np.ndarray] = []
            wall, cpu = timed(lambda m=method: marked.append(m.embed(rgb, bits)))  # noqa: B023
            samples[name]["embed"].append((1000 * wall / mp, 1000 * cpu / mp))
            for label, image in (("detect marked", marked[0]), ("detect unmarked", rgb)):
                wall, cpu = timed(lambda m=method, i=image: m.decode(i))
                samples[name][label].append((1000 * wall / mp, 1000 * cpu / mp))
        print(f"{path.name}: done", flush=True)

    def median(method: str, op: str, which: int) -> float:
        return statistics.median(s[which] for s in samples[method][op])

    rows = []
    for op in ("embed", "detect marked", "detect unmarked"):
        ours_wall, ours_cpu = median("synthguard", op, 0), median("synthguard", op, 1)
        peer_cpu = median("dwtDct", op, 1)
        rows.append(
            [
                op,
                f"{ours_wall:.0f} / {ours_cpu:.0f}",
                f"{median('dwtDct', op, 0):.0f} / {peer_cpu:.0f}",
                f"×{ours_cpu / peer_cpu:.2f}",
                "yes" if ours_cpu <= TARGET_MS_PER_MP else f"**no** (×{ours_cpu / 100:.1f})",
            ]
        )
    table = markdown_table(
        [
            "operation, 1 MP",
            "synthguard ms/MP wall / CPU",
            "dwtDct ms/MP wall / CPU",
            "ratio (CPU)",
            "≤ 100 ms/MP (CPU)",
        ],
        rows,
    )
    cmd = "python benchmarks/watermark_speed.py" + (
        f" --photos {args.photos}" if args.photos != 6 else ""
    )
    body = (
        "## Watermark speed at 1 MP\n\n"
        f"`{cmd}` — {machine_line()}, one thread. {len(photos)} corpus photos outside the "
        "robustness set, each enlarged (bicubic) to about 1 MP; medians over the photos. "
        "dwtDct (invisible-watermark) is the peer timed in the same run.\n\n"
        f"{table}\n"
    )
    print(body)
    if not args.no_docs:
        write_section("watermark-speed", body)


if __name__ == "__main__":
    main()
