#!/usr/bin/env python3
"""Serialise hand-written frozen9 sources into bundle.jsonl + labels.jsonl.

This script only assigns ids, timestamps, media paths and URLs, and serialises.
It never generates or varies post text: every post and every `why` is copied
verbatim from src/<org>_posts*.txt. Source line format (one post per line):

    acct|opts|rules|unsure|why|text

opts are ';'-separated: g=lat,lon,place  p=photo alt text  r=^N (reply to the post
N lines back) or r=<platform>:@handle (reply to an external account)  v=f (friends).
Rule letters: see CODES.
"""
import csv, glob, hashlib, json, os, re, subprocess, sys
from datetime import datetime, timedelta, timezone

CODES = {"N": "name-leak", "S": "sensitive-info", "F": "family-photo", "G": "geotag",
         "L": "location-disclosure", "O": "logo-misuse", "C": "criticism",
         "A": "advice-to-family", "P": "controversial-official", "K": "contact-details"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
ALL_RULES = set(CODES.values()) | ACCOUNT_RULES
CFG = {
    "twins": dict(prefix="75", ext="9894", media="t", extends="twins-trust-fcs"),
    "cft": dict(prefix="76", ext="9895", media="c", extends="childrens-family-trust"),
}
HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime(2029, 5, 1, 7, 0, tzinfo=timezone.utc)
END = datetime(2029, 10, 31, 21, 0, tzinfo=timezone.utc)


def url_for(acc, digits):
    p, h = acc["platform"], acc["handle"]
    if p == "x":
        return f"https://x.com/{h}/status/{digits}"
    if p == "facebook":
        return f"https://www.facebook.com/{h}/posts/{digits}"
    if p == "instagram":
        return f"https://www.instagram.com/p/{digits}/"
    if p == "blog":
        return f"https://{h}/?p={digits}"
    if p == "bluesky":
        return f"https://bsky.app/profile/{h}/post/{digits}"
    if p == "mastodon":
        user, server = h.split("@")
        return f"https://{server}/@{user}/{digits}"
    if p == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{digits}"
    raise ValueError(p)


def codes(s, where):
    out = []
    for ch in s.strip():
        if ch not in CODES:
            sys.exit(f"{where}: bad rule code {ch!r}")
        out.append(CODES[ch])
    return out


def build(org):
    cfg = CFG[org]
    accts = [json.loads(l) for l in open(f"{HERE}/{org}_accounts.jsonl", encoding="utf-8") if l.strip()]
    by_k = {a["k"]: a for a in accts}
    lines = []
    for fn in sorted(glob.glob(f"{HERE}/{org}_posts*.txt")):
        for i, l in enumerate(open(fn, encoding="utf-8"), 1):
            l = l.rstrip("\n")
            if l.strip():
                lines.append((f"{os.path.basename(fn)}:{i}", l))
    n = len(lines)
    posts, labels = [], {}
    ext_n = 0
    media_n = 0
    span = (END - START).total_seconds()
    for idx, (where, l) in enumerate(lines):
        parts = l.split("|", 5)
        if len(parts) != 6:
            sys.exit(f"{where}: expected 6 fields")
        k, opts, rules, unsure, why, text = parts
        acc = by_k.get(k) or sys.exit(f"{where}: unknown account {k}")
        plat = acc["platform"]
        digits = f"{cfg['prefix']}{idx + 1:017d}"
        pid = f"{plat}:{digits}"
        ts = START + timedelta(seconds=int(span * idx / n) + (idx * 7919) % 2400)
        post = {"kind": "post", "id": pid, "account_id": acc["id"], "platform": plat,
                "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text.replace("\\n", "\n"),
                "url": url_for(acc, digits), "lang": "en", "in_reply_to": None, "geo": None,
                "media": [], "visibility": "friends" if acc["is_public"] is False else "public"}
        for o in [o for o in opts.split(";") if o]:
            key, _, val = o.partition("=")
            if key == "g":
                lat, lon, place = val.split(",", 2)
                post["geo"] = {"lat": float(lat), "lon": float(lon), "place_name": place}
            elif key == "p":
                media_n += 1
                post["media"].append({"type": "photo", "path": f"media/{cfg['media']}{media_n:03d}.jpg",
                                      "alt_text": val})
            elif key == "r":
                if val.startswith("^"):
                    back = int(val[1:] or 1)
                    tgt = posts[idx - back]
                    if tgt["platform"] != plat:
                        sys.exit(f"{where}: thread across platforms")
                    post["in_reply_to"] = {"account": tgt["account_id"], "post_id": tgt["id"]}
                else:
                    ext_n += 1
                    rp = val.split(":", 1)[0]
                    if rp != plat:
                        sys.exit(f"{where}: external reply on other platform")
                    post["in_reply_to"] = {"account": val, "post_id": f"{plat}:{cfg['ext']}{ext_n:015d}"}
            elif key == "v":
                post["visibility"] = {"f": "friends", "p": "public"}[val]
            elif key == "l":
                post["lang"] = val
            else:
                sys.exit(f"{where}: bad opt {o}")
        r, u = codes(rules, where), codes(unsure, where)
        if set(r) & set(u):
            sys.exit(f"{where}: rule both sure and unsure")
        posts.append(post)
        labels[pid] = {"subject": pid, "rules": r, "unsure": u, "why": why or "clean"}
    out_dir = os.path.join(os.path.dirname(HERE), org)
    os.makedirs(out_dir, exist_ok=True)
    bundle, lab = [], []
    for a in accts:
        rec = {"kind": "account"}
        rec.update({kk: v for kk, v in a.items() if kk not in ("k", "_r", "_u", "_w")})
        bundle.append(rec)
        for x in a["_r"] + a["_u"]:
            assert x in ACCOUNT_RULES, (a["id"], x)
        lab.append({"subject": a["id"], "rules": a["_r"], "unsure": a["_u"], "why": a["_w"]})
    for a in accts:
        mine = sorted([p for p in posts if p["account_id"] == a["id"]], key=lambda p: p["created_at"])
        for p in mine:
            bundle.append(p)
            lab.append(labels[p["id"]])
    with open(f"{out_dir}/bundle.jsonl", "w", encoding="utf-8") as f:
        for rec in bundle:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(f"{out_dir}/labels.jsonl", "w", encoding="utf-8") as f:
        for rec in lab:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # register: hand-written list; lines 'name,listed' (listed = y/n)
    names = [row for row in csv.reader(open(f"{HERE}/{org}_names.csv", encoding="utf-8")) if row]
    with open(f"{out_dir}/register.csv", "w", encoding="utf-8") as f:
        f.write("name\n")
        for nm, listed in names:
            if listed == "y":
                f.write(nm + "\n")
    with open(f"{out_dir}/policy.toml", "w", encoding="utf-8") as f:
        f.write("# frozen9: pack plus this set's partial protected-names register\n"
                f"extends = \"{cfg['extends']}\"\n[names]\nregister = \"register.csv\"\n")
    return out_dir


if __name__ == "__main__":
    for org in sys.argv[1:] or ["twins", "cft"]:
        print(build(org))
