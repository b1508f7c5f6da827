"""Set-based writes of one batch of audited posts and accounts: a few statements per batch,
not several per post.

The semantics are those of `storage.repo` (its functions stay the per-record path):

- a post is upserted by (organisation, external id) with `INSERT … ON CONFLICT DO UPDATE`
  in executemany form; an unchanged one only gets its `last_seen_at` and `audited_key`
  touched; a post stored under another account is never moved (the batch is refused);
- its media rows are replaced when it is new or changed;
- a finding is upserted by (organisation, fingerprint): a new one starts open (dismissed if a
  suppression matches), one seen again keeps its review state, a resolved one is reopened;
  every creation and reopening is written to the review trail;
- findings of a re-audited post that no longer fire are resolved.

Statuses are read with one SELECT per table before writing, so the counts are those the
per-record path would give. Anything this path cannot decide set-based (a post id or a
finding twice in the batch, a post under another account) raises `Refused`, and the caller
falls back to the per-record path for that batch.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Iterable, Iterator, Sequence, cast

from sqlalchemy import Table, case, delete, func, insert, null, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from socialaudit.core import model
from socialaudit.storage import schema as db
from socialaudit.storage.repo import OPEN_STATES, now

POSTS = cast(Table, db.PostRow.__table__)
MEDIA = cast(Table, db.PostMedia.__table__)
FINDINGS = cast(Table, db.FindingRow.__table__)
EVENTS = cast(Table, db.ReviewEvent.__table__)
IN_CHUNK = 900  # ids per IN (...): well under SQLite's and PostgreSQL's parameter limits


class Refused(Exception):
    """This batch needs the per-record path (it says why)."""


@dataclass
class Entry:
    """One audited subject of a batch: a post, or an account's own findings (`post` None)."""
    account_id: int  # the account's row id
    findings: list[model.Finding]
    post: model.Post | None = None


@dataclass
class Written:
    """What a batch wrote: counts as the recorder keeps them, and each post's row id and status."""
    counts: Counter[str] = field(default_factory=Counter)
    post_ids: dict[str, int] = field(default_factory=dict)
    status: dict[str, str] = field(default_factory=dict)
    fingerprints: dict[str, set[str]] = field(default_factory=dict)  # each post's findings


@dataclass
class Context:
    organisation_id: int
    run_id: int | None
    policy_fingerprint: str
    grace_days: int = 0
    at: datetime = field(default_factory=now)


def write_crawled(s: Session, ctx: Context, account_id: int, posts: Sequence[model.Post]) -> Written:
    """A crawled batch of one account's posts, not audited yet (the crawl's store step): new
    ones inserted unaudited, changed ones updated with their audit mark kept (the caller
    marks the account due), unchanged ones only seen now. Same `Refused` contract as `write`."""
    out = Written()
    _write_posts(s, ctx, [Entry(account_id, [], p) for p in posts], out, audited=False)
    return out


def write_chunk(s: Session, ctx: Context, account_id: int, posts: Sequence[tuple[int, model.Post, list[model.Finding]]],
                rules: set[str], *, audited: bool) -> Written:
    """One audit chunk of stored posts (post row id, post, findings) under a rule set: the
    findings upserted, the set's findings that no longer fire on these posts resolved, and,
    when `audited`, the posts marked audited under `ctx.policy_fingerprint`. Posts whose row
    is gone (erased meanwhile) are left out."""
    out = Written()
    alive = set(_chunked(s, [pid for pid, _, _ in posts], lambda chunk: select(POSTS.c.id).where(
        POSTS.c.id.in_(chunk), POSTS.c.organisation_id == ctx.organisation_id), scalar=True))
    entries = []
    for pid, post, findings in posts:
        if pid in alive:
            out.post_ids[post.id], out.status[post.id] = pid, "same"
            entries.append(Entry(account_id, findings, post))
    _write_findings(s, ctx, entries, out)
    for e in entries:
        out.fingerprints.setdefault(cast(model.Post, e.post).id, set())
    _resolve_missing(s, ctx, {out.post_ids[pid]: fps for pid, fps in out.fingerprints.items()}, out, rules)
    if audited:
        _mark_audited(s, ctx, sorted(alive))
    return out


