"""The reports of a charity's first month agree with the store (issue 12, defect 4): the first
run makes no report of a month nothing was checked in, findings still with the volunteers are
said to be there (not "every finding has been reviewed"), and the tile and the section count
the same findings as waiting for a decision. Real pipeline, SQLite and PostgreSQL."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from reports.items import month_of
from reports.render import render_both
from socialaudit.app.delivery import monthly_report
from socialaudit.core.settings import load_settings
from socialaudit.storage import repo, review
from socialaudit.storage import schema as db
from tests.reports.factory import POLICY, SECRET_POST, enrol_archive, outbox, people, run


def _store_with_findings(store, tmp_path) -> dict[str, int]:
    ids = people(store, {"cora": ["val"]})
    enrol_archive(store, tmp_path / "val", "val_v", ids["val"], n=8, extra_texts=[SECRET_POST])
    return ids


def _report_text(store, ids, now: datetime) -> str:
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        report = monthly_report(s, org, POLICY, load_settings(), s.get(db.Person, ids["cora"]), month_of(now), now)
        return render_both(report, None)[1]


def test_the_first_run_sends_no_report_of_the_month_before_it(store, tmp_path):
    _store_with_findings(store, tmp_path)
    result = run(store)
    assert result.findings_new > 0
    assert [m.kind for m in outbox(store) if m.kind == "coordinator-report"] == []
    with store.session() as s:
        assert s.scalars(select(db.ArchivedReport).where(db.ArchivedReport.kind == "monthly")).all() == []


def test_findings_in_the_grace_window_are_not_reported_as_all_reviewed(store, tmp_path):
    ids = _store_with_findings(store, tmp_path)
    run(store)
    text = _report_text(store, ids, datetime.now(timezone.utc))
    assert "every finding has been reviewed" not in text and "Nothing is waiting.\n" not in text
    assert "with the volunteers first" in text


def test_the_tile_and_the_backlog_count_the_same_findings_waiting(store, tmp_path):
    ids = _store_with_findings(store, tmp_path)
    run(store)
    later = datetime.now(timezone.utc) + timedelta(days=30)
    with store.session() as s:
        findings = list(s.scalars(select(db.FindingRow).order_by(db.FindingRow.id)))
        assert len(findings) >= 2
        for f in findings:
            f.visible_to_coordinator_at = repo.now() - timedelta(days=1)
        review.confirm(s, findings[0], s.get(db.Person, ids["cora"]))
    text = _report_text(store, ids, later)
    tile = int(re.search(r"Waiting for a decision:\s+(\d+)", text).group(1))
    section = int(re.search(r"(\d+) findings? to review", text).group(1))
    assert tile == section == len(findings) - 1
