"""Loading a directory pays only for what it needs: no PyYAML on the opt-in fast path
(ROADMAP_YAML_PARSER=auto), no YAML parse when every file comes from the cache."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from roadmap import replay
from roadmap.checks import check_directory
from roadmap.models import REQUIRED_KINDS
from tests.conftest import CASES, run_python

EXAMPLE = CASES / "valid" / "spec_example"

PROBE = """
import sys
from roadmap.loading import load_directory
from roadmap.models import ActionsFile, Strategy
loaded = load_directory(sys.argv[1])
assert loaded.dataset is not None, loaded.diagnostics
parsed = any(doc._parsed for doc in loaded.documents.values())
built = ActionsFile.__pydantic_complete__, Strategy.__pydantic_complete__
print("yaml" in sys.modules, *built, parsed)
"""


def _probe(cache: Path) -> str:
    env = {"ROADMAP_CACHE_DIR": str(cache), "ROADMAP_YAML_PARSER": "auto"}
    return run_python(PROBE, str(EXAMPLE), env=env)


def test_a_cold_load_validates_without_importing_pyyaml(tmp_path: Path) -> None:
    assert _probe(tmp_path) == "False True True True"


def test_a_warm_load_parses_no_yaml(tmp_path: Path) -> None:
    # The cached models are validated again from their JSON, so the validators are built.
    _probe(tmp_path)
    assert _probe(tmp_path) == "False True True False"


def test_each_file_is_hashed_once_for_the_cache_the_replay_and_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(EXAMPLE, data)
    (data / "progress.yaml").unlink()
    raws = {f"{kind}.yaml": (data / f"{kind}.yaml").read_bytes() for kind in REQUIRED_KINDS}
    hashed: list[bytes] = []
    real = hashlib.sha256

    def counting(data: bytes = b"") -> Any:
        hashed.append(bytes(data))
        return real(data)

    monkeypatch.setattr("hashlib.sha256", counting)
    for _ in ("cold", "warm"):
        recorder = replay.Recorder("key", tmp_path / "entry.replay")
        monkeypatch.setattr("roadmap.replay._active", recorder)
        hashed.clear()
        assert check_directory(str(data)).loaded.dataset is not None
        assert [hashed.count(raw) for raw in raws.values()] == [1, 1, 1]
        assert recorder.inputs == {
            str(data): "directory",
            **{str(data / name): real(raw).hexdigest() for name, raw in raws.items()},
            str(data / "progress.yaml"): "absent",
        }
