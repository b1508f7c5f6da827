"""Who a name in a post belongs to: the post's facts, and the named filters for name-leak.

`post_facts` gathers, once per post, what the whole post and its author's account say
(family or care words, topics, the author's own family, colleagues, replies). Each
filter (`is_own_family`, `is_staff`, `is_place`, `is_pet`, `is_date`,
`is_proper_phrase`, `is_not_a_person`, `is_public_enquirer`) returns the reason a
candidate name is someone else's — or no person at all — or "" when it does not apply;
`names_context` notes the reason in the finding's `why`. Every word list is pack
vocabulary (`[vocabulary] name_*`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from auditors.context import PostContext
from auditors.facts import describes_a_family, is_carer_account, org_pattern
from auditors.nlp.names import (
    LOWER_CASE_FLOOR,
    Candidate,
    normalise,
    own_names,
    register_for,
    sentence_initial,
)
from auditors.nlp.names_lexicon import lexicon
from auditors.nlp.names_vocab import anywhere, names_set, prefix, suffix, word_set
from auditors.nlp.places import gazetteer
from auditors.prepared import Prepared
from socialaudit.core.model import Post

_NEXT_CAP = re.compile(r"^ ([A-ZÀ-ÖØ-Þ][\w'’]+)")
_PREV_CAP = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’]+) $")


# --- per-post facts ---------------------------------------------------------

@dataclass
class PostFacts:
    """What the whole post says, computed once for all its candidate names."""
    text: str
    context: str = ""
    topics: list[str] = field(default_factory=list)
    circumstance_pattern: re.Pattern[str] | None = None  # health, crisis, money, care, school details
    own_family: bool = False
    colleagues: bool = False
    service_bio: bool = False
    reply_to_other: bool = False
    reply_to_colleague: bool = False
    own: frozenset[str] = frozenset()
    own_elsewhere: frozenset[str] = frozenset()  # shown to be the author's own in their other posts
    referral: bool = False     # the post names the organisation or its contact details
    bio_parent: bool = False   # the author's bio says they have children of their own
    carer: bool = False        # the author's bio says they foster or are a kinship carer
    weak_context: bool = False  # the context words are only weak ones ("the twins", "the family")
    official: bool = False
    org_named: bool = False  # the post names the organisation (its name, an alias, a handle)
    replying: bool = False  # a reply to an account that is not the author's own
    fiction_pattern: re.Pattern[str] | None = None  # a book, a show or a film ("Book club picked Oliver Twist")
    pet_pattern: re.Pattern[str] | None = None  # an animal ("walkin the dug", "the vet says")
    child_pattern: re.Pattern[str] | None = None  # a child ("the girls", "wee Sienna", "first word")

    @cached_property
    def pet(self) -> bool:
        """Does the post talk of an animal and of no child? Looked for only when a name asks."""
        return bool(self.pet_pattern and self.pet_pattern.search(self.text)
                    and not (self.child_pattern and self.child_pattern.search(self.text)))

    @cached_property
    def fiction(self) -> bool:
        """Does the post talk of a book, a show or a film? Looked for only when a name asks."""
        return bool(self.fiction_pattern and self.fiction_pattern.search(self.text))

    @cached_property
    def circumstances(self) -> list[str]:
        """The post's private circumstances apart from its topics, looked for only when a
        name's score asks: the lists are long and most names are judged without them."""
        if self.circumstance_pattern is None:
            return []
        return sorted({m.group(0).lower() for m in self.circumstance_pattern.finditer(self.text)} - set(self.topics))


def _search(pattern: re.Pattern[str] | None, text: str) -> str:
    m = pattern.search(text) if pattern else None
    return m.group(0).lower() if m else ""


