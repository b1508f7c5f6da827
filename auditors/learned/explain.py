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
    """How much the head's logit falls when each word is cut out of the post (see drops_many)."""
    return drops_many(heads, encoder, [(ids, owners, n_words, col)])[0]


@dataclass
class _Batch:
    """Many posts' tokens end to end, and which words own which tokens."""
    ids: np.ndarray         # (T,) token ids
    tok_ask: np.ndarray     # (T,) the post each token belongs to
    pair_word: np.ndarray   # (P,) a word (numbered across the batch) ...
    pair_tok: np.ndarray    # (P,) ... and a token it owns
    word_ask: np.ndarray    # (W,) the post each word belongs to
    cols: np.ndarray        # (A,) the head asked about, per post

    @classmethod
    def of(cls, asks: Sequence[tuple[np.ndarray, list[tuple[int, ...]], int, int]]) -> "_Batch":
        pair_word: list[int] = []
        pair_tok: list[int] = []
        tok_base = word_base = 0
        for ids, owners, n_words, _ in asks:
            for t, words in enumerate(owners[:len(ids)]):
                for w in words:
                    pair_word.append(word_base + w)
                    pair_tok.append(tok_base + t)
            tok_base += len(ids)
            word_base += n_words
        lengths = [len(a[0]) for a in asks]
        return cls(np.concatenate([a[0] for a in asks]).astype(np.int64) if asks else np.zeros(0, np.int64),
                   np.repeat(np.arange(len(asks)), lengths), np.array(pair_word, np.int64),
                   np.array(pair_tok, np.int64), np.repeat(np.arange(len(asks)), [a[2] for a in asks]),
                   np.array([a[3] for a in asks], np.int64))


def drops_many(heads: Heads, encoder: StaticEncoder, asks: Sequence[tuple[np.ndarray, list[tuple[int, ...]], int, int]]
               ) -> list[np.ndarray]:
    """For each (token ids, the words each token came from, number of words, head): how much
    the head's logit falls when each word is cut out — its tokens go, with every piece and
    bigram they are in, and its neighbours join into a new bigram — exactly, for all the
    posts in one pass."""
    batch = _Batch.of(asks)
    drops = np.zeros(len(batch.word_ask))
    if len(batch.pair_word):
        drops = _embedding_drops(heads, encoder, batch) + _piece_drops(heads, batch)
    return np.split(drops, np.cumsum([a[2] for a in asks])[:-1]) if asks else []


def _per_word(batch: _Batch, values: np.ndarray) -> np.ndarray:
    """Sum a value given per (word, token) pair over each word's pairs."""
    return np.bincount(batch.pair_word, values, minlength=len(batch.word_ask))


def _cosine(dot: np.ndarray, norm2: np.ndarray) -> np.ndarray:
    norm = np.sqrt(np.maximum(norm2, 0.0))
    return np.divide(dot, norm, out=np.zeros(len(dot)), where=norm > 1e-9)


def _embedding_drops(heads: Heads, encoder: StaticEncoder, batch: _Batch) -> np.ndarray:
    """The embedding's part: with S the sum of a post's token vectors and S_W a word's share,
    the logit w·S/|S| becomes w·(S - S_W)/|S - S_W|. Only dot products of single tokens are
    needed: w·S_W and S·S_W sum over the word's tokens, |S_W|² over pairs of them."""
    vectors = encoder.rows(batch.ids)                                         # (T, dim) float32
    total = np.zeros((len(batch.cols), vectors.shape[1]), np.float32)
    _sum_rows(total, batch.tok_ask, vectors)
    weights = heads.w_embedding[:, batch.cols].T                              # (A, dim)
    norm2 = np.einsum("ij,ij->i", total, total).astype(np.float64)
    dot = np.einsum("ij,ij->i", total, weights).astype(np.float64)
    pw, pt = batch.pair_word, batch.pair_tok
    ask = batch.tok_ask[pt]
    along_w = np.einsum("ij,ij->i", vectors[pt], weights[ask]).astype(np.float64)
    along_s = np.einsum("ij,ij->i", vectors[pt], total[ask]).astype(np.float64)
    n_words = len(batch.word_ask)
    wa = batch.word_ask
    left2 = (norm2[wa] - 2.0 * _per_word(batch, along_s) + _word_gram(vectors, pw, pt, n_words))
    owned = np.bincount(pw, minlength=n_words)
    remaining = np.bincount(batch.tok_ask, minlength=len(batch.cols))[wa] - owned
    after = np.divide(dot[wa] - _per_word(batch, along_w), np.sqrt(np.maximum(left2, 0.0)),
                      out=np.zeros(n_words), where=(remaining > 0) & (left2 > 0))
    return _cosine(dot, norm2)[wa] - after


def _word_gram(vectors: np.ndarray, pw: np.ndarray, pt: np.ndarray, n_words: int) -> np.ndarray:
    """|S_W|² per word: the dot products of every pair of its tokens (pairs listed by word, a
    word's pairs next to each other)."""
    out = np.zeros(n_words)
    order = np.argsort(pw, kind="stable")
    pw, pt = pw[order], pt[order]
    rows = np.arange(len(pw))
    for gap in range(len(pw)):
        if gap:
            rows = rows[(rows + gap < len(pw))]
            rows = rows[pw[rows + gap] == pw[rows]]
            if not len(rows):
                break
        dots = np.einsum("ij,ij->i", vectors[pt[rows]], vectors[pt[rows + gap]]).astype(np.float64)
        out += np.bincount(pw[rows], dots * (2.0 if gap else 1.0), minlength=n_words)
    return out


