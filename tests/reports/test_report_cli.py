"""`socialaudit report` renders any past month again from the store."""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from reports.items import month_of, shift_month
from socialaudit.app.cli import main
from socialaudit.core.settings import load_settings
from socialaudit.storage.db import open_store
from tests.reports.factory import SECRET_POST, SECRETS, after_grace, enrol_archive, people, run


@pytest.fixture
def month(tmp_path, isolated_data_dir):
    store = open_store(load_settings())
    ids = people(store, {"cora": ["val"], "carl": ["ben"]})
    enrol_archive(store, tmp_path / "val", "val_v", ids["val"], extra_texts=[SECRET_POST])
    enrol_archive(store, tmp_path / "ben", "ben_v", ids["ben"], first_id=2 * 10**15)
    run(store)
    day = after_grace(store)
    store.engine.dispose()
    return shift_month(month_of(day), -1)


def _report(*args):
    return CliRunner().invoke(main, ["report", *args], catch_exceptions=False)


def test_text_report_for_one_coordinator_by_email_or_id(month):
    by_email = _report("--month", month, "--coordinator", "cora@example.org", "--format", "text")
    assert by_email.exit_code == 0
    assert "Val Volunteer" in by_email.output and "Ben Volunteer" not in by_email.output
    assert _report("--month", month, "--coordinator", "1", "--format", "text").output == by_email.output


def test_without_a_coordinator_the_report_covers_everyone_and_masks_names(month, tmp_path):
    out = tmp_path / "r.html"
    result = _report("--month", month, "--output", str(out))
    assert result.exit_code == 0 and str(out) in result.output
    html = out.read_text()
    assert "Val Volunteer" in html and "Ben Volunteer" in html and "<svg" in html
    assert not any(s in html for s in SECRETS)


def test_a_bad_month_or_unknown_coordinator_exits_2_with_a_reason(month):
    bad = _report("--month", "2026-13")
    assert bad.exit_code == 2 and "2026-10" in bad.output
    nobody = _report("--month", month, "--coordinator", "nobody@example.org")
    assert nobody.exit_code == 2 and "nobody@example.org" in nobody.output


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which("chromium"), reason="PDF needs Debian's chromium at /usr/bin/chromium")
def test_pdf_through_chromium(month, tmp_path):
    out = tmp_path / "r.pdf"
    assert _report("--month", month, "--format", "pdf", "--output", str(out)).exit_code == 0
    assert out.read_bytes().startswith(b"%PDF")
