"""Is this post about a supported family? The per-post signals several rules rest on,
computed once per post and shared through the post's context: family anchors ("my FCS
mum", "the child in our care"), own-children markers, carer accounts, the organisation's
name spans, the `family-post` tag (which privacy-settings counts per account), and the
names of supported people in the post (judged with the name-leak rule's settings, so
sensitive-info sees the same names). Rules import these; they never import each other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from auditors.context import PostContext
from auditors.facts import about_service, org_pattern, post_text
from auditors.nlp.names_context import (
    CIRCUMSTANCE_VOCABULARIES,
    CONTEXT_VOCABULARIES,
    Judged,
    is_authorised_story,
    judge_post,
)
from auditors.nlp.names_context import DEFAULTS as NAME_DEFAULTS
from auditors.prepared import Prepared, compile_terms
from socialaudit.core.model import Account, Post

TAG = "family-post"
ANCHOR_VOCABS = ("family", "child_in_care", "family_anchor", "weak_family_anchor")
NAME_RULE = "name-leak"


@dataclass(frozen=True)
class Anchor:
    """A phrase tying a post to a supported family or a child in care."""
    field: str
    start: int
    end: int
    text: str
    strong: bool


# "my two little fosterlings", "my foster babies", "my babies (foster)": the marker's children are in care
_FOSTERED_NEXT = re.compile(r"\s*(?:\(|\s)?(?:[a-z]+\s+){0,2}(?:foster|fostered|fosterlings?)\b")


class FamilySignals:
    """What a post says about families, computed once per post and shared by every rule.

    Anchors are found at once (one pass per field); the rest only when a rule asks.
    """

    def __init__(self, post: Post, ctx: PostContext, anchors: tuple[Anchor, ...]):
        self.post, self.ctx, self.anchors = post, ctx, anchors

    @property
    def strong(self) -> bool:
        return any(a.strong for a in self.anchors)

    @property
    def weak_only(self) -> bool:
        return bool(self.anchors) and not self.strong

    @cached_property
    def own_children(self) -> bool:
        """The post marks children as the author's own ("my boys", "grandkids"), unless the
        marker goes on to say they are fostered ("my two little fosterlings", "my foster babies")."""
        pat = lowered(self.ctx.prepared, "own_children")
        return bool(pat) and any(not _FOSTERED_NEXT.match(low, m.end())
                                 for _, _, low in lower_fields(self.post, self.ctx) for m in pat.finditer(low))

    @cached_property
    def service(self) -> str:
        """Why the post is about the service (its words or the organisation's name), or ''."""
        return about_service(self.post, self.ctx, ("service",))


def lowered(prepared: Prepared, *names: str, extra: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """The named word lists as a case-sensitive pattern for lowercased text.

    Python's `re` runs an alternation of many phrases two to three times faster
    without IGNORECASE, so rules that scan every post match against the
    lowercased text instead. (`re:` terms in these lists are written in lowercase.)
    """
    def build() -> re.Pattern[str] | None:
        terms = [t if t.startswith("re:") else t.lower() for n in names for t in prepared.words(n)]
        pat = compile_terms(terms + list(extra))
        return re.compile(pat.pattern) if pat else None
    return prepared.memo(("lowered", names, extra), build)


def lower_fields(post: Post, ctx: PostContext) -> list[tuple[str, str, str]]:
    """(field, text, lowercased text) for the post's text and alt texts, once per post."""
    def compute() -> list[tuple[str, str, str]]:
        return [(n, t, t.lower()) for n, t in ctx.fields(post)]
    return ctx.shared("lower_fields", compute)  # type: ignore[return-value]


def any_match(ctx: PostContext, post: Post, *names: str, gate: str = "") -> bool:
    """Whether any of the named word lists occurs in the post's text or alt texts.

    `gate` names a word list of substrings every phrase contains: when none is
    in the text, the regex pass is skipped (a substring test is far cheaper).
    """
    keys = ctx.prepared.words(gate) if gate else ()
    pat = lowered(ctx.prepared, *names)
    return bool(pat) and any((not keys or any(k in low for k in keys)) and pat.search(low)
                             for _, _, low in lower_fields(post, ctx))


def _org_family(prepared: Prepared) -> tuple[str, ...]:
    """'my FCS triplets', 'our CFT kids': the organisation's name before a family noun, as a term."""
    org = prepared.organisation
    names = compile_terms([n.lower() for n in [org.get("name", ""), *org.get("aliases", [])]])
    nouns = compile_terms([n.lower() for n in prepared.words("family_nouns")])
    if names is None or nouns is None:
        return ()
    # dialect "me FCS mam", "ma CFT wean", "wor FCS family"
    mine = "my|me|ma|mah|mi|our|wor|oor|the"
    return (rf"re:(?:{mine})\s+(?:(?:first|second|third|new|latest|current)\s+)?{names.pattern}\s+{nouns.pattern}",)


def _anchors(ctx: PostContext, post: Post) -> tuple[Anchor, ...]:
    pat = lowered(ctx.prepared, *ANCHOR_VOCABS,
                  extra=ctx.prepared.memo("org_family_anchor", lambda: _org_family(ctx.prepared)))
    out: list[Anchor] = []
    for name, text, low in lower_fields(post, ctx):
        if len(low) != len(text):  # a rare letter whose lowercase is longer: offsets would shift
            low = text
        found = [(m.start(), m.end()) for m in pat.finditer(low)] if pat else []
        if found:
            out += _keep_anchors(ctx.prepared, name, text, found)
    return tuple(out)


def _keep_anchors(prepared: Prepared, name: str, text: str, found: list[tuple[int, int]]) -> list[Anchor]:
    weak = prepared.pattern("weak_family_anchor")
    org = org_pattern(prepared)
    out = []
    for s, e in found:
        # "the twins" may be the start of the organisation's name ("the Twins ... Trust"): not a family
        last = text.rfind(" ", s, e) + 1 or s
        inside = org.match(text, last) if org else None
        if inside and inside.end() > e:
            continue
        out.append(Anchor(name, s, e, text[s:e], not (weak and weak.fullmatch(text[s:e]))))
    return out


def org_spans(prepared: Prepared, text: str) -> list[tuple[int, int]]:
    """Where the organisation is named in a text: words there are its name, not a family."""
    pat = org_pattern(prepared)
    return [m.span() for m in pat.finditer(text)] if pat else []


def family_signals(post: Post, ctx: PostContext) -> FamilySignals:
    """The post's family anchors, own-children markers and service context (shared, computed once)."""
    return ctx.shared("family_signals", lambda: FamilySignals(post, ctx, _anchors(ctx, post)))  # type: ignore


def note_family_post(post: Post, ctx: PostContext) -> bool:
    """Tag the post `family-post` when it describes a visit, a supported family or a child in care."""
    def compute() -> bool:
        sig = family_signals(post, ctx)
        if sig.strong:
            return True
        if any_match(ctx, post, "family_visit", gate="family_visit_keys"):
            return True
        return (sig.weak_only and bool(sig.service) and not sig.own_children
                and not any_match(ctx, post, "promotional_words"))
    tagged = bool(ctx.shared(("tag", TAG), compute))
    if tagged:
        ctx.cache.setdefault("tags", set()).add(TAG)
    return tagged


def _name_settings(prepared: Prepared) -> tuple[dict, list[str], tuple[str, ...]]:
    """The name-leak rule's weights and vocabularies, whichever rule asks (built once per policy)."""
    return prepared.memo("name-leak:settings", lambda: _read_name_settings(prepared.rule(NAME_RULE)))


def _read_name_settings(settings) -> tuple[dict, list[str], tuple[str, ...]]:
    weights = {k: float(settings.param(k, v)) for k, v in NAME_DEFAULTS.items()}
    return (weights, settings.param("context_vocabularies", CONTEXT_VOCABULARIES),
            tuple(settings.param("circumstance_vocabularies", CIRCUMSTANCE_VOCABULARIES)))


def names_supported_in(account: Account, texts: list[str], own: frozenset[str], prepared: Prepared
                       ) -> frozenset[str]:
    """The names an account's texts show, surely, to be supported people's (scored at least
    `memory_margin` over the threshold; register names are caught anyway): what
    `AccountFamily.known` remembers for the account's other posts."""
    settings = prepared.rule(NAME_RULE)
    weights, _, _ = _name_settings(prepared)
    bar = weights["threshold"] + weights["memory_margin"]
    out: set[str] = set()
    for i, text in enumerate(texts):
        post = Post(id=f"memory:{i}", account_id=account.id, platform=account.platform, text=text)
        ctx = PostContext(prepared, settings, account, [], lambda _a: False, {}, own)
        out.update(j.cand.norm for j in supported_names(post, ctx)
                   if j.score >= bar and not j.cand.register and j.cand.field == "text")
    return frozenset(out)


def judged_names(post: Post, ctx: PostContext) -> list[Judged]:
    """Every name candidate of the post as name-leak judges it, dropped or not (once per post)."""
    def compute() -> list[Judged]:
        weights, vocabularies, circumstances = _name_settings(ctx.prepared)
        return judge_post(post, ctx, post_text(post), weights, vocabularies, circumstances)
    return ctx.shared("name-leak:judged", compute)  # type: ignore[return-value]


def supported_names(post: Post, ctx: PostContext) -> list[Judged]:
    """Names of supported people in the post (judged once per post, shared with other rules)."""
    def compute() -> list[Judged]:
        threshold = _name_settings(ctx.prepared)[0]["threshold"]
        leaks = [j for j in judged_names(post, ctx) if not j.dropped and j.score >= threshold]
        # the story test reads the whole post: only worth it when a name would be reported
        return [] if not leaks or is_authorised_story(post, ctx, post_text(post)) else leaks
    return ctx.shared("name-leak:names", compute)  # type: ignore[return-value]


# name-leak's drop reasons for a kin word, "my"/"our" or the author's other posts; a name in the
# bio ("the author's own name or family") is names_own_children's business in family-photo
OWN_FAMILY_REASON = "the author's own family"


def names_only_own_family(post: Post, ctx: PostContext) -> bool:
    """The post names someone name-leak judges the author's own family ("My Zain passed his
    maths resit") and no one else it reads as a person ("Jayden and our Freddie" names two)."""
    judged = judged_names(post, ctx)
    return (any(j.dropped.startswith(OWN_FAMILY_REASON) for j in judged)
            and all(j.dropped for j in judged))
