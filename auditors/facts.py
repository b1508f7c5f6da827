"""Shared judgements several rules rest on, computed once per post.

"Is this post about the service, a supported family or a child in care?" is
asked by geotag, family-photo, privacy-settings and others. The words that
answer it are the pack's (`[vocabulary]`), plus the organisation's own names,
handles and hashtags.
"""
from __future__ import annotations

import re

from auditors.context import PostContext
from auditors.prepared import Prepared, compile_terms
from socialaudit.core.model import Account, Post


def org_pattern(prepared: Prepared) -> "OrgPattern | None":
    """Mentions of the organisation: its name, aliases, handles, websites and hashtags."""
    def build() -> OrgPattern | None:
        regex = _compile_org(prepared)
        return OrgPattern(regex, _org_keys(prepared)) if regex is not None else None
    return prepared.memo("org_pattern", build)


class OrgPattern:
    """The organisation pattern behind a substring gate. Every mention holds one of `keys` (a
    word of each name, a website, a handle or hashtag without its sign), so a text holding
    none is answered without running the regex: most posts never name the organisation, and
    the spelling-tolerant pattern costs several times a plain word's."""

    def __init__(self, regex: re.Pattern[str], keys: tuple[str, ...]):
        self.regex, self.keys, self.pattern = regex, keys, regex.pattern

    def _may_hold(self, text: str) -> bool:
        low = text.lower()
        return any(k in low for k in self.keys)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.regex.search(text, *args) if self._may_hold(text) else None

    def finditer(self, text: str, *args: int):
        return self.regex.finditer(text, *args) if self._may_hold(text) else iter(())

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.regex.match(text, *args)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self._may_hold(text) else text


def describes_a_family(prepared: Prepared, text: str, start: int, end: int) -> bool:
    """Is the organisation's mention at text[start:end] a word describing a family rather than
    the organisation ("my <alias> mum", "me <alias> fam", "my <alias> lil man")? Not after "the"
    ("welcome to the <organisation> family" is the organisation's own)."""
    family = prepared.memo("org-describes-family", lambda: re.compile(
        r"\s+(?:(?:lil|little|wee|new|first)\s+)?(?:" + "|".join(
            re.escape(w.lower()) for w in sorted(prepared.words("family_nouns"), key=len, reverse=True))
        + r"|mom|mommy|mummy|mammy|lad|lass|man|bairns|babies|kids|boy|girl|fams)s?\b", re.IGNORECASE))
    return bool(family.match(text, end)) and text[max(0, start - 4):start].lower() != "the "


def _org_keys(prepared: Prepared) -> tuple[str, ...]:
    """A substring every mention holds, per term: the longest word of a name as
    `written_any_way` lets it vary, a website, a handle or hashtag's body."""
    names = _org_names(prepared)
    keys = {max(reversed([_stem(w).lower() for w in words]), key=len)
            for words in map(_spelled_words, names) if words}
    keys.update(t.lower().lstrip("@#") for t in prepared.org_terms() if t not in names)
    return tuple(sorted(k for k in keys if k))


def _org_names(prepared: Prepared) -> list[str]:
    org = prepared.organisation
    return [n for n in [org.get("name", ""), *org.get("aliases", ())] if n]


def _compile_org(prepared: Prepared) -> re.Pattern[str] | None:
    terms = prepared.org_terms()
    names = _org_names(prepared)
    plain = [t for t in terms if t and not t.startswith(("@", "#")) and t not in names]  # websites first
    src = [p.pattern for p in (compile_terms(plain), compile_terms(["re:" + written_any_way(n) for n in names]))
           if p is not None]
    tagged = [re.escape(t) for t in terms if t.startswith(("@", "#"))]
    if tagged:
        src.append(r"(?:" + "|".join(tagged) + r")(?!\w)")
    # a hashtag that starts with the name ("#FCSvolunteer", "#TwinsTrustWalk"), and the name as a handle ("@CFT")
    spelled = "|".join(written_any_way(n) for n in sorted(names, key=len, reverse=True) if len(n.replace(" ", "")) >= 3)
    if spelled:
        src.append(rf"(?<![\w@#])#(?:{spelled})\w*|(?<![\w@#])@(?:{spelled})(?![\w.@])")
    return re.compile("|".join(src), re.IGNORECASE) if src else None


def written_any_way(name: str) -> str:
    """The organisation's name as people write it: words run together or joined by a hyphen or
    an underscore ("TwinsTrust", "Twins-Trust"), the apostrophe anywhere or nowhere
    ("Childrens' Family Trust", "Childrens Family Trust")."""
    parts = [re.escape(_stem(w)) + "['’]?s['’]?" if _stem(w) != w else re.escape(w) for w in _spelled_words(name)]
    return r"[\s\-_]*".join(parts)


def _spelled_words(name: str) -> list[str]:
    """The name's words without apostrophes."""
    return [w for w in (re.sub(r"['’]", "", w) for w in name.split()) if w]


def _stem(word: str) -> str:
    """A word without the final "s" an apostrophe may sit beside ("Children's"); short words keep it."""
    return word[:-1] if len(word) > 3 and word.lower().endswith("s") else word


def is_carer_account(account: Account, prepared: Prepared) -> bool:
    """The account's bio or About text says it belongs to a foster carer."""
    return bio_says(account, prepared, "carer_account")


def is_care_staff_account(account: Account, prepared: Prepared) -> bool:
    """The account's bio or About text says its author works with children in care as staff
    (a supervising social worker, a participation worker, a mentor)."""
    return bio_says(account, prepared, "care_staff_account")


def bio_says(account: Account, prepared: Prepared, vocabulary: str) -> bool:
    """Does the account's bio or About text hold a term of the vocabulary? (once per account)"""
    def compute() -> bool:
        pat = prepared.pattern(vocabulary)
        text = "\n".join(t for t in (account.bio, account.about_text) if t)
        return bool(pat and text and pat.search(text))
    return prepared.memo((vocabulary, account.id, account.bio, account.about_text), compute)


def post_text(post: Post) -> str:
    """Text and alt texts together, for yes/no questions that need no offsets."""
    if not post.media:
        return post.text
    return "\n".join([post.text, *(m.alt_text or "" for m in post.media)])


def about_service(post: Post, ctx: PostContext, vocabularies: list[str] | tuple[str, ...] = (
        "service", "family", "child_in_care")) -> str:
    """A short reason when the post is about the service, a family or a child in care; else ''."""
    key = ("about_service", tuple(vocabularies))

    def compute() -> str:
        text = post_text(post)
        for name in vocabularies:
            pat = ctx.prepared.pattern(name)
            m = pat.search(text) if pat else None
            if m:
                return f"{name} word '{m.group(0).lower()}'"
        pat = org_pattern(ctx.prepared)
        m = pat.search(text) if pat else None
        return f"mentions the organisation ('{m.group(0)}')" if m else ""

    return ctx.shared(key, compute)  # type: ignore[return-value]
