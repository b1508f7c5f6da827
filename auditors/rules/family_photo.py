"""family-photo — a photo or video of a supported family, a child in care, or
their home or belongings, attached to a post about them.

Policy: Twins Trust FCS protocol, Photos ("under no circumstances are you to
use photos of any FCS families on social media, even if the faces of the
children are not able to be seen"); CFT, Confidentiality ("no photographs of
the children/young people should be uploaded onto any social media platform").

How it decides, per attached media item:
- What the picture shows comes from its alt text (the pack's `photo_child`,
  `photo_person`, `photo_home` lists; organisation names and negations such as
  "no children in shot" are ignored) and, when the file exists, from frontal
  faces found by `socialaudit.faces` (which only ever raises the confidence:
  photos from behind, of hands, feet or a family's door still count).
- Whose it is comes from the post: a family anchor ("my FCS family", "their
  mum", "the lad we foster", "mum said it was fine"), a name name-leak judges a
  supported person's ("Knitted these jumpers for Ama's twins"), or, for pictures of
  children, a foster carer's account, a volunteer whose bio names no children of
  their own writing of "the twins" (`own_children_bio`: "Mum of 3" does), or a post
  about the service — unless the
  post marks them as the author's own children ("my boys", "grandkids") or names
  children the author calls their own in the bio ("Mum to Olivia & Grace") or in
  other posts ("my son Adam": auditors.nlp.names_own). The Photos clause protects
  "FCS families" and CFT's Confidentiality the children "in your care", not the
  volunteer's own family.
Clean: own children in personal posts, cake at a training day, food,
landscapes, pets, official accounts (their photos are the organisation's
planned media engagement: adult volunteers, authorised case studies), and any
post naming an authorised case study (`[names] authorised_case_studies`).
A strong anchor with media whose content is unknown (no alt text, no file)
fires at `unknown_media_confidence`.

Example: "Teeny tiny socks, my FCS twins are growing so fast" with alt text
"Two pairs of tiny baby feet in striped socks" -> fires; "Training day snacks
with the loveliest bunch of FCS volunteers" with a photo of cake -> clean.

Tune in a pack: the vocabularies above, and `[rules.family-photo]`
`check_official` (the CFT pack sets it: its clause forbids photos of the children on "any social
media platform", the Trust's own accounts included), `unknown_media_confidence`, `face_boost`.
Own-children words followed by a foster word ("my two little fosterlings") mark no child as own.
Child words that name a thing (`photo_not_a_child`: "a baby cardigan", "children's drawings",
"fondant twin babies") are blanked before the alt text is read.
"""
from __future__ import annotations

import re
from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.faces import detect_faces
from auditors.facts import bio_says, is_carer_account, org_pattern
from auditors.family import FamilySignals, family_signals, names_only_own_family, note_family_post, supported_names
from auditors.mediainfo import MediaInfo
from auditors.nlp.names import WORD, normalise
from auditors.nlp.names_filters import author_serves_families
from auditors.nlp.names_own import own_family_names
from auditors.prepared import compile_terms
from socialaudit.core.model import Finding, Post
from socialaudit.core.rules import Param, RuleSpec

RULE = RuleSpec(
    id="family-photo", subject="post", severity="high",
    label="Photo of a family",
    summary="a photo or video in a post about the service, a family or a child in care",
    message="Photo or video of a supported family, a child in care or their home",
    advice="Delete the photo. Photos of families are never shared, even with faces hidden.",
    clauses={"twins-trust-fcs": "Photos", "childrens-family-trust": "Confidentiality"},
    params={"check_official": Param(bool), "unknown_media_confidence": Param("number"), "face_boost": Param("number")},
)

SHOWS = (("child", "photo_child"), ("home", "photo_home"), ("person", "photo_person"))


def _blank(text: str, patterns: list[re.Pattern[str] | None]) -> str:
    """Spaces over organisation names and negations, keeping offsets (a charity named for twins is not twins)."""
    for pat in patterns:
        if pat is not None:
            text = pat.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _faces(ctx: PostContext, info: MediaInfo) -> int:
    if not info.is_image:
        return 0

    def compute() -> int:
        return len(detect_faces(info.rgb(), rgb=True))  # the same pixels as BGR, without the copy
    return ctx.shared(("faces", info.index), compute)  # type: ignore[return-value]


def _shows(ctx: PostContext, info: MediaInfo) -> tuple[dict[str, Hit], int]:
    """What one media item shows: {kind: first Hit in its alt text}, and the number of faces."""
    found: dict[str, Hit] = {}
    alt = info.media.alt_text or ""
    if alt:
        field = f"media[{info.index}].alt_text"
        clean = _blank(alt, [org_pattern(ctx.prepared), ctx.prepared.pattern("photo_negation", "photo_not_a_child")])
        for kind, vocab in SHOWS:
            pat = ctx.prepared.pattern(vocab)
            m = pat.search(clean) if pat else None
            if m:
                found[kind] = Hit(field, m.start(), m.end(), alt[m.start():m.end()])
    return found, _faces(ctx, info)


