"""The command line. Commands are thin: they parse options, call one core function and
turn its result into output and an exit code.

Heavy modules (pydantic, networkx, jinja2) are imported inside the commands that need
them, so that `roadmap --help` and shell completion stay fast. The command modules do
not use `from __future__ import annotations`: Typer reads every command's signature on
every run, and string annotations made it compile and evaluate each `Annotated[...]`
again (building the command line took 20 ms instead of 5). A command whose inputs
have not changed since its last run is replayed (roadmap.replay) before Typer or any
command module is imported.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on a replay

if TYPE_CHECKING:
    import typer


def application() -> typer.Typer:
    """The Typer application with every command registered on it."""
    # Each command module registers its commands on `app` when imported.
    from roadmap.cli import (  # noqa: F401, PLC0415
        check,
        diff,
        explain,
        export,
        init,
        plan,
        provenance,
        render,
        rules,
        schema,
        status,
    )
    from roadmap.cli.app import app  # noqa: PLC0415

    return app


def main() -> None:
    """Entry point of the `roadmap` console script.

    Pydantic plugins are switched off (unless the environment says otherwise): looking
    them up scans every installed package's metadata, on every run.

    A command runs once and exits, and makes next to no reference cycles, so the cyclic
    garbage collector is paused for the whole of it (roadmap.collector): a cold HTML
    render of 10,000 actions took 6.9 s instead of 7.6 s, for 258 MB instead of 246 MB
    at its peak. What is alive at the end is frozen, so that the collection Python makes
    while it shuts down does not walk it (without that, a cold check of the shipped data
    took 8% longer); the collector is on again when `main` returns, for callers in the
    same process.

    Typer exits 2 on usage errors. User errors print cleanly and exit 2; anything else
    is a bug in the tool, which keeps its traceback and also exits 2 (spec section 3).
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from roadmap import collector  # noqa: PLC0415

    with collector.paused(freeze=True):
        _run()


def _run() -> None:
    from roadmap import replay  # noqa: PLC0415

    recorder = replay.replay_or_record(sys.argv[1:])
    from roadmap.errors import UserError  # noqa: PLC0415

    try:
        with replay.recording(recorder):
            application()()
    except UserError as exc:
        sys.stderr.write(f"roadmap: {exc}\n")
        sys.exit(2)
    except Exception:
        import traceback  # noqa: PLC0415

        traceback.print_exc()
        sys.stderr.write(
            "roadmap: this is a bug in roadmap, not in your data; please report it "
            "with the traceback above\n"
        )
        sys.exit(2)
