"""What a report is made from: the facts the store gathers (socialaudit.storage.reporting)
and the reports layer turns into a report (reports.monthly, reports.selfaudit). Rows
are the store's own objects, read by attribute (finding.rule, account.external_id...):
the reports never query anything themselves, and never decide who may see what — the
grace window is applied before the facts are handed over."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class ReportScope:
    """The people and accounts one report covers."""
    coordinator: Any | None            # a person, or None for the whole organisation
    volunteers: dict[int, Any]         # person id -> person
    accounts: dict[int, Any]           # account id -> account

    @property
    def recipient_name(self) -> str:
        return self.coordinator.name if self.coordinator else "All volunteers"

    def volunteer_name(self, account: Any | None) -> str:
        if account is None:
            return "Unassigned account"
        person = self.volunteers.get(account.person_id)
        return person.name if person else (account.display_name or account.handle or "Unassigned account")


@dataclass
class MonthlyFacts:
    """Everything one coordinator's report for one month is made from."""
    org_name: str
    scope: ReportScope
    month: str                              # YYYY-MM
    now: datetime                           # when the report is made
    findings: list[Any]                     # the scope's findings the coordinator may ever see
    shown_at: dict[int, datetime]           # finding id -> when the coordinator could first see it
    visible_now: set[int]                   # ids of the findings the coordinator sees at `now`
    posts: dict[int, Any] = field(default_factory=dict)        # post id -> post, for the findings listed
    posts_checked: int = 0                  # posts first seen in the month
    decided: int = 0                        # findings confirmed, dismissed or resolved in the month
    crawl_failures: dict[int, int] = field(default_factory=dict)  # account id -> failed runs in the month
    month_posts: list[tuple[Any, ...]] = field(default_factory=list)  # (account id, text, url)


@dataclass
class SelfAuditFacts:
    """A volunteer's own new findings, for their self-audit report."""
    org_name: str
    person: Any
    findings: list[Any]
    posts: dict[int, Any]                   # post id -> post
    accounts: dict[int, Any]                # account id -> account
    other_open: int                         # their open findings not in this report
    now: datetime
