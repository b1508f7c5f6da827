"""Is this name someone the author supports? Context scoring for name-leak.

Each candidate name (see `names`) starts from a base score: in the protected-
names register, or only in the first-name lexicon. Context adds to it: a cue
right next to the name ("their mum Kerry", "Leah's mum", "the Bradshaw twins"),
words about a supported family anywhere in the post, a topic such as a review
or a nursery place, the author addressing a non-enrolled account by name, and
an author whose bio puts them beside families or children in care. Small named
filters drop names that belong to someone else: the author's own family, staff
and carers, pets, places, public figures and titles, authorised case studies.

Every word list is pack vocabulary (`[vocabulary] name_*`); the weights and the
threshold are `[rules.name-leak]` parameters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditors.context import PostContext
from auditors.facts import org_pattern
from auditors.nlp.names import (
    LOWER_CASE_FLOOR,
    Candidate,
    candidates,
    first_names,
    handle_candidates,
    handle_parts,
    masked,
    normalise,
    own_names,
    register_for,
    sentence_initial,
)
from auditors.nlp.names_vocab import anywhere, names_set, prefix, suffix, word_set
from auditors.nlp.places import gazetteer
from auditors.prepared import Prepared
from socialaudit.core.model import Post

DEFAULTS = {"threshold": 0.6, "register_weight": 0.65, "lexicon_weight": 0.35, "local_weight": 0.45,
            "context_weight": 0.3, "topic_weight": 0.15, "vocative_weight": 0.2, "person_weight": 0.1,
            "account_weight": 0.1, "penalty": 0.3}
CONTEXT_VOCABULARIES = ["family", "child_in_care", "name_context"]
_COORD = re.compile(r"^\s*(?:,|&|\+|and|,\s*and)\s*$", re.IGNORECASE)
_NEXT_CAP = re.compile(r"^ ([A-ZÀ-ÖØ-Þ][\w'’]+)")
_PREV_CAP = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’]+) $")
_VOCATIVE_NEXT = re.compile(r"^[\s,!]*(?:,|!|hun\b|love\b|you\b|x\b|i\b|i'm\b|$)", re.IGNORECASE)


# --- per-post facts ---------------------------------------------------------

@dataclass
class PostFacts:
    """What the whole post says, computed once for all its candidate names."""
    text: str
    context: str = ""
    topics: list[str] = field(default_factory=list)
    own_family: bool = False
    colleagues: bool = False
    service_bio: bool = False
    reply_to_other: bool = False
    reply_to_colleague: bool = False
    own: frozenset[str] = frozenset()


def _search(pattern: re.Pattern[str] | None, text: str) -> str:
    m = pattern.search(text) if pattern else None
    return m.group(0).lower() if m else ""


def _account_facts(ctx: PostContext) -> tuple[bool, frozenset[str]]:
    """Per account, once: does the bio put the author beside families, and their own names."""
    acc = ctx.account

    def compute() -> tuple[bool, frozenset[str]]:
        bio = f"{acc.bio or ''}\n{acc.about_text or ''}"
        return (bool(anywhere(ctx.prepared, "name_service_bio").search(bio)),
                own_names((acc.bio, acc.about_text), (acc.handle, acc.display_name, acc.id.split(":")[-1])))
    return ctx.prepared.memo(("names-account", acc.id, acc.bio, acc.about_text, acc.display_name), compute)


def post_facts(post: Post, ctx: PostContext, text: str, vocabularies: list[str]) -> PostFacts:
    p = ctx.prepared
    topics = {m.group(0).lower() for m in anywhere(p, "name_topics").finditer(text)}
    reply = post.in_reply_to.account if post.in_reply_to else None
    enrolled = bool(reply) and ctx.is_enrolled(reply)
    service_bio, own = _account_facts(ctx)
    return PostFacts(
        text=text, context=_search(anywhere(p, *vocabularies), text), topics=sorted(topics),
        own_family=bool(anywhere(p, "name_own_family").search(text)),
        colleagues=bool(anywhere(p, "name_colleague_words").search(text)),
        service_bio=service_bio, own=own,
        reply_to_other=bool(reply) and not enrolled and not ctx.account.is_official,
        reply_to_colleague=enrolled and reply != post.account_id)


# --- named filters: each returns a reason, or "" -------------------------------

def is_place(c: Candidate, p: Prepared) -> str:
    """A place, not a person: "County Kerry", "Kerry Road", "in Kettering". A word that is surely
    a name needs a capitalised place word after it ("Rasa house" is Rasa's house) and, after a
    preposition, to be a town the gazetteer knows ("a card from Amira")."""
    if c.handle:
        return ""
    if suffix(p, "name_place_left").search(c.left):
        return "place (word before)"
    sure = bool(c.register) or c.person >= 0.6
    right = c.right
    if not c.possessive and prefix(p, "name_place_right").search(right) and not (sure and right[1:2].islower()):
        return "place (word after)"
    if not c.possessive and suffix(p, "name_place_prepositions").search(c.left):
        if not sure or gazetteer().kind(c.word) in ("town", "coarse"):
            return "place (after a preposition)"
    return ""


def is_pet(c: Candidate, p: Prepared) -> str:
    return "pet" if prefix(p, "name_pets").search(c.right) else ""


def is_own_family(c: Candidate, p: Prepared, facts: PostFacts) -> str:
    """The author's own name or family: named in the bio, or after a kin word ("my granddaughter
    Amelia", "Grandson Harry"); after a bare "my"/"our" only when the register does not list it."""
    if c.norm in facts.own:
        return "the author's own name or family (account bio)"
    left = c.left
    if suffix(p, "name_left_cues").search(left):
        return ""
    if suffix(p, "name_own_left").search(left):
        return "the author's own family (word before)"
    if not c.register and suffix(p, "name_own_bare_left").search(left):
        return "the author's own family ('my'/'our' before)"
    return ""


def is_staff(c: Candidate, p: Prepared, facts: PostFacts) -> str:
    if c.norm in names_set(p, "staff"):
        return "staff list"
    if suffix(p, "name_staff_left").search(c.left):
        return "colleague or carer (word before)"
    right = c.right
    if prefix(p, "name_staff_right").search(right):
        return "colleague (word after)"
    org = org_pattern(p)
    if right.startswith(" at ") and org and org.match(right, 4):
        return "colleague at the organisation"
    if facts.colleagues and suffix(p, "name_praise_left").search(c.left):
        return "praise of a colleague"
    return ""


def is_proper_phrase(c: Candidate, p: Prepared) -> str:
    """Part of a longer proper name: a public figure, a title, a place ("Harry Kane",
    "Mamma Mia", "Newton Abbot")."""
    stop = word_set(p, "name_stopwords")
    nxt = None if c.possessive else _NEXT_CAP.match(c.right)
    prev = _PREV_CAP.search(c.left)
    if nxt and normalise(nxt.group(1)) not in stop:
        return "part of a longer proper name"
    if prev and _proper_before(prev, c, p, stop):
        return "part of a longer proper name"
    if c.norm in names_set(p, "public_figures"):
        return "public figure"
    return ""


def _proper_before(prev: re.Match, c: Candidate, p: Prepared, stop: frozenset[str]) -> bool:
    """Does the capitalised word before the name make it part of a longer proper name? Not a
    title ("Mrs Begum"), nor a word capitalised only because it starts the sentence ("Took
    Reg's card round") unless it is itself a name ("John Lewis")."""
    word = prev.group(1)
    norm = normalise(word.rstrip("'’s"))
    if norm in stop or word.isupper() or norm in word_set(p, "name_honorifics"):
        return False
    start = c.start - len(c.left) + prev.start(1)
    if sentence_initial(c.text, start):
        return norm in first_names() and norm not in word_set(p, "name_words")
    return True


def is_not_a_person(c: Candidate, p: Prepared, disambiguated: bool, registered: bool) -> str:
    """A capitalised word that reads as an ordinary word here ("Precious little time",
    "Henna night", "Victoria sponge")."""
    if prefix(p, "name_not_person").search(c.text[c.start:c.start + 40]):
        return "common phrase, not a person"
    if disambiguated or c.handle:
        return ""
    if c.case == "lower" and c.lexicon and not c.register and _person(c, p) < LOWER_CASE_FLOOR:
        return "ordinary word in lower case"
    if c.possessive or not c.initial:
        return ""
    if c.norm in word_set(p, "name_words"):  # an everyday word needs more than a verb after it
        return "ordinary word at the start of a sentence"
    if registered or prefix(p, "name_subject_next").search(c.right):
        return ""
    return "ordinary word at the start of a sentence"


def is_authorised_story(post: Post, ctx: PostContext, text: str) -> bool:
    """The organisation's own published case study, or a share of it (linking the
    organisation): an authorised story, not a leak."""
    if not anywhere(ctx.prepared, "case_study").search(text):
        return False
    if ctx.account.is_official:
        return True
    org = org_pattern(ctx.prepared)
    return bool(org and org.search(text))


# --- scoring ------------------------------------------------------------------

@dataclass
class Judged:
    """A candidate with its score, the reasons, and why it was dropped (if it was)."""
    cand: Candidate
    score: float = 0.0
    why: list[str] = field(default_factory=list)
    dropped: str = ""
    local: bool = False


def _base(c: Candidate, p: Prepared, w: dict, disambiguated: bool) -> tuple[float, str]:
    """Score from what the word is: a register name (nearly enough on its own, unless it reads
    as an everyday word here: "Hope ye're well"), a lexicon name (weighted by how surely it is a
    name as written, `find_first_names`' confidence), or neither."""
    person = _person(c, p)
    if c.register:  # the register says it is a name; only an everyday-word reading can doubt it
        sure = 1.0 if disambiguated or c.handle else _register_sureness(c, p)
        return w["register_weight"] * sure, f"{c.register} name"
    if c.lexicon:
        return w["lexicon_weight"] * (max(person, 0.6) if disambiguated else person), "first name (lexicon)"
    return 0.0, ""


def _register_sureness(c: Candidate, p: Prepared) -> float:
    """How surely a register word is the name here. The register says it is a name, so only a
    strong everyday-word reading doubts it: a word the lexicon (or the pack's `name_words`)
    marks as mostly a word, in lower case ("what a blessing") or starting a sentence ("Hope
    you're well", "Summer's finally arrived"); or a lower-case word no lexicon knows."""
    wordness = max(c.wordness, 0.9 if c.norm in word_set(p, "name_words") else 0.0)
    if c.case == "title" and not c.initial:
        return 1.0
    if c.case == "lower":
        return (1.0 if wordness < 0.5 else 0.3) if c.lexicon else 0.5
    return 1.0 if wordness < 0.85 else 0.3


def _person(c: Candidate, p: Prepared) -> float:
    """The finder's confidence, lowered for words the pack lists as everyday words (`name_words`)
    when nothing but a capital at the start of a sentence, or none at all, says they are names."""
    if c.norm in word_set(p, "name_words") and (c.initial or c.case != "title"):
        return min(c.person, 0.3 if c.possessive else 0.15)
    return c.person


def _local(c: Candidate, p: Prepared) -> str:
    if suffix(p, "name_left_cues").search(c.left):
        return "cue before the name"
    if c.possessive and prefix(p, "name_possessive_cues").search(c.right):
        return "cue after the possessive"
    if not c.possessive and prefix(p, "name_right_cues").search(c.right):
        return "cue after the name"
    if not c.possessive and prefix(p, "name_group_cues").search(c.right) and c.left.lower().endswith("the "):
        return "family name ('the … twins/family')"
    return ""


def _vocative(c: Candidate, p: Prepared) -> bool:
    """The author addresses this person: the reply's first word ("Shannon if the council…"), unless
    that is an everyday word ("Hope today goes ok"), or early and standing alone, before a comma,
    'hun', 'you' or the end ("Sorry to hear that Shan")."""
    if not c.text[:c.start].strip(" @") and c.norm not in word_set(p, "name_words"):
        return True
    return c.start < 30 and bool(_VOCATIVE_NEXT.match(c.right))


def _drop_reason(c: Candidate, p: Prepared, facts: PostFacts, disambiguated: bool) -> str:
    for reason in (is_own_family(c, p, facts), is_staff(c, p, facts), is_pet(c, p), is_place(c, p),
                   is_not_a_person(c, p, disambiguated, bool(c.register))):
        if reason:
            return reason
    if c.norm in names_set(p, "authorised_case_studies"):
        return "authorised case study"
    return ""


def _family_name(c: Candidate, p: Prepared) -> bool:
    """'the … twins/family' around a word that is in no name list ("the Bradshaw twins")."""
    return (not c.possessive and c.text[max(0, c.start - 4):c.start].lower() == "the "
            and bool(prefix(p, "name_group_cues").search(c.right))
            and not suffix(p, "name_left_cues").search(c.left))


def _cue_before(c: Candidate, p: Prepared) -> bool:
    """A name cue right before the word ("foster son Kayden", "the young person we care for, X").
    The word just before is looked up first, so most words skip the regex."""
    last = c.text[max(0, c.start - 30):c.start].rstrip(" ,:").rsplit(None, 1)[-1:]
    if not last or last[0][:1].isupper() or last[0] not in _cue_last_words(p):
        return False  # a capitalised cue word is part of a title ("Big Twins Bake Off")
    org = org_pattern(p)
    if org and org.match(c.text, c.start):
        return False  # the organisation's own names ("their twins, Twinline is…")
    return bool(suffix(p, "name_left_cues").search(c.left))


def _cue_last_words(p: Prepared) -> frozenset[str]:
    return p.memo("name-left-cue-last-words", lambda: frozenset(
        t.split()[-1].lower() for t in p.words("name_left_cues") if t.split() and not t.startswith("re:")))


def known(c: Candidate, p: Prepared) -> bool:
    """Is the word a name at all: in the register or lexicon, or (lexicons are incomplete) a
    capitalised word with a name cue beside it? Set lookups first: most capitalised words are
    not names and need no context at all."""
    if c.register or c.lexicon:
        return True
    return c.case in ("title", "upper") and (_family_name(c, p) or _cue_before(c, p))


def judge(c: Candidate, p: Prepared, facts: PostFacts, w: dict) -> Judged:
    j = Judged(c)
    local = _local(c, p)
    person_verb = bool(prefix(p, "name_person_verbs").search(c.right))
    vocative = facts.reply_to_other and _vocative(c, p)
    disambiguated = bool(local) or person_verb or vocative
    base, kind = _base(c, p, w, disambiguated)
    if not base and not local:
        j.dropped = "not a known name"
        return j
    # a word found only by its cue must not be part of a longer proper name either
    j.dropped = _drop_reason(c, p, facts, disambiguated) or (
        "" if local and (base or local.startswith("family name")) else is_proper_phrase(c, p))
    if j.dropped:
        return j
    j.score, j.local = (base or w["lexicon_weight"]), bool(local)
    j.why.append(f"{kind or 'capitalised word'} '{masked(c.word)}' +{j.score:.2f}")
    _add_context(j, facts, w, local, person_verb, vocative)
    return j


def _add_context(j: Judged, facts: PostFacts, w: dict, local: str, person_verb: bool, vocative: bool) -> None:
    def add(weight: float, reason: str) -> None:
        j.score += weight
        j.why.append(f"{reason} {weight:+.2f}")

    if local:
        add(w["local_weight"], local)
    if facts.context:
        add(w["context_weight"], f"context '{facts.context}'")
    if facts.topics:
        add(w["topic_weight"] * min(2, len(facts.topics)), f"topic {', '.join(facts.topics[:2])}")
    if vocative:
        add(w["vocative_weight"], "addresses a non-enrolled account by name")
    if person_verb:
        add(w["person_weight"], "followed by a verb of speech")
    if facts.service_bio:
        add(w["account_weight"], "author's bio: works with families or children")
    if facts.own_family and not local and not facts.context:
        add(-w["penalty"], "post about the author's own family")
    if facts.reply_to_colleague and not local and not j.cand.register:
        add(-w["penalty"], "reply to an enrolled colleague")


def share_fate(judged: list[Judged]) -> None:
    """Names joined by 'and', '&' or a comma share a drop reason or a local cue
    ("our carers Gareth and Lynne", "Alfie and Archie … their mum")."""
    for a, b in zip(judged, judged[1:]):
        ca, cb = a.cand, b.cand
        if ca.field != cb.field:
            continue
        gap = ca.text[ca.end + (2 if ca.possessive else 0):cb.start]
        if not _COORD.match(gap):
            continue
        if a.dropped and not a.dropped.startswith(("not a known", "ordinary", "part of")) and not b.local:
            b.dropped = b.dropped or a.dropped
        elif b.dropped and not b.dropped.startswith(("not a known", "ordinary", "part of")) and not a.local:
            a.dropped = a.dropped or b.dropped


def reply_candidates(post: Post, ctx: PostContext, text: str, stop: frozenset[str], register) -> list[Candidate]:
    """Names in the handle of the account a personal post replies to, when that account is not
    enrolled and the text does not already carry the handle ("@kelsey.marie.leeds" on a reply
    that says "morning love, for his nappy rash…"): the platform shows the handle with the post."""
    reply = post.in_reply_to.account if post.in_reply_to else None
    if not reply or ctx.account.is_official or ctx.is_enrolled(reply):
        return []
    handle = reply.split(":", 1)[-1].lstrip("@")
    if handle.lower() in text.lower():
        return []
    return list(handle_candidates("in_reply_to", "@" + handle, handle_parts(handle, 1, stop), register))


def judge_post(post: Post, ctx: PostContext, text: str, weights: dict, vocabularies: list[str]) -> list[Judged]:
    """Every candidate name of the post, judged. Words that are no name at all are dropped
    before any context is read, and the post's facts are gathered only when a name remains."""
    p = ctx.prepared
    stop = word_set(p, "name_stopwords")
    register = register_for(p)
    facts: PostFacts | None = None
    judged = []
    found = [candidates(f, t, stop, register) for f, t in ctx.fields(post)]
    found.append(iter(reply_candidates(post, ctx, text, stop, register)))
    for field_candidates in found:
        for c in field_candidates:
            if not known(c, p):
                judged.append(Judged(c, dropped="not a known name"))
                continue
            facts = facts or post_facts(post, ctx, text, vocabularies)
            judged.append(judge(c, p, facts, weights))
    if facts is None:
        return []
    share_fate(judged)
    return judged
