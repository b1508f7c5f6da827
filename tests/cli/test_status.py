"""`socialaudit status`: enrolled, runs, failures and the backlog by state and by holder."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from sqlalchemy import select

from socialaudit.app.status import SECTIONS, Section, StatusContext, collect, render
from socialaudit.core.settings import load_settings
from socialaudit.storage import review
from socialaudit.storage import schema as db
from tests.cli.world import POLICY, SECRETS, end_grace


def _holders(status: dict) -> Counter:
    return Counter({(r["state"], r["holder"], r["why"], r["coordinator_id"]): r["count"]
                    for r in status["backlog"]["by_holder"]})


def test_status_counts_people_accounts_and_the_last_scheduled_run_with_its_failed_account(world):
    status = world.cli_json("status")
    assert status["enrolled"]["people"] == {"volunteer": 3, "coordinator": 2, "admin": 1}
    assert sum(status["enrolled"]["accounts"].values()) == 5
    last = status["runs"]["last_scheduled"]
    assert last["id"] == world.run_id and last["status"] == "partial"
    assert status["runs"]["last_scheduled_failed_accounts"] == ["x:@val_gone"]
    assert [a["account"] for a in status["failures"]["accounts"]] == ["x:@val_gone"]
    assert status["failures"]["runs"] == {"partial": 1}


def test_backlog_is_every_waiting_finding_by_state_and_holder(world):
    end_grace(world.store, "x:@ann_volunteer")  # Cora's volunteer: now with Cora
    end_grace(world.store, "x:@val_volunteer")  # no coordinator: with the admins
    ann_finding = world.findings(account_id=_account(world, "x:@ann_volunteer"))[0]
    with world.store.session() as s:
        review.confirm(s, s.get(db.FindingRow, ann_finding.id), s.get(db.Person, world.ids["cora"]))
    status = world.cli_json("status")
    rows = world.findings()
    waiting = [f for f in rows if f.state in ("open", "confirmed")]
    assert status["backlog"]["total"] == len(waiting)
    assert status["backlog"]["by_state"] == dict(Counter(f.state for f in waiting))
    expected = Counter()
    for f in waiting:
        account = _external(world, f.account_id)
        if f.state == "confirmed":
            expected[("confirmed", "volunteer", "to-fix", None)] += 1
        elif account == "x:@ann_volunteer":
            expected[("open", "coordinator", "to-decide", world.ids["cora"])] += 1
        elif account == "x:@val_volunteer":
            expected[("open", "admins", "to-decide", None)] += 1
        else:
            expected[("open", "volunteer", "grace", None)] += 1
    assert _holders(status) == expected
    text = world.cli("status").stdout
    assert "with Cora Coordinator <cora@example.org>, to decide" in text
    assert "with the admins (volunteer has no coordinator)" in text and "with volunteers, to fix" in text


def test_the_findings_list_and_the_backlog_agree_on_who_holds_what(world):
    end_grace(world.store, "x:@ben_volunteer")
    status = world.cli_json("status")
    listed = world.cli_json("findings", "--state", "open", "--state", "confirmed", "--limit", "1000")
    per_row = Counter((f["state"], f["holder"]["kind"], f["holder"]["why"],
                       f["holder"]["person_id"] if f["holder"]["kind"] == "coordinator" else None) for f in listed)
    assert per_row == _holders(status)


def test_status_of_an_empty_store_says_what_to_do_first(empty):
    from click.testing import CliRunner

    from socialaudit.app.cli import main
    result = CliRunner().invoke(main, ["status"])
    assert result.exit_code == 0
    assert "no accounts enrolled yet: socialaudit enrol --help" in result.stdout
    assert "no scheduled run yet: socialaudit run" in result.stdout and "nothing waiting" in result.stdout


def test_status_shows_no_family_name_or_street(world):
    end_grace(world.store, "x:@ben_volunteer")
    out = world.cli("status").stdout + world.cli("status", "--json").stdout
    assert not any(secret in out for secret in SECRETS)


def test_a_new_section_is_one_entry_in_the_list_and_reaches_json_and_text(world):
    """How a later "queues" section (Celery workers) plugs in: data, then words."""
    queues = Section("queues", "Queues", lambda ctx: {"default": {"waiting": 3, "workers": 2}},
                     lambda d, now: [f"{name}: {q['waiting']} waiting, {q['workers']} workers" for name, q in d.items()])
    ctx = StatusContext(world.store, POLICY, load_settings(), datetime.now(timezone.utc))
    status = collect(ctx, [*SECTIONS, queues])
    assert status["queues"] == {"default": {"waiting": 3, "workers": 2}}
    assert set(status) >= {"enrolled", "runs", "failures", "backlog", "queues"}
    text = render(status, [*SECTIONS, queues])
    assert text.index("Findings waiting:") < text.index("Queues:\n  default: 3 waiting, 2 workers")


def _account(world, external_id: str) -> int:
    with world.store.session() as s:
        return s.scalar(select(db.AccountRow.id).where(db.AccountRow.external_id == external_id))


def _external(world, account_id: int) -> str:
    with world.store.session() as s:
        return s.get(db.AccountRow, account_id).external_id


def test_findings_in_the_grace_window_say_when_the_first_reaches_a_coordinator(world):
    status = world.cli_json("status")
    grace = [r for r in status["backlog"]["by_holder"] if r["why"] == "grace"]
    first = min(f.visible_to_coordinator_at for f in world.findings(state="open"))
    assert len(grace) == 1 and grace[0]["grace_ends"].startswith(first.strftime("%Y-%m-%dT%H:%M"))
    assert f"the first reaches a coordinator {first.strftime('%Y-%m-%d %H:%M')} UTC" in world.cli("status").stdout
