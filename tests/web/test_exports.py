"""Exports on real SQLite and PostgreSQL stores: the queue, a month's findings and the
audit trail as CSV, each in the viewer's scope and masked like the pages; a monthly
report as PDF from its archived copy."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from auditors.registry import load_policy
from reports.render import render_both
from socialaudit.app.delivery import monthly_report
from socialaudit.app.web import create_app
from socialaudit.core.settings import Settings
from socialaudit.storage import reporting
from socialaudit.storage import schema as db
from tests.web.conftest import csrf_of, sign_in
from tests.web.seed import POLICY_REF, seed
from tests.web.test_loop import _hidden_words


@pytest.fixture
def site(tmp_path, database_url):
    seeded = seed(tmp_path, tmp_path / "data", url=database_url)
    settings = Settings(data_dir=seeded.data_dir, base_url="https://check.example.org")
    yield seeded, create_app(seeded.store, settings), settings
    seeded.store.engine.dispose()


def _rows(resp) -> list[dict]:
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert resp.headers["Content-Disposition"].startswith("attachment;")
    return list(csv.DictReader(io.StringIO(resp.text)))


def _subjects(seeded, finding_ids) -> set[str]:
    with seeded.store.session() as s:
        return {s.get(db.FindingRow, int(i)).subject for i in finding_ids}


def test_the_queue_csv_holds_the_viewers_findings_with_names_and_places_hidden(site):
    seeded, app, _ = site
    cora, carl = sign_in(app, "cora"), sign_in(app, "carl")
    cora_rows, carl_rows = _rows(cora.get("/queue.csv")), _rows(carl.get("/queue.csv"))
    assert _subjects(seeded, [r["finding"] for r in cora_rows]) == {"x:101", "x:102", "x:@ann_volunteer"}
    assert _subjects(seeded, [r["finding"] for r in carl_rows]) == {"x:201", "x:202", "x:@ben_volunteer"}
    assert {r["volunteer"] for r in carl_rows} == {"Ben Volunteer"}
    high = _rows(carl.get("/queue.csv?severity=high"))
    assert {r["severity"] for r in high} == {"high"} and len(high) == 2
    everything = carl.get("/queue.csv").text + cora.get("/queue.csv").text
    assert not [w for w in _hidden_words(seeded) if w in everything]
    assert "A** and A**" in everything  # the evidence is there, masked


def test_a_months_findings_csv_holds_that_months_posts(site):
    seeded, app, _ = site
    rows = _rows(sign_in(app, "carl").get("/findings-2026-11.csv"))
    assert _subjects(seeded, [r["finding"] for r in rows]) == {"x:201", "x:202"}
    assert _rows(sign_in(app, "cora").get("/findings-2026-11.csv")) == []


def test_the_trail_csv_masks_what_people_typed_and_defuses_formulas(site):
    seeded, app, _ = site
    carl = sign_in(app, "carl")
    fid = seeded.ids["ben_finding"]
    for note in ("Spoke to Kerry about it near Camden", "=HYPERLINK(\"http://evil.example\",\"x\")"):
        token = csrf_of(carl.get(f"/findings/{fid}").text)
        carl.post(f"/findings/{fid}/action", data={"action": "note", "text": note, "csrf_token": token})
    rows = _rows(carl.get("/trail.csv"))
    notes = [r["note (names and places hidden)"] for r in rows if r["action"] == "note"]
    assert notes[0].startswith("Spoke to K** about it near ") and "Camden" not in notes[0]
    assert notes[1].startswith("'=")
    assert {r["who"] for r in rows if r["action"] == "note"} == {"Carl Coordinator"}
    assert not [r for r in _rows(sign_in(app, "cora").get("/trail.csv")) if r["finding"] == str(fid)]
    with seeded.store.session() as s:
        logged = s.scalars(select(db.AccessLog.target_kind).where(db.AccessLog.action == "export")).all()
    assert "trail" in logged


def test_a_monthly_report_downloads_as_pdf_saying_what_was_sent(site):
    seeded, app, settings = site
    policy = load_policy(POLICY_REF)
    with seeded.store.session() as s:
        org = s.scalar(select(db.Organisation))
        carl = s.get(db.Person, seeded.ids["carl"])
        report = monthly_report(s, org, policy, settings, carl, "2026-11", datetime.now(timezone.utc))
        html, _ = render_both(report, None)
        row = reporting.archive(s, org, "monthly", "2026-11", carl.id, html, "text")
        s.flush()
        report_id = row.id if row is not None else s.scalar(select(db.ArchivedReport.id).where(
            db.ArchivedReport.kind == "monthly"))
    r = sign_in(app, "carl").get(f"/reports/{report_id}.pdf")
    assert r.status_code == 200 and r.mimetype == "application/pdf" and r.data.startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(r.data)).pages)
    assert "November 2026" in text and "For Carl Coordinator" in text and "x:@ben_volunteer" in text
    assert not [w for w in _hidden_words(seeded) if w in text]
    assert sign_in(app, "cora").get(f"/reports/{report_id}.pdf").status_code == 404
