#!/usr/bin/env python3
"""Validate the frozen17 Twins Trust set in ../twins/ and print the counts used in its README.

Checks: JSON validity, accounts first, unique ids, id formats, dates in range, per-account time order,
reply targets, one label line per subject, label rule ids and subject kinds, policy-clause constraints,
media/geo consistency, clean share, register share and that every listed name occurs in the posts.
Exit status 1 on any failure.  Usage: python3 twins_validate.py [--json]
"""
import collections
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.normpath(os.path.join(HERE, "..", "twins"))
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
# rules the Twins Trust FCS protocol has no clause for: allowed only in `unsure`
NO_CLAUSE = {"controversial-official"}
LO, HI = "2033-05-01T00:00:00Z", "2033-10-31T23:59:59Z"

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: invalid JSON: {e}")
    return out


bundle = load("bundle.jsonl")
labels = load("labels.jsonl")

accounts = [r for r in bundle if r.get("kind") == "account"]
posts = [r for r in bundle if r.get("kind") == "post"]
if len(accounts) + len(posts) != len(bundle):
    err("records with unknown kind")
seen_post = False
for r in bundle:
    if r["kind"] == "post":
        seen_post = True
    elif seen_post:
        err(f"account {r['id']} after posts")

acc_ids = [a["id"] for a in accounts]
if len(set(acc_ids)) != len(acc_ids):
    err("duplicate account ids")
acc = {a["id"]: a for a in accounts}
for a in accounts:
    if a["platform"] not in PLATFORMS or not a["id"].startswith(a["platform"] + ":"):
        err(f"bad account platform {a['id']}")
    if a["role"] not in ("personal", "official"):
        err(f"bad role {a['id']}")
    for k in ("kind", "id", "platform", "handle", "display_name", "role", "bio", "about_text",
              "website", "is_public", "location_sharing"):
        if k not in a:
            err(f"account {a['id']} missing {k}")

post_ids = [p["id"] for p in posts]
if len(set(post_ids)) != len(post_ids):
    err("duplicate post ids")
pid_re = re.compile(r"^(x|facebook|instagram|blog|bluesky|mastodon|linkedin):93\d{17}$")
by_id = {p["id"]: p for p in posts}
last = {}
order_seen = []
for p in posts:
    if not pid_re.match(p["id"]):
        err(f"bad post id {p['id']}")
    if p["account_id"] not in acc:
        err(f"post {p['id']} has no account")
    elif acc[p["account_id"]]["platform"] != p["platform"] or not p["id"].startswith(p["platform"] + ":"):
        err(f"platform mismatch {p['id']}")
    if not (LO <= p["created_at"] <= HI) or not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", p["created_at"]):
        err(f"date out of range {p['id']} {p['created_at']}")
    if p["account_id"] in last and p["created_at"] < last[p["account_id"]]:
        err(f"posts not in time order for {p['account_id']} at {p['id']}")
    if order_seen and order_seen[-1] != p["account_id"] and p["account_id"] in order_seen:
        err(f"posts of {p['account_id']} not grouped")
    if not order_seen or order_seen[-1] != p["account_id"]:
        order_seen.append(p["account_id"])
    last[p["account_id"]] = p["created_at"]
    if p["visibility"] not in ("public", "friends"):
        err(f"bad visibility {p['id']}")
    if not p["text"].strip():
        err(f"empty text {p['id']}")
    irt = p["in_reply_to"]
    if irt is not None:
        if irt["post_id"] in by_id:
            parent = by_id[irt["post_id"]]
            if parent["platform"] != p["platform"]:
                err(f"cross-platform thread {p['id']}")
            if parent["account_id"] != irt["account"]:
                err(f"reply account mismatch {p['id']}")
            if parent["created_at"] >= p["created_at"]:
                err(f"reply before parent {p['id']}")
        else:
            if not re.match(r"^9910\d{15}$", irt["post_id"]):
                err(f"external reply id {irt['post_id']} in {p['id']}")
            if irt["account"] in acc:
                err(f"external reply to enrolled account {p['id']}")
            if not irt["account"].startswith(p["platform"] + ":@"):
                err(f"external reply account on other platform {p['id']}")
    for m in p["media"]:
        if not re.match(r"^media/d\d{3}\.(jpg|mp4)$", m["path"]) or not m.get("alt_text"):
            err(f"bad media {p['id']}")
        if m["type"] == "video" and not m["path"].endswith(".mp4"):
            err(f"video ext {p['id']}")
    if p["geo"] is not None:
        g = p["geo"]
        if not (-90 <= g["lat"] <= 90 and -180 <= g["lon"] <= 180 and g["place_name"]):
            err(f"bad geo {p['id']}")
media_paths = [m["path"] for p in posts for m in p["media"]]
if len(set(media_paths)) != len(media_paths):
    err("duplicate media paths")

# labels
lab = {}
for l in labels:
    if set(l) != {"subject", "rules", "unsure", "why"}:
        err(f"label keys {l}")
    if l["subject"] in lab:
        err(f"duplicate label {l['subject']}")
    lab[l["subject"]] = l
