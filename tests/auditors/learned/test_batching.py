"""The learned layer's fast paths give what the slow, obvious ones give: masking many
feature strings in one regex pass per pattern equals masking each; the explanation's
word weights, read off the model in closed form, equal re-scoring the post with each
word cut out (speed work must not change a finding)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from auditors.learned.explain import traced_feature_string, word_drops
from auditors.learned.features import (
    OrgFacts,
    compile_masks,
    feature_parts,
    feature_string,
    flags,
    mask_many,
    mask_org,
)
from auditors.learned.layer import _WORD, TOP_WORDS, LearnedLayer, _words
from auditors.registry import load_policy
from socialaudit.core.model import Account, Media, Post, Reply

ORG = OrgFacts(names=("Helping Hands Trust", "HHT"), handles=("@HelpingHands", "helpinghands"),
               websites=("helpinghands.org",), phones=("0800 123 4567",), emails=("help@helpinghands.org",),
               retired=("Old Name",))
SUBS = compile_masks(ORG)

TEXTS = [
    "", "no organisation here at all", "Helping Hands Trust", "helping   hands\ttrust rocks", "HHT's volunteers",
    "xHHT and HHTx stay", "#HelpingHandsTrust! #hht", "@HelpingHands. and helpinghands without the at",
    "email help@helpinghands.org or HELP@HELPINGHANDS.ORG.", "see https://helpinghands.org/give-now?x=1 today",
    "ring +44 800 123 4567, +44 (0) 800-123-4567 or 0800.123.4567 but not 108001234567",
    "+44  800 123 4567 after a cut word", "Old Name and old name and Old  Name", "Helping  Trust", "Hands Trust HHT",
    "a\x00b Helping Hands Trust", "naïve Zoë at HHT", "K\u212a HHT ſ",
]


@pytest.mark.parametrize("texts", [TEXTS, TEXTS[::-1], TEXTS[2:9], [TEXTS[1]], [t for t in TEXTS if "\x00" not in t]])
def test_masking_many_texts_at_once_equals_masking_each(texts):
    assert mask_many(list(texts), SUBS) == [mask_org(t, SUBS) for t in texts]


def _occlusion_drops(layer: LearnedLayer, post: Post, account: Account | None, col: int) -> tuple[list, np.ndarray]:
    """The words of a post, and how much the head's logit falls when each is cut out, by
    re-scoring the post rebuilt without it (how the explanation was first computed)."""
    variants, spans = [], []
    fields = [("text", post.text, lambda new: replace(post, text=new))] if post.text else []
    for i, m in enumerate(post.media):
        if m.alt_text:
            def rebuild(new, i=i, m=m):
                items = list(post.media)
                items[i] = replace(m, alt_text=new)
                return replace(post, media=items)
            fields.append((f"media[{i}].alt_text", m.alt_text, rebuild))
    for field, text, rebuild in fields:
        for w in _WORD.finditer(text):
            variants.append(rebuild(text[:w.start()] + text[w.end():]))
            spans.append((field, w.start(), w.end()))
    if not variants:
        return [], np.zeros(0)
    texts = [feature_string(p, account, layer.subs) for p in [post] + variants]
    logits = layer.logits(texts, [flags(post, account)] * len(texts))[:, col].astype(np.float64)
    return spans, logits[0] - logits[1:]


def _post(text: str, *alts: str | None, reply: bool = False) -> Post:
    media = [Media(type="photo", path=f"m{i}.jpg", alt_text=a) for i, a in enumerate(alts)]
    return Post(id="x:1", account_id="x:@v", platform="x", text=text, media=media,
                in_reply_to=Reply(account="x:@fam", post_id="x:0") if reply else None)


POSTS = [
    _post("the coordinators at the office are useless, nobody ever answers the phone"),
    _post("honestly the office is a shambles, again and again", "a photo of the office", "shambles"),
    _post("", "management couldn't organise a raffle"),
    _post("one"), _post("   "), _post("word", None, "x"),
    _post("staff don't care they never reply call 0800 000 0000 or write, useless useless", reply=True),
    _post(" ".join(f"w{i}" for i in range(100)) + " useless rude clueless"),
    _post("naïve Zoë said the team leaders were rude 😤😤 #fedup"),
]
WITH_ORG = [
    _post("the coordinators at Twins Trust are useless, nobody ever answers the phone"),
    _post("staff don't care they never reply call 0800 138 0509 or the Twinline", reply=True),
]
OFFICIAL = Account(id="x:@o", platform="x", handle="o", role="official")


@pytest.mark.parametrize("post", POSTS)
def test_word_weights_equal_rescoring_the_post_without_each_word(encoder, fitted, post):
    heads, _, _ = fitted
    layer = LearnedLayer(heads, encoder, load_policy("twins-trust-fcs"))
    for account in (None, OFFICIAL):
        spans, rescored = _occlusion_drops(layer, post, account, 0)
        parts = feature_parts(post, account)
        words, owned = _words(parts, post)
        [(ids, owners)] = layer.spans.tokens([traced_feature_string(parts, owned, layer.subs)])
        ours = word_drops(heads, encoder, ids, owners, len(words), 0)
        assert words == spans
        assert np.allclose(ours, rescored, atol=2e-4)


@pytest.mark.parametrize("post", POSTS + WITH_ORG)
def test_the_traced_feature_string_is_the_masked_one_with_the_same_tokens(encoder, fitted, post):
    heads, _, _ = fitted
    layer = LearnedLayer(heads, encoder, load_policy("twins-trust-fcs"))
    parts = feature_parts(post, None)
    traced = traced_feature_string(parts, _words(parts, post)[1], layer.subs)
    assert traced.text == feature_string(post, None, layer.subs)
    [(ids, owners)] = layer.spans.tokens([traced])
    assert ids.tolist() == encoder.token_ids([traced.text])[0].tolist() and len(owners) == len(ids)


def test_a_placeholder_belongs_to_every_word_it_replaced(encoder, fitted):
    heads, _, _ = fitted
    layer = LearnedLayer(heads, encoder, load_policy("twins-trust-fcs"))
    post = WITH_ORG[0]
    parts = feature_parts(post, None)
    words, owned = _words(parts, post)
    traced = traced_feature_string(parts, owned, layer.subs)
    owners = traced.groups[traced.labels[traced.text.index("ORG")]]
    assert [post.text[words[w][1]:words[w][2]] for w in owners] == ["Twins", "Trust"]


def test_the_explanation_names_the_three_words_whose_removal_lowers_the_score_most(encoder, fitted):
    heads, _, _ = fitted
    layer = LearnedLayer(heads, encoder, load_policy("twins-trust-fcs"))
    asks = [(p, account, 0) for p in POSTS for account in (None, OFFICIAL)]
    for (post, account, col), hits in zip(asks, layer.explain_many(asks)):
        spans, rescored = _occlusion_drops(layer, post, account, col)
        best = sorted(i for i in np.argsort(-rescored, kind="stable")[:TOP_WORDS] if rescored[i] > 0)
        got = [(h.field, h.start, h.end) for h in hits]
        assert len(got) == len(best)
        ranked = sorted(rescored, reverse=True)
        # the same words, up to ties closer than the closed form's rounding
        for i in best:
            if spans[i] not in got:
                assert rescored[i] - ranked[TOP_WORDS] < 1e-3
    assert any(layer.explain_many(asks))
