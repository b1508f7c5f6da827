"""The admin, the volunteer and the coordinator in a real browser (Debian's chromium,
Playwright) against the app served on 127.0.0.1: an invitation sent, opened from the
mail and accepted with consent; a volunteer's reply on a finding; the coordinator reading
it, assigning the finding and filtering "mine"; the CSV and PDF downloads; the admin's
accounts, runs and settings pages. Every new page is checked at 390 px for horizontal
overflow. Screenshots (desktop and 390 px) go to docs/screenshots/ when
SOCIALAUDIT_SCREENSHOTS=1, else to a throwaway folder."""
from __future__ import annotations

import email
import os
import re
import tempfile
from datetime import datetime, timezone
from email import policy as email_policy
from pathlib import Path

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from reports.render import render_both
from socialaudit.app.delivery import monthly_report
from socialaudit.core.settings import Settings
from socialaudit.storage import reporting
from socialaudit.storage import schema as db
from tests import browsing
from tests.browsing import BROWSER_MARKS, serving
from tests.web.conftest import EMAILS
from tests.web.seed import PASSWORD, POLICY_REF, seed

SHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots" if os.environ.get("SOCIALAUDIT_SCREENSHOTS")
         else Path(tempfile.gettempdir()) / "socialaudit-screenshots")
pytestmark = BROWSER_MARKS
VERA_PASSWORD = "vera's long password"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}


@pytest.fixture
def server(tmp_path, isolated_data_dir):
    from socialaudit.app.web import create_app
    seeded = seed(tmp_path, isolated_data_dir)
    settings = Settings(data_dir=seeded.data_dir, base_url="https://check.example.org")
    _archive_monthly(seeded, settings)
    with serving(create_app(seeded.store, settings)) as base:
        yield base, seeded
    seeded.store.engine.dispose()


def _archive_monthly(seeded, settings) -> None:
    with seeded.store.session() as s:
        org, carl = s.scalar(select(db.Organisation)), s.get(db.Person, seeded.ids["carl"])
        report = monthly_report(s, org, load_policy(POLICY_REF), settings, carl, "2026-11", datetime.now(timezone.utc))
        reporting.archive(s, org, "monthly", "2026-11", carl.id, *render_both(report, None))


def sign_in(browser, base: str, email_: str, password: str = PASSWORD):
    page = browser.new_context(viewport=DESKTOP, accept_downloads=True).new_page()
    return browsing.sign_in(page, base, email_, password)


def shots(page, name: str, *, fits_phone: bool = True) -> None:
    """A desktop and a 390 px screenshot; at 390 px a new page must not scroll sideways."""
    from PIL import Image
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, suffix in ((DESKTOP, ""), (PHONE, "-390")):
        page.set_viewport_size(size)
        if size is PHONE and fits_phone:
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{name} is {overflow}px wider than a 390px screen"
        path = SHOTS / f"{name}{suffix}.png"
        page.screenshot(path=str(path), full_page=True)
        with Image.open(path) as im:  # a 64-colour palette keeps the committed PNGs small
            im.convert("RGB").quantize(64).save(path, optimize=True)
    page.set_viewport_size(DESKTOP)


def _invitation_path(seeded) -> str:
    newest = sorted((seeded.data_dir / "outbox").glob("*.eml"))[-1]
    msg = email.message_from_bytes(newest.read_bytes(), policy=email_policy.default)
    return re.search(r"https://check\.example\.org(/invite/\S+)", msg.get_body(("plain",)).get_content()).group(1)


