"""The Typer application: every command is registered, and help stays light."""

from __future__ import annotations

import pytest

from roadmap.cli import application
from tests.conftest import run_python


def _callbacks() -> list[object]:
    app = application()
    found = [command.callback for command in app.registered_commands]
    return [callback for callback in found if callback is not None]


def test_every_command_is_registered() -> None:
    names = {callback.__name__ for callback in _callbacks()}  # type: ignore[attr-defined]
    assert {"check", "plan", "explain", "render", "export", "status", "diff"} <= names


HELP_PROBE = """
import contextlib, io, sys
sys.argv = ["roadmap", *sys.argv[1:], "--help"]
from roadmap.cli import main
with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
    main()
heavy = ("pydantic", "yaml", "networkx", "jinja2", "rich")
print(",".join(sorted({m.split(".")[0] for m in sys.modules} & set(heavy))))
"""


@pytest.mark.parametrize("command", [[], ["check"], ["plan"], ["render"]], ids=str)
def test_help_imports_no_heavy_library(command: list[str]) -> None:
    """Help and shell completion stay fast: the commands import what they need inside."""
    assert run_python(HELP_PROBE, *command) == ""
