"""disclaimer-missing — a personal account or blog that names its link to the
organisation but carries no "views are my own" style disclaimer.

Policy: Twins Trust FCS protocol, Post content 7 ("Ensure personal blogs and
accounts have clear disclaimers stating that the views expressed by the author
are theirs alone"); CFT, Personal activity ("in discussing personal views
online it should be explicit that these are personal opinions rather than
representative of the Trust").

Reads the bio and a blog's About text. The link is the organisation's name,
alias, handle, website or encouraged hashtag. A disclaimer is recognised in the
many ways people write one (auditors/nlp/disclaimer.py): "views mine", "VMO",
"views/opinions = mine", "toots are my own", "RTs ≠ endorsements", "personal
account", "not speaking for <org>", "opinions expressed are my own and not those
of my employer", with a typo ("veiws"), in dialect ("ma ain"), in either case or
split over lines; while look-alikes ("my own boss", "views of the sea",
"personal trainer", "I own my mistakes") are not one. Official accounts are
never flagged.

Example: bio "Volunteering with Twins Trust Family Crisis Support." -> fires;
"FCS volunteer @TwinsTrust. Views my own." -> clean; "FCS volunteer @TwinsTrust.
Views of the Dales." -> fires.

Tuning: the grammar's words are the pack's `[vocabulary]` lists named
`disclaimer_*` (base.toml: opinion and post nouns, possessives, owners, the
organisation's stand-ins such as "employer", negations, repost words...); a pack
replaces a list to add its own language or dialect. `[disclaimer] phrases` adds
fixed phrases the grammar cannot build (abbreviations, other languages).
"""
from __future__ import annotations

from typing import Iterator

from auditors.context import AccountContext, Hit
from auditors.facts import org_pattern
from auditors.nlp.disclaimer import disclaimers
from socialaudit.core.model import Account, Finding
from socialaudit.core.rules import RuleSpec

RULE = RuleSpec(
    id="disclaimer-missing", subject="account", severity="medium",
    label="No 'views my own' disclaimer",
    summary=('a personal account or blog that names its link to the organisation but has no '
             '"views are my own" disclaimer'),
    message="Personal account names its link to the organisation without a personal-views disclaimer",
    advice='Add a line such as "Views my own" to your bio or your blog\'s About page.',
    clauses={"twins-trust-fcs": "Post content 7", "childrens-family-trust": "Personal activity"},
    params={},
)


def _fields(account: Account) -> list[tuple[str, str]]:
    return [(n, v) for n, v in (("bio", account.bio), ("about_text", account.about_text)) if v]


def check(account: Account, ctx: AccountContext) -> Iterator[Finding]:
    if account.is_official:
        return
    fields = _fields(account)
    link = org_pattern(ctx.prepared)
    hit = next(((name, m) for name, text in fields for m in ([link.search(text)] if link else []) if m), None)
    if hit is None:
        return
    recogniser = disclaimers(ctx.prepared)
    if any(recogniser.find(text) for _, text in fields):
        return
    name, m = hit
    yield ctx.finding(account, 0.9, [Hit(name, m.start(), m.end(), m.group(0))],
                      [f"{name} names the organisation ('{m.group(0)}')",
                       "no personal-views disclaimer in bio or about text"])
