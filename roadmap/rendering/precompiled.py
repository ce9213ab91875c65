"""Templates compiled ahead of time and shipped inside the package.

Before it renders anything, Jinja2 turns each template into Python: it lexes, parses and
generates code for the dozen templates of a roadmap, about 0.19 s here. On a first run,
with an empty cache (roadmap.rendering.template_cache), that was a quarter of a render
of the shipped data. So the Python that Jinja2 generates is written ahead of time, with
Jinja2's own `Environment.compile_templates`, to `templates/compiled/<format>/`, beside
a stamp: the Jinja2 version, the environment's options and the SHA-256 of the source of
every template compiled.

A render uses the compiled modules only when the stamp matches exactly what it would
compile now. An edited template, another Jinja2 or other options fall back to compiling
from source, so the shipped modules can be old but never wrong; a test fails when they
are old (`python3 dev.py templates` writes them again).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta

STAMP = "stamp.json"


def signature(env: jinja2.Environment) -> dict[str, Any]:
    """What, besides the sources and Jinja2 itself, shapes the code Jinja2 generates."""
    finalize = env.finalize
    return {
        "jinja2": jinja2.__version__,
        "autoescape": env.autoescape if isinstance(env.autoescape, bool) else "function",
        "finalize": None if finalize is None else f"{finalize.__module__}.{finalize.__name__}",
        "trim_blocks": env.trim_blocks,
        "lstrip_blocks": env.lstrip_blocks,
        "keep_trailing_newline": env.keep_trailing_newline,
        "newline_sequence": env.newline_sequence,
        "optimized": env.optimized,
    }


def templates_of(env: jinja2.Environment, roots: list[str]) -> list[str]:
    """`roots` and every template they include, import or extend, however deep."""
    seen: set[str] = set()
    waiting = list(roots)
    while waiting:
        name = waiting.pop()
        if name in seen:
            continue
        seen.add(name)
        assert env.loader is not None
        source, _, _ = env.loader.get_source(env, name)
        waiting.extend(n for n in meta.find_referenced_templates(env.parse(source)) if n)
    return sorted(seen)


def _digest(source_dir: Path, name: str) -> str | None:
    try:
        return hashlib.sha256((source_dir / name).read_bytes()).hexdigest()
    except OSError:
        return None


def loader(env: jinja2.Environment, source_dir: Path, compiled: Path) -> jinja2.BaseLoader | None:
    """A loader of the modules in `compiled`, when its stamp matches `env` and every
    source in `source_dir` as they are now; None otherwise (compile from source)."""
    try:
        stamp = json.loads((compiled / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or stamp.get("signature") != signature(env):
        return None
    digests = stamp.get("templates")
    if not isinstance(digests, dict) or not digests:
        return None
    for name, digest in digests.items():
        if _digest(source_dir, name) != digest:
            return None
    return jinja2.ModuleLoader(compiled)


def write(env: jinja2.Environment, roots: list[str], source_dir: Path, compiled: Path) -> None:
    """Compile `roots` and what they use into `compiled`, replacing what was there."""
    names = templates_of(env, roots)
    shutil.rmtree(compiled, ignore_errors=True)
    compiled.mkdir(parents=True)
    env.compile_templates(
        os.fspath(compiled), filter_func=names.__contains__, zip=None, ignore_errors=False
    )
    digests = {name: _digest(source_dir, name) for name in names}
    stamp = {"signature": signature(env), "templates": digests}
    (compiled / STAMP).write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n", "utf-8")


def main() -> None:
    """Write the compiled templates of every output format into the source tree."""
    from roadmap.rendering.environment import FORMATS, compiled_dir, source_environment  # noqa: PLC0415

    for output in FORMATS:
        env, roots, source_dir = source_environment(output)
        write(env, roots, source_dir, compiled_dir(output))
        sys.stdout.write(f"wrote {compiled_dir(output)}\n")
