#!/usr/bin/env python3
"""Build the frozen15 CFT bundle and labels from the hand-written text files.

The script only parses src/cft_accounts.txt and src/cft_posts_*.txt. It assigns
post ids, timestamps (from the hand-written MM-DD HH:MM), URLs, reply target ids
and media paths. It writes no sentences of its own.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cft")
YEAR = 2032

ACCOUNT_FIELDS = ["platform", "handle", "display_name", "role", "bio", "about_text",
                  "website", "is_public", "location_sharing"]
EXTRA_FIELDS = ["vis", "persona", "voice", "disclaimer"]


def conv(v):
    v = v.strip()
    if v == "null":
        return None
    if v == "true":
        return True
    if v == "false":
        return False
    return v


def split_rules(s):
    return [r.strip() for r in s.split(",") if r.strip()]


def parse_accounts(path):
    accounts = []
    cur = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "R": [], "U": [], "W": ""}
            accounts.append(cur)
            continue
        key, _, val = line.partition(":")
        key = key.strip()
        if key in ("R", "U"):
            cur[key] = split_rules(val)
        elif key == "W":
            cur["W"] = val.strip()
        elif key in ACCOUNT_FIELDS or key in EXTRA_FIELDS:
            cur[key] = conv(val)
        else:
            sys.exit(f"{path}: unknown account key {key!r}")
    return accounts


HEADER = re.compile(r"^--- (\d\d)-(\d\d) (\d\d):(\d\d)(.*)$")


def parse_posts(path):
    posts = []
    account = None
    cur = None
    in_labels = False
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if cur is None and (line.startswith("#") or not line.strip()):
            continue
        if line.startswith("@ "):
            account = line[2:].strip()
            cur = None
            continue
        m = HEADER.match(line)
        if m:
            mo, d, hh, mm, rest = m.groups()
            cur = {"account_id": account, "created_at": f"{YEAR}-{mo}-{d}T{hh}:{mm}:00Z",
                   "src": f"{os.path.basename(path)}:{n}", "R": [], "U": [], "W": "",
                   "lines": [], "media": [], "geo": None, "re": None, "k": None, "vis": None}
            for field in [f.strip() for f in rest.split(" | ") if f.strip()]:
                fk, _, fv = field.partition("=")
                fk = fk.strip().lstrip("|").strip()
                if fk == "media":
                    for alt in fv.split(";;"):
                        cur["media"].append({"type": "photo", "alt_text": alt.strip()})
                elif fk == "video":
                    cur["media"].append({"type": "video", "alt_text": fv.strip()})
                elif fk == "geo":
                    lat, lon, place = fv.split(",", 2)
                    cur["geo"] = {"lat": float(lat), "lon": float(lon), "place_name": place.strip()}
                elif fk == "re":
                    cur["re"] = fv.strip()
                elif fk == "k":
                    cur["k"] = fv.strip()
                elif fk == "vis":
                    cur["vis"] = fv.strip()
                else:
                    sys.exit(f"{path}:{n}: unknown header field {fk!r}")
            posts.append(cur)
            in_labels = True
            continue
        if cur is None:
            sys.exit(f"{path}:{n}: text outside a post")
        if in_labels and re.match(r"^[RUW]:", line):
            key, _, val = line.partition(":")
            if key == "W":
                cur["W"] = val.strip()
            else:
                cur[key] = split_rules(val)
            continue
        in_labels = False
        cur["lines"].append(line)
    for p in posts:
        while p["lines"] and not p["lines"][-1].strip():
            p["lines"].pop()
        while p["lines"] and not p["lines"][0].strip():
            p["lines"].pop(0)
        p["text"] = "\n".join(p["lines"])
    return posts


def b64ish(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    s = ""
    while n:
        n, r = divmod(n, 64)
        s = alphabet[r] + s
    return s


def slug(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return s[:60].strip("-")


def make_url(acc, post_digits, post):
    h = acc["handle"]
    plat = acc["platform"]
    if plat == "x":
        return f"https://x.com/{h}/status/{post_digits}"
    if plat == "facebook":
        return f"https://www.facebook.com/{h}/posts/{post_digits}"
    if plat == "instagram":
        return f"https://www.instagram.com/p/{b64ish(int(post_digits))}/"
    if plat == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{post_digits}/"
    if plat == "bluesky":
        return f"https://bsky.app/profile/{h}/post/{b64ish(int(post_digits)).lower()}"
    if plat == "mastodon":
        user, _, inst = h.partition("@")
        return f"https://{inst}/@{user}/{post_digits}"
    if plat == "blog":
        mo, d = post["created_at"][5:7], post["created_at"][8:10]
        return f"https://{h}/{YEAR}/{mo}/{d}/{slug(post['text'].splitlines()[0])}/"
    raise ValueError(plat)


def main():
    accounts = parse_accounts(os.path.join(HERE, "cft_accounts.txt"))
    acc_by_id = {a["id"]: a for a in accounts}
    posts = []
    for f in sorted(glob.glob(os.path.join(HERE, "cft_posts_*.txt"))):
        posts.extend(parse_posts(f))
    for p in posts:
        if p["account_id"] not in acc_by_id:
            sys.exit(f"{p['src']}: unknown account {p['account_id']}")

    # order: accounts in file order, each account's posts in time order
    ordered = []
    for a in accounts:
        mine = sorted([p for p in posts if p["account_id"] == a["id"]], key=lambda p: p["created_at"])
        ordered.extend(mine)

    counter = 0
    ext_counter = 0
    media_counter = 0
    by_key = {}
    for p in ordered:
        counter += 1
        acc = acc_by_id[p["account_id"]]
        digits = f"88{counter * 7 + 1000:017d}"
        p["digits"] = digits
        p["id"] = f"{acc['platform']}:{digits}"
        if p["k"]:
            if p["k"] in by_key:
                sys.exit(f"{p['src']}: duplicate key {p['k']}")
            by_key[p["k"]] = p

    records = []
    labels = []
    for a in accounts:
        rec = {"kind": "account", "id": a["id"]}
        for f in ACCOUNT_FIELDS:
            rec[f] = a.get(f)
        records.append(rec)
        labels.append({"subject": a["id"], "rules": a["R"], "unsure": a["U"], "why": a["W"]})

    for p in ordered:
        acc = acc_by_id[p["account_id"]]
        reply = None
        if p["re"]:
            if p["re"].startswith("#"):
                parent = by_key[p["re"][1:]]
                reply = {"account": parent["account_id"], "post_id": parent["id"]}
            else:
                ext_counter += 1
                reply = {"account": p["re"], "post_id": f"9907{ext_counter * 13 + 500:015d}"}
        media = []
        for m in p["media"]:
            media_counter += 1
            ext = "mp4" if m["type"] == "video" else "jpg"
            media.append({"type": m["type"], "path": f"media/d{media_counter:03d}.{ext}",
                          "alt_text": m["alt_text"]})
        rec = {"kind": "post", "id": p["id"], "account_id": p["account_id"],
               "platform": acc["platform"], "created_at": p["created_at"],
               "text": p["text"], "url": make_url(acc, p["digits"], p), "lang": "en",
               "in_reply_to": reply, "geo": p["geo"], "media": media,
               "visibility": p["vis"] or acc["vis"]}
        records.append(rec)
        labels.append({"subject": p["id"], "rules": p["R"], "unsure": p["U"], "why": p["W"]})

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(accounts)} accounts, {len(ordered)} posts, {media_counter} media")


if __name__ == "__main__":
    main()
