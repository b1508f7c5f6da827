"""privacy-settings — account settings that expose what the account shares.

Policy: Twins Trust FCS protocol, Post content 6 and Guidance for personal use
("Ensure that your privacy settings are set to appropriate levels that will
protect the content that you are sharing"), and Post content 3 (location
sharing off); CFT, Personal activity ("safeguard personal information through
effective use of privacy settings").

Fires on an account when:
- `location_sharing` is true (any account, official ones included); or
- a personal account is public (`is_public: true`) and its own posts describe
  the author's visits, placements, or the families and children themselves.
  Those posts are counted while posts are audited: the family rules' findings
  (`family_rules`) and the `family-post` tag the location and photo rules set
  on a post that names a supported family, a child in care or a visit.

Clean: friends-only or private accounts, `is_public` unknown without location
sharing, official accounts, and public accounts whose posts about the service
are only promotion, fundraising or resharing (the protocol asks volunteers to
promote the service with hashtags).

Example: a public account that posted "Wee trip to the farm with my FCS family
today" -> fires; a public account that only posts "Proud to volunteer with
Family Crisis Support! #familycrisissupport" -> clean.

Tune in a pack: `[rules.privacy-settings] min_posts` (how many family posts make
a public account exposing; default 1) and `family_rules`.

The per-post family signals it counts are computed in auditors/family.py, shared
with the location and photo rules.
"""
from __future__ import annotations

from typing import Iterator

from auditors.context import AccountContext
from auditors.family import TAG
from socialaudit.core.model import Account, Evidence, Finding
from socialaudit.core.rules import Param, RuleSpec

DEFAULT_FAMILY_RULES = ["name-leak", "sensitive-info", "family-photo", "location-disclosure",
                        "advice-to-family"]
RULE = RuleSpec(
    id="privacy-settings", subject="account", severity="medium",
    label="Privacy settings",
    summary="location sharing on, or a public personal account that posts about families",
    message="Account settings expose what it shares",
    advice=("Turn off location sharing, and make your personal account friends-only if you post about "
            "your volunteering."),
    clauses={"twins-trust-fcs": "Post content 6", "childrens-family-trust": "Personal activity"},
    params={"min_posts": Param(int), "family_rules": Param("strs", DEFAULT_FAMILY_RULES)},
)


def check(account: Account, ctx: AccountContext) -> Iterator[Finding]:
    if account.location_sharing is True:
        yield ctx.finding(account, 0.95, [Evidence("location_sharing", None, None, "location sharing is on",
                                                   "location_sharing")],
                          ["account has location sharing switched on"])
        return
    if account.is_official or account.is_public is not True:
        return
    rules = ctx.rule.param("family_rules", DEFAULT_FAMILY_RULES)
    tagged = ctx.activity.tags.get(TAG, 0)
    hits = sum(ctx.activity.rule_hits.get(r, 0) for r in rules)
    count = max(tagged, hits)
    if count < ctx.rule.param("min_posts", 1):
        return
    why = ["personal account is public",
           f"{tagged} of {ctx.activity.posts} posts describe visits, families or children in care",
           f"{hits} findings of family rules ({', '.join(rules)})"]
    yield ctx.finding(account, min(0.95, 0.7 + 0.05 * count),
                      [Evidence("is_public", None, None, "public account posting about families", "is_public")],
                      why)
