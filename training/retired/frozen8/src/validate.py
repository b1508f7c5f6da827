#!/usr/bin/env python3
"""Check a frozen8 set: JSON parses, references resolve, labels cover every subject,
rule ids are exactly CONTRACT's; print counts for the README. Reads, never writes."""
import json, re, sys, os, collections
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
ACC_RULES = {"disclaimer-missing", "privacy-settings"}
org = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
d = os.path.join(os.path.dirname(here), org)
pfx, ext = {"twins": ("73", "9892"), "cft": ("74", "9893")}[org]
bad = []
recs = [json.loads(l) for l in open(os.path.join(d, "bundle.jsonl"), encoding="utf-8")]
labs = [json.loads(l) for l in open(os.path.join(d, "labels.jsonl"), encoding="utf-8")]
accs = {r["id"]: r for r in recs if r["kind"] == "account"}
posts = {r["id"]: r for r in recs if r["kind"] == "post"}
for p in posts.values():
    plat, digits = p["id"].split(":")
    if plat != p["platform"] or not digits.startswith(pfx) or not digits.isdigit(): bad.append(("id", p["id"]))
    if p["account_id"] not in accs: bad.append(("account", p["id"]))
    if not ("2028-11-01" <= p["created_at"][:10] <= "2029-04-30"): bad.append(("date", p["id"]))
    r = p["in_reply_to"]
    if r:
        if r["post_id"] in posts:
            if posts[r["post_id"]]["platform"] != p["platform"] or posts[r["post_id"]]["created_at"] >= p["created_at"]: bad.append(("thread", p["id"]))
        elif not r["post_id"].split(":")[1].startswith(ext): bad.append(("ext", p["id"]))
subj = collections.Counter(l["subject"] for l in labs)
for s in list(accs) + list(posts):
    if subj[s] != 1: bad.append(("label-count", s))
for l in labs:
    if l["subject"] not in accs and l["subject"] not in posts: bad.append(("label-subject", l["subject"]))
    for r in l["rules"] + l["unsure"]:
        if r not in RULES: bad.append(("rule", l["subject"], r))
        if (r in ACC_RULES) != (l["subject"] in accs): bad.append(("rule-kind", l["subject"], r))
    if set(l["rules"]) & set(l["unsure"]): bad.append(("both", l["subject"]))
pos = collections.Counter(r for l in labs for r in l["rules"])
uns = collections.Counter(r for l in labs for r in l["unsure"])
reg = [x.strip() for x in open(os.path.join(d, "register.csv"), encoding="utf-8")][1:]
mentioned = [x.strip() for x in open(os.path.join(here, f"{org}_names_mentioned.txt"), encoding="utf-8") if x.strip()]
text = " ".join(p["text"].lower() for p in posts.values())
for n in mentioned:
    if not re.search(r"(?<![a-z])" + re.escape(n.lower()) + r"(?![a-z])", text): bad.append(("name-not-in-text", n))
for n in reg:
    if n not in mentioned: bad.append(("register-not-mentioned", n))
clean = sum(1 for l in labs if l["subject"] in posts and not l["rules"])
print(json.dumps({"org": org, "accounts": len(accs), "posts": len(posts),
                  "media": sum(len(p["media"]) for p in posts.values()),
                  "posts_with_no_positive": clean,
                  "positives": {r: pos.get(r, 0) for r in sorted(RULES)},
                  "unsure": {r: uns.get(r, 0) for r in sorted(RULES) if uns.get(r)},
                  "register_listed": len(reg), "names_mentioned": len(mentioned),
                  "problems": bad}, indent=1))
sys.exit(1 if bad else 0)