def _account_facts(ctx: PostContext) -> tuple[bool, frozenset[str], bool, bool]:
    """Per account, once: does the bio put the author beside families, their own names, does
    it say they are a parent or grandparent themselves ("Mum of twins", "Nana to 6"), and does
    it say they are a carer (whose "our boy" may be a child in care)."""
    acc = ctx.account

    def compute() -> tuple[bool, frozenset[str], bool, bool]:
        bio = f"{acc.bio or ''}\n{acc.about_text or ''}"
        # an official account's bio describes the service, not an author beside families
        return (not acc.is_official and bool(anywhere(ctx.prepared, "name_service_bio").search(bio)),
                own_names((acc.bio, acc.about_text), (acc.handle, acc.display_name, acc.id.split(":")[-1])),
                bool(anywhere(ctx.prepared, "name_bio_parent").search(bio)),
                not acc.is_official and is_carer_account(acc, ctx.prepared))
    return ctx.prepared.memo(("names-account", acc.id, acc.bio, acc.about_text, acc.display_name), compute)


def author_serves_families(ctx: PostContext) -> bool:
    """The author's bio or About text puts them beside families or children in care (a
    volunteer, a foster carer, a consultant); never an official account."""
    return _account_facts(ctx)[0]


def _referral(p: Prepared, text: str) -> bool:
    """The post names the organisation or gives its contact details (a referral)."""
    org = org_pattern(p)
    if org and org.search(text):
        return True
    contacts = p.section("contacts")
    digits = re.sub(r"\D", "", text)
    return any(re.sub(r"\D", "", ph) in digits for ph in contacts.get("phones", ()) if ph) or any(
        e.lower() in text.lower() for e in contacts.get("emails", ()) if e)


def post_facts(post: Post, ctx: PostContext, text: str, vocabularies: list[str],
               circumstance_vocabularies: tuple[str, ...] = ()) -> PostFacts:
    p = ctx.prepared
    topics = {m.group(0).lower() for m in anywhere(p, "name_topics").finditer(text)}
    reply = post.in_reply_to.account if post.in_reply_to else None
    enrolled = bool(reply) and ctx.is_enrolled(reply)
    service_bio, own, bio_parent, carer = _account_facts(ctx)
    context = _search(anywhere(p, *vocabularies), text)
    weak = p.pattern("weak_family_anchor")
    return PostFacts(
        text=text, context=context, topics=sorted(topics),
        circumstance_pattern=anywhere(p, *circumstance_vocabularies) if circumstance_vocabularies else None,
        weak_context=bool(context and weak and weak.fullmatch(context)),
        own_family=bool(anywhere(p, "name_own_family").search(text)),
        colleagues=bool(anywhere(p, "name_colleague_words").search(text)),
        service_bio=service_bio, own=own, own_elsewhere=ctx.own_family,
        reply_to_other=bool(reply) and not enrolled and not ctx.account.is_official,
        reply_to_colleague=enrolled and reply != post.account_id,
        referral=(bool(reply) and not enrolled or ctx.account.is_official) and _referral(p, text),
        bio_parent=bio_parent, carer=carer,
        official=ctx.account.is_official, replying=bool(reply) and reply != post.account_id,
        fiction_pattern=anywhere(p, "name_fiction_words"), pet_pattern=anywhere(p, "name_pet_post_words"),
        child_pattern=anywhere(p, "photo_child", "child_everyday", "name_child_words"),
        org_named=_names_the_organisation(p, text))


def _names_the_organisation(p: Prepared, text: str) -> bool:
    """The post names the organisation as such, not as a hashtag or a qualifier of a family
    ("my FCS mum", "my fcs lil man", "#FCS"): those say the post is about a family."""
    org = org_pattern(p)
    return org is not None and any("#" not in text[max(0, m.start() - 1):m.start() + 1]
                                   and not describes_a_family(p, text, m.start(), m.end()) for m in org.finditer(text))


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
    if not c.possessive and prefix(p, "name_place_right").search(right):
        # "Rasa house" is Rasa's house; "Bradford airport" is a town's airport
        if not (sure and right[1:2].islower()) or gazetteer().kind(c.word) in ("town", "coarse"):
            return "place (word after)"
    if not c.possessive and suffix(p, "name_place_prepositions").search(c.left):
        if not sure or gazetteer().kind(c.word) in ("town", "coarse"):
            return "place (after a preposition)"
    if not c.possessive and suffix(p, "name_place_being").search(c.left) and not prefix(
            p, "name_place_right").search(c.right):  # "at Sumayya's" is her home; "at Rasa house" too
        return "place (where someone is)"
    if c.possessive and not c.register and c.wordness >= 0.9 and suffix(p, "name_place_being").search(c.left):
        return "place (a shop or a hospital one is at: 'at King's')"
    if not c.register and not c.possessive and c.person < 0.6 and gazetteer().kind(c.word) in ("town", "coarse"):
        return "place (a town more than a name)"
    return ""


