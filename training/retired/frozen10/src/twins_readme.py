#!/usr/bin/env python3
"""Write twins/README.md (counts and tables only, never post text) and twins/SHA256SUMS."""
import collections
import csv
import hashlib
import json
import os

SRC = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(os.path.dirname(SRC), "twins")
RULES = ["disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"]

bundle = [json.loads(l) for l in open(os.path.join(D, "bundle.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
lab = {l["subject"]: l for l in labels}
accounts = [r for r in bundle if r["kind"] == "account"]
posts = [r for r in bundle if r["kind"] == "post"]
ids = {p["id"] for p in posts}
media = [m for p in posts for m in p["media"]]
mtypes = collections.Counter(m["type"] for m in media)
geo = sum(1 for p in posts if p["geo"])
replies = [p for p in posts if p["in_reply_to"]]
threads = sum(1 for p in replies if p["in_reply_to"]["post_id"] in ids)
reg = [row["name"] for row in csv.DictReader(open(os.path.join(D, "register.csv"), encoding="utf-8"))]
dates = sorted(p["created_at"] for p in posts)
post_labels = [lab[p["id"]] for p in posts]
no_rule = sum(1 for l in post_labels if not l["rules"])
fully_clean = sum(1 for l in post_labels if not l["rules"] and not l["unsure"])
langs = collections.Counter(p["lang"] for p in posts)


def fmt(v):
    return "null" if v is None else str(v).lower()


out = []
w = out.append
w("# frozen10 — Twins Trust half (`twins`)")
w("")
w("Frozen held-out test set for the social-media policy auditor, written by hand for the")
w("Twins Trust Family Crisis Support protocol (pack `twins-trust-fcs`). Everything here is")
w("fictional: accounts, handles, families, phone numbers and places-in-context are made up.")
w("")
w("Files: `bundle.jsonl` (CONTRACT §2 records), `labels.jsonl` (one label per subject, same")
w("order), `register.csv` (partial protected-names register), `policy.toml` (pack plus the")
w("register), `SHA256SUMS`. Sources and scripts: `src/twins_*` (hand-written posts in")
w("`src/twins_posts*.txt`, accounts in `src/twins_accounts.json`; `twins_build.py` only assigns")
w("ids, timestamps, media paths and URLs and serialises; `twins_validate.py` checks the set).")
w("")
w("Run: `socialaudit audit --policy twins/policy.toml --input twins/bundle.jsonl --format json`")
w("")
w("## Counts")
w("")
w(f"- accounts: {len(accounts)} ({sum(a['role']=='official' for a in accounts)} official, "
  f"{sum(a['role']=='personal' for a in accounts)} personal)")
w(f"- posts: {len(posts)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))} by `lang`)")
w(f"- media: {len(media)} ({', '.join(f'{v} {k}' for k, v in sorted(mtypes.items()))}); files not provided, alt text is honest")
w(f"- geo objects: {geo}")
w(f"- replies: {len(replies)} ({threads} to posts in this bundle, {len(replies)-threads} to non-enrolled accounts)")
w(f"- created_at span: {dates[0]} … {dates[-1]}")
w(f"- posts with no positive rule: {no_rule} ({100*no_rule/len(posts):.1f}%); "
  f"with neither rules nor unsure: {fully_clean} ({100*fully_clean/len(posts):.1f}%)")
w(f"- register: {len(reg)} first names, about 60% of the supported-family first names used in the posts;"
  " the rest (and surnames, nicknames) must be found without it")
w("")
w("Ids: posts `platform:77…` (19 digits), non-enrolled reply targets `platform:9896…` (19 digits),")
w("accounts `platform:@handle`, blogs `blog:<site>`.")
w("")
w("## Accounts")
w("")
w("| account id | platform | role | is_public | location_sharing | posts | account rules | account unsure |")
w("|---|---|---|---|---|---|---|---|")
for a in accounts:
    n = sum(1 for p in posts if p["account_id"] == a["id"])
    l = lab[a["id"]]
    w(f"| `{a['id']}` | {a['platform']} | {a['role']} | {fmt(a['is_public'])} | "
      f"{fmt(a['location_sharing'])} | {n} | {', '.join(l['rules']) or '–'} | {', '.join(l['unsure']) or '–'} |")
w("")
w("## Positives and unsure per rule")
w("")
w("| rule | subject | positives | unsure |")
w("|---|---|---|---|")
pos = collections.Counter(r for l in labels for r in l["rules"])
uns = collections.Counter(r for l in labels for r in l["unsure"])
for r in RULES:
    subj = "account" if r in ("disclaimer-missing", "privacy-settings") else "post"
    w(f"| `{r}` | {subj} | {pos[r]} | {uns[r]} |")
w(f"| **total** | | {sum(pos.values())} | {sum(uns.values())} |")
w("")
w("## Labelling notes")
w("")
w("- `unsure` marks pairs where a reasonable coordinator could go either way; leave them out of scoring.")
w("- Authorised campaign case studies on official accounts (the protocol's planned-media route) are `unsure`")
w("  for name/photo/sensitive rules, not positives.")
w("- Geotags on posts that are not about a visit or a family (own runs, shopping, beach days, public events")
w("  posted by official accounts) are `unsure`; geotags on posts about a visit or a supported family are positives.")
w("- Official charity vests, badges and fundraising-page screenshots carrying the logo are `unsure` for")
w("  `logo-misuse`; home-made copies of the logo (cakes, posters, stickers, altered designs) are positives.")
w("- `controversial-official` is only ever labelled on official accounts; political posts from personal")
w("  accounts are hard negatives.")
w("- Hard negatives include authors' own children and grandchildren, staff and volunteer first names,")
w("  thanks and praise, transport and weather complaints, fundraising, events, correct Twinline details,")
w("  and a register name used in an unrelated sense.")
w("")
open(os.path.join(D, "README.md"), "w", encoding="utf-8").write("\n".join(out))

with open(os.path.join(D, "SHA256SUMS"), "w", encoding="utf-8") as fh:
    for name in ["bundle.jsonl", "labels.jsonl", "register.csv", "policy.toml", "README.md"]:
        h = hashlib.sha256(open(os.path.join(D, name), "rb").read()).hexdigest()
        fh.write(f"{h}  {name}\n")
print(open(os.path.join(D, "SHA256SUMS")).read())
