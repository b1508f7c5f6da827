"""Validate the CFT frozen12 files and print the counts used in README.md."""
import json, collections, datetime as dt, sys
D = "/work/frozen12-draft/cft"
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
NO_CLAUSE = {"geotag", "logo-misuse", "advice-to-family", "contact-details"}
ACC_ONLY = {"disclaimer-missing", "privacy-settings"}
lo, hi = "2030-11-01T00:00:00Z", "2031-04-30T23:59:59Z"

recs = [json.loads(l) for l in open(f"{D}/bundle.jsonl", encoding="utf-8")]
labs = [json.loads(l) for l in open(f"{D}/labels.jsonl", encoding="utf-8")]
errs = []
ids = [r["id"] for r in recs]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
accs = {r["id"]: r for r in recs if r["kind"] == "account"}
posts = [r for r in recs if r["kind"] == "post"]
# accounts first
seen_post = False
for r in recs:
    if r["kind"] == "post": seen_post = True
    elif seen_post: errs.append("account after post " + r["id"])
last = {}
order = []
for p in posts:
    if p["account_id"] not in accs: errs.append("no account " + p["id"])
    if p["platform"] != accs[p["account_id"]]["platform"]: errs.append("platform " + p["id"])
    if not (lo <= p["created_at"] <= hi): errs.append("time range " + p["id"])
    if p["account_id"] in last and p["created_at"] < last[p["account_id"]]: errs.append("order " + p["id"])
    last[p["account_id"]] = p["created_at"]
    if not order or order[-1] != p["account_id"]: order.append(p["account_id"])
    num = p["id"].split(":", 1)[1]
    if not (len(num) == 19 and num.startswith("82")): errs.append("id form " + p["id"])
    rt = p["in_reply_to"]
    if rt:
        pid = rt["post_id"]
        if pid in ids:
            par = next(x for x in posts if x["id"] == pid)
            if par["platform"] != p["platform"] or par["created_at"] >= p["created_at"]: errs.append("thread " + p["id"])
        else:
            n = pid.split(":", 1)[1]
            if not (n.startswith("9901") and len(n) == 19): errs.append("ext reply id " + p["id"])
            if rt["account"] in accs: errs.append("ext reply to enrolled " + p["id"])
    for m in p["media"]:
        if not m.get("alt_text"): errs.append("no alt " + p["id"])
if len(order) != len(set(order)): errs.append("account posts not grouped")
lab = {}
for l in labs:
    if l["subject"] in lab: errs.append("dup label " + l["subject"])
    lab[l["subject"]] = l
    for r in l["rules"] + l["unsure"]:
        if r not in RULES: errs.append("bad rule %s %s" % (r, l["subject"]))
    if set(l["rules"]) & set(l["unsure"]): errs.append("rule both sure and unsure " + l["subject"])
    if set(l["rules"]) & NO_CLAUSE: errs.append("no-clause rule in rules " + l["subject"])
    if l["subject"] in accs:
        if set(l["rules"] + l["unsure"]) - ACC_ONLY: errs.append("account rule " + l["subject"])
    else:
        if set(l["rules"] + l["unsure"]) & ACC_ONLY: errs.append("post with account rule " + l["subject"])
        p = next(x for x in posts if x["id"] == l["subject"])
        if "controversial-official" in l["rules"] and accs[p["account_id"]]["role"] != "official":
            errs.append("controversial on personal " + l["subject"])
        if "geotag" in l["unsure"] and not p["geo"]: errs.append("geotag w/o geo " + l["subject"])
        if p["geo"] and "geotag" not in l["unsure"]: errs.append("geo w/o geotag unsure " + l["subject"])
        if "family-photo" in l["rules"] and not p["media"]: errs.append("photo rule no media " + l["subject"])
if set(lab) != set(ids): errs.append("labels do not cover subjects exactly")
print("ERRORS:", errs if errs else "none")

C = collections.Counter
roles = C(a["role"] for a in accs.values())
print("accounts", len(accs), dict(roles))
print("posts", len(posts), "media", sum(len(p["media"]) for p in posts),
      "videos", sum(1 for p in posts for m in p["media"] if m["type"] == "video"),
      "geo", sum(1 for p in posts if p["geo"]),
      "replies", sum(1 for p in posts if p["in_reply_to"]),
      "enrolled-thread replies", sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] in ids))
clean = sum(1 for p in posts if not lab[p["id"]]["rules"])
clean_strict = sum(1 for p in posts if not lab[p["id"]]["rules"] and not lab[p["id"]]["unsure"])
print("posts with no rule", clean, "%.1f%%" % (100 * clean / len(posts)), "no rule and no unsure", clean_strict)
print("dates", min(p["created_at"] for p in posts), max(p["created_at"] for p in posts))
rc, uc = C(), C()
for l in labs:
    rc.update(l["rules"]); uc.update(l["unsure"])
print("rules", dict(rc)); print("unsure", dict(uc))
print("langs", dict(C(p["lang"] for p in posts)), "vis", dict(C(str(p["visibility"]) for p in posts)))
print("per account:")
for aid, a in accs.items():
    ps = [p for p in posts if p["account_id"] == aid]
    print(" ", aid, a["role"], len(ps), "clean", sum(1 for p in ps if not lab[p["id"]]["rules"]),
          "acc rules", lab[aid]["rules"], "unsure", lab[aid]["unsure"])
sys.exit(1 if errs else 0)
