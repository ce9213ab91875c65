"""Views: every value a published roadmap shows, prepared and formatted in Python.

`source.roadmap_context()` checks and plans a directory; `build.build_view()` turns the
context into a `model.RoadmapView` in one language, which `roadmap.rendering` prints
through the templates and `roadmap.export` writes for other tools.
"""
