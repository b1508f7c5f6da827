# Serialise hand-written posts (chunkNN.py) into bundle.jsonl / labels.jsonl and validate.
import glob, importlib, json, random, sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
import lib
from accounts import A
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "chunk*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])
posts = lib.POSTS
CLAUSE = {"name-leak": "Confidentiality", "sensitive-info": "Confidentiality", "family-photo": "Confidentiality",
          "geotag": "Confidentiality", "location-disclosure": "Confidentiality", "criticism": "Personal activity",
          "controversial-official": "Official activity", "disclaimer-missing": "Personal activity",
          "privacy-settings": "Personal activity"}
RULES = set(CLAUSE) | {"advice-to-family", "contact-details", "logo-misuse"}
DISABLED = {"advice-to-family", "contact-details", "logo-misuse"}
order = list(A)
errs = []
for p in posts:
    if p["a"] not in A: errs.append("unknown account %s: %s" % (p["a"], p["text"][:40]))
posts.sort(key=lambda p: (order.index(p["a"]), p["t"]))
rnd = random.Random(974)
n = 97410000
keys = {}
media_n = 0
for p in posts:
    n += rnd.randint(3, 40)
    acc = A[p["a"]]
    p["id"] = "%s:%d" % (acc["platform"], n)
    if p["k"]:
        if p["k"] in keys: errs.append("dup key " + p["k"])
        keys[p["k"]] = p["id"]
ids = set()
bundle, labels = [], []
for k, a in A.items():
    bundle.append({x: y for x, y in a.items() if not x.startswith("_")})
    labels.append({"subject": a["id"], "rules": a["_r"], "unsure": a["_u"],
                   "clauses": {r: CLAUSE[r] for r in a["_r"]}, "why": a["_why"]})
for p in posts:
    acc = A[p["a"]]; plat = acc["platform"]; h = acc["handle"]; num = p["id"].split(":")[1]
    url = {"x": f"https://x.com/{h}/status/{num}", "facebook": f"https://www.facebook.com/{h}/posts/{num}",
           "instagram": f"https://www.instagram.com/p/{num}/", "linkedin": f"https://www.linkedin.com/feed/update/urn:li:activity:{num}",
           "bluesky": f"https://bsky.app/profile/{h}/post/{num}", "blog": f"https://{h}/posts/{num}"}[plat]
    media = []
    for alt in p["m"]:
        media_n += 1
        typ = "video" if alt.startswith("VIDEO:") else "photo"
        alt2 = alt[6:].strip() if typ == "video" else alt
        media.append({"type": typ, "path": "media/b%03d.%s" % (media_n, "mp4" if typ == "video" else "jpg"), "alt_text": alt2})
    geo = None
    if p["g"]:
        geo = {"lat": p["g"][0], "lon": p["g"][1], "place_name": p["g"][2]}
    rep = None
    if p["re"]:
        ra, rp = p["re"]
        if ra in A: ra = A[ra]["id"]
        if rp.startswith("@"):
            if rp[1:] not in keys: errs.append("unresolved reply key " + rp)
            rp = keys.get(rp[1:], rp)
        rep = {"account": ra, "post_id": rp}
    vis = p["vis"] or ("friends" if acc["is_public"] is False else ("public" if acc["is_public"] else None))
    if acc["is_public"] is None and not p["vis"]: vis = "public"
    if not ("2025-06-01" <= p["t"][:10] <= "2026-11-30"): errs.append("date " + p["t"])
    rec = {"kind": "post", "id": p["id"], "account_id": acc["id"], "platform": plat,
           "created_at": p["t"].replace(" ", "T") + ":00Z" if len(p["t"]) == 16 else p["t"].replace(" ", "T") + "Z",
           "text": p["text"], "url": url, "lang": "en", "in_reply_to": rep, "geo": geo, "media": media, "visibility": vis}
    bundle.append(rec)
    for r in p["r"] + p["u"]:
        if r not in RULES: errs.append("bad rule " + r)
    if set(p["r"]) & DISABLED: errs.append("disabled rule positive: " + p["text"][:50])
    if set(p["r"]) & set(p["u"]): errs.append("rule both pos and unsure: " + p["text"][:50])
    if "controversial-official" in p["r"] and acc["role"] != "official": errs.append("co on personal: " + p["text"][:50])
    if "geotag" in p["r"] and not p["g"]: errs.append("geotag without geo: " + p["text"][:50])
    if p["g"] and "geotag" not in p["r"] + p["u"]: errs.append("geo not labelled: " + p["text"][:50])
    if "family-photo" in p["r"] and not p["m"]: errs.append("photo rule without media: " + p["text"][:50])
    labels.append({"subject": p["id"], "rules": p["r"], "unsure": p["u"],
                   "clauses": {r: CLAUSE[r] for r in p["r"]}, "why": p["why"] or "no rule applies"})
# validation
seen = set()
for l in labels:
    if l["subject"] in seen: errs.append("dup subject " + l["subject"])
    seen.add(l["subject"])
texts = collections.Counter(p["text"] for p in posts)
for t, c in texts.items():
    if c > 1: errs.append("duplicate text: " + t[:60])
with open(os.path.join(OUT, "bundle.jsonl"), "w") as f:
    for r in bundle: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
    for r in labels: f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-read and check
acc_ids = set()
sub = set()
for i, line in enumerate(open(os.path.join(OUT, "bundle.jsonl"))):
    d = json.loads(line)
    if d["kind"] == "account": acc_ids.add(d["id"])
    else:
        if d["account_id"] not in acc_ids: errs.append("post before/without account " + d["id"])
    sub.add(d["id"])
lab = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"))]
if set(l["subject"] for l in lab) != sub or len(lab) != len(sub): errs.append("label/subject mismatch")
for l in lab:
    for r in l["rules"]:
        if r not in l["clauses"]: errs.append("missing clause")
    if l["subject"] in acc_ids:
        if set(l["rules"] + l["unsure"]) - {"disclaimer-missing", "privacy-settings"}: errs.append("acct rule " + l["subject"])
    elif set(l["rules"] + l["unsure"]) & {"disclaimer-missing", "privacy-settings"}: errs.append("post acct rule")
np = len(posts)
pos = collections.Counter(); uns = collections.Counter()
for l in lab:
    if l["subject"] in acc_ids: continue
    pos.update(l["rules"]); uns.update(l["unsure"])
clean = sum(1 for p in posts if not p["r"])
clean_strict = sum(1 for p in posts if not p["r"] and not p["u"])
print("accounts", len(acc_ids), "posts", np, "clean", clean, "(%.0f%%)" % (100 * clean / max(np, 1)), "clean-no-unsure", clean_strict)
for r in ["name-leak", "sensitive-info", "location-disclosure", "criticism", "controversial-official", "family-photo", "geotag"]:
    print("  %-24s %4d (%4.1f%%)  unsure %d" % (r, pos[r], 100 * pos[r] / max(np, 1), uns[r]))
byacc = collections.Counter(p["a"] for p in posts)
print(" ".join("%s:%d" % kv for kv in byacc.items()))
print("official posts", byacc["cftx"] + byacc["cftfb"], "media", media_n, "geo", sum(1 for p in posts if p["g"]), "replies", sum(1 for p in posts if p["re"]))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
