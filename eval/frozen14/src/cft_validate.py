#!/usr/bin/env python3
"""Validate cft/bundle.jsonl + cft/labels.jsonl and print the counts used in README."""
import collections
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cft")

RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
# rules with no clause in the CFT policy: allowed only in `unsure`
NO_CLAUSE = {"geotag", "logo-misuse", "advice-to-family", "contact-details"}
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
LO, HI = "2031-11-01T00:00:00Z", "2032-04-30T23:59:59Z"

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:
                err(f"{path}:{i}: invalid JSON: {e}")
    return out


bundle = load(os.path.join(OUT, "bundle.jsonl"))
labels = load(os.path.join(OUT, "labels.jsonl"))

accounts = [r for r in bundle if r["kind"] == "account"]
posts = [r for r in bundle if r["kind"] == "post"]
# accounts first
seen_post = False
for r in bundle:
    if r["kind"] == "post":
        seen_post = True
    elif seen_post:
        err(f"account {r['id']} after posts")

ids = [r["id"] for r in bundle]
dup = [k for k, v in collections.Counter(ids).items() if v > 1]
if dup:
    err(f"duplicate ids {dup}")
acc_by_id = {a["id"]: a for a in accounts}
post_by_id = {p["id"]: p for p in posts}

for a in accounts:
    if a["platform"] not in PLATFORMS:
        err(f"bad platform {a['id']}")
    if a["platform"] == "blog":
        if a["id"] != f"blog:{a['handle']}":
            err(f"bad blog id {a['id']}")
    elif a["id"] != f"{a['platform']}:@{a['handle']}":
        err(f"bad account id {a['id']}")

# posts grouped by account in account order, time order within account
order = [p["account_id"] for p in posts]
groups = [k for i, k in enumerate(order) if i == 0 or order[i - 1] != k]
if groups != [a["id"] for a in accounts]:
    err("posts not grouped by account in account order")
last = {}
for p in posts:
    if not re.fullmatch(r"[a-z]+:86\d{17}", p["id"]):
        err(f"bad post id {p['id']}")
    if p["id"].split(":")[0] != p["platform"]:
        err(f"platform prefix mismatch {p['id']}")
    if p["account_id"] not in acc_by_id:
        err(f"post {p['id']} unknown account")
    elif acc_by_id[p["account_id"]]["platform"] != p["platform"]:
        err(f"post {p['id']} platform differs from account")
    c = p["created_at"]
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", c) or not (LO <= c <= HI):
        err(f"date out of range {p['id']} {c}")
    if p["account_id"] in last and c < last[p["account_id"]]:
        err(f"not in time order {p['id']}")
    last[p["account_id"]] = c
    if not p["text"].strip():
        err(f"empty text {p['id']}")
    if p["visibility"] not in ("public", "friends"):
        err(f"bad visibility {p['id']}")
    r = p["in_reply_to"]
    if r:
        if r["post_id"].startswith("9905"):
            if not re.fullmatch(r"9905\d{15}", r["post_id"]):
                err(f"bad ext reply id {p['id']}")
            if r["account"] in acc_by_id:
                err(f"ext reply to enrolled account {p['id']}")
        else:
            t = post_by_id.get(r["post_id"])
            if not t:
                err(f"reply target missing {p['id']}")
            else:
                if t["platform"] != p["platform"]:
                    err(f"cross-platform thread {p['id']}")
                if t["account_id"] != r["account"]:
                    err(f"reply account mismatch {p['id']}")
                if t["created_at"] >= p["created_at"]:
                    err(f"reply before parent {p['id']}")
    for m in p["media"]:
        if not re.fullmatch(r"media/d\d{3}\.jpg", m["path"]) or not m.get("alt_text"):
            err(f"bad media {p['id']}")
    g = p["geo"]
    if g is not None and not (isinstance(g["lat"], float) and isinstance(g["lon"], float) and g["place_name"]):
        err(f"bad geo {p['id']}")