def write_account_findings(s: Session, ctx: Context, account_id: int, findings: list[model.Finding]) -> Written:
    """The account rules' findings (no post), upserted set-based."""
    out = Written()
    _write_findings(s, ctx, [Entry(account_id, findings)], out)
    return out


def write(s: Session, ctx: Context, entries: Sequence[Entry]) -> Written:
    """Write the batch in a handful of statements; raises `Refused` (nothing decided) or the
    database's error. Run it inside a savepoint so either leaves nothing behind."""
    out = Written()
    posts = [e for e in entries if e.post is not None]
    _write_posts(s, ctx, posts, out)
    _write_findings(s, ctx, entries, out)
    _resolve_gone(s, ctx, posts, out)
    return out


# -- posts ------------------------------------------------------------------------------
def _write_posts(s: Session, ctx: Context, entries: list[Entry], out: Written, *, audited: bool = True) -> None:
    ids = [cast(model.Post, e.post).id for e in entries]
    if len(set(ids)) != len(ids):
        raise Refused("a post twice in one batch")
    stored = {r.external_id: r for r in _chunked(s, ids, lambda chunk: select(
        POSTS.c.id, POSTS.c.external_id, POSTS.c.account_id, POSTS.c.content_hash).where(
        POSTS.c.organisation_id == ctx.organisation_id, POSTS.c.external_id.in_(chunk)))}
    fresh: dict[str, dict[str, Any]] = {}
    for e in entries:
        post = cast(model.Post, e.post)
        old, digest = stored.get(post.id), post.content_hash()
        if old is not None and old.account_id != e.account_id:
            raise Refused("a post stored under another account")
        status = "new" if old is None else "same" if old.content_hash == digest else "changed"
        out.status[post.id] = status
        out.counts[f"posts_{status}"] += 1
        if old is not None and status == "same":
            out.post_ids[post.id] = old.id
        else:
            fresh[post.id] = _post_values(ctx, e.account_id, post, digest, audited)
    _touch_same(s, ctx, [out.post_ids[pid] for pid, st in out.status.items() if st == "same"], audited)
    if fresh:
        _upsert_posts(s, ctx, fresh, {pid: v["account_id"] for pid, v in fresh.items()}, out, audited)
        _replace_media(s, entries, out)


def _audited_key(ctx: Context) -> Any:
    """The audit mark made in SQL from the stored hash (the post's, for an unchanged post)."""
    return func.substr(POSTS.c.content_hash, 1, 32) + f":{ctx.policy_fingerprint}"


def _touch_same(s: Session, ctx: Context, row_ids: list[int], audited: bool = True) -> None:
    """Unchanged posts: seen now, not deleted, and (audited) audited under this policy, in
    one statement per chunk."""
    values: dict[str, Any] = {"last_seen_at": ctx.at, "deleted_at": None}
    if audited:
        values["audited_key"] = _audited_key(ctx)
    for chunk in _chunks(row_ids):
        s.execute(update(POSTS).where(POSTS.c.id.in_(chunk)).values(**values))


def _mark_audited(s: Session, ctx: Context, row_ids: list[int]) -> None:
    for chunk in _chunks(row_ids):
        s.execute(update(POSTS).where(POSTS.c.id.in_(chunk)).values(audited_key=_audited_key(ctx)))


def _post_values(ctx: Context, account_id: int, post: model.Post, digest: str, audited: bool = True) -> dict[str, Any]:
    return {"organisation_id": ctx.organisation_id, "account_id": account_id, "external_id": post.id,
            "platform": post.platform, "created_at": post.created_at, "text": post.text, "url": post.url,
            "lang": post.lang, "visibility": post.visibility, "record": post.to_dict(), "content_hash": digest,
            "audited_key": f"{digest[:32]}:{ctx.policy_fingerprint}" if audited else None, "first_seen_at": ctx.at,
            "last_seen_at": ctx.at}


