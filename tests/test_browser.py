"""The HTML report in a real browser: Debian's headless Chromium parses it as written, lays the articles out side
by side on a wide screen and stacked on a narrow one without sideways scrolling, and draws it.

Skipped, with the reason, where Chromium is not installed (``.ci/run`` installs it when it runs as root with apt).
``CROSSCHECK_CHROMIUM`` names another binary. The browser runs with no network features, a throwaway profile, and
the page from a local file.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from cli_support import HARD_A, HARD_B, invoke, pair
from sample_reports import three_sources
from test_formats import check_html

from crosscheck.render.html import render_html

CHROMIUM = os.environ.get("CROSSCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it when root); "
    "set CROSSCHECK_CHROMIUM to use another binary",
)

# Test-only: a script appended to a copy of the page (the report itself has none) that writes what the browser
# laid out into the DOM: each article's left edge, the page's scroll width and the window's width.
PROBE = (
    "<script>document.body.setAttribute('data-layout', "
    "[...document.querySelectorAll('article')].map(a => Math.round(a.getBoundingClientRect().left)).join(',')"
    " + ';' + document.documentElement.scrollWidth + ';' + innerWidth)</script>"
)


def _chromium(tmp_path: Path, page: Path, *args: str) -> str:
    profile = tmp_path / "profile"
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_chromium_parses_the_page_as_written(tmp_path: Path) -> None:
    document = render_html(three_sources())
    page = tmp_path / "report.html"
    page.write_text(document, encoding="utf-8")
    dom = _chromium(tmp_path, page, "--dump-dom")
    # Nothing was moved or dropped by the browser's error recovery: same ids, same marks, same findings.
    ids = check_html(document).ids
    assert check_html("<!DOCTYPE html>" + dom).ids == ids
    assert dom.count("<mark") == document.count("<mark")
    for finding in three_sources().findings:
        assert finding.rule.code in dom
    assert "&lt;script&gt;alert" in dom and "<script>alert" not in dom


@pytest.mark.parametrize(("width", "stacked"), [(390, True), (1400, False)])
def test_columns_stack_on_a_narrow_screen(tmp_path: Path, width: int, stacked: bool) -> None:
    page = tmp_path / "probe.html"
    page.write_text(render_html(three_sources()).replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = _chromium(tmp_path, page, f"--window-size={width},900", "--dump-dom")
    match = re.search(r'data-layout="([\d,]+);(\d+);(\d+)"', dom)
    assert match, "the probe did not run"
    lefts = [int(x) for x in match.group(1).split(",")]
    scroll_width, window = int(match.group(2)), int(match.group(3))
    assert len(lefts) == 3
    assert (len(set(lefts)) == 1) is stacked, lefts  # one column (stacked) or three side by side
    assert scroll_width <= window  # never wider than the screen


def test_screenshot_of_a_real_report(tmp_path: Path) -> None:
    a, b = pair(tmp_path, HARD_A, HARD_B)
    page = tmp_path / "report.html"
    assert invoke("compare", a, b, "--format", "html", "-o", page, "--fail-on", "none").exit_code == 0
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, page, "--window-size=800,1200", f"--screenshot={shot}", "--hide-scrollbars")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (800, 1200)
    assert len(data) > 10_000  # a drawn page, not a blank one (a blank 800x1200 PNG is a few kilobytes)
