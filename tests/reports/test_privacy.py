"""A report never shows a family's name or an exact place in clear: not in the HTML,
the text, the email as received, nor the archived copy."""
from __future__ import annotations

from sqlalchemy import select

from reports.items import month_of, shift_month
from reports.render import render
from reports.selfaudit import build_selfaudit
from socialaudit.app.delivery import monthly_report
from socialaudit.core.settings import Settings
from socialaudit.storage import repo, reporting
from socialaudit.storage import schema as db
from tests.reports.factory import POLICY, SECRET_POST, SECRETS, after_grace, enrol_archive, people, run


def _seed(store, tmp_path):
    ids = people(store, {"cora": ["val"]})
    enrol_archive(store, tmp_path / "val", "val_v", ids["val"], n=3, extra_texts=[SECRET_POST])
    run(store)
    return ids


def _assert_masked(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} shown in clear"


def test_the_auditors_flagged_the_seeded_post(store, tmp_path, smtp_server):
    _seed(store, tmp_path)
    with store.session() as s:
        rules = set(s.scalars(select(db.FindingRow.rule)).all())
    assert {"name-leak", "location-disclosure"} <= rules


def test_sent_emails_never_show_names_or_places_in_clear(store, tmp_path, smtp_server):
    _seed(store, tmp_path)
    run(store, now=after_grace(store))
    assert len(smtp_server.messages) >= 2  # the volunteer's self-audit and the coordinator's report
    for _, msg in smtp_server.messages:
        _assert_masked(msg.as_string())
        for kind in ("plain", "html"):
            _assert_masked(msg.get_body((kind,)).get_content())
    report = [m for _, m in smtp_server.messages if m["X-Socialaudit-Kind"] == "coordinator-report"][-1]
    assert "A**" in report.get_body(("plain",)).get_content()  # the excerpt is there, masked


def test_archived_and_rerendered_reports_never_show_names_or_places(store, tmp_path, smtp_server):
    ids = _seed(store, tmp_path)
    day = after_grace(store)
    run(store, now=day)
    with store.session() as s:
        for row in s.scalars(select(db.ArchivedReport)):
            _assert_masked(row.html + row.text)
        org = repo.ensure_organisation(s, POLICY)
        monthly = monthly_report(s, org, POLICY, Settings(base_url="http://x"), s.get(db.Person, ids["cora"]),
                                 shift_month(month_of(day), -1), day)
        person = s.get(db.Person, ids["val"])
        findings = list(s.scalars(select(db.FindingRow)))
        own = build_selfaudit(reporting.selfaudit_facts(s, org, person, findings, day), POLICY, "http://x")
    for report in (monthly, own):
        for fmt in ("html", "text"):
            _assert_masked(render(report, fmt))
