"""Plain-English names for rules and states, for people who do not read rule ids."""
from __future__ import annotations

RULE_LABELS = {
    "disclaimer-missing": "No 'views my own' disclaimer",
    "name-leak": "Names a family member or child",
    "sensitive-info": "Private details about a family",
    "family-photo": "Photo of a family",
    "geotag": "Location attached to the post",
    "location-disclosure": "Says where a family is",
    "logo-misuse": "Uses the logo",
    "criticism": "Public criticism",
    "advice-to-family": "Advice to a family online",
    "controversial-official": "Controversial post on an official account",
    "contact-details": "Wrong contact details",
    "privacy-settings": "Privacy settings",
}
STATES = {"open": "To review", "confirmed": "Confirmed", "dismissed": "Dismissed", "resolved": "Resolved"}
SEVERITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}
PLATFORM_LABELS = {"x": "X (Twitter)", "facebook": "Facebook", "instagram": "Instagram", "blog": "Blog",
                   "bluesky": "Bluesky", "mastodon": "Mastodon", "linkedin": "LinkedIn"}
