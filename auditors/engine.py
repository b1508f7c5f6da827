"""The audit core: records in, findings out, streaming.

    for item in audit(source, prepared):
        item.subject, item.findings, item.account

`audit()` reads the source in two passes — the account records first (and, from the
posts that hold a kin cue, the names each author shows to be their own family:
auditors.nlp.names_own), then every post, audited as it is read — and yields one `Audited` per post in input order,
then one per account (the account rules see what the account's posts showed).
Memory grows with the number of accounts, never with the number of posts. One
failing rule is recorded in the summary and skipped (STYLE: bandit); it never
aborts the run. Everything that consumes an audit — the writers of `audit`, the
store's recorder, `import`, the scheduled run, the self-audit, the draft check —
iterates this one generator.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from functools import partial
from typing import Callable, Iterable, Iterator

from auditors.context import AccountActivity
from auditors.evaluate import Evaluator, PostResult, classify
from auditors.facts import is_carer_account
from auditors.family import names_supported_in
from auditors.learned.layer import LearnedLayer
from auditors.nlp.names_own import READERS, AccountFamily, care_line, kin_line
from auditors.parallel import WorkerSetup, chunks, evaluate_in_workers, evaluate_lines_in_workers
from auditors.prepared import Prepared
from socialaudit.core.errors import RecordError
from socialaudit.core.model import Account, Finding, Post, default_account_for, parse_record
from socialaudit.core.sources import Audited, AuditError, AuditSummary, RecordSource, parse_line

PROGRESS_EVERY = 1000


class Audit:
    """One audit of a source: iterate it for `Audited` items; `summary` says what was seen.

    `jobs` > 1 spreads the post rules over worker processes (auditors.parallel); the
    items, their order and the summary are the same as with one process.

    `history(account_id)`, when given (an audit recorded in the store), yields the texts of
    that account's earlier stored posts: they are read for the author's own family too, as
    the audit of all the account's posts would (the scheduled run, a worker's chunk)."""

    def __init__(self, source: RecordSource, prepared: Prepared, *, only: Iterable[str] | None = None,
                 jobs: int = 1, progress: Callable[[int], None] | None = None,
                 learned: LearnedLayer | None = None, history: Callable[[str], Iterable[str | None]] | None = None):
        self.source, self.prepared, self.only, self.jobs = source, prepared, only, jobs
        self.history = history
        self.progress, self.learned = progress, learned
        self.summary = AuditSummary()
        self.accounts: dict[str, Account] = {}
        self.evaluator = Evaluator(prepared, only, self.accounts, learned)
        self._activity: dict[str, AccountActivity] = {}
        self._seen: set[str] = set()

    def __iter__(self) -> Iterator[Audited]:
        self._load_accounts()
        with _long_lived_frozen():
            yield from self._audited()

    def _audited(self) -> Iterator[Audited]:
        if self.jobs > 1 and hasattr(self.source, "raw_lines"):
            for item in evaluate_lines_in_workers(self.source.raw_lines(), self._worker_setup()):  # type: ignore
                if isinstance(item, PostResult):
                    yield self._commit(item)
                else:
                    self._note(item)
        else:
            if self.jobs > 1:
                results = evaluate_in_workers(self.posts(), self._worker_setup())
            else:
                results = (result for batch in chunks(self.posts())
                           for result in self.evaluator.posts(batch, self.source.name, self.source.media_root))
            for result in results:
                yield self._commit(result)
        yield from self._accounts()

    def _worker_setup(self) -> WorkerSetup:
        return WorkerSetup(self.prepared, self.only, self.accounts, self.source.name, self.source.media_root,
                           self.jobs, self.learned, self.evaluator.own_family, self.evaluator.known_names)

    def run(self) -> AuditSummary:
        """Audit everything, keeping nothing but the summary (for callers that only count)."""
        for _ in self:
            pass
        return self.summary

    # -- pass 1: accounts ----------------------------------------------------------
    def _load_accounts(self) -> None:
        family = AccountFamily(self.prepared, self.accounts, is_carer_account)
        wanted = bool(READERS & self.evaluator.post_rule_ids)
        posters: set[str] | None = set() if wanted and self.history is not None else None
        for rec in self._first_pass(family if wanted else None, posters):
            if isinstance(rec, dict) and rec.get("kind") == "account":
                try:
                    acc = parse_record(rec)
                except RecordError:
                    continue  # reported in pass 2 with its line number
                self.accounts.setdefault(acc.id, acc)  # type: ignore[arg-type]
            elif posters is not None and isinstance(rec, dict) and rec.get("kind") == "post":
                _note_poster(posters, rec)  # a post line that names "account" in its text
        if posters is not None and self.history is not None:
            for account_id in sorted(posters | set(self.accounts)):
                for text in self.history(account_id):
                    family.read(account_id, text)
        self.evaluator.own_family = family.frozen()
        if wanted:
            self.evaluator.known_names = family.known(self.evaluator.own_family,
                                                      partial(names_supported_in, prepared=self.prepared))

    def _first_pass(self, family: AccountFamily | None,
                    posters: set[str] | None = None) -> Iterator[dict | RecordError]:
        """The account records; post lines with a kin cue are read for the author's own family
        (when a rule that reads it runs). A source without raw lines (an archive: one person's
        export) is read whole. With `posters`, the ids of the accounts the posts are of are
        collected in it (whose stored history `history` then reads)."""
        if family is None:
            yield from (rec for _, rec in self.source.records(accounts_only=True))
            return
        if not hasattr(self.source, "raw_lines"):
            for _, rec in self.source.records():
                if posters is not None and isinstance(rec, dict) and rec.get("kind") == "post":
                    _note_poster(posters, rec)
                if isinstance(rec, dict) and rec.get("kind") == "post" and isinstance(rec.get("text"), str):
                    family.read(str(rec.get("account_id")), rec["text"])
                elif isinstance(rec, dict) and rec.get("kind") == "account":
                    yield rec
            return
        for _, raw in self.source.raw_lines():  # type: ignore[attr-defined]
            if b'"account"' in raw:
                yield parse_line(raw, True)
                continue
            kin = kin_line(raw)
            care = care_line(raw, family.care_keys)
            if posters is not None or kin or care:
                rec = parse_line(raw)
                if not (isinstance(rec, dict) and rec.get("kind") == "post"):
                    continue
                if posters is not None:
                    _note_poster(posters, rec)
                if isinstance(rec.get("text"), str):
                    if kin:
                        family.note(str(rec.get("account_id")), rec["text"])
                    # the raw line's test is a prefilter (a handle may hold a cue word); the text decides,
                    # as it does for stored history and archives, so every path keeps the same texts
                    if care and care_line(rec["text"].encode("utf-8", "replace"), family.care_keys):
                        family.note_care(str(rec.get("account_id")), rec["text"])

    # -- pass 2: posts -------------------------------------------------------------
    def posts(self) -> Iterator[tuple[int | None, Post]]:
        """The source's posts, parsed; bad records are noted as errors, accounts counted."""
        for line, rec in self.source.records():
            obj = classify(line, rec, self.source.name)
            if isinstance(obj, Post):
                yield line, obj
            else:
                self._note(obj)

    def _note(self, item: Account | AuditError | str | None) -> None:
        """Count an account record (an Account, or its id from a worker) or note a bad record."""
        if isinstance(item, AuditError):
            self.summary.add_error(item)
        elif item is not None:
            key = item if isinstance(item, str) else item.id
            if key not in self._seen:
                self._seen.add(key)
                self.summary.accounts += 1

    def _commit(self, result: PostResult) -> Audited:
        """Count, remember for the account rules, and hand the post on (always in this process)."""
        post = result.post
        self.summary.posts += 1
        self.summary.media += result.media
        for e in result.errors:
            self.summary.add_error(e)
        activity = self._activity.get(post.account_id)
        if activity is None:  # not setdefault: an AccountActivity per post costs two Counters
            activity = self._activity[post.account_id] = AccountActivity()
        activity.posts += 1
        for key in result.tags:
            activity.tags[key] += 1
        for f in result.findings:
            activity.rule_hits[f.rule] += 1
        self.summary.findings += len(result.findings)
        if self.progress and self.summary.posts % PROGRESS_EVERY == 0:
            self.progress(self.summary.posts)
        known = post.account_id in self.accounts
        account = self.accounts.get(post.account_id) or default_account_for(post)
        return Audited(post, result.findings, account, known)

    # -- the account rules, last -----------------------------------------------------
    def _accounts(self) -> Iterator[Audited]:
        for acc in self.accounts.values():
            errors: list[AuditError] = []
            findings = self.evaluator.account(acc, self._activity.get(acc.id, AccountActivity()), errors,
                                              self.source.name)
            for e in errors:
                self.summary.add_error(e)
            self.summary.findings += len(findings)
            yield Audited(acc, findings, acc, True)


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """Exempt what exists before the posts (lexicons, the register, the accounts, the model)
    from the collector while they are audited: every full collection would otherwise walk
    those hundreds of thousands of objects again (some 2% of an audit's time), and none of
    them becomes garbage before the audit ends. Only when the collector is not frozen
    already (a caller's own freeze is left as it is)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _note_poster(posters: set[str], rec: dict) -> None:
    account_id = rec.get("account_id")
    if isinstance(account_id, str) and account_id:
        posters.add(account_id)


def audit(source: RecordSource, prepared: Prepared, **options) -> Audit:
    """Audit a source under a prepared policy (see `Audit`)."""
    return Audit(source, prepared, **options)


def audit_one(post: Post, account: Account, prepared: Prepared, media_root=None,
              learned: LearnedLayer | None = None, history: Iterable[str | None] = ()
              ) -> tuple[list[Finding], list[AuditError]]:
    """One post on its own (a draft): every enabled post rule, nothing stored or counted.
    `history`: the texts of the author's other posts, when the author is known, read for
    their own family as an audit of the whole account would."""
    evaluator = Evaluator(prepared, accounts={account.id: account}, learned=learned)
    evaluator.own_family, evaluator.known_names = account_names_of(account, history, prepared)
    result = evaluator.post(post, "draft", media_root)
    return result.findings, result.errors


def account_names_of(account: Account, texts: Iterable[str | None], prepared: Prepared
                     ) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The own-family pass for one account whose posts are audited apart from each other (a
    worker's chunk, a draft): its posts' `texts` are read as `Audit` reads a bundle's, and the
    result is what `Evaluator.own_family` and `Evaluator.known_names` take (empty when the
    account shows no family and names no supported person)."""
    family = AccountFamily(prepared, {account.id: account}, is_carer_account)
    for text in texts:
        family.read(account.id, text)
    own = family.frozen()
    return own, family.known(own, partial(names_supported_in, prepared=prepared))
