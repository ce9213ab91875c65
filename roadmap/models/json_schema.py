"""JSON Schema of each data file, generated from the models, so that editors (through
yaml-language-server and the `$schema` comment atop each file) check the YAML as it is
typed by the loader's own rules."""

from __future__ import annotations

import inspect
import json
import os
from typing import Any

from roadmap.atomic import write_atomic
from roadmap.models import FILE_MODELS

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_file_name(kind: str) -> str:
    """`strategy.schema.json` for `strategy`."""
    return f"{kind}.schema.json"


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of `<kind>.yaml`."""
    model = FILE_MODELS[kind]
    generated = model.model_json_schema()
    summary = inspect.cleandoc(model.__doc__ or "").split("\n\n")[0]
    head = {
        "$schema": DIALECT,
        "title": f"roadmap {kind}.yaml",
        "description": f"{summary} Generated from the roadmap models by `roadmap schema`.",
    }
    rest = {k: v for k, v in generated.items() if k not in {"title", "description"}}
    return {**head, **rest}


def schema_text(kind: str) -> str:
    """The schema of `kind` as the JSON text written to `schemas/`."""
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n"


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every data file's schema, by kind."""
    return {kind: json_schema(kind) for kind in FILE_MODELS}


def write_schemas(directory: str, kinds: list[str]) -> list[str]:
    """Write `<kind>.schema.json` for each kind into `directory`; return the paths."""
    os.makedirs(directory, exist_ok=True)
    written = []
    for kind in kinds:
        path = os.path.join(directory, schema_file_name(kind))
        write_atomic(path, schema_text(kind).encode("utf-8"))
        written.append(path)
    return written
