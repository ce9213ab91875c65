"""The Typer application: every command is registered, and help stays light."""

from __future__ import annotations

import re

import pytest

from roadmap.cli import application
from tests.conftest import ROOT, run_cli, run_python


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


def test_version_prints_the_installed_version() -> None:
    run = run_cli("--version")
    assert run.exit_code == 0
    assert re.fullmatch(r"roadmap \d+\.\d+\.\d+\n", run.stdout)


@pytest.mark.parametrize("command", ["plan", "render"])
def test_md_and_markdown_name_the_same_format(command: str) -> None:
    short = run_cli(command, str(ROOT / "data"), "--format", "md")
    long = run_cli(command, str(ROOT / "data"), "--format", "markdown")
    assert short.exit_code == long.exit_code == 0
    assert short.stdout == long.stdout
    assert short.stdout.startswith("# ")


@pytest.mark.parametrize(
    ("args", "header"),
    [
        ((), "id,title,"),
        (("--lang", "bg"), "id;title;"),
        (("--delimiter", ";"), "id;title;"),
        (("--lang", "bg", "--delimiter", ","), "id,title,"),
    ],
)
def test_csv_delimiter_follows_the_language_unless_given(
    args: tuple[str, ...], header: str
) -> None:
    run = run_cli("export", str(ROOT / "data"), "--format", "csv", *args)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.lstrip("\ufeff").startswith(header)
