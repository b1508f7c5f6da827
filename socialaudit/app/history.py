"""The stored history an audit recorded in the store reads: the texts of each audited
account's earlier stored posts, for the author's own family ("my son Alfie" last month
means Alfie named today is not a leak; auditors.engine.Audit's `history`). Read through
socialaudit.storage.accounts, one short session per account; an account not stored
(or withdrawn) has none, so an audit of new accounts finds what it found before."""
from __future__ import annotations

from typing import Any, Callable, Iterator

from socialaudit.core.policy import Policy


def org_history(store: Any, policy: Policy) -> Callable[[str], Iterator[str]]:
    """Any account of the policy's organisation (`audit --store`, `import`)."""
    from socialaudit.storage import accounts  # the database only for the paths that have one

    def texts(external_id: str) -> Iterator[str]:
        with store.session() as s:
            row = accounts.account_in(s, policy.id, external_id)
            if row is not None:
                yield from accounts.post_texts(s, [row[0]])
    return texts


def person_history(store: Any, person_id: int) -> Callable[[str], Iterator[str]]:
    """Only a person's own accounts (a volunteer's self-audit: another account's stored
    posts are not theirs to read, even as a name that is not shown)."""
    from socialaudit.storage import accounts

    def texts(external_id: str) -> Iterator[str]:
        with store.session() as s:
            ids = [i for i, rec in accounts.person_accounts(s, person_id) if rec.get("id") == external_id]
            if ids:
                yield from accounts.post_texts(s, ids)
    return texts
