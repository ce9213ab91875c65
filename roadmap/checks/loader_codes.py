"""The codes that loading gives (stages 1 and 2), documented in the shape of the rules."""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from roadmap.checks.registry import Stage
from roadmap.diagnostics import Severity


@dataclass(frozen=True)
class LoaderCode:
    """A diagnostic code that loading gives, documented beside the rules."""

    code: str
    title: str
    stage: Stage
    doc: str
    severity: Severity = Severity.ERROR


_TEXTS = {
    "Y000": """A data file or the data directory is missing or unreadable

        Each data directory holds strategy.yaml, goals.yaml and actions.yaml (progress.yaml
        is optional), and each must be a readable regular file.

        Failing:

            data/
              strategy.yaml
              goals.yaml/        # a directory
                                 # actions.yaml missing

        Passing:

            data/
              strategy.yaml
              goals.yaml
              actions.yaml
        """,
    "Y001": """YAML syntax error (tabs for indentation among them)

        The file must be valid YAML. Tabs cannot indent YAML; only spaces can.

        Failing:

            goals:
              - id: OG1.1
            →   area: PA1      # → marks a tab

        Passing:

            goals:
              - id: OG1.1
                area: PA1
        """,
    "Y002": """The file is not UTF-8

        Data files are UTF-8. Files saved as UTF-16 or a legacy code page (Windows-1251,
        Latin-1) are refused rather than guessed at. A UTF-8 byte-order mark is accepted.

        Failing:

            name: {bg: "Демо"}   # saved as Windows-1251

        Passing:

            name: {bg: "Демо"}   # saved as UTF-8
        """,
    "Y003": """The file holds a NUL byte

        A NUL byte means a binary file, or UTF-16 without a byte-order mark.

        Failing:

            title: "Open-data\\0platform"

        Passing:

            title: "Open-data platform"
        """,
    "Y004": """The YAML is nested too deeply

        Nesting is bounded, so that a hostile file cannot exhaust the stack.

        Failing:

            description: [[[[[[ ... 5000 levels ... ]]]]]]

        Passing:

            description: {en: "Flat text"}
        """,
    "Y005": """Duplicate mapping key

        A key given twice in one mapping is an error; plain YAML loaders keep the last one
        silently, hiding the first value.

        Failing:

            - id: A01
              duration_months: 6
              duration_months: 8

        Passing:

            - id: A01
              duration_months: 8
        """,
    "Y006": """A YAML tag that is not allowed (such as !!python/object)

        Data files hold plain data. Tags such as `!!python/object` (which run code with
        unsafe loaders) and application tags such as `!include` are refused.

        Failing:

            vision: !!python/object/apply:os.system ["echo pwned"]

        Passing:

            vision: {en: "A digital city"}
        """,
    "Y007": """Aliases expand too far (alias bomb) or refer to themselves

        Aliases may share values, but a document whose aliases expand to millions of
        values (a "billion laughs" bomb), or an alias inside the value it names, is refused.

        Failing:

            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            # ... eight more levels
            actions: &self [*self]

        Passing:

            common: &common {lead: city}
        """,
    "Y008": """The file is empty

        A file with nothing but blanks or comments holds no data.

        Failing:

            # nothing here yet

        Passing:

            goals: []
        """,
    "Y009": """A mapping key that is a list or a mapping

        Mapping keys are plain values, and `<<` merges mappings only.

        Failing:

            ? [a, b]
            : c
            - <<: [1, 2]

        Passing:

            - <<: *defaults
              id: A02
        """,
    "Y010": """A number too large or too long to hold

        Numbers are bounded: a number with thousands of digits, or a float that overflows,
        is refused.

        Failing:

            cost_eur: 99999999999999999999 ... (5000 digits)

        Passing:

            cost_eur: 200000
        """,
    "S001": """Unknown field, with a 'did you mean' suggestion

        Unknown fields are errors, so that a typo does not silently drop a value. The
        message suggests the closest known field.

        Failing:

            - id: A01
              duraton_months: 6

        Passing:

            - id: A01
              duration_months: 6
        """,
    "S002": """Missing required field

        Required fields must be given.

        Failing:

            - id: A01
              title: "Open-data platform"
              # no lead, no cost_eur, ...

        Passing:

            - id: A01
              title: "Open-data platform"
              lead: city
              cost_eur: 200000
              # ...
        """,
    "S003": """A value of the wrong type or out of range

        Each value has a type and a range: whole non-negative euros, durations of at
        least one month, months as YYYY-MM, ids without spaces, known statuses.
        Values are not coerced: "300000" in quotes is text, not a number.

        Failing:

            duration_months: -6
            earliest_start: 2021-13
            cost_eur: "300000"

        Passing:

            duration_months: 6
            earliest_start: 2021-12
            cost_eur: 300000
        """,
    "S004": """The file does not hold a mapping at the top

        Each file holds a mapping at the top (`goals:`, `actions:`, ...), not a list or text.

        Failing:

            - id: A01

        Passing:

            actions:
              - id: A01
        """,
}

LOADER_CODES = tuple(
    LoaderCode(code, title, Stage.SYNTAX if code[0] == "Y" else Stage.SCHEMA, inspect.cleandoc(doc))
    for code, (title, _, doc) in ((code, text.partition("\n")) for code, text in _TEXTS.items())
)
