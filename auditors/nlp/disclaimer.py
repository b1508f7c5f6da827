"""Personal-views disclaimers ("views my own") in a bio or a blog's About text.

People write the disclaimer in many ways: "views my own", "VMO", "views/opinions mine", "toots
are mine", "RTs ≠ endorsements", "personal account", "not speaking for <org>", "opinions expressed
are my own and not those of my employer", with typos ("veiws"), in dialect ("ma ain"), split over
lines. A list of phrases cannot keep up, so this is a small grammar. Its words come from the
pack's `[vocabulary]` lists named `disclaimer_*` (base.toml holds the English ones; a pack may
replace any list), and the pack's `[disclaimer] phrases` add what the grammar cannot build
(abbreviations, run-together hashtags, other languages). The forms, upper case for a word list:

  statement    SUBJECT(s) [QUALIFIER]* [LINK] [ADVERB] OWNER
               "views mine", "views/opinions = mine", "tweets are personal", "opinions expressed on
               this blog are mine alone", "views my own, not my employer's"
  owned        [POSSESSIVE] OWN-WORD OPINION; PERSONAL-WORD PERSONAL-PLACE
               "own views", "ma ain views", "personal account", "in a personal capacity"
  restricted   POSSESSIVE OPINION RESTRICTION            "my views, not theirs", "my views only"
  not-theirs   not those of ...; not [the|my] OTHER's; NOBODY; nothing here is the OTHER's view;
               not an OFFICIAL-WORD ... PERSONAL-PLACE    "not an official Twins Trust account"
  speaking     NEGATION SPEECH-VERB for ...; SPEECH-VERB for SELF; NEGATION REPRESENT-VERB
  endorsement  REPOST(s) NOT-EQUAL ENDORSEMENT           "RTs ≠ endorsements"

OTHER also holds the organisation's own names. Where a word could begin something else
("personal account manager", "posts my own recipes", "own views on fostering?"), the phrase must
end there: only punctuation, an emoji, the end of the text or one of the TAILS may follow.

The text is normalised first: hashtags split at capitals ("#ViewsMyOwn"), lowercase, one kind of
apostrophe, contractions spelt out ("don't", "dont" -> "do not"), one space for any run of white
space, and a word one typo away from a TYPO-TARGET read as it ("veiws" -> "views").
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from auditors.prepared import Prepared, compile_terms

_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_CONTRACTION = re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should)n'?t\b")
_SPACE = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]{4,}")
_JOIN = r"\s*(?:/|&|\+|,|\band\b|\bor\b)\s*"  # "views/opinions", "likes & RTs"


def normalise(text: str) -> str:
    """Lowercase, hashtags split, apostrophes unified, contractions spelt out, spaces collapsed."""
    text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)), text)
    text = text.translate(_APOSTROPHES).lower()
    text = _CONTRACTION.sub(r"\1 not", text)
    return _SPACE.sub(" ", text).strip()


def one_edit_apart(a: str, b: str) -> bool:
    """True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def alternation(terms: Iterable[str]) -> str:
    """A regex alternation of normalised terms, longest first; word edges bounded, spaces flexible."""
    parts = []
    for term in sorted({normalise(t) for t in terms if t.strip()}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in term.split())
        parts.append(("\\b" if term[0].isalnum() else "") + body + ("\\b" if term[-1].isalnum() else ""))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


class Disclaimers:
    """Finds a personal-views disclaimer in a text, built once from a pack's word lists."""

    def __init__(self, words: Callable[[str], list[str]], org_names: Iterable[str], phrases: list[str]):
        self._known = {w for name in _LISTS for t in words(name) for w in normalise(t).split()}
        self._targets = [normalise(t) for t in words("disclaimer_typo_targets")]
        self._grammar = re.compile(_grammar(words, list(org_names)))
        self._phrases = compile_terms(phrases)

    def find(self, text: str) -> str | None:
        """The form of the first disclaimer in `text` ("statement", "speaking", "phrase"...), or None."""
        norm = normalise(text)
        m = self._grammar.search(self._correct(norm))
        if m:
            return m.lastgroup
        # Fixed phrases are matched as written: a typo fix could turn "opiniones" into "opinions".
        return "phrase" if self._phrases and self._phrases.search(norm) else None

    def _correct(self, text: str) -> str:
        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            if word in self._known:
                return word
            return next((t for t in self._targets if one_edit_apart(word, t)), word)
        return _LETTERS.sub(fix, text) if self._targets else text


def disclaimers(prepared: Prepared) -> Disclaimers:
    """The pack's disclaimer recogniser, built once per audit."""
    def build() -> Disclaimers:
        # Its name, aliases and handles; not its websites or hashtags ("not #fostering's").
        names = [t.lstrip("@") for t in prepared.org_terms() if "." not in t and not t.startswith("#")]
        return Disclaimers(prepared.words, names, list(prepared.section("disclaimer").get("phrases", [])))
    return prepared.memo("disclaimers", build)


