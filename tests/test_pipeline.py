"""The audit pipeline: streaming, per-line errors, one finding per rule and subject."""
from __future__ import annotations

import sys

import pytest

from auditors.engine import audit
from auditors.prepared import Prepared
from auditors.registry import Rule, load_policy
from socialaudit.core.model import Finding
from socialaudit.core.rules import RuleSpec
from socialaudit.core.sources import BundleSource
from tests.factories import account_dict, audit_records, post_dict, write_bundle

GEO = {"lat": 53.99, "lon": -1.54, "place_name": "Somewhere"}


def run_bundle(path, policy="twins-trust-fcs"):
    run = audit(BundleSource(path), Prepared(load_policy(policy)), only=["geotag", "disclaimer-missing"])
    found = [f for item in run for f in item.findings]
    return found, run.summary


def fake_rule(rule_id: str, check) -> Rule:
    spec = RuleSpec(id=rule_id, subject="post", severity="medium", label="x", summary="x", message="x", advice="x")
    return Rule(spec, check, sys.modules[__name__])


def test_malformed_lines_are_reported_with_line_and_reason_and_skipped(tmp_path):
    bundle = write_bundle(tmp_path / "b.jsonl", [
        account_dict(),
        '{"kind": "post", "id": ',                      # truncated JSON
        post_dict(geo=GEO, text="visit done #volunteering"),
        '["not", "an", "object"]',
        post_dict(kind="tweet"),
        post_dict(created_at="yesterday"),
        post_dict(platform="myspace"),
    ])
    found, summary = run_bundle(bundle)
    reasons = {e.line: e.reason for e in summary.errors}
    assert set(reasons) == {2, 4, 5, 6, 7}
    assert "invalid JSON" in reasons[2]
    assert "JSON object" in reasons[4]
    assert "unknown record kind 'tweet'" in reasons[5]
    assert "ISO-8601" in reasons[6]
    assert "unknown platform" in reasons[7]
    assert summary.posts == 1 and [f.rule for f in found] == ["geotag"]


def test_invalid_utf8_line_is_reported_not_fatal(tmp_path):
    p = tmp_path / "b.jsonl"
    p.write_bytes(b'{"kind": "post", "id": "x:1", "text": "caf\xe9"}\n' +
                  (write_bundle(tmp_path / "ok.jsonl", [post_dict()]).read_bytes()))
    _, summary = run_bundle(p)
    assert summary.posts == 1
    assert "not valid UTF-8" in summary.errors[0].reason and summary.errors[0].line == 1


def test_post_without_account_record_is_audited_as_personal():
    found = audit_records("twins-trust-fcs", [post_dict(account_id="x:@stranger", geo=GEO,
                                                        text="On my way to my FCS family")], only=["geotag"])
    assert [(f.rule, f.account_id, f.severity) for f in found] == [("geotag", "x:@stranger", "high")]


def test_accounts_may_come_after_their_posts():
    found = audit_records("twins-trust-fcs", [
        post_dict(account_id="x:@late"),
        account_dict(id="x:@late", bio="Volunteer with Twins Trust Family Crisis Support"),
    ], only=["disclaimer-missing"])
    assert [(f.rule, f.subject) for f in found] == [("disclaimer-missing", "x:@late")]


def exploding(post, ctx):
    raise RuntimeError("boom")
    yield


def test_an_auditor_that_raises_is_recorded_and_the_run_goes_on(tmp_path):
    bundle = write_bundle(tmp_path / "b.jsonl", [post_dict(geo=GEO), post_dict(geo=GEO)])
    policy = load_policy("twins-trust-fcs")
    run = audit(BundleSource(bundle), Prepared(policy))
    run.evaluator.rules.post.insert(0, (fake_rule("criticism", exploding), policy.rule("criticism")))
    found = [f for item in run for f in item.findings]
    summary = run.summary
    assert len(found) == 2  # geotag still ran on both posts
    assert len(summary.errors) == 2
    assert "rule criticism failed on x:" in summary.errors[0].reason and "RuntimeError" in summary.errors[0].reason


def test_missing_media_file_is_reported_and_the_post_still_audited(tmp_path):
    bundle = write_bundle(tmp_path / "b.jsonl", [post_dict(geo=GEO, media=[{"type": "photo", "path": "media/none.jpg"}])])
    found, summary = run_bundle(bundle)
    assert [f.rule for f in found] == ["geotag"]
    assert summary.media == 1
    assert "media file not found: media/none.jpg" in summary.errors[0].reason


