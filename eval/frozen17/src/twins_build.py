#!/usr/bin/env python3
"""Build the frozen17 Twins Trust (FCS protocol) set from the hand-written files in this folder.

This script only parses the hand-written text (twins_accounts.txt, twins_posts_*.txt, twins_names.txt)
and assigns ids, timestamps (from the hand-written MM-DD HH:MM), URLs and media paths. It writes no
sentences of its own into posts.

Usage: python3 twins_build.py            (writes into ../twins/)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "twins"))
YEAR = 2033

RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}


def parse_bool(v):
    v = v.strip()
    return {"true": True, "false": False, "null": None}[v]


def parse_accounts(path):
    accounts = []
    cur = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        if line.strip() == "@@ account":
            cur = {}
            accounts.append(cur)
            continue
        k, _, v = line.partition(":")
        cur[k.strip()] = v.strip()
    return accounts


HDR = re.compile(r"^@@ (\d\d)-(\d\d) (\d\d):(\d\d)(?: key=(\S+))?\s*$")


def parse_posts(path):
    account = None
    posts = []
    cur = None
    in_text = False
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if line.startswith("@@ "):
            m = HDR.match(line)
            if not m:
                sys.exit(f"{path}:{n}: bad header {line!r}")
            mo, d, h, mi, key = m.groups()
            cur = {"when": f"{YEAR}-{mo}-{d}T{h}:{mi}:00Z", "key": key, "fields": {},
                   "media": [], "text": [], "src": f"{os.path.basename(path)}:{n}"}
            posts.append(cur)
            in_text = False
            continue
        if cur is None:
            if line.startswith("#account "):
                account = line.split(None, 1)[1].strip()
            continue
        if in_text:
            cur["text"].append(line)
            continue
        if line == ">":
            in_text = True
            continue
        if not line.strip():
            continue
        k, _, v = line.partition(":")
        k = k.strip()
        v = v.strip()
        if k == "media":
            typ, _, alt = v.partition("|")
            cur["media"].append((typ.strip(), alt.strip()))
        else:
            if k in cur["fields"]:
                sys.exit(f"{path}:{n}: duplicate field {k}")
            cur["fields"][k] = v
    for p in posts:
        while p["text"] and not p["text"][-1].strip():
            p["text"].pop()
        p["text"] = "\n".join(p["text"])
    return account, posts


def handle_of(acc_id):
    platform, _, rest = acc_id.partition(":")
    return platform, rest[1:] if rest.startswith("@") else rest


def post_url(platform, handle, pid_digits, created, key):
    if platform == "x":
        return f"https://x.com/{handle}/status/{pid_digits}"
    if platform == "facebook":
        return f"https://www.facebook.com/{handle}/posts/{pid_digits}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{pid_digits}/"
    if platform == "blog":
        return f"https://{handle}/{created[:4]}/{created[5:7]}/{key}/"
    if platform == "bluesky":
        return f"https://bsky.app/profile/{handle}/post/{pid_digits}"
    if platform == "mastodon":
        user, _, inst = handle.partition("@")
        return f"https://{inst}/@{user}/{pid_digits}"
    if platform == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{pid_digits}/"
    raise ValueError(platform)


def words(v):
    return [w for w in v.split() if w]


def main():
    accounts = parse_accounts(os.path.join(HERE, "twins_accounts.txt"))
    acc_by_id = {a["id"]: a for a in accounts}
    by_account = {}
    for path in sorted(glob.glob(os.path.join(HERE, "twins_posts_*.txt"))):
        acc, posts = parse_posts(path)
        if acc not in acc_by_id:
            sys.exit(f"{path}: unknown account {acc}")
        by_account.setdefault(acc, []).extend(posts)

    bundle, labels = [], []
    for a in accounts:
        platform, handle = handle_of(a["id"])
        rec = {"kind": "account", "id": a["id"], "platform": platform, "handle": handle,
               "display_name": a["display_name"], "role": a["role"],
               "bio": a.get("bio") or None,
               "about_text": a.get("about_text") or None,
               "website": None if a.get("website") in (None, "", "null") else a["website"],
               "is_public": parse_bool(a["is_public"]),
               "location_sharing": parse_bool(a["location_sharing"])}
        bundle.append(rec)
        labels.append({"subject": a["id"], "rules": words(a.get("rules", "")),
                       "unsure": words(a.get("unsure", "")), "why": a.get("why", "")})

    # assign ids in bundle order
    counter = 0
    key_to_id = {}
    ordered = []
    for a in accounts:
        # hand-written files may have later additions appended; order by the hand-written time
        for p in sorted(by_account.get(a["id"], []), key=lambda q: q["when"]):
            counter += 1
            platform, _ = handle_of(a["id"])
            p["id"] = f"{platform}:93{counter:017d}"
            p["account"] = a["id"]
            if p["key"]:
                if p["key"] in key_to_id:
                    sys.exit(f"duplicate key {p['key']}")
                key_to_id[p["key"]] = p
            ordered.append(p)

    ext_counter = 0
    media_counter = 0
    for p in ordered:
        a = acc_by_id[p["account"]]
        platform, handle = handle_of(a["id"])
        digits = p["id"].split(":", 1)[1]
        f = p["fields"]
        p["url"] = post_url(platform, handle, digits, p["when"], p["key"] or digits)
    for p in ordered:
        a = acc_by_id[p["account"]]
        platform, handle = handle_of(a["id"])
        f = p["fields"]
        text = re.sub(r"\{url:([^}]+)\}", lambda m: key_to_id[m.group(1)]["url"], p["text"])
        in_reply_to = None
        if "reply" in f:
            r = f["reply"]
            if r.startswith("="):
                parent = key_to_id[r[1:]]
                in_reply_to = {"account": parent["account"], "post_id": parent["id"]}
            else:
                ext_counter += 1
                in_reply_to = {"account": r, "post_id": f"9910{ext_counter:015d}"}
        geo = None
        if "geo" in f:
            lat, lon, place = f["geo"].split(",", 2)
            geo = {"lat": float(lat), "lon": float(lon), "place_name": place.strip()}
        media = []
        for typ, alt in p["media"]:
            media_counter += 1
            ext = "mp4" if typ == "video" else "jpg"
            media.append({"type": typ, "path": f"media/d{media_counter:03d}.{ext}",
                          "alt_text": alt or None})
        vis = f.get("vis") or a["default_vis"]
        rec = {"kind": "post", "id": p["id"], "account_id": a["id"], "platform": platform,
               "created_at": p["when"], "text": text, "url": p["url"], "lang": f.get("lang", "en"),
               "in_reply_to": in_reply_to, "geo": geo, "media": media, "visibility": vis}
        bundle.append(rec)
        rules = words(f.get("rules", ""))
        unsure = words(f.get("unsure", ""))
        for r in rules + unsure:
            if r not in RULES:
                sys.exit(f"{p['src']}: unknown rule {r}")
        labels.append({"subject": p["id"], "rules": rules, "unsure": unsure, "why": f.get("why", "")})

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as fh:
        for r in bundle:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    names = []
    for line in open(os.path.join(HERE, "twins_names.txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        n, flag = line.split()
        names.append((n, flag == "R"))
    with open(os.path.join(OUT, "register.csv"), "w", encoding="utf-8") as fh:
        fh.write("name\n")
        for n, reg in names:
            if reg:
                fh.write(n[0].upper() + n[1:] + "\n")

    with open(os.path.join(OUT, "policy.toml"), "w", encoding="utf-8") as fh:
        fh.write('# frozen17: pack plus this set\'s partial protected-names register\n'
                 'extends = "twins-trust-fcs"\n'
                 '[names]\n'
                 'register = "register.csv"\n')

    print(f"accounts={len(accounts)} posts={len(ordered)} media={media_counter} "
          f"external_replies={ext_counter}")


if __name__ == "__main__":
    main()
