#!/usr/bin/env python3
"""Validate the frozen14 Twins Trust set and print its counts.

Checks: JSON valid, accounts first then each account's posts in time order,
ids unique and well-formed, one label line per subject, rule ids legal,
dates in range, replies point at earlier posts on the same platform or at
9904 ids, media paths, geo shape, register names appear in post text,
policy.toml exact. Prints counts used in README.md.
"""
import csv
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
T = os.path.join(os.path.dirname(HERE), "twins")

PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
POST_RULES = {"name-leak", "sensitive-info", "family-photo", "geotag", "location-disclosure",
              "logo-misuse", "criticism", "advice-to-family", "controversial-official",
              "contact-details"}
POLICY = ('# frozen14: pack plus this set\'s partial protected-names register\n'
          'extends = "twins-trust-fcs"\n[names]\nregister = "register.csv"\n')

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(T, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa
                err(f"{name}:{i}: bad JSON {e}")
    return out


bundle = load("bundle.jsonl")
labels = load("labels.jsonl")

accounts = [r for r in bundle if r.get("kind") == "account"]
posts = [r for r in bundle if r.get("kind") == "post"]
if len(accounts) + len(posts) != len(bundle):
    err("record with unknown kind")
# accounts first
seen_post = False
for r in bundle:
    if r["kind"] == "post":
        seen_post = True
    elif seen_post:
        err(f"account {r['id']} after posts")

acc_ids = [a["id"] for a in accounts]
if len(set(acc_ids)) != len(acc_ids):
    err("duplicate account id")
for a in accounts:
    if a["platform"] not in PLATFORMS:
        err(f"bad platform {a['id']}")
    if a["platform"] == "blog":
        if a["id"] != "blog:" + a["handle"]:
            err(f"blog id {a['id']}")
    elif a["id"] != f"{a['platform']}:@{a['handle']}":
        err(f"account id/handle mismatch {a['id']}")
    if a["role"] not in ("personal", "official"):
        err(f"bad role {a['id']}")
    for k in ("is_public", "location_sharing"):
        if a[k] not in (True, False, None):
            err(f"bad {k} {a['id']}")

post_ids = [p["id"] for p in posts]
if len(set(post_ids)) != len(post_ids):
    err("duplicate post id")
by_id = {p["id"]: p for p in posts}
acc_platform = {a["id"]: a["platform"] for a in accounts}

# grouping and time order
order = []
last_acc, last_time = None, None
for p in posts:
    if p["account_id"] != last_acc:
        if p["account_id"] in order:
            err(f"posts of {p['account_id']} not contiguous")
        order.append(p["account_id"])
        last_acc, last_time = p["account_id"], None
    if last_time and p["created_at"] < last_time:
        err(f"{p['id']} out of time order")
    last_time = p["created_at"]
if order != acc_ids:
    err("post groups not in account order")

for p in posts:
    m = re.fullmatch(r"([a-z]+):(\d+)", p["id"])
    if not m or m.group(1) != p["platform"] or len(m.group(2)) != 19 or not m.group(2).startswith("85"):
        err(f"bad post id {p['id']}")
    if acc_platform.get(p["account_id"]) != p["platform"]:
        err(f"{p['id']} platform differs from its account")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["created_at"]):
        err(f"{p['id']} bad created_at")
    if not ("2031-11-01T00:00:00Z" <= p["created_at"] <= "2032-04-30T23:59:59Z"):
        err(f"{p['id']} date out of range {p['created_at']}")
    if p["visibility"] not in ("public", "friends"):
        err(f"{p['id']} visibility")
    if not p["text"].strip():
        err(f"{p['id']} empty text")
    r = p["in_reply_to"]
    if r is not None:
        tid = r["post_id"]
        if tid in by_id:
            t = by_id[tid]
            if t["platform"] != p["platform"] or t["account_id"] != r["account"]:
                err(f"{p['id']} reply target mismatch")
            if t["created_at"] >= p["created_at"]:
                err(f"{p['id']} replies to a later post")
        else:
            if not (tid.startswith("9904") and len(tid) == 19 and tid.isdigit()):
                err(f"{p['id']} external reply id {tid}")
            if r["account"] in acc_platform:
                err(f"{p['id']} external reply to an enrolled account")
            if not r["account"].startswith(p["platform"] + ":@"):
                err(f"{p['id']} external account platform")
    if p["geo"] is not None:
        g = p["geo"]
        if set(g) != {"lat", "lon", "place_name"} or not (49 < g["lat"] < 61 and -9 < g["lon"] < 2):
            err(f"{p['id']} geo")
    for md in p["media"]:
        if not re.fullmatch(r"media/d\d{3}\.(jpg|mp4)", md["path"]) or not md.get("alt_text"):
            err(f"{p['id']} media {md}")

paths = [md["path"] for p in posts for md in p["media"]]
if len(set(paths)) != len(paths):
    err("duplicate media path")

