"""Serialiser only: turns hand-written post records (chunkNN.py) into bundle/labels lines.
No text is generated here."""
import json, random, re, glob, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
RULES = {"nl": "name-leak", "si": "sensitive-info", "ld": "location-disclosure", "cr": "criticism",
         "co": "controversial-official", "fp": "family-photo", "gt": "geotag",
         "dm": "disclaimer-missing", "ps": "privacy-settings",
         "af": "advice-to-family", "cd": "contact-details", "lm": "logo-misuse"}
CLAUSE = {"name-leak": "Confidentiality", "sensitive-info": "Confidentiality", "family-photo": "Confidentiality",
          "geotag": "Confidentiality", "location-disclosure": "Confidentiality",
          "criticism": "Personal activity", "disclaimer-missing": "Personal activity",
          "privacy-settings": "Personal activity", "controversial-official": "Official activity"}
DISABLED = {"advice-to-family", "contact-details", "logo-misuse"}

POSTS = []  # filled by chunks via P()
_cur_chunk = [0]

def P(acct, when, text, rules="", u="", why="", m=None, g=None, r=None, k=None, vis=None, lang="en"):
    POSTS.append(dict(acct=acct, when=when, text=text, rules=rules, u=u, why=why, m=m or [], g=g, r=r, k=k,
                      vis=vis, lang=lang, chunk=_cur_chunk[0]))

def expand(s):
    out = []
    for t in s.split():
        rid = RULES[t]
        if rid not in out: out.append(rid)
    return out

def url_for(acc, pid):
    num = pid.split(":")[1]
    p, h = acc["platform"], acc["handle"]
    if p == "x": return f"https://x.com/{h}/status/{num}"
    if p == "facebook": return f"https://www.facebook.com/{h}/posts/{num}"
    if p == "instagram": return f"https://www.instagram.com/p/{num}/"
    if p == "bluesky": return f"https://bsky.app/profile/{h}/post/{num}"
    if p == "mastodon":
        user, inst = h.split("@")
        return f"https://{inst}/@{user}/{num}"
    if p == "blog": return f"https://{h}/{num}"
    return None

def build():
    import accounts
    ACC = accounts.ACCOUNTS
    byk = {a["key"]: a for a in ACC}
    files = sorted(glob.glob(os.path.join(HERE, "chunk*.py")))
    for f in files:
        n = int(re.search(r"chunk(\d+)", f).group(1))
        _cur_chunk[0] = n
        spec = importlib.util.spec_from_file_location(f"c{n}", f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    # assign ids
    ids, keys, used = [], {}, set()
    rng = {}
    nextid = {}
    mediacount = 0
    for p in POSTS:
        c = p["chunk"]
        if c not in rng:
            rng[c] = random.Random(973 + c); nextid[c] = 97300000 + c * 9000 + rng[c].randint(1, 50)
        pid_num = nextid[c]; nextid[c] += rng[c].randint(1, 40)
        assert pid_num < 97300000 + (c + 1) * 9000 and pid_num <= 97399999, "chunk overflow"
        acc = byk[p["acct"]]
        pid = f'{acc["platform"]}:{pid_num}'
        assert pid not in used; used.add(pid)
        p["id"] = pid
        if p["k"]:
            assert p["k"] not in keys, p["k"]; keys[p["k"]] = p
    bundle, labels = [], []
    for a in ACC:
        rec = {kk: a[kk] for kk in ("kind", "id", "platform", "handle", "display_name", "role", "bio", "about_text",
                                    "website", "is_public", "location_sharing")}
        bundle.append(rec)
        rl = expand(a["rules"]); ul = expand(a.get("u", ""))
        assert set(rl + ul) <= {"disclaimer-missing", "privacy-settings"}
        labels.append({"subject": a["id"], "rules": rl, "unsure": ul,
                       "clauses": {r: CLAUSE[r] for r in rl}, "why": a["why"]})
    for p in POSTS:
        acc = byk[p["acct"]]
        when = p["when"]
        if len(when) == 16: when += ":%02d" % (int(hashlib_n(p["text"])) % 60)
        when = when.replace(" ", "T") + "Z"
        assert "2025-06-01T00:00:00Z" <= when <= "2026-11-30T23:59:59Z", when
        irt = None
        if p["r"]:
            ra, rp = p["r"]
            if rp in keys:
                tgt = keys[rp]; irt = {"account": byk[tgt["acct"]]["id"], "post_id": tgt["id"]}
                assert tgt["acct"] != p["acct"] or True
            else:
                irt = {"account": byk[ra]["id"] if ra in byk else ra, "post_id": rp}
        media = []
        for alt in p["m"]:
            mediacount += 1
            ext = "mp4" if alt.startswith("VIDEO:") else "jpg"
            typ = "video" if ext == "mp4" else "photo"
            media.append({"type": typ, "path": f"media/cfta{mediacount:03d}.{ext}",
                          "alt_text": alt[6:].strip() if typ == "video" else alt})
        geo = None
        if p["g"]:
            geo = {"lat": p["g"][0], "lon": p["g"][1], "place_name": p["g"][2]}
        vis = p["vis"] or acc["vis"]
        rec = {"kind": "post", "id": p["id"], "account_id": acc["id"], "platform": acc["platform"],
               "created_at": when, "text": p["text"], "url": url_for(acc, p["id"]), "lang": p["lang"],
               "in_reply_to": irt, "geo": geo, "media": media, "visibility": vis}
        bundle.append(rec)
        rl = expand(p["rules"]); ul = expand(p["u"])
        assert not (set(rl) & {"disclaimer-missing", "privacy-settings"})
        assert not (set(rl) & DISABLED), p["text"]
        assert not (set(rl) & set(ul)), p["text"]
        if "controversial-official" in rl: assert acc["role"] == "official", p["text"]
        if "geotag" in rl: assert geo, p["text"]
        if "family-photo" in rl: assert media, p["text"]
        if geo and "geotag" not in rl and "geotag" not in ul: pass
        assert p["why"], p["text"]
        labels.append({"subject": p["id"], "rules": rl, "unsure": ul,
                       "clauses": {r: CLAUSE[r] for r in rl}, "why": p["why"]})
    # group posts by account (account order), each account's posts in time order; labels follow the same order
    order = {a["id"]: i for i, a in enumerate(ACC)}
    nacc = len(ACC)
    pairs = sorted(zip(bundle[nacc:], labels[nacc:]), key=lambda t: (order[t[0]["account_id"]], t[0]["created_at"]))
    bundle = bundle[:nacc] + [p for p, _ in pairs]
    labels = labels[:nacc] + [l for _, l in pairs]
    with open(os.path.join(OUT, "bundle.jsonl"), "w") as f:
        for r in bundle: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        for r in labels: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return bundle, labels

def hashlib_n(s):
    import hashlib
    return int(hashlib.md5(s.encode()).hexdigest()[:6], 16)

if __name__ == "__main__":
    import sys; sys.path.insert(0, HERE)
    b, l = build()
    from collections import Counter
    posts = [x for x in b if x["kind"] == "post"]
    pl = l[len(b) - len(posts):]
    c, cu = Counter(), Counter()
    for x in pl:
        c.update(x["rules"]); cu.update(x["unsure"])
    clean = sum(1 for x in pl if not x["rules"])
    print("accounts", len(b) - len(posts), "posts", len(posts), "clean", clean, f"{clean/len(posts):.0%}" if posts else "")
    for r in RULES.values():
        print(f"  {r:24s} {c[r]:4d} ({c[r]/max(1,len(posts)):.1%})  unsure {cu[r]}")
