"""Issue 9: twenty script payloads in every stored field (bio, About text, display name,
website, post text, URL, alt text, place name, reply target, a person's name, notes,
dismissal reasons, report excerpts), every page that shows them opened in Debian's
Chromium by a coordinator, an admin and the volunteer: no payload runs, no dialog opens."""
from __future__ import annotations

import pytest

from socialaudit.core.settings import Settings
from tests.browsing import BROWSER_MARKS, serving, sign_in
from tests.security.xss import PAYLOADS, pages, stored_everywhere
from tests.web.seed import PASSWORD, seed

pytestmark = BROWSER_MARKS


@pytest.fixture
def xss_server(tmp_path, isolated_data_dir):
    from socialaudit.app.web import create_app
    seeded = seed(tmp_path, isolated_data_dir)
    stored_everywhere(seeded)
    with serving(create_app(seeded.store, Settings(data_dir=seeded.data_dir))) as base:
        yield base, seeded
    seeded.store.engine.dispose()


def visit_all(browser, base: str, email: str, paths: list[str]) -> tuple[int, list[str]]:
    context = browser.new_context()
    page = context.new_page()
    fired: list[str] = []
    page.on("dialog", lambda d: (fired.append(f"dialog {d.message}"), d.dismiss()))
    sign_in(page, base, email, PASSWORD)
    loads = 0
    for path in paths:
        page.goto(base + path)
        loads += 1
        if path == "/me/check":
            page.fill("textarea[name=text]", " ".join(PAYLOADS))
            page.click("form button[type=submit]")
            loads += 1
        if page.locator("form.reveal button").count():
            page.click("form.reveal button")
            loads += 1
        page.wait_for_timeout(20)
        if page.evaluate("window.__xss !== undefined"):
            fired.append(f"{path}: payload {page.evaluate('window.__xss')} ran")
    context.close()
    return loads, fired


def test_no_stored_payload_runs_on_any_page_for_any_role(browser, xss_server):
    base, seeded = xss_server
    total = 0
    for email, role in (("cora@example.org", "coordinator"), ("ada@example.org", "admin"),
                        ("ann@example.org", "volunteer")):
        loads, fired = visit_all(browser, base, email, pages(seeded.store, role, limit=10))
        total += loads
        assert fired == [], fired
    assert total > 60


def test_payloads_are_shown_as_text_not_dropped(browser, xss_server):
    base, seeded = xss_server
    from sqlalchemy import select

    from socialaudit.storage import schema as db
    with seeded.store.session() as s:
        post_id = s.scalar(select(db.PostRow.id).where(db.PostRow.external_id == "x:55002"))
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/sign-in")
    page.fill("input[name=email]", "ada@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.goto(f"{base}/posts/{post_id}")
    assert "<svg onload=window.__xss=3>" in page.inner_text("main")
    context.close()
