"""The Typer application: every command's parameters are read without evaluating text."""

from __future__ import annotations

import pytest

from roadmap.cli import application


def _callbacks() -> list[object]:
    app = application()
    found = [command.callback for command in app.registered_commands]
    return [callback for callback in found if callback is not None]


def test_every_command_is_registered() -> None:
    names = {callback.__name__ for callback in _callbacks()}  # type: ignore[attr-defined]
    assert {"check", "plan", "explain", "render", "export", "status", "diff"} <= names


@pytest.mark.parametrize("callback", _callbacks(), ids=lambda c: c.__name__)
def test_command_annotations_are_objects_not_strings(callback: object) -> None:
    """Typer builds every command's options from its annotations on every run; string
    annotations (`from __future__ import annotations`) would be compiled and evaluated
    each time (roadmap/cli/__init__.py)."""
    annotations = callback.__annotations__
    assert annotations
    strings = {name: value for name, value in annotations.items() if isinstance(value, str)}
    assert strings == {}
