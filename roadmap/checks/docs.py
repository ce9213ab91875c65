"""The documentation of every diagnostic code, for docs/rules.md and `roadmap rules`.

A rule's documentation is its docstring (loader codes: roadmap.checks.loader_codes): why
the code exists, then `Failing:` and `Passing:` YAML examples, which run in
tests/checks/test_examples.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.checks.loader_codes import LOADER_CODES
from roadmap.checks.registry import RULES, Rule

FAMILIES = (
    ("Y", "YAML syntax", "The file cannot be read as YAML data. Stage 1."),
    ("S", "Schema", "The data does not have the shape of the models. Stage 2."),
    (
        "R",
        "References and coverage",
        "Ids, the references between them, and the links from areas to goals to actions. Stage 3.",
    ),
    ("G", "Dependency graph", "Cycles and needless edges among the dependencies. Stage 4."),
    ("T", "Time and money", "Horizon, phases, deadlines and funding. Stage 5."),
    ("K", "KPIs", "Every goal is measured, and its KPIs are coherent. Stage 5."),
    (
        "M",
        "Monitoring records",
        "The records of progress.yaml. Unknown ids in stage 3, the rest in stage 5.",
    ),
)


def all_codes() -> list[Rule]:
    """Every code, loader codes first, then the rules, each family in code order."""
    from roadmap.checks import _load_rules  # noqa: PLC0415

    _load_rules()
    codes = [*LOADER_CODES, *RULES.values()]
    order = {prefix: n for n, (prefix, _, _) in enumerate(FAMILIES)}
    return sorted(codes, key=lambda c: (order[c.code[0]], c.code))


PLAN_WARNINGS = frozenset({"P605"})
"""The plan's codes that are warnings (the notes of problem.py); the others are errors."""


def plan_codes() -> list[tuple[str, str, str]]:
    """(code, severity, title) of the codes of stage 6, the plan."""
    from roadmap.planning.feasibility import PLAN_CODES  # noqa: PLC0415

    return [
        (code, "warning" if code in PLAN_WARNINGS else "error", title)
        for code, title in sorted(PLAN_CODES.items())
    ]


def rules_listing() -> str:
    """`CODE  stage  severity  title`, one line per code, the plan's codes last."""
    rows = [(c.code, c.stage.name.lower(), c.severity.value, c.title) for c in all_codes()]
    rows += [(code, "plan", severity, title) for code, severity, title in plan_codes()]
    return "".join(
        f"{code}  {stage:<14} {severity:<8} {title}\n" for code, stage, severity, title in rows
    )


def rules_markdown() -> str:
    """docs/rules.md: a table of every code, then each code's documentation.

    The page's layout and prose are the template templates/rules.md.j2.
    """
    import jinja2  # noqa: PLC0415

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("roadmap.templates", "."),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(),
    )
    env.filters["markdown"] = lambda doc: "\n".join(_doc_markdown(doc))
    page = env.get_template("rules.md.j2")
    return page.render(codes=all_codes(), plan=plan_codes(), families=FAMILIES)


def examples(doc: str) -> dict[str, str]:
    """The YAML of each example of a code's documentation, by label (Failing, Passing)."""
    return {label: "\n".join(block) + "\n" for label, block in _parts(doc) if label}


def _doc_markdown(doc: str) -> list[str]:
    """Prose as it is; each `Failing:` / `Passing:` block as a fenced YAML example."""
    out: list[str] = []
    for label, lines in _parts(doc):
        out += [f"{label}:", "", "```yaml", *lines, "```", ""] if label else lines
    while out and not out[-1].strip():
        out.pop()
    return out


def _parts(doc: str) -> Iterator[tuple[str, list[str]]]:
    """(label, example lines) for each example, ("", prose lines) for the text around."""
    label, block = "", []
    for line in doc.splitlines():
        if label and (not line.strip() or line.startswith("    ")):
            block.append(line[4:])
            continue
        if label:
            yield label, "\n".join(block).strip("\n").splitlines()
        label, block = line.strip()[:-1], []
        if label not in {"Failing", "Passing"}:
            label = ""
            yield "", [line]
    if label:
        yield label, "\n".join(block).strip("\n").splitlines()