subjects = set(acc_ids) | set(post_ids)
for s in subjects - set(lab):
    err(f"no label for {s}")
for s in set(lab) - subjects:
    err(f"label for unknown subject {s}")
for s, l in lab.items():
    for r in l["rules"] + l["unsure"]:
        if r not in RULES:
            err(f"unknown rule {r} on {s}")
    if set(l["rules"]) & set(l["unsure"]):
        err(f"rule both sure and unsure on {s}")
    if len(set(l["rules"])) != len(l["rules"]):
        err(f"repeated rule on {s}")
    if set(l["rules"]) & NO_CLAUSE:
        err(f"rule without a Twins clause in rules on {s}")
    if not l["why"].strip():
        err(f"empty why on {s}")
    if s in acc:
        if not set(l["rules"] + l["unsure"]) <= ACCOUNT_RULES:
            err(f"account label with post rule {s}")
        if acc[s]["role"] == "official" and l["rules"]:
            err(f"official account flagged {s}")
    elif s in by_id:
        p = by_id[s]
        if set(l["rules"] + l["unsure"]) & ACCOUNT_RULES:
            err(f"post label with account rule {s}")
        rr = set(l["rules"])
        if "geotag" in rr and p["geo"] is None:
            err(f"geotag label without geo {s}")
        if p["geo"] is not None and not ({"geotag"} & set(l["rules"] + l["unsure"])):
            err(f"geo present but geotag neither sure nor unsure {s}")
        if rr & {"family-photo", "logo-misuse"} and not p["media"]:
            err(f"photo rule without media {s}")
        if "logo-misuse" in rr and acc[p["account_id"]]["role"] == "official":
            err(f"logo-misuse on official {s}")
        if "advice-to-family" in rr and p["in_reply_to"] is None:
            pass  # allowed (could be a post addressed to the family), none expected here

# names / register
names = []
for line in open(os.path.join(HERE, "twins_names.txt"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    n, flag = line.split()
    names.append((n.lower(), flag == "R"))
alltext = "\n".join(p["text"] + " " + " ".join(m["alt_text"] or "" for m in p["media"]) for p in posts).lower()
for n, _ in names:
    if not re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", alltext):
        err(f"listed name {n} does not occur in the posts")
with open(os.path.join(D, "register.csv"), encoding="utf-8") as fh:
    reg = [row["name"].lower() for row in csv.DictReader(fh)]
if sorted(reg) != sorted(n for n, r in names if r):
    err("register.csv does not match twins_names.txt")
reg_share = len(reg) / len(names)

pol = open(os.path.join(D, "policy.toml"), encoding="utf-8").read()
if pol != ('# frozen17: pack plus this set\'s partial protected-names register\n'
           'extends = "twins-trust-fcs"\n[names]\nregister = "register.csv"\n'):
    err("policy.toml differs from the brief")

# counts
post_labels = [lab[p["id"]] for p in posts]
clean = sum(1 for l in post_labels if not l["rules"])
clean_share = clean / len(posts)
if len(accounts) != 18 or sum(a["role"] == "official" for a in accounts) != 3:
    err("need 18 accounts, 3 official")
if len({a["platform"] for a in accounts if a["role"] == "official"}) != 3:
    err("official accounts must be on different platforms")
if len(posts) < 300:
    err("fewer than 300 posts")
if not (0.45 <= clean_share <= 0.55):
    err(f"clean share {clean_share:.3f} outside 45-55%")

rule_count = collections.Counter(r for l in labels for r in l["rules"])
unsure_count = collections.Counter(r for l in labels for r in l["unsure"])
dates = sorted(p["created_at"] for p in posts)
stats = {
    "accounts": len(accounts),
    "official_accounts": sum(a["role"] == "official" for a in accounts),
    "personal_accounts": sum(a["role"] == "personal" for a in accounts),
    "posts": len(posts),
    "posts_with_media": sum(1 for p in posts if p["media"]),
    "media_items": len(media_paths),
    "videos": sum(1 for p in posts for m in p["media"] if m["type"] == "video"),
    "geotagged_posts": sum(1 for p in posts if p["geo"]),
    "replies": sum(1 for p in posts if p["in_reply_to"]),
    "replies_in_bundle": sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] in by_id),
    "replies_external": sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] not in by_id),
    "friends_only_posts": sum(1 for p in posts if p["visibility"] == "friends"),
    "clean_posts": clean,
    "clean_share": round(clean_share, 3),
    "posts_with_unsure": sum(1 for l in post_labels if l["unsure"]),
    "first_date": dates[0], "last_date": dates[-1],
    "names_in_posts": len(names), "names_in_register": len(reg), "register_share": round(reg_share, 3),
    "rules": dict(sorted(rule_count.items())), "unsure": dict(sorted(unsure_count.items())),
    "per_account": {a["id"]: sum(1 for p in posts if p["account_id"] == a["id"]) for a in accounts},
}
if "--json" in sys.argv:
    print(json.dumps(stats, indent=1))
else:
    for k, v in stats.items():
        if k != "per_account":
            print(f"{k}: {v}")
if errors:
    print(f"\n{len(errors)} ERRORS", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK: all checks passed")
