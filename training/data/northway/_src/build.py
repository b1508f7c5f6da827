#!/usr/bin/env python3
"""Serialise hand-written posts (chunk*.txt) into bundle.jsonl / labels.jsonl and validate.
Only parses and serialises; every post text, label and reason is hand-written in the chunk files."""
import json, glob, os, re, sys, csv, collections
sys.path.insert(0, os.path.dirname(__file__))
from accounts import A
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"nl": "name-leak", "si": "sensitive-info", "ld": "location-disclosure", "cr": "criticism",
         "ad": "advice-to-family", "co": "controversial-official", "cd": "contact-details",
         "fp": "family-photo", "gt": "geotag", "lm": "logo-misuse"}
CLAUSE = {"disclaimer-missing": "5.1", "privacy-settings": "5.2", "name-leak": "2.1", "sensitive-info": "2.2",
          "family-photo": "3.1", "geotag": "1.2", "location-disclosure": "1.1", "logo-misuse": "5.4",
          "criticism": "5.3", "advice-to-family": "4.1", "controversial-official": "6.1", "contact-details": "4.1"}
acc = {a[0]: a for a in A}

def parse(path):
    posts, cur = [], None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.startswith("=="):
            parts = [p.strip() for p in line[2:].split("|")]
            if len(parts) != 4:
                sys.exit(f"{path}:{ln}: bad header")
            k, d, t = parts[0].split()
            def codes(s):
                if s in ("-", ""): return []
                out = []
                for c in s.split():
                    if c not in CODES: sys.exit(f"{path}:{ln}: bad code {c}")
                    out.append(CODES[c])
                return out
            if k not in acc: sys.exit(f"{path}:{ln}: unknown account {k}")
            cur = {"acct": k, "ts": f"{d}T{t}:00Z" if len(t) == 5 else f"{d}T{t}Z", "rules": codes(parts[1]),
                   "unsure": codes(parts[2]), "why": parts[3], "lines": [], "media": [], "geo": None,
                   "re": None, "key": None, "names": [], "vis": None, "src": f"{os.path.basename(path)}:{ln}"}
            posts.append(cur)
        elif cur is None:
            continue
        elif line.startswith("+photo ") or line.startswith("+video "):
            typ = "photo" if line.startswith("+photo") else "video"
            cur["media"].append((typ, line[7:].strip()))
        elif line.startswith("+geo "):
            m = line[5:].split(None, 2)
            cur["geo"] = {"lat": float(m[0]), "lon": float(m[1]), "place_name": m[2]}
        elif line.startswith("+re "):
            cur["re"] = line[4:].strip()
        elif line.startswith("+id "):
            cur["key"] = line[4:].strip()
        elif line.startswith("+names "):
            cur["names"] = [n.strip() for n in line[7:].split(",") if n.strip()]
        elif line.startswith("+vis "):
            cur["vis"] = line[5:].strip()
        else:
            cur["lines"].append(line)
    return posts

