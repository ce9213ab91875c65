"""The shipped Sofia roadmap renders in both languages, and exports in every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, run_cli

pytestmark = pytest.mark.skipif(
    not (DATA / "strategy.yaml").exists(), reason="data/ holds no data set on this branch"
)


@pytest.mark.parametrize("lang", ["en", "bg"])
def test_sofia_renders_in_both_languages(lang: str, tmp_path: Path) -> None:
    for fmt in ("md", "html"):
        out = tmp_path / f"roadmap.{lang}.{fmt}"
        run = run_cli("render", str(DATA), "-f", fmt, "--lang", lang, "-o", str(out))
        assert run.exit_code == 0, run.stderr
        text = out.read_text(encoding="utf-8")
        name = "София" if lang == "bg" else "Sofia"
        first = text.splitlines()[0] if fmt == "md" else text.split("<title>")[1]
        assert name in first.split("\n")[0]
        assert text.count("```mermaid") == (2 if fmt == "md" else 0)
    html = (tmp_path / f"roadmap.{lang}.html").read_text(encoding="utf-8")
    assert html.count("<script") == 1
    assert 'class="row' in html


@pytest.mark.parametrize("fmt", ["json", "csv", "ics", "tjp"])
def test_sofia_exports(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"plan.{fmt}"
    run = run_cli("export", str(DATA), "-f", fmt, "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert out.stat().st_size > 1000
