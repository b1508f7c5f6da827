"""axe-core on every page of the review app, for every role, in Debian's chromium: no serious
or critical violation. axe-core is vendored (tests/vendor/axe-core, MPL-2.0, with its licence)
so nothing is downloaded when the tests run."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.delivery import queue_due
from socialaudit.core.settings import Settings
from socialaudit.storage import schema as db
from tests.browsing import BROWSER_MARKS, browser_or_skip, serving, sign_in
from tests.web.conftest import EMAILS
from tests.web.seed import PASSWORD, POLICY_REF, seed

AXE = Path(__file__).resolve().parents[1] / "vendor" / "axe-core" / "axe.min.js"
pytestmark = BROWSER_MARKS
BLOCKING = ("serious", "critical")
PAGES = {
    "admin": ["/queue", "/queue?state=open&rule=geotag", "/findings/{ann_finding}", "/posts/{ann_post}", "/people",
              "/stats", "/suppressions", "/access-log", "/reports", "/reports/{monthly}", "/me/check",
              "/findings/999999"],
    "cora": ["/queue", "/findings/{ann_finding}", "/reports", "/reports/{monthly}"],
    "ann": ["/me", "/findings/{ann_finding}", "/posts/{ann_post}", "/me/check", "/me/self-audit", "/reports",
            "/reports/{selfaudit}"],
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from socialaudit.app.web import create_app
    tmp = tmp_path_factory.mktemp("axe")
    seeded = seed(tmp, tmp / "data")
    settings = Settings(data_dir=seeded.data_dir)
    with seeded.store.atomic() as s:
        queue_due(s, load_policy(POLICY_REF), settings, None, datetime(2027, 2, 1, 6, tzinfo=timezone.utc))
    with seeded.store.session() as s:
        for kind, who in (("monthly", "cora"), ("self-audit", "ann")):
            seeded.ids[kind.replace("-", "")] = s.scalar(select(db.ArchivedReport.id).where(
                db.ArchivedReport.kind == kind, db.ArchivedReport.person_id == seeded.ids[who]))
    with serving(create_app(seeded.store, settings)) as base:
        yield base, seeded
    seeded.store.engine.dispose()


@pytest.fixture(scope="module")
def browser():
    with browser_or_skip() as b:
        yield b


def blocking_violations(page) -> list[str]:
    """Run axe-core on the page as it is now; the serious and critical violations, described."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .map(v => ({id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))""")
    return [f"{v['id']} ({v['impact']}) at {v['where']}" for v in found if v["impact"] in BLOCKING]


def signed_in(browser, base: str, who: str | None, width: int):
    # bypass_csp only lets the test inject axe-core; the app's own pages are unchanged
    page = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True).new_page()
    return sign_in(page, base, EMAILS[who], PASSWORD) if who is not None else page


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("who", ["admin", "cora", "ann"])
def test_every_page_has_no_serious_or_critical_axe_violation(browser, server, who, width):
    base, seeded = server
    page = signed_in(browser, base, who, width)
    problems = {}
    for path in PAGES[who]:
        page.goto(base + path.format(**seeded.ids))
        problems[path] = blocking_violations(page)
    assert not any(problems.values()), {k: v for k, v in problems.items() if v}


def test_sign_in_and_result_pages_have_no_serious_or_critical_axe_violation(browser, server):
    base, seeded = server
    page = signed_in(browser, base, None, 1280)
    page.goto(f"{base}/sign-in")
    results = {"/sign-in": blocking_violations(page)}
    page = signed_in(browser, base, "ann", 1280)
    page.goto(f"{base}/me/check")
    page.fill("textarea[name=text]", "Lovely visit today, home for a brew #volunteering")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    results["/me/check (answer)"] = blocking_violations(page)
    page.goto(f"{base}/me/self-audit")
    page.set_input_files("input[name=archive]", str(seeded.bundle))
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    results["/me/self-audit (results)"] = blocking_violations(page)
    assert not any(results.values()), {k: v for k, v in results.items() if v}