def test_an_admin_invites_a_volunteer_who_consents_and_signs_in(browser, server):
    base, seeded = server
    admin = sign_in(browser, base, EMAILS["admin"])
    admin.click("text=Admin")
    admin.fill("input[name=name]", "Vera Volunteer")
    admin.fill("input[name=email]", "vera@example.org")
    admin.select_option("select[name=coordinator]", label="Cora Coordinator")
    admin.fill("textarea[name=accounts]", "x:@vera_v\ninstagram:@vera.makes")
    admin.click("text=Send the invitation")
    assert "Invitation for vera@example.org sent." in admin.inner_text("main")
    assert "Invited, link valid until" in admin.inner_text("main")
    shots(admin, "admin-people")

    vera = browser.new_context(viewport=DESKTOP).new_page()
    vera.goto(base + _invitation_path(seeded))
    assert "What is checked" in vera.inner_text("main") and "x:@vera_v" in vera.inner_text("main")
    shots(vera, "invite-accept")
    vera.uncheck("input[value='instagram:@vera.makes']")
    vera.check("input[name=consent]")
    vera.fill("input[name=password]", VERA_PASSWORD)
    vera.fill("input[name=password_again]", VERA_PASSWORD)
    vera.click("text=I agree: start the check")
    assert "Your answer is recorded" in vera.inner_text("main")
    page = sign_in(browser, base, "vera@example.org", VERA_PASSWORD)
    assert "x:@vera_v" in page.inner_text("main") or "vera_v" in page.inner_text("main")
    assert "vera.makes" not in page.inner_text("main")
    admin.reload()
    assert "Can sign in" in admin.inner_text("main")


def test_a_volunteer_replies_and_the_coordinator_reads_assigns_and_exports(browser, server):
    base, seeded = server
    fid = seeded.ids["ann_finding"]
    ann = sign_in(browser, base, EMAILS["ann"])
    ann.goto(f"{base}/findings/{fid}")
    ann.fill("#reply-text", "I have taken the location off the post")
    ann.click("button[value=reply]")
    assert "Your reply was sent" in ann.inner_text("main")
    shots(ann, "finding-loop-volunteer")

    cora = sign_in(browser, base, EMAILS["cora"])
    cora.goto(f"{base}/findings/{fid}")
    assert "I have taken the location off the post" in cora.inner_text("main")
    assert "The volunteer replied" in cora.inner_text("main")
    cora.select_option("select[name=assignee]", label="Cora Coordinator (me)")
    cora.click("form.assign button")
    assert "Assigned to Cora Coordinator." in cora.inner_text("main")
    shots(cora, "finding-loop")
    cora.goto(f"{base}/queue")
    cora.select_option("select[name=assigned]", "me")
    cora.click("form.filters button")
    assert cora.locator("table.queue tbody tr").count() == 1
    shots(cora, "queue-mine", fits_phone=False)  # the queue table's width at 390 px is issue 12's defect 12
    with cora.expect_download() as dl:
        cora.click("text=this queue")
    body = Path(dl.value.path()).read_text(encoding="utf-8")
    assert body.startswith("finding,found,") and body.count("\n") == 2
    with cora.expect_download() as dl:
        cora.click("text=the audit trail")
    assert "I have taken the location off the post" in Path(dl.value.path()).read_text(encoding="utf-8")


def test_the_admin_manages_accounts_sees_runs_and_sets_reminders(browser, server):
    base, seeded = server
    admin = sign_in(browser, base, EMAILS["admin"])
    admin.goto(f"{base}/admin/accounts")
    admin.locator("#account-1 button", has_text="Pause reading").click()
    assert "is now paused" in admin.inner_text("main")
    shots(admin, "admin-accounts")
    admin.goto(f"{base}/admin/runs")
    assert "Latest runs" in admin.inner_text("main")
    shots(admin, "admin-runs")
    admin.goto(f"{base}/admin/settings")
    admin.fill("input[name=remind_after_days]", "5")
    admin.fill("input[name=escalate_after_days]", "10")
    admin.check("input[name=weekly_digest]")
    admin.click("text=Save")
    assert "Settings saved." in admin.inner_text("main")
    assert admin.input_value("input[name=remind_after_days]") == "5"
    shots(admin, "settings")


def test_a_coordinator_downloads_a_monthly_report_as_pdf(browser, server):
    base, _ = server
    carl = sign_in(browser, base, EMAILS["carl"])
    carl.goto(f"{base}/reports")
    with carl.expect_download() as dl:
        carl.click("text=PDF")
    assert Path(dl.value.path()).read_bytes().startswith(b"%PDF")
    assert dl.value.suggested_filename == "report-2026-11-monthly.pdf"
