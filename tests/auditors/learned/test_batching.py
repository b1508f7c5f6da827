"""The learned layer's batched paths give exactly what one text, one post at a time gives:
masking many feature strings in one regex pass per pattern, and explaining many findings
with variants built from the feature parts (speed work must not change a finding)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from auditors.learned.features import OrgFacts, compile_masks, feature_string, flags, mask_many, mask_org
from auditors.learned.layer import _WORD, MAX_OCCLUDED, TOP_WORDS, LearnedLayer
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


def _explain_one_by_one(layer: LearnedLayer, post: Post, account: Account | None, col: int) -> list:
    """The layer's explanation as it was first written: each occluded variant rebuilt as a
    post and turned into its feature string on its own."""
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
        for w in list(_WORD.finditer(text))[:MAX_OCCLUDED]:
            variants.append(rebuild(text[:w.start()] + text[w.end():]))
            spans.append((field, w.start(), w.end()))
    if not variants:
        return []
    texts = [feature_string(p, account, layer.subs) for p in [post] + variants]
    logits = layer.logits(texts, [flags(post, account)] * len(texts))[:, col]
    drops = logits[0] - logits[1:]
    best = [i for i in np.argsort(-drops)[:TOP_WORDS] if drops[i] > 0]
    return [spans[i] for i in sorted(best)]


def _post(text: str, *alts: str | None, reply: bool = False) -> Post:
    media = [Media(type="photo", path=f"m{i}.jpg", alt_text=a) for i, a in enumerate(alts)]
    return Post(id="x:1", account_id="x:@v", platform="x", text=text, media=media,
                in_reply_to=Reply(account="x:@fam", post_id="x:0") if reply else None)


POSTS = [
    _post("the coordinators at Twins Trust are useless, nobody ever answers the phone"),
    _post("honestly the office is a shambles, again and again", "a photo of the office", "shambles"),
    _post("", "management couldn't organise a raffle"),
    _post("one"), _post("   "), _post("word", None, "x"),
    _post("staff don't care they never reply call 0800 138 0509 or the Twinline", reply=True),
    _post(" ".join(f"w{i}" for i in range(MAX_OCCLUDED + 20)) + " useless rude clueless"),
]


def test_batched_explanations_equal_one_post_at_a_time(encoder, fitted):
    heads, _, _ = fitted
    layer = LearnedLayer(heads, encoder, load_policy("twins-trust-fcs"))
    official = Account(id="x:@o", platform="x", handle="o", role="official")
    asks = [(p, account, 0) for p in POSTS for account in (None, official)]
    batched = layer.explain_many(asks)
    for (post, account, col), hits in zip(asks, batched):
        assert [(h.field, h.start, h.end) for h in hits] == _explain_one_by_one(layer, post, account, col)
    assert any(batched)
