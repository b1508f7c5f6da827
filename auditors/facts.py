"""Shared judgements several rules rest on, computed once per post.

"Is this post about the service, a supported family or a child in care?" is
asked by geotag, family-photo, privacy-settings and others. The words that
answer it are the pack's (`[vocabulary]`), plus the organisation's own names,
handles and hashtags.
"""
from __future__ import annotations

import re

from auditors.context import PostContext
from auditors.prepared import Prepared, compile_terms
from socialaudit.core.model import Post


def org_pattern(prepared: Prepared) -> re.Pattern[str] | None:
    """Mentions of the organisation: its name, aliases, handles, websites and hashtags."""
    return prepared.memo("org_pattern", lambda: _compile_org(prepared))


def _compile_org(prepared: Prepared) -> re.Pattern[str] | None:
    terms = prepared.org_terms()
    plain = [t for t in terms if t and not t.startswith(("@", "#"))]
    tagged = [re.escape(t) for t in terms if t.startswith(("@", "#"))]
    pat = compile_terms(plain)
    src = [pat.pattern] if pat else []
    if tagged:
        src.append(r"(?:" + "|".join(tagged) + r")(?!\w)")
    return re.compile("|".join(src), re.IGNORECASE) if src else None


def post_text(post: Post) -> str:
    """Text and alt texts together, for yes/no questions that need no offsets."""
    if not post.media:
        return post.text
    return "\n".join([post.text, *(m.alt_text or "" for m in post.media)])


def about_service(post: Post, ctx: PostContext, vocabularies: list[str] | tuple[str, ...] = (
        "service", "family", "child_in_care")) -> str:
    """A short reason when the post is about the service, a family or a child in care; else ''."""
    key = ("about_service", tuple(vocabularies))

    def compute() -> str:
        text = post_text(post)
        for name in vocabularies:
            pat = ctx.prepared.pattern(name)
            m = pat.search(text) if pat else None
            if m:
                return f"{name} word '{m.group(0).lower()}'"
        pat = org_pattern(ctx.prepared)
        m = pat.search(text) if pat else None
        return f"mentions the organisation ('{m.group(0)}')" if m else ""

    return ctx.shared(key, compute)  # type: ignore[return-value]
