"""`socialaudit connect`: how the run reaches an account; tokens stored encrypted."""
from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from socialaudit.core.settings import load_settings
from socialaudit.storage import schema as db
from socialaudit.storage.db import open_store
from tests.archive_factory import write_x_archive


def cli(*args, env=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "socialaudit", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, input=stdin)


def enrol(handle="jane_v"):
    r = cli("admin", "create", "--name", "Ada", "--email", "ada@example.org",
            stdin="a-long-passphrase-1\na-long-passphrase-1\n")
    assert r.returncode == 0, r.stderr
    r = cli("enrol", "--name", "Jane", "--email", "jane@example.org", "--account", f"x:@{handle}",
            "--entered-by", "ada@example.org")
    assert r.returncode == 0, r.stderr


def test_an_enrolled_archive_account_is_crawled_by_the_next_run(tmp_path):
    enrol()
    write_x_archive(tmp_path / "drop", "jane_v", 5)
    r = cli("connect", "x:@jane_v", "--source", "archive", "--folder", str(tmp_path / "drop"))
    assert r.returncode == 0, r.stderr
    r = cli("run")
    assert r.returncode == 0, r.stderr
    assert "1 accounts crawled" in r.stderr and "5 new" in r.stderr


def test_a_token_is_stored_encrypted_and_never_printed(tmp_path):
    enrol()
    r = cli("connect", "x:@jane_v", "--source", "x", "--token-env", "JANE_TOKEN", env={"JANE_TOKEN": "sekrit-token-123"})
    assert r.returncode == 0, r.stderr
    assert "sekrit" not in r.stdout + r.stderr
    store = open_store(load_settings())
    with store.session() as s:
        blob = s.scalar(select(db.Credential.ciphertext))
    assert blob and "sekrit" not in blob


def test_connecting_an_account_that_is_not_enrolled_is_refused():
    r = cli("connect", "x:@nobody", "--source", "archive", "--folder", "/tmp")
    assert r.returncode == 2 and "not enrolled" in r.stderr