def is_date(c: Candidate, p: Prepared) -> str:
    """A month, not a person: "since August", "From April our policy…", "4 June", "May 2026"."""
    if c.norm not in word_set(p, "name_months"):
        return ""
    if suffix(p, "name_date_left").search(c.left) or re.search(r"\d\s*$", c.left) or re.match(r"\s*\d", c.right):
        return "a date"
    return ""


def is_public_enquirer(c: Candidate, facts: PostFacts, addressed: bool) -> str:
    """The person the author replies to and points to the organisation ("Kate, give the helpline a
    ring", "@sophie_h_mcr the helpline's on 0800…"): a member of the public, not yet supported; or an
    enrolled colleague the author answers by name, or anyone the official account answers."""
    if c.register or not (addressed or c.field == "in_reply_to" or c.handle):
        return ""
    if facts.reply_to_colleague and addressed:
        return "addressing an enrolled colleague"
    if facts.referral:
        return "a member of the public being referred"
    if facts.official:
        return "the official account answering someone"
    return ""


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:the|a)\s$", re.IGNORECASE)  # not "an": dialect "and"
_BETWEEN_SCORES = re.compile(r"\d\s+$")
_SCORE_AFTER = re.compile(r"\s+\d+(?!\w)")
_TAGGED_BEFORE = re.compile(r"(?:^|\s)@[A-ZÀ-ÖØ-Þ][\w'’-]+ $")
_OUR_BEFORE = re.compile(r"(?<![\w'])(?:our|wor)\s+$", re.IGNORECASE)
_LEADING_MENTIONS = re.compile(r"^(?:\s*@[\w.\-]+)+")


def is_told_about_someone_else(c: Candidate, p: Prepared, facts: PostFacts) -> str:
    """The person a reply answers, named only by their handle, when the reply opens by telling them
    about someone else ("@sharonh_1969 no hun she was sound about it", "@geordie_jen aye pet the
    lad's settling in"): a friend hearing news of the child the author cares for, not a family the
    author supports (who is told what to do: "@kayleigh_t pet that rash needs lookin at")."""
    if c.register or not facts.replying or not (c.handle or c.field == "in_reply_to"):
        return ""
    text = facts.text if c.field == "in_reply_to" else c.text
    lead = _LEADING_MENTIONS.match(text)
    if c.field != "in_reply_to" and not (lead and c.start < lead.end()):
        return ""
    opening = text[lead.end():] if lead else text
    if prefix(p, "name_reply_about_other").search(opening[:120]):
        return "the person replied to is told about someone else"
    return ""


def is_acquaintance(c: Candidate, p: Prepared) -> str:
    """A neighbour or acquaintance of the author ("Becca next door's had her baby", "Sue from work"):
    someone in the author's own life, not a supported family (unless a cue beside the name says so)."""
    if prefix(p, "name_acquaintance_right").search(c.right) and not suffix(p, "name_left_cues").search(c.left):
        return "a neighbour or acquaintance of the author (word after)"
    return ""


def is_character(c: Candidate, facts: PostFacts) -> str:
    """A character of the book, show or film the post talks about, in a post with nothing about a
    family or a child's circumstances ("Rereading Little Women. Jo deserved better.")."""
    if not c.register and not facts.context and not facts.topics and facts.fiction and not facts.circumstances:
        return "a character in a book, show or film"
    return ""


def is_pet(c: Candidate, p: Prepared, facts: PostFacts) -> str:
    """A pet: named with the animal ("Lola (the dog…)"), or any name in a post about an animal
    (`name_pet_post_words`: "walkin the dug", "the vet says") with nothing about a family or a
    child's circumstances in it."""
    if prefix(p, "name_pets").search(c.right):
        return "pet"
    if not c.register and not facts.context and not facts.topics and facts.pet and not facts.circumstances:
        return "pet (a post about an animal)"
    return ""


