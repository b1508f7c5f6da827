"""logo-misuse — the organisation's logo inside media posted from a personal account.

Policy: Twins Trust FCS protocol, Guidance for personal use ("Twins Trust logos
must not be used without permission"). CFT has no logo clause: its pack
switches the rule off.

Two signals, either is enough:

- **Pixels.** Each attached photo is matched against the policy's
  `[organisation] logos` images with local features (ORB), a ratio test and a
  RANSAC homography that must explain enough matches and map the logo to a
  believable outline (`auditors.vision`). Scale, rotation, partial cover and
  busy backgrounds are tolerated. A pack may add a slower SIFT second look
  (`fine_check`) for small and soft logos. When keypoints find nothing
  (a small, blurred or slanted logo), a second check looks for the logo's brand
  colours laid out in its shape (`auditors.vision.colourmatch`: colours and
  silhouettes learned from the same logo images; a logo drawn only in black,
  white or grey, or one that is a plain blob of colour, is left to keypoints),
  and a pack may add a third that accepts paler colours and a looser layout
  when the grey pixels there show the logo's edge pattern (`shape_check`,
  `auditors.vision.shapecheck`).
- **Alt text.** When there are no pixels (or alongside them), an alt text that
  describes the organisation's logo or branding reproduced in the picture:
  the organisation's name, alias or handle (or a generic reference such as
  "the charity's") right next to a logo word ("car sticker with the Twins Trust
  logo", "t-shirts printed with the charity's logo", "the logo of Twins Trust").
  The post text counts too when the post has media, at lower confidence.

Not flagged: official accounts using their own logo; other logos (a football
crest); a negated or removed logo ("no Twins Trust logo", "logo cropped out");
items the organisation issues itself ("official running vest", a training
certificate, an ID badge or lanyard, a thank-you card from the charity), which
the organisation gave permission for by issuing them ("must not be used without
permission"); the organisation's own post or graphic shared or screenshotted
(Twins Trust FCS Post content 5: "Please do share Twins Trust's social media
posts"); the organisation's own signage in the background of its event.

Example: personal post "Made this for my car window" with alt text "car sticker
design with the Twins Trust logo" -> fires. Alt text "Derby County crest on a
scarf" -> clean.

Tuning in a pack's `[rules.logo-misuse]`: `logo_words`, `org_references`
(generic references such as "the charity's"), `own_references` (the pack's own
short names, e.g. "the Trust's"), `negations` (words before the match),
`removals` (words after it), `issued_items` (organisation-issued kit),
`shared_posts` (the organisation's own post, shared), `made_words` (an issued-looking
item the author made: "made my own lanyard"),
`text_confidence`, the photo thresholds `min_inliers`, `min_inlier_ratio`,
`max_side`, `time_budget`, `fine_check` (true adds the SIFT second look),
`colour_check` (false turns the colour-layout and shape checks off) and
`shape_check` (true adds the shape check).
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, replace
from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.facts import org_pattern
from auditors.prepared import Prepared, compile_terms
from auditors.vision import LogoIndex, MatchSettings, load_reference
from auditors.vision.colourmatch import ColourIndex, ColourSettings
from auditors.vision.shapecheck import ShapeIndex
from socialaudit.core.model import Evidence, Finding, Post
from socialaudit.core.policy import RuleSettings
from socialaudit.core.rules import Param, RuleSpec

RULE = RuleSpec(
    id="logo-misuse", subject="post", severity="medium",
    label="Uses the logo",
    summary="the organisation's logo in media from a personal account",
    message="The organisation's logo used in media from a personal account",
    advice="Ask the communications team before using the logo.",
    clauses={"twins-trust-fcs": "Guidance for personal use", "childrens-family-trust": "(no clause)"},
    params={
        # Alt-text side: an owner (the organisation's names/handles, or one of these) next to a logo word.
        "logo_words": Param("strs", ["logo", "logos", "logotype", "emblem", "emblems", "branding", "branded",
                                     "brand mark", "insignia"]),
        "org_references": Param("strs", ["the charity", "the charity's", "our charity", "our charity's",
                                         "my charity's", "the organisation's", "the organization's"]),
        "own_references": Param("strs", [], "short names people use for the organisation next to 'logo'"),
        # Before the mention ("no Twins Trust logo") or right after it ("logo blurred out").
        "negations": Param("strs", ["no", "not", "without", "minus", "instead of", "removed", "cropped", "covered",
                                    "hid", "hidden"]),
        "removals": Param("strs", ["removed", "cropped out", "blurred", "blurred out", "covered", "covered up",
                                   "taken off", "hidden", "edited out"]),
        # Kit the organisation issues itself: a judgement call for a coordinator, not a finding.
        "issued_items": Param("strs", [
            "re:official\\s+(?:[\\w'’-]+\\s+){0,3}?(?:vests?|t-shirts?|shirts?|tops?|kit|hoodies?|tabards?|lanyards?"
            "|merch|merchandise|banners?|collection\\s+(?:tins?|buckets?))",
            "running vest", "running vests", "charity vest", "charity vests", "race vest",
            # issued by the organisation, so used with its permission
            "certificate", "certificates", "id badge", "id card", "name badge", "volunteer badge", "lanyard",
            "lanyards", "welcome pack", "volunteer pack", "thank-you card from", "thank you card from",
            "letter from", "official banner", "official stand", "official poster", "official leaflet",
            "official leaflets", "official graphic", "in the background"]),
        # Words that make an issued-looking item the author's own making ("made my own lanyard").
        "made_words": Param("strs", ["made", "my own", "homemade", "home-made", "handmade", "hand-made", "designed",
                                     "diy", "decorated", "knitted", "crocheted", "drew", "drawn", "painted",
                                     "printed myself", "cut from", "cricut", "stitched", "i printed"]),
        # The organisation's own post or graphic, shared (Post content 5: "Please do share").
        "shared_posts": Param("strs", [
            "screenshot of", "screen grab of", "screengrab of", "shared post", "sharing the", "reposted",
            "repost of", "retweet of", "reshare of", "shared from",
            "re:(?:their|the\\s+charity's|the\\s+trust's)\\s+(?:post|tweet|graphic|campaign\\s+graphic|infographic)"]),
        "text_confidence": Param("number", 0.6), "min_inliers": Param(int), "min_inlier_ratio": Param("number"),
        "max_side": Param(int), "time_budget": Param("number"),
        # the second photo check, by the logo's colour layout (auditors.vision.colourmatch); about
        # 5-10 ms of CPU per photo that keypoints did not match
        "colour_check": Param(bool, True),
        # SIFT when ORB found nothing (auditors.vision.matcher): more small and soft logos, at
        # about 40 ms more CPU per photo (~3x the rule's cost), so a pack opts in
        "fine_check": Param(bool, False),
        # the third, by a looser colour layout confirmed by the logo's edge pattern
        # (auditors.vision.shapecheck); about 2 ms per photo the other two did not match.
        # Opt-in: it helps wordmarks, but a plain disc of a round logo's colour can pass
        # for the logo (about 1 busy generated photo in 100 for the round placeholder logos)
        "shape_check": Param(bool, False),
    },
)

log = logging.getLogger(__name__)
ALT_CONFIDENCE = 0.85
# modifiers allowed between the owner and the logo word: "Twins Trust heart logo", "name and logo"
_GAP = r"(?:'s|’s|s')?(?:[\s-]+[\w’'-]+){0,2}?[\s-]+"
_NEAR = 40  # characters either side searched for removals and issued items
_NEG_WORDS = 3  # words before the mention searched for a negation ("without the Twins Trust logo")
_CLAUSE_END = re.compile(r"[,.;:!?()\n]")


@dataclass(frozen=True)
class Phrases:
    """The compiled alt-text patterns of one policy."""
    logo: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    removal: re.Pattern[str] | None
    issued: re.Pattern[str] | None
    shared: re.Pattern[str] | None = None
    made: re.Pattern[str] | None = None


def _owner_source(prepared: Prepared, rule: RuleSettings) -> str | None:
    parts = []
    org = org_pattern(prepared)
    if org is not None:
        parts.append(org.pattern)
    refs = compile_terms(rule.param("org_references", []) + rule.param("own_references", []))
    if refs is not None:
        parts.append(refs.pattern)
    return "|".join(f"(?:{p})" for p in parts) or None


def _compile(prepared: Prepared, rule: RuleSettings) -> Phrases:
    owner, logo = _owner_source(prepared, rule), compile_terms(rule.param("logo_words", []))
    pattern = None
    if owner and logo:
        pattern = re.compile(rf"(?:{owner}){_GAP}(?:{logo.pattern})"
                             rf"|(?:{logo.pattern})\s+(?:of|from)\s+(?:{owner})", re.IGNORECASE)
    return Phrases(pattern, compile_terms(rule.param("negations", [])),
                   compile_terms(rule.param("removals", [])), compile_terms(rule.param("issued_items", [])),
                   compile_terms(rule.param("shared_posts", [])), compile_terms(rule.param("made_words", [])))


def _phrases(ctx: PostContext) -> Phrases:
    return ctx.prepared.memo((RULE.id, "phrases"), lambda: _compile(ctx.prepared, ctx.rule))


def excluded_by(text: str, m: re.Match[str], p: Phrases) -> str:
    """Name of the filter that drops this logo mention, or ''."""
    before = _CLAUSE_END.split(text[max(0, m.start() - _NEAR):m.start()])[-1]
    after = text[m.end():m.end() + _NEAR]
    if p.negation and p.negation.search(" ".join(before.split()[-_NEG_WORDS:])):
        return "negated"
    if p.removal and p.removal.match(after.lstrip()):
        return "removed"
    near = text[max(0, m.start() - _NEAR):m.end() + _NEAR]
    if p.issued and p.issued.search(near) and not (p.made and p.made.search(near)):
        return "organisation-issued item"
    if p.shared and p.shared.search(text[max(0, m.start() - _NEAR):m.end() + _NEAR]):
        return "the organisation's own post, shared"
    return ""


def text_hits(post: Post, ctx: PostContext) -> Iterator[tuple[Hit, str]]:
    """Logo mentions in the alt texts (and the post text when it has media), with a filter note."""
    p = _phrases(ctx)
    if p.logo is None or not post.media:
        return
    for name, text in ctx.fields(post):
        for m in p.logo.finditer(text):
            yield Hit(name, m.start(), m.end(), m.group(0)), excluded_by(text, m, p)


def _alt_findings(post: Post, ctx: PostContext) -> tuple[list[Hit], list[str], float]:
    hits, why, conf = [], [], 0.0
    text_conf = float(ctx.rule.param("text_confidence", 0.6))
    for hit, dropped in text_hits(post, ctx):
        if dropped:
            log.debug("logo-misuse: %s mention dropped by filter '%s'", hit.field, dropped)
            continue
        hits.append(hit)
        why.append(f"{hit.field} describes the organisation's logo ('{hit.matched}')")
        conf = max(conf, ALT_CONFIDENCE if hit.field != "text" else text_conf)
    return hits, why, conf


def _references(ctx: PostContext) -> list:
    """The policy's reference logos' features, computed once."""
    def build():
        refs = []
        for path in ctx.prepared.organisation.get("logos", []):
            try:
                refs.append(load_reference(path))
            except ValueError as e:  # an unusable logo disables only itself
                log.warning("logo-misuse: %s", e)
        return refs
    return ctx.prepared.memo((RULE.id, "references"), build)


def _index(ctx: PostContext):
    """A matcher over the policy's reference logos; None when the policy has none usable.
    One per thread (photos are matched on several at once; OpenCV's detector keeps state)."""
    settings = MatchSettings()
    overrides = {k: ctx.rule.param(k) for k in ("min_inliers", "min_inlier_ratio", "max_side", "time_budget")
                 if ctx.rule.param(k) is not None}
    settings = replace(settings, fine=bool(ctx.rule.param("fine_check", False)), **overrides)

    def build():
        refs = _references(ctx)
        return LogoIndex(refs, settings) if refs else None

    key = (RULE.id, "index", tuple(sorted(overrides.items())), settings.fine, threading.get_ident())
    return ctx.prepared.memo(key, build)


def _colour_match(ctx: PostContext, info):
    """The colour-layout verifier (`auditors.vision.colourmatch`) on one photo, or None."""
    if not ctx.rule.param("colour_check", True):
        return None
    colour = ctx.prepared.memo((RULE.id, "colour-index"),
                               lambda: ColourIndex.from_paths(ctx.prepared.organisation.get("logos", [])))
    if not colour.references:
        return None
    pixels = info.rgb_preview(colour.settings.work_side)
    return colour.find(pixels, rgb=True) if pixels is not None else None


def _shape_match(ctx: PostContext, info):
    """The loose-colour, edge-confirmed check (`auditors.vision.shapecheck`) on one photo, or None."""
    if not ctx.rule.param("colour_check", True) or not ctx.rule.param("shape_check", False):
        return None
    shape = ctx.prepared.memo((RULE.id, "shape-index"),
                              lambda: ShapeIndex.from_paths(ctx.prepared.organisation.get("logos", [])))
    if not shape.references:
        return None
    # the colour check's preview (decoded once for both): the edges are read from its pixels
    pixels = info.rgb_preview(max(shape.settings.colour.work_side, ColourSettings().work_side))
    return shape.find(pixels, rgb=True) if pixels is not None else None


def _photo_findings(ctx: PostContext) -> tuple[list[Evidence], list[str], float]:
    evidence, why, conf = [], [], 0.0
    images = [info for info in ctx.media if info.is_image]
    index = _index(ctx) if images else None
    if index is None:
        return evidence, why, conf
    for info in images:
        grey = info.grey(index.settings.max_side)  # shared, already at the matcher's working size
        match = index.find(grey) if grey is not None else None
        if match is None:  # second opinion: the logo's colours laid out in its shape
            match = _colour_match(ctx, info)
        if match is None:  # third: paler colours, looser layout, confirmed by the logo's edges
            match = _shape_match(ctx, info)
        if match is None:
            continue
        evidence.append(Evidence(f"media[{info.index}]", None, None,
                                 "photo shows the organisation's logo", f"logo-in-media{info.index}"))
        why.append(f"media[{info.index}]: {match.explain()}")
        conf = max(conf, match.confidence)
    return evidence, why, conf


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    if ctx.account.is_official or not post.media:
        return
    evidence, why, conf = _photo_findings(ctx)
    hits, alt_why, alt_conf = _alt_findings(post, ctx)
    if not evidence and not hits:
        return
    why = [*why, *alt_why, "posted from a personal account"]
    yield ctx.finding(post, max(conf, alt_conf), [*evidence, *hits], why)
