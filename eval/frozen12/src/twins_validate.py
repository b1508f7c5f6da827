#!/usr/bin/env python3
import json, sys, os, unicodedata, collections
sys.path.insert(0, os.path.dirname(__file__))
from twins_names import SUPPORTED_FIRST_NAMES, SUPPORTED_SURNAMES, REGISTER
D = "/work/frozen12-draft/twins"
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
ACC_ONLY = {"disclaimer-missing", "privacy-settings"}
errs = []
def err(m): errs.append(m)

bundle = [json.loads(l) for l in open(f"{D}/bundle.jsonl", encoding="utf-8")]
labels = [json.loads(l) for l in open(f"{D}/labels.jsonl", encoding="utf-8")]
ids = [r["id"] for r in bundle]
if len(ids) != len(set(ids)): err("duplicate ids")
accs = {r["id"]: r for r in bundle if r["kind"] == "account"}
posts = [r for r in bundle if r["kind"] == "post"]
seen_post = False
for r in bundle:
    if r["kind"] == "post": seen_post = True
    elif seen_post: err("account after post " + r["id"])
last = {}; order = []
for r in posts:
    if r["account_id"] not in accs: err("no account " + r["id"])
    if accs[r["account_id"]]["platform"] != r["platform"]: err("platform mismatch " + r["id"])
    pl, num = r["id"].split(":")
    if not (len(num) == 19 and num.startswith("81")): err("bad id " + r["id"])
    t = r["created_at"]
    if not ("2030-11-01T00:00:00Z" <= t <= "2031-04-30T23:59:59Z"): err("time out of range " + r["id"])
    if r["account_id"] in last and t < last[r["account_id"]]: err("time order " + r["id"])
    if order and order[-1] != r["account_id"] and r["account_id"] in order: err("account posts not contiguous " + r["id"])
    if not order or order[-1] != r["account_id"]: order.append(r["account_id"])
    last[r["account_id"]] = t
    irt = r["in_reply_to"]
    if irt:
        if irt["post_id"] in ids:
            if irt["post_id"].split(":")[0] != pl: err("cross-platform thread " + r["id"])
            parent = next(x for x in posts if x["id"] == irt["post_id"])
            if parent["created_at"] >= t: err("reply before parent " + r["id"])
            if parent["account_id"] != irt["account"]: err("reply account mismatch " + r["id"])
        else:
            n = irt["post_id"].split(":")[1]
            if not (n.startswith("9900") and len(n) == 19): err("bad reply target " + r["id"])
            if irt["account"] in accs: err("non-enrolled target is enrolled " + r["id"])
    for m in r["media"]:
        if not m["alt_text"]: err("media without alt " + r["id"])
    if r["visibility"] not in ("public", "friends"): err("visibility " + r["id"])
lab = collections.Counter(l["subject"] for l in labels)
if set(lab) != set(ids) or any(v != 1 for v in lab.values()): err("labels don't cover subjects exactly once")
for l in labels:
    for x in l["rules"] + l["unsure"]:
        if x not in RULES: err("unknown rule " + x)
    if set(l["rules"]) & set(l["unsure"]): err("rule both sure and unsure " + l["subject"])
    isacc = l["subject"] in accs
    if isacc and not set(l["rules"] + l["unsure"]) <= ACC_ONLY: err("post rule on account " + l["subject"])
    if not isacc and set(l["rules"] + l["unsure"]) & ACC_ONLY: err("account rule on post " + l["subject"])
    if "controversial-official" in l["rules"]: err("no twins clause for controversial-official " + l["subject"])
bylab = {l["subject"]: l for l in labels}
for r in posts:
    l = bylab[r["id"]]
    if "geotag" in l["rules"] and not r["geo"]: err("geotag label without geo " + r["id"])
    if r["geo"] and "geotag" not in l["rules"] + l["unsure"]: err("geo not labelled " + r["id"])
    if ("family-photo" in l["rules"] or "logo-misuse" in l["rules"]) and not r["media"]: err("photo rule no media " + r["id"])
    if "logo-misuse" in l["rules"] and accs[r["account_id"]]["role"] != "personal": err("logo on official " + r["id"])
# names appear in text
fold = lambda s: unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("-", "")
alltext = fold(" ".join(r["text"] for r in posts))
for n in SUPPORTED_FIRST_NAMES + SUPPORTED_SURNAMES:
    if fold(n) not in alltext: err("name not used " + n)
reg = [x.strip() for x in open(f"{D}/register.csv", encoding="utf-8")][1:]
if reg != REGISTER: err("register mismatch")
# posts by the same text twice?
texts = collections.Counter(r["text"] for r in posts)
for t, c in texts.items():
    if c > 1: err("duplicate text " + t[:40])
print("errors:", len(errs)); [print(" ", e) for e in errs]
sys.exit(1 if errs else 0)
