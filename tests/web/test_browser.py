"""Journeys in a real browser (Debian's chromium driven by Playwright) against the app
served on 127.0.0.1 from a store seeded by the real pipeline. Screenshots of the queue,
a finding page and the volunteer view are saved to docs/screenshots/ when
SOCIALAUDIT_SCREENSHOTS=1."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from socialaudit.core.settings import Settings
from socialaudit.storage import schema as db
from tests.browsing import BROWSER_MARKS, serving, sign_in
from tests.web.conftest import EMAILS
from tests.web.seed import PASSWORD, audit_into, end_grace, seed

# Screenshots for the docs are written only when asked (SOCIALAUDIT_SCREENSHOTS=1), so a test
# run never changes tracked files; otherwise they go to a throwaway folder.
SHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots" if os.environ.get("SOCIALAUDIT_SCREENSHOTS")
         else Path(tempfile.gettempdir()) / "socialaudit-screenshots")
pytestmark = BROWSER_MARKS


@pytest.fixture
def server(tmp_path, isolated_data_dir):
    from socialaudit.app.web import create_app
    seeded = seed(tmp_path, isolated_data_dir, grace_over=False)
    with serving(create_app(seeded.store, Settings(data_dir=seeded.data_dir))) as base:
        yield base, seeded
    seeded.store.engine.dispose()


def signed_in(browser, base: str, who: str):
    page = browser.new_page(viewport={"width": 1100, "height": 760})
    return sign_in(page, base, EMAILS[who], PASSWORD)


def assert_inert(page) -> None:
    assert page.evaluate("window.__pwned === undefined"), "a stored HTML payload ran in the page"
    assert page.locator("main script").count() == 0 and page.locator("main img[src=x]").count() == 0


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=False)
    from PIL import Image  # a 64-colour palette keeps the committed PNGs small and sharp
    with Image.open(SHOTS / name) as im:
        im.convert("RGB").quantize(64).save(SHOTS / name, optimize=True)


def test_volunteer_sees_own_findings_in_grace_window_and_coordinator_does_not(browser, server):
    base, seeded = server
    ann = signed_in(browser, base, "ann")
    assert "Location attached to the post" in ann.inner_text("main")
    assert "Your coordinator will see this from" in ann.inner_text("main")
    assert_inert(ann)
    shot(ann, "volunteer-view.png")
    cora = signed_in(browser, base, "cora")
    assert "Nothing to review" in cora.inner_text("main")
    cora.goto(f"{base}/findings/{seeded.ids['ann_finding']}")
    assert "still with the volunteer" in cora.inner_text("main")
    assert "Location attached" not in cora.inner_text("main")


def test_volunteer_cannot_reach_another_volunteers_pages(browser, server):
    base, seeded = server
    ben = signed_in(browser, base, "ben")
    for path in (f"/findings/{seeded.ids['ann_finding']}", f"/posts/{seeded.ids['ann_post']}",
                 f"/media/{seeded.ids['ann_post']}/0", "/queue"):
        response = ben.goto(base + path)
        assert response.status == 404, path
        assert "Ann" not in ben.content()


def test_coordinator_filters_confirms_one_dismisses_another_and_recrawl_keeps_it_dismissed(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    cora = signed_in(browser, base, "cora")
    cora.select_option("select[name=rule]", "geotag")
    cora.click("form.filters button[type=submit]")
    cora.wait_for_load_state()
    assert "rule=geotag" in cora.url
    rows = cora.locator("table.queue tbody tr")
    assert rows.count() == 1
    cora.goto(f"{base}/queue")
    assert_inert(cora)
    shot(cora, "review-queue.png")

    cora.goto(f"{base}/findings/{seeded.ids['ann_finding']}")
    assert_inert(cora)
    assert "Harrogate" not in cora.content()
    shot(cora, "finding-page.png")
    cora.click("#confirm-form button")
    cora.wait_for_load_state()
    assert "a notice to the volunteer was queued" in cora.inner_text("main")

    with seeded.store.session() as s:
        other = s.scalar(select(db.FindingRow).where(db.FindingRow.rule == "criticism")).id
    cora.goto(f"{base}/findings/{other}")
    cora.fill("#dismiss-reason", "Fair feedback about expenses, not aimed at anyone")
    cora.click("#dismiss-form button")
    cora.wait_for_load_state()
    assert "dismissed as a false positive" in cora.inner_text("main")

    counts = audit_into(seeded.store, seeded.bundle, seeded.data_dir)  # the re-crawl
    assert counts["findings_new"] == 0
    cora.goto(f"{base}/queue?state=open")
    assert f"/findings/{other}" not in cora.content()
    cora.goto(f"{base}/findings/{other}")
    assert "Dismissed" in cora.inner_text("main")
    with seeded.store.session() as s:
        assert s.get(db.FindingRow, other).state == "dismissed"
        assert s.get(db.FindingRow, seeded.ids["ann_finding"]).state == "confirmed"


def test_reveal_in_the_browser_shows_the_place_and_payloads_stay_inert(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/findings/{seeded.ids['ann_finding']}")
    cora.click("form.reveal button")
    cora.wait_for_load_state()
    assert "Harrogate" in cora.inner_text("main")
    assert_inert(cora)
    with seeded.store.session() as s:
        bio_finding = s.scalar(select(db.FindingRow).where(db.FindingRow.rule == "disclaimer-missing",
                                                        db.FindingRow.subject == "x:@ann_volunteer")).id
    cora.goto(f"{base}/findings/{bio_finding}")
    assert "<script>window.__pwned=1</script>" in cora.inner_text("main")  # shown as text
    assert_inert(cora)
