#!/usr/bin/env python3
"""Validate cft/bundle.jsonl, cft/labels.jsonl, cft/register.csv and print the counts used in the README."""
import csv, json, os, re, sys
from collections import Counter, defaultdict

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cft")
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
PLATFORMS = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    out = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            out.append(json.loads(line))
        except Exception as e:
            err(f"{path}:{n}: bad JSON {e}")
    return out


bundle = load(os.path.join(OUT, "bundle.jsonl"))
labels = load(os.path.join(OUT, "labels.jsonl"))

accounts = [r for r in bundle if r.get("kind") == "account"]
posts = [r for r in bundle if r.get("kind") == "post"]
seen_post = False
for r in bundle:
    if r["kind"] == "post":
        seen_post = True
    elif seen_post:
        err(f"account after posts: {r['id']}")

ids = [r["id"] for r in bundle]
for i, c in Counter(ids).items():
    if c > 1:
        err(f"duplicate id {i}")
acc_ids = {a["id"] for a in accounts}
post_ids = {p["id"] for p in posts}
for a in accounts:
    if a["platform"] not in PLATFORMS:
        err(f"bad platform {a['id']}")
    exp = f"blog:{a['handle']}" if a["platform"] == "blog" else f"{a['platform']}:@{a['handle']}"
    if a["id"] != exp:
        err(f"account id {a['id']} != {exp}")

last_time = {}
order = []
for p in posts:
    if not re.fullmatch(r"[a-z]+:90\d{17}", p["id"]):
        err(f"bad post id {p['id']}")
    if p["id"].split(":")[1].startswith("9909"):
        err(f"own post uses 9909 prefix {p['id']}")
    if p["platform"] != p["id"].split(":")[0] or p["account_id"] not in acc_ids:
        err(f"platform/account mismatch {p['id']}")
    if not ("2032-11-01T00:00:00Z" <= p["created_at"] <= "2033-04-30T23:59:59Z"):
        err(f"date out of range {p['id']} {p['created_at']}")
    acc = p["account_id"]
    if acc in last_time and p["created_at"] < last_time[acc]:
        err(f"not in time order {p['id']}")
    if order and order[-1] != acc and acc in order:
        err(f"account posts not contiguous {acc}")
    if not order or order[-1] != acc:
        order.append(acc)
    last_time[acc] = p["created_at"]
    if p["visibility"] not in ("public", "friends"):
        err(f"visibility {p['id']}")
    r = p["in_reply_to"]
    if r is not None:
        if r["post_id"] in post_ids:
            parent = next(q for q in posts if q["id"] == r["post_id"])
            if parent["account_id"] != r["account"] or parent["platform"] != p["platform"] or parent["created_at"] >= p["created_at"]:
                err(f"bad local reply {p['id']}")
        else:
            if not re.fullmatch(r"9909\d{15}", r["post_id"]) or r["account"] in acc_ids:
                err(f"bad external reply {p['id']}")
    for m in p["media"]:
        if not re.fullmatch(r"media/d\d{3}\.(jpg|mp4)", m["path"]) or not m.get("alt_text"):
            err(f"bad media {p['id']}")
    if p["geo"] is not None and set(p["geo"]) != {"lat", "lon", "place_name"}:
        err(f"bad geo {p['id']}")
    if not p["text"].strip():
        err(f"empty text {p['id']}")

lab_by = {}
for l in labels:
    if l["subject"] in lab_by:
        err(f"duplicate label {l['subject']}")
    lab_by[l["subject"]] = l
    if set(l) != {"subject", "rules", "unsure", "why"}:
        err(f"label keys {l['subject']}")
    for x in l["rules"] + l["unsure"]:
        if x not in RULES:
            err(f"unknown rule {x} on {l['subject']}")
    if set(l["rules"]) & set(l["unsure"]):
        err(f"rules and unsure overlap {l['subject']}")
    if len(set(l["rules"])) != len(l["rules"]):
        err(f"dup rule {l['subject']}")
for s in ids:
    if s not in lab_by:
        err(f"no label for {s}")
for s in lab_by:
    if s not in set(ids):
        err(f"label for unknown subject {s}")
for a in accounts:
    l = lab_by.get(a["id"])
    if l and (set(l["rules"]) | set(l["unsure"])) - ACCOUNT_RULES:
        err(f"post rule on account {a['id']}")
