"""The terminal review behind `socialaudit review`, in the manner of `detect-secrets audit`:
one open finding at a time, masked, and a decision — confirm, dismiss (with a reason), skip
or quit.

It is the web review by another door: the same scope and grace window (the reviewer's queue,
socialaudit.storage.visibility), the same masked view (socialaudit.app.web.findingview, names
and places hidden, a post's location never shown), the same access log line for each finding
shown, and the same decision (socialaudit.storage.review.apply, with the volunteer's notice
queued on confirm). Each decision is its own transaction, taken only if the finding is still
open, so quitting at any point (q, Ctrl-C, end of input) loses nothing and someone deciding
in the web meanwhile is never overwritten; the next `socialaudit review` goes on with what is
still open.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import click

from auditors.prepared import Prepared
from socialaudit.app.notices import volunteer_notice
from socialaudit.app.plain import day
from socialaudit.app.web.findingview import finding_page
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import listing, pages, review, visibility
from socialaudit.storage.db import Store
from socialaudit.storage.listing import Filters

ANSWERS = {"c": "confirm", "confirm": "confirm", "d": "dismiss", "dismiss": "dismiss",
           "s": "skip", "skip": "skip", "": "skip", "q": "quit", "quit": "quit"}
PROMPT = "[c]onfirm, [d]ismiss, [s]kip, [q]uit"


@dataclass
class Tally:
    confirm: int = 0
    dismiss: int = 0
    skip: int = 0
    gone: int = 0  # decided by someone else while this review ran
    quit: bool = False
    seen: list[int] = field(default_factory=list)


class Triage:
    """One reviewer's terminal session over their open findings."""

    def __init__(self, store: Store, policy: Policy, settings: Settings, reviewer_id: int, filters: Filters,
                 *, color: bool = False):
        self.store, self.policy, self.reviewer_id, self.filters = store, policy, reviewer_id, filters
        self.prepared = Prepared(policy)
        self.notice = volunteer_notice(policy, settings.base_url, settings.template_dir)
        self.color = color

    def pending(self) -> list[int]:
        with self.store.session() as s:
            return listing.open_for_review(s, pages.person(s, self.reviewer_id), self.filters)

    def show(self, finding_id: int) -> list[str] | None:
        """The finding as the reviewer may see it, masked; None if it is no longer open to them.
        Showing it is logged, as the web's finding page is."""
        with self.store.session() as s:
            viewer = pages.person(s, self.reviewer_id)
            f = visibility.finding_for(s, viewer, finding_id)
            if f is None or f.state != "open":
                return None
            ctx = finding_page(s, viewer, f, self.prepared, reveal=False)
            pages.log_access(s, viewer, "view", "finding", f.id, ctx["volunteer"].id if ctx["volunteer"] else None,
                             detail="terminal review")
            return self._lines(ctx)

    def decide(self, finding_id: int, action: str, reason: str | None = None) -> bool:
        """Record the decision as the web does; False if the finding was decided meanwhile."""
        with self.store.session() as s:
            viewer = pages.person(s, self.reviewer_id)
            f = visibility.finding_for(s, viewer, finding_id)
            if f is None or f.state != "open":
                return False
            review.apply(s, f, viewer, action, reason, self.notice)
            return True

    # --- words ----------------------------------------------------------------------------

    def _lines(self, ctx: dict[str, Any]) -> list[str]:
        f, account, post, volunteer = ctx["f"], ctx["account"], ctx["post"], ctx["volunteer"]
        who = f"{account.external_id}" if account else "an account"
        if volunteer is not None:
            who += f" ({volunteer.name})"
        lines = [self._style(f"{ctx['severity_label'].upper()} · {ctx['rule_label']} ({f.rule})", bold=True),
                 f"{f.message}",
                 f"{who}" + (f" · post {post.external_id} of {day(post.created_at)}" if post else " · the account"),
                 f"Policy {f.clause}: {ctx['policy_text']}" if ctx["policy_text"] else f"Policy {f.clause}"]
        for fld in ctx["fields"]:
            lines.append(f"{fld['label']}: " + "".join(self._piece(text, hit) for text, hit in fld["segments"]))
        if ctx["masked_any"]:
            lines.append("(names and places are masked; Reveal in the web app shows them, and is logged)")
        lines += [f"Photo {m['position'] + 1}: {'stored' if m['stored'] else 'not stored'} ({m['type']})"
                  for m in ctx["media"]]
        if ctx["geo"]:
            lines.append(ctx["geo"])
        lines += [f"Why: {w}" for w in f.explanation or []][:4]
        if ctx["in_grace"]:
            lines.append("Still inside the volunteer's grace window.")
        return lines

    def _piece(self, text: str, hit: bool) -> str:
        if not hit:
            return text
        return self._style(text, bold=True, underline=True) if self.color else f"»{text}«"

    def _style(self, text: str, **kw: bool) -> str:
        return click.style(text, **kw) if self.color else text


def run(triage: Triage, ask: Callable[[str], str | None], say: Callable[[str], None]) -> Tally:
    """Go through the pending findings, asking for each; returns what was done. `ask` returns
    the reviewer's line, or None when they are gone (end of input, Ctrl-C): that is quit."""
    tally = Tally()
    ids = triage.pending()
    for n, finding_id in enumerate(ids, 1):
        lines = triage.show(finding_id)
        if lines is None:
            tally.gone += 1
            continue
        say(f"\n── Finding {n} of {len(ids)} (id {finding_id}) " + "─" * 30)
        for line in lines:
            say(line)
        if not _one(triage, finding_id, ask, say, tally):
            tally.quit = True
            break
    return tally


def _one(triage: Triage, finding_id: int, ask, say, tally: Tally) -> bool:
    """Ask until a decision is taken; False when the reviewer quits."""
    while True:
        raw = ask(PROMPT)
        if raw is None:  # end of input or Ctrl-C
            return False
        answer = ANSWERS.get(raw.strip().lower())
        if answer is None:
            say("Please answer c (confirm), d (dismiss), s (skip) or q (quit).")
            continue
        if answer == "quit":
            return False
        if answer == "skip":
            tally.skip += 1
            return True
        reason = None
        if answer == "dismiss":
            reason = ask("Why is this a false positive? (kept with the suppression)")
            if reason is None:
                return False
            reason = reason.strip()
            if not reason:
                say("Not dismissed: a reason is needed.")
                continue
        try:
            done = triage.decide(finding_id, answer, reason)
        except review.ReviewError as e:
            say(f"Not saved: {e}.")
            continue
        if done:
            setattr(tally, answer, getattr(tally, answer) + 1)
            say("Confirmed; a notice to the volunteer is queued." if answer == "confirm"
                else "Dismissed; it will not come back on the next check.")
        else:
            tally.gone += 1
            say("Someone decided this finding meanwhile; moving on.")
        return True
