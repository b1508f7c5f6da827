#!/usr/bin/env python3
"""Build the frozen14 Twins Trust bundle from the hand-written twins_*.txt files.

This script only parses the hand-written text files. It assigns post ids,
ids for replies to non-enrolled accounts, URLs and media paths, turns the
hand-written date/time into an ISO timestamp, and writes bundle.jsonl and
labels.jsonl. It writes no sentences of its own.

File format (see any twins_acc_*.txt):

    === account
    key: value            (id, handle, display_name, role, bio, about_text,
                           website, is_public, location_sharing, vis, voice,
                           rules, unsure, why)
    === post KEY
    key: value            (at, reply, ext, geo, photo, video, vis, lang,
                           rules, unsure, names, why)
    ---
    post text, any number of lines, up to the next '=== ' line
"""
import json
import os
import re
import sys
from collections import OrderedDict

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "twins")

ORDER = [
    "twins_acc_official_x.txt",
    "twins_acc_official_fb.txt",
    "twins_acc_official_ig.txt",
    "twins_acc_sue.txt",
    "twins_acc_gaz.txt",
    "twins_acc_nadia.txt",
    "twins_acc_jackie.txt",
    "twins_acc_bev.txt",
    "twins_acc_siobhan.txt",
    "twins_acc_tamsin.txt",
    "twins_acc_janet.txt",
    "twins_acc_rhian.txt",
    "twins_acc_mark.txt",
    "twins_acc_priya.txt",
    "twins_acc_dan.txt",
    "twins_acc_hazel.txt",
    "twins_acc_ade.txt",
    "twins_acc_morag.txt",
]

ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
POST_RULES = {"name-leak", "sensitive-info", "family-photo", "geotag",
              "location-disclosure", "logo-misuse", "criticism",
              "advice-to-family", "controversial-official", "contact-details"}


def die(msg):
    sys.exit("twins_build: " + msg)


def parse_file(path):
    accounts, posts = [], []
    cur = None
    in_text = False
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.startswith("=== "):
                if cur is not None:
                    (accounts if cur["_kind"] == "account" else posts).append(cur)
                head = line[4:].split()
                if head[0] == "account":
                    cur = {"_kind": "account", "_src": f"{path}:{lineno}"}
                elif head[0] == "post":
                    cur = {"_kind": "post", "_key": head[1], "_src": f"{path}:{lineno}",
                           "_text": [], "_media": []}
                else:
                    die(f"{path}:{lineno}: bad header {line!r}")
                in_text = False
                continue
            if cur is None:
                if line.strip() and not line.startswith("#"):
                    die(f"{path}:{lineno}: text outside a block")
                continue
            if in_text:
                cur["_text"].append(line)
                continue
            if cur["_kind"] == "post" and line.strip() == "---":
                in_text = True
                continue
            if not line.strip():
                continue
            m = re.match(r"^([a-z_]+):\s?(.*)$", line)
            if not m:
                die(f"{path}:{lineno}: bad field line {line!r}")
            k, v = m.group(1), m.group(2).strip()
            if k in ("photo", "video"):
                cur["_media"].append((k, v))
            else:
                if k in cur:
                    die(f"{path}:{lineno}: duplicate field {k}")
                cur[k] = v
    if cur is not None:
        (accounts if cur["_kind"] == "account" else posts).append(cur)
    return accounts, posts


def tri(v):
    return {"true": True, "false": False, "null": None, "": None}[v]


def rlist(v):
    return [x.strip() for x in (v or "").split(",") if x.strip()]


def url_for(platform, acc, num):
    h = acc["handle"]
    if platform == "x":
        return f"https://x.com/{h}/status/{num}"
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/{num}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{num}/"
    if platform == "blog":
        return f"https://{h}/p/{num}"
    if platform == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    if platform == "bluesky":
        return f"https://bsky.app/profile/{h}/post/{num}"
    if platform == "mastodon":
        user, inst = h.split("@")
        return f"https://{inst}/@{user}/{num}"
    die("unknown platform " + platform)


