"""The provenance summary: records by provenance, and actions by origin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from roadmap.io.load import load_directory
from roadmap.models import Dataset
from roadmap.output.provenance import provenance_summary
from tests.checks.conftest import BASE, action


def _dataset(tmp_path: Path, **strategy: Any) -> Dataset:
    files = {
        "strategy": {**BASE["strategy"], **strategy},
        "goals": BASE["goals"],
        "actions": {
            "actions": [
                action("A01", origin="strategy", origin_list="plan-2020", provenance="sourced"),
                action("A02", origin="added", provenance="reconstructed"),
                action("A03"),
                action("A04", origin="strategy", origin_list="draft-2019", provenance="sourced"),
            ]
        },
    }
    for kind, data in files.items():
        (tmp_path / f"{kind}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    loaded = load_directory(str(tmp_path))
    assert loaded.dataset is not None, loaded.diagnostics
    return loaded.dataset


DOCUMENTS = [
    {"id": "draft-2019", "title": "Draft roadmap", "kind": "activity_list", "date": "2019-07"},
    {"id": "plan-2020", "title": {"en": "Action plan", "bg": "План"}, "kind": "activity_list"},
    {"id": "ch5", "title": "Maturity", "kind": "part", "source": "s", "provenance": "sourced"},
]


def test_counts_every_kind_and_marks_what_gives_no_provenance(tmp_path: Path) -> None:
    vision = {"en": "A city", "source": "chapter 4", "provenance": "reconstructed"}
    summary = provenance_summary(_dataset(tmp_path, vision=vision, documents=DOCUMENTS))
    counts = {k.kind: k.counts for k in summary.kinds}
    assert counts == {
        "statement": (0, 1, 0, 2),
        "objective": (0, 0, 0, 1),
        "area": (0, 0, 0, 1),
        "actor": (0, 0, 0, 2),
        "funding_source": (0, 0, 0, 1),
        "document": (1, 0, 0, 2),
        "goal": (0, 0, 1, 0),
        "kpi": (0, 0, 1, 0),
        "action": (2, 1, 1, 0),
    }
    assert summary.total.counts == (3, 2, 3, 9) and summary.total.total == 17
    [vision_item] = [i for i in summary.items if i.id == "vision"]
    assert (vision_item.provenance, vision_item.source) == ("reconstructed", "chapter 4")


def test_actions_split_by_the_list_they_come_from(tmp_path: Path) -> None:
    summary = provenance_summary(_dataset(tmp_path, documents=DOCUMENTS))
    assert [(g.key, g.ids) for g in summary.origins] == [
        ("strategy:draft-2019", ("A04",)),
        ("strategy:plan-2020", ("A01",)),
        ("added", ("A02",)),
        ("unstated", ("A03",)),
    ]
    assert summary.origins[0].label == "The strategy's own activities: Draft roadmap (Jul 2019)"
    assert sum(len(g.ids) for g in summary.origins if g.key.startswith("strategy:")) == 2


def test_the_summary_is_labelled_in_the_output_language(tmp_path: Path) -> None:
    summary = provenance_summary(_dataset(tmp_path, documents=DOCUMENTS), "bg")
    assert summary.total.label == "Общо"
    assert [r.label for r in summary.kinds][:2] == ["Име, визия, мисия", "Стратегически цели"]
    assert summary.origins[1].label == "Дейности на самата стратегия: План"
    assert summary.origins[2].label == "Добавени в тази пътна карта"
    assert summary.origins[3].ids == ("A03",)
