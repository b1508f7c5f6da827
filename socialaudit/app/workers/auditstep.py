"""The audit tasks: a chunk of an account's posts under the text rules ("audit") or the photo
rules ("photos"), then the account rules once every chunk of the account is done.

A chunk's findings, its posts' audited marks and the task's `done` commit in one
transaction, so a redelivered chunk either finds it done or does it all again; findings are
upserted by identity either way. What the account rules need from the posts (how many,
their tags, which rules fired) is kept in each chunk's result and summed by the account
rules, which the account's last chunk to finish runs straight after itself (an account
with nothing to chunk gets an "account" task from its crawl). The own-family pass
(auditors.nlp.names_own) reads all the account's stored posts, not the chunk's: each worker
does it once per account and run (WorkerContext.own_family).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from auditors import registry
from auditors.context import AccountActivity
from auditors.evaluate import Evaluator
from auditors.nlp.names_own import READERS
from socialaudit.app.workers.context import OrgPolicy, WorkerContext, photo_rules
from socialaudit.app.workers.handoff import pass_on
from socialaudit.core import model
from socialaudit.core.sources import AuditError
from socialaudit.storage import chunkaudit, workqueue


def _rules(op: OrgPolicy, kind: str) -> set[str]:
    photos = photo_rules()
    post_rules = {r.id for r in registry.all_rules() if r.spec.subject == "post" and op.prepared.rule(r.id).enabled}
    return post_rules & photos if kind == "photos" else post_rules - photos


def chunk(ctx: WorkerContext, kind: str, run_id: int, key: str) -> None:
    row = workqueue.begin(ctx.store, run_id, kind, key)
    if row is None:
        return
    if not row.done:
        _audit_chunk(ctx, kind, row.id, run_id, row.organisation_id, row.account_id, row.payload["posts"])
    ready = workqueue.account_ready(ctx.store, run_id, row.account_id) if row.account_id else None
    if ready is not None:  # the account's last chunk: its account rules run here, saving a task
        account(ctx, run_id, ready)
    else:
        pass_on(ctx, run_id, row.organisation_id, None)


def _audit_chunk(ctx: WorkerContext, kind: str, row_id: int, run_id: int, org_id: int, account_id: int,
                 post_ids: list[int]) -> None:
    op = ctx.org(org_id)
    rules = _rules(op, kind)
    with ctx.store.session() as s:
        account = model.parse_record(chunkaudit.account_record(s, account_id))
        records = chunkaudit.post_records(s, post_ids)
    posts = [(pid, model.parse_record(rec)) for pid, rec in records]
    results = []
    if rules and posts:
        evaluator = Evaluator(op.prepared, rules, {account.id: account}, op.learned if kind == "audit" else None)
        if READERS & rules:  # names the account's other posts show to be its own family or supported people
            evaluator.own_family, evaluator.known_names = ctx.account_names(run_id, op, account_id, account)
        results = evaluator.posts([(None, p) for _, p in posts], "store", ctx.settings.data_dir)
    activity: dict[str, Any] = {"posts": len(posts) if kind == "audit" else 0, "tags": Counter(),
                                "rule_hits": Counter(), "errors": 0}
    with ctx.store.session() as s:
        mine = workqueue.get_by_id(s, row_id, lock=True)
        if mine is None or mine.done:
            return
        writer = chunkaudit.ChunkWriter(s, org_id, account_id, run_id, rules, _grace(op))
        for (pid, post), result in zip(posts, results):
            writer.post(pid, post, result.findings, op.policy.fingerprint if kind == "audit" else None,
                        ctx.settings.data_dir, ctx.settings.data_dir if kind == "audit" else None)
            activity["tags"].update(result.tags)
            activity["rule_hits"].update(f.rule for f in result.findings)
            activity["errors"] += len(result.errors)
        if kind == "audit" and not results:  # no text rule enabled: the posts are audited all the same
            for pid, post in posts:
                writer.post(pid, post, [], op.policy.fingerprint)
        writer.finish()
        workqueue.complete(s, row_id, {**activity, "tags": dict(activity["tags"]),
                                       "rule_hits": dict(activity["rule_hits"]), **writer.counts})


def account(ctx: WorkerContext, run_id: int, key: str) -> None:
    row = workqueue.begin(ctx.store, run_id, "account", key)
    if row is None:
        return
    if not row.done:
        _account_rules(ctx, row.id, run_id, row.organisation_id, int(key))
    pass_on(ctx, run_id, row.organisation_id, None)


def _account_rules(ctx: WorkerContext, row_id: int, run_id: int, org_id: int, account_id: int) -> None:
    op = ctx.org(org_id)
    with ctx.store.session() as s:
        acc = model.parse_record(chunkaudit.account_record(s, account_id))
        activity = AccountActivity()
        for result in workqueue.chunk_results(s, run_id, account_id):
            activity.posts += int(result.get("posts", 0))
            activity.tags.update(result.get("tags") or {})
            activity.rule_hits.update(result.get("rule_hits") or {})
    errors: list[AuditError] = []
    findings = Evaluator(op.prepared, accounts={acc.id: acc}).account(acc, activity, errors, "store")
    with ctx.store.session() as s:
        mine = workqueue.get_by_id(s, row_id, lock=True)
        if mine is None or mine.done:
            return
        writer = chunkaudit.ChunkWriter(s, org_id, account_id, run_id, set(), _grace(op))
        writer.account_findings(findings, op.policy.fingerprint)
        writer.finish()
        workqueue.complete(s, row_id, {"errors": len(errors), **writer.counts})


def _grace(op: OrgPolicy) -> int:
    return int(op.policy.section("review").get("grace_days", 0))