def main():
    all_accounts, all_posts = [], []
    for name in ORDER:
        a, p = parse_file(os.path.join(SRC, name))
        if len(a) != 1:
            die(f"{name}: expected one account block, got {len(a)}")
        for post in p:
            post["_acc"] = a[0]["id"]
        all_accounts += a
        all_posts.append(p)

    acc_by_id = OrderedDict((a["id"], a) for a in all_accounts)
    if len(acc_by_id) != len(all_accounts):
        die("duplicate account id")

    bundle, labels = [], []
    for a in all_accounts:
        plat = a["id"].split(":", 1)[0]
        rec = OrderedDict([
            ("kind", "account"), ("id", a["id"]), ("platform", plat),
            ("handle", a["handle"]), ("display_name", a["display_name"]),
            ("role", a["role"]), ("bio", a.get("bio") or None),
            ("about_text", a.get("about_text") or None),
            ("website", a.get("website") or None),
            ("is_public", tri(a["is_public"])),
            ("location_sharing", tri(a["location_sharing"])),
        ])
        bundle.append(rec)
        r, u = rlist(a.get("rules")), rlist(a.get("unsure"))
        for x in r + u:
            if x not in ACCOUNT_RULES:
                die(f"{a['_src']}: rule {x} not allowed on an account")
        labels.append(OrderedDict([("subject", a["id"]), ("rules", r), ("unsure", u),
                                   ("why", a.get("why", ""))]))

    # assign ids in output order: each account's posts in time order
    counter = 0
    ext_counter = 0
    media_counter = 0
    key_to_id = {}
    ordered = []
    for plist in all_posts:
        plist = sorted(plist, key=lambda p: p["at"])
        for p in plist:
            counter += 1
            plat = p["_acc"].split(":", 1)[0]
            num = "85" + str(counter).zfill(17)
            p["_id"] = f"{plat}:{num}"
            p["_num"] = num
            if p["_key"] in key_to_id:
                die(f"duplicate post key {p['_key']}")
            key_to_id[p["_key"]] = p["_id"]
            ordered.append(p)

    for p in ordered:
        acc = acc_by_id[p["_acc"]]
        plat = p["_acc"].split(":", 1)[0]
        m = re.match(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d)$", p["at"])
        if not m:
            die(f"{p['_src']}: bad at {p['at']!r}")
        created = f"{m.group(1)}T{m.group(2)}:00Z"
        in_reply_to = None
        if p.get("reply"):
            tid = key_to_id.get(p["reply"])
            if tid is None:
                die(f"{p['_src']}: unknown reply key {p['reply']}")
            tacc = next(q["_acc"] for q in ordered if q["_id"] == tid)
            in_reply_to = OrderedDict([("account", tacc), ("post_id", tid)])
        elif p.get("ext"):
            ext_counter += 1
            in_reply_to = OrderedDict([("account", p["ext"]),
                                       ("post_id", "9904" + str(ext_counter).zfill(15))])
        geo = None
        if p.get("geo"):
            coords, place = [x.strip() for x in p["geo"].split("|")]
            lat, lon = [float(x) for x in coords.split(",")]
            geo = OrderedDict([("lat", lat), ("lon", lon), ("place_name", place)])
        media = []
        for kind, alt in p["_media"]:
            media_counter += 1
            ext = "mp4" if kind == "video" else "jpg"
            media.append(OrderedDict([("type", kind), ("path", f"media/d{media_counter:03d}.{ext}"),
                                      ("alt_text", alt or None)]))
        text = "\n".join(p["_text"]).strip("\n")
        if not text.strip():
            die(f"{p['_src']}: empty text")
        vis = p.get("vis") or acc.get("vis") or "public"
        rec = OrderedDict([
            ("kind", "post"), ("id", p["_id"]), ("account_id", p["_acc"]),
            ("platform", plat), ("created_at", created), ("text", text),
            ("url", url_for(plat, acc, p["_num"])), ("lang", p.get("lang") or "en"),
            ("in_reply_to", in_reply_to), ("geo", geo), ("media", media),
            ("visibility", vis),
        ])
        bundle.append(rec)
        r, u = rlist(p.get("rules")), rlist(p.get("unsure"))
        for x in r + u:
            if x not in POST_RULES:
                die(f"{p['_src']}: rule {x} not allowed on a post")
        if set(r) & set(u):
            die(f"{p['_src']}: rule in both rules and unsure")
        labels.append(OrderedDict([("subject", p["_id"]), ("rules", r), ("unsure", u),
                                   ("why", p.get("why", ""))]))

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as fh:
        for rec in bundle:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # names noted by hand in each post, for building the register by hand
    names = OrderedDict()
    for p in ordered:
        for n in rlist(p.get("names")):
            names.setdefault(n.lower(), []).append(p["_key"])
    with open(os.path.join(SRC, "twins_names_seen.txt"), "w", encoding="utf-8") as fh:
        for n, keys in names.items():
            fh.write(f"{n}\t{len(keys)}\t{' '.join(keys)}\n")
    print(f"accounts={len(all_accounts)} posts={len(ordered)} media={media_counter} "
          f"ext_replies={ext_counter}")


if __name__ == "__main__":
    main()
