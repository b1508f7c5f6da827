"""Plain-English names for rules and states, for people who do not read rule ids."""
from __future__ import annotations

from socialaudit.core.policy import Policy


def rule_labels(policy: Policy) -> dict[str, str]:
    """Each rule's plain-English label, as the rule declares it (auditors/rules)."""
    return {rule_id: spec.label for rule_id, spec in policy.rules.items()}


STATES = {"open": "To review", "confirmed": "Confirmed", "dismissed": "Dismissed", "resolved": "Resolved"}
SEVERITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}
PLATFORM_LABELS = {"x": "X (Twitter)", "facebook": "Facebook", "instagram": "Instagram", "blog": "Blog",
                   "bluesky": "Bluesky", "mastodon": "Mastodon", "linkedin": "LinkedIn"}
