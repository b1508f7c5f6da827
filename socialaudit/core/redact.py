"""Redacted excerpts: a finding shows where the problem is without repeating it.

Names keep their first letter ("A**"), places become "[place]". Everything a
report, log line or web page prints from a post goes through here.
"""
from __future__ import annotations

from typing import Iterable

Span = tuple[int, int, str]  # start, end, kind ("name" | "place" | "contact")
WINDOW = 40


def mask_text(value: str, kind: str) -> str:
    if kind == "name":
        return (value[:1] + "**") if value else "**"
    if kind == "place":
        return "[place]"
    if kind == "contact":
        return "[contact]"
    return "[redacted]"


def _merge(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e, k in sorted(spans):
        if out and s < out[-1][1]:
            ps, pe, pk = out[-1]
            out[-1] = (ps, max(pe, e), pk)
        else:
            out.append((s, e, k))
    return out


def apply_masks(text: str, masks: Iterable[Span]) -> str:
    """Return `text` with every masked span replaced."""
    parts, pos = [], 0
    for s, e, k in _merge(masks):
        parts.append(text[pos:s])
        parts.append(mask_text(text[s:e], k))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def excerpt(text: str, start: int | None, end: int | None, masks: Iterable[Span] = (),
            width: int = WINDOW) -> str:
    """A short window around [start, end) with masked spans replaced and edges marked."""
    if start is None or end is None:
        start, end = 0, min(len(text), 2 * width)
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    # widen to whole words so a mask is never cut in half
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    local = [(max(s, lo) - lo, min(e, hi) - lo, k) for s, e, k in masks if e > lo and s < hi]
    body = apply_masks(text[lo:hi], local)
    body = " ".join(body.split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")



def _merged(a: str, b: str) -> str | None:
    """One excerpt for two windows of the same text that overlap (or hold one another), else None."""
    ca, cb = a.strip("… "), b.strip("… ")
    if cb in ca:
        return a
    if ca in cb:
        return b
    shortest = min(len(ca), len(cb))
    for first, second, core1, core2 in ((a, b, ca, cb), (b, a, cb, ca)):
        for k in range(shortest - 1, shortest // 2, -1):
            if core1.endswith(core2[:k]):
                lead, trail = first.startswith("…"), second.endswith("…")
                return ("…" if lead else "") + core1 + core2[k:] + ("…" if trail else "")
    return None


def distinct_excerpts(excerpts: Iterable[str], limit: int | None = None) -> list[str]:
    """Excerpts with overlapping windows merged (nearby hits in one sentence give windows that
    repeat each other): every page, report and table shows evidence through this."""
    out: list[str] = []
    for raw in excerpts:
        text = (raw or "").strip()
        if not text.strip("… "):
            continue
        for i, seen in enumerate(out):
            merged = _merged(seen, text)
            if merged is not None:
                out[i] = merged
                break
        else:
            out.append(text)
    return out[:limit] if limit is not None else out
