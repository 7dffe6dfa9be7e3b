"""Headless Chromium (Debian's package) driven by Playwright against the live server.

Every page a test visits goes through `Visitor.check()`: labels on every visible form
control, nothing focusable hidden from the keyboard, no console or page errors, and a
full-page screenshot in $DEALDESK_ARTIFACTS (default var/test-artifacts).
"""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connections
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    ViewportSize,
    sync_playwright,
)

CHROMIUM = "/usr/bin/chromium"
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
PASSWORD = "pw-for-tests"
NARROW: ViewportSize = {"width": 375, "height": 800}
WIDE: ViewportSize = {"width": 1280, "height": 900}

# Visible inputs, selects and textareas without a label (label[for] / wrapping label via
# `labels`, aria-label, aria-labelledby, or a radio/checkbox inside a fieldset with a
# legend); focusable elements taken out of the tab order; unnamed buttons and links.
A11Y_JS = """
() => {
  const shown = (el) => {
    if (!el.getClientRects().length) return false;
    const s = getComputedStyle(el);
    return s.visibility !== "hidden" && s.display !== "none";
  };
  const describe = (el) => el.outerHTML.slice(0, 160);
  const text = (el) => (el ? (el.textContent || "").trim() : "");
  const unlabelled = [], untabbable = [], unnamed = [];
  for (const el of document.querySelectorAll("input, select, textarea")) {
    const type = (el.getAttribute("type") || "").toLowerCase();
    if (type === "hidden" || !shown(el)) continue;
    let ok = Array.from(el.labels || []).some((l) => text(l));
    ok = ok || !!(el.getAttribute("aria-label") || "").trim();
    const by = el.getAttribute("aria-labelledby");
    ok = ok || !!(by && by.split(/\\s+/).some((id) => text(document.getElementById(id))));
    if (!ok && (type === "radio" || type === "checkbox")) {
      const fs = el.closest("fieldset");
      ok = !!(fs && text(fs.querySelector("legend")));
    }
    if (!ok) unlabelled.push(describe(el));
  }
  // aria-describedby / aria-labelledby must point at something on the page, or the
  // help text and the error never reach a screen reader.
  const dangling = [];
  for (const el of document.querySelectorAll("[aria-describedby], [aria-labelledby]")) {
    for (const attr of ["aria-describedby", "aria-labelledby"]) {
      for (const id of (el.getAttribute(attr) || "").split(/\\s+/).filter(Boolean)) {
        if (!document.getElementById(id)) dangling.push(`${attr}=${id} on ${describe(el)}`);
      }
    }
  }
  const focusable = "a[href], button, input:not([type=hidden]), select, textarea, summary";
  for (const el of document.querySelectorAll(focusable)) {
    if (!shown(el) || el.disabled) continue;
    if (el.tabIndex < 0) untabbable.push(describe(el));
    if (el.matches("a[href], button, summary")) {
      const name = text(el) || el.getAttribute("aria-label") || el.getAttribute("title");
      if (!name) unnamed.push(describe(el));
    }
  }
  return {
    unlabelled, untabbable, unnamed, dangling,
    scrollWidth: document.documentElement.scrollWidth,
    lang: document.documentElement.lang,
    title: document.title,
  };
}
"""

# Puts the keyboard's starting point back at the top of the page.
FROM_THE_TOP_JS = """
() => {
  const body = document.body;
  body.setAttribute("tabindex", "-1");
  body.focus();
  body.removeAttribute("tabindex");
  window.scrollTo(0, 0);
}
"""

FOCUSED_JS = """
(selector) => {
  const el = document.activeElement;
  return !!(el && el !== document.body && el.matches(selector));
}
"""