# labels
lab = {}
for l in labels:
    if l["subject"] in lab:
        err(f"duplicate label {l['subject']}")
    lab[l["subject"]] = l
    if set(l) != {"subject", "rules", "unsure", "why"}:
        err(f"label keys {l['subject']}")
    for r in l["rules"] + l["unsure"]:
        if r not in RULES:
            err(f"unknown rule {r} on {l['subject']}")
    if set(l["rules"]) & set(l["unsure"]):
        err(f"rule both in rules and unsure {l['subject']}")
    if set(l["rules"]) & NO_CLAUSE:
        err(f"no-clause rule in rules {l['subject']}")
    if not l["why"]:
        err(f"empty why {l['subject']}")
for s in ids:
    if s not in lab:
        err(f"no label for {s}")
for s in lab:
    if s not in acc_by_id and s not in post_by_id:
        err(f"label for unknown subject {s}")
for a in accounts:
    l = lab.get(a["id"])
    if l and (set(l["rules"]) | set(l["unsure"])) - ACCOUNT_RULES:
        err(f"post rule on account {a['id']}")
for p in posts:
    l = lab.get(p["id"])
    if not l:
        continue
    if (set(l["rules"]) | set(l["unsure"])) & ACCOUNT_RULES:
        err(f"account rule on post {p['id']}")
    if "family-photo" in l["rules"] and not p["media"]:
        err(f"family-photo without media {p['id']}")
    if "geotag" in l["unsure"] and not p["geo"]:
        err(f"geotag without geo {p['id']}")
    if "controversial-official" in l["rules"] + l["unsure"] and acc_by_id[p["account_id"]]["role"] != "official":
        err(f"controversial-official on personal {p['id']}")

# register
reg_path = os.path.join(OUT, "register.csv")
if os.path.exists(reg_path):
    with open(reg_path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["name"]:
        err("register header")
    reg = [r[0] for r in rows[1:]]
else:
    reg = None

if errors:
    print("\n".join(errors))
    sys.exit(1)

# counts
clean = sum(1 for p in posts if not lab[p["id"]]["rules"])
media = sum(len(p["media"]) for p in posts)
geo = sum(1 for p in posts if p["geo"])
geo_clean = sum(1 for p in posts if p["geo"] and not lab[p["id"]]["rules"])
replies = sum(1 for p in posts if p["in_reply_to"])
ext = sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"].startswith("9905"))
dates = sorted(p["created_at"] for p in posts)
print(f"accounts {len(accounts)} ({sum(a['role']=='official' for a in accounts)} official)")
print(f"posts {len(posts)}")
print(f"media {media} (posts with media {sum(1 for p in posts if p['media'])})")
print(f"geotags {geo} ({geo_clean} on clean posts)")
print(f"replies {replies} (thread {replies-ext}, non-enrolled {ext})")
print(f"clean {clean}/{len(posts)} = {clean/len(posts):.1%}")
print(f"dates {dates[0]} .. {dates[-1]}")
print("platforms", dict(collections.Counter(a["platform"] for a in accounts)))
rc = collections.Counter(r for l in labels for r in l["rules"])
uc = collections.Counter(r for l in labels for r in l["unsure"])
for r in sorted(RULES):
    print(f"  {r:24s} rules {rc.get(r,0):3d}  unsure {uc.get(r,0):3d}")
names = {}
np = os.path.join(HERE, "cft_names_seen.txt")
for line in open(np, encoding="utf-8"):
    nm, pid = line.rstrip("\n").split("\t")
    names.setdefault(nm, []).append(pid)
print("distinct supported names", len(names), sorted(names))
named_posts = {pid for v in names.values() for pid in v}
for p in posts:
    if "name-leak" in lab[p["id"]]["rules"] and p["id"] not in named_posts:
        print("ERROR name-leak post without names metadata", p["id"]); sys.exit(1)
if reg is not None:
    inreg = [n for n in names if n in {r.lower() for r in reg}]
    extra = [r for r in reg if r.lower() not in names]
    print(f"register {len(reg)} names; covers {len(inreg)}/{len(names)} = {len(inreg)/len(names):.0%}; not-in-posts {extra}")
print("per account:")
for a in accounts:
    ps = [p for p in posts if p["account_id"] == a["id"]]
    print(f"  {a['id']:45s} {len(ps):3d} posts  labels {lab[a['id']]['rules']} unsure {lab[a['id']]['unsure']}")
print("OK")
