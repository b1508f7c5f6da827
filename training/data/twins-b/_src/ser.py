# Serialiser/validator only: every post text, label and account below was written by hand in chunkNN.py.
import json, os, glob, importlib.util, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"N": "name-leak", "S": "sensitive-info", "L": "location-disclosure", "C": "criticism",
         "A": "advice-to-family", "O": "controversial-official", "T": "contact-details",
         "F": "family-photo", "G": "geotag", "M": "logo-misuse", "D": "disclaimer-missing", "P": "privacy-settings"}
CLAUSE = {"disclaimer-missing": "Post content 7", "privacy-settings": "Post content 6", "name-leak": "Post content 1",
          "sensitive-info": "Post content 1", "family-photo": "Photos", "geotag": "Post content 3",
          "location-disclosure": "Post content 3", "logo-misuse": "Guidance for personal use",
          "criticism": "Guidance for personal use", "advice-to-family": "Post content 11",
          "controversial-official": "Post content 12; Guidance for personal use", "contact-details": "Post content 4"}
ACCTS = collections.OrderedDict()   # key -> (record, rules, unsure, why)
POSTS = []

def A(key, id, handle, name, role, bio, about=None, website=None, public=True, loc=False, r="", u="", w=""):
    plat = id.split(":")[0]
    rec = {"kind": "account", "id": id, "platform": plat, "handle": handle, "display_name": name, "role": role,
           "bio": bio, "about_text": about, "website": website, "is_public": public, "location_sharing": loc}
    ACCTS[key] = (rec, r, u, w)

def P(a, t, x, r="", u="", w="", m=None, g=None, re=None, k=None, v=None, nm=None):
    POSTS.append(dict(a=a, t=t, x=x, r=r, u=u, w=w, m=m or [], g=g, re=re, k=k, v=v, nm=nm or []))

def load():
    spec = importlib.util.spec_from_file_location("accounts", os.path.join(HERE, "accounts.py"))
    mod = importlib.util.module_from_spec(spec); mod.A = A; mod.P = P; spec.loader.exec_module(mod)
    for f in sorted(glob.glob(os.path.join(HERE, "chunk*.py"))):
        n0 = len(POSTS)
        src = open(f).read()
        exec(compile(src, f, "exec"), {"P": P})
        for p in POSTS[n0:]: p["src"] = os.path.basename(f)

def url(plat, handle, pid):
    num = pid.split(":")[1]
    return {"x": f"https://x.com/{handle}/status/{num}", "facebook": f"https://www.facebook.com/{handle}/posts/{num}",
            "bluesky": f"https://bsky.app/profile/{handle}/post/{num}", "instagram": f"https://www.instagram.com/p/{num}/",
            "blog": f"https://{handle}/{num}", "mastodon": f"https://mastodon.social/@{handle}/{num}",
            "linkedin": f"https://www.linkedin.com/feed/update/{num}/"}[plat]

