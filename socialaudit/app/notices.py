"""The notice a volunteer gets when a coordinator confirms one of their findings: the
store queues it (socialaudit.storage.review), the reports' templates word it, the
organisation's policy gives the advice. This is where the three meet."""
from __future__ import annotations

from pathlib import Path

from reports.notice import Notice, render_notice
from socialaudit.core.policy import Policy
from socialaudit.storage import schema as db
from socialaudit.storage.review import Notice as Render


def volunteer_notice(policy: Policy, base_url: str, template_dir: Path | None = None) -> Render:
    """How a confirmed finding's notice reads, under this policy."""
    def render(org: db.Organisation, person: db.Person, finding: db.FindingRow) -> tuple[str, str, str]:
        return render_notice(Notice(
            org_name=org.name if org else "", first_name=(person.name or "").split(" ")[0], message=finding.message,
            excerpts=[e.get("excerpt", "") for e in finding.evidence or []], advice=policy.rule(finding.rule).advice,
            help_text=policy.section("review").get("help_text", ""),
            link=f"{base_url.rstrip('/')}/findings/{finding.id}" if base_url else ""), template_dir)
    return render
