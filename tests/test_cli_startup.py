"""Each command imports what it needs: the top-level --help lists every command from the
table in socialaudit.app.commands without importing one, and a plain `audit` (no
--store) loads neither the database nor the web, mail or crawling libraries, nor OpenCV
when no photo is in the input (the test suite and cron start the command line hundreds
of times a day)."""
from __future__ import annotations

import importlib
import json
import subprocess
import sys

import click
import pytest

from socialaudit.app.cli import main
from socialaudit.app.commands import COMMANDS
from tests.factories import account_dict, post_dict, write_bundle

HEAVY = ("sqlalchemy", "alembic", "cv2", "jinja2", "requests", "celery", "socialaudit.storage", "crawler.archives")


def loaded_after(args: list[str]) -> dict:
    """Run the command line in a fresh interpreter; which of HEAVY it imported, and its exit status."""
    probe = (
        "import json, sys\n"
        "from socialaudit.app.cli import main\n"
        "try:\n"
        f"    main({args!r}, prog_name='socialaudit')\n"
        "except SystemExit as e:\n"
        "    code = e.code\n"
        f"print(json.dumps({{'code': code, 'heavy': [m for m in {HEAVY!r} if m in sys.modules]}}), file=sys.stderr)\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    return json.loads(r.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_table_names_each_command_with_its_own_one_line_help(name):
    entry = COMMANDS[name]
    command = getattr(importlib.import_module(f"socialaudit.app.commands.{entry.module}"), entry.attr)
    assert isinstance(command, click.Command)
    assert command.name == name
    assert command.get_short_help_str(limit=10_000) == entry.help


def test_top_level_help_lists_every_command_and_imports_none(tmp_path):
    r = subprocess.run([sys.executable, "-m", "socialaudit", "--help"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    listed = r.stdout.split("Commands:", 1)[1]
    for name in COMMANDS:
        assert f"\n  {name} " in listed, name
    probe = loaded_after(["--help"])
    assert probe == {"code": 0, "heavy": []}


def test_a_plain_audit_of_a_bundle_without_photos_loads_no_database_web_mail_crawler_or_opencv(tmp_path):
    bundle = write_bundle(tmp_path / "bundle.jsonl", [account_dict(), post_dict(text="Cake!")])
    probe = loaded_after(["audit", "--policy", "twins-trust-fcs", "--input", str(bundle), "--format", "json"])
    assert probe == {"code": 0, "heavy": []}


def test_audit_with_store_still_stores_the_run(tmp_path):
    bundle = write_bundle(tmp_path / "bundle.jsonl", [account_dict(), post_dict(text="Cake!")])
    r = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", "twins-trust-fcs", "--input",
                        str(bundle), "--format", "json", "--store"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "stored run" in r.stderr
    runs = subprocess.run([sys.executable, "-m", "socialaudit", "runs"], capture_output=True, text=True)
    assert runs.returncode == 0, runs.stderr
    assert "audit  ok" in runs.stdout and "posts 1" in runs.stdout, runs.stdout


def test_status_help_does_not_open_or_import_the_database():
    assert loaded_after(["status", "--help"]) == {"code": 0, "heavy": []}


def test_a_command_not_in_the_table_is_a_usage_error():
    from click.testing import CliRunner

    r = CliRunner().invoke(main, ["no-such-command"])
    assert r.exit_code == 2
    assert "No such command" in r.output
