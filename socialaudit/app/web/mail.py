"""The volunteer's notice for a confirmed finding, rendered as text and HTML from the
package templates (templates/mail/). Only redacted excerpts go into a message."""
from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from socialaudit.core.policy import PolicyError, load_policy
from socialaudit.storage import schema as db


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=PackageLoader("socialaudit.app.web", "templates/mail"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def advice_for(org: db.Organisation | None, rule: str) -> tuple[str, str]:
    """The pack's advice for a rule and its help text ("talk to your coordinator...")."""
    if org is None:
        return "", ""
    try:
        policy = load_policy(org.policy_ref)
    except PolicyError:
        return "", ""
    return policy.rule(rule).advice, policy.section("review").get("help_text", "")


def render_notice(org: db.Organisation | None, person: db.Person, finding: db.Finding,
                  base_url: str) -> tuple[str, str, str]:
    """(subject, text body, html body) for a confirmed finding's notice."""
    advice, help_text = advice_for(org, finding.rule)
    ctx = {"org_name": org.name if org else "", "first_name": (person.name or "").split(" ")[0],
           "finding": finding, "excerpts": [e.get("excerpt", "") for e in finding.evidence or []],
           "advice": advice, "help_text": help_text,
           "link": f"{base_url.rstrip('/')}/findings/{finding.id}" if base_url else ""}
    subject = f"{ctx['org_name'] or 'Social media'}: please look at one of your posts"
    text = _env().get_template("notice.txt").render(**ctx)
    html = _env().get_template("notice.html").render(**ctx)
    return subject, text, html
