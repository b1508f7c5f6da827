"""Findings ready to leave the engine: one per rule per subject (CONTRACT §4), and every
excerpt masked. The masks — every name, place and contact any rule found in the subject,
plus what the privacy safety net recognises — are kept with each finding, so the store,
the web pages, the reports and the mail all hide exactly what the excerpts hide."""
from __future__ import annotations

from typing import Mapping

from auditors import privacy
from auditors.nlp.places import Place
from auditors.prepared import Prepared
from socialaudit.core.model import Account, Finding, Post
from socialaudit.core.redact import excerpt
from socialaudit.core.rules import SEVERITIES


def merge_per_rule(findings: list[Finding]) -> list[Finding]:
    """CONTRACT §4: one finding per rule per subject; evidence is merged."""
    by_rule: dict[str, Finding] = {}
    for f in findings:
        prev = by_rule.get(f.rule)
        if prev is None:
            by_rule[f.rule] = f
            continue
        prev.evidence += f.evidence
        prev.explanation += f.explanation
        prev.masks += f.masks
        if f.confidence > prev.confidence:
            prev.confidence, prev.message = f.confidence, f.message
        if SEVERITIES.index(f.severity) > SEVERITIES.index(prev.severity):
            prev.severity = f.severity
    return list(by_rule.values())




def field_text(subject: Post | Account, name: str) -> str | None:
    if name in ("text", "bio", "about_text", "display_name"):
        return getattr(subject, name, None)
    if name.startswith("media[") and name.endswith("].alt_text") and isinstance(subject, Post):
        i = int(name[6:name.index("]")])
        return subject.media[i].alt_text if i < len(subject.media) else None
    return None


def text_fields(subject: Post | Account) -> dict[str, str]:
    """Every free-text field a page may show for the subject, by evidence field name."""
    if isinstance(subject, Post):
        return {"text": subject.text, **{f"media[{i}].alt_text": m.alt_text
                                         for i, m in enumerate(subject.media) if m.alt_text}}
    return {n: getattr(subject, n) for n in ("bio", "about_text") if getattr(subject, n, None)}


def render(findings: list[Finding], subject: Post | Account, prepared: Prepared,
           places: Mapping[str, list[Place]] | None = None) -> list[Finding]:
    """Hide, in every text field of a subject with findings, every name and place any rule
    found there plus what the privacy safety net recognises (auditors.privacy); fill each
    excerpt from those masks, and give every finding the whole set (it is stored with the
    finding, so a page shows the subject masked without running the rules again).
    `places`: per field, the places the rules already found there (`privacy.places_found`)."""
    if not findings:
        return findings
    found: dict[str, list] = {}
    for f in findings:
        for s, e, k, fld in f.masks:
            found.setdefault(fld, []).append((s, e, k))
    places = places or {}
    safe = {fld: privacy.safe_masks(prepared, text, found.get(fld, []), places.get(fld))
            for fld, text in text_fields(subject).items()}
    all_masks = [(s, e, k, fld) for fld, spans in safe.items() for s, e, k in spans]
    for f in findings:
        f.masks = all_masks
        for ev in f.evidence:
            if ev.excerpt:
                continue
            text = field_text(subject, ev.field)
            if not text:
                ev.excerpt = ev.field
                continue
            spans = safe.get(ev.field)
            if spans is None:
                spans = safe[ev.field] = privacy.safe_masks(prepared, text, found.get(ev.field, []))
            ev.excerpt = excerpt(text, ev.start, ev.end, spans)
    return findings
