#!/usr/bin/env python3
"""Validate cft/bundle.jsonl + cft/labels.jsonl and print the counts used in cft/README.md."""
import collections
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(os.path.dirname(HERE), "cft")
errors = []


def err(m):
    errors.append(m)


RULES = ["disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"]
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
# rules with no CFT clause: may appear only in unsure
NO_CLAUSE = {"geotag", "logo-misuse", "advice-to-family", "contact-details"}

recs = []
with open(os.path.join(D, "bundle.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            err(f"bundle line {i}: bad JSON {e}")
labels = []
with open(os.path.join(D, "labels.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            labels.append(json.loads(line))
        except Exception as e:
            err(f"labels line {i}: bad JSON {e}")

accounts = [r for r in recs if r.get("kind") == "account"]
posts = [r for r in recs if r.get("kind") == "post"]
# accounts first
seen_post = False
for r in recs:
    if r["kind"] == "post":
        seen_post = True
    elif seen_post:
        err(f"account {r['id']} after posts")
if len(accounts) != 18:
    err(f"expected 18 accounts, got {len(accounts)}")
if len(posts) < 300:
    err(f"expected >=300 posts, got {len(posts)}")

ids = [r["id"] for r in recs]
dup = [k for k, v in collections.Counter(ids).items() if v > 1]
if dup:
    err(f"duplicate ids {dup}")
acct_by_id = {a["id"]: a for a in accounts}
post_by_id = {p["id"]: p for p in posts}

for a in accounts:
    if a["platform"] not in PLATFORMS:
        err(f"{a['id']} bad platform")
    if a["platform"] == "blog":
        if not a["id"].startswith("blog:"):
            err(f"{a['id']} bad blog id")
    elif a["id"] != f"{a['platform']}:@{a['handle']}":
        err(f"{a['id']} id/handle mismatch")
    if a["role"] not in ("personal", "official"):
        err(f"{a['id']} bad role")

# posts grouped per account, in account order, in time order
order = [a["id"] for a in accounts]
last_acct_idx = -1
last_time = {}
for p in posts:
    if p["account_id"] not in acct_by_id:
        err(f"{p['id']} unknown account")
        continue
    idx = order.index(p["account_id"])
    if idx < last_acct_idx:
        err(f"{p['id']} posts not grouped by account order")
    if idx != last_acct_idx:
        last_acct_idx = idx
    if not re.fullmatch(r"[a-z]+:94\d{17}", p["id"]):
        err(f"{p['id']} bad post id")
    if p["id"].split(":")[0] != p["platform"] or p["platform"] != acct_by_id[p["account_id"]]["platform"]:
        err(f"{p['id']} platform mismatch")
    t = p["created_at"]
    if not re.fullmatch(r"2033-\d\d-\d\dT\d\d:\d\d:00Z", t) or not ("2033-05-01" <= t[:10] <= "2033-10-31"):
        err(f"{p['id']} date out of range {t}")
    if p["account_id"] in last_time and t < last_time[p["account_id"]]:
        err(f"{p['id']} not in time order")
    last_time[p["account_id"]] = t
    if p["visibility"] not in ("public", "friends"):
        err(f"{p['id']} bad visibility")
    r = p["in_reply_to"]
    if r:
        if r["post_id"] in post_by_id:
            parent = post_by_id[r["post_id"]]
            if parent["platform"] != p["platform"]:
                err(f"{p['id']} cross-platform reply")
            if parent["account_id"] != r["account"]:
                err(f"{p['id']} reply account mismatch")
            if parent["created_at"] >= t:
                err(f"{p['id']} reply before parent")
        else:
            if not re.fullmatch(r"9911\d{15}", r["post_id"]):
                err(f"{p['id']} external reply id {r['post_id']}")
            if r["account"] in acct_by_id:
                err(f"{p['id']} external reply to enrolled account")
    for m in p["media"]:
        if not re.fullmatch(r"media/d\d{3}\.(jpg|mp4)", m["path"]):
            err(f"{p['id']} bad media path")
        if not m.get("alt_text"):
            err(f"{p['id']} media without alt text")
    g = p["geo"]
    if g and not (isinstance(g["lat"], float) and isinstance(g["lon"], float) and g["place_name"]):
        err(f"{p['id']} bad geo")
    if acct_by_id[p["account_id"]]["is_public"] is False and p["visibility"] == "public" and not r:
        err(f"{p['id']} public post from friends-only account")

# labels
lab_by = {}
for l in labels:
    if l["subject"] in lab_by:
        err(f"duplicate label {l['subject']}")
    lab_by[l["subject"]] = l
    if set(l["rules"]) & set(l["unsure"]):
        err(f"{l['subject']} rule in both rules and unsure")
    for x in l["rules"] + l["unsure"]:
        if x not in RULES:
            err(f"{l['subject']} unknown rule {x}")
    if set(l["rules"]) & NO_CLAUSE:
        err(f"{l['subject']} no-clause rule in rules: {set(l['rules']) & NO_CLAUSE}")
    if not l.get("why"):
        err(f"{l['subject']} missing why")
for r in recs:
    if r["id"] not in lab_by:
        err(f"{r['id']} has no label")
for s in lab_by:
    if s not in acct_by_id and s not in post_by_id:
        err(f"label for unknown subject {s}")
for a in accounts:
    l = lab_by.get(a["id"])
    if l and (set(l["rules"]) | set(l["unsure"])) - ACCOUNT_RULES:
        err(f"{a['id']} account carries post rules")
    if l and a["role"] == "official" and (l["rules"] or l["unsure"]):
        err(f"{a['id']} official account labelled")
for p in posts:
    l = lab_by.get(p["id"])
    if not l:
        continue
    if (set(l["rules"]) | set(l["unsure"])) & ACCOUNT_RULES:
        err(f"{p['id']} post carries account rules")
    if "controversial-official" in l["rules"] + l["unsure"] and acct_by_id[p["account_id"]]["role"] != "official":
        err(f"{p['id']} controversial-official on personal account")
    if "family-photo" in l["rules"] and not p["media"]:
        err(f"{p['id']} family-photo without media")
    if "geotag" in l["rules"] + l["unsure"] and not p["geo"]:
        err(f"{p['id']} geotag label without geo")

# register
with open(os.path.join(D, "register.csv"), encoding="utf-8") as f:
    reg = [row["name"] for row in csv.DictReader(f)]
names = []
with open(os.path.join(HERE, "cft_names.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            names.append(line.lstrip("*").split("|")[0].strip())
alltext = "\n".join(p["text"] + " " + json.dumps(p["in_reply_to"] or "") for p in posts).lower()
for n in names:
    if n.lower() not in alltext:
        err(f"name {n} not found in any post")
for n in reg:
    if n not in names:
        err(f"register name {n} not in names list")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} ERRORS")
    sys.exit(1)

# stats
clean = sum(1 for p in posts if not lab_by[p["id"]]["rules"])
media = sum(len(p["media"]) for p in posts)
geo = sum(1 for p in posts if p["geo"])
geo_clean = sum(1 for p in posts if p["geo"] and not lab_by[p["id"]]["rules"])
replies = sum(1 for p in posts if p["in_reply_to"])
replies_int = sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] in post_by_id)
dates = sorted(p["created_at"] for p in posts)
print(f"accounts {len(accounts)} (official {sum(a['role']=='official' for a in accounts)})")
print(f"posts {len(posts)}")
print(f"media {media} (videos {sum(m['type']=='video' for p in posts for m in p['media'])}) on {sum(1 for p in posts if p['media'])} posts")
print(f"geotags {geo} (on clean posts {geo_clean})")
print(f"replies {replies} (to enrolled posts {replies_int}, to non-enrolled {replies-replies_int})")
print(f"clean posts {clean} = {clean/len(posts):.1%}")
print(f"dates {dates[0]} .. {dates[-1]}")
print(f"register {len(reg)} of {len(names)} names = {len(reg)/len(names):.0%}")
rc = collections.Counter(); uc = collections.Counter()
for l in labels:
    rc.update(l["rules"]); uc.update(l["unsure"])
for r in RULES:
    print(f"  {r:24s} rules {rc[r]:3d}  unsure {uc[r]:3d}")
print("per account:")
for a in accounts:
    n = sum(1 for p in posts if p["account_id"] == a["id"])
    l = lab_by[a["id"]]
    print(f"  {a['id']:45s} {a['role']:8s} public={a['is_public']} loc={a['location_sharing']} posts={n} rules={l['rules']} unsure={l['unsure']}")
print("OK")
