"""Rendering: a roadmap view through the Jinja2 templates into Markdown or HTML."""

from roadmap.rendering.environment import FORMATS, render

__all__ = ["FORMATS", "render"]
