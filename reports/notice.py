"""The volunteer's notice for a confirmed finding, as text and HTML (templates notice.txt
and notice.html, overridable like every report template). Only redacted excerpts go
into a message."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reports.render import environment


@dataclass
class Notice:
    """What a notice says; the caller fills it from the finding and the organisation's policy."""
    org_name: str
    first_name: str
    message: str
    excerpts: list[str] = field(default_factory=list)
    advice: str = ""
    help_text: str = ""
    link: str = ""


def render_notice(notice: Notice, template_dir: Path | None = None) -> tuple[str, str, str]:
    """(subject, text body, html body)."""
    env = environment(template_dir)
    subject = f"{notice.org_name or 'Social media'}: please look at one of your posts"
    return subject, env.get_template("notice.txt").render(n=notice), env.get_template("notice.html").render(n=notice)
