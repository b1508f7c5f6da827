"""location-disclosure — text that reveals where a supported family or child is,
lives or will be, or that the author is with a family right now at a place.

Policy: Twins Trust FCS protocol, Post content 3 ("... so as to not share
details of the family's location. Better still, post once you are home and no
longer with the family"); CFT, Confidentiality ("do not publish any
information about a child or young person").

How it decides. `auditors.nlp.places` finds place mentions: UK postcodes,
streets ("Hambleton Close", "on Selly Oak road", "Askew Road West"; a house number
and name after "address is" or "lives at": "new address is 14 Fossway"), estates ("the Popley estate"), institutions
("Harrogate District Hospital", "Warberry Vale Primary", "the contact centre in
Newton Abbot", "the Truro family centre", "Salford A&E", "Ysgol Bryn Alyn"), homes ("the family's house in ..."),
gazetteer towns after a preposition ("in Crewe", and dialect "down Camborne"; in a post written all in lower case,
"in peckham" too, and streets and institutions: "the family centre on rice lane") and other names after "in"
("in Leith"). A place counts only when the post ties it to a family:
- a family anchor (the pack's `family`, `child_in_care`, `family_anchor` lists:
  "my FCS mum", "the family I'm supporting", "our lad", "in our care", "one of my ladies",
  "my new gent", "a family in Gorton") in the
  same sentence as a town or name, or anywhere in the post for a street,
  postcode, estate, home or institution;
- a verb of living or moving ("she's gone to live with her gran in Taunton"), or where someone
  stays (`residence_nouns`: "still in a hostel in Plaistow"), in a post about the service or a family;
- a contact or family centre (`service_institutions`) in a post about the service;
- on a foster carer's account, or a care worker's (`care_staff_account`: "supervising social
  worker", "mentor"), a place in a sentence about care or a child in care (below), or that names
  the child in a carer's everyday words (`sens_care_referents_everyday`: "the lad's new school,
  Oasis in Brislington") and is no day out (`leisure_words`, `day_out_words`);
- on a foster carer's account, a school, pool or regular venue in a post with
  no own-children marker ("Tyler's first day at Warberry Vale Primary"), or any
  place in a sentence about care or a child in care (`sens_care`,
  `sens_care_referents`: "Contact in Llanelli tomorrow with her birth mam");
- on a foster carer's account, a place in a sentence that says the author is out with the
  children now (`carer_company`: "Lunch in the Abbey Gardens with both the kids"), unless the
  post marks them as the author's own;
- particular carers right before a place (`foster_home_words` after "her", "a", "one of my":
  "missing from her carers in Norris Green", "visited a carer in Bulwell"), in a post that
  speaks of a child (`photo_child`, `child_everyday`, an age): where a child in care lives,
  whatever the account (the service region of "foster carers in Leeds" stays clean);
- a town, district or venue named in a sentence about a hospital stay (`hospital_words`: "sat in
  Pinderfields A&E since nine") is read as the hospital, an institution the family attends; so are
  a hospital's initials in a post about a stay or a health detail ("in the QE overnight", "BRI again");
- a name that name-leak judges a supported person's, on an account or in a post about the
  service: anywhere in the post for a street, postcode, estate, home or institution
  ("Jayden-Lee and his sisters are being moved out of the house on Larch Avenue"), in the
  same sentence for a town, district or venue ("Tiana and her gran at the Albert Dock today"),
  unless that sentence is a day out (`leisure_words`, `day_out_words`: "to Whitby for chips");
  the finding's reasons never repeat the name;
- a town or district in the sentence right before or after a strong family anchor ("FCS mum got her
  keys today!!! new 3 bed in Benchill"), on a personal account, unless that sentence is a question,
  a day out, a public event or speaks to an audience.
Named filters drop places that are not where a family is: a public event
(`public_event_words`), the volunteer's training (`training_venue_words`), an
audience ("anyone in Derby"), a service region ("volunteers in Surrey"), the
author's own home ("home now"), coarse places (countries, counties), and weak
anchors ("my family", "the twins") next to holiday words or own-children words.

Example: "My FCS mum in Crewe has had the all-clear" -> fires (place masked);
"Fun run this Sunday in Eaton Park for Twins Trust!" -> clean.

Tune in a pack: the word lists above in `[vocabulary]`, and in
`[rules.location-disclosure]`: `extra_towns`, `extra_coarse` (gazetteer
additions), `confidence_strong`, `confidence_town`, `confidence_context`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.facts import is_care_staff_account, is_carer_account
from auditors.family import (
    Anchor,
    FamilySignals,
    any_match,
    family_signals,
    lower_fields,
    note_family_post,
    org_spans,
    supported_names,
)
from auditors.nlp.names_filters import author_serves_families
from auditors.nlp.places import Place
from auditors.prepared import Prepared, compile_terms
from auditors.privacy import places_in
from socialaudit.core.model import Finding, Post
from socialaudit.core.rules import Param, RuleSpec

RULE = RuleSpec(
    id="location-disclosure", subject="post", severity="high",
    label="Says where a family is",
    summary="text revealing where a family is or lives, or that the author is with them now at a place",
    message="Reveals where a supported family or child is, lives or will be",
    advice="Remove the place name; post once you are home and no longer with the family.",
    clauses={"twins-trust-fcs": "Post content 3", "childrens-family-trust": "Confidentiality"},
    params={"extra_towns": Param("strs"), "extra_coarse": Param("strs"), "confidence_strong": Param("number", 0.9),
            "confidence_town": Param("number", 0.85), "confidence_context": Param("number", 0.7)},
)

_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n+")
ADDRESS_KINDS = ("postcode", "street", "estate", "home", "point")
LOCAL_KINDS = ("town", "place")


def _before_pattern(prepared: Prepared, vocab: str) -> re.Pattern[str] | None:
    """'<word> in (the)' right before a place: audiences ("anyone in") and service regions."""
    def build() -> re.Pattern[str] | None:
        terms = compile_terms(prepared.words(vocab))
        if terms is None:
            return None
        return re.compile(rf"(?:{terms.pattern})\s+(?:in|across|around|near|for|covering)\s+(?:the\s+)?$",
                          re.IGNORECASE)
    return prepared.memo(("before", vocab), build)


_PARTICULAR = (r"(?:her|his|their|a|the|my|me|one\s+of\s+(?:my|me|our|the)|visited|visiting|visit(?:\s+today)?\s+with"
               r"|met|meeting)\s+(?:(?:new|main|own|lovely|current)\s+)?")
_CHILD_AGE = re.compile(r"\b\d{1,2}(?:[- ]?(?:yo|y/o|yrs?[- ]old|years?[- ]old|year[- ]olds?|month[- ]old))\b",
                        re.IGNORECASE)


def _foster_home_before(prepared: Prepared) -> re.Pattern[str] | None:
    """Particular carers right before a place ("her carers in", "a kinship gran in")."""
    def build() -> re.Pattern[str] | None:
        terms = compile_terms(prepared.words("foster_home_words"))
        if terms is None:
            return None
        return re.compile(rf"\b{_PARTICULAR}(?:{terms.pattern})\s+(?:(?:over|up|down|out|back)\s+)?"
                          r"(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)
    return prepared.memo(("foster-home-before",), build)


def _foster_home(ctx: PostContext, post: Post, text: str, place: Place) -> bool:
    """The place is where particular carers live, and the post speaks of a child: where a child
    in care lives ("a 14 yr old who'd gone missing from her carers in Norris Green")."""
    pat = _foster_home_before(ctx.prepared)
    if pat is None or place.kind not in (*LOCAL_KINDS, "street", "estate") or not pat.search(
            text[max(0, place.start - 60):place.start]):
        return False
    return any_match(ctx, post, "photo_child", "child_everyday", "sens_care_referents") or any(
        _CHILD_AGE.search(low) for _f, _t, low in lower_fields(post, ctx))


# --- filters: each returns its name when the place is not where a family is ----

def _sentence(text: str, place: Place) -> tuple[int, int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    i = bisect.bisect_right(ends, place.start)
    return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(text))


def _dropped_by(ctx: PostContext, text: str, place: Place, sentence: str, sig: FamilySignals) -> str:
    p = ctx.prepared
    before = text[max(0, place.start - 40):place.start]
    checks = [("public event", p.pattern("public_event_words"), sentence),
              ("training venue", p.pattern("training_venue_words"), sentence),
              ("own home", p.pattern("own_place_words"), sentence)]
    if place.kind not in ADDRESS_KINDS:  # "anyone near LS14 6AB" still gives the family's postcode
        checks += [("audience", _before_pattern(p, "audience_words"), before),
                   ("service region", _before_pattern(p, "service_region_words"), before)]
    for name, pat, where in checks:
        if pat is not None and pat.search(where):
            return name
    if sig.weak_only and (sig.own_children or _search(p.pattern("leisure_words"), sentence)):
        return "own family or leisure"
    if not sig.strong and _search(p.pattern("sens_own_family"), sentence):
        return "the author's own family"  # "My mum's in Wythenshawe hospital for her hip"
    return ""


def _search(pat: re.Pattern[str] | None, text: str) -> bool:
    return bool(pat and pat.search(text))


# --- scoring ----------------------------------------------------------------

def _score(ctx: PostContext, post: Post, place: Place, sentence: str, sig: FamilySignals,
           field: str, span: tuple[int, int]) -> tuple[float, str]:
    """Confidence that this place is where a family is, with the reason; 0 when it is not."""
    strong = ctx.rule.param("confidence_strong", 0.9)
    town = ctx.rule.param("confidence_town", 0.85)
    context = ctx.rule.param("confidence_context", 0.7)
    in_sentence = [a for a in sig.anchors if a.field == field and span[0] <= a.start < span[1]]
    near = max((a.strong for a in in_sentence), default=None)  # True strong, False weak, None none
    weak_cut = 0.15
    if place.kind in ADDRESS_KINDS and sig.anchors:
        return strong - (0 if sig.strong else weak_cut / 2), "address of a family"
    if place.kind == "institution":
        return _institution(ctx, post, place, sig, near, strong)
    if place.residence and (sig.anchors or sig.service or _works_with_children_in_care(ctx)):
        return strong - weak_cut / 2, "where a family or child lives"
    if place.kind in LOCAL_KINDS and near is None and _beside_a_family_sentence(ctx, sig, field, span, sentence):
        return context - weak_cut, "place named beside a sentence about a family"
    if place.kind in LOCAL_KINDS and near is not None:
        base = town if place.kind == "town" else context
        return base - (0 if near else weak_cut), "place named with a family"
    if place.kind == "venue" and near:
        return context, "with a family at a named place"
    if place.kind in (*LOCAL_KINDS, "venue") and _works_with_children_in_care(ctx) and not sig.own_children and (
            _search(ctx.prepared.pattern("sens_care", "sens_care_referents", "carer_company"), sentence)
            or _everyday_child_not_a_day_out(ctx, sentence)):
        return context, "where a child in care is or will be"
    if place.kind in ADDRESS_KINDS and _out_with_child_in_care(ctx, sig, sentence):
        return context, "with a child in care at a named place"
    if place.kind == "venue" and _search(ctx.prepared.pattern("activity_words"), sentence):
        if sig.strong or (_carer(ctx) and not sig.own_children):
            return context, "a child's regular venue"
    return 0.0, ""


def _beside_a_family_sentence(ctx: PostContext, sig: FamilySignals, field: str, span: tuple[int, int],
                              sentence: str) -> bool:
    """A strong family anchor within 80 characters before or after the place's sentence ("FCS
    mum got her keys today!!! new 3 bed in Benchill"), on a personal account, where the place's
    sentence is no question, day out, public event or call to an audience."""
    lo, hi = span
    if ctx.account.is_official or sentence.rstrip().endswith("?"):
        return False
    if not any(a.strong and a.field == field and (lo - 80 <= a.end <= lo or hi <= a.start <= hi + 80)
               for a in sig.anchors):
        return False
    return not _day_out(ctx, sentence) and not _search(
        ctx.prepared.pattern("public_event_words", "audience_words"), sentence)


def _everyday_child_not_a_day_out(ctx: PostContext, sentence: str) -> bool:
    """A carer's everyday word for the child ("the lad's new school, Oasis in Brislington", "the wean
    wis at the dentist in Govan") where the sentence is no day out or treat ("took the lad to
    Tynemouth for chips"): where a child in care goes, not where a family spends an afternoon."""
    return _search(ctx.prepared.pattern("sens_care_referents_everyday"), sentence) and not _day_out(ctx, sentence)


