"""The short mails of the loop back (templates followup.txt and followup.html,
overridable like every report template): an invitation, a reminder to a volunteer,
an escalation or an immediate alert to a coordinator, and the weekly digest.

Only what is safe to mail goes in: rule names, severities, the findings' redacted
excerpts, counts and links. A volunteer's reply is never quoted in a mail."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reports.render import environment


@dataclass
class Item:
    severity: str
    label: str
    excerpt: str = ""
    link: str = ""


@dataclass
class FollowUp:
    """One mail: a greeting, what it is about, the findings it lists, and where to act."""
    subject: str
    first_name: str
    intro: str
    items: list[Item] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    link: str = ""
    link_text: str = "Open the review app"
    closing: str = ""


def render_followup(mail: FollowUp, template_dir: Path | None = None) -> tuple[str, str, str]:
    """(subject, text body, html body)."""
    env = environment(template_dir)
    return (mail.subject, env.get_template("followup.txt").render(m=mail),
            env.get_template("followup.html").render(m=mail))
