"""`socialaudit review`: terminal triage driven through stdin (and once through a real
terminal), recording decisions exactly as the web review does, masked, scoped, resumable."""
from __future__ import annotations

import os
import re
import select as io_select
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from socialaudit.app.triage import Triage
from socialaudit.core.settings import load_settings
from socialaudit.storage import review
from socialaudit.storage import schema as db
from socialaudit.storage.listing import Filters
from tests.cli.world import POLICY, SECRETS, end_grace
from tests.conftest import REPO

SHOWN = re.compile(r"Finding (\d+) of (\d+) \(id (\d+)\)")
REASON = "Opinion about expenses, not about a family"


def shown(output: str) -> list[int]:
    return [int(m.group(3)) for m in SHOWN.finditer(output)]


def cora_review(world, answers: str):
    return world.cli("review", "--reviewer", "cora@example.org", input=answers)


def events(world, finding_id: int) -> list[tuple]:
    with world.store.session() as s:
        return [(e.action, e.actor_id, e.note) for e in s.scalars(
            select(db.ReviewEvent).where(db.ReviewEvent.finding_id == finding_id).order_by(db.ReviewEvent.id))]


def test_confirm_dismiss_skip_quit_are_recorded_in_the_store(world):
    end_grace(world.store, "x:@ann_volunteer")
    result = cora_review(world, f"c\nd\n{REASON}\ns\nq\n")
    assert result.exit_code == 0, result.output
    first, second, third, fourth = shown(result.stdout)
    cora = world.ids["cora"]
    assert events(world, first)[1:] == [("confirmed", cora, None)]
    assert events(world, second)[1:] == [("dismissed", cora, REASON)]
    assert events(world, third)[1:] == events(world, fourth)[1:] == []
    with world.store.session() as s:
        states = {f.id: f.state for f in s.scalars(select(db.FindingRow))}
        sup = s.scalar(select(db.Suppression))
        notices = list(s.scalars(select(db.OutboxMessage).where(db.OutboxMessage.kind == "volunteer-notice")))
        viewed = list(s.scalars(select(db.AccessLog.target_id).where(db.AccessLog.detail == "terminal review")))
    assert (states[first], states[second], states[third]) == ("confirmed", "dismissed", "open")
    assert (sup.fingerprint, sup.reason, sup.created_by_id) == (world.findings(id=second)[0].fingerprint, REASON, cora)
    assert [(n.recipient, f"/findings/{first}" in n.body_text) for n in notices] == [("ann@example.org", True)]
    assert viewed == [str(first), str(second), str(third), str(fourth)]
    assert "Stopped. 1 confirmed, 1 dismissed, 1 skipped. 2 still open for you" in result.stdout


def test_a_dismissal_needs_a_reason_and_a_wrong_key_asks_again(world):
    end_grace(world.store, "x:@ann_volunteer")
    result = cora_review(world, "x\nd\n\nq\n")
    assert "Please answer c (confirm), d (dismiss), s (skip) or q (quit)." in result.stdout
    assert "Not dismissed: a reason is needed." in result.stdout
    assert all(f.state == "open" for f in world.findings())
    with world.store.session() as s:
        assert s.scalar(select(db.Suppression)) is None


def test_quitting_at_the_end_of_input_keeps_what_was_decided_and_the_next_review_goes_on(world):
    end_grace(world.store, "x:@ann_volunteer")
    one = cora_review(world, "c\n")  # then the input ends: as Ctrl-D
    order = shown(one.stdout)
    assert one.exit_code == 0 and len(order) == 2 and "Stopped. 1 confirmed" in one.stdout
    two = cora_review(world, "s\ns\ns\n")
    assert shown(two.stdout) == order[1:2] + shown(two.stdout)[1:] and order[0] not in shown(two.stdout)
    assert len(shown(two.stdout)) == int(SHOWN.search(two.stdout).group(2)) == int(SHOWN.search(one.stdout).group(2)) - 1
    assert "3 still open for you" in two.stdout


def test_findings_are_masked_and_locations_hidden(world):
    end_grace(world.store, "x:@ben_volunteer")
    result = world.cli("review", "--reviewer", "carl@example.org", input="s\ns\ns\ns\ns\n")
    assert shown(result.stdout) and "A**" in result.stdout and "[place]" in result.stdout
    assert not any(secret in result.stdout for secret in SECRETS)
    end_grace(world.store, "x:@ann_volunteer")
    admin = world.cli("review", "--reviewer", "ada@example.org", input="s\n" * 20).stdout
    assert "location attached (hidden)" in admin and "Harrogate" not in admin and "53.99" not in admin


def test_a_coordinator_sees_only_their_volunteers_after_the_grace_window(world):
    assert "Nothing waiting for you" in cora_review(world, "").stdout  # Ann's findings are in their grace window
    end_grace(world.store, "x:@ben_volunteer")
    assert "Nothing waiting for you" in cora_review(world, "").stdout  # Ben is Carl's
    end_grace(world.store, "x:@ann_volunteer")
    ann = {f.id for f in world.findings(account_id=_account_id(world, "x:@ann_volunteer"))}
    assert set(shown(cora_review(world, "s\n" * 10).stdout)) == ann


def test_filters_narrow_the_queue(world):
    end_grace(world.store, "x:@ann_volunteer")
    geotags = world.cli("review", "--reviewer", "ada@example.org", "--rule", "geotag", input="s\n" * 10).stdout
    assert set(shown(geotags)) == {f.id for f in world.findings(rule="geotag")}
    val = world.cli("review", "--reviewer", "ada@example.org", "--volunteer", "val@example.org",
                    "--severity", "medium", input="s\n" * 10).stdout
    val_accounts = {_account_id(world, a) for a in ("x:@val_volunteer", "x:@val_archive", "x:@val_gone")}
    assert set(shown(val)) == {f.id for f in world.findings(severity="medium") if f.account_id in val_accounts}


