"""Turn pydantic validation errors into diagnostics at the YAML node they concern."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.loading.yaml_reader import Document

UNKNOWN_FIELD = "S001"
MISSING_FIELD = "S002"
INVALID_VALUE = "S003"

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}


def diagnostics_from(
    error: ValidationError, doc: Document, model: type[BaseModel]
) -> list[Diagnostic]:
    """One diagnostic per pydantic error, located in `doc`."""
    found: list[Diagnostic] = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        kind = item["type"]
        if kind == "extra_forbidden":
            code, message, at_key = UNKNOWN_FIELD, _unknown_field(loc, model), True
        elif kind == "missing":
            code, message, at_key = MISSING_FIELD, _missing(loc), False
            loc = loc[:-1]
        else:
            code, message, at_key = INVALID_VALUE, _invalid(item, loc), False
        line, column = doc.locate(loc, key=at_key)
        found.append(Diagnostic(doc.path, line, column, code, Severity.ERROR, message))
    return sorted(set(found))


def where(loc: tuple[Any, ...]) -> str:
    """A readable path such as `actions[3].duration_months`, union tags left out."""
    text = ""
    for k, part in enumerate(loc):
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in {"plain", "localized", "mapping"} or (
            part == "id" and k >= 2 and loc[k - 2] == "depends_on"
        ):
            continue
        else:
            text += f".{part}" if text else str(part)
    return text or "the file"


def _unknown_field(loc: tuple[Any, ...], model: type[BaseModel]) -> str:
    name = str(loc[-1])
    allowed = _fields_at(model, loc[:-1])
    message = f"unknown field '{name}' in {where(loc[:-1])}"
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if close:
        return f"{message}; did you mean '{close[0]}'?"
    if allowed:
        return f"{message}; allowed fields: {', '.join(sorted(allowed))}"
    return message


def _missing(loc: tuple[Any, ...]) -> str:
    return f"missing required field '{loc[-1]}' in {where(loc[:-1])}"


def _invalid(item: Any, loc: tuple[Any, ...]) -> str:
    kind = item["type"]
    given = item.get("input")
    shown = repr(given) if not isinstance(given, dict | list) else type(given).__name__
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if kind in _EXPECTED:
        return f"{where(loc)}: expected {_EXPECTED[kind]}, got {shown}"
    if kind == "string_pattern_mismatch":
        pattern = str(item.get("ctx", {}).get("pattern", ""))
        if "0[1-9]|1[0-2]" in pattern:
            return f"{where(loc)}: expected a month as YYYY-MM (e.g. 2021-03), got {shown}"
        return (
            f"{where(loc)}: {shown} is not a valid id; use letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    if kind == "literal_error":
        expected = str(item.get("ctx", {}).get("expected", ""))
        return f"{where(loc)}: expected one of {expected}, got {shown}"
    message = str(item["msg"])
    message = message.removeprefix("Value error, ")
    return f"{where(loc)}: {message[0].lower()}{message[1:]} (got {shown})"


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names of the model found by following `loc` from `model`."""
    current: Any = model
    for part in loc:
        current = _step(current, part)
        if current is None:
            return []
    models = [m for m in _flatten(current) if isinstance(m, type) and issubclass(m, BaseModel)]
    return list(models[0].model_fields) if models else []


def _step(annotation: Any, part: Any) -> Any:
    for option in _flatten(annotation):
        if isinstance(option, type) and issubclass(option, BaseModel):
            if isinstance(part, str) and part in option.model_fields:
                return option.model_fields[part].annotation
            continue
        origin = get_origin(option)
        if origin is list and isinstance(part, int):
            return get_args(option)[0]
        if origin is dict and not isinstance(part, str | int):
            return get_args(option)[1]
    if isinstance(part, str):
        return annotation
    return None


def _flatten(annotation: Any) -> list[Any]:
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _flatten(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return [leaf for arg in get_args(annotation) for leaf in _flatten(arg)]
    return [annotation]
