"""The cache of validated files: hits, misses, moves, corruption, --no-cache."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from pathlib import Path

import pytest

from benchmarks.portfolio import write_portfolio
from roadmap.cache_home import keyed_entry
from roadmap.loading import load_directory
from roadmap.loading.cache import FileCache, cache_dir
from tests.conftest import CASES, DATA, run_cli

EXAMPLE = CASES / "valid" / "spec_example"


@pytest.fixture(autouse=True)
def _no_replay(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests run a command twice to see the file cache at work: no replay."""
    monkeypatch.setenv("ROADMAP_REPLAY", "0")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(EXAMPLE, target)
    return target


def _entries() -> list[Path]:
    return sorted(cache_dir().glob("*.model"))


def _hits(directory: Path) -> set[str]:
    """The kinds whose model came from the cache (their Documents were never parsed)."""
    loaded = load_directory(str(directory))
    assert loaded.dataset is not None
    return {kind for kind, doc in loaded.documents.items() if not doc._parsed}


def test_first_load_stores_and_second_load_hits(data: Path) -> None:
    assert _hits(data) == set()
    assert len(_entries()) == 4
    assert _hits(data) == {"strategy", "goals", "actions", "progress"}


def test_a_hit_gives_the_same_dataset_and_positions(data: Path) -> None:
    first = load_directory(str(data))
    second = load_directory(str(data))
    assert second.dataset == first.dataset
    loc = ("actions", 1, "depends_on", 0, "mapping", "lag_months")
    assert second.locate("actions", loc) == first.locate("actions", loc)
    assert second.documents["actions"].data == first.documents["actions"].data


def test_an_edited_file_misses(data: Path) -> None:
    _hits(data)
    actions = data / "actions.yaml"
    actions.write_text(actions.read_text().replace("duration_months: 6", "duration_months: 7"))
    assert _hits(data) == {"strategy", "goals", "progress"}
    loaded = load_directory(str(data))
    assert loaded.dataset is not None
    assert loaded.dataset.actions[0].duration_months == 7


def test_an_edit_that_breaks_the_file_is_reported(data: Path) -> None:
    _hits(data)
    (data / "goals.yaml").write_text("goals:\n  - id: OG1.1\n    aera: PA1\n")
    loaded = load_directory(str(data))
    assert loaded.dataset is None
    assert {d.code for d in loaded.diagnostics} >= {"S001"}


def test_a_moved_or_renamed_directory_misses(data: Path, tmp_path: Path) -> None:
    _hits(data)
    moved = tmp_path / "elsewhere"
    data.rename(moved)
    assert _hits(moved) == set()
    assert _hits(moved) == {"strategy", "goals", "actions", "progress"}


def test_a_corrupt_entry_is_ignored_and_replaced(data: Path) -> None:
    _hits(data)
    for entry in _entries():
        entry.write_bytes(b"\x80\x05garbage")
    assert _hits(data) == set()
    assert _hits(data) == {"strategy", "goals", "actions", "progress"}


def test_an_entry_with_foreign_objects_is_refused(data: Path) -> None:
    _hits(data)
    for entry in _entries():
        entry.write_bytes(pickle.dumps((os.system, "true")))
    assert _hits(data) == set()


@pytest.mark.parametrize(
    "payload",
    [b"", b"{not json", b'{"actions": [{"id": 1}]}', pickle.dumps((os.system, "true"))],
    ids=["empty", "not json", "not the model", "a pickle"],
)
def test_a_payload_that_does_not_validate_is_a_miss(data: Path, payload: bytes) -> None:
    _hits(data)
    digest = hashlib.sha256((data / "actions.yaml").read_bytes()).digest()
    entry, header = keyed_entry(cache_dir(), "actions", str(data / "actions.yaml"), digest, "model")
    assert entry.read_bytes().startswith(header)
    entry.write_bytes(header + payload)
    assert _hits(data) == {"strategy", "goals", "progress"}
    assert _hits(data) == {"strategy", "goals", "actions", "progress"}


def _directories() -> list[Path]:
    return [DATA, *sorted(p for p in (CASES / "valid").iterdir() if p.is_dir())]


@pytest.mark.parametrize("directory", _directories(), ids=lambda p: p.name)
def test_a_cached_model_equals_the_validated_one(directory: Path) -> None:
    cold = load_directory(str(directory))
    warm = load_directory(str(directory))
    assert cold.dataset is not None
    assert set(warm.models) == set(cold.models)
    for kind, model in cold.models.items():
        assert not warm.documents[kind]._parsed
        assert warm.models[kind] == model
        assert warm.models[kind].model_dump_json() == model.model_dump_json()


def test_a_cached_portfolio_equals_the_validated_one(tmp_path: Path) -> None:
    write_portfolio(tmp_path, 300)
    cold = load_directory(str(tmp_path))
    warm = load_directory(str(tmp_path))
    assert cold.dataset is not None
    assert warm.dataset == cold.dataset
    assert all(not doc._parsed for doc in warm.documents.values())


