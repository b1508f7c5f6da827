"""The volunteer's self-audit report: their own new findings, the clause in plain
words, what to change and how to ask for help.

When it is due: whenever a volunteer's accounts have open findings that no earlier
self-audit told them about. The first one follows their first import (everything
found in their history); later ones follow a run that found something new. Each
report remembers the newest run it covers (`OutboxMessage.run_id`), so a finding is
reported to its volunteer once, and the message's dedupe key makes queuing it
idempotent. It arrives while the grace window is still open, so the volunteer can
fix a post before their coordinator sees it.
"""
from __future__ import annotations

from reports.context import SelfAuditReport
from reports.items import aware, day_label, finding_item
from socialaudit.core.policy import Policy
from socialaudit.core.reporting import SelfAuditFacts
from socialaudit.core.rules import SEVERITIES


def build_selfaudit(facts: SelfAuditFacts, policy: Policy, base_url: str) -> SelfAuditReport:
    items = [finding_item(f, facts.posts.get(f.post_id), facts.accounts.get(f.account_id), policy, base_url)
             for f in sorted(facts.findings, key=lambda f: (-SEVERITIES.index(f.severity), f.id))]
    ends = [aware(f.visible_to_coordinator_at) for f in facts.findings if f.visible_to_coordinator_at]
    grace_end = min(ends) if ends else None
    return SelfAuditReport(
        org_name=facts.org_name, first_name=(facts.person.name or "").split(" ")[0], findings=items,
        other_open=facts.other_open, grace_until=day_label(grace_end) if grace_end and grace_end > facts.now else "",
        help_text=policy.section("review").get("help_text", ""), base_url=base_url.rstrip("/"))
