"""A static sentence encoder run with `tokenizers` and numpy alone (no torch at run time).

The model (`model/`) is all-MiniLM-L6-v2 distilled with model2vec into one vector per
WordPiece token, reduced to 256 dimensions. A text's embedding is the mean of its
tokens' vectors, L2-normalised — the same as model2vec's `StaticModel.encode`, to 4e-4
(model2vec returns float16; this returns float32).

Speed: BERT's normaliser and pre-tokeniser never join text across an ASCII space, so
each space-separated chunk is tokenised once and its ids are cached (bounded). That
gives the same ids as tokenising the whole text, several times faster on social text,
where the same words come back all the time.

Start-up: the table is kept as stored (float16, 15 MB) and each row is converted to
float32 the first time a text uses it (`rows`), into a table whose untouched pages the
system never allocates. Converting all 29,525 rows up front cost 0.08-0.27 s of CPU per
process; a few posts use a few hundred rows. float16 -> float32 is exact, so the rows, and
every sum of them, are the same as from a table converted whole.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from tokenizers import Tokenizer

_DTYPES = {"F16": np.float16, "F32": np.float32, "F64": np.float64}
MAX_TOKENS = 512


def read_safetensors(path: Path, key: str) -> np.ndarray:
    """One array from a .safetensors file: an 8-byte header length, a JSON header, raw data."""
    with open(path, "rb") as f:
        size = int.from_bytes(f.read(8), "little")
        meta = json.loads(f.read(size))[key]
        start, end = meta["data_offsets"]
        f.seek(8 + size + start)
        data = f.read(end - start)
    return np.frombuffer(data, dtype=_DTYPES[meta["dtype"]]).reshape(meta["shape"])


class StaticEncoder:
    """Text in, one L2-normalised float32 row per text out."""

    # Cached chunks; the cache is emptied when full. 100k chunks hold ~20 MB per process: a
    # million distinct posts fill it many times over, and memory must stay flat with --jobs N.
    CACHE_MAX = 100_000

    def __init__(self, folder: Path):
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.table = read_safetensors(folder / "model.safetensors", "embeddings")  # as stored (float16)
        self._vectors = np.empty(self.table.shape, dtype=np.float32)  # rows filled on first use
        self._ready = np.zeros(len(self.table), dtype=bool)
        self.dim = int(self.table.shape[1])
        vocab = self.tokenizer.get_vocab()
        self.vocab_size = int(self.table.shape[0])
        self.unk_id = vocab.get("[UNK]")
        self.max_chars = MAX_TOKENS * int(np.median([len(t) for t in vocab]))
        self._ids: dict[str, list[int]] = {}

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The float32 vectors of these token ids, one row per id (repeats included)."""
        new = ids[~self._ready[ids]]
        if len(new):
            self._vectors[new] = self.table[new]
            self._ready[new] = True  # only once the rows are written: another thread may read them
        return self._vectors[ids]

    def token_ids(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Each text's WordPiece ids (no special tokens, unknown pieces dropped)."""
        split = [t[:self.max_chars].split(" ") for t in texts]
        cache = self._ids
        missing = list({c for chunks in split for c in chunks if c not in cache})
        if missing:
            if len(cache) + len(missing) > self.CACHE_MAX:
                cache.clear()
            for chunk, enc in zip(missing, self.tokenizer.encode_batch_fast(missing, add_special_tokens=False)):
                cache[chunk] = [i for i in enc.ids if i != self.unk_id]
        out = []
        for chunks in split:
            ids: list[int] = []
            for c in chunks:
                ids += cache[c]
            out.append(np.array(ids[:MAX_TOKENS], dtype=np.int64))
        return out

    def pool(self, id_lists: Sequence[np.ndarray]) -> np.ndarray:
        """Mean of the token vectors, L2-normalised; a text with no tokens gives a zero row."""
        lengths = np.fromiter((len(i) for i in id_lists), dtype=np.int64, count=len(id_lists))
        out = np.zeros((len(id_lists), self.dim), dtype=np.float32)
        keep = lengths > 0
        if keep.any():
            flat = np.concatenate([i for i in id_lists if len(i)])
            starts = np.concatenate([[0], np.cumsum(lengths[keep])[:-1]])
            out[keep] = np.add.reduceat(self.rows(flat), starts, axis=0) / lengths[keep, None]
        out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-32
        return out

    def embed_ids(self, id_lists: Sequence[np.ndarray], block: int = 64) -> np.ndarray:
        """Pool in blocks of 64 rows: small gathers stay in the CPU cache (1.5-2x faster)."""
        if not id_lists:
            return np.zeros((0, self.dim), np.float32)
        return np.concatenate([self.pool(id_lists[j:j + block]) for j in range(0, len(id_lists), block)])

    def encode(self, texts: Iterable[str]) -> np.ndarray:
        return self.embed_ids(self.token_ids(list(texts)))