def build():
    load()
    errs = []
    keys = {}
    # stable ids: order of writing
    for i, p in enumerate(POSTS):
        rec = ACCTS[p["a"]][0]
        p["id"] = f'{rec["platform"]}:{97200000 + 11 * i + 3 + (i * 7) % 5}'
        if p["k"]:
            if p["k"] in keys: errs.append("dup key " + p["k"])
            keys[p["k"]] = p
    ext = 97290001
    posts = sorted(POSTS, key=lambda p: (p["t"]))
    lines, labels = [], []
    for key, (rec, r, u, w) in ACCTS.items():
        lines.append(rec)
        labels.append(lab(rec["id"], r, u, w, errs, acct=True))
    seen = set()
    for p in posts:
        rec = ACCTS[p["a"]][0]
        irt = None
        if p["re"] is not None:
            if isinstance(p["re"], str):
                tgt = keys.get(p["re"])
                if not tgt: errs.append("bad re " + p["re"]); continue
                if tgt["t"] >= p["t"]: errs.append(f'reply before parent {p["x"][:40]}')
                if ACCTS[tgt["a"]][0]["platform"] != rec["platform"]: errs.append(f'cross-platform reply {p["x"][:40]}')
                irt = {"account": ACCTS[tgt["a"]][0]["id"], "post_id": tgt["id"]}
            else:
                acc = p["re"][0]
                if not acc.startswith(rec["platform"] + ":"): errs.append("reply platform " + acc)
                irt = {"account": acc, "post_id": f'{rec["platform"]}:{ext}'}; ext += 1
        geo = None
        if p["g"]:
            geo = {"lat": p["g"][0], "lon": p["g"][1], "place_name": p["g"][2]}
        media = []
        for j, m in enumerate(p["m"]):
            typ = "photo"
            if isinstance(m, tuple): typ, m = m
            media.append({"type": typ, "path": f'media/{p["id"].split(":")[1]}_{j+1}.{"mp4" if typ=="video" else "jpg"}', "alt_text": m})
        vis = p["v"] or {False: "friends", None: None}.get(rec["is_public"], "public")
        t = p["t"].replace(" ", "T")
        if len(t) == 16: t += ":00"
        t += "Z"
        if not ("2025-06-01" <= t[:10] <= "2026-11-30"): errs.append("date " + t)
        d = {"kind": "post", "id": p["id"], "account_id": rec["id"], "platform": rec["platform"], "created_at": t,
             "text": p["x"], "url": url(rec["platform"], rec["handle"], p["id"]), "lang": "en", "in_reply_to": irt,
             "geo": geo, "media": media, "visibility": vis}
        if p["id"] in seen: errs.append("dup id")
        seen.add(p["id"])
        lines.append(d)
        L = lab(p["id"], p["r"], p["u"], p["w"], errs)
        rs, us = set(L["rules"]), set(L["unsure"])
        if "D" in p["r"] + p["u"] or "P" in p["r"] + p["u"]: errs.append("account rule on post " + p["x"][:40])
        if "O" in p["r"] and rec["role"] != "official": errs.append("O on personal " + p["x"][:40])
        if "M" in p["r"] and (rec["role"] != "personal" or not media): errs.append("M bad " + p["x"][:40])
        if "F" in p["r"] and not media: errs.append("F without media " + p["x"][:40])
        if "G" in p["r"] and not geo: errs.append("G without geo " + p["x"][:40])
        if geo and "G" not in p["r"] + p["u"]: errs.append("geo not labelled " + p["x"][:40])
        if "N" in p["r"] and not p["nm"]: errs.append("N without nm " + p["x"][:40])
        if not p["w"]: errs.append("no why " + p["x"][:40])
        labels.append(L)
    return lines, labels, errs, posts

def lab(subj, r, u, w, errs, acct=False):
    for c in r + u:
        if c not in CODES: errs.append(f"bad code {c} {subj}")
    rules = [CODES[c] for c in r]
    uns = [CODES[c] for c in u if c not in r]
    if acct and any(x not in ("disclaimer-missing", "privacy-settings") for x in rules + uns): errs.append("acct rule " + subj)
    return {"subject": subj, "rules": rules, "unsure": uns, "clauses": {x: CLAUSE[x] for x in rules}, "why": w}

if __name__ == "__main__":
    lines, labels, errs, posts = build()
    with open(os.path.join(OUT, "bundle.jsonl"), "w") as f:
        for d in lines: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        for d in labels: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    np = sum(1 for d in lines if d["kind"] == "post")
    c = collections.Counter(); cu = collections.Counter()
    for L in labels:
        for x in L["rules"]: c[x] += 1
        for x in L["unsure"]: cu[x] += 1
    clean = sum(1 for L in labels[len(ACCTS):] if not L["rules"])
    off = sum(1 for p in posts if ACCTS[p["a"]][0]["role"] == "official")
    print(f"accounts {len(ACCTS)} posts {np} official {off} clean {clean} ({clean/max(np,1):.0%})")
    for k in CODES.values(): print(f"  {k:24s} +{c[k]:4d} ({c[k]/max(np,1):.1%})  ?{cu[k]}")
    by = collections.Counter(p["a"] for p in posts); print(dict(by))
    names = collections.OrderedDict()
    for p in posts:
        for n in p["nm"]: names[n] = 1
    print("names", len(names))
    for e in errs: print("ERR", e)
