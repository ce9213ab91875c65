"""Compiled templates come back from the cache, and a bad entry is only a miss."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from roadmap.cache_home import cache_dir
from roadmap.rendering.template_cache import TemplateCache


def environment(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        bytecode_cache=TemplateCache(),
        autoescape=True,
    )


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.j2").write_text("{% for x in items %}<{{ x }}>{% endfor %}", "utf-8")
    return folder


def test_a_second_environment_takes_the_compiled_code(
    templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = environment(templates).get_template("page.j2").render(items=["a", "b"])
    assert len(list((cache_dir() / "templates").iterdir())) == 1

    def no_compile(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compile)
    assert environment(templates).get_template("page.j2").render(items=["a", "b"]) == first


def test_an_edited_template_is_compiled_again(templates: Path) -> None:
    environment(templates).get_template("page.j2").render(items=[])
    (templates / "page.j2").write_text("[{{ items|length }}]", "utf-8")
    assert environment(templates).get_template("page.j2").render(items=[1, 2]) == "[2]"


@pytest.mark.parametrize("damage", [b"", b"garbage", None], ids=["empty", "garbage", "cut"])
def test_a_damaged_entry_is_a_miss(templates: Path, damage: bytes | None) -> None:
    expected = environment(templates).get_template("page.j2").render(items=["a"])
    (entry,) = (cache_dir() / "templates").iterdir()
    data = entry.read_bytes()
    entry.write_bytes(data[: len(data) - 5] if damage is None else damage)
    assert environment(templates).get_template("page.j2").render(items=["a"]) == expected


def test_a_cache_that_cannot_be_written_is_left_alone(
    templates: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv("ROADMAP_CACHE_DIR", str(blocker))
    assert environment(templates).get_template("page.j2").render(items=["a"]) == "<a>"
