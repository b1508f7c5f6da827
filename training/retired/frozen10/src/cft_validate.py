#!/usr/bin/env python3
"""Validate frozen10/cft: structure, ids, labels, register, checksums."""
import hashlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(os.path.dirname(HERE), "cft")
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
errs = []


def err(msg):
    errs.append(msg)


bundle = [json.loads(l) for l in open(os.path.join(D, "bundle.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]

# accounts first, then posts grouped by account in account order, time order within
accts = [r for r in bundle if r["kind"] == "account"]
posts = [r for r in bundle if r["kind"] == "post"]
if [r["kind"] for r in bundle] != ["account"] * len(accts) + ["post"] * len(posts):
    err("accounts are not all first")
if len(accts) != 18:
    err(f"{len(accts)} accounts, want 18")
if sum(a["role"] == "official" for a in accts) != 3:
    err("want 3 official accounts")
if len(posts) < 300:
    err(f"only {len(posts)} posts")
acc_ids = [a["id"] for a in accts]
acc_by = {a["id"]: a for a in accts}
seen_plat = set()
for a in accts:
    seen_plat.add(a["platform"])
    if a["platform"] not in PLATFORMS:
        err(f"bad platform {a['id']}")
    want = f"blog:{a['handle']}" if a["platform"] == "blog" else f"{a['platform']}:@{a['handle']}"
    if a["id"] != want:
        err(f"account id {a['id']} != {want}")
    for k in ("is_public", "location_sharing"):
        if a[k] not in (True, False, None):
            err(f"{a['id']} {k}")
if seen_plat != PLATFORMS:
    err(f"platforms missing: {PLATFORMS - seen_plat}")
order = {aid: i for i, aid in enumerate(acc_ids)}
prev = None
for p in posts:
    key = (order.get(p["account_id"], 99), p["created_at"])
    if p["account_id"] not in order:
        err(f"post {p['id']} for unknown account")
    if prev and key < prev:
        err(f"post {p['id']} out of order")
    prev = key

ids = [r["id"] for r in bundle]
for i, c in Counter(ids).items():
    if c > 1:
        err(f"duplicate id {i}")
post_by = {p["id"]: p for p in posts}
for p in posts:
    m = re.fullmatch(r"([a-z]+):(\d{19})", p["id"])
    if not m or m.group(1) != p["platform"] or not m.group(2).startswith("78"):
        err(f"bad post id {p['id']}")
    if p["platform"] != acc_by[p["account_id"]]["platform"]:
        err(f"platform mismatch {p['id']}")
    if not ("2029-11-01T00:00:00Z" <= p["created_at"] <= "2030-04-30T23:59:59Z"):
        err(f"date out of range {p['id']}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["created_at"]):
        err(f"bad created_at {p['id']}")
    if p["visibility"] not in ("public", "friends", "private", None):
        err(f"bad visibility {p['id']}")
    if not p["text"].strip():
        err(f"empty text {p['id']}")
    irt = p["in_reply_to"]
    if irt:
        tid = irt["post_id"]
        plat, num = tid.split(":", 1)
        if plat != p["platform"]:
            err(f"reply across platforms {p['id']}")
        if num.startswith("78"):
            t = post_by.get(tid)
            if not t:
                err(f"reply target missing {p['id']}")
            elif t["account_id"] != irt["account"] or t["created_at"] >= p["created_at"]:
                err(f"reply target mismatch/late {p['id']}")
        else:
            if not re.fullmatch(r"9897\d{15}", num):
                err(f"bad external reply id {tid}")
            if irt["account"] in acc_by:
                err(f"external reply to enrolled account {p['id']}")
            if not irt["account"].startswith(p["platform"] + ":@"):
                err(f"bad external account {irt['account']}")
    for m_ in p["media"]:
        if m_["type"] not in ("photo", "video") or not m_["path"].startswith("media/") or not m_["alt_text"]:
            err(f"bad media {p['id']}")
    if p["geo"] and not all(k in p["geo"] for k in ("lat", "lon", "place_name")):
        err(f"bad geo {p['id']}")

# labels 1:1 in order
if [l["subject"] for l in labels] != ids:
    err("labels not 1:1 with bundle in order")
lab = {l["subject"]: l for l in labels}
for l in labels:
    s = l["subject"]
    if set(l) != {"subject", "rules", "unsure", "why"} or not l["why"].strip():
        err(f"label fields {s}")
    for r in l["rules"] + l["unsure"]:
        if r not in RULES:
            err(f"bad rule {r} on {s}")
    if set(l["rules"]) & set(l["unsure"]):
        err(f"rule both sure and unsure on {s}")
    if len(set(l["rules"])) != len(l["rules"]) or len(set(l["unsure"])) != len(l["unsure"]):
        err(f"duplicate rule on {s}")
    allr = set(l["rules"]) | set(l["unsure"])
    if s in acc_by:
        if allr - ACCOUNT_RULES:
            err(f"post rule on account {s}")
        if acc_by[s]["role"] == "official" and allr:
            err(f"official account labelled {s}")
    else:
        p = post_by[s]
        if allr & ACCOUNT_RULES:
            err(f"account rule on post {s}")
        if "geotag" in allr and not p["geo"]:
            err(f"geotag without geo {s}")
        if p["geo"] and "geotag" not in allr:
            err(f"geo post with no geotag decision {s}")
        if ({"family-photo", "logo-misuse"} & allr) and not p["media"]:
            err(f"photo rule without media {s}")
        role = acc_by[p["account_id"]]["role"]
        if "controversial-official" in allr and role != "official":
            err(f"controversial-official on personal {s}")
        if "logo-misuse" in allr and role != "personal":
            err(f"logo-misuse on official {s}")

# privacy-settings sanity: location sharing on => positive
for a in accts:
    if a["role"] == "personal" and a["location_sharing"] is True and "privacy-settings" not in lab[a["id"]]["rules"]:
        err(f"location sharing on but no privacy-settings {a['id']}")

# register
reg = open(os.path.join(D, "register.csv"), encoding="utf-8").read().splitlines()
if reg[0] != "name":
    err("register header")
names = [n for n in reg[1:] if n]
alltext = "\n".join(p["text"] + "\n" + "\n".join(m["alt_text"] for m in p["media"]) for p in posts).lower()
for n in names:
    if n.lower() not in alltext:
        err(f"register name not in posts: {n}")

# policy.toml exact
want = ('# frozen10: pack plus this set\'s partial protected-names register\n'
        'extends = "childrens-family-trust"\n[names]\nregister = "register.csv"\n')
if open(os.path.join(D, "policy.toml")).read() != want:
    err("policy.toml differs")

# README must not quote post text
readme = open(os.path.join(D, "README.md"), encoding="utf-8").read()
for p in posts:
    for chunk in re.split(r"[\n.!?]", p["text"]):
        chunk = chunk.strip()
        if len(chunk) >= 20 and chunk in readme:
            err(f"README quotes post text from {p['id']}")

# checksums
for line in open(os.path.join(D, "SHA256SUMS")):
    h, fn = line.split()
    if hashlib.sha256(open(os.path.join(D, fn), "rb").read()).hexdigest() != h:
        err(f"checksum mismatch {fn}")

# summary
clean = sum(1 for p in posts if not lab[p["id"]]["rules"])
print(f"accounts {len(accts)}  posts {len(posts)}  media {sum(len(p['media']) for p in posts)}  "
      f"geo {sum(1 for p in posts if p['geo'])}  replies {sum(1 for p in posts if p['in_reply_to'])}  "
      f"clean {clean} ({100*clean/len(posts):.1f}%)  register {len(names)}")
for r in sorted(RULES):
    print(f"  {r:24s} pos {sum(r in l['rules'] for l in labels):3d}  unsure {sum(r in l['unsure'] for l in labels):3d}")
if errs:
    print("\n".join("ERROR " + e for e in errs))
    sys.exit(1)
print("OK")
