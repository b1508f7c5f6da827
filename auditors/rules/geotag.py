"""geotag — location metadata on a post: its geotag, or GPS inside attached photos.

Policy: Twins Trust FCS protocol, Post content 3 ("Ensure that your location
sharing is switched off when posting about volunteering so as to not share
details of the family's location"); CFT, Confidentiality (children must be
protected from harm via the internet) and Personal activity (privacy settings).

Fires on a post's `geo` object or on EXIF GPS coordinates in an attached photo.
The finding is high severity when the post is about the service, a family or a
child in care (the pack's `service`/`family` vocabularies); a geotag on an
unrelated personal post (a beach day) is reported at the pack's
`unrelated_severity`, or not at all when that is "off".

Not flagged, because the place is not a family's (Twins Trust FCS "Post content 3":
location sharing is off "so as to not share details of the family's location. Better
still, post once you are home and no longer with the family"; CFT Confidentiality: the
concern is children "in their care"):
- an official account's post at its own event or venue: it fires only when the post is
  about a family, a visit or a child in care (`is_official_event_location`);
- a volunteer's post from a public event (the pack's `public_event` words: a fun run, a
  stall, a training day) whose only tie to the service is the organisation's name or the
  word "volunteering", with no family, visit or child in it (`is_public_event_location`).

Example: "Lovely visit this morning, home for a brew now" with a geotag -> high.
"Great turnout at our bake sale for Twins Trust" with a geotag -> clean.
"""
from __future__ import annotations

import logging
from typing import Iterator

from auditors.context import PostContext
from auditors.facts import about_service, org_pattern, post_text
from auditors.family import family_signals, note_family_post
from socialaudit.core.model import Evidence, Finding, Post
from socialaudit.core.rules import Param, RuleSpec

log = logging.getLogger(__name__)

RULE = RuleSpec(
    id="geotag", subject="post", severity="high",
    label="Location attached to the post",
    summary="the post's geotag or GPS coordinates in an attached photo's EXIF",
    message="Post carries location metadata",
    advice="Turn off location for this post (and for your camera), or post once you are home.",
    clauses={"twins-trust-fcs": "Post content 3", "childrens-family-trust": "Confidentiality"},
    params={"unrelated_severity": Param(str, "low", "severity when the post is not about the service"),
            "about_vocabularies": Param("strs")},
)


def _evidence(post: Post, ctx: PostContext) -> tuple[list[Evidence], list[str]]:
    ev, why = [], []
    if post.geo is not None and (post.geo.lat is not None or post.geo.place_name):
        ev.append(Evidence("geo", None, None, "post carries a geotag (place hidden)", "geo"))
        why.append("post has a geo object")
    for info in ctx.media:
        if info.gps.has_coordinates:
            ev.append(Evidence(f"media[{info.index}].exif", None, None,
                               "photo EXIF holds GPS coordinates (hidden)", f"exif{info.index}"))
            why.append(f"EXIF GPS coordinates in media[{info.index}]")
    return ev, why


def _about_a_family(post: Post, ctx: PostContext) -> bool:
    """The post is about a supported family, a visit or a child in care (not only the service)."""
    if note_family_post(post, ctx) or family_signals(post, ctx).strong:
        return True
    pat, org = ctx.prepared.pattern("family", "child_in_care"), org_pattern(ctx.prepared)
    text = org.sub(" ", post_text(post)) if org else post_text(post)  # "the Family Crisis Support team"
    return bool(pat and pat.search(text))


def is_official_event_location(post: Post, ctx: PostContext) -> bool:
    """An official account's post that is not about a family: its place is the organisation's."""
    return ctx.account.is_official and not _about_a_family(post, ctx)


def is_public_event_location(post: Post, ctx: PostContext) -> bool:
    """A post from a public event (pack `public_event`) that names no family, visit or child."""
    pat = ctx.prepared.pattern("public_event")
    return bool(pat and pat.search(post_text(post))) and not _about_a_family(post, ctx)


FILTERS = (is_official_event_location, is_public_event_location)


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    evidence, why = _evidence(post, ctx)
    if not evidence:
        return
    vocabularies = ctx.rule.param("about_vocabularies", ["service", "family", "child_in_care"])
    related = about_service(post, ctx, vocabularies)
    dropped = next((f.__name__ for f in FILTERS if related and f(post, ctx)), "")
    if dropped:
        log.debug("geotag: dropped by filter '%s'", dropped)
        return
    if related:
        why.append(f"post is about the service ({related})")
        yield ctx.finding(post, 0.95, evidence, why)
        return
    unrelated = ctx.rule.param("unrelated_severity", "off")
    if unrelated != "off" and not ctx.account.is_official:
        why.append("post not about the service: lower severity")
        yield ctx.finding(post, 0.5, evidence, why, severity=unrelated)