_LISTS = ("disclaimer_opinion_nouns", "disclaimer_post_nouns", "disclaimer_qualifiers", "disclaimer_places",
          "disclaimer_links", "disclaimer_adverbs", "disclaimer_possessives", "disclaimer_own_words",
          "disclaimer_owners", "disclaimer_adjective_owners", "disclaimer_personal_words", "disclaimer_tails",
          "disclaimer_restrictions", "disclaimer_others", "disclaimer_nobody", "disclaimer_negations",
          "disclaimer_speech_verbs", "disclaimer_self", "disclaimer_represent_verbs", "disclaimer_reposts",
          "disclaimer_not_equal", "disclaimer_endorsements", "disclaimer_personal_places",
          "disclaimer_official_words")


def _grammar(words: Callable[[str], list[str]], org_names: list[str]) -> str:
    """One regex with a named group per form (see the module docstring)."""
    w = {name.removeprefix("disclaimer_"): alternation(words(name)) for name in _LISTS}
    w["others"] = alternation(words("disclaimer_others") + org_names)
    ends = rf"(?=\s*(?:$|[^\w\s]|{w['tails']}))"
    forms = {"statement": _statement(w, ends), "owned": _owned(w, ends), "restricted": _restricted(w),
             "not_theirs": _not_theirs(w), "speaking": _speaking(w), "endorsement": _endorsement(w)}
    return "|".join(f"(?P<{name}>{body})" for name, body in forms.items())


def _statement(w: dict[str, str], ends: str) -> str:
    any_subject = f"(?:{w['opinion_nouns']}|{w['post_nouns']})"
    more = f"(?:{_JOIN}{any_subject}){{0,3}}"
    place = rf"(?:on|in|from)\s+(?:this|my|the|these|our)\s+{w['places']}"
    middle = (rf"(?:\s*,?\s*(?:{w['qualifiers']}|{place})){{0,3}}(?:\s*{w['links']})?"
              rf"(?:\s*[(,]?\s*{w['adverbs']}\s*[),]?)?\s*")
    not_other = rf"not\s+(?:(?:{w['possessives']}|the)\s+)?{w['others']}"
    strong = (rf"(?:{w['possessives']}\s+{w['own_words']}|\w+'s\s+{w['own_words']}|{w['owners']}"
              rf"|{not_other})")
    weak = rf"{w['adjective_owners']}{ends}"
    # An opinion noun is never a verb: "views my own" holds whatever follows. A post noun may be
    # ("posts my own recipes"), so after one the owner must end the phrase.
    return (rf"{w['opinion_nouns']}{more}{middle}(?:{strong}|{weak})"
            rf"|{w['post_nouns']}{more}{middle}(?:{strong}|{w['adjective_owners']}){ends}")


def _owned(w: dict[str, str], ends: str) -> str:
    return (rf"(?:{w['possessives']}\s+)?{w['own_words']}\s+{w['opinion_nouns']}{ends}"
            rf"|{w['personal_words']}\s+{w['personal_places']}{ends}")


def _restricted(w: dict[str, str]) -> str:
    return (rf"{w['possessives']}\s+{w['opinion_nouns']}(?:{_JOIN}{w['opinion_nouns']}){{0,2}}"
            rf"\s*,?\s*{w['restrictions']}")


def _not_theirs(w: dict[str, str]) -> str:
    of_others = (rf"\bnot\s+(?:necessarily\s+)?(?:those|the\s+{w['opinion_nouns']}|{w['opinion_nouns']}"
                 rf"|the\s+position)\s+of\b")
    possessive = rf"\bnot\s+(?:(?:{w['possessives']}|the)\s+)?{w['others']}(?:'s|s')"
    nothing = (rf"\bnothing(?:\s+(?:{w['qualifiers']}|(?:on|in)\s+(?:this|my|the)\s+{w['places']})){{0,2}}"
               rf"\s+(?:is|are)\s+(?:the\s+)?{w['others']}(?:'s|s')?\s+{w['opinion_nouns']}")
    unofficial = (rf"\bnot\s+(?:an?\s+|the\s+)?{w['official_words']}\s+(?:[\w@'&-]+\s+){{0,3}}?"
                  rf"{w['personal_places']}\b")
    return f"{of_others}|{possessive}|{w['nobody']}|{nothing}|{unofficial}"


def _speaking(w: dict[str, str]) -> str:
    for_others = rf"{w['negations']}\s+{w['speech_verbs']}\s+(?:only\s+)?(?:for|on\s+behalf\s+of)\b"
    for_self = rf"{w['speech_verbs']}\s+(?:only\s+)?(?:for|as)\s+{w['self']}"
    represent = rf"{w['negations']}\s+(?:necessarily\s+)?{w['represent_verbs']}"
    return f"{for_others}|{for_self}|{represent}"


def _endorsement(w: dict[str, str]) -> str:
    return (rf"{w['reposts']}(?:{_JOIN}{w['reposts']}){{0,3}}\s*{w['not_equal']}\s*"
            rf"(?:(?:necessarily|always)\s+)?(?:(?:an?|my)\s+)?{w['endorsements']}")
