# Serialise the hand-written posts (chunkNN.py) into ../bundle.jsonl and ../labels.jsonl, and check them.
import collections
import glob
import importlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import lib  # noqa: E402
from accounts import A  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "chunk*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])
CLAUSE = {"name-leak": "Confidentiality", "sensitive-info": "Confidentiality", "family-photo": "Confidentiality",
          "geotag": "Confidentiality", "location-disclosure": "Confidentiality", "criticism": "Personal activity",
          "controversial-official": "Official activity", "disclaimer-missing": "Personal activity",
          "privacy-settings": "Personal activity"}
posts, errs = lib.POSTS, []
order = list(A)
posts.sort(key=lambda p: (order.index(p["a"]), p["t"]))
rnd, n, media_n = random.Random(976), 97610000, 0
bundle, labels = [], []
for a in A.values():
    bundle.append({k: v for k, v in a.items() if not k.startswith("_")})
    labels.append({"subject": a["id"], "rules": a["_r"], "unsure": a["_u"],
                   "clauses": {r: CLAUSE[r] for r in a["_r"]}, "why": a["_why"]})
for p in posts:
    n += rnd.randint(3, 40)
    acc = A[p["a"]]
    pid = "%s:%d" % (acc["platform"], n)
    media = []
    for alt in p["m"]:
        media_n += 1
        media.append({"type": "photo", "path": "media/d%03d.jpg" % media_n, "alt_text": alt})
    geo = {"lat": p["g"][0], "lon": p["g"][1], "place_name": p["g"][2]} if p["g"] else None
    rep = {"account": p["re"][0], "post_id": p["re"][1]} if p["re"] else None
    vis = "public" if acc["is_public"] else "friends"
    bundle.append({"kind": "post", "id": pid, "account_id": acc["id"], "platform": acc["platform"],
                   "created_at": p["t"].replace(" ", "T") + ":00Z", "text": p["text"], "url": None, "lang": "en",
                   "in_reply_to": rep, "geo": geo, "media": media, "visibility": vis})
    if "controversial-official" in p["r"] and acc["role"] != "official":
        errs.append("co on personal: " + p["text"][:50])
    if "geotag" in p["r"] and not p["g"]:
        errs.append("geotag without geo: " + p["text"][:50])
    if p["g"] and "geotag" not in p["r"] + p["u"]:
        errs.append("geo not labelled: " + p["text"][:50])
    if ("family-photo" in p["r"] or "logo-misuse" in p["r"]) and not p["m"]:
        errs.append("photo rule without media: " + p["text"][:50])
    if set(p["r"]) - set(CLAUSE):
        errs.append("rule the pack switches off: " + p["text"][:50])
    if set(p["r"]) & set(p["u"]):
        errs.append("both positive and unsure: " + p["text"][:50])
    labels.append({"subject": pid, "rules": p["r"], "unsure": p["u"],
                   "clauses": {r: CLAUSE[r] for r in p["r"]}, "why": p["why"] or "no rule applies"})
for t, c in collections.Counter(p["text"] for p in posts).items():
    if c > 1:
        errs.append("duplicate text: " + t[:60])
with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as f:
    for r in bundle:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for r in labels:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
pos = collections.Counter(r for l in labels[len(A):] for r in l["rules"])
print("accounts", len(A), "posts", len(posts), "clean", sum(1 for p in posts if not p["r"]))
for r, c in sorted(pos.items()):
    print("  %-24s %3d" % (r, c))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
