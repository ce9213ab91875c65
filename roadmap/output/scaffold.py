"""`roadmap init`: a new strategy skeleton that checks clean and teaches the format.

The files are the templates `templates/init_*.yaml.j2` filled in; the JSON Schemas go
beside the data directory, for editors to validate each file while it is typed.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from roadmap.atomic import write_atomic
from roadmap.errors import UserError
from roadmap.models import FILE_MODELS
from roadmap.models.common import ID_PATTERN
from roadmap.models.json_schema import schema_file_name, schema_text
from roadmap.months import format_month, is_month, month_year, parse_month
from roadmap.output.render import environment
from roadmap.texts import say

HORIZON_MONTHS = 60


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

    def __post_init__(self) -> None:
        if os.path.exists(self.directory) and not os.path.isdir(self.directory):
            raise UserError(say("init.not_directory", directory=self.directory))
        if not is_month(self.start):
            raise UserError(say("init.start", start=self.start))
        if not re.match(ID_PATTERN, self.strategy_id) or len(self.strategy_id) > 64:
            raise UserError(say("init.id", id=self.strategy_id))
        if self.name is not None and not self.name.strip():
            raise UserError(say("init.name"))


def init_directory(options: InitOptions) -> list[str]:
    """Write the skeleton; return the paths written. Nothing is written on a conflict."""
    changed = {path: text for path, text in _contents(options).items() if not _same(path, text)}
    conflicts = [path for path in changed if os.path.lexists(path)]
    if conflicts and not options.force:
        key = "init.exists_one" if len(conflicts) == 1 else "init.exists_many"
        raise UserError(say(key, listed=", ".join(conflicts)))
    for path in conflicts:
        if os.path.isdir(path):
            raise UserError(say("init.directory_in_place", path=path))
    for path, text in changed.items():
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        write_atomic(path, text.encode("utf-8"))
    return list(changed)


def _contents(options: InitOptions) -> dict[str, str]:
    """Each path to write, with its text: the data files, then the schemas."""
    comments = dict.fromkeys(FILE_MODELS, "")
    schemas = {}
    if options.schemas is not None:
        parent = os.path.relpath(os.path.dirname(os.path.abspath(options.directory)))
        folder = options.schemas or os.path.join(parent, "schemas")
        for kind in FILE_MODELS:
            path = os.path.join(folder, schema_file_name(kind))
            schemas[path] = schema_text(kind)
            link = os.path.relpath(path, options.directory).replace(os.sep, "/")
            comments[kind] = f"# yaml-language-server: $schema={link}\n"
    start = parse_month(options.start)
    end = start + HORIZON_MONTHS - 1
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
    data = {
        os.path.join(options.directory, f"{kind}.yaml"): environment()
        .get_template(f"init_{kind}.yaml.j2")
        .render(values)
        for kind in FILE_MODELS
        if kind != "progress" or options.progress
    }
    return data | schemas


def _name(options: InitOptions) -> str | None:
    """A given name as a flow mapping in its language, quoted as JSON (valid YAML); the
    template holds the default, in both languages."""
    if options.name is None:
        return None
    return f"{{{options.lang}: {json.dumps(options.name.strip(), ensure_ascii=False)}}}"


def _same(path: str, text: str) -> bool:
    """Whether `path` is a file that holds `text` already."""
    try:
        return os.path.isfile(path) and Path(path).read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False