def _day_out(ctx: PostContext, sentence: str) -> bool:
    """A day out or a treat (`leisure_words`, `day_out_words`: "to Whitby for chips")."""
    return _search(ctx.prepared.pattern("leisure_words", "day_out_words"), sentence)


def _institution(ctx: PostContext, post: Post, place: Place, sig: FamilySignals, near: bool | None,
                 strong: float) -> tuple[float, str]:
    if near is not None:
        return strong - (0 if near else 0.05), "institution a family attends"
    if sig.strong or (sig.anchors and not sig.own_children):
        return strong - 0.1, "institution a family attends"
    service_inst = ctx.prepared.pattern("service_institutions")
    if _search(service_inst, place.text) or _search(service_inst, _window(post, place)):
        return strong - 0.1, "contact or family centre"
    if _carer(ctx) and not sig.own_children:
        return ctx.rule.param("confidence_context", 0.7), "institution a child in care attends"
    return 0.0, ""


def _window(post: Post, place: Place) -> str:
    return post.text[max(0, place.start - 30):place.end] if post.text else ""


def _out_with_child_in_care(ctx: PostContext, sig: FamilySignals, sentence: str) -> bool:
    """A foster carer out with the children right now ("Lunch in the Horniman Gardens with both
    the kids", "Soho Road barbers with the young man"): on a carer's account, with no marker
    of the author's own children, the children are the ones in their care."""
    return _carer(ctx) and not sig.own_children and _search(ctx.prepared.pattern("carer_company"), sentence)


