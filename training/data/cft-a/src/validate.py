import json, sys, collections
D = "/work/train/data/cft-a/"
RULES = {"disclaimer-missing","name-leak","sensitive-info","family-photo","geotag","location-disclosure",
         "logo-misuse","criticism","advice-to-family","controversial-official","contact-details","privacy-settings"}
ACC_ONLY = {"disclaimer-missing","privacy-settings"}
DISABLED = {"advice-to-family","contact-details","logo-misuse"}
bundle = [json.loads(l) for l in open(D+"bundle.jsonl")]
labels = [json.loads(l) for l in open(D+"labels.jsonl")]
errs = []
kinds = [r["kind"] for r in bundle]
first_post = kinds.index("post")
if "account" in kinds[first_post:]: errs.append("account after posts")
acc = {r["id"]: r for r in bundle if r["kind"] == "account"}
posts = [r for r in bundle if r["kind"] == "post"]
pid = {p["id"]: p for p in posts}
if len(pid) != len(posts): errs.append("duplicate post ids")
for p in posts:
    if p["account_id"] not in acc: errs.append(f"no account {p['account_id']}")
    plat, num = p["id"].split(":")
    if plat != p["platform"] or not (num.isdigit() and len(num) == 8 and num.startswith("973")): errs.append(f"bad id {p['id']}")
    if not ("2025-06-01T00:00:00Z" <= p["created_at"] <= "2026-11-30T23:59:59Z") or not p["created_at"].endswith("Z"): errs.append(f"date {p['id']}")
    for m in p["media"]:
        if not m.get("alt_text"): errs.append(f"no alt {p['id']}")
    r = p["in_reply_to"]
    if r and r["post_id"] in pid:
        t = pid[r["post_id"]]
        if t["created_at"] >= p["created_at"]: errs.append(f"reply before target {p['id']}")
        if t["platform"] != p["platform"]: errs.append(f"cross-platform reply {p['id']}")
        if t["account_id"] != r["account"]: errs.append(f"reply account mismatch {p['id']}")
for a in acc.values():
    exp = a["id"].split(":",1)[1]
    if a["platform"] != "blog" and exp != "@"+a["handle"]: errs.append(f"acct id {a['id']}")
subj = collections.Counter(l["subject"] for l in labels)
ids = set(acc) | set(pid)
for s, n in subj.items():
    if n != 1: errs.append(f"dup label {s}")
    if s not in ids: errs.append(f"label for unknown {s}")
for i in ids:
    if i not in subj: errs.append(f"missing label {i}")
for l in labels:
    rs, us = set(l["rules"]), set(l["unsure"])
    if not (rs | us) <= RULES: errs.append(f"bad rule {l}")
    if set(l["clauses"]) != rs: errs.append(f"clauses mismatch {l['subject']}")
    if rs & DISABLED: errs.append(f"disabled rule positive {l['subject']}")
    if rs & us: errs.append(f"rule both {l['subject']}")
    if l["subject"] in acc:
        if (rs | us) - ACC_ONLY: errs.append(f"post rule on account {l['subject']}")
    else:
        p = pid[l["subject"]]
        if (rs | us) & ACC_ONLY: errs.append(f"account rule on post {l['subject']}")
        if "geotag" in rs and not p["geo"]: errs.append(f"geotag w/o geo {l['subject']}")
        if "family-photo" in rs and not p["media"]: errs.append(f"photo w/o media {l['subject']}")
        if "controversial-official" in rs and acc[p["account_id"]]["role"] != "official": errs.append(f"co on personal {l['subject']}")
        if p["geo"] and "geotag" not in rs | us: errs.append(f"geo without geotag label {l['subject']}")
    if not l.get("why"): errs.append(f"no why {l['subject']}")
print("errors:", len(errs)); [print(" ", e) for e in errs[:30]]
print("accounts", len(acc), "posts", len(posts), "media", sum(len(p["media"]) for p in posts),
      "geo", sum(1 for p in posts if p["geo"]), "replies", sum(1 for p in posts if p["in_reply_to"]),
      "replies to non-enrolled", sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] not in pid))
L = {l["subject"]: l for l in labels}
c, cu = collections.Counter(), collections.Counter()
for i in ids:
    c.update(L[i]["rules"]); cu.update(L[i]["unsure"])
pc = [L[p["id"]] for p in posts]
clean = sum(1 for l in pc if not l["rules"]); clean_strict = sum(1 for l in pc if not l["rules"] and not l["unsure"])
multi = sum(1 for l in pc if len(l["rules"]) > 1)
print(f"clean {clean} ({clean/len(posts):.1%}), clean&no-unsure {clean_strict}, multi-rule {multi}")
for r in ["disclaimer-missing","privacy-settings","name-leak","sensitive-info","family-photo","geotag","location-disclosure",
          "logo-misuse","criticism","advice-to-family","controversial-official","contact-details"]:
    print(f"| `{r}` | {c[r]} | {cu[r]} |")
