"""Masked views of stored text: names and places hidden unless someone presses Reveal.

Stored findings keep only redacted excerpts; the spans to hide in the whole post
are not stored. They are found again by running the real pipeline over the stored
record (text only: media are not re-read), which gives every rule's masks for
each field. The post's geotag is never shown in clear outside Reveal either.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import RecordError, parse_record
from ..pipeline import Pipeline
from ..policy import Policy
from ..redact import Span, apply_masks, mask_text


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


class _OneRecord:
    name = "<stored>"
    media_root = None

    def __init__(self, records: list[dict]):
        self._records = records

    def records(self, accounts_only: bool = False):
        for i, r in enumerate(self._records, 1):
            if not accounts_only or r.get("kind") == "account":
                yield i, r


def _masks_by_field(policy: Policy, records: list[dict], subject_id: str) -> dict[str, list[Span]]:
    masks: dict[str, list[Span]] = {}

    def collect(subject, findings) -> None:
        if getattr(subject, "id", None) != subject_id:
            return
        for f in findings:
            for s, e, k, fld in f.masks:
                masks.setdefault(fld, []).append((s, e, k))

    pipe = Pipeline(policy, lambda f, subject: None)
    pipe.on_post.append(lambda post, account, findings: collect(post, findings))
    pipe.on_account.append(lambda account, findings: collect(account, findings))
    pipe.run(_OneRecord(records))
    return masks


def _without_media_files(record: dict) -> dict:
    rec = dict(record)
    rec["media"] = [{**m, "path": None} for m in rec.get("media") or [] if isinstance(m, dict)]
    return rec


def masked_post(policy: Policy, record: dict[str, Any], account_record: dict | None = None) -> Masked:
    """The post's text and alt texts, masked."""
    rec = _without_media_files(record)
    try:
        post = parse_record(rec)
    except RecordError:
        return Masked({"text": "[this post could not be read]"})
    records = ([account_record] if account_record else []) + [rec]
    masks = _masks_by_field(policy, records, post.id)
    texts = {"text": post.text, **{f"media[{i}].alt_text": m.alt_text
                                   for i, m in enumerate(post.media) if m.alt_text}}
    return Masked(texts, {k: v for k, v in masks.items() if k in texts})


def masked_account(policy: Policy, account_record: dict[str, Any]) -> Masked:
    """An account's bio and About text, masked."""
    try:
        acc = parse_record(account_record)
    except RecordError:
        return Masked({"bio": "[this account could not be read]"})
    masks = _masks_by_field(policy, [account_record], acc.id)
    texts = {n: getattr(acc, n) for n in ("bio", "about_text") if getattr(acc, n, None)}
    return Masked(texts, {k: v for k, v in masks.items() if k in texts})


def account_record(row) -> dict[str, Any]:
    """A stored account row as a bundle record (the pipeline's input shape)."""
    return {"kind": "account", "id": row.external_id, "platform": row.platform, "handle": row.handle,
            "display_name": row.display_name, "role": row.role, "bio": row.bio,
            "about_text": row.about_text, "website": row.website, "is_public": row.is_public,
            "location_sharing": row.location_sharing}
