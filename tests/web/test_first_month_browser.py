"""A coordinator's and a volunteer's first month, in a real browser (issue 12): Debian's
chromium driven by Playwright against the app served on 127.0.0.1, on a store filled by the
real pipeline and the real report delivery. One test per defect the issue reproduced."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.delivery import queue_due
from socialaudit.core.redact import distinct_excerpts
from socialaudit.core.settings import Settings
from socialaudit.storage import schema as db
from tests.browsing import BROWSER_MARKS, serving, sign_in
from tests.web.conftest import EMAILS
from tests.web.seed import PASSWORD, POLICY_REF, audit_into, end_grace, seed

pytestmark = BROWSER_MARKS


@pytest.fixture
def server(tmp_path, isolated_data_dir):
    """The first week: every finding still inside its volunteer's grace window; the run's
    delivery has archived each volunteer's self-audit report."""
    from socialaudit.app.web import create_app
    seeded = seed(tmp_path, isolated_data_dir, grace_over=False)
    settings = Settings(data_dir=seeded.data_dir)
    with seeded.store.atomic() as s:
        queue_due(s, load_policy(POLICY_REF), settings, None, datetime.now(timezone.utc))
    with serving(create_app(seeded.store, settings)) as base:
        yield base, seeded
    seeded.store.engine.dispose()


def signed_in(browser, base: str, who: str, width: int = 1100, **context):
    page = browser.new_context(viewport={"width": width, "height": 800}, **context).new_page()
    return sign_in(page, base, EMAILS[who], PASSWORD)


def finding_id(seeded, rule: str, subject: str | None = None) -> int:
    with seeded.store.session() as s:
        q = select(db.FindingRow.id).where(db.FindingRow.rule == rule)
        return s.scalar(q.where(db.FindingRow.subject == subject) if subject else q)


def selfaudit_report(seeded, who: str) -> int:
    with seeded.store.session() as s:
        return s.scalar(select(db.ArchivedReport.id).where(db.ArchivedReport.kind == "self-audit",
                                                           db.ArchivedReport.person_id == seeded.ids[who]))


def page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


# 1. Privacy: a volunteer's self-audit is theirs alone, above all inside the grace window.
def test_coordinator_and_admin_cannot_read_a_volunteers_self_audit_in_the_grace_window(browser, server):
    base, seeded = server
    report = selfaudit_report(seeded, "ann")
    ann = signed_in(browser, base, "ann")
    ann.goto(f"{base}/reports/{report}")
    assert "only you can see this" in ann.inner_text("body")
    for who in ("cora", "admin"):
        page = signed_in(browser, base, who)
        page.goto(f"{base}/reports")
        assert "self-audit" not in page.inner_text("main")
        assert page.goto(f"{base}/reports/{report}").status == 404
        assert "only you can see this" not in page.content()


# 3. Day one: the queue says where the findings are and until when; a report link says so too.
def test_first_day_queue_and_finding_links_say_the_findings_are_with_the_volunteers(browser, server):
    base, seeded = server
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/queue")
    text = cora.inner_text("main")
    with seeded.store.session() as s:
        until = s.scalar(select(db.FindingRow.visible_to_coordinator_at).where(
            db.FindingRow.id == seeded.ids["ann_finding"]))
    assert "with your volunteers first" in text and f"{until:%-d %b %Y}" in text
    cora.goto(f"{base}/findings/{seeded.ids['ann_finding']}")
    text = cora.inner_text("main")
    assert "still with the volunteer" in text and f"{until:%-d %b %Y}" in text
    assert "Location attached" not in text and "Harrogate" not in cora.content()


# 6. Each piece of evidence once, on the finding page and on the private self-audit page.
def no_repeats(excerpts: list[str]) -> bool:
    return len(distinct_excerpts(excerpts)) == len(excerpts)


