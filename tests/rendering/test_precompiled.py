"""Shipped compiled templates: current, used only when they match, and the same output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jinja2
import pytest

from roadmap.rendering import environment as environment_module
from roadmap.rendering import precompiled
from roadmap.rendering.environment import FORMATS, Format, compiled_dir, source_environment
from tests.conftest import ROOT


def _shipped_version(output: Format) -> str:
    stamp = json.loads((compiled_dir(output) / precompiled.STAMP).read_text("utf-8"))
    version: str = stamp["signature"]["jinja2"]
    return version


@pytest.mark.parametrize("output", FORMATS)
def test_the_shipped_compiled_templates_are_current(output: Format, tmp_path: Path) -> None:
    if _shipped_version(output) != jinja2.__version__:
        pytest.skip(
            f"Jinja2 {jinja2.__version__} is installed and the templates were compiled with "
            f"{_shipped_version(output)}: renders compile from source (tested below)"
        )
    env, roots, source_dir = source_environment(output)
    precompiled.write(env, roots, source_dir, tmp_path)
    shipped = compiled_dir(output)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(p.name for p in shipped.iterdir() if p.name != "__pycache__"), (
        "templates/compiled is stale; run `python3 dev.py templates`"
    )
    for name in names:
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), (
            f"templates/compiled/{output}/{name} is stale; run `python3 dev.py templates`"
        )
    assert precompiled.loader(env, source_dir, shipped) is not None


def test_every_template_a_format_uses_is_compiled() -> None:
    env, roots, _ = source_environment("html")
    names = precompiled.templates_of(env, roots)
    assert {"roadmap.html.j2", "gantt.svg.j2", "roadmap.css.j2", "filter.js.j2"} <= set(names)
    assert not any(name.endswith(".md.j2") for name in names)


@pytest.mark.parametrize("output", FORMATS)
def test_a_render_from_compiled_templates_equals_one_from_source(
    output: Format, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap.views.build import build_view
    from roadmap.views.source import roadmap_context

    outcome = roadmap_context(str(ROOT / "data"), lang="bg", today="2024-01")
    assert outcome.context is not None
    view = build_view(outcome.context)
    environment_module.environment.cache_clear()
    compiled = environment_module.render(view, output)
    if _shipped_version(output) == jinja2.__version__:
        loader = environment_module.environment(output).loader
        assert isinstance(loader, jinja2.ChoiceLoader)
    monkeypatch.setattr(precompiled, "loader", lambda *_args: None)
    environment_module.environment.cache_clear()
    try:
        from_source = environment_module.render(view, output)
        loader = environment_module.environment(output).loader
        assert isinstance(loader, jinja2.FileSystemLoader)
    finally:
        environment_module.environment.cache_clear()
    assert compiled == from_source


@pytest.fixture
def compiled_copy(tmp_path: Path) -> tuple[jinja2.Environment, Path, Path]:
    """A copy of the HTML templates, compiled, with an environment reading the copy."""
    env, roots, source_dir = source_environment("html")
    copy = tmp_path / "templates"
    shutil.copytree(source_dir, copy, ignore=shutil.ignore_patterns("compiled", "__pycache__"))
    env.loader = jinja2.FileSystemLoader(str(copy))
    compiled = tmp_path / "compiled"
    precompiled.write(env, roots, copy, compiled)
    return env, copy, compiled


def test_a_matching_stamp_gives_a_loader_of_the_compiled_modules(
    compiled_copy: tuple[jinja2.Environment, Path, Path],
) -> None:
    env, copy, compiled = compiled_copy
    loader = precompiled.loader(env, copy, compiled)
    assert isinstance(loader, jinja2.ModuleLoader)
    template = loader.load(env, "warnings.html.j2")
    labels = {"warnings": "Warnings <&>", "no_warnings": "None"}
    page = template.render(labels=labels, warnings=[])
    assert "Warnings &lt;&amp;&gt;" in page
    assert "None" in page


def test_an_edited_template_falls_back_to_its_source(
    compiled_copy: tuple[jinja2.Environment, Path, Path],
) -> None:
    env, copy, compiled = compiled_copy
    (copy / "gantt.svg.j2").write_text("edited", "utf-8")
    assert precompiled.loader(env, copy, compiled) is None
    (copy / "gantt.svg.j2").unlink()
    assert precompiled.loader(env, copy, compiled) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda stamp: stamp["signature"].update(jinja2="2.0.0"),
        lambda stamp: stamp["signature"].update(autoescape=False),
        lambda stamp: stamp.update(templates={}),
        lambda stamp: stamp.pop("signature"),
    ],
    ids=["another Jinja2", "other options", "no templates", "no signature"],
)
def test_a_stamp_that_does_not_match_falls_back_to_the_sources(
    compiled_copy: tuple[jinja2.Environment, Path, Path], damage: object
) -> None:
    env, copy, compiled = compiled_copy
    path = compiled / precompiled.STAMP
    stamp = json.loads(path.read_text("utf-8"))
    assert callable(damage)
    damage(stamp)
    path.write_text(json.dumps(stamp), "utf-8")
    assert precompiled.loader(env, copy, compiled) is None


@pytest.mark.parametrize("text", ["", "{not json", "[]", '{"signature": 1}'])
def test_an_unreadable_stamp_is_a_fall_back_never_an_error(
    compiled_copy: tuple[jinja2.Environment, Path, Path], text: str
) -> None:
    env, copy, compiled = compiled_copy
    (compiled / precompiled.STAMP).write_text(text, "utf-8")
    assert precompiled.loader(env, copy, compiled) is None
    shutil.rmtree(compiled)
    assert precompiled.loader(env, copy, compiled) is None