def main():
    posts = []
    for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "chunk*.txt"))):
        posts += parse(f)
    for p in posts:
        p["text"] = "\n".join(p["lines"]).strip()
        if not p["text"]: sys.exit(f"{p['src']}: empty text")
        if not ("2025-06-01" <= p["ts"][:10] <= "2026-11-30"): sys.exit(f"{p['src']}: date out of range")
    order = sorted(range(len(posts)), key=lambda i: (posts[i]["ts"], i))
    keys = {}
    for n, i in enumerate(order):
        p = posts[i]
        p["num"] = 97500000 + n * 100 + (n * 37) % 89 + 1
        if p["key"]:
            if p["key"] in keys: sys.exit(f"dup key {p['key']}")
            keys[p["key"]] = p
    ext = 97590000
    mcount = 0
    for n, i in enumerate(order):
        p = posts[i]
        a = acc[p["acct"]]
        plat = a[2]
        p["id"] = f"{plat}:{p['num']}"
        if p["re"]:
            if p["re"].startswith("ext "):
                ext += 7
                tgt = p["re"][4:].strip()
                p["in_reply_to"] = {"account": tgt, "post_id": f"{tgt.split(':')[0]}:{ext}"}
            else:
                par = keys.get(p["re"].lstrip("@"))
                if not par: sys.exit(f"{p['src']}: unknown reply key {p['re']}")
                if par["ts"] >= p["ts"]: sys.exit(f"{p['src']}: reply before parent")
                if acc[par["acct"]][2] != plat: sys.exit(f"{p['src']}: cross-platform reply")
                p["in_reply_to"] = {"account": acc[par["acct"]][1], "post_id": par["id"]}
        else:
            p["in_reply_to"] = None
        media = []
        for typ, alt in p["media"]:
            mcount += 1
            media.append({"type": typ, "path": f"media/nw{mcount:04d}.{'jpg' if typ == 'photo' else 'mp4'}", "alt_text": alt})
        p["media_out"] = media
    def url(a, p):
        h, num, plat = a[3], p["num"], a[2]
        return {"x": f"https://x.com/{h}/status/{num}", "facebook": f"https://www.facebook.com/{h}/posts/{num}",
                "instagram": f"https://www.instagram.com/p/{num}/", "blog": f"https://{h}/p/{num}",
                "bluesky": f"https://bsky.app/profile/{h}/post/{num}", "mastodon": f"https://mastodon.social/@{h}/{num}",
                "linkedin": f"https://www.linkedin.com/feed/update/urn:li:activity:{num}"}[plat]
    bundle, labels = [], []
    for a in A:
        key, aid, plat, h, dn, role, bio, about, web, pub, loc, rr, uu, why = a
        bundle.append({"kind": "account", "id": aid, "platform": plat, "handle": h, "display_name": dn, "role": role,
                       "bio": bio, "about_text": about, "website": web, "is_public": pub, "location_sharing": loc})
        labels.append({"subject": aid, "rules": rr, "unsure": uu, "clauses": {r: CLAUSE[r] for r in rr}, "why": why})
    byacct = collections.defaultdict(list)
    for i in order:
        byacct[posts[i]["acct"]].append(posts[i])
    for a in A:
        for p in byacct[a[0]]:
            vis = p["vis"] or ("public" if a[9] is not False else "friends")
            bundle.append({"kind": "post", "id": p["id"], "account_id": a[1], "platform": a[2], "created_at": p["ts"],
                           "text": p["text"], "url": url(a, p), "lang": "en", "in_reply_to": p["in_reply_to"],
                           "geo": p["geo"], "media": p["media_out"], "visibility": vis})
            labels.append({"subject": p["id"], "rules": p["rules"], "unsure": p["unsure"],
                           "clauses": {r: CLAUSE[r] for r in p["rules"]}, "why": p["why"]})
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as f:
        for r in bundle: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # names used in leaks
    names = []
    for i in order:
        for n in posts[i]["names"]:
            if n not in names: names.append(n)
    with open(os.path.join(os.path.dirname(__file__), "leaked_names.txt"), "w") as f:
        f.write("\n".join(names) + "\n")
    # stats
    cnt, uns = collections.Counter(), collections.Counter()
    for l in labels:
        cnt.update(l["rules"]); uns.update(l["unsure"])
    np_ = len(posts)
    clean = sum(1 for p in posts if not p["rules"])
    print(f"accounts {len(A)} posts {np_} clean {clean} ({100*clean/max(np_,1):.1f}%) media {mcount} geo {sum(1 for p in posts if p['geo'])} replies {sum(1 for p in posts if p['re'])}")
    for r in CLAUSE:
        print(f"  {r:24s} {cnt[r]:4d} ({100*cnt[r]/max(np_,1):5.1f}%)  unsure {uns[r]}")
    pa = collections.Counter(p["acct"] for p in posts)
    print("  per account:", dict(pa))
    print("  leaked names:", len(names))
    # sanity checks
    for p in posts:
        if "controversial-official" in p["rules"] and acc[p["acct"]][5] != "official":
            print("WARN co on personal", p["src"])
        if "geotag" in p["rules"] and not p["geo"]:
            print("WARN geotag w/o geo", p["src"])
        if p["geo"] and "geotag" not in p["rules"] + p["unsure"]:
            print("WARN geo not labelled", p["src"])
        if ("family-photo" in p["rules"] or "logo-misuse" in p["rules"]) and not p["media"]:
            print("WARN photo rule w/o media", p["src"])
        if "name-leak" in p["rules"] and not p["names"]:
            print("WARN name-leak w/o +names", p["src"])
        if "logo-misuse" in p["rules"] and acc[p["acct"]][5] == "official":
            print("WARN logo on official", p["src"])
        if set(p["rules"]) & set(p["unsure"]):
            print("WARN overlap", p["src"])
main()
