"""name-leak — a first name, surname or nickname of a supported family or a child in care.

Policy: Twins Trust FCS protocol, Post content 1 ("Never disclose sensitive or
private information about any past or present FCS family including names and
surnames on social media"); CFT, Confidentiality ("do not publish any
information about a child or young person on any social media platform").

Three signals; the first two are combined into a score per name (see `auditors.nlp.names_context`):

1. The protected-names register (`[names] register`), compared by keyed hash
   (HMAC-SHA256, key from SOCIALAUDIT_SECRET_KEY or the key file) after
   normalising case, accents and possessives ("riley's", "ZOË", "Chris'"), with
   short forms from the shipped nickname tables and the pack's `[names] nicknames`
   ("Alex" for Alexander, "Shan" for Shannon), the parts of hyphenated names and the
   words of camel-case hashtags ("#GoTayoGo"). A register name is a leak on its own
   unless it reads as an everyday word here ("Hope you're well", "what a blessing";
   a person's action, body or company settles it: "Comfort's hair", "Jade and me")
   or a filter below says whose it is. A register first name beside a register
   surname is a full name, never "part of a longer proper name".
2. Any first name the finder (`auditors.nlp.names.find_first_names`: lexicon
   from public name statistics, however the name is written, inside @handles,
   "#team…"/"#prayfor…" hashtags (`[vocabulary] name_hashtag_prefixes`), hashtags
   that open with a name ("#skyesjourney", "#jadenturns7": `name_hashtag_suffixes`)
   and the handle of the account replied to) finds in service context: a cue beside
   it ("their mum Kerry", "Leah's mum", "the Bradshaw twins", "Rhiannon (15)"),
   family or care words in the post, a review or a nursery place, addressing a
   family member by name in a reply, an author whose bio says they volunteer or
   foster. A name seen only in the reply target's handle needs a sign of an
   ongoing support relationship ("see you Thursday"). A capitalised word no name
   list holds is a name when it owns a care word no shop or town has
   ("Lachie's review", "Kez's birth mum": `name_possessive_person_cues`).
3. A household named by its surname in the plural, on a personal account ("Visited the
   Nowaks again", "outside the Dobbses'", "The Okafors have been told…": possessive, or
   followed by what the household does; not an everyday word, place, team or party:
   `auditors.nlp.surnames`). The privacy safety net masks such a surname in every excerpt.
A name the account's other posts show surely to be a supported person's gains
`memory_weight` wherever it recurs on that account ("Tomasz scored his first goal"
after "Tomasz's social worker came round … since he came to us"; the same per-account
pass, `auditors.nlp.names_own`; never on an official account, never where the post
shows the name to be someone else's).

Names that belong to someone else are dropped by named filters, each noted in
the finding's `why`: the author's own family (names in the bio, "my
granddaughter Amelia", "Grandson Harry", "our Pete"; a name shown to be theirs
is theirs wherever it recurs in the post, and in the author's other posts: a
per-account pass before the audit learns "my son Adam", "our twins Layla and
Adam" from any of their posts, `auditors.nlp.names_own`; never a register name,
never a foster carer's "our boys", "our boy Rhys" or "proud dad moment" beside a
register name, nor a carer's "our Kaydee" in a post about care: "came back from
contact"; two names joined by "and" from a parent of twins, not a carer, with no family
cue in the post: "Jack and Noah turned 7 today"), staff and carers (`[names] staff`,
"our SSW Kwame", "Ellie, a swimming coach", praise of a colleague, people an
official account thanks or answers), members of the public being referred to
the organisation, a friend a reply opens by telling news of someone else
("@sharonh no hun she was sound about it": named only by their handle), pets,
places ("County Kerry", towns the gazetteer knows),
dates ("since August"), public figures and titles ("Harry Kane", "Mamma Mia"),
characters of the book or show a post talks of, with nothing about a family in it
("Book club picked Oliver Twist. Nancy deserved better": `name_fiction_words`),
everyday words at the start of a sentence ("Precious little time"), authorised
case studies (`[names] authorised_case_studies`, or the organisation's own
published story). Initials ("Baby K") are never names.

Example: "Alfie and Archie are 9 months today, so proud of their mum Kerry"
-> fires, evidence "…of their mum K**". "Archie the spaniel has eaten a loaf" -> clean.

Tune in `[rules.name-leak]`: `threshold` (default 0.55, the best pooled F1 on the training bundles
with and without their registers; lower is stricter),
`account_weight` (how much a carer's or volunteer's bio counts), `memory_margin` (how far over
the threshold a name must score to be remembered for the account), the other
`*_weight` keys, `context_vocabularies` (vocabulary lists that show a post is
about a supported family) and `circumstance_vocabularies` (the private details —
health, crisis, money, care, school — that count as a topic beside a name in the
text, as `name_topics` do: "Jaxon got a letter from his dad in prison"). Word lists are `[vocabulary] name_*`.
"""
from __future__ import annotations

from typing import Iterator

from auditors.context import Hit, PostContext
from auditors.family import supported_names
from auditors.nlp.names_context import DEFAULTS
from auditors.nlp.surnames import Surname, family_surnames
from auditors.privacy import place_finder
from socialaudit.core.keys import keyed_hash, secret_key
from socialaudit.core.model import Finding, Post
from socialaudit.core.rules import Param, RuleSpec

RULE = RuleSpec(
    id="name-leak", subject="post", severity="high",
    label="Names a family member or child",
    summary="a name of a member of a supported family or a child in care",
    message="Names a member of a supported family or a child in care",
    advice="Remove the name, or delete the post.",
    clauses={"twins-trust-fcs": "Post content 1", "childrens-family-trust": "Confidentiality"},
    params={**{k: Param("number", v) for k, v in DEFAULTS.items()}, "context_vocabularies": Param("strs"),
            "circumstance_vocabularies": Param("strs")},
)


SURNAME_CONFIDENCE = 0.8


def check(post: Post, ctx: PostContext) -> Iterator[Finding]:
    leaks = supported_names(post, ctx)
    surnames = _household_surnames(post, ctx)
    if not leaks and not surnames:
        return
    key = ctx.prepared.memo("names-key", secret_key)
    hits, why = [], []
    for j in leaks:
        c = j.cand  # identity by keyed hash: the finding never holds the name in clear
        hits.append(Hit(c.field, c.start, c.end, keyed_hash(key, c.norm)[:24], masks=[(c.start, c.end, "name")]))
        why.extend(j.why)
    for field, s in surnames:
        hits.append(Hit(field, s.start, s.end, keyed_hash(key, s.name.lower())[:24], masks=[(s.start, s.end, "name")]))
    confidences = [min(0.99, 0.5 + j.score / 2) for j in leaks]
    if leaks:
        why.append(f"score {max(j.score for j in leaks):.2f} >= threshold")
    if surnames:
        why.append("a family named by its surname ('the …s')")
        confidences.append(SURNAME_CONFIDENCE)
    yield ctx.finding(post, max(confidences), hits, why)


def _household_surnames(post: Post, ctx: PostContext) -> list[tuple[str, Surname]]:
    """A household's surname in the plural on a personal account ("Visited the Nowaks again")."""
    if ctx.account.is_official:
        return []
    gaz = place_finder(ctx.prepared).gaz
    return [(field, s) for field, text in ctx.fields(post) for s in family_surnames(text, gaz)]