def test_an_unwritable_cache_is_no_error(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = data.parent / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("ROADMAP_CACHE_DIR", str(blocker / "cache"))
    assert _hits(data) == set()
    assert _hits(data) == set()


def test_a_new_code_fingerprint_misses(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _hits(data)
    monkeypatch.setattr("roadmap.cache_home.code_fingerprint", lambda: b"other version")
    assert _hits(data) == set()


def test_no_cache_neither_reads_nor_writes(data: Path) -> None:
    run = run_cli("check", str(data), "--no-cache")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert _entries() == []
    assert run_cli("check", str(data)).exit_code == 0
    assert len(_entries()) == 4
    loaded = load_directory(str(data), use_cache=False)
    assert all(doc._parsed for doc in loaded.documents.values())


def test_check_output_is_the_same_cold_and_warm(tmp_path: Path) -> None:
    case = tmp_path / "case"
    shutil.copytree(CASES / "invalid" / "unknown_field", case)
    (case / "expected.yaml").unlink()
    cold = run_cli("check", str(case), "--format", "json")
    warm = run_cli("check", str(case), "--format", "json")
    assert cold.exit_code == warm.exit_code == 1
    assert cold.stdout == warm.stdout


def test_the_default_location_is_outside_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ROADMAP_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache_dir() == Path("/somewhere/cache/roadmap")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    assert cache_dir() == Path.home() / ".cache" / "roadmap"
    assert FileCache().directory == cache_dir()


def test_the_cache_stays_bounded(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("roadmap.loading.cache.MAX_ENTRIES", 8)
    for number in range(6):
        copy = data.parent / f"copy{number}"
        shutil.copytree(data, copy)
        assert _hits(copy) == set()
        assert len(_entries()) <= 8
    assert _hits(copy) == {"strategy", "goals", "actions", "progress"}


def test_positions_worked_out_for_diagnostics_are_stored_and_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Positions are worked out lazily (and cached) on the opt-in fast path only; the
    # PyYAML path has them from its one parse. A budget cap is not inside an item of a
    # top-level list, so its line needs the whole table of strategy.yaml.
    monkeypatch.setenv("ROADMAP_YAML_PARSER", "auto")
    data = tmp_path / "data"
    shutil.copytree(CASES / "invalid" / "budget_cap_outside_horizon", data)
    cold = run_cli("check", str(data), "--format", "json")
    assert '"code": "T303"' in cold.stdout
    assert len(list(cache_dir().glob("*.positions"))) == 1

    def no_parse(text: str) -> None:
        raise AssertionError("positions were parsed again")

    for findings in cache_dir().glob("*.findings"):
        findings.unlink()
    monkeypatch.setattr("roadmap.loading.yaml_reader.parse_positions", no_parse)
    again = run_cli("check", str(data), "--format", "json")
    assert again.stdout == cold.stdout
    assert '"line": 17' in again.stdout


def test_a_place_inside_one_item_needs_no_whole_table(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROADMAP_YAML_PARSER", "auto")
    actions = data / "actions.yaml"
    actions.write_text(actions.read_text().replace("id: A02", "id: A01"))

    def no_parse(text: str) -> None:
        raise AssertionError("the whole table was worked out")

    monkeypatch.setattr("roadmap.loading.yaml_reader.parse_positions", no_parse)
    cold = run_cli("check", str(data), "--format", "json")
    assert cold.exit_code == 1
    assert '"line": 14' in cold.stdout
    assert list(cache_dir().glob("*.positions")) == []


def test_a_positions_entry_for_other_bytes_is_not_used(data: Path) -> None:
    actions = data / "actions.yaml"
    actions.write_text(actions.read_text().replace("id: A02", "id: A01"))
    run_cli("check", str(data))
    actions.write_text("# a comment line moves every position down\n" + actions.read_text())
    run = run_cli("check", str(data), "--format", "json")
    assert '"line": 15' in run.stdout


def test_plan_and_explain_take_no_cache_too(data: Path) -> None:
    assert run_cli("plan", str(data), "--no-cache", "--format", "json").exit_code == 0
    assert run_cli("explain", "A01", str(data), "--no-cache").exit_code == 0
    assert _entries() == []
    assert run_cli("plan", str(data), "--format", "json").exit_code == 0
    assert len(_entries()) == 4


def test_render_export_and_status_take_no_cache_too(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "roadmap.html"
    assert run_cli("render", str(data), "--no-cache", "-f", "html", "-o", str(out)).exit_code == 0
    assert run_cli("export", str(data), "--no-cache", "--format", "csv").exit_code == 0
    assert run_cli("status", str(data), "--no-cache", "--as-of", "2022-03").exit_code == 0
    assert _entries() == []
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