def is_own_family(c: Candidate, p: Prepared, facts: PostFacts) -> str:
    """The author's own name or family: named in the bio, or after a kin word ("my granddaughter
    Amelia", "Grandson Harry"); after a bare "my"/"our" only when the register does not list it,
    and, on a foster carer's account, not after "our" in a post about care ("our Kaydee came back
    from contact"): there it is the child in their care."""
    if c.norm in facts.own:
        return "the author's own name or family (account bio)"
    if c.norm in facts.own_elsewhere and not c.wholly_registered:
        return "the author's own family (named so in their other posts)"
    left = c.left
    if suffix(p, "name_left_cues").search(left):
        return ""
    if suffix(p, "name_own_left").search(left):
        if c.wholly_registered and facts.carer and suffix(p, "name_carer_child_left").search(left):
            return ""  # a foster carer's "our boy Rhys": the register says he is a child in care
        return "the author's own family (word before)"
    if not c.wholly_registered and suffix(p, "name_own_bare_left").search(left) and not (
            facts.carer and (facts.context or facts.topics) and _OUR_BEFORE.search(left)):
        # a foster carer's "our kaydee came back from contact" is a child in their care
        return "the author's own family ('my'/'our' before)"
    if not c.possessive and prefix(p, "name_own_right").search(c.right):
        return "the author's own family (words after)"
    return ""


def is_staff(c: Candidate, p: Prepared, facts: PostFacts, local: bool = False) -> str:
    """Staff, carers and colleagues: the pack's staff list, a role beside the name, or praise in a
    post about colleagues or from the official account (unless a cue marks a supported person)."""
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
    if (facts.colleagues or facts.official) and not local and suffix(p, "name_praise_left").search(c.left):
        return "praise of a colleague"
    if facts.org_named and not facts.context and not local and not c.register:
        return "a post about the organisation, not a family: a colleague"
    return ""


def is_proper_phrase(c: Candidate, p: Prepared) -> str:
    """Part of a longer proper name: a public figure, a title, a place ("Harry Kane",
    "Mamma Mia", "Newton Abbot")."""
    if c.text[max(0, c.start - 1):c.start] == "@" or _TAGGED_BEFORE.search(c.left):
        return ""  # a tag of a person by their display name ("@Carys Beynon love, don't let him back")
    stop = word_set(p, "name_stopwords")
    nxt = None if c.possessive else _NEXT_CAP.match(c.right)
    prev = _PREV_CAP.search(c.left)
    if nxt and normalise(nxt.group(1)) not in stop and not _registered_pair(c, p, nxt.group(1)):
        return "part of a longer proper name"
    if prev and _proper_before(prev, c, p, stop) and not _registered_pair(c, p, prev.group(1)):
        return "part of a longer proper name"
    if c.norm in names_set(p, "public_figures"):
        return "public figure"
    return ""


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _without_possessive(word: str) -> str:
    """"Morgan's" -> "Morgan", "Chris'" -> "Chris"; "Piers" and "Ross" keep their final s."""
    return _POSSESSIVE_END.sub("", word)


def _registered_pair(c: Candidate, p: Prepared, other: str) -> bool:
    """A register name beside a register word that is no first name is a child's full name
    ("Kacper Nowak" on a school report in a photo), not a public figure or a place. Two first
    names side by side stay a proper phrase ("Harry Kane"): famous names are mostly made so."""
    if not c.register:
        return False
    register = register_for(p)
    norm = normalise(_without_possessive(other))
    return (register is not None and len(norm) >= 3 and lexicon().get(norm) is None
            and register.lookup_name(norm) is not None)


