"""Masked views of stored text: names and places hidden unless someone presses Reveal.

Every finding is stored with the spans to hide in its subject's text (`findings.masks`),
computed when the subject was audited under the policy of that audit, register included,
by the same code that made its excerpts (pipeline._render, auditors.privacy). A page
masks with those, plus the privacy safety net, and never runs the rules again. The post's
geotag is never shown in clear outside Reveal either.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from auditors import privacy
from auditors.excerpts import text_fields
from auditors.prepared import Prepared
from socialaudit.core.model import RecordError, parse_record
from socialaudit.core.redact import Span, apply_masks, mask_text


@dataclass
class Masked:
    """A subject's text fields and, per field, the spans to hide."""
    texts: dict[str, str] = field(default_factory=dict)
    masks: dict[str, list[Span]] = field(default_factory=dict)

    @property
    def masked_any(self) -> bool:
        return any(self.masks.values())

    def masked(self, name: str) -> str:
        return apply_masks(self.texts.get(name, ""), self.masks.get(name, ()))


Segment = tuple[str, bool]  # (text to show, is it evidence)


def segments(text: str, hits: list[tuple[int, int]], masks: list[Span]) -> list[Segment]:
    """Cut `text` into pieces for display: evidence spans flagged for highlighting,
    each masked span replaced by its mask (once), everything else as it is."""
    cuts = {0, len(text)}
    for s, e in hits:
        cuts.update((max(0, s), min(len(text), e)))
    for s, e, _ in masks:
        cuts.update((max(0, s), min(len(text), e)))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[Segment] = []
    for a, b in zip(points, points[1:]):
        mask = next(((s, e, k) for s, e, k in masks if s <= a < e), None)
        is_hit = any(s <= a < e for s, e in hits)
        if mask is None:
            piece = text[a:b]
        elif mask[0] == a or a == points[0]:
            piece = mask_text(text[mask[0]:mask[1]], mask[2])
        else:
            continue  # the rest of a mask already shown
        if out and out[-1][1] == is_hit:
            out[-1] = (out[-1][0] + piece, is_hit)
        else:
            out.append((piece, is_hit))
    return out


def stored_masks(findings) -> dict[str, list[Span]]:
    """The spans to hide per field, from the masks stored with the subject's findings when it
    was audited (the same ones its excerpts were made with). A finding stored before masks
    were kept hides its whole evidence spans instead."""
    out: dict[str, list[Span]] = {}
    for f in findings:
        if f.masks is not None:
            for s, e, k, fld in f.masks:
                out.setdefault(fld, []).append((int(s), int(e), str(k)))
            continue
        for ev in f.evidence or []:
            if isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
                out.setdefault(ev["field"], []).append((ev["start"], ev["end"], "name"))
    return out


def _masked(prepared: Prepared, texts: dict[str, str], stored: dict[str, list[Span]]) -> Masked:
    """Stored masks plus the privacy safety net (policy only), for every field shown."""
    masks = {name: privacy.safe_masks(prepared, text, stored.get(name, [])) for name, text in texts.items()}
    return Masked(texts, {k: v for k, v in masks.items() if v})


def masked_post(prepared: Prepared, record: dict[str, Any], findings) -> Masked:
    """The post's text and alt texts, masked with its findings' stored masks."""
    rec = {**record, "media": [{**m, "path": None} for m in record.get("media") or [] if isinstance(m, dict)]}
    try:
        post = parse_record(rec)
    except RecordError:
        return Masked({"text": "[this post could not be read]"})
    return _masked(prepared, text_fields(post), stored_masks(findings))


def masked_account(prepared: Prepared, account_record: dict[str, Any], findings) -> Masked:
    """An account's bio and About text, masked with its findings' stored masks."""
    try:
        acc = parse_record(account_record)
    except RecordError:
        return Masked({"bio": "[this account could not be read]"})
    return _masked(prepared, text_fields(acc), stored_masks(findings))


def account_record(row) -> dict[str, Any]:
    """A stored account row as a bundle record (the pipeline's input shape)."""
    return {"kind": "account", "id": row.external_id, "platform": row.platform, "handle": row.handle,
            "display_name": row.display_name, "role": row.role, "bio": row.bio,
            "about_text": row.about_text, "website": row.website, "is_public": row.is_public,
            "location_sharing": row.location_sharing}