def _carer(ctx: PostContext) -> bool:
    return not ctx.account.is_official and is_carer_account(ctx.account, ctx.prepared)


def _works_with_children_in_care(ctx: PostContext) -> bool:
    """A foster carer, or staff who work with children in care (`care_staff_account`: a
    supervising social worker, a mentor). Staff count only where the sentence speaks of care:
    their bare "at the Trafford Centre" is no child's venue."""
    return _carer(ctx) or not ctx.account.is_official and is_care_staff_account(ctx.account, ctx.prepared)


def _with_names(post: Post, ctx: PostContext, sig: FamilySignals) -> FamilySignals:
    """The post's family anchors plus the names name-leak judges to be supported people, as
    strong anchors: "Jordan-Lee and his sisters are being moved out of the house on Beckhill
    Avenue" ties the street to a family as surely as "my FCS mum" would. For towns and venues
    only outside a day out (`_named_where_they_are`). Only where the author or the post is about
    the service: a parent's "Noah's first day at Kingsbridge Primary" names her own child's school."""
    if not (sig.anchors or sig.service or author_serves_families(ctx)):
        return sig
    names = tuple(Anchor(j.cand.field, j.cand.start, j.cand.end, j.cand.word, True)
                  for j in supported_names(post, ctx) if j.cand.field != "in_reply_to")
    return FamilySignals(post, ctx, sig.anchors + names) if names else sig


