#!/usr/bin/env python3
"""Print the README count tables for the frozen15 CFT set (markdown)."""
import collections
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(os.path.dirname(HERE), "cft")
sys.path.insert(0, HERE)
from cft_build import parse_accounts  # noqa: E402

bundle = [json.loads(l) for l in open(os.path.join(D, "bundle.jsonl"), encoding="utf-8")]
labels = {json.loads(l)["subject"]: json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")}
accounts = [r for r in bundle if r["kind"] == "account"]
posts = [r for r in bundle if r["kind"] == "post"]
ids = {p["id"] for p in posts}
src = {a["id"]: a for a in parse_accounts(os.path.join(HERE, "cft_accounts.txt"))}

media = sum(len(p["media"]) for p in posts)
videos = sum(1 for p in posts for m in p["media"] if m["type"] == "video")
posts_with_media = sum(1 for p in posts if p["media"])
geo = sum(1 for p in posts if p["geo"])
replies = [p for p in posts if p["in_reply_to"]]
threads = sum(1 for p in replies if p["in_reply_to"]["post_id"] in ids)
clean = sum(1 for p in posts if not labels[p["id"]]["rules"])
dates = sorted(p["created_at"] for p in posts)
reg = [r["name"] for r in csv.DictReader(open(os.path.join(D, "register.csv"), encoding="utf-8"))]
n_names = int(sys.argv[1]) if len(sys.argv) > 1 else None

print("| count | value |\n|---|---|")
print(f"| accounts | {len(accounts)} ({sum(a['role']=='official' for a in accounts)} official, {sum(a['role']=='personal' for a in accounts)} personal) |")
print(f"| posts | {len(posts)} |")
print(f"| media | {media} items ({media - videos} photos, {videos} video) on {posts_with_media} posts |")
print(f"| geotags | {geo} posts with `geo` |")
print(f"| replies | {len(replies)} ({threads} in-bundle thread replies, {len(replies) - threads} to non-enrolled accounts, post_id `9907…`) |")
print(f"| clean share | {clean}/{len(posts)} = {clean/len(posts):.1%} posts with empty `rules` |")
print(f"| dates | {dates[0]} … {dates[-1]} |")
print(f"| id prefix | `platform:88…` (19 digits) |")
if n_names:
    print(f"| register share | {len(reg)} of {n_names} supported-family first names = {len(reg)/n_names:.0%} |")

rules = collections.Counter()
unsure = collections.Counter()
for l in labels.values():
    rules.update(l["rules"])
    unsure.update(l["unsure"])
order = ["name-leak", "sensitive-info", "family-photo", "geotag", "location-disclosure", "logo-misuse",
         "criticism", "advice-to-family", "controversial-official", "contact-details",
         "disclaimer-missing", "privacy-settings"]
print("\n| rule | rules | unsure |\n|---|---|---|")
for r in order:
    print(f"| `{r}` | {rules[r]} | {unsure[r]} |")
print(f"| total | {sum(rules.values())} | {sum(unsure.values())} |")

per = collections.Counter(p["account_id"] for p in posts)
print("\n| id | role | voice | disclaimer | is_public | location_sharing | posts | account labels |\n|---|---|---|---|---|---|---|---|")
fmt = lambda v: "null" if v is None else str(v).lower()
for a in accounts:
    s = src[a["id"]]
    l = labels[a["id"]]
    lab = ", ".join(f"`{r}`" for r in l["rules"]) or "—"
    if l["unsure"]:
        lab += "; unsure " + ", ".join(f"`{r}`" for r in l["unsure"])
    print(f"| `{a['id']}` | {a['role']}: {s['persona']} | {s['voice']} | {s['disclaimer']} | {fmt(a['is_public'])} | {fmt(a['location_sharing'])} | {per[a['id']]} | {lab} |")
