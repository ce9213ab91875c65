"""Output: results turned into what people and programs read, one name per concept:

- a *context* (`context.RoadmapContext`): what an output is made from (the checked
  dataset, its plan, the language, the month drawn as today);
- a *page* (`roadmap_page`, `status_page`, `plan_page`, `diff_page`: a `render.Row`):
  every value one output shows, already formatted, that a template (`render`) or a rich
  table (`text`) only prints;
- a *report*: text (`text`, `diagnostics`), Markdown or HTML (`render`), or a machine
  format (`json_reports`; `diagnostics` for JSON, SARIF, GitHub annotations);
- an *export* (`export`, `taskjuggler`): the plan written for another tool.

Nothing here prints or exits: the CLI does both.
"""
