"""The monthly compliance report's context, read from the store for one coordinator
(or the whole organisation) and one month. Rendering any past month again gives
the same new findings and trend; the backlog and account sections show the state
of things at `now` (when the report is made)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reports.chart import trend_chart
from reports.context import (
    AccountProblem,
    Backlog,
    Count,
    GoodPractice,
    Headline,
    MonthlyReport,
    TrendChart,
    VolunteerFindings,
)
from reports.items import aware, day_label, finding_item, month_bounds, month_label, safe_url, shift_month
from reports.scope import Scope, coordinator_sees, fixed_in_grace, scope_findings, scope_for, shown_at
from socialaudit.core.policy import Policy
from socialaudit.core.rules import SEVERITIES
from socialaudit.storage import schema as db

OPEN = ("open", "confirmed")
AGE_BUCKETS = ((7, "Under a week"), (30, "1 to 4 weeks"), (None, "Over a month"))


def build_monthly(s: Session, org: db.Organisation, policy: Policy, base_url: str,
                  coordinator: db.Person | None, month: str, now: datetime) -> MonthlyReport:
    """Everything the monthly templates show, for `coordinator`'s volunteers in `month`."""
    scope = scope_for(s, org, coordinator)
    findings = [f for f in scope_findings(s, scope) if not fixed_in_grace(f)]
    start, end = month_bounds(month)
    new = [f for f in findings if start <= shown_at(f) < end and f.state != "dismissed"]
    visible_now = [f for f in findings if coordinator_sees(f, now)]
    return MonthlyReport(
        org_name=org.name, month=month, month_label=month_label(month), recipient_name=scope.recipient_name,
        generated_on=day_label(now), base_url=base_url.rstrip("/"),
        headline=_headline(s, scope, new, visible_now, start, end),
        by_rule=_by_rule(new, policy), by_severity=_by_severity(new),
        trend=_trend(findings, month), new_findings=_grouped(s, scope, new, policy, base_url),
        backlog=_backlog(visible_now, now), missing_disclaimer=_missing_disclaimer(scope, visible_now),
        not_crawled=_not_crawled(s, scope, start, end), went_well=_went_well(s, scope, policy, start, end),
        encouraged_hashtags=list(policy.section("hashtags").get("encouraged", [])),
        help_text=policy.section("review").get("help_text", ""))


def _headline(s: Session, scope: Scope, new: list, visible_now: list, start, end) -> Headline:
    posts = 0
    if scope.accounts:
        posts = len(s.scalars(select(db.Post.id).where(db.Post.account_id.in_(list(scope.accounts)),
                                                       db.Post.first_seen_at >= start,
                                                       db.Post.first_seen_at < end)).all())
    decided = set(s.scalars(select(db.ReviewEvent.finding_id).join(db.Finding).where(
        db.Finding.account_id.in_(list(scope.accounts)), db.ReviewEvent.at >= start, db.ReviewEvent.at < end,
        db.ReviewEvent.action.in_(("confirmed", "dismissed", "resolved")))).all()) if scope.accounts else set()
    return Headline(volunteers=len(scope.volunteers),
                    accounts=sum(1 for a in scope.accounts.values() if a.status != "paused"),
                    posts_checked=posts, new_findings=len(new),
                    new_high=sum(1 for f in new if f.severity == "high"), decided=len(decided),
                    open_backlog=sum(1 for f in visible_now if f.state in OPEN))


def _by_rule(new: list, policy: Policy) -> list[Count]:
    counts = Counter(f.rule for f in new)
    return [Count(rule, policy.rule(rule).message or rule, n) for rule, n in counts.most_common()]


def _by_severity(new: list) -> list[Count]:
    counts = Counter(f.severity for f in new)
    return [Count(sev, sev.capitalize(), counts.get(sev, 0)) for sev in SEVERITIES[::-1]
            if sev in ("high", "medium", "low")]


def _trend(findings: list, month: str) -> TrendChart:
    months = [shift_month(month, d) for d in range(-5, 1)]
    counts: dict[str, Counter] = defaultdict(Counter)
    first, _ = month_bounds(months[0])
    _, last = month_bounds(month)
    for f in findings:
        t = shown_at(f)
        if first <= t < last and f.state != "dismissed":
            counts[f"{t.year:04d}-{t.month:02d}"][f.severity] += 1
    return trend_chart(months, counts)


def _grouped(s: Session, scope: Scope, new: list, policy: Policy, base_url: str) -> list[VolunteerFindings]:
    groups: dict[str, list] = defaultdict(list)
    rank = {"high": 0, "medium": 1, "low": 2}
    for f in sorted(new, key=lambda f: (rank.get(f.severity, 3), f.id)):
        account = scope.accounts.get(f.account_id)
        post = s.get(db.Post, f.post_id) if f.post_id else None
        groups[scope.volunteer_name(account)].append(finding_item(f, post, account, policy, base_url))
    return [VolunteerFindings(name, items) for name, items in sorted(groups.items())]


