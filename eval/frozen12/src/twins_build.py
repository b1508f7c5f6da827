#!/usr/bin/env python3
"""Assemble the hand-written twins posts into bundle.jsonl + labels.jsonl.
The script only assigns ids, timestamps, urls and media paths."""
import json, random, datetime as dt, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import twins_lib
import twins_posts_official, twins_posts_a, twins_posts_b, twins_posts_c, twins_posts_d, twins_posts_e, twins_posts_f, twins_posts_g, twins_posts_h, twins_posts_i  # noqa
from twins_accounts import ACCOUNTS

OUT = "/work/frozen12-draft/twins"
rng = random.Random(1212)
START = dt.datetime(2030, 11, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2031, 4, 30, 23, 0, tzinfo=dt.timezone.utc)
SPAN = (END - START).total_seconds()

acc_recs = [a for a, _ in ACCOUNTS]
acc_ids = [a["id"] for a in acc_recs]
assert set(twins_lib.POSTS) <= set(acc_ids), set(twins_lib.POSTS) - set(acc_ids)

# 1. timestamps for non-thread posts, spread through the range in writing order
times = {}
keyed = {}
for aid in acc_ids:
    posts = twins_lib.POSTS.get(aid, [])
    plain = [q for q in posts if not (q["rep"] or "").startswith("@")]
    n = len(plain)
    for i, q in enumerate(plain):
        frac = (i + rng.uniform(0.1, 0.9)) / n
        t = START + dt.timedelta(seconds=frac * SPAN * 0.97)
        t = t.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59), second=0)
        q["_t"] = t
        if q["key"]:
            keyed[q["key"]] = q
for aid in acc_ids:
    for q in twins_lib.POSTS.get(aid, []):
        if (q["rep"] or "").startswith("@"):
            parent = keyed[q["rep"][1:]]
            q["_t"] = parent["_t"] + dt.timedelta(minutes=rng.randint(12, 300))
            q["_parent"] = parent
            if q["key"]:
                keyed[q["key"]] = q

# 2. ids in output order
counter = [0]
def nid():
    counter[0] += 1
    return "81%017d" % counter[0]
rep_counter = [0]
def rid():
    rep_counter[0] += 1
    return "9900%015d" % (rep_counter[0] * 7919)
media_counter = [0]

URL = {"x": "https://x.com/{h}/status/{n}", "facebook": "https://www.facebook.com/{h}/posts/{n}",
       "instagram": "https://www.instagram.com/p/{n}/", "blog": "https://{h}/p/{n}",
       "linkedin": "https://www.linkedin.com/feed/update/urn:li:activity:{n}",
       "bluesky": "https://bsky.app/profile/{h}/post/{n}", "mastodon": "https://mastodon.social/@{h}/{n}"}

ordered = []
for a in acc_recs:
    posts = sorted(twins_lib.POSTS.get(a["id"], []), key=lambda q: q["_t"])
    for q in posts:
        q["_id"] = a["platform"] + ":" + nid()
        q["_acc"] = a
        ordered.append(q)

bundle = [dict(a) for a in acc_recs]
labels = [l for _, l in ACCOUNTS]
for q in ordered:
    a = q["_acc"]; pl = a["platform"]; num = q["_id"].split(":")[1]
    if q["rep"] is None:
        irt = None
    elif q["rep"].startswith("@"):
        par = q["_parent"]
        assert par["_acc"]["platform"] == pl
        irt = {"account": par["_acc"]["id"], "post_id": par["_id"]}
    else:
        assert q["rep"].split(":")[0] == pl
        irt = {"account": q["rep"], "post_id": pl + ":" + rid()}
    media = []
    for m in q["media"]:
        kind = "photo"
        if isinstance(m, tuple):
            m, kind = m
        media_counter[0] += 1
        ext = "mp4" if kind == "video" else "jpg"
        media.append({"type": kind, "path": "media/d%03d.%s" % (media_counter[0], ext), "alt_text": m})
    vis = q["vis"] or ("public" if a["is_public"] is not False else "friends")
    if a["is_public"] is None and q["vis"] is None:
        vis = "friends"
    rec = {"kind": "post", "id": q["_id"], "account_id": a["id"], "platform": pl,
           "created_at": q["_t"].strftime("%Y-%m-%dT%H:%M:%SZ"),
           "text": q["text"], "url": URL[pl].format(h=a["handle"], n=num), "lang": "en",
           "in_reply_to": irt, "geo": q["geo"], "media": media, "visibility": vis}
    bundle.append(rec)
    labels.append({"subject": q["_id"], "rules": q["rules"], "unsure": q["unsure"], "why": q["why"]})

with open(os.path.join(OUT, "bundle.jsonl"), "w") as f:
    for r in bundle:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
    for r in labels:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("accounts", len(acc_recs), "posts", len(ordered), "media", media_counter[0])

from twins_names import REGISTER
with open(os.path.join(OUT, "register.csv"), "w") as f:
    f.write("name\n")
    for n in REGISTER:
        f.write(n + "\n")
with open(os.path.join(OUT, "policy.toml"), "w") as f:
    f.write('# frozen12: pack plus this set\'s partial protected-names register\n'
            'extends = "twins-trust-fcs"\n[names]\nregister = "register.csv"\n')
