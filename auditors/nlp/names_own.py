"""The author's own family, learnt from the account's posts (a per-account pass for name-leak),
and the supported people the account names (`AccountFamily.known`).

A volunteer names their own children in one post ("my son Adam's first tooth", "our twins
Filip and Lena are 7") and only their names in the next ("Adam asked if he can fast"). The
second post, read alone, looks like a named child beside a volunteer's bio. Before the posts
are audited, `AccountFamily` reads every post that holds a kin cue and keeps, per account,
the names the author shows to be their own family; `names_filters.is_own_family` then treats
those names as the bio's names.

What counts (pack vocabulary, so a pack can tune it):
- a name right after a kin word of the author's own (`name_own_left`: "my son", "our
  daughter", "my grandson", "wor lass"; never "my foster son" or "my FCS mum");
- the names after "my/our twins|triplets|kids|boys|girls" (`name_own_group_left`), except
  from an account whose bio says it fosters, where "our boys" may be children in care;
- a name joined to one of those by "and", "&", "+" or a comma ("our twins Maisie and Isla").
A name in the protected-names register is never learnt this way (a befriender's "my Edna"
is the member they visit), and a kin cue of a supported family ("their mum", `name_left_cues`)
wins over an own-family one. Policy: Twins Trust FCS, Post content 1 protects "FCS
family ... names", not the volunteer's own; CFT's Confidentiality protects children "in
your care", and a foster carer's account is read more strictly.

The same pass keeps the texts that may show a supported person by name (a cue of
`name_memory_cues` or the organisation's name; at most MAX_CARE_TEXTS per account), and
`AccountFamily.known` has the name-leak judge read them: a name it scores surely as a
supported person's ("Tomasz's social worker came round, he has settled since he came to us")
is remembered for the account, and in its other posts the same name, unless the post shows it
to be someone else's, gains `memory_weight` ("Tomasz scored his first goal"). A coordinator
reads an account this way; a post read alone cannot tell a foster child from the author's own.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from auditors.nlp.names import candidates, register_for
from auditors.nlp.names_vocab import suffix, word_set
from auditors.prepared import Prepared
from socialaudit.core.model import Account

_JOIN = re.compile(r"^\s*(?:,|&|\+|and|an'|n)\s*$", re.IGNORECASE)
# Rules that read the author's own family (the pass is skipped when neither runs).
READERS = frozenset({"name-leak", "family-photo"})
# Cheap tests on a raw bundle line before it is parsed: a byte-string gate (fast), then a possessive
# and a kin word (the regex costs about a third of a json.loads, so it runs only past the gate).
GATE = (b"my ", b"My ", b"MY ", b"our ", b"Our ", b"OUR ", b"wor ", b"me ", b"mi ", b"rand")


def kin_line(raw: bytes) -> bool:
    """Might this raw line hold a kin cue of the author's own? (false positives are fine)"""
    for k in GATE:  # a plain loop: this runs on every line of the bundle, in the parent
        if k in raw:
            return PREFILTER.search(raw) is not None
    return False


PREFILTER = re.compile(rb"(?i)\b(?:(?:my|our|wor|me|mi)\s+(?:[a-z]+\s+)?(?:son|daughter|grand|twin|triplet|"
                       rb"husband|wife|hubby|partner|boys|girls|kids|lads|lass|bairns|children|baby|brother|sister|"
                       rb"niece|nephew)|grand(?:son|daughter|aughter|kids|children))")
MAX_NAMES = 40  # per account: a bound on what one account can exempt
MAX_CARE_TEXTS = 100  # per account: the texts read for supported names (the first ones seen)


def care_keys(p: Prepared) -> tuple[bytes, ...]:
    """Lower-case byte strings of which a post must hold one to be read for supported names:
    the pack's `name_memory_cues` and the organisation's names. Only a bound on the work: the
    name-leak judge decides."""
    def build() -> tuple[bytes, ...]:
        words = [*p.words("name_memory_cues"), *(t for t in p.org_terms() if not t.startswith("#"))]
        return tuple(sorted({w.lower().encode() for w in words if w.strip()}))
    return p.memo("name-memory-keys", build)


def care_line(raw: bytes, keys: tuple[bytes, ...]) -> bool:
    """Might this raw line (or text) show a supported person by name? (false positives are fine)"""
    low = raw.lower()
    return any(k in low for k in keys)