def _named_where_they_are(ctx: PostContext, place: Place, sentence: str) -> bool:
    """A town, district or venue in a sentence that may tie it to a supported child by name
    ("Saturday swim at Hengrove with Imani", "Tiana and her gran at the Albert Dock today"), but not
    a day out at the seaside or a treat ("took Ellie-May to Tynemouth for chips"): where a
    child goes for a day is not where a family lives or is found."""
    return place.kind in (*LOCAL_KINDS, "venue") and not _day_out(ctx, sentence)


def _as_hospital(ctx: PostContext, place: Place, sentence: str) -> Place:
    """A town, district or venue named in a sentence about a hospital stay ("ward 14 at the
    RVI", "in Derriford on the children's ward") is the hospital a family is in."""
    if place.kind in ("venue", "place", "town") and _search(ctx.prepared.pattern("hospital_words"), sentence):
        return replace(place, kind="institution")
    return place


# A hospital's initials: 2–4 capitals ending in H(ospital) or I(nfirmary), or the few that
# don't ("QE", "QMC", "JR"): "in the QE overnight", "BRI again with the baby", "Home from QMC".
_HOSPITAL_INITIALS = re.compile(r"(?<![\w&'’])(?:[A-Z]{1,3}[HI]|QE|QMC|JR)(?![\w&])")
_NOT_HOSPITAL_INITIALS = frozenset({"NHS", "HI", "MRI", "OHI", "UHI", "PHI"})  # an MRI is a scan


