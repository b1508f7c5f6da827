#!/usr/bin/env python3
"""Build cft/bundle.jsonl, cft/labels.jsonl and cft/register.csv from the
hand-written text files src/cft_posts_*.txt and src/cft_names.txt.

The script only parses hand-written text; it assigns post ids, reply ids for
non-enrolled targets, URLs and media paths. Every sentence comes from the
text files.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cft")

ACCOUNT_ORDER = [
    "cft_posts_01_official_x.txt",
    "cft_posts_02_official_facebook.txt",
    "cft_posts_03_official_linkedin.txt",
    "cft_posts_04_bernie.txt",
    "cft_posts_05_mick.txt",
    "cft_posts_06_deshawn.txt",
    "cft_posts_07_gary.txt",
    "cft_posts_08_siobhan.txt",
    "cft_posts_09_shona.txt",
    "cft_posts_10_pat.txt",
    "cft_posts_11_janine.txt",
    "cft_posts_12_ruth.txt",
    "cft_posts_13_priya.txt",
    "cft_posts_14_mark.txt",
    "cft_posts_15_dai.txt",
    "cft_posts_16_tom.txt",
    "cft_posts_17_keren.txt",
    "cft_posts_18_ahmed.txt",
]

RULES = {
    "disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
    "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
    "controversial-official", "contact-details", "privacy-settings",
}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}


def die(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def parse_list(v):
    return [x.strip() for x in v.split(",") if x.strip()]


def parse_bool(v):
    v = v.strip().lower()
    return {"true": True, "false": False, "null": None, "": None}[v]


def parse_file(path):
    """Return (account_dict, [post_dict]) from one hand-written file."""
    blocks = []
    cur = None
    in_text = False
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("#account") or line.startswith("#post"):
                if cur:
                    blocks.append(cur)
                kind, _, key = line.partition(" ")
                cur = {"_kind": kind[1:], "_key": key.strip(), "_line": lineno,
                       "_text": [], "_media": []}
                in_text = False
                continue
            if cur is None:
                if line.strip():
                    die(f"{path}:{lineno}: text outside a block")
                continue
            if in_text:
                cur["_text"].append(line)
                continue
            if not line.strip():
                continue
            k, sep, v = line.partition(":")
            if not sep:
                die(f"{path}:{lineno}: expected 'key: value'")
            k = k.strip()
            v = v.strip()
            if k == "text":
                in_text = True
                if v:
                    cur["_text"].append(v)
                continue
            if k == "media":
                cur["_media"].append(v)
                continue
            if k in cur:
                die(f"{path}:{lineno}: duplicate key {k}")
            cur[k] = v
    if cur:
        blocks.append(cur)
    if not blocks or blocks[0]["_kind"] != "account":
        die(f"{path}: first block must be #account")
    acct = blocks[0]
    posts = blocks[1:]
    for b in posts:
        if b["_kind"] != "post":
            die(f"{path}:{b['_line']}: only one #account per file")
        # strip leading/trailing blank lines of text
        t = b["_text"]
        while t and not t[0].strip():
            t.pop(0)
        while t and not t[-1].strip():
            t.pop()
        if not t:
            die(f"{path}:{b['_line']}: post without text")
    return acct, posts


def post_url(platform, acct, num, block):
    h = acct["handle"]
    if platform == "x":
        return f"https://x.com/{h}/status/{num}"
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/{num}"
    if platform == "instagram":
        return f"https://www.instagram.com/{h}/p/{num}/"
    if platform == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    if platform == "bluesky":
        return f"https://bsky.app/profile/{h}/post/{num}"
    if platform == "mastodon":
        user, _, inst = h.partition("@")
        return f"https://{inst}/@{user}/{num}"
    if platform == "blog":
        y, m = block["at"][:4], block["at"][5:7]
        return f"https://{h}/{y}/{m}/{block['slug']}/"
    die(f"unknown platform {platform}")


def main():
    files = [os.path.join(HERE, n) for n in ACCOUNT_ORDER]
    found = sorted(glob.glob(os.path.join(HERE, "cft_posts_*.txt")))
    if sorted(files) != found:
        die(f"post files mismatch: {sorted(set(found) ^ set(files))}")

    parsed = [parse_file(p) for p in files]

    accounts = []
    labels = []
    post_records = []
    key_to_id = {}
    key_to_post = {}
    post_counter = 0
    reply_counter = 0
    media_counter = 0

    # pass 1: accounts and ids
    for path, (a, posts) in zip(files, parsed):
        for req in ("id", "platform", "handle", "display_name", "role", "bio",
                    "is_public", "location_sharing"):
            if req not in a:
                die(f"{path}: account missing {req}")
        rec = {
            "kind": "account",
            "id": a["id"],
            "platform": a["platform"],
            "handle": a["handle"],
            "display_name": a["display_name"],
            "role": a["role"],
            "bio": a["bio"] or None,
            "about_text": a.get("about_text") or None,
            "website": a.get("website") or None,
            "is_public": parse_bool(a["is_public"]),
            "location_sharing": parse_bool(a["location_sharing"]),
        }
        accounts.append(rec)
        lab = {"subject": a["id"], "rules": parse_list(a.get("rules", "")),
               "unsure": parse_list(a.get("unsure", "")), "why": a.get("why", "")}
        labels.append(lab)
        posts.sort(key=lambda b: b.get("at", ""))
        for b in posts:
            post_counter += 1
            num = "94" + str(post_counter).zfill(17)
            pid = f"{a['platform']}:{num}"
            if b["_key"]:
                if b["_key"] in key_to_id:
                    die(f"{path}:{b['_line']}: duplicate key {b['_key']}")
                key_to_id[b["_key"]] = pid
                key_to_post[b["_key"]] = (a, b)
            b["_id"] = pid
            b["_num"] = num

    # pass 2: posts
    for path, (a, posts) in zip(files, parsed):
        default_vis = a.get("default_vis", "public")
        for b in posts:
            at = b.get("at")
            if not at or not re.fullmatch(r"2033-\d\d-\d\d \d\d:\d\d", at):
                die(f"{path}:{b['_line']}: bad or missing at: {at!r}")
            created = at.replace(" ", "T") + ":00Z"
            reply = None
            rv = b.get("reply", "")
            if rv:
                if rv.startswith("^"):
                    k = rv[1:]
                    if k not in key_to_id:
                        die(f"{path}:{b['_line']}: unknown reply key {k}")
                    pa, pb = key_to_post[k]
                    reply = {"account": pa["id"], "post_id": key_to_id[k]}
                else:
                    reply_counter += 1
                    reply = {"account": rv,
                             "post_id": "9911" + str(reply_counter).zfill(15)}
            geo = None
            gv = b.get("geo", "")
            if gv:
                lat, lon, place = [x.strip() for x in gv.split(",", 2)]
                geo = {"lat": float(lat), "lon": float(lon), "place_name": place}
            media = []
            for mv in b["_media"]:
                mtype, _, alt = mv.partition("|")
                mtype = mtype.strip()
                alt = alt.strip()
                media_counter += 1
                ext = "mp4" if mtype == "video" else "jpg"
                media.append({"type": mtype,
                              "path": f"media/d{media_counter:03d}.{ext}",
                              "alt_text": alt or None})
            rec = {
                "kind": "post",
                "id": b["_id"],
                "account_id": a["id"],
                "platform": a["platform"],
                "created_at": created,
                "text": "\n".join(b["_text"]),
                "url": post_url(a["platform"], a, b["_num"], b),
                "lang": b.get("lang", "en"),
                "in_reply_to": reply,
                "geo": geo,
                "media": media,
                "visibility": b.get("vis", default_vis),
            }
            post_records.append(rec)
            lab = {"subject": b["_id"], "rules": parse_list(b.get("rules", "")),
                   "unsure": parse_list(b.get("unsure", "")),
                   "why": b.get("why", "")}
            labels.append(lab)

    for lab in labels:
        for r in lab["rules"] + lab["unsure"]:
            if r not in RULES:
                die(f"unknown rule {r!r} on {lab['subject']}")

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as f:
        for r in accounts + post_records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # register: names marked with '*' in cft_names.txt
    reg = []
    with open(os.path.join(HERE, "cft_names.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("*"):
                reg.append(line[1:].split("|")[0].strip())
    with open(os.path.join(OUT, "register.csv"), "w", encoding="utf-8") as f:
        f.write("name\n")
        for n in reg:
            f.write(n + "\n")
    print(f"accounts={len(accounts)} posts={len(post_records)} media={media_counter} register={len(reg)}")


if __name__ == "__main__":
    main()