def _insert(s: Session, table: Table) -> Any:
    """The dialect's INSERT, which has `on_conflict_do_update` (SQLite and PostgreSQL)."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise Refused(f"no set-based upsert on {dialect}")


def _upsert_posts(s: Session, ctx: Context, rows: dict[str, dict[str, Any]], want: dict[str, int],
                  out: Written, audited: bool = True) -> None:
    """New and changed posts in one upsert (executemany: pysqlite runs it row by row in C,
    psycopg pipelines it), then their ids in one SELECT. A post another writer stored under
    another account meanwhile is left alone by the WHERE, and refused here."""
    stmt = _insert(s, POSTS)
    new = stmt.excluded
    content = ("text", "url", "lang", "visibility", "record", "content_hash", "last_seen_at") + \
        (("audited_key",) if audited else ())  # a crawl keeps a changed post's mark: its account is due
    s.execute(stmt.on_conflict_do_update(
        index_elements=[POSTS.c.organisation_id, POSTS.c.external_id],
        set_={**{c: new[c] for c in content}, "deleted_at": null(),
              "created_at": func.coalesce(new.created_at, POSTS.c.created_at)},
        where=POSTS.c.account_id == new.account_id), list(rows.values()))  # a post never changes hands
    for r in _chunked(s, list(rows), lambda chunk: select(POSTS.c.id, POSTS.c.external_id, POSTS.c.account_id).where(
            POSTS.c.organisation_id == ctx.organisation_id, POSTS.c.external_id.in_(chunk))):
        if r.account_id != want[r.external_id]:
            raise Refused("a post stored under another account")
        out.post_ids[r.external_id] = r.id
    if any(pid not in out.post_ids for pid in rows):
        raise Refused("a post the upsert did not store")


def _replace_media(s: Session, entries: list[Entry], out: Written) -> None:
    changed = [out.post_ids[pid] for pid, st in out.status.items() if st == "changed"]
    for chunk in _chunks(changed):
        s.execute(delete(MEDIA).where(MEDIA.c.post_id.in_(chunk)))
    rows = [{"post_id": out.post_ids[post.id], "position": i, "media_id": None, "type": m.type,
             "alt_text": m.alt_text}
            for post in (cast(model.Post, e.post) for e in entries) if out.status[post.id] != "same"
            for i, m in enumerate(post.media)]
    if rows:
        s.execute(insert(MEDIA), rows)


# -- findings -----------------------------------------------------------------------------
def _write_findings(s: Session, ctx: Context, entries: Sequence[Entry], out: Written) -> None:
    rows: dict[str, dict[str, Any]] = {}
    for e in entries:
        post_id = out.post_ids[e.post.id] if e.post is not None else None
        fps: set[str] = set()
        if e.post is not None:
            out.fingerprints[e.post.id] = fps
        for f in e.findings:
            fp = f.fingerprint
            if fp in rows:
                raise Refused("a finding twice in one batch")
            fps.add(fp)
            rows[fp] = _finding_values(ctx, f, fp, e.account_id, post_id)
    if not rows:
        return
    keys = list(rows)
    known = {r.fingerprint: r for r in _chunked(s, keys, lambda chunk: select(
        FINDINGS.c.id, FINDINGS.c.fingerprint, FINDINGS.c.state).where(
        FINDINGS.c.organisation_id == ctx.organisation_id, FINDINGS.c.fingerprint.in_(chunk)))}
    suppressed = set(_chunked(s, keys, lambda chunk: select(db.Suppression.fingerprint).where(
        db.Suppression.organisation_id == ctx.organisation_id, db.Suppression.fingerprint.in_(chunk)), scalar=True))
    for chunk in _chunks(sorted(suppressed)):
        s.execute(update(db.Suppression).where(db.Suppression.organisation_id == ctx.organisation_id,
                                               db.Suppression.fingerprint.in_(chunk)).values(last_matched_at=ctx.at))
    for fp, values in rows.items():
        if fp in suppressed:
            values["state"] = "dismissed"
    ids = _upsert_findings(s, ctx, rows)
    if len(ids) != len(rows):
        raise Refused("a finding the upsert did not return")
    _trail_findings(s, ctx, [(fp, ids[fp]) for fp in rows], known, suppressed, out)


def _finding_values(ctx: Context, f: model.Finding, fp: str, account_id: int, post_id: int | None) -> dict[str, Any]:
    return {"organisation_id": ctx.organisation_id, "fingerprint": fp, "rule": f.rule, "severity": f.severity,
            "subject": f.subject, "subject_kind": f.subject_kind, "account_id": account_id, "post_id": post_id,
            "clause": f.clause, "message": f.message, "confidence": f.confidence,
            "evidence": [ev.to_dict() for ev in f.evidence], "explanation": list(f.explanation),
            "masks": [list(m) for m in f.masks], "model_version": f.model, "state": "open",
            "first_seen_run_id": ctx.run_id, "last_seen_run_id": ctx.run_id, "created_at": ctx.at,
            "updated_at": ctx.at, "visible_to_coordinator_at": ctx.at + timedelta(days=ctx.grace_days)}


def _upsert_findings(s: Session, ctx: Context, rows: dict[str, dict[str, Any]]) -> dict[str, int]:
    """One upsert (executemany) for the batch's findings; returns their ids by fingerprint."""
    stmt = _insert(s, FINDINGS)
    new, old = stmt.excluded, FINDINGS.c
    judged = ("severity", "confidence", "message", "clause", "evidence", "explanation", "masks",
              "model_version", "updated_at")
    s.execute(stmt.on_conflict_do_update(
        index_elements=[old.organisation_id, old.fingerprint],
        set_={**{c: new[c] for c in judged},
              "last_seen_run_id": func.coalesce(new.last_seen_run_id, old.last_seen_run_id),
              # review state is kept; only a resolved finding that fires again is reopened
              "state": case((old.state == "resolved", "open"), else_=old.state)}), list(rows.values()))
    return dict(_chunked(s, list(rows), lambda chunk: select(old.fingerprint, old.id).where(
        old.organisation_id == ctx.organisation_id, old.fingerprint.in_(chunk))))


