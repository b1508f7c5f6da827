#!/usr/bin/env python3
"""Validate the frozen11 twins half."""
import json, os, re, hashlib, sys, csv
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), "twins")
ACC_R = {"disclaimer-missing", "privacy-settings"}
POST_R = {"name-leak", "sensitive-info", "family-photo", "geotag", "location-disclosure", "logo-misuse",
          "criticism", "advice-to-family", "controversial-official", "contact-details"}
PLATS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
err = []
def E(m): err.append(m)
B = [json.loads(l) for l in open(os.path.join(OUT, "bundle.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
if len(B) != len(L): E("bundle/labels length differ")
ids = [b["id"] for b in B]
if len(set(ids)) != len(ids): E("duplicate ids")
for b, l in zip(B, L):
    if b["id"] != l["subject"]: E(f"label order mismatch {b['id']}")
    for k in ("rules", "unsure", "why"):
        if k not in l: E(f"label missing {k} {b['id']}")
    if set(l["rules"]) & set(l["unsure"]): E(f"rules/unsure overlap {b['id']}")
    allr = set(l["rules"]) | set(l["unsure"])
    if allr - ACC_R - POST_R: E(f"bad rule id {b['id']}")
    if b["kind"] == "account" and allr - ACC_R: E(f"post rule on account {b['id']}")
    if b["kind"] == "post" and allr & ACC_R: E(f"account rule on post {b['id']}")
    if not l["why"].strip(): E(f"empty why {b['id']}")
kinds = [b["kind"] for b in B]
na = kinds.count("account")
if kinds != ["account"] * na + ["post"] * (len(B) - na): E("accounts not first")
accts = {b["id"]: b for b in B if b["kind"] == "account"}
posts = [b for b in B if b["kind"] == "post"]
roles = [a["role"] for a in accts.values()]
if na != 18 or roles.count("official") != 3: E(f"account counts {na} {roles.count('official')}")
if {a["platform"] for a in accts.values()} != PLATS: E("platform coverage")
for a in accts.values():
    exp = f"blog:{a['handle']}" if a["platform"] == "blog" else f"{a['platform']}:@{a['handle']}"
    if a["id"] != exp: E(f"account id form {a['id']}")
if not any(a["is_public"] is None for a in accts.values()) or not any(a["location_sharing"] is None for a in accts.values()): E("no null settings")
if len(posts) < 250: E(f"only {len(posts)} posts")
byid = {p["id"]: p for p in posts}
last = {}
seen_acc = []
for p in posts:
    if p["account_id"] not in accts: E(f"unknown account {p['id']}")
    if p["platform"] != accts[p["account_id"]]["platform"]: E(f"platform mismatch {p['id']}")
    if not re.fullmatch(r"[a-z]+:79\d{17}", p["id"]) or not p["id"].startswith(p["platform"] + ":"): E(f"bad post id {p['id']}")
    if not ("2030-05-01T00:00:00Z" <= p["created_at"] <= "2030-10-31T23:59:59Z"): E(f"date {p['id']}")
    if p["account_id"] in last and p["created_at"] < last[p["account_id"]]: E(f"time order {p['id']}")
    if p["account_id"] in last and seen_acc[-1] != p["account_id"]: E(f"account block split {p['id']}")
    if not seen_acc or seen_acc[-1] != p["account_id"]: seen_acc.append(p["account_id"])
    last[p["account_id"]] = p["created_at"]
    if p["visibility"] not in ("public", "friends"): E(f"visibility {p['id']}")
    r = p["in_reply_to"]
    if r:
        if r["post_id"] in byid:
            t = byid[r["post_id"]]
            if t["account_id"] != r["account"] or t["platform"] != p["platform"] or t["created_at"] >= p["created_at"]: E(f"reply target {p['id']}")
        else:
            if r["account"] in accts or not re.fullmatch(p["platform"] + r":9898\d{15}", r["post_id"]) or not r["account"].startswith(p["platform"] + ":@"): E(f"ext reply {p['id']}")
    for m in p["media"]:
        if not m["alt_text"] or not m["path"].startswith("media/"): E(f"media {p['id']}")
lab = {l["subject"]: l for l in L}
for p in posts:
    l = lab[p["id"]]; g = "geotag" in l["rules"] or "geotag" in l["unsure"]
    if bool(p["geo"]) != g: E(f"geo/geotag mismatch {p['id']}")
    if ("family-photo" in l["rules"] or "logo-misuse" in l["rules"]) and not p["media"]: E(f"photo rule without media {p['id']}")
    if "controversial-official" in l["rules"] + l["unsure"] and accts[p["account_id"]]["role"] != "official": E(f"CO on personal {p['id']}")
    if "logo-misuse" in l["rules"] and accts[p["account_id"]]["role"] == "official": E(f"LM on official {p['id']}")
text = "\n".join(p["text"] for p in posts).lower()
reg = [r["name"] for r in csv.DictReader(open(os.path.join(OUT, "register.csv"), encoding="utf-8"))]
allnames = json.load(open(os.path.join(SRC, "twins_allnames.json")))
for n in reg:
    if n.lower() not in text: E(f"register name not in posts {n}")
    if n not in allnames: E(f"register name not a supported name {n}")
for n in allnames:
    if n.lower() not in text: E(f"name not in posts {n}")
frac = len(reg) / len(allnames)
if not 0.5 <= frac <= 0.7: E(f"register fraction {frac}")
pol = open(os.path.join(OUT, "policy.toml"), encoding="utf-8").read()
if pol != '# frozen11: pack plus this set\'s partial protected-names register\nextends = "twins-trust-fcs"\n[names]\nregister = "register.csv"\n': E("policy.toml")
readme = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
for p in posts:
    t = p["text"]
    for i in range(0, max(1, len(t) - 30), 10):
        if len(t) >= 30 and t[i:i + 30] in readme: E(f"README quotes post {p['id']}"); break
for line in open(os.path.join(OUT, "SHA256SUMS")):
    h, fn = line.split()
    if hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest() != h: E(f"sha mismatch {fn}")
clean = sum(1 for p in posts if not lab[p["id"]]["rules"] and not lab[p["id"]]["unsure"])
print(f"posts {len(posts)} clean {clean} ({100*clean/len(posts):.1f}%) register {len(reg)}/{len(allnames)}")
print("ERRORS:" if err else "OK", *err, sep="\n")
sys.exit(1 if err else 0)
