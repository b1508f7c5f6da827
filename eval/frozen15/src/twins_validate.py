#!/usr/bin/env python3
"""Validate the frozen15 Twins Trust set and print the counts used in the README."""
import collections, csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(os.path.dirname(HERE), "twins")
RULES = ["disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"]
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
errs = []


def err(msg):
    errs.append(msg)


def load(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, ln in enumerate(fh, 1):
            try:
                out.append(json.loads(ln))
            except Exception as e:
                err(f"{path}:{i}: invalid JSON {e}")
    return out


bundle = load(os.path.join(D, "bundle.jsonl"))
labels = load(os.path.join(D, "labels.jsonl"))
accounts = [r for r in bundle if r.get("kind") == "account"]
posts = [r for r in bundle if r.get("kind") == "post"]

# ordering: accounts first, then each account's posts in time order (grouped)
kinds = [r["kind"] for r in bundle]
if kinds != ["account"] * len(accounts) + ["post"] * len(posts):
    err("accounts are not all first")
seen_acc, last = [], None
for p in posts:
    if p["account_id"] != last:
        if p["account_id"] in seen_acc:
            err(f"posts of {p['account_id']} not contiguous")
        seen_acc.append(p["account_id"])
        last = p["account_id"]
        prev = ""
    if p["created_at"] < prev:
        err(f"{p['id']} out of time order")
    prev = p["created_at"]

ids = [r["id"] for r in bundle]
dup = [i for i, c in collections.Counter(ids).items() if c > 1]
if dup:
    err(f"duplicate ids {dup}")
acc_ids = {a["id"] for a in accounts}
post_by_id = {p["id"]: p for p in posts}
acc_by_id = {a["id"]: a for a in accounts}

for a in accounts:
    if a["platform"] not in PLATFORMS:
        err(f"bad platform {a['id']}")
    if not a["id"].startswith(a["platform"] + ":"):
        err(f"account id platform mismatch {a['id']}")
    if a["role"] not in ("personal", "official"):
        err(f"bad role {a['id']}")

for p in posts:
    pid = p["id"]
    plat, num = pid.split(":", 1)
    if plat != p["platform"] or not re.fullmatch(r"87\d{17}", num):
        err(f"bad post id {pid}")
    if p["account_id"] not in acc_ids:
        err(f"{pid} unknown account")
    elif acc_by_id[p["account_id"]]["platform"] != plat:
        err(f"{pid} platform differs from account")
    if not re.fullmatch(r"2032-(0[5-9]|10)-\d\dT\d\d:\d\d:00Z", p["created_at"]):
        err(f"{pid} date out of range {p['created_at']}")
    if not ("2032-05-01T00:00:00Z" <= p["created_at"] <= "2032-10-31T23:59:59Z"):
        err(f"{pid} date out of range")
    if not p["text"].strip():
        err(f"{pid} empty text")
    if p["visibility"] not in ("public", "friends"):
        err(f"{pid} bad visibility")
    r = p["in_reply_to"]
    if r:
        tgt = r["post_id"]
        if tgt in post_by_id:
            t = post_by_id[tgt]
            if t["platform"] != plat:
                err(f"{pid} cross-platform thread")
            if t["account_id"] != r["account"]:
                err(f"{pid} reply account mismatch")
            if t["created_at"] >= p["created_at"]:
                err(f"{pid} replies to a later post")
        else:
            if r["account"] in acc_ids:
                err(f"{pid} reply to enrolled account but unknown post")
            tp, tn = tgt.split(":", 1)
            if tp != plat or not re.fullmatch(r"9906\d{15}", tn):
                err(f"{pid} external reply id {tgt}")
            if not r["account"].startswith(plat + ":@"):
                err(f"{pid} external reply account {r['account']}")
    for m in p["media"]:
        if not re.fullmatch(r"media/d\d{3}\.(jpg|mp4)", m["path"]) or not m.get("alt_text"):
            err(f"{pid} bad media {m}")
    if p["geo"] is not None:
        g = p["geo"]
        if not (49 < g["lat"] < 61 and -9 < g["lon"] < 2 and g["place_name"]):
            err(f"{pid} odd geo {g}")

paths = [m["path"] for p in posts for m in p["media"]]
if len(paths) != len(set(paths)):
    err("duplicate media paths")

# labels
lab_by = {}
for l in labels:
    if set(l) != {"subject", "rules", "unsure", "why"}:
        err(f"label keys {l}")
    if l["subject"] in lab_by:
        err(f"duplicate label {l['subject']}")
    lab_by[l["subject"]] = l
    for r in l["rules"] + l["unsure"]:
        if r not in RULES:
            err(f"unknown rule {r} on {l['subject']}")
    if set(l["rules"]) & set(l["unsure"]):
        err(f"rule both sure and unsure on {l['subject']}")
    if "controversial-official" in l["rules"]:
        err(f"controversial-official has no Twins Trust clause: {l['subject']}")
    if not l["why"]:
        err(f"empty why {l['subject']}")
if set(lab_by) != set(ids):
    err(f"label/subject mismatch: missing {set(ids) - set(lab_by)} extra {set(lab_by) - set(ids)}")
for a in accounts:
    l = lab_by.get(a["id"])
    if l and set(l["rules"] + l["unsure"]) - ACCOUNT_RULES:
        err(f"account label with post rule {a['id']}")
    if l and a["role"] == "official" and l["rules"]:
        err(f"official account flagged {a['id']}")
for p in posts:
    l = lab_by.get(p["id"])
    if not l:
        continue
    if set(l["rules"] + l["unsure"]) & ACCOUNT_RULES:
        err(f"post label with account rule {p['id']}")
    if ("geotag" in l["rules"] or "geotag" in l["unsure"]) and p["geo"] is None:
        err(f"geotag label without geo {p['id']}")
    for r in ("family-photo", "logo-misuse"):
        if (r in l["rules"] or r in l["unsure"]) and not p["media"]:
            err(f"{r} without media {p['id']}")
    if "logo-misuse" in l["rules"] and acc_by_id[p["account_id"]]["role"] != "personal":
        err(f"logo-misuse on official {p['id']}")
    if "advice-to-family" in l["rules"] and not p["in_reply_to"] and p["platform"] != "blog":
        err(f"advice-to-family outside a reply or blog letter {p['id']}")

# register
with open(os.path.join(D, "register.csv"), encoding="utf-8") as fh:
    reg = [row["name"] for row in csv.DictReader(fh)]
names_seen = json.load(open(os.path.join(HERE, "twins_names_seen.json"), encoding="utf-8"))
names_full = sorted(n for n in names_seen if len(n) > 1)
for n in reg:
    if n not in names_full:
        err(f"register name {n} not in posts")
    else:
        if not any(re.search(r"(?<![A-Za-z])" + re.escape(n.lower()) + r"(?![A-Za-z])", post_by_id[pid]["text"].lower())
                   for pid in names_seen[n]):
            err(f"register name {n} not literally in its posts")
if len(reg) >= len(names_full):
    err("register holds every name")
for n, pids in names_seen.items():
    for pid in pids:
        if "name-leak" not in lab_by[pid]["rules"] + lab_by[pid]["unsure"]:
            err(f"name {n} on {pid} without name-leak label")

pol = open(os.path.join(D, "policy.toml"), encoding="utf-8").read()
if pol != '# frozen15: pack plus this set\'s partial protected-names register\nextends = "twins-trust-fcs"\n[names]\nregister = "register.csv"\n':
    err("policy.toml not exact")

# stats
clean = sum(1 for p in posts if not lab_by[p["id"]]["rules"])
stats = collections.OrderedDict()
stats["accounts"] = len(accounts)
stats["official accounts"] = sum(a["role"] == "official" for a in accounts)
stats["personal accounts"] = sum(a["role"] == "personal" for a in accounts)
stats["posts"] = len(posts)
stats["posts with media"] = sum(1 for p in posts if p["media"])
stats["media items"] = len(paths)
stats["videos"] = sum(1 for x in paths if x.endswith(".mp4"))
stats["geotagged posts"] = sum(1 for p in posts if p["geo"])
stats["geotagged clean posts"] = sum(1 for p in posts if p["geo"] and not lab_by[p["id"]]["rules"])
stats["replies"] = sum(1 for p in posts if p["in_reply_to"])
stats["replies in enrolled threads"] = sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] in post_by_id)
stats["replies to non-enrolled accounts"] = sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] not in post_by_id)
stats["clean posts"] = clean
stats["clean share"] = f"{100 * clean / len(posts):.1f}%"
stats["posts with unsure"] = sum(1 for p in posts if lab_by[p["id"]]["unsure"])
stats["first post"] = min(p["created_at"] for p in posts)
stats["last post"] = max(p["created_at"] for p in posts)
stats["register"] = f"{len(reg)} of {len(names_full)} names ({100 * len(reg) / len(names_full):.0f}%)"
rc = collections.Counter(r for l in labels for r in l["rules"])
uc = collections.Counter(r for l in labels for r in l["unsure"])
plat = collections.Counter(p["platform"] for p in posts)

if "--json" in sys.argv:
    print(json.dumps({"stats": stats, "rules": {r: [rc[r], uc[r]] for r in RULES}, "platform": plat}, indent=1))
else:
    for k, v in stats.items():
        print(f"{k}: {v}")
    for r in RULES:
        print(f"  {r}: rules={rc[r]} unsure={uc[r]}")
    print("per platform:", dict(plat))
for e in errs:
    print("ERROR:", e, file=sys.stderr)
if not (0.45 <= clean / len(posts) <= 0.55):
    print("ERROR: clean share outside 45-55%", file=sys.stderr)
    errs.append("clean")
if len(posts) < 300:
    errs.append("too few posts")
    print("ERROR: fewer than 300 posts", file=sys.stderr)
sys.exit(1 if errs else 0)
