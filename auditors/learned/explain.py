"""Which words of a post weighed most in a head's judgement, read off the model in one pass.

A head's logit is linear in two L2-normalised rows: the mean of the post's token vectors
(the embedding) and its TF-IDF row. So each word's weight is the drop in the logit if
the word were cut out, to first order in both normalisations:

- embedding: a token with vector v moves the logit by (w·v − (w·e)(e·v)) / |S|, where S is
  the sum of the post's token vectors, e = S/|S| and w the head's embedding weights;
- TF-IDF: each occurrence of a piece or bigram the word holds lowers its sublinear term
  frequency by Δu, which moves the logit by (w_k − L·x_k) Δu / |u|, where u is the row
  before normalisation, x = u/|u| and L = w·x.

No variant of the post is masked, tokenised or scored again (the occlusion this replaces
did that for up to 80 variants per finding). Words are found in the raw fields as
before; the organisation's names are masked to placeholders with each placeholder
traced back to the words it replaced, so a word weighs what the model saw of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from auditors.learned.encoder import MAX_TOKENS, StaticEncoder
from auditors.learned.features import Substitution
from auditors.learned.heads import Heads

_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d").search


@dataclass
class Traced:
    """A feature string with, per character, the index of the word group it came from
    (-1: context tokens and spaces); `groups[g]` lists the words of group g."""
    text: str
    labels: list[int]
    groups: list[tuple[int, ...]]


def traced_feature_string(parts: list[str], spans: Sequence[tuple[int, int, int, int]], subs: list[Substitution]
                          ) -> Traced:
    """`mask_org(" ".join(parts))` with every character labelled by the word it came from.
    `spans` are (word, part index, start, end): the characters each word owns in the parts
    (a word may own several spans). A placeholder that replaces several words belongs to
    all of them."""
    starts, pos = [], 0
    for part in parts:
        starts.append(pos)
        pos += len(part) + 1
    text = " ".join(parts)
    labels = [-1] * len(text)
    n_words = 0
    for w, index, start, end in spans:
        labels[starts[index] + start:starts[index] + end] = [w] * (end - start)
        n_words = max(n_words, w + 1)
    traced = Traced(text, labels, [(w,) for w in range(n_words)])
    for needle, pattern, placeholder in subs:
        if (needle in traced.text) if needle is not None else _DIGIT(traced.text):
            _substitute(traced, pattern, placeholder)
    return traced


def _substitute(traced: Traced, pattern: re.Pattern[str], placeholder: str) -> None:
    """pattern.sub(placeholder, text), carrying the labels along."""
    text, labels, groups = traced.text, traced.labels, traced.groups
    pieces: list[str] = []
    new: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        pieces.append(text[last:m.start()])
        new += labels[last:m.start()]
        members = tuple(sorted({w for g in set(labels[m.start():m.end()]) if g >= 0 for w in groups[g]}))
        group = -1
        if members:
            group = len(groups)
            groups.append(members)
        pieces.append(placeholder)
        new += [group] * len(placeholder)
        last = m.end()
    if pieces:
        traced.text = "".join(pieces) + text[last:]
        traced.labels = new + labels[last:]


class TokenSpans:
    """The encoder's tokens with the characters each came from, per space-separated chunk
    (cached and bounded like the encoder's own ids)."""

    CACHE_MAX = 50_000

    def __init__(self, encoder: StaticEncoder):
        self.encoder = encoder
        self._spans: dict[str, list[tuple[int, int, int]]] = {}

    def chunk_spans(self, chunks: list[str]) -> list[list[tuple[int, int, int]]]:
        """(id, start, end) of each known token of each chunk, as `encoder.token_ids` cuts them."""
        cache = self._spans
        missing = list({c for c in chunks if c not in cache})
        if missing:
            if len(cache) + len(missing) > self.CACHE_MAX:
                cache.clear()
            unk = self.encoder.unk_id
            for chunk, enc in zip(missing, self.encoder.tokenizer.encode_batch(missing, add_special_tokens=False)):
                cache[chunk] = [(i, a, b) for i, (a, b) in zip(enc.ids, enc.offsets) if i != unk]
        return [cache[c] for c in chunks]

    def tokens(self, traced: list[Traced]) -> list[tuple[np.ndarray, list[tuple[int, ...]]]]:
        """For each traced string: its token ids exactly as `encoder.token_ids` gives them, and
        the words each token came from."""
        out = []
        for t in traced:
            chunks = t.text[:self.encoder.max_chars].split(" ")
            ids: list[int] = []
            owners: list[tuple[int, ...]] = []
            base = 0
            for chunk, spans in zip(chunks, self.chunk_spans(chunks)):
                for i, a, b in spans:
                    ids.append(i)
                    owners.append(_owners(t, base + a, base + b))
                base += len(chunk) + 1
            out.append((np.array(ids[:MAX_TOKENS], dtype=np.int64), owners[:MAX_TOKENS]))
        return out


def _owners(t: Traced, start: int, end: int) -> tuple[int, ...]:
    found = {g for g in t.labels[start:max(end, start + 1)] if g >= 0}
    if not found:
        return ()
    if len(found) == 1:
        return t.groups[found.pop()]
    return tuple(sorted({w for g in found for w in t.groups[g]}))


def word_drops(heads: Heads, encoder: StaticEncoder, ids: np.ndarray, owners: list[tuple[int, ...]],
               n_words: int, col: int) -> np.ndarray:
    """How much the head's logit falls when each word is cut out of the post (its tokens,
    the pieces and bigrams they are in, and the bigram that cutting makes across the gap)."""
    out = np.zeros(n_words, np.float64)
    if len(ids) == 0 or n_words == 0:
        return out
    owned = np.zeros((n_words, len(ids)), np.float64)
    for t, words in enumerate(owners):
        owned[list(words), t] = 1.0
    return _embedding_drops(heads, encoder, ids, owned, col) + _piece_drops(heads, ids, owned, col)


def _embedding_drops(heads: Heads, encoder: StaticEncoder, ids: np.ndarray, owned: np.ndarray, col: int
                     ) -> np.ndarray:
    """The embedding's part: with S the sum of the token vectors and S_W the word's share,
    the logit w·S/|S| becomes w·(S - S_W)/|S - S_W|, computed for all words at once."""
    vectors = encoder.vectors[ids].astype(np.float64)
    total = vectors.sum(axis=0)
    norm2 = float(total @ total)
    if norm2 == 0.0:
        return np.zeros(len(owned))
    w = heads.w_embedding[:, col].astype(np.float64)
    share = owned @ vectors
    left2 = norm2 - 2.0 * (share @ total) + np.einsum("ij,ij->i", share, share)
    left = np.sqrt(np.maximum(left2, 0.0))
    after = np.divide(w @ total - share @ w, left, out=np.zeros(len(owned)), where=left > 1e-6 * np.sqrt(norm2))
    return float(w @ total) / np.sqrt(norm2) - after


def _piece_drops(heads: Heads, ids: np.ndarray, owned: np.ndarray, col: int) -> np.ndarray:
    """The TF-IDF part: each word's removed occurrences of every known piece and bigram
    lower their counts; the sublinear weights and the row's norm are recomputed per word."""
    n_words, n = owned.shape
    vocab, width = heads.vocab_size, len(heads.piece_keys)
    drops = np.zeros(n_words)
    if width == 0:
        return drops
    keys = np.concatenate([ids, vocab + ids[:-1] * vocab + ids[1:]])
    touched = np.concatenate([owned, np.minimum(owned[:, :-1] + owned[:, 1:], 1.0)], axis=1) > 0
    gaps = _gap_keys(ids, owned, vocab)
    at = np.minimum(np.searchsorted(heads.piece_keys, keys), width - 1)
    known = heads.piece_keys[at] == keys
    gap_at = np.minimum(np.searchsorted(heads.piece_keys, np.maximum(gaps, 0)), width - 1)
    gap_known = (gaps >= 0) & (heads.piece_keys[gap_at] == gaps)
    if not known.any() and not gap_known.any():
        return drops
    cols, inverse, counts = np.unique(np.concatenate([at[known], gap_at[gap_known]]), return_inverse=True,
                                      return_counts=True)
    counts -= np.bincount(inverse[known.sum():], minlength=len(cols))  # the gap bigrams are not in the post yet
    idf = heads.piece_idf[cols].astype(np.float64)
    w = heads.w_pieces[cols, col].astype(np.float64)
    removed = np.zeros((n_words, len(cols)))
    np.add.at(removed, (np.nonzero(touched[:, known])[0], inverse[:known.sum()][np.nonzero(touched[:, known])[1]]), 1.0)
    rows = np.flatnonzero(gap_known)
    removed[rows, inverse[known.sum():]] -= 1.0  # cutting a word joins its neighbours into a bigram
    before = _weights(counts[None, :].astype(np.float64), idf)[0]
    after = _weights(counts[None, :] - removed, idf)
    return _cosine_logit(before[None, :], w) - _cosine_logit(after, w)


def _weights(counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Sublinear term frequency times idf (0 where a count is 0)."""
    return np.where(counts > 0, (1.0 + np.log(np.maximum(counts, 1.0))) * idf, 0.0)


def _cosine_logit(u: np.ndarray, w: np.ndarray) -> np.ndarray:
    norm = np.sqrt((u * u).sum(axis=1))
    return np.divide(u @ w, norm, out=np.zeros(len(u)), where=norm > 0)


def _gap_keys(ids: np.ndarray, owned: np.ndarray, vocab: int) -> np.ndarray:
    """Per word, the bigram key its neighbours form once its tokens are cut out (-1: none,
    when the word owns no token, sits at either end, or its tokens are not contiguous)."""
    n = len(ids)
    has = owned > 0
    first = has.argmax(axis=1)
    last = n - 1 - has[:, ::-1].argmax(axis=1)
    count = has.sum(axis=1)
    ok = (count > 0) & (first > 0) & (last < n - 1) & (last - first + 1 == count)
    before, after = ids[np.maximum(first - 1, 0)], ids[np.minimum(last + 1, n - 1)]
    return np.where(ok, vocab + before * vocab + after, -1)