for p in posts:
    l = lab_by.get(p["id"])
    if not l:
        continue
    if (set(l["rules"]) | set(l["unsure"])) & ACCOUNT_RULES:
        err(f"account rule on post {p['id']}")
    if "geotag" in l["rules"] + l["unsure"] and p["geo"] is None:
        err(f"geotag label without geo {p['id']}")
    if "family-photo" in l["rules"] and not p["media"]:
        err(f"family-photo without media {p['id']}")
    if "controversial-official" in l["rules"] + l["unsure"]:
        acc = next(a for a in accounts if a["id"] == p["account_id"])
        if acc["role"] != "official":
            err(f"controversial-official on personal {p['id']}")
    if p["geo"] is not None and "geotag" not in l["rules"] + l["unsure"]:
        # a geotag on a post about a child in care must be labelled
        if set(l["rules"]) & {"name-leak", "sensitive-info", "family-photo", "location-disclosure"}:
            err(f"geo on child post without geotag label {p['id']}")

# register
reg_path = os.path.join(OUT, "register.csv")
reg = []
if os.path.exists(reg_path):
    rows = list(csv.reader(open(reg_path, encoding="utf-8")))
    if rows[0] != ["name"]:
        err("register header")
    reg = [r[0] for r in rows[1:]]
    alltext = " ".join(p["text"].lower() for p in posts)
    for n in reg:
        if n.lower() not in alltext:
            err(f"register name not in posts: {n}")


# name consistency: every post mentioning a supported child/family name (or @-handle carrying one)
# has name-leak in rules or unsure, and vice versa (except names only visible in media alt text)
SUPPORTED = ["kayden", "kayds", "lacey", "shannon", "shannonm", "tyler", "skye", "skyee", "kayleigh",
             "callum", "kerry-anne", "olly", "amira", "doreen", "cai", "seren", "glenys", "jago",
             "demelza", "kacey", "kace", "kaceyy", "brandon", "cormac", "aoife", "shauna", "deji",
             "dejiii", "kiana", "remi", "marley", "leon", "paige", "harvey", "charlie-ray", "tia",
             "donna", "reece", "jade", "josh", "cr"]
for p in posts:
    t = p["text"].lower()
    hit = [n for n in SUPPORTED if re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", t)]
    if p["in_reply_to"]:
        hit += [n for n in SUPPORTED if len(n) > 2 and n in p["in_reply_to"]["account"].lower()]
    alt = " ".join((m.get("alt_text") or "").lower() for m in p["media"])
    alt_hit = [n for n in SUPPORTED if len(n) > 2 and re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", alt)]
    l = lab_by[p["id"]]
    labelled = "name-leak" in l["rules"] + l["unsure"]
    if bool(hit or alt_hit) != labelled:
        err(f"name-leak label mismatch {p['id']} {hit or alt_hit}")

# stats
n_posts = len(posts)
clean = sum(1 for p in posts if not lab_by[p["id"]]["rules"])
rule_counts = Counter()
unsure_counts = Counter()
for l in labels:
    rule_counts.update(l["rules"])
    unsure_counts.update(l["unsure"])
per_acc = Counter(p["account_id"] for p in posts)
stats = {
    "accounts": len(accounts),
    "official": sum(1 for a in accounts if a["role"] == "official"),
    "posts": n_posts,
    "media_items": sum(len(p["media"]) for p in posts),
    "posts_with_media": sum(1 for p in posts if p["media"]),
    "videos": sum(1 for p in posts for m in p["media"] if m["type"] == "video"),
    "geotagged": sum(1 for p in posts if p["geo"]),
    "geotagged_clean": sum(1 for p in posts if p["geo"] and not lab_by[p["id"]]["rules"]),
    "replies": sum(1 for p in posts if p["in_reply_to"]),
    "replies_local": sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] in post_ids),
    "replies_external": sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] not in post_ids),
    "clean": clean,
    "clean_share": round(clean / n_posts, 3),
    "first": min(p["created_at"] for p in posts),
    "last": max(p["created_at"] for p in posts),
    "friends_visibility": sum(1 for p in posts if p["visibility"] == "friends"),
    "register_names": len(reg),
}
print(json.dumps(stats, indent=1))
print("rules:", dict(sorted(rule_counts.items())))
print("unsure:", dict(sorted(unsure_counts.items())))
print("platforms:", dict(Counter(p["platform"] for p in posts)))
for a in accounts:
    l = lab_by[a["id"]]
    print("ACC", a["id"], a["role"], a["is_public"], a["location_sharing"], per_acc[a["id"]], l["rules"], l["unsure"])
if not (0.45 <= clean / n_posts <= 0.55):
    err(f"clean share {clean/n_posts:.3f} outside 45-55%")
if n_posts < 300:
    err("fewer than 300 posts")
if errors:
    print("ERRORS:")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("OK")
