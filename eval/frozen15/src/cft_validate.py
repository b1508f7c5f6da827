#!/usr/bin/env python3
"""Validate the frozen15 CFT set: JSON, ids, dates, ordering, labels, register, policy."""
import collections
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(os.path.dirname(HERE), "cft")
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
POLICY = ('# frozen15: pack plus this set\'s partial protected-names register\n'
          'extends = "childrens-family-trust"\n[names]\nregister = "register.csv"\n')
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    out = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path}:{n}: bad JSON {e}")
    return out


bundle = load(os.path.join(D, "bundle.jsonl"))
labels = load(os.path.join(D, "labels.jsonl"))

accounts = [r for r in bundle if r["kind"] == "account"]
posts = [r for r in bundle if r["kind"] == "post"]
# accounts first
kinds = [r["kind"] for r in bundle]
if kinds != ["account"] * len(accounts) + ["post"] * len(posts):
    err("accounts are not all before posts")
if len(accounts) != 18:
    err(f"{len(accounts)} accounts, expected 18")
officials = [a for a in accounts if a["role"] == "official"]
if len(officials) != 3 or len({a["platform"] for a in officials}) != 3:
    err("need 3 official accounts on different platforms")
if len(posts) < 300:
    err(f"only {len(posts)} posts")

ids = [r["id"] for r in bundle]
dup = [i for i, c in collections.Counter(ids).items() if c > 1]
if dup:
    err(f"duplicate ids {dup}")
acc_ids = {a["id"] for a in accounts}
post_ids = {p["id"] for p in posts}
by_id = {p["id"]: p for p in posts}

for a in accounts:
    if a["platform"] not in PLATFORMS:
        err(f"{a['id']}: platform")
    if a["platform"] == "blog":
        if a["id"] != f"blog:{a['handle']}":
            err(f"{a['id']}: blog id")
    elif a["id"] != f"{a['platform']}:@{a['handle']}":
        err(f"{a['id']}: id/handle mismatch")
    for k in ["kind", "id", "platform", "handle", "display_name", "role", "bio", "about_text",
              "website", "is_public", "location_sharing"]:
        if k not in a:
            err(f"{a['id']}: missing {k}")

