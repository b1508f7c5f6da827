"""What every browser test shares: Debian's Chromium with the flags this machine needs,
the marks that skip without it, and the web app served on 127.0.0.1 for the test's length."""
from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
BROWSER_MARKS = [pytest.mark.browser, pytest.mark.slow,
                 pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                    "(apt-get install -y chromium)")]


@contextmanager
def launched() -> Iterator[object]:
    """A headless Chromium (Playwright), closed afterwards."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def sign_in(page, base: str, email: str, password: str):
    """Sign in through the form, as a person would; the page once the next one has loaded."""
    page.goto(f"{base}/sign-in")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    return page


@contextmanager
def serving(app) -> Iterator[str]:
    """Serve a WSGI app on a free 127.0.0.1 port in a thread; yields its base URL."""
    from werkzeug.serving import make_server
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}"
    finally:
        srv.shutdown()
        thread.join(5)


@contextmanager
def browser_or_skip() -> Iterator[object]:
    """`launched()` for a pytest fixture: skips with the reason when Playwright is missing."""
    pytest.importorskip("playwright.sync_api", reason="browser tests need Playwright (the 'test' extra)")
    with launched() as browser:
        yield browser