def _relation(ctx: PostContext, post: Post, sig: FamilySignals) -> tuple[str, bool]:
    """Why the post's pictures would be of a family: (reason, holds for adults and homes too)."""
    if sig.strong:
        return "post names a supported family or child in care", True
    if sig.own_children or names_own_children(ctx, post) or names_only_own_family(post, ctx):
        return "", False
    if sig.weak_only and _service_in_text(ctx, post):
        return "a family named in a post about the service", True
    if _names_a_supported_person(ctx, post):
        return "post names a person name-leak judges supported", True
    if not ctx.account.is_official and is_carer_account(ctx.account, ctx.prepared):
        return "foster carer's account, children not marked as own", False
    if sig.weak_only and _volunteer_without_own_children(ctx):
        return "the children a volunteer with none of their own writes of", False
    service = _service_in_text(ctx, post)
    if service:
        return f"post about the service ({service})", False
    return "", False


def _names_a_supported_person(ctx: PostContext, post: Post) -> bool:
    """A name in the post's text that name-leak judges a supported person's ("Knitted these
    jumpers for Ama's twins", "took Jenna's two for a walk"): the pictures are of that family.
    Names only in the alt text (a cake iced 'Lexi-Mae') say whose the picture is too."""
    return not ctx.account.is_official and any(j.cand.field != "in_reply_to" for j in supported_names(post, ctx))


def _volunteer_without_own_children(ctx: PostContext) -> bool:
    """A volunteer whose bio names no children of their own (`own_children_bio`: "Mum of 3",
    "dad of twin girls"): their "the twins" or "the babies" are a supported family's."""
    if ctx.account.is_official or not author_serves_families(ctx):
        return False
    return not bio_says(ctx.account, ctx.prepared, "own_children_bio")


def names_own_children(ctx: PostContext, post: Post) -> bool:
    """The post names someone the author calls their own family, in the bio or another post."""
    acc = ctx.account
    bio = "\n".join(t for t in (acc.bio, acc.about_text) if t)
    own = ctx.own_family | ctx.prepared.memo(("own-family-bio", acc.id, bio),
                                             lambda: frozenset(own_family_names(bio, ctx.prepared)))
    return bool(own and post.text and any(normalise(m.group(1)) in own for m in WORD.finditer(post.text)))


def _service_in_text(ctx: PostContext, post: Post) -> str:
    """The service named in the post's own words (an alt text naming a logo does not count)."""
    for pat in (ctx.prepared.pattern("service", "child_in_care"), org_pattern(ctx.prepared)):
        m = pat.search(post.text) if pat and post.text else None
        if m:
            return f"'{m.group(0).lower()}'"
    return ""


def _case_study(ctx: PostContext, post: Post) -> bool:
    names = ctx.prepared.section("names").get("authorised_case_studies", [])
    pat = ctx.prepared.memo(("case_studies", tuple(names)), lambda: compile_terms(names))
    return bool(pat and pat.search(post.text))


def _judge(ctx: PostContext, info: MediaInfo, reason: str, any_subject: bool,
           sig: FamilySignals) -> tuple[float, list[Hit], list[str]]:
    shows, faces = _shows(ctx, info)
    boost = ctx.rule.param("face_boost", 0.05) if faces else 0.0
    base = 0.9 if any_subject else 0.75
    kinds = [k for k in ("child", "home", "person") if k in shows and (any_subject or k == "child")]
    face_note = [f"{faces} face(s) detected in media[{info.index}]"] if faces else []
    if kinds:
        return base + boost, [shows[k] for k in kinds], [f"media[{info.index}] shows {', '.join(kinds)}",
                                                          *face_note]
    if faces:
        return base - 0.15 + boost, [], face_note
    if any_subject and sig.strong and not info.media.alt_text and not info.is_image:
        conf = ctx.rule.param("unknown_media_confidence", 0.6)
        return conf, [], [f"media[{info.index}] content unknown (no alt text, no file)"]
    return 0.0, [], []


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    note_family_post(post, ctx)
    if not post.media:
        return
    if ctx.account.is_official and not ctx.rule.param("check_official", False):
        return
    sig = family_signals(post, ctx)
    reason, any_subject = _relation(ctx, post, sig)
    if not reason or _case_study(ctx, post):
        return
    best, hits, why = 0.0, [], []
    for info in ctx.media:
        conf, h, w = _judge(ctx, info, reason, any_subject, sig)
        if conf > 0:
            best, hits, why = max(best, conf), hits + h, why + w
    if best <= 0:
        return
    anchors = [Hit(a.field, a.start, a.end, a.text) for a in sig.anchors if a.strong][:2]
    yield ctx.finding(post, best, hits + anchors, [reason, *why])