def _sum_rows(out: np.ndarray, rows: np.ndarray, values: np.ndarray) -> None:
    """out[r] += the values of the rows labelled r (labels sorted)."""
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    out[rows[starts]] = np.add.reduceat(values, starts, axis=0)


def _weights(counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Sublinear term frequency times idf (0 where a count is 0)."""
    return np.where(counts > 0, (1.0 + np.log(np.maximum(counts, 1.0))) * idf, 0.0)


def _piece_drops(heads: Heads, batch: _Batch) -> np.ndarray:
    """The TF-IDF part: the pieces and bigrams a word's tokens are in lose those occurrences,
    the bigram its neighbours form gains one; each post's row is re-weighed and re-normalised
    for each word, over only the keys the word changes."""
    vocab, width = heads.vocab_size, len(heads.piece_keys)
    if width == 0:
        return np.zeros(len(batch.word_ask))
    ids, tok_ask = batch.ids, batch.tok_ask
    n = len(ids)
    inner = np.flatnonzero(tok_ask[1:] == tok_ask[:-1])           # bigram starting at token t
    keys = np.concatenate([ids, vocab + ids[inner] * vocab + ids[inner + 1]])
    occ_ask = np.concatenate([tok_ask, tok_ask[inner]])
    gap_word, gap_key = _gaps(batch, vocab)
    at = np.minimum(np.searchsorted(heads.piece_keys, np.concatenate([keys, gap_key])), width - 1)
    known = heads.piece_keys[at] == np.concatenate([keys, gap_key])
    code = np.concatenate([occ_ask, batch.word_ask[gap_word]]) * width + at
    uids, inverse = np.unique(np.where(known, code, -1), return_inverse=True)
    counts = np.bincount(inverse[:len(keys)], minlength=len(uids)).astype(np.float64)
    col, ask = uids % width, uids // width
    idf = heads.piece_idf[col].astype(np.float64)
    w = heads.w_pieces[col, batch.cols[ask]].astype(np.float64)
    u = _weights(counts, idf)
    valid = uids >= 0
    u[~valid] = 0.0
    n_asks = len(batch.cols)
    norm2 = np.bincount(ask[valid], (u * u)[valid], minlength=n_asks)
    dot = np.bincount(ask[valid], (w * u)[valid], minlength=n_asks)
    # the occurrences each word removes: its tokens' unigrams and the bigrams on either side
    bigram_at = np.full(n + 1, -1, np.int64)
    bigram_at[inner] = n + np.arange(len(inner))
    pw, pt = batch.pair_word, batch.pair_tok
    occ = np.concatenate([pt, bigram_at[pt], np.where(pt > 0, bigram_at[np.maximum(pt - 1, 0)], -1)])
    occ_word = np.concatenate([pw, pw, pw])
    occ_word, occ = occ_word[occ >= 0], occ[occ >= 0]
    occ_word, occ = _unique_pairs(occ_word, occ, len(keys))
    occ_word, occ = occ_word[known[occ]], occ[known[occ]]
    change_word = np.concatenate([occ_word, gap_word[known[len(keys):]]])
    change_uid = np.concatenate([inverse[occ], inverse[len(keys):][known[len(keys):]]])
    change = np.concatenate([np.ones(len(occ)), -np.ones(int(known[len(keys):].sum()))])
    word, uid, removed = _sum_pairs(change_word, change_uid, change, len(uids))
    lowered = _weights(counts[uid] - removed, idf[uid])
    n_words = len(batch.word_ask)
    norm2_after = norm2[batch.word_ask] - np.bincount(word, u[uid] ** 2 - lowered ** 2, minlength=n_words)
    dot_after = dot[batch.word_ask] - np.bincount(word, w[uid] * (u[uid] - lowered), minlength=n_words)
    return _cosine(dot, norm2)[batch.word_ask] - _cosine(dot_after, norm2_after)


def _unique_pairs(a: np.ndarray, b: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    pairs = np.unique(a * width + b)
    return pairs // width, pairs % width


def _sum_pairs(a: np.ndarray, b: np.ndarray, values: np.ndarray, width: int
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(a, b, summed values) for each distinct (a, b)."""
    pairs, inverse = np.unique(a * width + b, return_inverse=True)
    return pairs // width, pairs % width, np.bincount(inverse, values, minlength=len(pairs))


def _gaps(batch: _Batch, vocab: int) -> tuple[np.ndarray, np.ndarray]:
    """(word, bigram key) for each word whose neighbours form a bigram once its tokens are cut
    out: it owns a contiguous run of tokens with a token of its post on either side."""
    n_words = len(batch.word_ask)
    if not len(batch.pair_word):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    pw, pt = batch.pair_word, batch.pair_tok
    first = np.full(n_words, np.iinfo(np.int64).max)
    np.minimum.at(first, pw, pt)
    last = np.full(n_words, -1)
    np.maximum.at(last, pw, pt)
    count = np.bincount(pw, minlength=n_words)
    n = len(batch.ids)
    has = count > 0
    before, after = np.where(has, first - 1, 0), np.where(has, last + 1, 0)
    ok = has & (before >= 0) & (after < n) & (last - first + 1 == count)
    ok &= batch.tok_ask[np.clip(before, 0, n - 1)] == batch.word_ask
    ok &= batch.tok_ask[np.clip(after, 0, n - 1)] == batch.word_ask
    words = np.flatnonzero(ok)
    return words, vocab + batch.ids[before[words]] * vocab + batch.ids[after[words]]
