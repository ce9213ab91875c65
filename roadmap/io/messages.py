"""Loading messages in the planner's terms, in English or Bulgarian (issue 20): the item
by its id, the expected form with an example, look-alike letters, YAML hints, a misspelt
field once. Codes, files, lines and columns are never changed; only message texts are."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from difflib import get_close_matches
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.io.document import Document
from roadmap.texts import TEXTS, item_name, say

_EXAMPLES = {
    "goals": "[OG1.1]",
    "participants": "[city]",
    "depends_on": "[A01]",
    "kpis": "[K1]",
    "objectives": "[SO1]",
}
_LIMITS = {"greater_than_equal", "greater_than", "less_than_equal", "less_than", "too_long"}
_MONTH_FIELDS = {"earliest_start", "deadline", "date", "as_of", "start", "end"}
_TAGS = {"plain", "localized", "mapping"}
_SKIP = {*_TAGS, "[key]"}
_LOOKALIKES = "АAВBЕEКKМMНHОOРPСCТTХXаaеeоoрpсcуyхxіiјjΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνv"
_LATIN = dict(zip(_LOOKALIKES[::2], _LOOKALIKES[1::2], strict=True))


def name(loc: tuple[Any, ...], data: Any) -> str:
    """The node at `loc` named for a planner: 'action A04, field `duration_months`'."""
    parts: list[str] = []
    fields: list[str] = []
    node = data
    for part in loc:
        if part in _TAGS:
            continue
        if part == "[key]":
            parts += [say("field", name=".".join(fields[:-1]))] if fields[:-1] else []
            parts.append(say("key", key=fields[-1] if fields else ""))
            fields = []
            break
        child = _child(node, part)
        if isinstance(part, int) and isinstance(node, list):
            ident = child.get("id") if isinstance(child, dict) else None
            if ident is not None and fields and f"item.{fields[-1]}" in TEXTS:
                kind = fields.pop()
                parts += [say("field", name=".".join(fields))] if fields else []
                parts.append(f"{item_name(kind)} {ident}")
            else:
                parts += [say("field", name=".".join(fields))] if fields else []
                parts.append(say("item_number", n=part + 1))
            fields = []
        else:
            fields.append(str(part))
        node = child
    if fields:
        parts.append(say("field", name=".".join(fields)))
    return ", ".join(parts)


def _child(node: Any, part: Any) -> Any:
    if isinstance(node, dict):
        return node.get(part, node.get(str(part)))
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def shown(given: Any) -> str:
    """A value as a planner reads it: nothing, a mapping, a list or the value."""
    for kind, key in ((type(None), "nothing"), (dict, "a_mapping"), (list, "a_list")):
        if isinstance(given, kind):
            return say(key)
    text = f'"{given}"' if isinstance(given, str) else str(given).lower()
    return text if len(text) <= 60 else text[:57] + "..."


def lookalikes(text: str) -> str:
    """A hint naming the first Cyrillic or Greek letter in `text` that looks Latin."""
    for char in text:
        if char in _LATIN:
            script = "Cyrillic" if "CYRILLIC" in unicodedata.name(char, "") else "Greek"
            return say("lookalike", char=char, text=text, script=say(script), latin=_LATIN[char])
    return ""


def invalid(item: dict[str, Any], data: Any) -> str:
    """The message of one S003 pydantic error."""
    loc, kind, given = tuple(item["loc"]), item["type"], item.get("input")
    field = next((str(p) for p in reversed(loc) if isinstance(p, str) and p not in _SKIP), "")
    got = say("got", given=shown(given))
    if loc[-1] == "[key]" and loc[0] == "budget_caps":
        hint = say("year")
    elif kind in {"int_type", "int_from_float", "int_parsing", "float_parsing"}:
        hint = say("float_type" if kind == "float_parsing" else "int_type")
        if isinstance(given, str) and given.strip().lstrip("-").replace(".", "", 1).isdigit():
            hint += f", {say('no_quotes')}"
    elif kind == "list_type":
        hint = say("list_type", example=_EXAMPLES.get(field, "[A01, A02]"))
    elif kind == "string_type" and field in _MONTH_FIELDS and isinstance(given, float | int):
        hint = say("month_type") + _month_fix(field, given)
    elif kind in {"dict_type", "model_type", "model_attributes_type"}:
        hint = say("dict_type")
    elif kind in {"string_type", "float_type", "bool_type"}:
        hint = say(kind)
    elif kind == "string_pattern_mismatch":
        pattern = str(item.get("ctx", {}).get("pattern", ""))
        if "0[1-9]|1[0-2]" in pattern:
            hint = say("month_type")
        else:
            hint, got = lookalikes(str(given)) or say("bad_id", given=shown(given)), ""
    elif kind in _LIMITS:
        hint = say(kind, limit=next(iter(item.get("ctx", {}).values()), ""))
    elif kind == "literal_error":
        hint = say("one_of", options=item.get("ctx", {}).get("expected", ""))
    else:
        message = str(item["msg"]).removeprefix("Value error, ")
        hint = message[0].lower() + message[1:]
    return _at(name(loc, data), f"{hint} ({got})" if got else hint)


def _at(where: str, message: str) -> str:
    return f"{where}: {message}" if where else message


def _month_fix(field: str, given: float | int) -> str:
    month, _, year = str(given).partition(".")
    if month.isdigit() and 1 <= int(month) <= 12 and year.isdigit() and len(year) <= 4:
        return "; " + say("month_fix", field=field, fixed=f"{year.ljust(4, '0')}-{int(month):02}")
    return ""


def _unknown(loc: tuple[Any, ...], data: Any, allowed: list[str], close: list[str]) -> str:
    """The message of an unknown field, with the closest allowed name or all of them."""
    text = _at(name(loc[:-1], data), say("unknown", name=loc[-1]))
    if close:
        return f"{text}: {say('did_you_mean', close=close[0])}"
    if allowed:
        return f"{text}; {say('allowed', names=', '.join(sorted(allowed)))}"
    return text


def schema_diagnostics(
    error: ValidationError, doc: Document, model: type[BaseModel]
) -> list[Diagnostic]:
    """One diagnostic per pydantic error, located in `doc`; a missing field that an
    unknown field at the same item misspells is said once, as the unknown field."""
    errors: list[Any] = error.errors(include_url=False)
    unknown: dict[tuple[Any, ...], tuple[list[str], list[str]]] = {}
    for item in errors:
        if item["type"] == "extra_forbidden":
            loc = tuple(item["loc"])
            allowed = _fields_at(model, loc[:-1])
            unknown[loc] = allowed, get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
    misspelt = {(*loc[:-1], close[0]) for loc, (_, close) in unknown.items() if close}
    found: list[Diagnostic] = []
    for item in errors:
        loc = tuple(item["loc"])
        if loc in unknown:
            code, at_key = "S001", True
            message = _unknown(loc, doc.data, *unknown[loc])
        elif item["type"] == "missing":
            if loc in misspelt:
                continue
            code, at_key, loc = "S002", False, loc[:-1]
            message = _at(name(loc, doc.data), say("missing", name=item["loc"][-1]))
        else:
            code, message, at_key = "S003", invalid(item, doc.data), False
        line, column = doc.locate(loc, key=at_key)
        found.append(Diagnostic(doc.path, line, column, code, Severity.ERROR, message))
    return sorted(set(found))


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names of the model that `loc` leads to from `model`: each field name
    on the way leads to the first model in its annotation; indexes, keys and union tags
    are passed over."""
    current: Any = model
    for part in loc:
        if isinstance(part, str) and part in current.model_fields:
            current = next(_models(current.model_fields[part].annotation), None)
            if current is None:
                return []
    return list(current.model_fields)


def _models(annotation: Any) -> Iterator[type[BaseModel]]:
    """The models in an annotation, through lists, dicts, unions and Annotated."""
    if isinstance(annotation, type(BaseModel)):  # a model class, never `list[...]`
        yield annotation
    for arg in get_args(annotation):
        yield from _models(arg)


def not_a_mapping(expected: str, data: Any) -> str:
    """The message of a file that does not hold a mapping at the top."""
    kinds = {str: "text", bool: "a_number", int: "a_number", float: "a_number"}
    given = say(kinds[type(data)]) if type(data) in kinds else shown(data)
    return say("top", expected=expected, given=given)