def _hospital_initials(ctx: PostContext, text: str, places: list[Place]) -> list[Place]:
    """Hospitals named by their initials in a post about a hospital stay (`hospital_words` or a
    health detail): the place finder reads capitals as no place, so the rule adds them."""
    taken = [(p.start, p.end) for p in places]
    found = [Place(m.start(), m.end(), m.group(0), "institution") for m in _HOSPITAL_INITIALS.finditer(text)
             if m.group(0) not in _NOT_HOSPITAL_INITIALS and not any(s <= m.start() < e for s, e in taken)]
    # the health words are a long pattern: read them only when there are initials to place
    return found if found and _search(ctx.prepared.pattern("hospital_words", "sens_health"), text) else []


def _where_people_live(place: Place) -> bool:
    return place.kind in ADDRESS_KINDS or place.kind == "institution" or bool(place.residence)


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    note_family_post(post, ctx)
    hits, why, best = [], [], 0.0
    sig: FamilySignals | None = None
    named: FamilySignals | None = None
    for field, text, _low in lower_fields(post, ctx):
        places = places_in(ctx, field, text)
        places = places + _hospital_initials(ctx, text, places)
        org = org_spans(ctx.prepared, text) if places else []
        for place in places:
            if any(s < place.end and place.start < e for s, e in org):
                continue
            sig = use = sig or family_signals(post, ctx)
            span = _sentence(text, place)
            sentence = text[span[0]:span[1]]
            place = _as_hospital(ctx, place, sentence)
            if _where_people_live(place) or _named_where_they_are(ctx, place, sentence):
                named = use = named or _with_names(post, ctx, sig)
            if _foster_home(ctx, post, text, place):
                conf, reason = ctx.rule.param("confidence_town", 0.85), "where a child in care lives"
            elif _dropped_by(ctx, text, place, sentence, use):
                continue
            else:
                conf, reason = _score(ctx, post, place, sentence, use, field, span)
            if conf <= 0:
                continue
            best = max(best, conf)
            hits.append(Hit(field, place.start, place.end, place.text, [(place.start, place.end, "place")]))
            why.append(f"{place.kind} named in {field} ({reason}): +{conf:.2f}")
    if hits:
        anchors = sorted({a.text.lower() for a in (sig.anchors if sig else ())})
        if named is not None and named is not sig:  # never the name itself: reasons are shown to reviewers
            anchors.append("a name judged to be a supported person's")
        if anchors:
            why.append("family anchor: " + ", ".join(anchors))
        yield ctx.finding(post, best, hits, why)