def _backlog(visible_now: list, now: datetime) -> Backlog:
    waiting = [f for f in visible_now if f.state == "open"]
    ages = [(now - shown_at(f)).days for f in waiting]
    buckets, lower = [], 0
    for upper, label in AGE_BUCKETS:
        buckets.append(Count(label, label, sum(1 for a in ages if a >= lower and (upper is None or a < upper))))
        lower = upper or lower
    return Backlog(open=len(waiting), confirmed_unfixed=sum(1 for f in visible_now if f.state == "confirmed"),
                   oldest_days=max(ages, default=0), ages=buckets)


def _missing_disclaimer(scope: Scope, visible_now: list) -> list[AccountProblem]:
    out = []
    for f in visible_now:
        account = scope.accounts.get(f.account_id)
        if f.rule == "disclaimer-missing" and f.state in OPEN and account is not None:
            out.append(AccountProblem(account.external_id, account.platform, scope.volunteer_name(account),
                                      "No \u201cviews my own\u201d line in the bio", day_label(shown_at(f))))
    return out


def _not_crawled(s: Session, scope: Scope, start, end) -> list[AccountProblem]:
    failures = Counter(s.scalars(select(db.RunAccount.account_id).join(db.Run).where(
        db.RunAccount.account_id.in_(list(scope.accounts)), db.RunAccount.status != "ok",
        db.Run.started_at >= start, db.Run.started_at < end)).all()) if scope.accounts else Counter()
    out = []
    for acc in scope.accounts.values():
        if acc.status == "needs_reauth":
            reason = "Needs re-authorisation: ask the volunteer to reconnect this account"
        elif acc.last_error:
            reason = "Could not be read: " + _short_error(acc.last_error)
        elif failures.get(acc.id):
            reason = "Failed on some nights this month, fine since"
        else:
            continue
        if failures.get(acc.id):
            reason += f" ({failures[acc.id]} failed night{'s' if failures[acc.id] != 1 else ''} this month)"
        out.append(AccountProblem(acc.external_id, acc.platform, scope.volunteer_name(acc), reason,
                                  day_label(aware(acc.last_crawled_at)) if acc.last_crawled_at else ""))
    return out


def _short_error(error: str) -> str:
    """One line, folders shortened to their last part: the report is for people, not logs."""
    text = re.sub(r"(?:/[^\s/:]+)+/([^\s/:]+)", "…/\\1", " ".join(error.split()))
    return text[:160]


def official_share_pattern(policy: Policy) -> re.Pattern[str] | None:
    """A repost or link of one of the organisation's own accounts' posts."""
    handles = sorted({h.lstrip("@").split(".")[0] for h in policy.organisation.get("handles", []) if h.strip("@")})
    if not handles:
        return None
    alt = "|".join(re.escape(h) for h in handles)
    return re.compile(rf"(?:^RT\s+@(?:{alt})\b|(?:x|twitter)\.com/(?:{alt})/status/|\bvia\s+@(?:{alt})\b)",
                      re.IGNORECASE)


def _went_well(s: Session, scope: Scope, policy: Policy, start, end) -> list[GoodPractice]:
    tags = [t.lower() for t in policy.section("hashtags").get("encouraged", [])]
    shares = official_share_pattern(policy)
    by_person: dict[str, GoodPractice] = {}
    if not scope.accounts:
        return []
    rows = s.execute(select(db.Post.account_id, db.Post.text, db.Post.url).where(
        db.Post.account_id.in_(list(scope.accounts)), db.Post.first_seen_at >= start,
        db.Post.first_seen_at < end, db.Post.deleted_at.is_(None)).order_by(db.Post.id))
    for account_id, text, url in rows:
        low = (text or "").lower()
        used = [t for t in tags if re.search(re.escape(t) + r"(?!\w)", low)]
        shared = bool(shares and shares.search(text or ""))
        if not used and not shared:
            continue
        name = scope.volunteer_name(scope.accounts[account_id])
        g = by_person.setdefault(name, GoodPractice(name, 0, 0, [], []))
        g.hashtag_posts += bool(used)
        g.shared_official += shared
        g.hashtags.extend(t for t in used if t not in g.hashtags)
        if safe_url(url) and len(g.example_urls) < 3:
            g.example_urls.append(url)
    return sorted(by_person.values(), key=lambda g: (-(g.hashtag_posts + g.shared_official), g.volunteer))
