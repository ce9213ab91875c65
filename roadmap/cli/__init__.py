"""The command line. Commands are thin: they parse options, call one core function and
turn its result into output and an exit code.

Heavy modules (pydantic, networkx, jinja2, rich) are imported inside the commands that
need them, so that `roadmap --help` and shell completion stay fast.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from roadmap.errors import UserError

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

    Typer exits 2 on usage errors. User errors print cleanly and exit 2; anything else
    is a bug in the tool, which keeps its traceback and also exits 2 (spec section 3).
    """
    try:
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