def own_family_names(text: str, p: Prepared, carer: bool = False) -> set[str]:
    """Normalised names a text shows to be its author's own family (see the module docstring)."""
    kin, every = own_family_pair(text, p)
    return kin if carer else every


def own_family_pair(text: str, p: Prepared) -> tuple[set[str], set[str]]:
    """`own_family_names` of a text for a foster carer's account and for any other, from one
    pass over its candidate names (the two differ only in whether "our boys" counts)."""
    stop = word_set(p, "name_stopwords")
    own_left, cues, group = suffix(p, "name_own_left"), suffix(p, "name_left_cues"), suffix(p, "name_own_group_left")
    marked = []  # (candidate, after a kin word of the author's own, after an own group word); None: a break
    for c in candidates("text", text, stop, register_for(p)):
        if c.handle or c.register:
            marked.append(None)
            continue
        left = c.left
        marked.append((c, not cues.search(left) and bool(own_left.search(left)), bool(group.search(left))))
    return _taken(text, marked, False), _taken(text, marked, True)


def _taken(text: str, marked: list, groups: bool) -> set[str]:
    """The names after an own kin word (or group word, with `groups`) and those joined to them."""
    out: set[str] = set()
    previous = None  # the end of the last name taken, to follow "X and Y"
    for item in marked:
        if item is None:
            previous = None
            continue
        c, kin, group = item
        if (previous is not None and _JOIN.match(text[previous:c.start])) or kin or (groups and group):
            out.add(c.norm)
            previous = c.end + (2 if c.possessive else 0)
        else:
            previous = None
    return out


class AccountFamily:
    """Per account, the names its posts show to be the author's own family. Posts may come
    before their account record, so whose account it is (official, a foster carer's) is
    read at the end, in `frozen`; memory grows with accounts, never with posts."""

    def __init__(self, prepared: Prepared, accounts: dict[str, Account],
                 is_carer: Callable[[Account, Prepared], bool]):
        self.prepared, self.accounts, self.is_carer = prepared, accounts, is_carer
        self.kin: dict[str, set[str]] = defaultdict(set)     # after a kin word ("my son")
        self.group: dict[str, set[str]] = defaultdict(set)   # after a group ("our boys")
        self.care: dict[str, dict[str, None]] = defaultdict(dict)  # texts that may name a supported person
        self.care_keys = care_keys(prepared)

    def read(self, account_id: str, text: str | None) -> None:
        """`note` a text that passes the cheap kin test (most texts do not), and keep one that
        passes the care test for `known`."""
        if not text:
            return
        raw = text.encode("utf-8", "replace")
        if kin_line(raw):
            self.note(account_id, text)
        if care_line(raw, self.care_keys):
            self.note_care(account_id, text)

    def note_care(self, account_id: str, text: str) -> None:
        texts = self.care[account_id]  # insertion-ordered: the judge reads them in the order seen
        if text and len(texts) < MAX_CARE_TEXTS:
            texts[text] = None  # a text posted twice (a repost, a thread copied) is read once

    def note(self, account_id: str, text: str) -> None:
        if not text:
            return
        kin, every = own_family_pair(text, self.prepared)
        for store, names in ((self.kin, kin), (self.group, every - kin)):
            found = store[account_id]
            found.update(sorted(names)[:max(0, MAX_NAMES - len(found))])

    def frozen(self) -> dict[str, frozenset[str]]:
        out = {}
        for account_id in set(self.kin) | set(self.group):
            account = self.accounts.get(account_id)
            if account is not None and account.is_official:
                continue
            names = set(self.kin.get(account_id, ()))
            if account is None or not self.is_carer(account, self.prepared):
                names |= self.group.get(account_id, set())
            if names:
                out[account_id] = frozenset(names)
        return out

    def known(self, own: dict[str, frozenset[str]], judge: Callable[[Account, list[str], frozenset[str]],
                                                                     frozenset[str]]) -> dict[str, frozenset[str]]:
        """Per account, the names its posts show to be supported people ("Ibby's social worker
        came today" makes "ibby's eid outfit" a named child in care): `judge` reads the kept
        texts with the account and its own family. Official accounts are left out (their
        names are staff, carers and case studies far more often than families)."""
        out = {}
        for account_id, texts in self.care.items():
            account = self.accounts.get(account_id)
            if account is None or account.is_official:
                continue
            names = judge(account, list(texts), own.get(account_id, frozenset()))
            if names:
                out[account_id] = names
        return out