def test_evidence_is_listed_once_on_the_finding_and_self_audit_pages(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/findings/{finding_id(seeded, 'criticism')}")
    shown = cora.locator("section.why ul").first.locator("li").all_inner_texts()
    assert shown and no_repeats(shown), shown
    ann = signed_in(browser, base, "ann")
    ann.goto(f"{base}/me/self-audit")
    ann.set_input_files("input[name=archive]", str(seeded.bundle))
    ann.click("form.card button[type=submit]")
    ann.wait_for_load_state()
    cards = ann.locator("ul.cards li.card")
    assert cards.count() > 0
    for i in range(cards.count()):
        excerpts = cards.nth(i).locator("p.excerpt").all_inner_texts()
        assert no_repeats(excerpts), excerpts


# 7 and 13 (focus): after Confirm, the banner names what was confirmed and holds the focus.
def test_after_confirm_the_banner_names_the_confirmed_finding_and_takes_the_focus(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/findings/{seeded.ids['ann_finding']}")
    label = cora.inner_text("h1").split(" ", 1)[1]
    cora.click("#confirm-form button")
    cora.wait_for_load_state()
    banner = cora.inner_text("p.flash")
    assert "confirmed" in banner and label in banner and "next finding to review" in banner
    assert "To review" in cora.inner_text("p.meta")
    assert cora.evaluate("document.activeElement.classList.contains('flash')")


# 8. A bulk dismiss without a reason: one error, not one per finding.
def test_bulk_dismiss_without_a_reason_says_so_once(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/queue")
    boxes = cora.locator("table.queue input[type=checkbox]")
    ticked = boxes.count()
    assert ticked >= 2
    for i in range(ticked):
        boxes.nth(i).check()
    cora.select_option("select[name=action]", "dismiss")
    cora.click(".bulkbar button[type=submit]")
    cora.wait_for_load_state()
    errors = cora.locator("p.flash.error").all_inner_texts()
    assert len(errors) == 1, errors
    assert f"{ticked} skipped" in cora.inner_text("p.flash.ok")


# 9. The volunteer's pages after the grace window, and notes that stay internal.
def test_volunteer_pages_after_the_window_and_internal_notes(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/findings/{seeded.ids['ann_finding']}")
    assert "the volunteer does not" in cora.inner_text("form.note")
    cora.fill("#note-text", "Internal: check with the family worker first")
    cora.click("form.note button")
    cora.wait_for_load_state()
    ann = signed_in(browser, base, "ann")
    ann.goto(f"{base}/me")
    home = ann.inner_text("main")
    assert "will see this from" not in home and "can see this since" in home
    ann.goto(f"{base}/findings/{seeded.ids['ann_finding']}")
    page = ann.inner_text("main")
    assert "What the volunteer should do" not in page and "What to do" in page
    assert "check with the family worker" not in page


# 12. Layout at the widths people use, and a photo that was not downloaded.
def test_menu_fits_one_line_at_1280_and_the_queue_fits_390_and_640(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    admin = signed_in(browser, base, "admin", width=1280)
    tops = admin.eval_on_selector_all("header.top nav a", "els => els.map(e => e.getBoundingClientRect().top)")
    assert len(set(tops)) == 1, tops
    for width in (390, 640):
        cora = signed_in(browser, base, "cora", width=width)
        cora.goto(f"{base}/queue")
        assert cora.locator("table.queue tbody tr").count() > 0
        assert page_width(cora) <= width, f"the queue widens the page to {page_width(cora)} px at {width} px"


def test_a_photo_that_was_not_downloaded_links_to_the_post(browser, server, tmp_path):
    base, seeded = server
    bundle = tmp_path / "more" / "b.jsonl"
    bundle.parent.mkdir()
    bundle.write_text(json.dumps({
        "kind": "post", "id": "x:301", "account_id": "x:@ann_volunteer", "platform": "x",
        "created_at": "2026-11-04T10:00:00Z", "text": "Family day out, photo of the kids at the park",
        "url": "https://x.com/ann_volunteer/status/301", "geo": {"lat": 53.99, "lon": -1.54},
        "media": [{"type": "photo", "path": "media/not-in-the-export.jpg"}]}) + "\n")
    audit_into(seeded.store, bundle, seeded.data_dir)
    end_grace(seeded.store)
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/findings/{finding_id(seeded, 'geotag', 'x:301')}")
    missing = cora.locator(".thumbs .nomedia")
    assert "not stored" not in missing.inner_text()
    assert missing.locator("a").get_attribute("href") == "https://x.com/ann_volunteer/status/301"


# 13. Accessibility beyond axe: shortcuts, skip link, landmarks, focus style.
def test_a_single_key_does_not_confirm_until_shortcuts_are_turned_on(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/findings/{seeded.ids['ann_finding']}")
    cora.evaluate("document.activeElement && document.activeElement.blur()")
    cora.keyboard.press("c")
    cora.wait_for_timeout(500)
    with seeded.store.session() as s:
        assert s.get(db.FindingRow, seeded.ids["ann_finding"]).state == "open"
    cora.check("#keys-on")
    cora.evaluate("document.activeElement.blur()")
    with cora.expect_navigation():
        cora.keyboard.press("c")
    with seeded.store.session() as s:
        assert s.get(db.FindingRow, seeded.ids["ann_finding"]).state == "confirmed"


def test_skip_link_comes_first_and_moves_to_the_content(browser, server):
    base, _ = server
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/queue")
    cora.keyboard.press("Tab")
    assert cora.evaluate("document.activeElement.textContent").strip() == "Skip to the content"
    cora.keyboard.press("Enter")
    assert cora.evaluate("document.activeElement.id") == "main"


def test_archived_and_emailed_reports_have_a_main_landmark(browser, server):
    base, seeded = server
    end_grace(seeded.store)
    with seeded.store.atomic() as s:  # the run of the 1st: the coordinators' monthly reports
        queue_due(s, load_policy(POLICY_REF), Settings(data_dir=seeded.data_dir), None,
                  datetime(2027, 2, 1, 6, tzinfo=timezone.utc))
    with seeded.store.session() as s:
        monthly = s.scalar(select(db.ArchivedReport.id).where(db.ArchivedReport.kind == "monthly",
                                                              db.ArchivedReport.person_id == seeded.ids["cora"]))
        bodies = [r.body_html for r in s.scalars(select(db.OutboxMessage))]
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/reports/{monthly}")
    assert cora.locator("main").count() == 1
    ann = signed_in(browser, base, "ann")
    ann.goto(f"{base}/reports/{selfaudit_report(seeded, 'ann')}")
    assert ann.locator("main").count() == 1
    assert bodies and all(html.count("<main>") == 1 for html in bodies)


def test_focus_has_the_apps_own_visible_style(browser, server):
    base, _ = server
    cora = signed_in(browser, base, "cora")
    cora.goto(f"{base}/queue")
    cora.keyboard.press("Tab")
    cora.keyboard.press("Tab")
    style = cora.evaluate("(() => { const s = getComputedStyle(document.activeElement); "
                          "return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; })()")
    assert style[0] == "solid" and style[1] >= 3 and style[2] == "rgb(31, 95, 191)", style
