"""`socialaudit demo` ends in a review app someone can sign in to and see the findings
(issue 12, defect 3): the demo prints how to sign in, and the queue is not empty."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from socialaudit.app.web import create_app
from socialaudit.core.settings import load_settings
from socialaudit.storage.db import open_store
from tests.web.conftest import csrf_of


def test_the_demo_says_how_to_sign_in_and_its_queue_shows_the_findings():
    r = subprocess.run([sys.executable, "-m", "socialaudit", "demo"], capture_output=True, text=True,
                       env=dict(os.environ), timeout=600)
    assert r.returncode == 0, r.stderr
    found = re.search(r"sign in as (\S+) with the password (\S+)", r.stdout)
    assert found, r.stdout
    database = re.search(r"SOCIALAUDIT_DATABASE_URL=(\S+) socialaudit serve", r.stdout).group(1)
    store = open_store(url=database)
    try:
        client = create_app(store, load_settings()).test_client()
        token = csrf_of(client.get("/sign-in").text)
        signed = client.post("/sign-in", data={"email": found.group(1), "password": found.group(2),
                                               "csrf_token": token})
        assert signed.status_code == 302
        queue = client.get("/queue").text
        assert queue.count('<tr class="row') >= 1 and "Nothing to review" not in queue
    finally:
        store.engine.dispose()
