"""Statements (name, vision, mission) take a source and provenance; other texts do not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from roadmap.io.load import load_directory
from roadmap.models import StatementText, text_in
from tests.checks.conftest import BASE


def _load(tmp_path: Path, strategy: dict[str, Any]) -> Any:
    files = {**BASE, "strategy": strategy}
    for kind, data in files.items():
        (tmp_path / f"{kind}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return load_directory(str(tmp_path))


def test_a_statement_may_say_where_it_comes_from(tmp_path: Path) -> None:
    vision = {"en": "A city", "source": "chapter 4", "provenance": "sourced"}
    loaded = _load(tmp_path, {**BASE["strategy"], "vision": vision})
    assert loaded.diagnostics == []
    stated = loaded.dataset.strategy.vision
    assert isinstance(stated, StatementText)
    assert (stated.source, stated.provenance) == ("chapter 4", "sourced")
    assert text_in(stated, "bg") == "A city"
    assert loaded.dataset.strategy.name == "Test strategy"


def test_statement_provenance_is_one_of_the_three(tmp_path: Path) -> None:
    mission = {"en": "Help", "provenance": "guess"}
    loaded = _load(tmp_path, {**BASE["strategy"], "mission": mission})
    [found] = loaded.diagnostics
    assert found.code == "S003"
    assert found.message.startswith("field `mission.provenance`: write one of 'sourced'")
    lines = (tmp_path / "strategy.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[found.line - 1].strip() == "provenance: guess"


def test_other_texts_still_refuse_a_source(tmp_path: Path) -> None:
    area = {"id": "PA1", "title": {"en": "Area", "source": "x"}, "side": "demand"}
    loaded = _load(tmp_path, {**BASE["strategy"], "areas": [area]})
    assert loaded.dataset is None
    assert any("source" in d.message for d in loaded.diagnostics)