def _trail_findings(s: Session, ctx: Context, ids: list[tuple[str, int]], known: dict[str, Any],
                    suppressed: set[str], out: Written) -> None:
    """The review trail (created, reopened) and the counts, in the batch's order."""
    events: list[dict[str, Any]] = []
    for fp, finding_id in ids:
        row = known.get(fp)
        if row is None:
            note = "suppressed by an earlier dismissal" if fp in suppressed else None
            events.append({"finding_id": finding_id, "action": "created", "note": note, "at": ctx.at})
            out.counts["findings_suppressed" if fp in suppressed else "findings_new"] += 1
        elif row.state == "resolved":
            events.append({"finding_id": finding_id, "action": "reopened", "note": "seen again after being resolved",
                           "at": ctx.at})
            out.counts["findings_reopened"] += 1
        else:
            out.counts["findings_suppressed" if fp in suppressed else "findings_seen"] += 1
    if events:
        s.execute(insert(EVENTS), events)


# -- findings that no longer fire ------------------------------------------------------
def _resolve_gone(s: Session, ctx: Context, entries: list[Entry], out: Written) -> None:
    current: dict[int, set[str]] = {}
    for e in entries:
        post = cast(model.Post, e.post)
        if out.status[post.id] != "new":
            current[out.post_ids[post.id]] = out.fingerprints[post.id]
    _resolve_missing(s, ctx, current, out)


def _resolve_missing(s: Session, ctx: Context, current: dict[int, set[str]], out: Written,
                     rules: set[str] | None = None) -> None:
    """Open findings of these posts (of `rules` only, if given) not among their current ones."""
    if not current or rules is not None and not rules:
        return
    gone = [r.id for r in _chunked(s, list(current), lambda chunk: select(
        FINDINGS.c.id, FINDINGS.c.post_id, FINDINGS.c.fingerprint).where(
        FINDINGS.c.post_id.in_(chunk), FINDINGS.c.state.in_(OPEN_STATES),
        *([FINDINGS.c.rule.in_(sorted(rules))] if rules is not None else [])))
        if r.fingerprint not in current[r.post_id]]
    if not gone:
        return
    at = ctx.at
    for chunk in _chunks(gone):
        s.execute(update(FINDINGS).where(FINDINGS.c.id.in_(chunk)).values(state="resolved", updated_at=at))
    s.execute(insert(EVENTS), [{"finding_id": i, "action": "resolved", "note": "no longer found when re-audited",
                                "at": at} for i in gone])
    out.counts["findings_resolved"] += len(gone)


# -- helpers -----------------------------------------------------------------------------
def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), IN_CHUNK):
        yield items[i:i + IN_CHUNK]


def _chunked(s: Session, keys: Sequence[Any], query, *, scalar: bool = False) -> Iterable[Any]:
    """Run `query(chunk)` over the keys in chunks and chain the rows."""
    for chunk in _chunks(keys):
        result = s.execute(query(list(chunk)))
        yield from (result.scalars().all() if scalar else result.all())