def test_a_finding_decided_elsewhere_meanwhile_is_not_overwritten(world):
    end_grace(world.store, "x:@ann_volunteer")
    triage = Triage(world.store, POLICY, load_settings(), world.ids["cora"], Filters())
    first = triage.pending()[0]
    assert triage.show(first) is not None
    with world.store.session() as s:  # someone confirms it in the web meanwhile
        review.confirm(s, s.get(db.FindingRow, first), s.get(db.Person, world.ids["admin"]))
    assert triage.decide(first, "dismiss", "not a leak") is False
    assert world.findings(id=first)[0].state == "confirmed" and triage.show(first) is None


def test_a_terminal_decision_leaves_what_a_web_decision_leaves(world, tmp_path):
    pytest.importorskip("flask", reason="the web side of the comparison needs the 'web' extra")
    from socialaudit.app.web import create_app
    from socialaudit.app.web.auth import hash_password
    from socialaudit.core.settings import Settings
    end_grace(world.store, "x:@ann_volunteer")
    with world.store.session() as s:
        s.get(db.Person, world.ids["cora"]).password_hash = hash_password("correct horse battery")
    order = shown(cora_review(world, f"c\nd\n{REASON}\nq\n").stdout)
    still_open = sorted(f.id for f in world.findings(state="open", account_id=_account_id(world, "x:@ann_volunteer")))
    web_confirmed, web_dismissed = _web_decide(create_app(world.store, Settings(data_dir=tmp_path / "d")),
                                               still_open[:2])
    assert [e[:2] for e in events(world, order[0])] == [e[:2] for e in events(world, web_confirmed)]
    assert events(world, order[1])[1:] == events(world, web_dismissed)[1:]
    with world.store.session() as s:
        sups = {x.fingerprint: (x.rule, x.reason, x.created_by_id) for x in s.scalars(select(db.Suppression))}
        mail = {m.dedupe_key: m for m in s.scalars(select(db.OutboxMessage).where(
            db.OutboxMessage.kind == "volunteer-notice"))}
    fp = {f.id: (f.fingerprint, f.rule) for f in world.findings()}
    assert sups[fp[order[1]][0]][1:] == sups[fp[web_dismissed][0]][1:] == (REASON, world.ids["cora"])
    cli_mail, web_mail = (mail[f"volunteer-notice:{world.findings(id=i)[0].organisation_id}:{fp[i][0]}"]
                          for i in (order[0], web_confirmed))
    assert (cli_mail.recipient, cli_mail.status) == (web_mail.recipient, web_mail.status) == ("ann@example.org", "queued")
    assert cli_mail.subject == web_mail.subject
    assert _link(cli_mail.body_text) == f"/findings/{order[0]}" and _link(web_mail.body_text) == f"/findings/{web_confirmed}"


def test_in_a_real_terminal_the_review_is_styled_and_answers_are_read(world, database_url):
    end_grace(world.store, "x:@ann_volunteer")
    master, slave = os.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "socialaudit", "review", "--reviewer", "cora@example.org"],
                            stdin=slave, stdout=slave, stderr=slave, cwd=REPO, close_fds=True,
                            env={**os.environ, "SOCIALAUDIT_DATABASE_URL": database_url})
    os.close(slave)
    term = Terminal(master)
    try:
        term.wait("[q]uit > ")
        os.write(master, b"c\r")
        term.wait("Finding 2 of")
        term.wait("[q]uit > ")
        os.write(master, b"q\r")
        term.wait("still open for you")
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        os.close(master)
    screen = term.screen
    first = shown(screen)[0]
    assert "\x1b[1m" in screen  # a terminal gets the finding's header in bold
    assert world.findings(id=first)[0].state == "confirmed" and "1 confirmed, 0 dismissed" in screen


class Terminal:
    """What a program wrote to its terminal, read as it comes, waited on marker by marker."""

    def __init__(self, fd: int):
        self.fd, self.buffer, self.pos = fd, b"", 0

    @property
    def screen(self) -> str:
        return self.buffer.decode(errors="replace")

    def wait(self, marker: str, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while (found := self.buffer.find(marker.encode(), self.pos)) < 0:
            ready, _, _ = io_select.select([self.fd], [], [], max(0.0, end - time.monotonic()))
            if not ready:
                raise AssertionError(f"no {marker!r} on the terminal; it showed: {self.screen[-500:]}")
            try:
                self.buffer += os.read(self.fd, 4096)
            except OSError:  # the program ended and closed the terminal
                raise AssertionError(f"the program ended before {marker!r}: {self.screen[-500:]}") from None
        self.pos = found + len(marker)


def _web_decide(app, ids: list[int]) -> tuple[int, int]:
    client = app.test_client()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/sign-in").text).group(1)
    client.post("/sign-in", data={"email": "cora@example.org", "password": "correct horse battery",
                                  "csrf_token": token})
    page = client.get(f"/findings/{ids[0]}").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    for finding_id, action, text in ((ids[0], "confirm", ""), (ids[1], "dismiss", REASON)):
        r = client.post(f"/findings/{finding_id}/action", data={"action": action, "text": text, "csrf_token": token})
        assert r.status_code == 302
    return ids[0], ids[1]


def _link(body: str) -> str:
    return re.search(r"https?://[^/\s]+(/findings/\d+)", body).group(1)


def _account_id(world, external_id: str) -> int:
    with world.store.session() as s:
        return s.scalar(select(db.AccountRow.id).where(db.AccountRow.external_id == external_id))
