"""`socialaudit run` from cron: started twice at the same time and once killed halfway
through sending, the job still ends with each email sent exactly once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter

from socialaudit.core.settings import load_settings
from socialaudit.storage.db import open_store
from tests.reports.factory import enrol_archive, outbox, people


def _run_cli():
    return subprocess.Popen([sys.executable, "-m", "socialaudit", "run"], env={**os.environ},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_two_runs_at_once_and_one_killed_while_sending_send_each_email_once(tmp_path, isolated_data_dir,
                                                                            smtp_server):
    store = open_store(load_settings())
    ids = people(store, {f"coord{i}": [f"vol{i}"] for i in range(3)})
    for i in range(3):
        enrol_archive(store, tmp_path / f"a{i}", f"vol{i}_x", ids[f"vol{i}"], n=8, first_id=(i + 1) * 10**15)
    smtp_server.delay = 0.4  # each message takes a while to be accepted: the kill lands mid-transaction
    a, b = _run_cli(), _run_cli()
    assert _wait_for(lambda: smtp_server.data_count >= 2, 120), "no mail was being sent"
    for p in (a, b):
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
        p.communicate(timeout=60)
    sent_before = len(smtp_server.messages)
    assert 1 <= sent_before < 3, "the kill landed outside the sending"
    resumed = _run_cli()
    _, err = resumed.communicate(timeout=240)
    assert resumed.returncode == 0, err
    rows = outbox(store)
    # 3 self-audits (a first run makes no report of the month before it: nothing was checked then)
    assert len(rows) == 3 and all(r.status == "sent" for r in rows)
    assert any(r.attempts == 2 for r in rows)  # the one interrupted mid-transaction was sent again
    received = Counter(smtp_server.message_ids())
    assert received == Counter(r.message_id for r in rows)  # every message once, none twice
