"""`roadmap provenance`: the counts as text, the full page as Markdown, and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CASES, run_cli

SMALL = CASES / "render" / "small"


def test_text_counts_and_origins() -> None:
    run = run_cli("provenance", str(SMALL))
    assert run.exit_code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[2].split() == [
        "Records",
        "Sourced",
        "Reconstructed",
        "Assumption",
        "Not",
        "stated",
        "Total",
    ]
    assert lines[1] == ""
    assert set(lines[3]) == {"─", " "}
    assert lines[-3].split()[:4] == ["Origin", "of", "the", "actions"]
    assert lines[-1].split() == [
        "Origin",
        "not",
        "stated",
        "5",
        "A01,",
        "A02,",
        "A03,",
        "A04,",
        "A05",
    ]


def test_markdown_page_lists_every_record_and_groups_alike_records(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "data.md"
    run = run_cli("provenance", str(SMALL), "--format", "md", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("# Where the data comes from: ")
    assert "| **Total** |" in page
    for heading in ("## Origin of the actions", "## Actions", "## Monitoring records"):
        assert heading in page
    data = json.loads(run_cli("provenance", str(SMALL), "-f", "json").stdout)
    assert data["counts"]["total"] == {
        "sourced": 0,
        "reconstructed": 0,
        "assumption": 9,
        "unstated": 17,
    }
    assert len(data["items"]) == 26
    assert data["origins"] == [{"group": "unstated", "ids": ["A01", "A02", "A03", "A04", "A05"]}]


def test_bulgarian_labels() -> None:
    run = run_cli("provenance", str(SMALL), "--lang", "bg", "-f", "md")
    assert "# Произход на данните: " in run.stdout
    assert (
        "| Записи | От източник | Реконструирано | Допускане | Не е посочено | Общо |" in run.stdout
    )


def test_data_with_errors_is_refused(tmp_path: Path) -> None:
    (tmp_path / "strategy.yaml").write_text("id: [\n", encoding="utf-8")
    run = run_cli("provenance", str(tmp_path))
    assert run.exit_code == 2
    assert "nothing was counted" in run.stderr
