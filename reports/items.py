"""Small shared pieces: month arithmetic, dates for people, and a stored finding as
a report item (redacted excerpts, links, the pack's clause and advice)."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone

from reports.context import FindingItem
from socialaudit.core import redact
from socialaudit.core.links import http_url
from socialaudit.core.policy import Policy

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


class ReportError(ValueError):
    """A report that cannot be made; the message says why, for a person."""


def parse_month(text: str) -> str:
    if not MONTH.match(text or ""):
        raise ReportError(f"month must look like 2026-10, not {text!r}")
    return text


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """[first instant, first instant of the next month) in UTC."""
    y, m = (int(p) for p in parse_month(month).split("-"))
    start = datetime(y, m, 1, tzinfo=timezone.utc)
    end = datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=timezone.utc)
    return start, end


def shift_month(month: str, delta: int) -> str:
    y, m = (int(p) for p in month.split("-"))
    n = y * 12 + (m - 1) + delta
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def month_of(t: datetime) -> str:
    return f"{t.year:04d}-{t.month:02d}"


def month_label(month: str, *, short: bool = False) -> str:
    """"October 2026", or "Oct" for a chart's axis."""
    y, m = (int(p) for p in month.split("-"))
    return date(y, m, 1).strftime("%b" if short else "%B %Y")


def aware(t: datetime | None) -> datetime | None:
    return t if t is None or t.tzinfo else t.replace(tzinfo=timezone.utc)


def day_label(t: datetime | None) -> str:
    return f"{t.day} {t:%b %Y}" if t else ""


def review_url(base_url: str, finding_id: int) -> str:
    """The finding's page in the review web app (socialaudit.app.web.views_review)."""
    return f"{base_url.rstrip('/')}/findings/{finding_id}"


def distinct_excerpts(evidence: list[dict], limit: int = 2) -> list[str]:
    """The stored (already redacted) excerpts, without windows that repeat another's text."""
    return redact.distinct_excerpts((e.get("excerpt") or "" for e in evidence), limit)


def finding_item(f, post, account, policy: Policy, base_url: str) -> FindingItem:
    """A stored finding (with its post and account, when it has them) as a report item."""
    rule = policy.rule(f.rule)
    return FindingItem(
        id=f.id, rule=f.rule, title=f.message or rule.message, severity=f.severity,
        clause=f.clause or rule.clause, policy_text=rule.policy_text, advice=rule.advice,
        excerpts=distinct_excerpts(f.evidence or []),
        post_url=http_url(post.url) if post is not None else None, review_url=review_url(base_url, f.id),
        account=account.external_id if account is not None else f.subject,
        found_on=day_label(aware(f.created_at)), state=f.state)
