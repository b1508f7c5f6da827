"""One calibrated linear head per text rule, scored with numpy alone.

A head reads [the post's embedding ‖ four context flags ‖ sublinear TF-IDF of its
WordPiece unigrams and bigrams]. Its logit goes through a Platt sigmoid fitted on
out-of-fold scores, so the probability is a calibrated confidence; the rule's threshold
was chosen on those out-of-fold probabilities (a pack may override it).

The arrays live in one `.npz` (written by `auditors.learned.fit`) beside a `.json` with
the version, the training counts and the cross-validated scores.
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np


@dataclass
class Heads:
    """The heads of one model version."""
    version: str
    rules: list[str]
    w_embedding: np.ndarray   # (dim, rules)
    w_flags: np.ndarray       # (4, rules)
    w_pieces: np.ndarray      # (features, rules)
    piece_keys: np.ndarray    # sorted int64 keys: a piece id, or V + id1 * V + id2 for a bigram
    piece_idf: np.ndarray     # (features,)
    bias: np.ndarray          # (rules,)
    platt: np.ndarray         # (rules, 2): slope, intercept
    thresholds: np.ndarray    # (rules,)
    vocab_size: int
    info: dict[str, Any]

    # -- loading and saving ------------------------------------------------------
    @classmethod
    def from_arrays(cls, arrays: Any, info: dict[str, Any]) -> "Heads":
        return cls(version=str(info.get("version", "unversioned")), rules=[str(r) for r in arrays["rules"]],
                   w_embedding=arrays["w_embedding"].astype(np.float32), w_flags=arrays["w_flags"].astype(np.float32),
                   w_pieces=arrays["w_pieces"].astype(np.float32), piece_keys=arrays["piece_keys"],
                   piece_idf=arrays["piece_idf"].astype(np.float32), bias=arrays["bias"].astype(np.float32),
                   platt=arrays["platt"].astype(np.float32), thresholds=arrays["thresholds"].astype(np.float32),
                   vocab_size=int(arrays["vocab_size"]), info=info)

    @classmethod
    def load(cls, npz: Path) -> "Heads":
        info = json.loads(npz.with_suffix(".json").read_text(encoding="utf-8"))
        with np.load(npz) as arrays:
            return cls.from_arrays(arrays, info)

    @classmethod
    def from_bytes(cls, blob: bytes, info: dict[str, Any]) -> "Heads":
        """Heads kept in the store (an organisation's refit: `socialaudit learn`)."""
        with np.load(io.BytesIO(blob)) as arrays:
            return cls.from_arrays(arrays, info)

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        np.savez_compressed(out, rules=np.array(self.rules), w_embedding=self.w_embedding, w_flags=self.w_flags,
                            w_pieces=self.w_pieces.astype(np.float16), piece_keys=self.piece_keys,
                            piece_idf=self.piece_idf, bias=self.bias, platt=self.platt,
                            thresholds=self.thresholds, vocab_size=np.array(self.vocab_size))
        return out.getvalue()

    def save(self, npz: Path) -> None:
        npz.write_bytes(self.to_bytes())
        npz.with_suffix(".json").write_text(json.dumps(self.info, indent=1, sort_keys=True) + "\n",
                                            encoding="utf-8")

    # -- scoring -------------------------------------------------------------------
    def piece_cells(self, id_lists: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The TF-IDF features the model knows, as (row, column, value) cells: sublinear term
        frequency times idf over the pieces and their bigrams, L2-normalised per row (the same
        numbers as scikit-learn's TfidfVectorizer)."""
        n, width = len(id_lists), len(self.piece_keys)
        empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
        lengths = np.fromiter((len(i) for i in id_lists), np.int64, n)
        if width == 0 or lengths.sum() == 0:
            return empty
        unigrams = np.concatenate(id_lists)
        row = np.repeat(np.arange(n), lengths)
        same = row[1:] == row[:-1]
        bigrams = self.vocab_size + unigrams[:-1][same] * self.vocab_size + unigrams[1:][same]
        keys = np.concatenate([unigrams, bigrams])
        key_row = np.concatenate([row, row[:-1][same]])
        col = np.minimum(np.searchsorted(self.piece_keys, keys), width - 1)
        known = self.piece_keys[col] == keys
        cells, counts = np.unique(key_row[known] * width + col[known], return_counts=True)
        if len(cells) == 0:
            return empty
        r, c = cells // width, cells % width
        weight = (1.0 + np.log(counts)) * self.piece_idf[c]
        norm = np.sqrt(np.bincount(r, weight * weight, minlength=n))
        return r, c, (weight / norm[r]).astype(np.float32)

    def piece_logits(self, id_lists: Sequence[np.ndarray]) -> np.ndarray:
        """The TF-IDF part of every head."""
        out = np.zeros((len(id_lists), len(self.rules)), np.float32)
        r, c, value = self.piece_cells(id_lists)
        if len(r) == 0:
            return out
        contributions = self.w_pieces[c] * value[:, None]
        starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
        out[r[starts]] = np.add.reduceat(contributions, starts, axis=0)
        return out

    def logits(self, embeddings: np.ndarray, flags: np.ndarray, id_lists: Sequence[np.ndarray]) -> np.ndarray:
        return embeddings @ self.w_embedding + flags @ self.w_flags + self.piece_logits(id_lists) + self.bias

    def calibrate(self, logits: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(logits * self.platt[:, 0] + self.platt[:, 1])))

    def threshold(self, rule: str) -> float:
        return float(self.thresholds[self.rules.index(rule)])
