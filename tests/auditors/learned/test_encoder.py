"""The static encoder shipped in auditors/learned/model, run with numpy and tokenizers."""
from __future__ import annotations

import numpy as np
import pytest

from auditors.learned import MODEL_DIR
from auditors.learned.encoder import StaticEncoder


@pytest.fixture(scope="module")
def encoder() -> StaticEncoder:
    return StaticEncoder(MODEL_DIR)


def test_each_text_becomes_one_unit_length_row(encoder):
    rows = encoder.encode(["went to see the twins today", "trains late again", "x"])
    assert rows.shape == (3, encoder.dim) and encoder.dim == 256
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)


def test_an_empty_text_is_a_zero_row(encoder):
    assert not encoder.encode([""]).any()


def test_chunk_cache_gives_the_same_ids_as_the_whole_text(encoder):
    texts = ["Riley's found a stick and won't let go!!", "omg the wee ones were SO good 2day 😂 #proud",
             "Call 0800 138 0509 or see https://example.org/help?x=1"]
    whole = [[i for i in e.ids if i != encoder.unk_id]
             for e in encoder.tokenizer.encode_batch_fast(texts, add_special_tokens=False)]
    assert [ids.tolist() for ids in encoder.token_ids(texts)] == whole


def test_similar_meanings_are_closer_than_unrelated_ones(encoder):
    a, b, c = encoder.encode(["the social worker moved the children to a new placement",
                              "the kids have been put with new foster carers",
                              "my train was cancelled again this morning"])
    assert a @ b > a @ c


def test_very_long_text_is_cut_to_the_token_limit(encoder):
    ids = encoder.token_ids(["word " * 5000])[0]
    assert len(ids) == 512
