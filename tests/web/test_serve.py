"""Production serving: `socialaudit serve` and the WSGI factory refuse to start while no
admin can sign in, saying how to create one; with one, `serve` answers on 127.0.0.1
through waitress (not Flask's development server)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from click.testing import CliRunner

from auditors.registry import load_policy
from socialaudit.app.cli import main
from socialaudit.app.web.auth import hash_password
from socialaudit.app.web.wsgi import NoAdmin, make_app
from socialaudit.storage import repo
from socialaudit.storage.db import open_store
from socialaudit.storage.lifecycle import create_person


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _add_admin(data_dir, password_hash: str | None) -> None:
    store = open_store(url=f"sqlite:///{data_dir / 'socialaudit.db'}")
    with store.session() as s:
        org = repo.ensure_organisation(s, load_policy("twins-trust-fcs"))
        create_person(s, org, "Ada Admin", "ada@example.org", "admin", password_hash)
    store.engine.dispose()


def test_serve_refuses_to_start_without_an_admin_and_says_how_to_make_one(isolated_data_dir):
    result = CliRunner().invoke(main, ["serve", "--port", str(_free_port())])
    assert result.exit_code == 2
    assert "socialaudit admin create" in result.output and "no admin" in result.output
    assert "Traceback" not in result.output


def test_an_admin_without_a_password_does_not_count(isolated_data_dir):
    _add_admin(isolated_data_dir, None)
    with pytest.raises(NoAdmin, match="admin create"):
        make_app()


def test_the_wsgi_factory_builds_the_app_once_an_admin_exists(isolated_data_dir):
    _add_admin(isolated_data_dir, hash_password("correct horse battery"))
    app = make_app()
    assert app.test_client().get("/sign-in").status_code == 200


def test_serve_answers_through_waitress_once_an_admin_exists(isolated_data_dir, tmp_path):
    pytest.importorskip("waitress", reason="production serving needs waitress (the 'web' extra)")
    _add_admin(isolated_data_dir, hash_password("correct horse battery"))
    port = _free_port()
    err = (tmp_path / "serve.err").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "socialaudit", "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=err, env=os.environ.copy())
    try:
        body = _get_when_up(f"http://127.0.0.1:{port}/sign-in")
        assert "Sign in" in body or "sign in" in body
    finally:
        proc.terminate()
        proc.wait(10)
        err.close()
    log = (tmp_path / "serve.err").read_text()
    assert "with waitress" in log and "development server" not in log


def _get_when_up(url: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return r.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
