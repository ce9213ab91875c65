"""Time the two YAML parsers on some files: CPU seconds, best of three.

    python3 benchmarks/parsers.py data/actions.yaml /tmp/portfolio/actions.yaml

Prints one Markdown row per file: its size, the PyYAML path (compose and build the
values), the fast reader (values), and working out the whole position table later,
when a diagnostic asks for it.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from roadmap.loading.yaml_reader import Parser, read_text


def _best(path: str, raw: bytes, parser: Parser) -> float:
    times = []
    for _ in range(3):
        start = time.process_time()
        read_text(path, raw, parser)
        times.append(time.process_time() - start)
    return min(times)


def main(paths: list[str]) -> int:
    """Print a row per file."""
    gc.disable()
    for path in paths:
        raw = Path(path).read_bytes()
        reference = _best(path, raw, "pyyaml")
        fast = _best(path, raw, "auto")
        doc = read_text(path, raw, "auto")
        start = time.process_time()
        _ = doc.positions
        later = time.process_time() - start
        print(f"| {path} | {len(raw) / 1e6:.2f} MB | {reference:.3f} | {fast:.3f} | {later:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
