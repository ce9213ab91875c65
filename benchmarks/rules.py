"""Time the rules of `roadmap check` (stages 3 to 5) alone, in-process.

    python3 benchmarks/rules.py DIR [DIR ...] [--repeat 5] [--each]

Loading is left out: each directory is loaded once (through the cache, like a warm
`roadmap check`), its positions are worked out by a first untimed run, and then
`run_rules` runs `--repeat` times. The table gives the fastest and the median run, in
wall time and in CPU time (CPU time is steadier on a shared machine). `--each` adds the
slowest rules and context lookups of the fastest run, to show where the time goes.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from roadmap.checks import RULES, Stage, run_rules
from roadmap.checks.context import CheckContext
from roadmap.loading import Loaded, load_directory


def _time_rules(loaded: Loaded, repeat: int) -> tuple[list[float], list[float], int]:
    walls, cpus = [], []
    found = 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        found = len(run_rules(loaded))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, found


def _each(loaded: Loaded) -> list[tuple[float, str]]:
    """CPU time of each context lookup and rule in one run, the way run_rules runs them."""
    assert loaded.dataset is not None
    context = CheckContext(loaded, loaded.dataset)
    parts = []
    gc.disable()
    try:
        for name in ("action_ids", "dependencies", "graph", "order", "earliest"):
            start = time.process_time()
            getattr(context, name)
            parts.append((time.process_time() - start, f"context.{name}"))
        for stage in (Stage.REFERENCES, Stage.GRAPH, Stage.TIME_AND_MONEY):
            for registered in sorted(RULES.values(), key=lambda r: r.code):
                if registered.stage is stage:
                    start = time.process_time()
                    list(registered.function(context))
                    parts.append((time.process_time() - start, registered.code))
    finally:
        gc.enable()
    return sorted(parts, reverse=True)


def main(argv: list[str] | None = None) -> int:
    """Load each directory, time its rules and print one row per directory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="+")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--each", action="store_true")
    args = parser.parse_args(argv)
    print(f"{'directory':40} {'actions':>8} {'findings':>8}  wall min / median   cpu min / median")
    for directory in args.directories:
        loaded = load_directory(directory)
        if loaded.dataset is None:
            print(f"{directory:40} does not load; run `roadmap check {directory}`")
            continue
        run_rules(loaded)
        walls, cpus, found = _time_rules(loaded, max(1, args.repeat))
        print(
            f"{directory:40} {len(loaded.dataset.actions):8} {found:8}  "
            f"{min(walls):7.3f} / {statistics.median(walls):6.3f} s  "
            f"{min(cpus):7.3f} / {statistics.median(cpus):6.3f} s"
        )
        if args.each:
            for seconds, name in _each(loaded)[:8]:
                print(f"    {seconds * 1000:8.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
