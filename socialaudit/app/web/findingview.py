"""What the finding and post pages show, gathered in one place (template contexts).

Text is masked unless `reveal` is set (the caller logs the Reveal in access_log);
evidence spans are highlighted; a post's geotag is described, never located."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialaudit.core.policy import Policy
from socialaudit.storage import schema as db
from socialaudit.app.web import review, scope
from socialaudit.app.web.labels import RULE_LABELS, SEVERITY_LABELS, STATES
from socialaudit.app.web.masking import Masked, account_record, masked_account, masked_post, segments


def _hits_by_field(findings: list[db.Finding]) -> dict[str, list[tuple[int, int]]]:
    hits: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        for e in f.evidence or []:
            if isinstance(e.get("start"), int) and isinstance(e.get("end"), int):
                hits.setdefault(e["field"], []).append((e["start"], e["end"]))
    return hits


def _shown(masked: Masked, findings: list[db.Finding], reveal: bool) -> list[dict[str, Any]]:
    hits = _hits_by_field(findings)
    return [{"field": name, "label": _field_label(name),
             "segments": segments(text, hits.get(name, []), [] if reveal else masked.masks.get(name, []))}
            for name, text in masked.texts.items()]


def _field_label(name: str) -> str:
    if name == "text":
        return "Post"
    if name.endswith(".alt_text"):
        return f"Photo {int(name[6:name.index(']')]) + 1} description"
    return {"bio": "Profile bio", "about_text": "About page"}.get(name, name)


def _media(s: Session, post: db.Post | None) -> list[dict[str, Any]]:
    if post is None:
        return []
    rows = s.scalars(select(db.PostMedia).where(db.PostMedia.post_id == post.id).order_by(db.PostMedia.position))
    return [{"position": m.position, "type": m.type, "stored": m.media_id is not None} for m in rows]


def _geo(post: db.Post | None, reveal: bool) -> str | None:
    geo = (post.record or {}).get("geo") if post is not None else None
    if not geo:
        return None
    if not reveal:
        return "This post has a location attached (hidden)."
    place = geo.get("place_name") or ""
    coords = f"{geo.get('lat')}, {geo.get('lon')}" if geo.get("lat") is not None else ""
    return "Location attached: " + " — ".join(x for x in (place, coords) if x)


def _trail(s: Session, finding: db.Finding) -> list[dict[str, Any]]:
    events = s.scalars(select(db.ReviewEvent).where(db.ReviewEvent.finding_id == finding.id)
                       .order_by(db.ReviewEvent.id))
    names = {}
    out = []
    for e in events:
        if e.actor_id and e.actor_id not in names:
            actor = s.get(db.Person, e.actor_id)
            names[e.actor_id] = actor.name if actor else "someone"
        out.append({"at": e.at, "who": names.get(e.actor_id, "socialaudit"), "action": e.action, "note": e.note})
    return out


def _owner(s: Session, account: db.Account | None) -> db.Person | None:
    return s.get(db.Person, account.person_id) if account and account.person_id else None


def finding_page(s: Session, viewer: db.Person, finding: db.Finding, policy: Policy, *,
                 reveal: bool) -> dict[str, Any]:
    account = s.get(db.Account, finding.account_id) if finding.account_id else None
    post = s.get(db.Post, finding.post_id) if finding.post_id else None
    if post is not None and post.purged_at is None:
        masked = masked_post(policy, post.record or {}, _current_findings(s, post_id=post.id))
    elif post is None and account is not None:
        masked = masked_account(policy, account_record(account), _current_findings(s, account_id=account.id))
    else:
        masked = Masked({})
    rule = policy.rule(finding.rule)
    suppression = None
    if finding.state == "dismissed":
        found = review.stale_suppressions(s, finding.organisation_id, [finding.fingerprint])
        suppression = found[0] if found else None
    return {"f": finding, "account": account, "post": post, "volunteer": _owner(s, account),
            "fields": _shown(masked, [finding], reveal), "masked_any": masked.masked_any,
            "revealed": reveal, "media": _media(s, post), "geo": _geo(post, reveal),
            "rule_label": RULE_LABELS.get(finding.rule, finding.rule), "policy_text": rule.policy_text,
            "advice": rule.advice, "help_text": policy.section("review").get("help_text", ""),
            "trail": _trail(s, finding), "suppression": suppression, "states": STATES,
            "severity_label": SEVERITY_LABELS.get(finding.severity, finding.severity),
            "can_decide": viewer.role in ("admin", "coordinator"),
            "in_grace": _in_grace(finding), "next_id": _next_open(s, viewer, finding)}


def _in_grace(finding: db.Finding) -> bool:
    at = finding.visible_to_coordinator_at
    if at is None:
        return False
    return review._naive(at) > review._naive(scope.now())


def _next_open(s: Session, viewer: db.Person, finding: db.Finding) -> int | None:
    """The next open finding in the viewer's queue, for 'save and next'."""
    if viewer.role not in ("admin", "coordinator"):
        return None
    q = (scope.findings_query(viewer).where(db.Finding.state == "open", db.Finding.id != finding.id)
         .order_by(db.Finding.created_at, db.Finding.id).limit(1))
    nxt = s.scalar(q)
    return nxt.id if nxt else None


def _current_findings(s: Session, *, post_id: int | None = None, account_id: int | None = None) -> list[db.Finding]:
    """Every finding still describing the subject as stored (whoever may see it): their masks
    together hide everything any rule found there."""
    q = select(db.Finding).where(db.Finding.state != "resolved")
    q = q.where(db.Finding.post_id == post_id) if post_id is not None else \
        q.where(db.Finding.account_id == account_id, db.Finding.subject_kind == "account")
    return list(s.scalars(q))


def post_page(s: Session, viewer: db.Person, post: db.Post, policy: Policy) -> dict[str, Any]:
    account = s.get(db.Account, post.account_id)
    findings = list(s.scalars(scope.findings_query(viewer).where(db.Finding.post_id == post.id)))
    masked = masked_post(policy, post.record or {}, _current_findings(s, post_id=post.id)) \
        if post.purged_at is None else Masked({})
    return {"post": post, "account": account, "volunteer": _owner(s, account), "findings": findings,
            "fields": _shown(masked, findings, False), "media": _media(s, post), "geo": _geo(post, False),
            "labels": RULE_LABELS, "states": STATES}
