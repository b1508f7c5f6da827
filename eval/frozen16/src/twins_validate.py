#!/usr/bin/env python3
"""Validate twins/bundle.jsonl, labels.jsonl and register.csv; print counts."""
import collections, csv, json, os, re, sys

D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "twins")
SRC = os.path.dirname(os.path.abspath(__file__))
POST_RULES = {"name-leak", "sensitive-info", "family-photo", "geotag", "location-disclosure",
              "logo-misuse", "criticism", "advice-to-family", "controversial-official",
              "contact-details"}
ACC_RULES = {"disclaimer-missing", "privacy-settings"}
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
errs = []


def err(m):
    errs.append(m)


def load(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{i}: bad JSON {e}")
    return out


bundle = load("bundle.jsonl")
labels = load("labels.jsonl")
accounts = [r for r in bundle if r["kind"] == "account"]
posts = [r for r in bundle if r["kind"] == "post"]
if bundle[:len(accounts)] != accounts:
    err("accounts are not all first")
acc_ids = {a["id"] for a in accounts}
if len(acc_ids) != len(accounts):
    err("duplicate account ids")
for a in accounts:
    if a["platform"] not in PLATFORMS:
        err(f"bad platform {a['id']}")
    if a["platform"] == "blog":
        if not a["id"].startswith("blog:"):
            err(f"bad blog id {a['id']}")
    elif a["id"] != f"{a['platform']}:@{a['handle']}":
        err(f"account id/handle mismatch {a['id']}")
pid = [p["id"] for p in posts]
if len(set(pid)) != len(pid):
    err("duplicate post ids")
byid = {p["id"]: p for p in posts}
last = {}
prev_acc = None
seen_acc = set()
for p in posts:
    plat, _, num = p["id"].partition(":")
    if plat != p["platform"] or not re.fullmatch(r"89\d{17}", num):
        err(f"bad post id {p['id']}")
    if p["account_id"] not in acc_ids:
        err(f"unknown account {p['account_id']}")
    if p["account_id"] != prev_acc:
        if p["account_id"] in seen_acc:
            err(f"posts of {p['account_id']} not contiguous")
        seen_acc.add(p["account_id"])
        prev_acc = p["account_id"]
    if not ("2032-11-01T00:00:00Z" <= p["created_at"] <= "2033-04-30T23:59:59Z"):
        err(f"date out of range {p['id']} {p['created_at']}")
    if p["account_id"] in last and p["created_at"] < last[p["account_id"]]:
        err(f"not in time order {p['id']}")
    last[p["account_id"]] = p["created_at"]
    if p["visibility"] not in ("public", "friends"):
        err(f"bad visibility {p['id']}")
    if not p["text"].strip():
        err(f"empty text {p['id']}")
    irt = p["in_reply_to"]
    if irt:
        tgt = irt["post_id"]
        if tgt in byid:
            t = byid[tgt]
            if t["platform"] != p["platform"]:
                err(f"cross-platform reply {p['id']}")
            if t["account_id"] != irt["account"]:
                err(f"reply account mismatch {p['id']}")
            if t["created_at"] >= p["created_at"]:
                err(f"reply before target {p['id']}")
        else:
            tp, _, tn = tgt.partition(":")
            if tp != p["platform"] or not re.fullmatch(r"9908\d{15}", tn):
                err(f"external reply id not 9908 {p['id']} {tgt}")
            if irt["account"] in acc_ids:
                err(f"external reply to enrolled account {p['id']}")
    for m in p["media"]:
        if not re.fullmatch(r"media/d\d{3}\.jpg", m["path"]) or not m.get("alt_text"):
            err(f"bad media {p['id']}")
    if p["geo"] is not None and set(p["geo"]) != {"lat", "lon", "place_name"}:
        err(f"bad geo {p['id']}")
subjects = [l["subject"] for l in labels]
if len(set(subjects)) != len(subjects):
    err("duplicate label subjects")
want = acc_ids | set(pid)
if set(subjects) != want:
    err(f"label/bundle subject mismatch: missing {want - set(subjects)} extra {set(subjects) - want}")
rule_ct = collections.Counter()
uns_ct = collections.Counter()
clean = 0
for l in labels:
    is_acc = l["subject"] in acc_ids
    allowed = ACC_RULES if is_acc else POST_RULES
    for r in l["rules"] + l["unsure"]:
        if r not in allowed:
            err(f"rule {r} not allowed on {l['subject']}")
    if set(l["rules"]) & set(l["unsure"]):
        err(f"rule in both rules and unsure {l['subject']}")
    if "controversial-official" in l["rules"]:
        err(f"controversial-official has no Twins clause; must be unsure only {l['subject']}")
    if not l.get("why"):
        err(f"no why {l['subject']}")
    rule_ct.update(l["rules"])
    uns_ct.update(l["unsure"])
    if not is_acc and not l["rules"]:
        clean += 1
    if not is_acc:
        p = byid[l["subject"]]
        if "geotag" in l["rules"] and not p["geo"]:
            err(f"geotag rule without geo {l['subject']}")
        if "family-photo" in l["rules"] + l["unsure"] and not p["media"]:
            err(f"family-photo without media {l['subject']}")
        if "logo-misuse" in l["rules"] + l["unsure"] and not p["media"]:
            err(f"logo-misuse without media {l['subject']}")
# official accounts
roles = collections.Counter(a["role"] for a in accounts)
# register
names = [n.strip() for n in open(os.path.join(SRC, "twins_supported_names.txt")) if n.strip()]
reg = []
with open(os.path.join(D, "register.csv"), encoding="utf-8") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["name"]:
        err("register header must be 'name'")
    reg = [r["name"].strip() for r in rd]
low = {n.lower() for n in names}
for r in reg:
    if r.lower() not in low:
        err(f"register name {r} not among supported names")
share = len({r.lower() for r in reg}) / len(low)
ntexts = sum(len(p["media"]) for p in posts)
print("== counts")
print(f"accounts {len(accounts)} ({roles['official']} official, {roles['personal']} personal)")
print(f"platforms {dict(collections.Counter(a['platform'] for a in accounts))}")
print(f"posts {len(posts)}")
print(f"media {ntexts} on {sum(1 for p in posts if p['media'])} posts")
print(f"geotagged posts {sum(1 for p in posts if p['geo'])}")
print(f"replies {sum(1 for p in posts if p['in_reply_to'])} (in-bundle {sum(1 for p in posts if p['in_reply_to'] and p['in_reply_to']['post_id'] in byid)})")
print(f"clean posts {clean} ({clean/len(posts):.1%})")
print(f"dates {min(p['created_at'] for p in posts)} .. {max(p['created_at'] for p in posts)}")
print(f"visibility {dict(collections.Counter(p['visibility'] for p in posts))}")
print(f"register {len(reg)} of {len(low)} supported first names ({share:.0%})")
print("== rules (rules / unsure)")
for r in sorted(set(rule_ct) | set(uns_ct)):
    print(f"{r:24s} {rule_ct[r]:4d} {uns_ct[r]:4d}")
print("== per account")
lab = {l["subject"]: l for l in labels}
for a in accounts:
    ps = [p for p in posts if p["account_id"] == a["id"]]
    print(f"{a['id']:45s} {a['role']:8s} pub={a['is_public']!s:5s} loc={a['location_sharing']!s:5s} posts={len(ps):3d} rules={lab[a['id']]['rules']} unsure={lab[a['id']]['unsure']}")
if not (0.45 <= clean / len(posts) <= 0.55):
    err("clean share outside 45-55%")
if len(posts) < 300:
    err("fewer than 300 posts")
if not (0.5 <= share <= 0.7):
    err(f"register share {share:.0%} not about 60%")
if errs:
    print("== ERRORS")
    for e in errs:
        print(e)
    sys.exit(1)
print("== OK")
