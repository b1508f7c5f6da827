#!/usr/bin/env python3
import json, os, sys, collections, csv
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "twins")
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag", "location-disclosure",
         "logo-misuse", "criticism", "advice-to-family", "controversial-official", "contact-details", "privacy-settings"}
ACC_ONLY = {"disclaimer-missing", "privacy-settings"}
errs = []
recs = [json.loads(l) for l in open(os.path.join(D, "bundle.jsonl"), encoding="utf-8")]
labs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
accs = [r for r in recs if r["kind"] == "account"]; posts = [r for r in recs if r["kind"] == "post"]
# accounts first
seen_post = False
for r in recs:
    if r["kind"] == "post": seen_post = True
    elif seen_post: errs.append("account after post " + r["id"])
ids = [r["id"] for r in recs]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
accids = {a["id"] for a in accs}
last = {}
for p in posts:
    if p["account_id"] not in accids: errs.append("no account " + p["id"])
    num = p["id"].split(":", 1)[1]
    if not (len(num) == 19 and num.startswith("83")): errs.append("bad id " + p["id"])
    if p["platform"] != p["account_id"].split(":")[0]: errs.append("platform " + p["id"])
    t = p["created_at"]
    if not ("2031-05-01T00:00:00Z" <= t <= "2031-10-31T23:59:59Z"): errs.append("time range " + p["id"])
    if p["account_id"] in last and t < last[p["account_id"]]: errs.append("order " + p["id"])
    last[p["account_id"]] = t
    r = p["in_reply_to"]
    if r:
        tn = r["post_id"].split(":", 1)[1]
        if tn.startswith("83"):
            tgt = [q for q in posts if q["id"] == r["post_id"]]
            if not tgt or tgt[0]["account_id"] != r["account"] or tgt[0]["platform"] != p["platform"] or tgt[0]["created_at"] >= t:
                errs.append("thread " + p["id"])
        elif not (tn.startswith("9902") and len(tn) == 19): errs.append("reply target " + p["id"])
        elif r["account"] in accids: errs.append("reply to enrolled acct with fake id " + p["id"])
# blocks: posts grouped by account in account order
order = [p["account_id"] for p in posts]
grp = [k for i, k in enumerate(order) if i == 0 or order[i - 1] != k]
if len(grp) != len(set(grp)): errs.append("posts not grouped per account")
# labels
ls = collections.Counter(l["subject"] for l in labs)
if set(ls) != set(ids) or any(v != 1 for v in ls.values()): errs.append("label coverage")
kind = {r["id"]: r["kind"] for r in recs}
for l in labs:
    for x in l["rules"] + l["unsure"]:
        if x not in RULES: errs.append("bad rule " + x)
    if set(l["rules"]) & set(l["unsure"]): errs.append("rules/unsure overlap " + l["subject"])
    if kind.get(l["subject"]) == "account" and (set(l["rules"]) | set(l["unsure"])) - ACC_ONLY: errs.append("acct rule " + l["subject"])
    if kind.get(l["subject"]) == "post" and (set(l["rules"]) | set(l["unsure"])) & ACC_ONLY: errs.append("post acct-rule " + l["subject"])
    if "controversial-official" in l["rules"]: errs.append("no twins clause for controversial-official " + l["subject"])
    if "geotag" in l["rules"] and not [p for p in posts if p["id"] == l["subject"]][0]["geo"]: errs.append("geotag w/o geo " + l["subject"])
    if {"family-photo", "logo-misuse"} & set(l["rules"]) and not [p for p in posts if p["id"] == l["subject"]][0]["media"]: errs.append("photo rule w/o media " + l["subject"])
for p in posts:
    if "logo-misuse" in [l for l in labs if l["subject"] == p["id"]][0]["rules"]:
        a = [a for a in accs if a["id"] == p["account_id"]][0]
        if a["role"] != "personal": errs.append("logo-misuse on official " + p["id"])
# media paths
mp = [m["path"] for p in posts for m in p["media"]]
if len(mp) != len(set(mp)): errs.append("dup media path")
print("ERRORS:", errs if errs else "none")
# stats
lab = {l["subject"]: l for l in labs}
pl = [lab[p["id"]] for p in posts]
clean = sum(1 for l in pl if not l["rules"])
clean_strict = sum(1 for l in pl if not l["rules"] and not l["unsure"])
print("accounts", len(accs), collections.Counter(a["role"] for a in accs), "platforms", collections.Counter(a["platform"] for a in accs))
print("posts", len(posts), "media", len(mp), "videos", sum(1 for p in posts for m in p["media"] if m["type"] == "video"),
      "geo", sum(1 for p in posts if p["geo"]), "replies", sum(1 for p in posts if p["in_reply_to"]),
      "replies_enrolled", sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"].split(':')[1].startswith('83')))
print("posts no rule", clean, f"{clean/len(posts):.1%}", "no rule & no unsure", clean_strict)
print("dates", min(p["created_at"] for p in posts), max(p["created_at"] for p in posts))
rc = collections.Counter(x for l in labs for x in l["rules"]); uc = collections.Counter(x for l in labs for x in l["unsure"])
for r in sorted(RULES): print(f"  {r:24s} rules {rc[r]:3d} unsure {uc[r]:3d}")
print("per account:")
for a in accs:
    ps = [p for p in posts if p["account_id"] == a["id"]]
    print(f"  {a['id']:38s} {a['role']:8s} posts {len(ps):3d} clean {sum(1 for p in ps if not lab[p['id']]['rules']):3d} acct {lab[a['id']]['rules']} ?{lab[a['id']]['unsure']}")
reg = [r["name"] for r in csv.DictReader(open(os.path.join(D, "register.csv"), encoding="utf-8"))] if os.path.exists(os.path.join(D, "register.csv")) else []
print("register", len(reg), reg)
text = " ".join(p["text"].lower() for p in posts)
for n in reg:
    if n.lower() not in text: print("  register name not in posts:", n)
sys.exit(1 if errs else 0)
