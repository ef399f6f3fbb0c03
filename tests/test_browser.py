"""The HTML report in a real browser: Debian's headless Chromium parses it as written, lays the articles out side
by side on a wide screen and stacked on a narrow one without sideways scrolling, and draws it.

Skipped, with the reason, where Chromium is not installed (``.ci/run`` installs it when it runs as root with apt).
``CROSSCHECK_CHROMIUM`` names another binary. The browser runs with no network features, a throwaway profile, and
the page from a local file.

Widths are real layout widths: headless Chromium never lays a page out narrower than 500 px, whatever
``--window-size`` asks, so a phone's 390 px is emulated through the DevTools protocol
(``Emulation.setDeviceMetricsOverride``, as Chrome's device toolbar does), spoken over ``--remote-debugging-pipe``
with the standard library: no driver, no websocket client. Each measurement also reads ``innerWidth``, so a
layout that is not the width asked for fails instead of passing unseen.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import time
from pathlib import Path
from typing import Any

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

# What the browser laid out: each article's left edge, the page's scroll width and the layout width.
PROBE = (
    "JSON.stringify({lefts: [...document.querySelectorAll('article')].map(a => Math.round("
    "a.getBoundingClientRect().left)), scroll: document.documentElement.scrollWidth, inner: innerWidth})"
)


# Chromium with no window, no network of its own, no first-run work: the flags every run here takes
HEADLESS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _chromium(tmp_path: Path, page: Path, *args: str) -> str:
    profile = tmp_path / "profile"
    command = [
        str(CHROMIUM),
        *HEADLESS,
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


class _DevTools:
    """Chromium driven through the DevTools protocol over ``--remote-debugging-pipe``: it reads commands from file
    descriptor 3 and writes replies and events to 4, each a JSON message ended by a NUL byte."""

    def __init__(self, profile: Path) -> None:
        to_browser, self._commands = os.pipe()
        self._replies, from_browser = os.pipe()

        def descriptors() -> None:  # in the child, before exec: the pipes on 3 and 4, where Chromium looks
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        command = [
            str(CHROMIUM),
            *HEADLESS,
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        self._process = subprocess.Popen(
            command,
            pass_fds=(3, 4),
            preexec_fn=descriptors,  # noqa: PLW1509 - only dup2, in a test
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next = 0

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._replies, 1 << 16)
                assert chunk, f"Chromium closed the DevTools pipe during {method}"
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._next:  # events and other replies are skipped
                assert "error" not in reply, (method, reply["error"])
                result: dict[str, Any] = reply["result"]
                return result

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (AssertionError, OSError):
            self._process.kill()
        finally:
            self._process.wait(timeout=60)
            os.close(self._commands)
            os.close(self._replies)


def _layout(tmp_path: Path, page: Path, width: int, height: int = 844) -> dict[str, Any]:
    """``page`` laid out at ``width`` CSS pixels as a phone lays it out (device emulation), measured by
    :data:`PROBE`."""
    browser = _DevTools(tmp_path / "profile")
    try:
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        browser.send(
            "Emulation.setDeviceMetricsOverride", session, width=width, height=height, deviceScaleFactor=1, mobile=True
        )
        browser.send("Page.navigate", session, url=page.as_uri())
        deadline = time.monotonic() + 60
        ready = {"expression": "document.readyState", "returnByValue": True}
        while browser.send("Runtime.evaluate", session, **ready)["result"].get("value") != "complete":
            assert time.monotonic() < deadline, "the page did not load"
            time.sleep(0.05)
        found = browser.send("Runtime.evaluate", session, expression=PROBE, returnByValue=True)
        measured: dict[str, Any] = json.loads(found["result"]["value"])
        return measured
    finally:
        browser.close()


@pytest.mark.parametrize(("width", "stacked"), [(390, True), (1400, False)])
def test_columns_stack_on_a_narrow_screen(tmp_path: Path, width: int, stacked: bool) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(three_sources()), encoding="utf-8")
    layout = _layout(tmp_path, page, width)
    assert layout["inner"] == width  # really laid out at that width (not headless Chromium's 500 px minimum)
    lefts = layout["lefts"]
    assert len(lefts) == 3
    assert (len(set(lefts)) == 1) is stacked, lefts  # one column (stacked) or three side by side
    assert layout["scroll"] <= width  # never wider than the screen


def test_long_paths_wrap_on_a_phone(tmp_path: Path) -> None:
    """A report of files deep in a checkout (long unbroken paths, in the source list and above each article)
    fits a 390 px phone: nothing scrolls sideways."""
    deep = tmp_path / ("newsroom-archive-" * 4).rstrip("-") / "2024-03-17_wire_reuters_earthquake-update-final"
    deep.mkdir(parents=True)
    a, b = pair(deep, HARD_A, HARD_B)
    page = tmp_path / "report.html"
    assert invoke("compare", a, b, "--format", "html", "-o", page, "--fail-on", "none").exit_code == 0
    assert str(a) in page.read_text(encoding="utf-8")
    layout = _layout(tmp_path, page, 390)
    # a page wider than the phone also widens the emulated layout viewport (innerWidth), as on a real phone
    assert (layout["inner"], layout["scroll"] <= 390) == (390, True), layout


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
