#!/usr/bin/env python3
"""Serialise hand-written sources into bundle.jsonl + labels.jsonl.

This script only assigns ids, timestamps, media paths and urls, and serialises.
It never generates or varies text: every account and post text, every label and
every 'why' comes verbatim from the hand-written source files.

Usage: build.py ORG   (ORG = twins | cft)
Sources: src/ORG_accounts.txt, src/ORG_posts*.txt
  account line: key|id|platform|handle|display_name|role|is_public|location_sharing|website|bio|about|rules|unsure|why
  post line:    key|rules|unsure|why|extras|text        ('\\n' in text = newline)
  rule letters: D disclaimer-missing, V privacy-settings, N name-leak, S sensitive-info,
                F family-photo, G geotag, L location-disclosure, O logo-misuse, C criticism,
                A advice-to-family, P controversial-official, K contact-details
  extras (~ separated): ph:ALT  vid:ALT  geo:PLACE,LAT,LON  re:ACCOUNT_ID  re:#TAG  tag:TAG  vis:VIS
"""
import re, glob, hashlib, json, os, sys, datetime as dt

CODES = {"D": "disclaimer-missing", "V": "privacy-settings", "N": "name-leak",
         "S": "sensitive-info", "F": "family-photo", "G": "geotag",
         "L": "location-disclosure", "O": "logo-misuse", "C": "criticism",
         "A": "advice-to-family", "P": "controversial-official", "K": "contact-details"}
ORG = sys.argv[1]
PFX, EXT = {"twins": ("73", "9892"), "cft": ("74", "9893")}[ORG]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), ORG)
START = dt.datetime(2028, 11, 1, 7, 0, tzinfo=dt.timezone.utc)
END = dt.datetime(2029, 4, 30, 21, 0, tzinfo=dt.timezone.utc)
errs = []

def letters(s, where):
    out = []
    for c in s.strip():
        if c not in CODES:
            errs.append(f"{where}: bad rule letter {c!r}")
        else:
            out.append(CODES[c])
    return out

