"""Is this name someone the author supports? Context scoring for name-leak.

Each candidate name (see `names`) starts from a base score: in the protected-
names register (nearly enough on its own), or a lexicon name weighted by the
finder's confidence that it is a name as written. Context adds to it: a cue
right next to the name ("their mum Kerry", "Leah's mum", "the Bradshaw twins"),
words about a supported family anywhere in the post, a topic such as a review
or a nursery place, the author addressing a non-enrolled account by name, and
an author whose bio puts them beside families or children in care. The named
filters in `names_filters` drop names that belong to someone else: the author's
own family, staff and carers, members of the public, pets, places, dates,
public figures and titles, authorised case studies.

Every word list is pack vocabulary (`[vocabulary] name_*`); the weights and the
threshold are `[rules.name-leak]` parameters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditors.context import PostContext
from auditors.facts import org_pattern
from auditors.nlp.names import (
    Candidate,
    candidates,
    handle_candidates,
    handle_parts,
    hashtag_candidates,
    masked,
    name_info,
    register_for,
)
from auditors.nlp.names_filters import (
    PostFacts,
    is_acquaintance,
    is_authorised_story,
    is_character,
    is_date,
    is_not_a_person,
    is_own_family,
    is_pet,
    is_place,
    is_proper_phrase,
    is_public_enquirer,
    is_staff,
    is_supported_contact,
    is_told_about_someone_else,
    person_reading,
    post_facts,
)
from auditors.nlp.names_lexicon import normalise
from auditors.nlp.names_vocab import names_set, prefix, suffix, word_set
from auditors.prepared import Prepared
from socialaudit.core.model import Post

__all__ = ["CIRCUMSTANCE_VOCABULARIES", "CONTEXT_VOCABULARIES", "DEFAULTS", "Judged", "is_authorised_story",
           "judge_post"]

DEFAULTS = {"threshold": 0.55, "register_weight": 0.65, "lexicon_weight": 0.45, "local_weight": 0.45,
            "context_weight": 0.3, "topic_weight": 0.2, "vocative_weight": 0.2, "person_weight": 0.1,
            "account_weight": 0.125, "penalty": 0.3, "memory_weight": 0.3, "memory_margin": 0.05}
CONTEXT_VOCABULARIES = ["family", "child_in_care", "name_context"]
# the private circumstances sensitive-info looks for: a name beside them is about someone's life
CIRCUMSTANCE_VOCABULARIES = ["sens_health", "sens_crisis", "sens_money", "sens_care", "sens_school"]
_SOMEONE_ELSE = ("the author's own", "staff", "colleague", "praise", "a member of the public", "pet",
                 "a neighbour or acquaintance",
                 "authorised case study", "public figure", "addressing an enrolled", "the official account")
_SHARED = (*_SOMEONE_ELSE, "place")  # what names joined by 'and' share
MIN_PERSON = 0.5  # below this a lexicon word needs a cue beside it to be read as a name
_COORD = re.compile(r"^\s*(?:,|&|\+|and|,\s*and)\s*$", re.IGNORECASE)
_VOCATIVE_NEXT = re.compile(r"^[\s,!]*(?:,|!|hun\b|love\b|you\b|x\b|i\b|i'm\b|$)", re.IGNORECASE)


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
    person = person_reading(c, p)
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
    if c.case == "title" and not c.initial or "-" in c.norm:  # no word is hyphenated like "Ah-Lam"
        return 1.0
    if c.case == "lower":  # a lower-case word no lexicon knows is a surname only rarely ("bouncy castle")
        return (1.0 if wordness < 0.5 else 0.3) if c.lexicon else 0.1
    return 1.0 if wordness < 0.85 else 0.3


def _local(c: Candidate, p: Prepared) -> str:
    if suffix(p, "name_left_cues").search(c.left):
        return "cue before the name"
    if c.possessive and prefix(p, "name_possessive_cues").search(c.right):
        return "cue after the possessive"
    if not c.possessive and prefix(p, "name_right_cues").search(c.right):
        return "cue after the name"
    if not c.possessive and _group_after(c, p) and c.left.lower().endswith("the "):
        return "family name ('the … twins/family')"
    if not c.possessive and c.register and prefix(p, "name_family_right").search(c.right):
        return "name before a family word ('Rasa twins')"
    return ""


def _vocative(c: Candidate, p: Prepared) -> bool:
    """The author addresses this person: the reply's first word ("Shannon if the council…"), unless
    that is an everyday word ("Hope today goes ok"), or early and standing alone, before a comma,
    'hun', 'you' or the end ("Sorry to hear that Shan")."""
    if not c.text[:c.start].strip(" @") and c.norm not in word_set(p, "name_words"):
        return True
    return c.start < 30 and bool(_VOCATIVE_NEXT.match(c.right))


def _drop_reason(c: Candidate, p: Prepared, facts: PostFacts, disambiguated: bool, vocative: bool,
                 local: bool) -> str:
    for reason in (is_own_family(c, p, facts), is_staff(c, p, facts, local), is_acquaintance(c, p),
                   is_pet(c, p, facts), is_character(c, facts), is_place(c, p),
                   is_date(c, p), is_public_enquirer(c, facts, vocative), is_told_about_someone_else(c, p, facts),
                   is_supported_contact(c, p, facts),
                   is_not_a_person(c, p, disambiguated, bool(c.register))):
        if reason:
            return reason
    if c.norm in names_set(p, "authorised_case_studies"):
        return "authorised case study"
    return ""


def _group_after(c: Candidate, p: Prepared) -> bool:
    """A group word right after the name ("the Bradshaw twins"), but not one that owns something
    ("the LRI children's A&E", "the Gorton children's centre")."""
    m = prefix(p, "name_group_cues").search(c.right)
    return bool(m) and c.right[m.end():m.end() + 1] not in ("'", "’")


def _family_name(c: Candidate, p: Prepared) -> bool:
    """'the … twins/family' around a word that is in no name list ("the Bradshaw twins")."""
    return (not c.possessive and c.text[max(0, c.start - 4):c.start].lower() == "the "
            and _group_after(c, p) and c.right.lstrip()[:1].islower()  # "the Sick Kids" is a hospital
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
    return c.case in ("title", "upper") and (_family_name(c, p) or _cue_before(c, p) or _owns_care_cue(c, p))


def _owns_care_cue(c: Candidate, p: Prepared) -> bool:
    """A capitalised possessive that owns a care or family word ("Lachie's review", "Kez's social
    worker"): nicknames and rarer names are missing from every lexicon, and a shop, a town or a
    charity seldom has a birth mum, a placement or a care plan (`name_possessive_person_cues`,
    narrower than the cues that confirm a known name). Not a word of a longer proper name."""
    return (c.case == "title" and c.possessive and bool(prefix(p, "name_possessive_person_cues").search(c.right))
            and not is_proper_phrase(c, p))


def _acts_as_person(c: Candidate, p: Prepared) -> bool:
    """A register word, or a capitalised lexicon name, doing what people do ("Mercy got her ears
    pierced", "liberty painted us a mug", "Poppy's 8th birthday"): a name, however much it is also
    a word."""
    if not (c.register or c.lexicon and c.case == "title"):
        return False
    if prefix(p, "name_person_actions").search(c.right):
        return True
    if c.register and _beside_a_register_name(c, p):
        return True
    # "Comfort's hair has started falling out", "Destiny's epilepsy meds": a person's body,
    # belongings or health
    return c.possessive and bool(prefix(p, "name_person_possessions", "sens_health").search(c.right))


_PAIRED_AFTER = re.compile(r"^\s*(?:and|&|n|\+)\s+([^\W\d_][\w-]*)", re.IGNORECASE)
_PAIRED_BEFORE = re.compile(r"([^\W\d_][\w-]*)(?:['’]s?)?\s+(?:and|&|n|\+)\s*$", re.IGNORECASE)


def _partners(c: Candidate) -> list[str]:
    """The words joined to the candidate by "and", "&", "n" or "+", before or after it."""
    after = None if c.possessive else _PAIRED_AFTER.match(c.right)
    before = _PAIRED_BEFORE.search(c.left)
    return [m.group(1) for m in (after, before) if m is not None]


def _paired(c: Candidate) -> bool:
    """The name is one of two first names joined by "and" or "&" ("Jack and Noah turned 7", "Isla &
    Jude's"), written alike (not "lesson and isla")."""
    return any(w[:1].isupper() == c.word[:1].isupper() and name_info(normalise(w)) is not None
               for w in _partners(c))


def _beside_a_register_name(c: Candidate, p: Prepared) -> bool:
    """Two register names joined by "and" are two people ("amber and autumn are 3 next week"),
    however much each is also a word."""
    register = register_for(p)
    return register is not None and any(register.lookup_name(normalise(w)) is not None for w in _partners(c))


def judge(c: Candidate, p: Prepared, facts: PostFacts, w: dict) -> Judged:
    j = Judged(c)
    local = _local(c, p)
    person_verb = bool(prefix(p, "name_person_verbs").search(c.right))
    vocative = facts.reply_to_other and _vocative(c, p)
    disambiguated = bool(local) or person_verb or vocative or _acts_as_person(c, p)
    base, kind = _base(c, p, w, disambiguated)
    if not base and not local:
        j.dropped = "not a known name"
        return j
    # a word found only by its cue must not be part of a longer proper name either
    addressed = facts.replying and _vocative(c, p)
    j.dropped = _drop_reason(c, p, facts, disambiguated, addressed, bool(local)) or (
        "" if local and (base or local.startswith("family name")) else is_proper_phrase(c, p))
    if (not j.dropped and not local and not c.register and facts.bio_parent and not facts.carer and not facts.context
            and _paired(c)):
        j.dropped = "the author's own children (a parent names two children, with no family cue)"
    if (not j.dropped and not c.register and not disambiguated and c.lexicon and person_reading(c, p) < MIN_PERSON
            and not (c.case == "title" and not c.initial and facts.context)):
        j.dropped = "a weak reading as a name, with nothing beside it"
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
        # "the twins" from someone whose bio says they have twins may be their own
        weak = facts.bio_parent and facts.weak_context
        add(w["context_weight"] * (0.5 if weak else 1.0), f"context '{facts.context}'")
    # a circumstance counts for names in the text, not for the handle a reply is addressed to:
    # advice about a symptom in a reply says nothing new about whose handle it is
    topics = facts.topics
    if len(topics) < 2 and j.cand.field != "in_reply_to":  # two topics are the most that count
        topics = topics + facts.circumstances
    if topics:
        add(w["topic_weight"] * min(2, len(topics)), f"topic {', '.join(topics[:2])}")
    if vocative:
        add(w["vocative_weight"], "addresses a non-enrolled account by name")
    if person_verb:
        add(w["person_weight"], "followed by a verb of speech")
    if facts.service_bio:
        add(w["account_weight"], "author's bio: works with families or children")
    # a foster carer's "proud dad moment" about a register name is about the child in their care
    if facts.own_family and not local and not facts.context and not (j.cand.register and facts.carer):
        add(-w["penalty"], "post about the author's own family")
    if facts.reply_to_colleague and not local and not j.cand.register:
        add(-w["penalty"], "reply to an enrolled colleague")


def share_fate(judged: list[Judged]) -> None:
    """Names joined by 'and', '&' or a comma share a drop reason or a local cue
    ("our carers Gareth and Lynne", "Alfie and Archie … their mum"), in both directions along a
    list ("Fiona, Isla and Rory — my grandkids")."""
    pairs = list(zip(judged, judged[1:]))
    for a, b in pairs + pairs[::-1]:
        ca, cb = a.cand, b.cand
        if ca.field != cb.field:
            continue
        gap = ca.text[ca.end + (2 if ca.possessive else 0):cb.start]
        if not _COORD.match(gap):
            continue
        if a.dropped.startswith(_SHARED) and not b.local and not b.cand.register:
            b.dropped = b.dropped or a.dropped
        elif b.dropped.startswith(_SHARED) and not a.local and not a.cand.register:
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


def _tag_words(p: Prepared, name: str) -> tuple[str, ...]:
    """A hashtag vocabulary in lower case, longest first (so "prayersfor" wins over "prayfor")."""
    return p.memo(("name-hashtag-words", name), lambda: tuple(
        sorted((w.lower() for w in p.words(name)), key=len, reverse=True)))


def judge_post(post: Post, ctx: PostContext, text: str, weights: dict, vocabularies: list[str],
               circumstances: tuple[str, ...] = ()) -> list[Judged]:
    """Every candidate name of the post, judged. Words that are no name at all are dropped
    before any context is read, and the post's facts are gathered only when a name remains."""
    p = ctx.prepared
    stop = word_set(p, "name_stopwords")
    register = register_for(p)
    facts: PostFacts | None = None
    judged = []
    found = [candidates(f, t, stop, register) for f, t in ctx.fields(post)]
    found.append(iter(reply_candidates(post, ctx, text, stop, register)))
    if "#" in text:
        prefixes, suffixes = _tag_words(p, "name_hashtag_prefixes"), _tag_words(p, "name_hashtag_suffixes")
        found += [hashtag_candidates(f, t, prefixes, stop, register, suffixes)
                  for f, t in ctx.fields(post) if "#" in t]
    for field_candidates in found:
        for c in field_candidates:
            if not known(c, p):
                judged.append(Judged(c, dropped="not a known name"))
                continue
            facts = facts or post_facts(post, ctx, text, vocabularies, circumstances)
            judged.append(judge(c, p, facts, weights))
    if facts is None:
        return []
    share_fate(judged)
    share_identity(judged)
    if ctx.known_names:
        remembered(judged, ctx.known_names, weights["memory_weight"])
    return judged


def remembered(judged: list[Judged], known: frozenset[str], weight: float) -> None:
    """A name the account's other posts show to be a supported person's (`AccountFamily.known`)
    is theirs here too, unless this post shows it to be someone else's: "ibby's eid outfit"
    after "the LA finally agreed ibby can stay with us long term"."""
    for j in judged:
        if not j.dropped and not j.cand.register and j.cand.norm in known:
            j.score += weight
            j.why.append(f"named as a supported person in another of the account's posts: +{weight:.2f}")


def share_identity(judged: list[Judged]) -> None:
    """A name the post shows to be someone else's (the author's own child, a colleague) is theirs
    wherever it recurs in the post ("Grandson Freddie's first day … cried more than Freddie did"),
    and the author's own family drags along other names of the post that have no cue of their
    own and are not in the register ("Our Harry's started Year 2 … Ella's told the teacher")."""
    others = {j.cand.norm: j.dropped for j in judged if j.dropped.startswith(_SOMEONE_ELSE)}
    own = any(r.startswith("the author's own") for r in others.values())
    for j in judged:
        if j.dropped:
            continue
        if j.cand.norm in others:
            j.dropped = others[j.cand.norm]
        elif own and not j.local and not j.cand.register:
            j.dropped = "beside the author's own family"
