"""Measure in headless Chromium whether a page overflows its viewport horizontally.

The page is copied with its Content-Security-Policy removed and a small script appended
that measures the laid-out page and writes the result, as JSON, into the DOM; Chromium's
`--dump-dom` prints that DOM. The copy is shown in an iframe exactly `width` pixels wide
(headless Chromium will not make a window narrower than 500 pixels, and an iframe is a
viewport of its own for media queries and `innerWidth`). No puppeteer, no network.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path
from typing import Any

from tests.tools import peers

CSP = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')
REPORT = re.compile(r'<pre id="overflow-report">(.*?)</pre>', re.S)
# Every element whose right edge passes the viewport and that is not inside a box that
# scrolls (or clips) sideways by itself; the boxes that do scroll; the page's own widths,
# and the viewport's.
MEASURE = """<script>
(function () {
  var vw = window.innerWidth, wide = [];
  function clipped(el) {
    for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      var o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
    }
    return false;
  }
  var all = document.body.querySelectorAll("*");
  for (var i = 0; i < all.length; i++) {
    var el = all[i], r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > vw + 0.5 && !clipped(el)) {
      var cls = typeof el.className === "string" && el.className ? "." + el.className : "";
      wide.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + cls +
        " " + Math.round(r.left) + ".." + Math.round(r.right));
    }
  }
  var scrolls = [];  // boxes that scroll sideways: their class and their table's
  for (var j = 0; j < all.length; j++) {
    var box = all[j], ox = getComputedStyle(box).overflowX, t = box.querySelector("table");
    if ((ox === "auto" || ox === "scroll") && box.scrollWidth > box.clientWidth + 1) {
      scrolls.push(box.className + (t && t.className ? " > table." + t.className : ""));
    }
  }
  var pre = document.createElement("pre");
  pre.id = "overflow-report";
  pre.textContent = JSON.stringify({
    innerWidth: vw,
    docScrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    wide: wide.slice(0, 20),
    scrolls: scrolls
  });
  parent.document.body.appendChild(pre);
})();
</script>"""


A4_WIDTH = 703
"""CSS pixels across an A4 page inside the pages' print margins (210 - 2 x 12 mm)."""


def measure(
    page: Path, width: int, work: Path, height: int = 900, *, printed: bool = False
) -> dict[str, Any]:
    """Open `page` at a `width`-pixel viewport and return the browser's measurements;
    `printed` applies the page's print styles too, as on paper."""
    inner = CSP.sub("", page.read_text(encoding="utf-8"), count=1)
    if printed:
        inner = inner.replace("@media print", "@media all")
    inner = inner.replace("</body>", MEASURE + "</body>", 1)
    probe = work / f"{page.stem}.{width}{'.print' if printed else ''}.probe.html"
    probe.write_text(frame(inner, width, height), encoding="utf-8")
    command = [
        peers.chromium(),
        *peers.CHROMIUM_ARGS,
        "--hide-scrollbars",
        f"--window-size={max(width, 500)},{height}",
        f"--user-data-dir={work / 'chromium-profile'}",
        "--dump-dom",
        probe.resolve().as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    found = REPORT.search(done.stdout)
    assert found, f"no measurement from chromium (exit {done.returncode}): {done.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return report


def frame(inner: str, width: int, height: int, scale: float = 1, src: str = "") -> str:
    """A page that shows `inner` (or the page at `src`) in an iframe `width` x `height`
    CSS pixels, drawn at `scale`."""
    style = f"border:0;display:block;width:{width}px;height:{height}px"
    if scale != 1:
        style += f";transform:scale({scale});transform-origin:0 0"
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="margin:0;overflow:hidden">'
        f'<iframe style="{style}" src="{html.escape(src, quote=True)}"></iframe>'
        if src
        else f'<iframe style="{style}" srcdoc="{html.escape(inner, quote=True)}"></iframe>'
        "</body></html>"
    )
