"""What the report templates receive. Every template gets exactly one of the two
top-level dataclasses below as `report`; an organisation that overrides a
template (settings.template_dir) can rely on these fields and nothing else.

Privacy: nothing here carries a post's text. Findings carry only the redacted
excerpts the pipeline stored (names become "A**", places "[place]").
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FindingItem:
    """One finding as a report shows it."""
    id: int
    rule: str
    title: str                 # the pack's message for the rule, in plain words
    severity: str              # high | medium | low
    clause: str                # where in the policy ("Post content 3")
    policy_text: str           # the clause in the policy's own words
    advice: str                # what to change ("Turn off location for this post.")
    excerpts: list[str]        # redacted evidence, never the post in clear
    post_url: str | None       # the post on its platform (None for account findings)
    review_url: str            # the finding's page in the review web app
    account: str               # "x:@jane_v"
    found_on: str              # "3 Oct 2026"
    state: str                 # open | confirmed | dismissed | resolved


@dataclass
class VolunteerFindings:
    """A volunteer's new findings of the month."""
    name: str
    findings: list[FindingItem]


@dataclass
class Count:
    """A labelled number: a rule's or a severity's count of new findings."""
    key: str
    label: str
    count: int


@dataclass
class TrendBar:
    """One month of the trend chart, with the bar's geometry already worked out (SVG units)."""
    month: str                 # "2026-10"
    label: str                 # "Oct"
    total: int
    x: float
    segments: list[tuple[str, float, float, int]]  # (colour, y, height, count), bottom up


@dataclass
class TrendChart:
    """The last six months of new findings as stacked bars (drawn as inline SVG)."""
    width: int
    height: int
    bar_width: float
    baseline: float
    bars: list[TrendBar]
    gridlines: list[tuple[float, int]]  # (y, value)
    legend: list[tuple[str, str]]       # (colour, label)


@dataclass
class Backlog:
    """Findings still waiting for a decision, and how long they have waited."""
    open: int = 0
    confirmed_unfixed: int = 0
    oldest_days: int = 0
    ages: list[Count] = field(default_factory=list)  # "under a week", "1-4 weeks", "over a month"
    with_volunteers: int = 0           # open findings still inside their grace window at `now`
    with_volunteers_until: str = ""    # the day the first of them reaches the coordinator


@dataclass
class AccountProblem:
    """An account that needs attention: no disclaimer, or could not be checked."""
    account: str
    platform: str
    volunteer: str
    reason: str
    since: str = ""


@dataclass
class GoodPractice:
    """A volunteer's posts that did what the policy encourages."""
    volunteer: str
    hashtag_posts: int
    shared_official: int
    hashtags: list[str]
    example_urls: list[str]


@dataclass
class Headline:
    """The month's numbers at a glance."""
    volunteers: int
    accounts: int
    posts_checked: int
    new_findings: int
    new_high: int
    decided: int               # confirmed, dismissed or resolved during the month
    open_backlog: int


@dataclass
class MonthlyReport:
    """The monthly compliance report for one coordinator (or the whole organisation)."""
    org_name: str
    month: str                 # "2026-10"
    month_label: str           # "October 2026"
    recipient_name: str        # the coordinator, or "All volunteers"
    generated_on: str
    base_url: str
    headline: Headline
    by_rule: list[Count]
    by_severity: list[Count]
    trend: TrendChart
    new_findings: list[VolunteerFindings]
    backlog: Backlog
    missing_disclaimer: list[AccountProblem]
    not_crawled: list[AccountProblem]
    went_well: list[GoodPractice]
    encouraged_hashtags: list[str]
    help_text: str

    @property
    def subject(self) -> str:
        return f"{self.org_name}: social media report for {self.month_label}"


@dataclass
class SelfAuditReport:
    """A volunteer's own findings, with what to change and where to get help."""
    org_name: str
    first_name: str
    findings: list[FindingItem]
    other_open: int            # older findings still open, not listed again
    grace_until: str           # "until 28 Nov 2026 only you can see these" ("" when no grace window)
    help_text: str
    base_url: str

    @property
    def subject(self) -> str:
        n = len(self.findings)
        return f"{self.org_name}: {n} of your posts could be safer" if n != 1 else \
            f"{self.org_name}: one of your posts could be safer"
