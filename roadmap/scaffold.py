"""`roadmap init`: a new strategy skeleton that checks clean and teaches the format.

The file contents are Jinja2 templates (`templates/init_*.yaml.j2`); this module
prepares the values (quoted for YAML), decides where each file goes, refuses to
overwrite anything unless asked, and writes each file atomically. The JSON Schemas are
written beside the data directory, so that the `yaml-language-server` comment at the
top of each file lets an editor validate it while it is typed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib.resources import files
from typing import Literal

from roadmap.atomic import write_atomic
from roadmap.errors import UserError
from roadmap.models import FILE_MODELS
from roadmap.models.common import ID_PATTERN
from roadmap.models.json_schema import schema_file_name, schema_text
from roadmap.months import format_month, is_month, month_year, parse_month
from roadmap.texts import say

HORIZON_MONTHS = 60
DEFAULT_NAMES = {
    "bg": "Стратегия за цифрова трансформация",
    "en": "Digital transformation strategy",
}


@dataclass(frozen=True)
class InitOptions:
    """What `roadmap init` writes, and where."""

    directory: str
    start: str
    name: str | None = None
    lang: Literal["bg", "en"] = "en"
    strategy_id: str = "my-city"
    progress: bool = False
    schemas: str | None = ""
    """Where to write the JSON Schemas: "" for `<directory>/../schemas`, None for nowhere."""
    force: bool = False


def init_directory(options: InitOptions) -> list[str]:
    """Write the skeleton; return the paths written. Nothing is written on a conflict."""
    _validate(options)
    planned = _contents(options)
    conflicts = [
        path for path, text in planned.items() if os.path.lexists(path) and not _same(path, text)
    ]
    if conflicts and not options.force:
        listed = ", ".join(conflicts)
        key = "init.exists_one" if len(conflicts) == 1 else "init.exists_many"
        raise UserError(say(key, listed=listed))
    for path in conflicts:
        if os.path.isdir(path):
            raise UserError(say("init.directory_in_place", path=path))
    written = []
    for path, text in planned.items():
        if os.path.lexists(path) and _same(path, text):
            continue
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        write_atomic(path, text.encode("utf-8"))
        written.append(path)
    return written


def _validate(options: InitOptions) -> None:
    if os.path.exists(options.directory) and not os.path.isdir(options.directory):
        raise UserError(say("init.not_directory", directory=options.directory))
    if not is_month(options.start):
        raise UserError(say("init.start", start=options.start))
    import re  # noqa: PLC0415

    if not re.match(ID_PATTERN, options.strategy_id) or len(options.strategy_id) > 64:
        raise UserError(say("init.id", id=options.strategy_id))
    if options.name is not None and not options.name.strip():
        raise UserError(say("init.name"))


def _contents(options: InitOptions) -> dict[str, str]:
    """Each path to write, with its text, in a fixed order."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined  # noqa: PLC0415

    env = Environment(
        loader=FileSystemLoader(str(files("roadmap.templates"))),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 (YAML, not HTML)
    )
    start = parse_month(options.start)
    end = start + HORIZON_MONTHS - 1
    schema_dir = _schema_dir(options)
    schemas = {k: os.path.join(schema_dir or "", schema_file_name(k)) for k in FILE_MODELS}
    comments = dict.fromkeys(FILE_MODELS, "")
    if schema_dir is not None:
        comments = {
            k: f"# yaml-language-server: $schema={_relative(p, options.directory)}\n"
            for k, p in schemas.items()
        }
    values = {
        "schema_comment": comments,
        "directory": options.directory,
        "strategy_id": options.strategy_id,
        "name": _name(options),
        "start": format_month(start),
        "end": format_month(end),
        "first_year": month_year(start),
        "last_year": month_year(end),
    }
    kinds = [k for k in FILE_MODELS if k != "progress" or options.progress]
    planned = {
        os.path.join(options.directory, f"{kind}.yaml"): env.get_template(
            f"init_{kind}.yaml.j2"
        ).render(values)
        for kind in kinds
    }
    if schema_dir is not None:
        planned.update({path: schema_text(kind) for kind, path in schemas.items()})
    return planned


def _schema_dir(options: InitOptions) -> str | None:
    if options.schemas is None:
        return None
    if options.schemas:
        return options.schemas
    parent = os.path.dirname(os.path.abspath(options.directory))
    return os.path.join(os.path.relpath(parent), "schemas")


def _relative(path: str, directory: str) -> str:
    return os.path.relpath(os.path.abspath(path), os.path.abspath(directory)).replace(os.sep, "/")


def _name(options: InitOptions) -> str:
    """The flow mapping for `name:`, quoted as JSON strings (valid YAML)."""
    names = DEFAULT_NAMES if options.name is None else {options.lang: options.name.strip()}
    return (
        "{" + ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in names.items()) + "}"
    )


def _same(path: str, text: str) -> bool:
    if not os.path.isfile(path):
        return False
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read() == text
    except (OSError, UnicodeDecodeError):
        return False
