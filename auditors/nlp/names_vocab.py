"""Pack word lists compiled for speed, shared by name-leak and sensitive-info.

A plain alternation of a few hundred phrases makes Python's regex engine try
every phrase at every position. Here plain phrases are merged into a character
trie ("foster son|foster sons|foster daughter" -> "foster\\s+(?:son(?:s)?|daughter)"),
so each position costs one branch per character; `re:` terms stay as written.
All patterns are compiled once per policy (`Policy.cached`).
"""
from __future__ import annotations

import re

from auditors.nlp.names import normalise
from auditors.prepared import Prepared

_SPACE = " "


def _trie(terms: list[str]) -> dict:
    root: dict = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _emit(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == _SPACE else re.escape(ch)
        branches.append(piece + _emit(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def source(terms: list[str]) -> str:
    """One regex source for a list of pack terms: a trie of the plain ones, plus the `re:` ones."""
    plain = sorted({" ".join(t.lower().split()) for t in terms if t.strip() and not t.startswith("re:")})
    regexes = [f"(?:{t[3:]})" for t in terms if t.startswith("re:")]
    parts = ([_emit(_trie(plain))] if plain else []) + regexes
    return "|".join(parts) or r"(?!x)x"


_WORD = re.compile(r"[a-z0-9&]+")
_LITERAL = re.compile(r"(?<![\\(?])[A-Za-z]{3,}")
_LOOKAROUND = re.compile(r"(?<!\\)\(\?<?[=!]")


def trigger_words(terms: list[str], common: frozenset[str] = frozenset()) -> frozenset[str]:
    """Words at least one of which every match of these terms contains: for each plain
    term its longest word that is not in `common` (the rarest, roughly; else its last), and the
    literal words of each `re:` term. A text holding none of them cannot match, so a
    set intersection can skip the regex."""
    out: set[str] = set()
    for t in terms:
        if t.startswith("re:"):
            out.update(w.lower() for w in _LITERAL.findall(_without_lookarounds(t[3:])))
            continue
        words = _WORD.findall(t.lower())
        if words:
            rare = [w for w in words if w not in common]
            out.add(max(reversed(rare), key=len) if rare else words[-1])  # "the gp" -> "gp": the head noun
    return frozenset(out)


def _without_lookarounds(regex: str) -> str:
    """The regex with its look-ahead/behind groups cut out: their words ("contact(?!\\s+me)")
    are conditions, never part of a match, so they must not open the gate."""
    out, i = [], 0
    while i < len(regex):
        m = _LOOKAROUND.match(regex, i)
        if not m:
            out.append(regex[i])
            i += 1
            continue
        depth, i = 1, m.end()
        while i < len(regex) and depth:
            depth += {"(": 1, ")": -1}.get(regex[i], 0) if regex[i - 1] != "\\" else 0
            i += 1
    return "".join(out)


def may_match(triggers: frozenset[str], text: str) -> bool:
    """Cheap test before a regex pass: does the text hold any trigger word?"""
    return not triggers.isdisjoint(_WORD.findall(text.lower()))


def _terms(prepared: Prepared, names: tuple[str, ...]) -> list[str]:
    return [t for n in names for t in prepared.words(n)]


def anywhere(prepared: Prepared, *names: str) -> re.Pattern[str]:
    """Word-bounded, case-insensitive search pattern for the named vocabularies."""
    return prepared.memo(("names-any", names), lambda: re.compile(
        r"(?<![\w@#])(?:" + source(_terms(prepared, names)) + r")(?!\w)", re.IGNORECASE))


def suffix(prepared: Prepared, *names: str) -> re.Pattern[str]:
    """Matches when a left context ends with one of the vocabularies' terms."""
    return prepared.memo(("names-suffix", names), lambda: re.compile(
        r"(?<![\w@#])(?:" + source(_terms(prepared, names)) + r")[\s,:]*$", re.IGNORECASE))


def prefix(prepared: Prepared, *names: str) -> re.Pattern[str]:
    """Matches when a right context starts with one of the vocabularies' terms."""
    return prepared.memo(("names-prefix", names), lambda: re.compile(
        r"^[\s,:]*(?:" + source(_terms(prepared, names)) + r")(?!\w)", re.IGNORECASE))


def word_set(prepared: Prepared, name: str) -> frozenset[str]:
    """A vocabulary as a set of normalised single words."""
    return prepared.memo(("names-set", name), lambda: frozenset(normalise(w) for w in prepared.words(name)))


def names_set(prepared: Prepared, key: str) -> frozenset[str]:
    """Normalised parts of the names in a [names] list (staff, authorised case studies...)."""
    return prepared.memo(("names-list", key), lambda: frozenset(
        normalise(p) for e in prepared.section("names").get(key, []) for p in e.replace(",", " ").split()))
