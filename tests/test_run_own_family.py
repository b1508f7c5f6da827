"""The scheduled `socialaudit run` audits an account's stored posts: a post stored in a later
run is read beside the account's earlier posts, so a child the author called their own
("my son Alfie") is not a leak when named alone later; a register name still is."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.runner import ScheduledRun
from socialaudit.core.settings import load_settings
from socialaudit.storage import schema as db
from tests.factories import store_posts

VOLUNTEER = "FCS volunteer with @TwinsTrust. Views my own."


@pytest.fixture
def registered(tmp_path, monkeypatch):
    monkeypatch.setenv("SOCIALAUDIT_SECRET_KEY", "test-key-for-own-family")
    (tmp_path / "families.csv").write_text("name\nRiley\nRebecca\n")
    (tmp_path / "policy.toml").write_text('extends = "twins-trust-fcs"\n[names]\nregister = "families.csv"\n')
    return load_policy(str(tmp_path / "policy.toml"))


def _name_leaks(store) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(db.PostRow.external_id).join(db.FindingRow, db.FindingRow.post_id == db.PostRow.id)
                             .where(db.FindingRow.rule == "name-leak")))


def test_a_later_run_knows_the_own_family_named_in_a_post_audited_earlier(store, registered):
    store_posts(store, registered, "x:@vol", ["My son Alfie lost his first tooth last night!",
                                              "My son Riley passed his test!"], bio=VOLUNTEER)
    first = ScheduledRun(store, registered, load_settings()).execute()
    assert first.posts_audited == 2 and _name_leaks(store) == set()

    store_posts(store, registered, "x:@vol", ["Alfie's first day at school today",
                                              "Riley found a stick and won't let go"], bio=VOLUNTEER, first=2)
    store_posts(store, registered, "x:@other", ["Alfie's first day at school today"], bio=VOLUNTEER)
    ScheduledRun(store, registered, load_settings()).execute()
    assert _name_leaks(store) == {"x:vol-3", "x:other-0"}  # Riley (a register name) and the other account's Alfie