# labels
lab_subjects = [l["subject"] for l in labels]
if len(set(lab_subjects)) != len(lab_subjects):
    err("duplicate label subject")
subjects = acc_ids + post_ids
if set(lab_subjects) != set(subjects) or len(lab_subjects) != len(subjects):
    err("labels do not cover exactly every subject")
lab = {l["subject"]: l for l in labels}
for l in labels:
    if set(l) != {"subject", "rules", "unsure", "why"}:
        err(f"label keys {l['subject']}")
    allowed = ACCOUNT_RULES if l["subject"] in acc_platform else POST_RULES
    for x in l["rules"] + l["unsure"]:
        if x not in allowed:
            err(f"{l['subject']} illegal rule {x}")
    if set(l["rules"]) & set(l["unsure"]):
        err(f"{l['subject']} rule both sure and unsure")
    if l["subject"] in by_id:
        p = by_id[l["subject"]]
        if "geotag" in l["rules"] and p["geo"] is None:
            err(f"{l['subject']} geotag label without geo")
        if ("family-photo" in l["rules"] or "logo-misuse" in l["rules"]) and not p["media"]:
            err(f"{l['subject']} photo rule without media")
        if "advice-to-family" in l["rules"] and p["in_reply_to"] is None:
            err(f"{l['subject']} advice without reply")
        if "controversial-official" in l["rules"]:
            err(f"{l['subject']} controversial-official must only be unsure for this policy")
        if "logo-misuse" in l["rules"]:
            a = next(x for x in accounts if x["id"] == p["account_id"])
            if a["role"] != "personal":
                err(f"{l['subject']} logo-misuse on official account")

# register
with open(os.path.join(T, "register.csv"), encoding="utf-8") as fh:
    reg = [row["name"] for row in csv.DictReader(fh)]
alltext = " ".join(p["text"].lower() for p in posts)
for n in reg:
    if not re.search(r"(?<![a-zà-ÿ])" + re.escape(n.lower()) + r"(?![a-zà-ÿ])", alltext):
        err(f"register name not in any post: {n}")
names_seen = {}
with open(os.path.join(HERE, "twins_names_seen.txt"), encoding="utf-8") as fh:
    for line in fh:
        n, c, keys = line.rstrip("\n").split("\t")
        names_seen[n] = keys.split()
case_study = {"hannah", "leo", "jude"}
supported = [n for n in names_seen if n not in case_study]
for n in reg:
    if n.lower() not in supported:
        err(f"register name {n} is not a supported-family name")

with open(os.path.join(T, "policy.toml"), encoding="utf-8") as fh:
    if fh.read() != POLICY:
        err("policy.toml differs from the brief")

if errors:
    print("\n".join(errors))
    sys.exit(1)

# counts
clean = sum(1 for p in posts if not lab[p["id"]]["rules"])
media = len(paths)
photos = sum(1 for p in posts for m in p["media"] if m["type"] == "photo")
videos = media - photos
geos = sum(1 for p in posts if p["geo"])
geo_clean = sum(1 for p in posts if p["geo"] and not lab[p["id"]]["rules"])
replies = sum(1 for p in posts if p["in_reply_to"])
ext = sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] not in by_id)
dates = sorted(p["created_at"] for p in posts)
rc, uc = Counter(), Counter()
for l in labels:
    rc.update(l["rules"])
    uc.update(l["unsure"])
out = OrderedDict([
    ("accounts", len(accounts)),
    ("official", sum(1 for a in accounts if a["role"] == "official")),
    ("personal", sum(1 for a in accounts if a["role"] == "personal")),
    ("posts", len(posts)),
    ("media", media), ("photos", photos), ("videos", videos),
    ("posts_with_media", sum(1 for p in posts if p["media"])),
    ("geotags", geos), ("geotags_on_clean_posts", geo_clean),
    ("replies", replies), ("replies_in_bundle", replies - ext), ("replies_external", ext),
    ("clean_posts", clean), ("clean_share", round(clean / len(posts), 4)),
    ("first_date", dates[0]), ("last_date", dates[-1]),
    ("register_names", len(reg)), ("supported_names_in_posts", len(supported)),
    ("register_share", round(len(reg) / len(supported), 4)),
    ("rules", dict(sorted(rc.items()))), ("unsure", dict(sorted(uc.items()))),
    ("posts_per_platform", dict(Counter(p["platform"] for p in posts))),
])
acc_rows = []
for a in accounts:
    n = sum(1 for p in posts if p["account_id"] == a["id"])
    acc_rows.append([a["id"], a["role"], a["is_public"], a["location_sharing"], n,
                     lab[a["id"]]["rules"], lab[a["id"]]["unsure"]])
out["accounts_table"] = acc_rows
print(json.dumps(out, ensure_ascii=False, indent=1))
print("OK")
