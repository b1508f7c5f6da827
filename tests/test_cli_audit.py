"""`socialaudit audit` as CONTRACT §1 fixes it: formats, exit codes, clear one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.factories import account_dict, post_dict, write_bundle

GEO = {"lat": 53.99, "lon": -1.54, "place_name": "Somewhere"}


TWO_RULES = ("--rule", "geotag", "--rule", "disclaimer-missing")


def cli(*args, cwd=None):
    """Run the command; audits are limited to the two rules these tests reason about."""
    if args and args[0] == "audit":
        args = (*args, *TWO_RULES)
    return subprocess.run([sys.executable, "-m", "socialaudit", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture
def bundle(tmp_path):
    return write_bundle(tmp_path / "bundle.jsonl", [
        account_dict(bio="FCS volunteer with Twins Trust"),
        post_dict(text="Visit done, home for a brew #familycrisissupport", geo=GEO),
        post_dict(text="Cake!"),
    ])


def test_json_format_prints_the_findings_document(bundle):
    r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(bundle), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["policy"] == "twins-trust-fcs"
    assert doc["audited"] == {"accounts": 1, "posts": 2, "media": 0}
    assert sorted(f["rule"] for f in doc["findings"]) == ["disclaimer-missing", "geotag"]
    f = next(f for f in doc["findings"] if f["rule"] == "geotag")
    assert set(f) == {"rule", "severity", "subject", "subject_kind", "account_id", "clause", "message",
                      "confidence", "evidence"}
    assert doc["errors"] == []


def test_output_option_writes_the_document_to_a_file(bundle, tmp_path):
    out = tmp_path / "findings.json"
    r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(bundle), "--format", "json", "--output", str(out))
    assert r.returncode == 0 and r.stdout == ""
    assert len(json.loads(out.read_text())["findings"]) == 2


def test_default_table_is_readable(bundle):
    r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(bundle))
    assert r.returncode == 0
    assert "HIGH   geotag" in r.stdout and "Audited 1 accounts, 2 posts" in r.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "sarif"])
def test_other_formats_are_valid_json(bundle, fmt):
    r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(bundle), "--format", fmt)
    assert r.returncode == 0
    if fmt == "jsonl":
        lines = [json.loads(x) for x in r.stdout.splitlines()]
        assert lines[-1]["summary"]["findings"] == 2
    else:
        assert len(json.loads(r.stdout)["runs"][0]["results"]) == 2


@pytest.mark.parametrize("threshold, code", [("high", 1), ("medium", 1), ("low", 1)])
def test_fail_on_exits_1_when_a_finding_meets_the_threshold(bundle, threshold, code):
    r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(bundle), "--format", "json",
            "--fail-on", threshold)
    assert r.returncode == code


def test_fail_on_exits_0_below_threshold(tmp_path):
    b = write_bundle(tmp_path / "b.jsonl", [post_dict(text="cake", geo=GEO)])  # low-severity geotag
    r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(b), "--fail-on", "high")
    assert r.returncode == 0


def test_malformed_line_is_reported_and_the_run_exits_0(tmp_path):
    b = write_bundle(tmp_path / "b.jsonl", [post_dict(geo=GEO), "{broken"])
    r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(b), "--format", "json")
    assert r.returncode == 0
    assert json.loads(r.stdout)["errors"][0]["line"] == 2


@pytest.mark.parametrize("args, message", [
    (["--policy", "no-such-pack"], "unknown policy pack 'no-such-pack'"),
    (["--input", "/nonexistent/bundle.jsonl"], "/nonexistent/bundle.jsonl: no such file"),
])
def test_bad_policy_or_missing_input_exits_2_with_one_line(bundle, args, message):
    base = {"--policy": "twins-trust-fcs", "--input": str(bundle)}
    base[args[0]] = args[1]
    r = cli("audit", *[x for kv in base.items() for x in kv], "--format", "json")
    assert r.returncode == 2
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_bad_policy_file_exits_2_naming_file_and_key(bundle, tmp_path):
    p = tmp_path / "mine.toml"
    p.write_text('extends = "twins-trust-fcs"\n[organisation]\nlogo = "x.png"\n')
    r = cli("audit", "--policy", str(p), "--input", str(bundle))
    assert r.returncode == 2
    assert "mine.toml: unknown key 'organisation.logo'" in r.stderr


def test_unreadable_input_exits_2(tmp_path):
    d = tmp_path / "dir.jsonl"
    d.write_text("{}")
    d.chmod(0)
    r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(d))
    d.chmod(0o644)
    if r.returncode == 0:
        pytest.skip("running as root: file permissions do not stop reading")
    assert r.returncode == 2 and "cannot be read" in r.stderr


def test_missing_required_option_is_usage_error_2():
    r = cli("audit", "--input", "x.jsonl")
    assert r.returncode == 2 and "--policy" in r.stderr


def test_store_twice_keeps_one_copy_of_each_post_and_finding(bundle, isolated_data_dir):
    for _ in range(2):
        r = cli("audit", "--policy", "twins-trust-fcs", "--input", str(bundle), "--format", "json", "--store")
        assert r.returncode == 0, r.stderr
    import sqlite3
    con = sqlite3.connect(isolated_data_dir / "socialaudit.db")
    assert con.execute("select count(*) from posts").fetchone()[0] == 2
    assert con.execute("select count(*) from findings").fetchone()[0] == 2
    assert con.execute("select count(*) from runs where status = 'ok'").fetchone()[0] == 2
