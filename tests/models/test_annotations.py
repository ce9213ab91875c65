"""The models' annotations are objects, so that pydantic need not evaluate text."""

from __future__ import annotations

import pydantic

import roadmap.models
from roadmap.models import actions, common, goals, progress, strategy


def test_every_model_field_annotation_is_an_object() -> None:
    models = [
        value
        for module in (common, actions, goals, progress, strategy, roadmap.models)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, pydantic.BaseModel)
    ]
    assert len(models) > 10
    strings = {
        f"{model.__name__}.{name}": value
        for model in models
        for name, value in vars(model).get("__annotations__", {}).items()
        if isinstance(value, str)
    }
    assert strings == {}
