"""Output: results turned into what people and programs read.

One name per concept:

- a *context* (`context.RoadmapContext`) is what an output is made from: the checked
  dataset, its plan, the language and the month drawn as today;
- a *page* (`roadmap_page`, `status_page`, `plan_page`, `diff_page`: a `render.Row`)
  is every value one output shows, already formatted (`roadmap.texts`), that a template
  (`render`) or a rich table (`text`) only prints;
- a *report* is the printed result: text (`text`), Markdown or HTML (`render`), or a
  machine format (`machine`: JSON, SARIF, GitHub annotations);
- an *export* (`export`, `taskjuggler`) is the plan written for another tool.

Nothing here prints or exits: the CLI does both.
"""
