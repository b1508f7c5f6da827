"""The monthly compliance report's context, made from the facts the store gathered for one
coordinator (or the whole organisation) and one month (socialaudit.core.reporting).
Rendering any past month again gives the same new findings and trend; the backlog and
account sections show the state of things at `now` (when the report is made)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

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
from reports.items import aware, day_label, finding_item, month_bounds, month_label, shift_month
from socialaudit.core.links import http_url
from socialaudit.core.policy import Policy
from socialaudit.core.reporting import MonthlyFacts
from socialaudit.core.rules import SEVERITIES

OPEN = ("open", "confirmed")
AGE_BUCKETS = ((7, "Under a week"), (30, "1 to 4 weeks"), (None, "Over a month"))


def build_monthly(facts: MonthlyFacts, policy: Policy, base_url: str) -> MonthlyReport:
    """Everything the monthly templates show, for one coordinator's volunteers in one month."""
    start, end = month_bounds(facts.month)
    new = [f for f in facts.findings if start <= facts.shown_at[f.id] < end and f.state != "dismissed"]
    visible_now = [f for f in facts.findings if f.id in facts.visible_now]
    scope = facts.scope
    return MonthlyReport(
        org_name=facts.org_name, month=facts.month, month_label=month_label(facts.month),
        recipient_name=scope.recipient_name, generated_on=day_label(facts.now), base_url=base_url.rstrip("/"),
        headline=_headline(facts, new, visible_now),
        by_rule=_by_rule(new, policy), by_severity=_by_severity(new),
        trend=_trend(facts), new_findings=_grouped(facts, new, policy, base_url),
        backlog=_backlog(facts, visible_now), missing_disclaimer=_missing_disclaimer(facts, visible_now),
        not_crawled=_not_crawled(facts), went_well=_went_well(facts, policy),
        encouraged_hashtags=list(policy.section("hashtags").get("encouraged", [])),
        help_text=policy.section("review").get("help_text", ""))


def _headline(facts: MonthlyFacts, new: list, visible_now: list) -> Headline:
    return Headline(volunteers=len(facts.scope.volunteers),
                    accounts=sum(1 for a in facts.scope.accounts.values() if a.status != "paused"),
                    posts_checked=facts.posts_checked, new_findings=len(new),
                    new_high=sum(1 for f in new if f.severity == "high"), decided=facts.decided,
                    open_backlog=sum(1 for f in visible_now if f.state == "open"))


def _by_rule(new: list, policy: Policy) -> list[Count]:
    counts = Counter(f.rule for f in new)
    return [Count(rule, policy.rule(rule).message or rule, n) for rule, n in counts.most_common()]


def _by_severity(new: list) -> list[Count]:
    counts = Counter(f.severity for f in new)
    return [Count(sev, sev.capitalize(), counts.get(sev, 0)) for sev in SEVERITIES[::-1]
            if sev in ("high", "medium", "low")]


def _trend(facts: MonthlyFacts) -> TrendChart:
    months = [shift_month(facts.month, d) for d in range(-5, 1)]
    counts: dict[str, Counter] = defaultdict(Counter)
    first, _ = month_bounds(months[0])
    _, last = month_bounds(facts.month)
    for f in facts.findings:
        t = facts.shown_at[f.id]
        if first <= t < last and f.state != "dismissed":
            counts[f"{t.year:04d}-{t.month:02d}"][f.severity] += 1
    return trend_chart(months, counts)


def _grouped(facts: MonthlyFacts, new: list, policy: Policy, base_url: str) -> list[VolunteerFindings]:
    groups: dict[str, list] = defaultdict(list)
    for f in sorted(new, key=lambda f: (-SEVERITIES.index(f.severity), f.id)):
        account = facts.scope.accounts.get(f.account_id)
        post = facts.posts.get(f.post_id) if f.post_id else None
        groups[facts.scope.volunteer_name(account)].append(finding_item(f, post, account, policy, base_url))
    return [VolunteerFindings(name, items) for name, items in sorted(groups.items())]


def _backlog(facts: MonthlyFacts, visible_now: list) -> Backlog:
    waiting = [f for f in visible_now if f.state == "open"]
    ages = [(facts.now - facts.shown_at[f.id]).days for f in waiting]
    buckets, lower = [], 0
    for upper, label in AGE_BUCKETS:
        buckets.append(Count(label, label, sum(1 for a in ages if a >= lower and (upper is None or a < upper))))
        lower = upper or lower
    later = [facts.shown_at[f.id] for f in facts.findings if f.id not in facts.visible_now
             and f.state == "open" and facts.shown_at[f.id] > facts.now]
    return Backlog(open=len(waiting), confirmed_unfixed=sum(1 for f in visible_now if f.state == "confirmed"),
                   oldest_days=max(ages, default=0), ages=buckets, with_volunteers=len(later),
                   with_volunteers_until=day_label(min(later)) if later else "")


def _missing_disclaimer(facts: MonthlyFacts, visible_now: list) -> list[AccountProblem]:
    out = []
    for f in visible_now:
        account = facts.scope.accounts.get(f.account_id)
        if f.rule == "disclaimer-missing" and f.state in OPEN and account is not None:
            out.append(AccountProblem(account.external_id, account.platform, facts.scope.volunteer_name(account),
                                      "No \u201cviews my own\u201d line in the bio", day_label(facts.shown_at[f.id])))
    return out


def _not_crawled(facts: MonthlyFacts) -> list[AccountProblem]:
    scope, failures = facts.scope, facts.crawl_failures
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


def _went_well(facts: MonthlyFacts, policy: Policy) -> list[GoodPractice]:
    tags = [t.lower() for t in policy.section("hashtags").get("encouraged", [])]
    shares = official_share_pattern(policy)
    scope = facts.scope
    by_person: dict[str, GoodPractice] = {}
    for account_id, text, url in facts.month_posts:
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
        if http_url(url) and len(g.example_urls) < 3:
            g.example_urls.append(url)
    return sorted(by_person.values(), key=lambda g: (-(g.hashtag_posts + g.shared_official), g.volunteer))