seen_accounts = []
last_time = {}
for p in posts:
    pid = p["id"]
    m = re.fullmatch(r"([a-z]+):(\d+)", pid)
    if not m or m.group(1) != p["platform"] or len(m.group(2)) != 19 or not m.group(2).startswith("88"):
        err(f"{pid}: bad post id")
    if p["account_id"] not in acc_ids:
        err(f"{pid}: account not enrolled")
    elif p["platform"] != p["account_id"].split(":")[0]:
        err(f"{pid}: platform differs from account")
    if not ("2032-05-01T00:00:00Z" <= p["created_at"] <= "2032-10-31T23:59:59Z"):
        err(f"{pid}: date out of range {p['created_at']}")
    if not re.fullmatch(r"2032-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["created_at"]):
        err(f"{pid}: date format")
    # grouping and time order
    if not seen_accounts or seen_accounts[-1] != p["account_id"]:
        if p["account_id"] in seen_accounts:
            err(f"{pid}: account posts not contiguous")
        seen_accounts.append(p["account_id"])
    if p["account_id"] in last_time and p["created_at"] < last_time[p["account_id"]]:
        err(f"{pid}: not in time order")
    last_time[p["account_id"]] = p["created_at"]
    r = p["in_reply_to"]
    if r:
        if r["post_id"] in post_ids:
            parent = by_id[r["post_id"]]
            if parent["platform"] != p["platform"]:
                err(f"{pid}: cross-platform thread")
            if parent["account_id"] != r["account"]:
                err(f"{pid}: reply account mismatch")
            if parent["created_at"] >= p["created_at"]:
                err(f"{pid}: reply before parent")
        else:
            if not re.fullmatch(r"9907\d{15}", r["post_id"]):
                err(f"{pid}: external reply id {r['post_id']}")
            if r["account"] in acc_ids:
                err(f"{pid}: external reply to enrolled account")
            if not r["account"].startswith(p["platform"] + ":"):
                err(f"{pid}: external reply account on other platform")
    for md in p["media"]:
        if not re.fullmatch(r"media/d\d{3}\.(jpg|mp4)", md["path"]):
            err(f"{pid}: media path {md['path']}")
        if not md.get("alt_text"):
            err(f"{pid}: media without alt text")
    if p["visibility"] not in ("public", "friends"):
        err(f"{pid}: visibility")
    if not p["text"].strip():
        err(f"{pid}: empty text")

paths = [m["path"] for p in posts for m in p["media"]]
if len(paths) != len(set(paths)):
    err("duplicate media paths")
if sum(1 for x in paths if x.endswith(".mp4")) != 1:
    err("expected exactly one video")

# labels
lab = {}
for l in labels:
    if l["subject"] in lab:
        err(f"duplicate label {l['subject']}")
    lab[l["subject"]] = l
    for k in ("subject", "rules", "unsure", "why"):
        if k not in l:
            err(f"label {l.get('subject')}: missing {k}")
if set(lab) != set(ids):
    err(f"label subjects differ: missing {set(ids) - set(lab)}, extra {set(lab) - set(ids)}")
if [l["subject"] for l in labels] != ids:
    err("label order differs from bundle order")
for sid, l in lab.items():
    rs, us = set(l["rules"]), set(l["unsure"])
    if rs - RULES or us - RULES:
        err(f"{sid}: unknown rule {rs - RULES | us - RULES}")
    if rs & us:
        err(f"{sid}: rule both in rules and unsure {rs & us}")
    if len(l["rules"]) != len(rs) or len(l["unsure"]) != len(us):
        err(f"{sid}: repeated rule")
    if not l["why"]:
        err(f"{sid}: empty why")
    if sid in acc_ids:
        if (rs | us) - ACCOUNT_RULES:
            err(f"{sid}: post rule on account")
    else:
        p = by_id[sid]
        if (rs | us) & ACCOUNT_RULES:
            err(f"{sid}: account rule on post")
        if ("geotag" in rs | us) and not p["geo"]:
            err(f"{sid}: geotag without geo")
        if p["geo"] and "geotag" not in rs | us:
            err(f"{sid}: geo present but geotag unlabelled")
        if ("family-photo" in rs or "logo-misuse" in rs | us) and not p["media"]:
            err(f"{sid}: photo rule without media")
        if "family-photo" in us and not p["media"]:
            err(f"{sid}: family-photo unsure without media")
        if "controversial-official" in rs | us:
            acc = next(a for a in accounts if a["id"] == p["account_id"])
            if acc["role"] != "official":
                err(f"{sid}: controversial-official on personal account")
        # rules with no CFT clause must never be in rules
        for r in ("logo-misuse", "advice-to-family", "contact-details"):
            if r in rs:
                err(f"{sid}: {r} has no CFT clause, only unsure allowed")
        if "disclaimer" in l["why"].lower() and False:
            pass

clean = sum(1 for p in posts if not lab[p["id"]]["rules"])
share = clean / len(posts)
if not (0.45 <= share <= 0.55):
    err(f"clean share {share:.3f} outside 45-55%")

# register
reg_path = os.path.join(D, "register.csv")
if os.path.exists(reg_path):
    rows = list(csv.DictReader(open(reg_path, encoding="utf-8")))
    names = [r["name"] for r in rows]
    alltext = " ".join(p["text"].lower() for p in posts)
    for nm in names:
        if nm.lower() not in alltext:
            err(f"register name {nm} not in any post")
else:
    err("register.csv missing")

pol = os.path.join(D, "policy.toml")
if not os.path.exists(pol) or open(pol, encoding="utf-8").read() != POLICY:
    err("policy.toml missing or not exact")

print(f"accounts={len(accounts)} posts={len(posts)} clean={clean} ({share:.1%}) media={len(paths)}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
