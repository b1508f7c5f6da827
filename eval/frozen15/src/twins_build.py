#!/usr/bin/env python3
"""Build the frozen15 Twins Trust bundle from hand-written source files.

Only parses the hand-written twins_accounts.jsonl and twins_posts_*.txt files and
assigns ids, timestamps, URLs, media paths and visibility. No text is generated.
"""
import glob, json, os, re, sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "twins")
YEAR = 2032
HEADER_KEYS = {"ref", "reply", "geo", "media", "vis", "lang", "rules", "unsure", "names", "why"}


def parse_posts(path):
    account, posts, cur = None, [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for ln in lines:
        if ln.startswith("@account: "):
            account = ln.split(": ", 1)[1].strip()
            continue
        m = re.match(r"^== (\d\d)-(\d\d) (\d\d):(\d\d)\s*$", ln)
        if m:
            cur = {"account": account, "when": m.groups(), "hdr": {"media": []},
                   "text": [], "in_text": False, "src": os.path.basename(path)}
            posts.append(cur)
            continue
        if cur is None:
            continue
        if not cur["in_text"]:
            km = re.match(r"^([a-z]+): ?(.*)$", ln)
            if km and km.group(1) in HEADER_KEYS:
                k, v = km.group(1), km.group(2).strip()
                if k == "media":
                    cur["hdr"]["media"].append(v)
                else:
                    cur["hdr"][k] = v
                continue
            cur["in_text"] = True
        cur["text"].append(ln)
    for p in posts:
        p["text"] = "\n".join(p["text"]).strip("\n").rstrip()
    return account, posts


def url_for(acc, pid):
    plat, num = pid.split(":", 1)
    h = acc["handle"]
    if plat == "x":
        return f"https://x.com/{h}/status/{num}"
    if plat == "facebook":
        return f"https://www.facebook.com/{h}/posts/{num}"
    if plat == "instagram":
        return f"https://www.instagram.com/p/{num}/"
    if plat == "blog":
        return f"https://{h}/?p={num}"
    if plat == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    if plat == "bluesky":
        return f"https://bsky.app/profile/{h}/post/{num}"
    if plat == "mastodon":
        user, inst = h.split("@", 1)
        return f"https://{inst}/@{user}/{num}"
    raise ValueError(plat)


def main():
    accounts, acc_labels = [], {}
    with open(os.path.join(SRC, "twins_accounts.jsonl"), encoding="utf-8") as fh:
        for ln in fh:
            if not ln.strip():
                continue
            a = json.loads(ln)
            lab = a.pop("labels")
            rec = {"kind": "account"}
            rec.update(a)
            accounts.append(rec)
            acc_labels[a["id"]] = lab
    acc_by_id = {a["id"]: a for a in accounts}

    by_acc = {}
    for path in sorted(glob.glob(os.path.join(SRC, "twins_posts_*.txt"))):
        acc_id, posts = parse_posts(path)
        if acc_id not in acc_by_id:
            sys.exit(f"{path}: unknown account {acc_id}")
        by_acc.setdefault(acc_id, []).extend(posts)

    # assign ids in bundle order
    seq, ext_seq, media_seq = 0, 0, 0
    refs, ordered = {}, []
    for a in accounts:
        posts = by_acc.get(a["id"], [])
        posts.sort(key=lambda p: p["when"])
        for p in posts:
            seq += 1
            p["id"] = f"{a['platform']}:87{(1000 + seq * 37):017d}"
            mo, dd, hh, mi = p["when"]
            p["created_at"] = f"{YEAR}-{mo}-{dd}T{hh}:{mi}:00Z"
            if "ref" in p["hdr"]:
                r = p["hdr"]["ref"]
                if r in refs:
                    sys.exit(f"duplicate ref {r}")
                refs[r] = p
            ordered.append((a, p))

    records, labels, names = [], [], {}
    for a in accounts:
        records.append(a)
        lab = acc_labels[a["id"]]
        labels.append({"subject": a["id"], "rules": lab["rules"], "unsure": lab["unsure"], "why": lab["why"]})
    for a, p in ordered:
        h = p["hdr"]
        plat = a["platform"]
        reply = None
        if "reply" in h:
            r = h["reply"]
            if r.startswith("&"):
                tgt = refs[r[1:]]
                reply = {"account": tgt["account"], "post_id": tgt["id"]}
            elif r.startswith("@"):
                ext_seq += 1
                reply = {"account": f"{plat}:{r}", "post_id": f"{plat}:9906{(4000 + ext_seq * 53):015d}"}
            else:
                sys.exit(f"bad reply {r}")
        geo = None
        if "geo" in h:
            coords, place = [x.strip() for x in h["geo"].split("|", 1)]
            lat, lon = [float(x) for x in coords.split(",")]
            geo = {"lat": lat, "lon": lon, "place_name": place}
        media = []
        for m in h["media"]:
            mtype, alt = [x.strip() for x in m.split("|", 1)]
            media_seq += 1
            ext = "mp4" if mtype == "video" else "jpg"
            media.append({"type": mtype, "path": f"media/d{media_seq:03d}.{ext}", "alt_text": alt})
        vis = h.get("vis") or ("public" if a["is_public"] else "friends")
        rec = {"kind": "post", "id": p["id"], "account_id": a["id"], "platform": plat,
               "created_at": p["created_at"], "text": p["text"], "url": url_for(a, p["id"]),
               "lang": h.get("lang", "en"), "in_reply_to": reply, "geo": geo, "media": media,
               "visibility": vis}
        records.append(rec)
        rules = h.get("rules", "").split()
        unsure = h.get("unsure", "").split()
        labels.append({"subject": p["id"], "rules": rules, "unsure": unsure, "why": h.get("why", "")})
        for n in h.get("names", "").split():
            names.setdefault(n, []).append(p["id"])

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(SRC, "twins_names_seen.json"), "w", encoding="utf-8") as fh:
        json.dump(names, fh, indent=1, ensure_ascii=False)
    print(f"accounts={len(accounts)} posts={len(ordered)} media={media_seq} ext_replies={ext_seq}")


if __name__ == "__main__":
    main()
