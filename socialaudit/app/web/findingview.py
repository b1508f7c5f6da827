"""What the finding and post pages show, gathered in one place (template contexts).

Text is masked unless `reveal` is set (the caller logs the Reveal in access_log);
evidence spans are highlighted; a post's geotag is described, never located."""
from __future__ import annotations

from typing import Any

from auditors.prepared import Prepared
from socialaudit.app.web.labels import SEVERITY_LABELS, STATES, rule_labels
from socialaudit.app.web.masking import Masked, account_record, masked_account, masked_post, segments
from socialaudit.core.redact import distinct_excerpts
from socialaudit.storage import pages, review, visibility
from socialaudit.storage import schema as db


def _hits_by_field(findings: list[db.FindingRow]) -> dict[str, list[tuple[int, int]]]:
    hits: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        for e in f.evidence or []:
            if isinstance(e.get("start"), int) and isinstance(e.get("end"), int):
                hits.setdefault(e["field"], []).append((e["start"], e["end"]))
    return hits


def _shown(masked: Masked, findings: list[db.FindingRow], reveal: bool) -> list[dict[str, Any]]:
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


def _geo(post: db.PostRow | None, reveal: bool) -> str | None:
    geo = (post.record or {}).get("geo") if post is not None else None
    if not geo:
        return None
    if not reveal:
        return "This post has a location attached (hidden)."
    place = geo.get("place_name") or ""
    coords = f"{geo.get('lat')}, {geo.get('lon')}" if geo.get("lat") is not None else ""
    return "Location attached: " + " — ".join(x for x in (place, coords) if x)


def finding_page(s, viewer: db.Person, finding: db.FindingRow, prepared: Prepared, *, reveal: bool) -> dict[str, Any]:
    account = pages.account_of(s, finding)
    post = pages.post_of(s, finding)
    if post is not None and post.purged_at is None:
        masked = masked_post(prepared, post.record or {}, pages.current_findings(s, post_id=post.id))
    elif post is None and account is not None:
        masked = masked_account(prepared, account_record(account), pages.current_findings(s, account_id=account.id))
    else:
        masked = Masked({})
    rule = prepared.rule(finding.rule)
    suppression = None
    if finding.state == "dismissed":
        found = review.stale_suppressions(s, finding.organisation_id, [finding.fingerprint])
        suppression = found[0] if found else None
    return {"f": finding, "account": account, "post": post, "volunteer": pages.owner_of(s, account),
            "fields": _shown(masked, [finding], reveal), "masked_any": masked.masked_any,
            "revealed": reveal, "media": pages.media_rows(s, post), "geo": _geo(post, reveal),
            "rule_label": rule.label, "policy_text": rule.policy_text,
            "advice": rule.advice, "help_text": prepared.section("review").get("help_text", ""),
            "evidence": distinct_excerpts(e.get("excerpt") or "" for e in finding.evidence or []),
            "trail": _trail_for(s, viewer, finding), "suppression": suppression, "states": STATES,
            "severity_label": SEVERITY_LABELS.get(finding.severity, finding.severity),
            "can_decide": viewer.role in ("admin", "coordinator"),
            "in_grace": visibility.in_grace(finding), "next_id": pages.next_open(s, viewer, finding)}


def _trail_for(s, viewer: db.Person, finding: db.FindingRow) -> list[dict]:
    """The review trail; what coordinators write (notes, reasons) is internal, so a volunteer
    sees each step but not its words."""
    trail = pages.trail(s, finding)
    if viewer.role in ("admin", "coordinator"):
        return trail
    return [{**e, "note": None} for e in trail]


def post_page(s, viewer: db.Person, post: db.PostRow, prepared: Prepared) -> dict[str, Any]:
    account = pages.account_of(s, post)
    findings = pages.visible_findings_of_post(s, viewer, post.id)
    masked = masked_post(prepared, post.record or {}, pages.current_findings(s, post_id=post.id)) \
        if post.purged_at is None else Masked({})
    return {"post": post, "account": account, "volunteer": pages.owner_of(s, account), "findings": findings,
            "fields": _shown(masked, findings, False), "media": pages.media_rows(s, post), "geo": _geo(post, False),
            "labels": rule_labels(prepared.policy), "states": STATES}
