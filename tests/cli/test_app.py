"""The Typer application: every command is registered."""

from __future__ import annotations

from roadmap.cli import application


def _callbacks() -> list[object]:
    app = application()
    found = [command.callback for command in app.registered_commands]
    return [callback for callback in found if callback is not None]


def test_every_command_is_registered() -> None:
    names = {callback.__name__ for callback in _callbacks()}  # type: ignore[attr-defined]
    assert {"check", "plan", "explain", "render", "export", "status", "diff"} <= names
