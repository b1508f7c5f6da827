"""`audit --write-baseline FILE` and `audit --baseline FILE`: only findings not in the
baseline are shown, keyed by their fingerprint (no names), stable across edits."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from socialaudit.app.cli import main
from socialaudit.storage import schema as db
from tests.cli.world import SECRETS, records

EXTRA = {"kind": "post", "id": "x:401", "account_id": "x:@val_volunteer", "platform": "x",
         "created_at": "2026-11-20T10:00:00Z", "text": "Dropped the kids at the FCS family's new house, "
         "12 Elm Road, lovely to see them settled", "media": []}


def _bundle(path, recs) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def audit(*args: str):
    return CliRunner().invoke(main, ["audit", "--policy", "twins-trust-fcs", *args], catch_exceptions=False)


def fingerprints(bundle: str) -> set[str]:
    out = audit("--input", bundle, "--format", "jsonl").stdout.splitlines()
    return {json.loads(line)["fingerprint"] for line in out if '"fingerprint"' in line}


@pytest.fixture
def bundles(tmp_path):
    return _bundle(tmp_path / "a.jsonl", records()), _bundle(tmp_path / "b.jsonl", [*records(), EXTRA])


def test_a_baseline_of_todays_audit_hides_all_of_it(bundles, tmp_path):
    a, _ = bundles
    base = tmp_path / "baseline.json"
    first = audit("--input", a, "--write-baseline", str(base), "--format", "json")
    n = len(json.loads(first.stdout)["findings"])
    assert first.exit_code == 0 and n > 0 and f"wrote {n} findings to the baseline" in first.stderr
    again = audit("--input", a, "--baseline", str(base), "--format", "json")
    assert again.exit_code == 0 and json.loads(again.stdout)["findings"] == []
    assert f"0 new findings; {n} already in {base} not shown" in again.stderr


def test_only_findings_not_in_the_baseline_are_shown(bundles, tmp_path):
    a, b = bundles
    base = tmp_path / "baseline.json"
    audit("--input", a, "--write-baseline", str(base), "--format", "json")
    shown = audit("--input", b, "--baseline", str(base), "--format", "jsonl").stdout.splitlines()
    new = {json.loads(line)["fingerprint"] for line in shown if '"fingerprint"' in line}
    assert new == fingerprints(b) - fingerprints(a) and new
    table = audit("--input", b, "--baseline", str(base)).stdout
    assert f"{len(new)} findings" in table


def test_the_baseline_holds_fingerprints_and_rule_ids_only(bundles, tmp_path):
    _, b = bundles
    base = tmp_path / "baseline.json"
    audit("--input", b, "--write-baseline", str(base), "--format", "json")
    text = base.read_text()
    doc = json.loads(text)
    assert set(doc) == {"format", "version", "policy", "generated_at", "findings"}
    assert all(set(e) == {"fingerprint", "rule"} for e in doc["findings"])
    assert {e["fingerprint"] for e in doc["findings"]} == fingerprints(b)
    assert [e["fingerprint"] for e in doc["findings"]] == sorted(e["fingerprint"] for e in doc["findings"])
    assert not any(s in text for s in (*SECRETS, "12 Elm", "@val_volunteer", "x:401"))


def test_an_edit_that_moves_the_text_keeps_the_finding_in_the_baseline(bundles, tmp_path):
    a, _ = bundles
    base = tmp_path / "baseline.json"
    # rules only: the edit adds words, and a learned head may read new words as new evidence
    audit("--input", a, "--write-baseline", str(base), "--format", "json", "--no-learned")
    edited = [dict(r, text="Update! " + r["text"]) if r["id"] == "x:201" else r for r in records()]
    shown = audit("--input", _bundle(tmp_path / "edited.jsonl", edited), "--baseline", str(base), "--format", "json",
                  "--no-learned")
    assert json.loads(shown.stdout)["findings"] == []


def test_fail_on_counts_only_new_findings(bundles, tmp_path):
    a, b = bundles
    base = tmp_path / "baseline.json"
    audit("--input", a, "--write-baseline", str(base), "--format", "json")
    assert audit("--input", a, "--fail-on", "low").exit_code == 1
    assert audit("--input", a, "--baseline", str(base), "--fail-on", "low").exit_code == 0
    assert audit("--input", b, "--baseline", str(base), "--fail-on", "low").exit_code == 1


def test_baseline_entries_no_longer_found_are_counted(bundles, tmp_path):
    a, b = bundles
    base = tmp_path / "baseline.json"
    audit("--input", b, "--write-baseline", str(base), "--format", "json")
    gone = len(fingerprints(b) - fingerprints(a))
    assert f"{gone} baseline entries no longer found" in audit("--input", a, "--baseline", str(base)).stderr


def test_store_keeps_every_finding_whatever_the_baseline_hides(bundles, tmp_path, database_url, monkeypatch):
    monkeypatch.setenv("SOCIALAUDIT_DATABASE_URL", database_url)
    a, b = bundles
    base = tmp_path / "baseline.json"
    audit("--input", a, "--write-baseline", str(base), "--format", "json")
    assert audit("--input", b, "--baseline", str(base), "--store", "--format", "json").exit_code == 0
    from socialaudit.storage.db import open_store
    store = open_store(url=database_url)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(db.FindingRow)) == len(fingerprints(b))
    store.engine.dispose()


@pytest.mark.parametrize("content, says", [
    ("not json", "the baseline is not JSON"),
    ('{"format": "detect-secrets"}', "not a socialaudit baseline"),
    ('{"format": "socialaudit-baseline", "version": 9, "findings": []}', "baseline version 9"),
    ('{"format": "socialaudit-baseline", "version": 1, "findings": {}}', "must be a list"),
    ('{"format": "socialaudit-baseline", "version": 1, "findings": [{"fingerprint": "Amelia"}]}', "entry 1"),
])
def test_a_bad_baseline_is_one_line_naming_the_file(bundles, tmp_path, content, says):
    base = tmp_path / "bad.json"
    base.write_text(content)
    result = audit("--input", bundles[0], "--baseline", str(base))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and str(base) in result.stderr and says in result.stderr
    assert "Amelia" not in result.stderr


def test_write_baseline_into_a_missing_folder_is_refused_before_auditing(bundles, tmp_path):
    result = audit("--input", bundles[0], "--write-baseline", str(tmp_path / "no" / "b.json"))
    assert result.exit_code == 2 and result.stdout == "" and "cannot write the baseline" in result.stderr


@pytest.mark.parametrize("args, names", [
    (["--input", "x.jsonl", "--format", "yaml"], "--format"),
    (["--input", "x.jsonl", "--fail-on", "critical"], "--fail-on"),
    (["--format", "json"], "--input"),
])
def test_audit_usage_errors_are_one_line_and_exit_2(args, names):
    result = audit(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("socialaudit: audit: ") and names in result.stderr
