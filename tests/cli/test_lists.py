"""`socialaudit people`, `accounts`, `findings` and `runs`: filters, `--json`, `--limit`,
one-line errors, and no family name or street in any of them."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner

from socialaudit.app.cli import main
from socialaudit.storage import repo
from tests.cli.world import SECRETS, end_grace


def test_people_by_role_and_by_coordinator(world):
    everyone = world.cli_json("people")
    assert sorted(p["role"] for p in everyone) == ["admin", "coordinator", "coordinator",
                                                   "volunteer", "volunteer", "volunteer"]
    volunteers = world.cli_json("people", "--role", "volunteer")
    assert {p["email"] for p in volunteers} == {"ann@example.org", "ben@example.org", "val@example.org"}
    assert {p["email"]: p["coordinator"] for p in volunteers}["ann@example.org"] == "cora@example.org"
    assert [p["email"] for p in world.cli_json("people", "--coordinator", "carl@example.org")] == ["ben@example.org"]


def test_accounts_with_their_volunteer_consent_error_and_findings_waiting(world):
    accounts = {a["account"]: a for a in world.cli_json("accounts")}
    assert set(accounts) == {"x:@ann_volunteer", "x:@ben_volunteer", "x:@val_volunteer", "x:@val_archive",
                             "x:@val_gone"}
    assert accounts["x:@val_gone"]["last_error"].startswith("archive folder not found")
    assert all(a["consent_at"] for a in accounts.values())
    ann = world.findings(account_id=accounts["x:@ann_volunteer"]["id"])
    assert accounts["x:@ann_volunteer"]["waiting"] == len(ann) > 0
    vals = world.cli_json("accounts", "--volunteer", "val@example.org")
    assert {a["account"] for a in vals} == {"x:@val_volunteer", "x:@val_archive", "x:@val_gone"}


def test_findings_filter_by_state_rule_severity_volunteer_and_account(world):
    rows = world.findings()
    assert len(world.cli_json("findings", "--limit", "1000")) == len(rows)
    geotags = world.cli_json("findings", "--rule", "geotag")
    assert {f["id"] for f in geotags} == {f.id for f in rows if f.rule == "geotag"} and geotags
    high = world.cli_json("findings", "--severity", "high")
    assert {f["id"] for f in high} == {f.id for f in rows if f.severity == "high"}
    assert world.cli_json("findings", "--state", "dismissed") == []
    bens = world.cli_json("findings", "--volunteer", "ben@example.org")
    assert bens and {f["volunteer"] for f in bens} == {"ben@example.org"}
    assert {f["account"] for f in world.cli_json("findings", "--account", "x:@val_archive")} == {"x:@val_archive"}


def test_findings_since_a_date_or_an_age(world):
    n = len(world.findings())
    assert len(world.cli_json("findings", "--since", "1d")) == n
    tomorrow = (repo.now() + timedelta(days=1)).strftime("%Y-%m-%d")
    assert world.cli_json("findings", "--since", tomorrow) == []


def test_limit_keeps_the_newest_and_says_on_stderr_that_more_exist(world):
    n = len(world.findings())
    result = world.cli("findings", "--limit", "2", "--json")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [f["id"] for f in listed] == sorted((f.id for f in world.findings()), reverse=True)[:2]
    assert f"showing 2 of {n}" in result.stderr


def test_findings_show_who_holds_them(world):
    end_grace(world.store, "x:@ann_volunteer")
    table = world.cli("findings", "--volunteer", "ann@example.org").stdout
    assert "Cora Coordinator <cora@example.org>" in table
    table = world.cli("findings", "--volunteer", "ben@example.org").stdout
    assert "volunteer (grace window)" in table


def test_runs_by_kind_and_state(world):
    runs = world.cli_json("runs")
    assert [r["kind"] for r in runs] == ["run", "audit"]
    partial = world.cli_json("runs", "--state", "partial")
    assert [r["id"] for r in partial] == [world.run_id] and partial[0]["accounts_failed"] == 1
    assert world.cli_json("runs", "--kind", "import") == []
    assert "partial" in world.cli("runs").stdout


@pytest.mark.parametrize("command", ["people", "accounts", "findings", "runs"])
def test_no_list_shows_a_family_name_or_street(world, command):
    end_grace(world.store, "x:@ben_volunteer")
    out = world.cli(command, "--limit", "1000").stdout + world.cli(command, "--limit", "1000", "--json").stdout
    assert out.strip() and not any(secret in out for secret in SECRETS)


def _one_line_exit_2(result, names: str) -> None:
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("socialaudit: ") and names in lines[0], result.stderr
    assert result.stdout == ""


def _cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("args, names", [
    (["findings", "--since", "yesterday"], "--since"),
    (["findings", "--rule", "no-such-rule"], "--rule"),
    (["findings", "--state", "closed"], "--state"),
    (["accounts", "--platform", "myspace"], "--platform"),
    (["runs", "--limit", "0"], "--limit"),
    (["status", "--verbose"], "--verbose"),
    (["review"], "--reviewer"),
    (["review", "--reviewer", "cora@example.org", "--rule", "nope"], "--rule"),
    (["audit", "--policy", "twins-trust-fcs", "--input", "x.jsonl", "--baseline", "missing.json"], "missing.json"),
])
def test_bad_input_is_one_line_naming_the_option_and_exits_2(empty, args, names):
    _one_line_exit_2(_cli(*args), names)


@pytest.mark.parametrize("args, names", [
    (["findings", "--volunteer", "nobody@example.org"], "--volunteer"),
    (["people", "--coordinator", "nobody@example.org"], "--coordinator"),
    (["review", "--reviewer", "ann@example.org"], "--reviewer"),  # a volunteer does not review
    (["review", "--reviewer", "cora@example.org", "--volunteer", "cora@example.org"], "--volunteer"),
])
def test_unknown_people_are_one_line_errors(world, args, names):
    _one_line_exit_2(world.cli(*args), names)


@pytest.mark.parametrize("command", ["status", "people", "accounts", "findings", "runs", "review"])
def test_help_explains_the_command_and_its_options(empty, command):
    result = _cli(command, "--help")
    assert result.exit_code == 0
    assert "--policy" in result.stdout and len(result.stdout.splitlines()) > 6
    if command != "review":
        assert "--json" in result.stdout
