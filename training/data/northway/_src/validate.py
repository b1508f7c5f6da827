import json, re, collections, sys, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = {"disclaimer-missing","privacy-settings","name-leak","sensitive-info","family-photo","geotag",
         "location-disclosure","logo-misuse","criticism","advice-to-family","controversial-official","contact-details"}
CL = {"disclaimer-missing":"5.1","privacy-settings":"5.2","name-leak":"2.1","sensitive-info":"2.2","family-photo":"3.1",
      "geotag":"1.2","location-disclosure":"1.1","logo-misuse":"5.4","criticism":"5.3","advice-to-family":"4.1",
      "controversial-official":"6.1","contact-details":"4.1"}
err = []
recs = []
for i, l in enumerate(open(os.path.join(D, "bundle.jsonl"), encoding="utf-8"), 1):
    try: recs.append(json.loads(l))
    except Exception as e: err.append(f"bundle line {i}: {e}")
labs = []
for i, l in enumerate(open(os.path.join(D, "labels.jsonl"), encoding="utf-8"), 1):
    try: labs.append(json.loads(l))
    except Exception as e: err.append(f"labels line {i}: {e}")
accts = {r["id"]: r for r in recs if r["kind"] == "account"}
posts = [r for r in recs if r["kind"] == "post"]
seen_post = False
for r in recs:
    if r["kind"] == "post": seen_post = True
    elif seen_post: err.append("account after posts: " + r["id"])
ids = [r["id"] for r in recs]
if len(ids) != len(set(ids)): err.append("duplicate ids")
for a in accts.values():
    if not re.fullmatch(r"(x|facebook|instagram|bluesky|mastodon|linkedin):@[\w.\-]+|blog:[\w.\-]+", a["id"]): err.append("bad account id " + a["id"])
for p in posts:
    if not re.fullmatch(r"(x|facebook|instagram|blog|bluesky|mastodon|linkedin):975\d{5}", p["id"]): err.append("bad post id " + p["id"])
    if p["account_id"] not in accts: err.append("no account for " + p["id"])
    if not ("2025-06-01" <= p["created_at"][:10] <= "2026-11-30") or not p["created_at"].endswith("Z"): err.append("bad date " + p["id"])
    if p["platform"] != accts[p["account_id"]]["platform"]: err.append("platform mismatch " + p["id"])
    irt = p["in_reply_to"]
    if irt and not re.fullmatch(r"\w+:975\d{5}", irt["post_id"]): err.append("bad reply id " + p["id"])
    for m in p["media"]:
        if not m.get("alt_text") or not m["path"].startswith("media/"): err.append("bad media " + p["id"])
    if p["geo"] and not all(k in p["geo"] for k in ("lat","lon","place_name")): err.append("bad geo " + p["id"])
byid = {r["id"]: r for r in recs}
cnt = collections.Counter(l["subject"] for l in labs)
for s in byid:
    if cnt[s] != 1: err.append(f"{s} has {cnt[s]} labels")
for l in labs:
    if l["subject"] not in byid: err.append("label for unknown " + l["subject"]); continue
    kind = byid[l["subject"]]["kind"]
    for r in l["rules"] + l["unsure"]:
        if r not in RULES: err.append("bad rule " + r)
        if kind == "post" and r in ("disclaimer-missing","privacy-settings"): err.append("account rule on post " + l["subject"])
        if kind == "account" and r not in ("disclaimer-missing","privacy-settings"): err.append("post rule on account " + l["subject"])
    if set(l["rules"]) & set(l["unsure"]): err.append("overlap " + l["subject"])
    for r in l["rules"]:
        if l["clauses"].get(r) != CL[r]: err.append(f"clause missing/wrong {l['subject']} {r}")
    if "controversial-official" in l["rules"] and kind == "post" and accts[byid[l["subject"]]["account_id"]]["role"] != "official":
        err.append("co on personal " + l["subject"])
    if "geotag" in l["rules"] and not byid[l["subject"]].get("geo"): err.append("geotag without geo " + l["subject"])
print("records", len(recs), "accounts", len(accts), "posts", len(posts), "labels", len(labs))
print("errors:", len(err)); [print(" ", e) for e in err[:30]]
