"""The HTML roadmap without a browser: self-contained, escaped, accessible markup."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from roadmap.output.render import render
from roadmap.output.roadmap_page import roadmap_page
from tests.tools.render_cases import HOSTILE, SMALL, context


class Page(HTMLParser):
    """Collects tags, attributes and the text of <script>, <style>, <h1> and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts.setdefault(self._open[-1], []).append(data)


def _page(case: Path, lang: str = "en") -> tuple[str, Page]:
    html = render("roadmap.html.j2", roadmap_page(context(case, lang)))
    page = Page()
    page.feed(html)
    return html, page


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_the_page_loads_nothing_from_anywhere() -> None:
    html, page = _page(SMALL)
    for _tag, attrs in page.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (name, value)
    assert not re.search(r"url\((?!#)", html)
    assert "@import" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert "https://" not in html


def test_the_content_security_policy_allows_only_this_style_and_script() -> None:
    _html, page = _page(SMALL)
    policy = next(
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None
    assert "default-src 'none'" in policy
    (script,) = page.texts["script"]
    (style,) = page.texts["style"]
    assert f"script-src '{_csp_hash(script)}'" in policy
    assert f"style-src '{_csp_hash(style)}'" in policy
    assert not [a for _t, a in page.tags if "style" in a]


def test_tables_and_the_chart_are_accessible() -> None:
    html, page = _page(SMALL, "bg")
    assert '<html lang="bg">' in html
    headers = [a for t, a in page.tags if t == "th"]
    assert headers and all(a.get("scope") in {"col", "row"} for a in headers)
    assert html.count("<table") == html.count("<caption>")
    svg = next(a for t, a in page.tags if t == "svg" and a.get("id") == "gantt")
    assert svg["role"] == "img"
    assert svg["aria-labelledby"] == "gantt-title gantt-desc"
    assert 'id="gantt-desc">Лентите показват' in html
    levels = [int(t[1]) for t, _a in page.tags if re.fullmatch(r"h[1-6]", t)]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in pairwise(levels))


@pytest.mark.parametrize("lang", ["en", "bg"])
def test_hostile_text_is_escaped_in_html_and_svg(lang: str) -> None:
    html, page = _page(HOSTILE, lang)
    assert html.count("<script") == 1
    assert "<b>" not in html and "<img" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    (h1,) = page.texts["h1"]
    assert "</title><script>alert(" in h1
    titles = [a for t, a in page.tags if t in {"g", "path", "tr"}]
    assert all(not any(k.startswith("on") for k in a) for a in titles)
