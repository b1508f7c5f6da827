"""A crawled batch is stored set-based (storage.batch) with its cursor in one transaction:
the same rows as the per-record path, a handful of statements per batch instead of several
per post, idempotent when the batch comes again, and nothing of a failed batch (not its
cursor either) committed. On SQLite always and on PostgreSQL when configured."""
from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from auditors.registry import load_policy
from socialaudit.storage import crawls, repo
from socialaudit.storage import schema as db
from socialaudit.storage.repo import OwnershipError
from tests.factories import account_dict, post_dict

POLICY = load_policy("twins-trust-fcs")


def _accounts(store) -> tuple[int, int, int]:
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        rows = [db.AccountRow(organisation_id=org.id, external_id=f"x:@{h}", platform="x", handle=h,
                              source="archive", audited_key="audited-before") for h in ("v1", "v2")]
        s.add_all(rows)
        s.flush()
        return org.id, rows[0].id, rows[1].id


def _posts(n: int, *, edited=(), owner="x:@v1", start=0) -> list[dict]:
    media = lambda i: [{"type": "photo", "path": None, "alt_text": f"photo {i}"}] if i % 3 == 0 else []  # noqa: E731
    return [post_dict(id=f"x:{i}", account_id=owner, text=f"post {i}{' edited' if i in edited else ''}",
                      media=media(i)) for i in range(start, start + n)]


class Statements:
    """Counts the SQL statements the engine runs (executemany counts once)."""
    def __init__(self, engine):
        self.n = 0
        self.engine = engine

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._one)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._one)

    def _one(self, *args):
        self.n += 1


def _rows(store):
    with store.session() as s:
        posts = sorted((p.external_id, p.text, p.audited_key, p.deleted_at is None) for p in s.scalars(select(db.PostRow)))
        media = s.scalar(select(func.count()).select_from(db.PostMedia))
        cursors = dict(s.execute(select(db.CrawlCursor.account_id, db.CrawlCursor.cursor)).all())
        audited = dict(s.execute(select(db.AccountRow.external_id, db.AccountRow.audited_key)).all())
    return posts, media, cursors, audited


def test_a_crawled_batch_is_written_in_a_handful_of_statements(store):
    org_id, v1, _ = _accounts(store)
    with Statements(store.engine) as sql:
        done = crawls.store_batch(store, org_id, v1, [account_dict(id="x:@v1", bio="new bio")] + _posts(300),
                                  [], {"since": "300"})
    assert (done.new, done.changed, done.account_changed) == (300, 0, True)
    assert sql.n <= 25, f"{sql.n} statements for 300 posts"
    posts, media, cursors, audited = _rows(store)
    assert len(posts) == 300 and media == 100 and cursors == {v1: {"since": "300"}}
    assert all(key is None for _, _, key, _ in posts) and audited["x:@v1"] is None  # due for their audit


def test_the_same_batch_again_stores_nothing_new_and_edits_update_in_place(store):
    org_id, v1, _ = _accounts(store)
    crawls.store_batch(store, org_id, v1, _posts(50), [], {"since": "50"})
    with store.session() as s:
        s.execute(db.PostRow.__table__.update().values(audited_key="hash:fp"))
        s.execute(db.AccountRow.__table__.update().values(audited_key="fp"))
    again = crawls.store_batch(store, org_id, v1, _posts(50), ["x:49"], {"since": "50"})
    assert (again.new, again.changed, again.account_changed) == (0, 0, False)
    edited = crawls.store_batch(store, org_id, v1, _posts(50, edited={3, 4}), [], {"since": "51"})
    assert (edited.new, edited.changed, edited.account_changed) == (0, 2, True)
    posts, media, cursors, audited = _rows(store)
    assert len(posts) == 50 and media == 17 and cursors == {v1: {"since": "51"}}
    texts = {ext: (text, key, live) for ext, text, key, live in posts}
    assert texts["x:3"] == ("post 3 edited", "hash:fp", True)  # the account, not the post mark, makes it due
    assert texts["x:49"][2] is True  # deleted, then crawled again: live again
    assert audited["x:@v1"] is None


def test_a_post_twice_in_one_batch_is_stored_once(store):
    org_id, v1, _ = _accounts(store)
    done = crawls.store_batch(store, org_id, v1, _posts(5) + _posts(1, edited={0}), [], {"since": "5"})
    posts, _, _, _ = _rows(store)
    assert done.new == 5 and len(posts) == 5


def test_a_failed_batch_commits_neither_its_posts_nor_its_cursor(store):
    org_id, v1, v2 = _accounts(store)
    crawls.store_batch(store, org_id, v2, _posts(1, owner="x:@v2", start=99), [], {"since": "v2"})
    crawls.store_batch(store, org_id, v1, _posts(10), [], {"since": "10"})
    with pytest.raises(OwnershipError):  # x:99 is v2's: the whole batch is refused
        crawls.store_batch(store, org_id, v1, _posts(5, start=10) + _posts(1, start=99), [], {"since": "16"})
    posts, _, cursors, _ = _rows(store)
    assert len(posts) == 11 and cursors[v1] == {"since": "10"}
