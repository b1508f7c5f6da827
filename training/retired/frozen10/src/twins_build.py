#!/usr/bin/env python3
"""Build the Twins Trust half of frozen10 from the hand-written sources.

This script only assigns ids, timestamps (from the hand-written minute), media
paths and URLs, and serialises. All post text, media alt text, geo, reply
targets and labels come verbatim from src/twins_accounts.json and
src/twins_posts*.txt.
"""
import glob
import hashlib
import json
import os
import re
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "twins")

ID_BASE = 7731402000000000000      # post ids: 19 digits starting 77
ID_STEP = 1000003
EXT_BASE = 9896000000000000000     # non-enrolled reply targets: 19 digits starting 9896
EXT_STEP = 7919


def parse_posts(path):
    posts = []
    cur = None
    mode = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("=== "):
                if cur:
                    posts.append(cur)
                parts = [p.strip() for p in line[4:].split("|")]
                key, acct, when = parts[0], parts[1], parts[2]
                opts = {}
                if len(parts) > 3 and parts[3]:
                    for kv in parts[3].split(";"):
                        kv = kv.strip()
                        if not kv:
                            continue
                        k, v = kv.split("=", 1)
                        opts[k.strip()] = v.strip()
                cur = {"key": key, "acct": acct, "when": when, "opts": opts,
                       "media": [], "rules": [], "unsure": [], "why": "", "text": [],
                       "src": os.path.basename(path)}
                mode = None
                continue
            if cur is None:
                continue  # header comments
            if mode == "text":
                cur["text"].append(line)
                continue
            if line.startswith("M: "):
                typ, alt = line[3:].split("|", 1)
                cur["media"].append((typ.strip(), alt.strip()))
            elif line.startswith("R: "):
                cur["rules"] = [r.strip() for r in line[3:].split(",") if r.strip()]
            elif line.startswith("U: "):
                cur["unsure"] = [r.strip() for r in line[3:].split(",") if r.strip()]
            elif line.startswith("W: "):
                cur["why"] = line[3:].strip()
            elif line.startswith("T: ") or line == "T:":
                mode = "text"
                cur["text"].append(line[3:])
            elif line.strip() == "":
                continue
            else:
                raise SystemExit(f"{path}: unexpected line in {cur['key']}: {line!r}")
    if cur:
        posts.append(cur)
    for p in posts:
        while p["text"] and not p["text"][-1].strip():
            p["text"].pop()
        p["text"] = "\n".join(p["text"]).strip()
    return posts


def url_for(platform, handle, num, when):
    if platform == "x":
        return f"https://x.com/{handle}/status/{num}"
    if platform == "facebook":
        return f"https://www.facebook.com/{handle}/posts/{num}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{num}/"
    if platform == "bluesky":
        return f"https://bsky.app/profile/{handle}/post/{num}"
    if platform == "mastodon":
        user, server = handle.split("@", 1)
        return f"https://{server}/@{user}/{num}"
    if platform == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    if platform == "blog":
        return f"https://{handle}/{when[:4]}/{when[5:7]}/p{num}"
    raise ValueError(platform)


def main():
    accounts = json.load(open(os.path.join(SRC, "twins_accounts.json"), encoding="utf-8"))
    acct_by_key = {a["key"]: a for a in accounts}
    posts = []
    for path in sorted(glob.glob(os.path.join(SRC, "twins_posts*.txt"))):
        posts.extend(parse_posts(path))

    keys = [p["key"] for p in posts]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate keys: {sorted(dup)}")
    for p in posts:
        if p["acct"] not in acct_by_key:
            raise SystemExit(f"{p['key']}: unknown account {p['acct']}")
        p["created_at"] = p["when"].replace(" ", "T") + ":00Z"

    # ids in global time order (like snowflake ids)
    order = sorted(posts, key=lambda p: (p["created_at"], p["key"]))
    for i, p in enumerate(order):
        num = ID_BASE + (i + 1) * ID_STEP
        plat = acct_by_key[p["acct"]]["platform"]
        p["num"] = str(num)
        p["id"] = f"{plat}:{num}"
    by_key = {p["key"]: p for p in posts}

    # media paths, reply targets
    media_n = 0
    ext_n = 0
    for p in order:
        acct = acct_by_key[p["acct"]]
        plat = acct["platform"]
        media = []
        for typ, alt in p["media"]:
            media_n += 1
            ext = "mp4" if typ == "video" else "jpg"
            media.append({"type": typ, "path": f"media/t{media_n:03d}.{ext}", "alt_text": alt})
        p["media_out"] = media
        re_ = p["opts"].get("re")
        if re_ is None:
            p["reply"] = None
        elif re_.startswith("ext:"):
            ext_n += 1
            target_acct = re_[4:]
            tplat = target_acct.split(":", 1)[0]
            p["reply"] = {"account": target_acct,
                          "post_id": f"{tplat}:{EXT_BASE + ext_n * EXT_STEP}"}
        else:
            t = by_key[re_]
            p["reply"] = {"account": acct_by_key[t["acct"]]["id"], "post_id": t["id"]}

    bundle, labels = [], []
    for a in accounts:
        rec = {"kind": "account", "id": a["id"], "platform": a["platform"], "handle": a["handle"],
               "display_name": a["display_name"], "role": a["role"], "bio": a["bio"],
               "about_text": a["about_text"], "website": a["website"],
               "is_public": a["is_public"], "location_sharing": a["location_sharing"]}
        bundle.append(rec)
        labels.append({"subject": a["id"], "rules": a["rules"], "unsure": a["unsure"], "why": a["why"]})
    for a in accounts:
        mine = sorted([p for p in posts if p["acct"] == a["key"]], key=lambda p: (p["created_at"], p["key"]))
        for p in mine:
            geo = None
            if "geo" in p["opts"]:
                lat, lon, place = p["opts"]["geo"].split(",", 2)
                geo = {"lat": float(lat), "lon": float(lon), "place_name": place.strip()}
            vis = p["opts"].get("vis", a["vis"])
            if vis == "null":
                vis = None
            rec = {"kind": "post", "id": p["id"], "account_id": a["id"], "platform": a["platform"],
                   "created_at": p["created_at"], "text": p["text"],
                   "url": url_for(a["platform"], a["handle"], p["num"], p["created_at"]),
                   "lang": p["opts"].get("lang", "en"), "in_reply_to": p["reply"], "geo": geo,
                   "media": p["media_out"], "visibility": vis}
            bundle.append(rec)
            labels.append({"subject": p["id"], "rules": p["rules"], "unsure": p["unsure"], "why": p["why"]})

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as fh:
        for r in bundle:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # key -> id map for the validator and for reviewers
    with open(os.path.join(SRC, "twins_keymap.json"), "w", encoding="utf-8") as fh:
        json.dump({p["key"]: p["id"] for p in order}, fh, indent=0)
    print(f"wrote {len(accounts)} accounts, {len(posts)} posts, {media_n} media")


if __name__ == "__main__":
    main()