def artifacts_dir() -> Path:
    path = Path(os.environ.get("DEALDESK_ARTIFACTS") or "var/test-artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


class Visitor:
    """One person in one browser context, with what the page told the console."""

    def __init__(self, page: Page, base_url: str, name: str, shots: Callable[[str], Path]):
        self.page = page
        self.base_url = base_url
        self.name = name
        self._shot_path = shots
        self.errors: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

    def _console(self, msg: ConsoleMessage) -> None:
        if msg.type == "error":
            self.errors.append(f"console.error on {self.page.url}: {msg.text}")

    def url(self, path: str) -> str:
        return self.base_url + path

    def path(self) -> str:
        return self.page.url.removeprefix(self.base_url)

    def goto(self, path: str, status: int = 200) -> None:
        response = self.page.goto(self.url(path))
        assert response is not None and response.status == status, (path, response)

    def login(self, username: str, password: str = PASSWORD, keyboard: bool = False) -> None:
        """Log in through the real /login/ page (with the keyboard only if asked)."""
        self.goto("/login/")
        self.check("login")
        if keyboard:
            self.tab_to("#id_username")
            self.page.keyboard.type(username)
            self.tab_to("#id_password")
            self.page.keyboard.type(password)
            self.tab_to("form button[type=submit]")
            with self.page.expect_navigation():
                self.page.keyboard.press("Enter")
        else:
            self.page.get_by_label("Username").fill(username)
            self.page.get_by_label("Password").fill(password)
            with self.page.expect_navigation():
                self.page.get_by_role("button", name="Log in").click()
        assert not self.path().startswith("/login/"), f"{username} could not log in"

    def from_the_top(self) -> None:
        """Put the keyboard's starting point back at the top of the page."""
        self.page.evaluate(FROM_THE_TOP_JS)

    def tab_to(self, selector: str, max_tabs: int = 120) -> None:
        """Press Tab until `selector` has focus; fails if the keyboard never gets there."""
        for _ in range(max_tabs):
            self.page.keyboard.press("Tab")
            if self.page.evaluate(FOCUSED_JS, selector):
                return
        raise AssertionError(f"{selector} never got keyboard focus on {self.path()}")

    def check(self, step: str, narrow: bool = False, keys: tuple[str, ...] = ()) -> Path:
        """Accessibility basics on the current page, then a full-page screenshot.

        `keys`: selectors of the page's key actions, each reached with Tab from the top.
        `narrow`: look at the page 375 px wide and require that nothing scrolls sideways.
        """
        page = self.page
        if narrow:
            page.set_viewport_size(NARROW)
        try:
            report: dict[str, Any] = page.evaluate(A11Y_JS)
            where = f"{self.name} on {self.path()}"
            assert report["lang"], f"no lang attribute ({where})"
            assert report["title"].strip(), f"no title ({where})"
            assert not report["unlabelled"], f"controls without a label ({where})"
            assert not report["untabbable"], f"focusable but out of the tab order ({where})"
            assert not report["unnamed"], f"links or buttons without a name ({where})"
            assert not report["dangling"], f"ARIA references to missing ids ({where})"
            if narrow:
                assert report["scrollWidth"] <= NARROW["width"] + 1, (
                    f"{where} is {report['scrollWidth']} px wide at 375 px: " + self._overflowing()
                )
            for selector in keys:
                self.from_the_top()
                self.tab_to(selector)
            path = self._shot_path(f"{self.name}-{step}")
            page.screenshot(path=str(path), full_page=True)
        finally:
            if narrow:
                page.set_viewport_size(WIDE)
        self.assert_no_errors()
        return path

    def _overflowing(self) -> str:
        return str(
            self.page.evaluate(
                """() => Array.from(document.querySelectorAll("body *"))
                    .filter((el) => el.getBoundingClientRect().right > 376)
                    .slice(0, 5).map((el) => el.outerHTML.slice(0, 120))"""
            )
        )

    def forgive_refused_document(self, status: int) -> None:
        """Drop Chromium's one network line about a page that answered `status` on
        purpose (a refused form re-shown with 400). JavaScript errors are never dropped."""
        line = (
            f"console.error on {self.page.url}: Failed to load resource: "
            f"the server responded with a status of {status}"
        )
        matching = [e for e in self.errors if e.startswith(line)]
        assert len(matching) == 1, (line, self.errors)
        self.errors.remove(matching[0])

    def assert_no_errors(self) -> None:
        errors, self.errors = self.errors, []  # report each error once
        assert not errors, errors


@pytest.fixture(scope="module")
def chromium(django_db_setup: None) -> Iterator[Browser]:
    """One headless Chromium for a module of browser tests.

    Playwright's sync API keeps an asyncio loop running in this thread while it is
    open. Django then refuses ORM calls unless DJANGO_ALLOW_ASYNC_UNSAFE is set, and
    its connection handler (an asgiref Local) hands out context-local connections
    that lack the serialized copy `serialized_rollback` restores from. So, only for
    as long as the browser is open: allow the calls and give the new connections that
    copy. Module scope: the tests after this module run without the loop or the flag.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (bin/test does)")
    serialized = {
        conn.alias: getattr(conn, "_test_serialized_contents", None) for conn in connections.all()
    }
    before = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as pw:
            for alias, contents in serialized.items():
                if contents is not None:
                    connections[alias]._test_serialized_contents = contents  # type: ignore[attr-defined]
            browser = pw.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            try:
                yield browser
            finally:
                browser.close()
                connections.close_all()
    finally:
        if before is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = before


@pytest.fixture
def visit(chromium: Browser, live_server, request: pytest.FixtureRequest) -> Iterator[Any]:
    """`visit("sales")` opens a fresh browser context (its own cookies) for one person."""
    base_url = live_server.url
    test = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")
    counter = iter(range(1, 1000))
    out = artifacts_dir()
    for stale in out.glob(f"{test}-*.png"):
        stale.unlink()
    visitors: list[Visitor] = []
    contexts = []

    def shots(step: str) -> Path:
        return out / f"{test}-{next(counter):02d}-{step}.png"

    def open_visitor(name: str) -> Visitor:
        context = chromium.new_context(viewport=WIDE, base_url=base_url, locale="en-US")
        context.set_default_timeout(10_000)
        contexts.append(context)
        visitor = Visitor(context.new_page(), base_url, name, shots)
        visitors.append(visitor)
        return visitor

    yield open_visitor
    for context in contexts:
        context.close()
    for visitor in visitors:
        visitor.assert_no_errors()
