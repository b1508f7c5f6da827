#!/usr/bin/env python3
"""Validate the Twins Trust half of frozen10 (bundle, labels, register, policy)."""
import collections
import csv
import json
import os
import re
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(os.path.dirname(SRC), "twins")

RULES = ["disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"]
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
ACCOUNT_KEYS = ["kind", "id", "platform", "handle", "display_name", "role", "bio", "about_text",
                "website", "is_public", "location_sharing"]
POST_KEYS = ["kind", "id", "account_id", "platform", "created_at", "text", "url", "lang",
             "in_reply_to", "geo", "media", "visibility"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa
                err(f"{name}:{i}: bad JSON: {e}")
    return out


bundle = load("bundle.jsonl")
labels = load("labels.jsonl")

# --- structure
accounts = [r for r in bundle if r.get("kind") == "account"]
posts = [r for r in bundle if r.get("kind") == "post"]
if bundle[:len(accounts)] != accounts:
    err("account records are not all first")
if len(accounts) != 18:
    err(f"expected 18 accounts, got {len(accounts)}")
roles = collections.Counter(a["role"] for a in accounts)
if roles != {"official": 3, "personal": 15}:
    err(f"roles: {roles}")
if len(posts) < 300:
    err(f"only {len(posts)} posts")
for a in accounts:
    if list(a.keys()) != ACCOUNT_KEYS:
        err(f"{a['id']}: account keys {list(a.keys())}")
    if a["platform"] not in PLATFORMS:
        err(f"{a['id']}: platform")
    want = f"blog:{a['handle']}" if a["platform"] == "blog" else f"{a['platform']}:@{a['handle']}"
    if a["id"] != want:
        err(f"{a['id']}: id does not match platform/handle")
    for k in ("is_public", "location_sharing"):
        if a[k] not in (True, False, None):
            err(f"{a['id']}: {k}")
print("platforms:", sorted({a["platform"] for a in accounts}))

# --- ids unique and prefixes
ids = [r["id"] for r in bundle]
dups = [i for i, c in collections.Counter(ids).items() if c > 1]
if dups:
    err(f"duplicate ids: {dups}")
acct_ids = {a["id"]: a for a in accounts}
post_by_id = {}
seen_accounts = []
for p in posts:
    if list(p.keys()) != POST_KEYS:
        err(f"{p['id']}: post keys {list(p.keys())}")
    plat, num = p["id"].split(":", 1)
    if plat != p["platform"] or not re.fullmatch(r"77\d{17}", num):
        err(f"{p['id']}: bad post id")
    if p["account_id"] not in acct_ids:
        err(f"{p['id']}: account not enrolled")
    elif acct_ids[p["account_id"]]["platform"] != p["platform"]:
        err(f"{p['id']}: platform differs from account")
    if not ("2029-11-01T00:00:00Z" <= p["created_at"] <= "2030-04-30T23:59:59Z"):
        err(f"{p['id']}: date {p['created_at']}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["created_at"]):
        err(f"{p['id']}: date format")
    if p["visibility"] not in ("public", "friends", "private", None):
        err(f"{p['id']}: visibility")
    if not p["text"].strip():
        err(f"{p['id']}: empty text")
    for m in p["media"]:
        if m["type"] not in ("photo", "video") or not m["alt_text"]:
            err(f"{p['id']}: media entry")
        if not re.fullmatch(r"media/t\d{3}\.(jpg|mp4)", m["path"]):
            err(f"{p['id']}: media path")
    if p["geo"] is not None:
        g = p["geo"]
        if not (49 < g["lat"] < 61 and -9 < g["lon"] < 2 and g["place_name"]):
            err(f"{p['id']}: geo {g}")
    post_by_id[p["id"]] = p
    if not seen_accounts or seen_accounts[-1] != p["account_id"]:
        if p["account_id"] in seen_accounts:
            err(f"{p['id']}: account's posts not contiguous")
        seen_accounts.append(p["account_id"])
if seen_accounts != [a["id"] for a in accounts if a["id"] in seen_accounts]:
    err("post groups not in account order")
for prev, cur in zip(posts, posts[1:]):
    if prev["account_id"] == cur["account_id"] and prev["created_at"] > cur["created_at"]:
        err(f"{cur['id']}: not in time order")
media_paths = [m["path"] for p in posts for m in p["media"]]
if len(media_paths) != len(set(media_paths)):
    err("duplicate media paths")

# --- replies
replies = ext_replies = 0
for p in posts:
    r = p["in_reply_to"]
    if r is None:
        continue
    replies += 1
    if r["post_id"] in post_by_id:
        t = post_by_id[r["post_id"]]
        if t["platform"] != p["platform"]:
            err(f"{p['id']}: reply across platforms")
        if t["account_id"] != r["account"]:
            err(f"{p['id']}: reply account mismatch")
        if t["created_at"] >= p["created_at"]:
            err(f"{p['id']}: reply before its target")
    else:
        ext_replies += 1
        plat, num = r["post_id"].split(":", 1)
        if not re.fullmatch(r"9896\d{15}", num):
            err(f"{p['id']}: non-enrolled target id {r['post_id']}")
        if r["account"] in acct_ids:
            err(f"{p['id']}: external target names an enrolled account")
        if plat != p["platform"] or not r["account"].startswith(p["platform"] + ":@"):
            err(f"{p['id']}: external target platform")
        if r["post_id"].startswith(p["platform"] + ":77"):
            err(f"{p['id']}: dangling in-bundle reply")

# --- labels
if len(labels) != len(bundle):
    err(f"labels {len(labels)} vs bundle {len(bundle)}")
for rec, lab in zip(bundle, labels):
    if list(lab.keys()) != ["subject", "rules", "unsure", "why"]:
        err(f"{lab.get('subject')}: label keys")
    if lab["subject"] != rec["id"]:
        err(f"label order: {lab['subject']} vs {rec['id']}")
    for r in lab["rules"] + lab["unsure"]:
        if r not in RULES:
            err(f"{lab['subject']}: unknown rule {r}")
        if rec["kind"] == "account" and r not in ACCOUNT_RULES:
            err(f"{lab['subject']}: post rule on account")
        if rec["kind"] == "post" and r in ACCOUNT_RULES:
            err(f"{lab['subject']}: account rule on post")
    if set(lab["rules"]) & set(lab["unsure"]):
        err(f"{lab['subject']}: rule both sure and unsure")
    if len(set(lab["rules"])) != len(lab["rules"]) or len(set(lab["unsure"])) != len(lab["unsure"]):
        err(f"{lab['subject']}: repeated rule")
    if not lab["why"].strip():
        err(f"{lab['subject']}: empty why")
    if rec["kind"] == "post":
        acct = acct_ids[rec["account_id"]]
        if "controversial-official" in lab["rules"] + lab["unsure"] and acct["role"] != "official":
            err(f"{lab['subject']}: controversial-official on a personal account")
        if "logo-misuse" in lab["rules"] + lab["unsure"] and acct["role"] != "personal":
            err(f"{lab['subject']}: logo-misuse on an official account")
        if "family-photo" in lab["rules"] + lab["unsure"] and not rec["media"]:
            err(f"{lab['subject']}: family-photo without media")
        if "logo-misuse" in lab["rules"] + lab["unsure"] and not rec["media"]:
            err(f"{lab['subject']}: logo-misuse without media")
        if "geotag" in lab["rules"] + lab["unsure"] and rec["geo"] is None:
            err(f"{lab['subject']}: geotag without geo")
        if rec["geo"] is not None and "geotag" not in lab["rules"] + lab["unsure"]:
            err(f"{lab['subject']}: geo present but geotag not labelled")
        if "advice-to-family" in lab["rules"] and rec["in_reply_to"] is None:
            print(f"note: advice-to-family outside a reply: {lab['subject']}")

# --- register
with open(os.path.join(D, "register.csv"), encoding="utf-8") as fh:
    reg = [row["name"] for row in csv.DictReader(fh)]
alltext = "\n".join(p["text"] for p in posts)
for n in reg:
    if not re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", alltext, re.I):
        err(f"register name not in any post: {n}")
lab_by_id = {l["subject"]: l for l in labels}
for p in posts:
    for n in reg:
        if re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", p["text"], re.I):
            l = lab_by_id[p["id"]]
            if "name-leak" not in l["rules"] + l["unsure"]:
                print(f"note: register name {n!r} in a post not labelled name-leak: {p['id']}")

# --- policy
pol = open(os.path.join(D, "policy.toml"), encoding="utf-8").read()
want = ('# frozen10: pack plus this set\'s partial protected-names register\n'
        'extends = "twins-trust-fcs"\n[names]\nregister = "register.csv"\n')
if pol != want:
    err("policy.toml differs from the required lines")

# --- summary
pos = collections.Counter(r for l in labels for r in l["rules"])
uns = collections.Counter(r for l in labels for r in l["unsure"])
post_labels = [lab_by_id[p["id"]] for p in posts]
clean = sum(1 for l in post_labels if not l["rules"] and not l["unsure"])
clean_sure = sum(1 for l in post_labels if not l["rules"])
print(f"accounts {len(accounts)}  posts {len(posts)}  media {len(media_paths)}  "
      f"geo {sum(1 for p in posts if p['geo'])}  replies {replies} (non-enrolled {ext_replies})")
print(f"clean posts (no rules, no unsure): {clean} ({100*clean/len(posts):.1f}%); "
      f"no positive rule: {clean_sure} ({100*clean_sure/len(posts):.1f}%)")
for r in RULES:
    print(f"  {r:24s} positives {pos[r]:3d}  unsure {uns[r]:3d}")
print(f"register names: {len(reg)}")
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