def _proper_before(prev: re.Match, c: Candidate, p: Prepared, stop: frozenset[str]) -> bool:
    """Does the capitalised word before the name make it part of a longer proper name? Not a
    title ("Mrs Begum"), nor a word capitalised only because it starts the sentence ("Took
    Reg's card round") unless it is itself a name ("John Lewis")."""
    word = prev.group(1)
    norm = normalise(_without_possessive(word))
    if norm in stop or word.isupper() or norm in word_set(p, "name_honorifics"):
        return False
    start = c.start - len(c.left) + prev.start(1)
    if sentence_initial(c.text, start):  # "Took Reg's card round" vs "Leeds Bradford airport"
        if gazetteer().kind(word) in ("town", "coarse"):
            return True
        info = lexicon().get(norm)
        return bool(info) and info.wordness < 0.5 and norm not in word_set(p, "name_words")
    return True


def is_not_a_person(c: Candidate, p: Prepared, disambiguated: bool, registered: bool) -> str:
    """A capitalised word that reads as an ordinary word here ("Precious little time",
    "Henna night", "Victoria sponge")."""
    if _in_phrase(c, p):
        return "common phrase, not a person"
    if c.norm in word_set(p, "name_honorifics") and not c.register:
        return "a title, not a name"
    if disambiguated or c.handle or "-" in c.norm and c.lexicon:  # names joined by a hyphen are no word
        return ""
    if _ARTICLE_BEFORE.search(c.left) and not c.register:
        return "after an article: a thing or a place, not a person ('the Ritz', 'a lil speech')"
    if not c.register and _BETWEEN_SCORES.search(c.left) and _SCORE_AFTER.match(c.right):
        return "a team in a score ('Thistle 2 Morton 0')"
    if c.initial and not c.register and c.wordness >= 0.2 and prefix(p, "name_verb_objects").search(c.right):
        return "a verb at the start of a sentence ('Drew this with…')"
    if c.case == "lower" and c.lexicon and not c.register and person_reading(c, p) < LOWER_CASE_FLOOR:
        return "ordinary word in lower case"
    if c.possessive or not c.initial:
        return ""
    if c.norm in word_set(p, "name_words"):  # an everyday word needs more than a verb after it
        return "ordinary word at the start of a sentence"
    if _only_a_name(c):  # "Anjali if you're reading this", "Ffion and Cerys are doing so well"
        return ""
    if registered or prefix(p, "name_subject_next").search(c.right):
        return ""
    return "ordinary word at the start of a sentence"


def _only_a_name(c: Candidate) -> bool:
    """A lexicon name that is no everyday word and no other proper noun ("Anjali", "Ffion", not
    "Will", "Paris"): its capital at the start of a sentence cannot make it a word."""
    info = lexicon().get(c.norm) if c.lexicon else None
    return info is not None and info.wordness < 0.05 and info.otherness < 0.3


def _in_phrase(c: Candidate, p: Prepared) -> bool:
    """Is the word inside one of the pack's phrases that hold a name but no person ("Victoria
    sponge", "Mamma Mia")? The phrase may start before the word."""
    lo = max(0, c.start - 25)
    window = c.text[lo:c.end + 40]
    return any(m.start() <= c.start - lo < m.end() for m in anywhere(p, "name_not_person").finditer(window))


def is_supported_contact(c: Candidate, p: Prepared, facts: PostFacts) -> str:
    """A name known only from the handle of the account replied to counts when the reply shows an
    ongoing support relationship ("see you Thursday", "I'll pop round") or the register lists it;
    advice to a parent who is not shown to be supported names no supported family."""
    if c.field != "in_reply_to" or c.register or anywhere(p, "name_support_relation").search(facts.text):
        return ""
    return "a reply to someone not shown to be supported"


def is_authorised_story(post: Post, ctx: PostContext, text: str) -> bool:
    """The organisation's own published case study, or a share of it (linking the
    organisation): an authorised story, not a leak."""
    if not anywhere(ctx.prepared, "case_study").search(text):
        return False
    if ctx.account.is_official:
        return True
    org = org_pattern(ctx.prepared)
    return bool(org and org.search(text))


def person_reading(c: Candidate, p: Prepared) -> float:
    """The finder's confidence, lowered for words the pack lists as everyday words (`name_words`)
    when nothing but a capital at the start of a sentence, or none at all, says they are names."""
    if c.norm in word_set(p, "name_words") and (c.initial or c.case != "title"):
        return min(c.person, 0.3 if c.possessive else 0.15)
    return c.person
