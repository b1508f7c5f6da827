"""What a worker process keeps between tasks: the settings and the store, opened once, and
each organisation's policy, prepared policy and learned layer, loaded once per version.

`Publish` is how a step hands work on: (kind, run id, key). The Celery tasks pass one that
enqueues; tests and the in-process bench may pass one that calls the step directly.
"""
from __future__ import annotations

import os
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from auditors.engine import account_names_of
from auditors.learned.builtin import layer_for
from auditors.learned.heads import Heads
from auditors.learned.layer import LearnedLayer
from auditors.prepared import Prepared
from auditors.registry import load_policy
from socialaudit.core.model import Account
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import accounts as stored_accounts
from socialaudit.storage import learning as storage_learning
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store

# (own family, supported people named) per account id: what auditors.engine.account_names_of gives
AccountNames = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]

Publish = Callable[[str, int, str], None]

# The post rules that decode pixels (faces, children, logos): their own task type and queue,
# so photo work can go to machines with more cores. SOCIALAUDIT_PHOTO_RULES overrides.
PHOTO_RULES = ("family-photo", "logo-misuse")
CHUNK = 100  # posts per audit task
FAMILY_CACHE = 256  # accounts whose own-family pass a worker keeps (a few names each)


def photo_rules() -> frozenset[str]:
    env = os.environ.get("SOCIALAUDIT_PHOTO_RULES")
    return frozenset(r.strip() for r in env.split(",") if r.strip()) if env else frozenset(PHOTO_RULES)


@dataclass
class OrgPolicy:
    """One organisation's policy as a worker uses it."""
    org_id: int
    policy: Policy
    prepared: Prepared
    learned: LearnedLayer | None

    @property
    def model_version(self) -> str:
        return self.learned.version if self.learned is not None else "none"


@dataclass
class Learning:
    """The monthly refit after an organisation's mail (as the in-process run's): the gate
    folders (None: the checkout's eval/frozen sets), the decisions needed, and the refit's
    strength (socialaudit.app.learning.refit_organisation)."""
    enabled: bool = True
    gate: list[Path] | None = None
    min_decisions: int = 40
    strength: float = 1.0


@dataclass
class WorkerContext:
    settings: Settings
    store: Store
    publish: Publish
    _orgs: dict[tuple[int, str | None, str], OrgPolicy] = field(default_factory=dict)
    _recent: dict[int, tuple[float, OrgPolicy]] = field(default_factory=dict)
    recheck_after: float = 30.0  # seconds: how soon a changed pack or refit reaches a busy worker
    learning: "Learning" = field(default_factory=lambda: Learning())
    _family: OrderedDict[tuple[int, int, str], AccountNames] = field(default_factory=OrderedDict)

    def account_names(self, run_id: int, op: OrgPolicy, account_id: int, account: Account) -> AccountNames:
        """The account's own-family pass (auditors.engine.account_names_of: its own family and
        the supported people it names) over all its stored
        posts, not just a chunk's: computed once per account, run and policy by this worker,
        and again, to the same result, by any other worker that gets a chunk of the account.
        The posts of an account do not change within a run (its crawl planned the chunks)."""
        key = (run_id, account_id, op.policy.fingerprint)
        found = self._family.get(key)
        if found is None:
            with self.store.session() as s:
                found = account_names_of(account, stored_accounts.post_texts(s, [account_id]), op.prepared)
            self._family[key] = found
            while len(self._family) > FAMILY_CACHE:
                self._family.popitem(last=False)
        self._family.move_to_end(key)
        return found

    def org(self, org_id: int) -> OrgPolicy:
        """The organisation's policy (reloaded when its pack or its learned heads change)."""
        seen = self._recent.get(org_id)
        if seen is not None and time.monotonic() - seen[0] < self.recheck_after:
            return seen[1]
        op = self._load(org_id)
        self._recent[org_id] = (time.monotonic(), op)
        return op

    def _load(self, org_id: int) -> OrgPolicy:
        with self.store.session() as s:
            org = s.get(db.Organisation, org_id)
            if org is None:
                raise LookupError(f"organisation {org_id} is gone")
            heads_row = storage_learning.active_heads(s, org)
            key = (org_id, org.policy_fingerprint, heads_row.version if heads_row else "shipped")
            if key not in self._orgs:
                policy = load_policy(org.policy_ref)
                heads = Heads.from_bytes(heads_row.heads, heads_row.info) if heads_row is not None else None
                self._orgs[key] = OrgPolicy(org_id, policy, Prepared(policy), layer_for(policy, heads))
        return self._orgs[key]