def h(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % mod

def nb(v):
    return {"true": True, "false": False, "null": None, "": None}[v.strip()]

accounts, acc_labels, keymap = [], [], {}
for ln, line in enumerate(open(os.path.join(HERE, f"{ORG}_accounts.txt"), encoding="utf-8"), 1):
    if not line.strip() or line.startswith("#"):
        continue
    f = line.rstrip("\n").split("|")
    if len(f) != 14:
        errs.append(f"accounts:{ln}: {len(f)} fields"); continue
    key, aid, plat, handle, disp, role, pub, loc, web, bio, about, r, u, why = f
    rec = {"kind": "account", "id": aid, "platform": plat, "handle": handle,
           "display_name": disp, "role": role, "bio": bio or None,
           "about_text": (about.replace("\\n", "\n") or None), "website": web or None,
           "is_public": nb(pub), "location_sharing": nb(loc)}
    keymap[key] = rec
    accounts.append(rec)
    rr, uu = letters(r, f"acc {key}"), letters(u, f"acc {key}")
    for x in rr + uu:
        if x not in ("disclaimer-missing", "privacy-settings"):
            errs.append(f"acc {key}: post rule on account")
    acc_labels.append({"subject": aid, "rules": rr, "unsure": uu, "why": why})

posts = []
for path in sorted(glob.glob(os.path.join(HERE, f"{ORG}_posts*.txt"))):
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\n").split("|", 5)
        if len(f) != 6:
            errs.append(f"{os.path.basename(path)}:{ln}: {len(f)} fields"); continue
        key, r, u, why, extras, text = f
        where = f"{os.path.basename(path)}:{ln}"
        if "|" in text or re.match(r"\s*(ph|vid|geo|re|tag|vis):", text):
            errs.append(f"{where}: extras leaked into text")
        if key not in keymap:
            errs.append(f"{where}: unknown account {key}"); continue
        p = {"key": key, "rules": letters(r, where), "unsure": letters(u, where), "why": why,
             "text": text.replace("\\n", "\n").strip(), "where": where, "media": [], "geo": None,
             "re": None, "tag": None, "vis": None}
        for x in p["rules"] + p["unsure"]:
            if x in ("disclaimer-missing", "privacy-settings"):
                errs.append(f"{where}: account rule on post")
        for e in [e for e in extras.split("~") if e.strip()]:
            k, _, v = e.partition(":")
            k = k.strip()
            if k in ("ph", "vid"):
                p["media"].append(("photo" if k == "ph" else "video", v.strip()))
            elif k == "geo":
                place, lat, lon = [s.strip() for s in v.rsplit(",", 2)]
                p["geo"] = {"lat": float(lat), "lon": float(lon), "place_name": place}
            elif k == "re":
                p["re"] = v.strip()
            elif k == "tag":
                p["tag"] = v.strip()
            elif k == "vis":
                p["vis"] = v.strip()
            else:
                errs.append(f"{where}: bad extra {e!r}")
        if ("geotag" in p["rules"]) and not p["geo"]:
            errs.append(f"{where}: geotag label without geo")
        if p["geo"] and "geotag" not in p["rules"] + p["unsure"]:
            print(f"note {where}: geo present, geotag not labelled", file=sys.stderr)
        if ("family-photo" in p["rules"] or "logo-misuse" in p["rules"]) and not p["media"]:
            errs.append(f"{where}: photo rule without media")
        posts.append(p)

# timestamps: each account's posts spread over the window in source order, plus a hash jitter
by_acc = {}
for p in posts:
    by_acc.setdefault(p["key"], []).append(p)
span = (END - START).total_seconds()
for key, lst in by_acc.items():
    n = len(lst)
    for i, p in enumerate(lst):
        slot = span / n
        off = slot * i + h(p["text"], int(slot * 0.8) or 1)
        p["t"] = START + dt.timedelta(seconds=off)
tags = {p["tag"]: p for p in posts if p["tag"]}
for p in posts:  # replies come after their target
    if p["re"] and p["re"].startswith("#"):
        tgt = tags.get(p["re"][1:])
        if not tgt:
            errs.append(f"{p['where']}: unknown tag {p['re']}"); continue
        if keymap[tgt["key"]]["platform"] != keymap[p["key"]]["platform"]:
            errs.append(f"{p['where']}: thread across platforms")
        p["t"] = tgt["t"] + dt.timedelta(minutes=9 + h(p["text"], 170))
        if p["t"] > END:
            errs.append(f"{p['where']}: reply after window")

n_post, n_ext, n_med = 0, 0, 0
out_posts, post_labels = [], []
for acc in accounts:
    lst = sorted(by_acc.get([k for k, v in keymap.items() if v is acc][0], []), key=lambda p: p["t"])
    for p in lst:
        n_post += 1
        p["id"] = f"{acc['platform']}:{PFX}{n_post:010d}"
for acc in accounts:
    key = [k for k, v in keymap.items() if v is acc][0]
    for p in sorted(by_acc.get(key, []), key=lambda p: p["t"]):
        digits = p["id"].split(":")[1]
        if acc["platform"] == "blog":
            url = f"https://{acc['handle']}/{p['t']:%Y/%m}/{digits}"
        else:
            url = f"https://{acc['platform']}.example/{acc['handle']}/{digits}"
        rep = None
        if p["re"]:
            if p["re"].startswith("#"):
                t = tags[p["re"][1:]]
                rep = {"account": keymap[t["key"]]["id"], "post_id": t["id"]}
            else:
                n_ext += 1
                rep = {"account": p["re"], "post_id": f"{acc['platform']}:{EXT}{n_ext:08d}"}
        media = []
        for typ, alt in p["media"]:
            n_med += 1
            media.append({"type": typ, "path": f"media/{ORG[0]}{n_med:03d}.{'jpg' if typ == 'photo' else 'mp4'}",
                          "alt_text": alt or None})
        vis = p["vis"] or ("public" if acc["is_public"] is not False else "friends")
        out_posts.append({"kind": "post", "id": p["id"], "account_id": acc["id"],
                          "platform": acc["platform"], "created_at": p["t"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                          "text": p["text"], "url": url, "lang": "en", "in_reply_to": rep,
                          "geo": p["geo"], "media": media, "visibility": vis})
        post_labels.append({"subject": p["id"], "rules": p["rules"], "unsure": p["unsure"], "why": p["why"]})

if errs:
    print("\n".join(errs), file=sys.stderr); sys.exit(1)
with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as fh:
    for r in accounts + out_posts:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
    for r in acc_labels + post_labels:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{ORG}: {len(accounts)} accounts, {len(out_posts)} posts, {n_med} media, {n_ext} external replies")
