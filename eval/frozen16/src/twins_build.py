#!/usr/bin/env python3
"""Parse the hand-written twins_posts_*.txt files and write bundle.jsonl + labels.jsonl.

The script only parses the hand-written text; it assigns ids, URLs and media
paths. Every sentence in the bundle comes verbatim from the text files.
"""
import glob, json, os, re, sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "twins")

HDR = re.compile(r"^(K|RE|G|M|V|R|U|W|N|L|T): ?(.*)$")


def conv(v):
    v = v.strip()
    return {"null": None, "true": True, "false": False}.get(v, v)


def parse_file(path):
    text = open(path, encoding="utf-8").read()
    head, _, body = text.partition("@@POSTS\n")
    assert head.startswith("@@ACCOUNT\n"), path
    acc = {}
    for line in head.splitlines()[1:]:
        if not line.strip():
            continue
        k, _, v = line.partition(":")
        acc[k.strip()] = conv(v)
    posts = []
    blocks = re.split(r"^### ", body, flags=re.M)
    for b in blocks:
        if not b.strip():
            continue
        lines = b.split("\n")
        when = lines[0].strip()
        p = {"when": when, "M": [], "file": os.path.basename(path)}
        i = 1
        while i < len(lines) and lines[i].strip():
            m = HDR.match(lines[i])
            if not m:
                sys.exit(f"{path}: bad header line in post {when}: {lines[i]!r}")
            k, v = m.group(1), m.group(2).strip()
            if k == "M":
                p["M"].append(v)
            else:
                p[k] = v
            i += 1
        p["text"] = "\n".join(lines[i + 1:]).strip()
        posts.append(p)
    posts.sort(key=lambda q: q["when"])  # stable: hand-written order kept for equal times
    return acc, posts


def url_for(platform, acc, pid):
    h = acc["handle"]
    num = pid.split(":", 1)[1]
    if platform == "x":
        return f"https://x.com/{h}/status/{num}"
    if platform == "facebook":
        return f"https://www.facebook.com/{h}/posts/{num}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{num}/"
    if platform == "bluesky":
        return f"https://bsky.app/profile/{h}/post/{num}"
    if platform == "mastodon":
        user, _, inst = h.partition("@")
        return f"https://{inst}/@{user}/{num}"
    if platform == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    if platform == "blog":
        return f"{acc['website'].rstrip('/')}/p/{num}"
    raise ValueError(platform)


def main():
    files = sorted(glob.glob(os.path.join(SRC, "twins_posts_*.txt")))
    parsed = [parse_file(f) for f in files]
    accounts, labels, postrecs = [], [], []
    keys = {}
    seq = 0
    rseq = 0
    mseq = 0
    for acc, posts in parsed:
        rec = {"kind": "account", "id": acc["id"], "platform": acc["platform"],
               "handle": acc["handle"], "display_name": acc["display_name"],
               "role": acc["role"], "bio": acc.get("bio"),
               "about_text": acc.get("about_text"), "website": acc.get("website"),
               "is_public": acc["is_public"], "location_sharing": acc["location_sharing"]}
        accounts.append(rec)
        labels.append({"subject": acc["id"], "rules": (acc.get("R") or "").split(),
                       "unsure": (acc.get("U") or "").split(), "why": acc.get("W") or ""})
    # ids first (so replies can point forward or backward within a file)
    for acc, posts in parsed:
        for p in posts:
            seq += 1
            p["id"] = f"{acc['platform']}:89{seq:017d}"
            if "K" in p:
                assert p["K"] not in keys, p["K"]
                keys[p["K"]] = (p["id"], acc["id"], acc["platform"])
    for acc, posts in parsed:
        plat = acc["platform"]
        prev = None
        for p in posts:
            when = p["when"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", when), (p["file"], when)
            created = when.replace(" ", "T") + ":00Z"
            if prev and created < prev:
                sys.exit(f"{p['file']}: post {when} out of time order")
            prev = created
            irt = None
            if "RE" in p:
                tgt = p["RE"]
                if tgt.startswith("#"):
                    tid, tacc, tplat = keys[tgt[1:]]
                    assert tplat == plat, (p["file"], when, "cross-platform thread")
                    irt = {"account": tacc, "post_id": tid}
                else:
                    rseq += 1
                    irt = {"account": f"{plat}:{tgt}", "post_id": f"{plat}:9908{rseq:015d}"}
            geo = None
            if "G" in p:
                lat, lon, place = [s.strip() for s in p["G"].split(",", 2)]
                geo = {"lat": float(lat), "lon": float(lon), "place_name": place}
            media = []
            for alt in p["M"]:
                mseq += 1
                media.append({"type": "photo", "path": f"media/d{mseq:03d}.jpg", "alt_text": alt})
            vis = p.get("V") or ("public" if acc["is_public"] is not False else "friends")
            rec = {"kind": "post", "id": p["id"], "account_id": acc["id"], "platform": plat,
                   "created_at": created, "text": p["text"], "url": url_for(plat, acc, p["id"]),
                   "lang": p.get("L", "en"), "in_reply_to": irt, "geo": geo, "media": media,
                   "visibility": vis}
            postrecs.append(rec)
            labels.append({"subject": p["id"], "rules": (p.get("R") or "").split(),
                           "unsure": (p.get("U") or "").split(), "why": p.get("W", "")})
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as f:
        for r in accounts + postrecs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # names list (for register bookkeeping)
    names = {}
    for acc, posts in parsed:
        for p in posts:
            for n in (p.get("N") or "").split(","):
                n = n.strip()
                if n:
                    names.setdefault(n.lower(), n)
    with open(os.path.join(SRC, "twins_supported_names.txt"), "w") as f:
        for k in sorted(names):
            f.write(names[k] + "\n")
    print(f"accounts={len(accounts)} posts={len(postrecs)} media={mseq} replies_ext={rseq}")


if __name__ == "__main__":
    main()
