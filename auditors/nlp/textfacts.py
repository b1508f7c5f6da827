"""A post's text prepared once for every text rule: lowercase, word sets, tokens.

Several rules ask the same cheap questions of the same text ("does any of my
key words occur?"), and a 12-rule audit must stay at a few microseconds per
rule on an ordinary post. So each field's derived forms are computed at most
once per post, on first use, and shared through `ctx.shared`:

- `lower`: the lowercased text (same length as the text for almost all input);
- `words`: `sentiment.word_set` (words split at punctuation, "trust's" also as
  "trust", handles and hashtags kept): the key-word gate of `KeywordGate` and
  `SparseTerms`;
- `alnum`: runs of letters, digits and '&' ("a&e"): the trigger-word gate of
  `names_vocab.trigger_words`;
- `tokens`: `sentiment.tokenize` (words, punctuation and emoji as tokens): the
  input of the phrase cues and the lexicon polarity.
"""
from __future__ import annotations

import re
from functools import cached_property

from auditors.context import PostContext
from auditors.nlp.sentiment import tokenize, word_set
from socialaudit.core.model import Post

_ALNUM = re.compile(r"[a-z0-9&]+")


class FieldText:
    """One text field and its derived forms, each computed on first use."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def words(self) -> frozenset[str]:
        return word_set(self.text)

    @cached_property
    def alnum(self) -> frozenset[str]:
        return frozenset(_ALNUM.findall(self.lower))

    @cached_property
    def tokens(self) -> list[str]:
        return tokenize(self.text)


def field_text(ctx: PostContext, name: str, text: str) -> FieldText:
    """The shared `FieldText` of one field ("text", "media[0].alt_text"...) of the post."""
    key = ("field-text", name)
    cached = ctx.cache.get(key)
    if cached is None or cached.text is not text:
        cached = ctx.cache[key] = FieldText(text)
    return cached


def post_field(post: Post, ctx: PostContext) -> FieldText:
    """The shared `FieldText` of the post's main text."""
    return field_text(ctx, "text", post.text or "")


def text_words(post: Post, ctx: PostContext) -> frozenset[str]:
    """`word_set` of the post's main text, computed once per post."""
    return post_field(post, ctx).words
