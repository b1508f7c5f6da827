"""The own-family pass in the distributed run: an account's posts are audited in chunks of
100 by different workers, and a chunk still knows the names the account's other stored posts
call the author's own ("my son Alfie"), while a register name is never learnt that way."""
from __future__ import annotations

from collections import deque

import pytest
from sqlalchemy import select

from socialaudit.app.workers import auditstep, crawlstep, learnstep, mailstep
from socialaudit.app.workers.context import CHUNK, WorkerContext
from socialaudit.app.workers.dispatch import dispatch
from socialaudit.core.settings import load_settings
from socialaudit.storage import schema as db
from tests.factories import store_posts, stored_name_leaks

pytestmark = pytest.mark.workers

VOLUNTEER = "FCS volunteer with @TwinsTrust. Views my own."
STEPS = {"crawl": crawlstep.crawl, "account": auditstep.account, "mail": mailstep.mail, "learn": learnstep.learn,
         "audit": lambda ctx, r, k: auditstep.chunk(ctx, "audit", r, k),
         "photos": lambda ctx, r, k: auditstep.chunk(ctx, "photos", r, k)}


def _run_on_two_workers(store, times: int) -> list[WorkerContext]:
    """Every task goes to the next of two workers in turn (each with its own context), each
    delivered `times` times."""
    queue: deque = deque()
    workers = [WorkerContext(load_settings(), store, lambda kind, run, key: queue.append((kind, run, key)))
               for _ in range(2)]
    dispatch(store, workers[0].publish)
    turn = 0
    while queue:
        kind, run_id, key = queue.popleft()
        for _ in range(times):
            STEPS[kind](workers[turn % 2], run_id, key)
            turn += 1
    return workers


@pytest.mark.parametrize("times", [1, 2])
def test_a_chunk_knows_the_own_family_named_in_another_chunk_of_the_account(pg_store, registered_policy, times):
    filler = [f"Coffee morning at the village hall, thank you all for coming ({i})" for i in range(CHUNK + 20)]
    texts = (["My son Alfie lost his first tooth last night!", "My son Riley passed his test!"] + filler
             + ["Alfie's first day at school today", "Riley found a stick and won't let go"])
    store_posts(pg_store, registered_policy, "x:@vol", texts, bio=VOLUNTEER)
    store_posts(pg_store, registered_policy, "x:@other", ["Alfie's first day at school today"], bio=VOLUNTEER)
    workers = _run_on_two_workers(pg_store, times)

    leaks = stored_name_leaks(pg_store)
    later = CHUNK + 22  # the later posts are in the account's second chunk, the "my son" posts in its first
    assert f"x:vol-{later}" not in leaks             # Alfie: the author's own son, said so in another chunk
    assert f"x:vol-{later + 1}" in leaks             # Riley: a register name, never learnt as own
    assert "x:other-0" in leaks                      # the same words from an account that never said so
    with pg_store.session() as s:
        unaudited = s.scalars(select(db.PostRow.id).where(db.PostRow.audited_key.is_(None))).all()
    assert unaudited == []
    # what the workers learnt, from all the account's stored posts: the son, never the register name
    learnt = [names for w in workers for names in w._family.values() if names]
    assert learnt and all(names == {"x:@vol": frozenset({"alfie"})} for names in learnt)


def test_a_redelivered_run_finds_the_samestored_name_leaks(pg_store, registered_policy):
    store_posts(pg_store, registered_policy, "x:@vol", ["My son Alfie lost his first tooth last night!",
                                                 "Alfie's first day at school today",
                                                 "Riley found a stick and won't let go"], bio=VOLUNTEER)
    _run_on_two_workers(pg_store, 2)
    with pg_store.session() as s:
        findings = s.scalars(select(db.FindingRow.fingerprint).where(db.FindingRow.rule == "name-leak")).all()
    assert stored_name_leaks(pg_store) == {"x:vol-2"} and len(findings) == len(set(findings)) == 1
