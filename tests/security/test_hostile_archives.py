"""Issue 9: hostile exports, each refused with one line (exit 2) or audited (exit 0), never a
traceback, on the audit command."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from socialaudit.app.cli import main
from tests.security.hostile_archives import hostile_archives


def pytest_generate_tests(metafunc):
    if "archive_case" in metafunc.fixturenames:
        labels = [label for label, _ in hostile_archives(Path("/tmp/sa-hostile-labels"))]
        metafunc.parametrize("archive_case", labels)


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    return dict(hostile_archives(tmp_path_factory.mktemp("hostile-archives")))


def test_each_hostile_export_is_refused_or_audited_never_a_crash(archives, archive_case):
    result = CliRunner().invoke(main, ["audit", "--policy", "twins-trust-fcs", "--input", str(archives[archive_case]),
                                       "--format", "json", "--quiet"])
    assert result.exit_code in (0, 2), result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