def twice_same_rule(post, ctx):
    from socialaudit.core.model import Evidence
    yield ctx.finding(post, 0.6, [Evidence("text", 0, 1, "a", "a")], ["first"])
    yield ctx.finding(post, 0.8, [Evidence("text", 2, 3, "b", "b")], ["second"], severity="low")


def test_one_rule_gives_at_most_one_finding_per_subject_with_merged_evidence(tmp_path):
    policy = load_policy("twins-trust-fcs")
    run = audit(BundleSource(write_bundle(tmp_path / "b.jsonl", [post_dict()])), Prepared(policy),
                only=["disclaimer-missing"])
    run.evaluator.rules.post = [(fake_rule("geotag", twice_same_rule), policy.rule("geotag"))]
    found: list[Finding] = [f for item in run for f in item.findings]
    assert len(found) == 1
    f = found[0]
    assert len(f.evidence) == 2 and f.confidence == 0.8 and f.explanation == ["first", "second"]
    assert f.severity == "high"


def test_fingerprint_ignores_offsets_but_not_the_matched_text():
    from socialaudit.core.model import Evidence
    base = dict(rule="name-leak", severity="high", subject="x:1", subject_kind="post", account_id="x:@a",
                clause="c", message="m", confidence=0.9)
    a = Finding(**base, evidence=[Evidence("text", 3, 8, "…", "Alfie")])
    b = Finding(**base, evidence=[Evidence("text", 10, 15, "…", "alfie")])
    c = Finding(**base, evidence=[Evidence("text", 3, 8, "…", "Archie")])
    assert a.fingerprint == b.fingerprint != c.fingerprint


def test_disabled_rule_does_not_run(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text('extends = "twins-trust-fcs"\n[rules.geotag]\nenabled = false\n')
    assert audit_records(str(f), [post_dict(geo=GEO, text="visit")], only=["geotag"]) == []


@pytest.mark.parametrize("text, severity", [
    ("Lovely visit this morning, home for a brew now #familycrisissupport", "high"),
    ("Beach day with my own lot, bliss", "low"),
])
def test_geotag_severity_depends_on_whether_the_post_is_about_the_service(text, severity):
    found = audit_records("twins-trust-fcs", [account_dict(), post_dict(geo=GEO, text=text)], only=["geotag"])
    assert [(f.rule, f.severity) for f in found] == [("geotag", severity)]


def test_geotag_excerpt_never_repeats_the_place():
    found = audit_records("twins-trust-fcs", [post_dict(geo={"lat": 1.0, "lon": 2.0, "place_name": "Hambleton Close"},
                                                        text="visit")], only=["geotag"])
    assert "Hambleton" not in str(found[0].to_dict()) and "1.0" not in str(found[0].to_dict()["evidence"])


@pytest.mark.parametrize("bio, fires", [
    ("Volunteering with Twins Trust Family Crisis Support.", True),
    ("FCS volunteer @TwinsTrust", True),
    ("FCS volunteer @TwinsTrust. Views my own.", False),
    ("Family Crisis Support volunteer @ Twins Trust | Views expressed here are my own and not those of Twins Trust", False),
    ("Twin mum, tea addict, Harrogate", False),
    ("Volunteer at Twins Trust. Opinions my own", False),
    ("Volunteer at Twins Trust. Posts are personal views only", False),
])
def test_disclaimer_missing_needs_both_a_link_and_no_disclaimer(bio, fires):
    found = audit_records("twins-trust-fcs", [account_dict(bio=bio)], only=["disclaimer-missing"])
    assert [f.rule for f in found] == (["disclaimer-missing"] if fires else [])


def test_official_accounts_never_need_a_disclaimer():
    found = audit_records("twins-trust-fcs", [account_dict(role="official", bio="Twins Trust official account")],
                          only=["disclaimer-missing"])
    assert found == []


def test_blog_about_page_disclaimer_counts():
    acc = account_dict(id="blog:example.org", platform="blog", bio="Our FCS volunteering diary",
                       about_text="The views on this blog are Tom's own and do not represent Twins Trust.")
    assert audit_records("twins-trust-fcs", [acc], only=["disclaimer-missing"]) == []
