#!/usr/bin/env python3
"""Build cft/bundle.jsonl and cft/labels.jsonl from the hand-written cft_posts_*.txt files.

This script only parses the hand-written text. It assigns ids, timestamps (from the
hand-written d= dates), URLs and media paths. It writes no sentences of its own.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cft")

ACCOUNT_FIELDS = ["id", "platform", "handle", "display_name", "role", "bio",
                  "about_text", "website", "is_public", "location_sharing"]


def parse_value(v):
    v = v.strip()
    if v == "null":
        return None
    if v == "true":
        return True
    if v == "false":
        return False
    return v


def split_list(v):
    return [x.strip() for x in v.split(",") if x.strip()]


def parse_file(path):
    account = None
    posts = []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    cur = None
    while i < len(lines):
        line = lines[i]
        if line.startswith("#!"):
            i += 1
            continue
        if line.strip() == "@account":
            account = {}
            i += 1
            while lines[i].strip() != "@end":
                k, _, v = lines[i].partition(":")
                account[k.strip()] = v.strip()
                i += 1
            i += 1
            continue
        if line.startswith("## "):
            if cur:
                posts.append(cur)
            cur = {"hdr": line[3:].strip(), "text": [], "meta": [], "src": f"{os.path.basename(path)}:{i+1}"}
            i += 1
            continue
        if cur is not None:
            if line.startswith("% "):
                k, _, v = line[2:].partition(":")
                cur["meta"].append((k.strip(), v.strip()))
            else:
                cur["text"].append(line)
        i += 1
    if cur:
        posts.append(cur)
    return account, posts


def month_year(mm):
    return 2031 if int(mm) >= 11 else 2032


def url_for(platform, handle, digits, account_id, created):
    if platform == "x":
        return f"https://x.com/{handle}/status/{digits}"
    if platform == "facebook":
        return f"https://www.facebook.com/{handle}/posts/{digits}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{digits}/"
    if platform == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{digits}/"
    if platform == "bluesky":
        return f"https://bsky.app/profile/{handle}/post/{digits}"
    if platform == "mastodon":
        user, _, inst = handle.partition("@")
        return f"https://{inst}/@{user}/{digits}"
    if platform == "blog":
        return f"https://{handle}/{created[:4]}/{created[5:7]}/?p={digits}"
    raise ValueError(platform)


def main():
    files = sorted(glob.glob(os.path.join(HERE, "cft_posts_*.txt")))
    parsed = [parse_file(f) for f in files]
    accounts = []
    acct_labels = []
    for acc, _ in parsed:
        rec = {"kind": "account"}
        for f in ACCOUNT_FIELDS:
            rec[f] = parse_value(acc[f])
        accounts.append(rec)
        acct_labels.append({"subject": rec["id"], "rules": split_list(acc.get("rules", "")),
                            "unsure": split_list(acc.get("unsure", "")), "why": acc.get("why", "")})

    # first pass: ids and keys
    n = 0
    ext = 0
    media_n = 0
    keyed = {}
    post_recs = []
    post_labels = []
    names = []
    for (acc, posts), arec in zip(parsed, accounts):
        platform = arec["platform"]
        for p in posts:
            n += 1
            digits = f"86{n:017d}"
            pid = f"{platform}:{digits}"
            hdr = dict(tok.split("=", 1) for tok in p["hdr"].replace("d=", "d=", 1).split() if "=" in tok)
            # header is "d=MM-DD HH:MM [k=key]": rebuild date+time
            toks = p["hdr"].split()
            date = toks[0][2:]
            time = toks[1]
            mm, dd = date.split("-")
            created = f"{month_year(mm)}-{mm}-{dd}T{time}:00Z"
            if "k" in hdr:
                keyed[hdr["k"]] = (pid, arec["id"], platform, created)
            text = "\n".join(p["text"]).strip("\n")
            meta = p["meta"]
            m = {}
            photos = []
            for k, v in meta:
                if k == "photo":
                    photos.append(v)
                else:
                    m[k] = v
            media = []
            for alt in photos:
                media_n += 1
                media.append({"type": "photo", "path": f"media/d{media_n:03d}.jpg", "alt_text": alt})
            geo = None
            if "geo" in m:
                lat, lon, place = [x.strip() for x in m["geo"].split("|")]
                geo = {"lat": float(lat), "lon": float(lon), "place_name": place}
            vis = m.get("vis") or ("friends" if arec["is_public"] is False else "public")
            rec = {"kind": "post", "id": pid, "account_id": arec["id"], "platform": platform,
                   "created_at": created, "text": text,
                   "url": url_for(platform, arec["handle"], digits, arec["id"], created),
                   "lang": m.get("lang", "en"), "in_reply_to": None, "geo": geo,
                   "media": media, "visibility": vis}
            reply = m.get("reply")
            post_recs.append((rec, reply, p["src"]))
            post_labels.append({"subject": pid, "rules": split_list(m.get("rules", "")),
                                "unsure": split_list(m.get("unsure", "")), "why": m.get("why", "")})
            for nm in split_list(m.get("names", "")):
                names.append((nm, pid))

    # second pass: replies
    for rec, reply, src in post_recs:
        if not reply:
            continue
        kind, _, target = reply.partition(":")
        if kind == "post":
            if target not in keyed:
                sys.exit(f"{src}: unknown reply key {target}")
            tpid, tacc, tplat, tcreated = keyed[target]
            rec["in_reply_to"] = {"account": tacc, "post_id": tpid}
        elif kind == "acct":
            ext += 1
            rec["in_reply_to"] = {"account": target, "post_id": f"9905{ext:015d}"}
        else:
            sys.exit(f"{src}: bad reply {reply}")

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as f:
        for a in accounts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
        for rec, _, _ in post_recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in acct_labels + post_labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "cft_names_seen.txt"), "w", encoding="utf-8") as f:
        for nm, pid in names:
            f.write(f"{nm}\t{pid}\n")
    print(f"accounts={len(accounts)} posts={len(post_recs)} media={media_n} ext_replies={ext}")


if __name__ == "__main__":
    main()
