"""`socialaudit demo` runs the whole job on the bundled archives, writes the report
and the emails as files, and adds nothing when run twice."""
from __future__ import annotations

import re
from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path

from click.testing import CliRunner

from socialaudit.app.cli import main


def _paths(output: str) -> dict[str, Path]:
    found = re.search(r"coordinator report \((\d{4}-\d\d)\): (\S+)", output)
    eml = re.search(r"email to the coordinator \(\.eml\):\s+(\S+)", output)
    return {"report": Path(found.group(2)), "eml": Path(eml.group(1))}


def test_demo_runs_the_job_and_writes_report_and_email(isolated_data_dir):
    result = CliRunner().invoke(main, ["demo"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    paths = _paths(result.output)
    assert paths["report"].is_file() and paths["eml"].suffix == ".eml" and paths["eml"].is_file()
    assert str(isolated_data_dir) in str(paths["report"])
    assert re.search(r"in the store: 4 accounts, 11 posts, [1-9]\d* findings", result.output)
    assert re.search(r"\d+ new posts, \d+ audited; \d+ new findings", result.output) and " s" in result.output
    msg = message_from_bytes(paths["eml"].read_bytes(), policy=email_policy.default)
    assert msg.get_content_type() == "multipart/alternative" and msg["To"] == "dana.coordinator@demo.example"
    html = paths["report"].read_text()
    assert "Pat Okafor (demo)" in html and "Elm Road" not in html and "Amelia" not in html


def test_demo_twice_adds_nothing(isolated_data_dir):
    first = CliRunner().invoke(main, ["demo"], catch_exceptions=False)
    second = CliRunner().invoke(main, ["demo"], catch_exceptions=False)
    totals = [re.search(r"in the store: .*", r.output).group(0) for r in (first, second)]
    assert totals[0] == totals[1]
    assert "0 new posts" in second.output and _paths(first.output) == _paths(second.output)
