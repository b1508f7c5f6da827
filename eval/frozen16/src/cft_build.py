#!/usr/bin/env python3
"""Build cft/bundle.jsonl and cft/labels.jsonl from the hand-written cft_*.txt files.

The script only parses the hand-written files and assigns ids, times of day (when a post
gives only a date), URLs and media paths. It writes no sentences of its own.
"""
import glob, hashlib, json, os, re, sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cft")

MASTODON_INSTANCE = {"roisin_b": "mastodon.ie", "bob_norfolk": "mastodon.social"}


def parse_value(v):
    v = v.strip()
    if v == "true":
        return True
    if v == "false":
        return False
    if v in ("null", ""):
        return None
    return v


def split_list(v):
    return [x.strip() for x in v.split(",") if x.strip()]


def parse_accounts(path):
    accounts = []
    cur = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("=== "):
            cur = {"id": line[4:].strip()}
            accounts.append(cur)
            continue
        k, _, v = line.partition(":")
        cur[k.strip()] = v.strip()
    out = []
    for a in accounts:
        rec = {"kind": "account", "id": a["id"], "platform": a["platform"],
               "handle": a["handle"], "display_name": a["display_name"], "role": a["role"],
               "bio": parse_value(a.get("bio", "")),
               "about_text": parse_value(a.get("about_text", "")),
               "website": parse_value(a.get("website", "")),
               "is_public": parse_value(a.get("is_public", "")),
               "location_sharing": parse_value(a.get("location_sharing", ""))}
        lab = {"subject": a["id"], "rules": split_list(a.get("rules", "")),
               "unsure": split_list(a.get("unsure", "")), "why": a.get("why", "")}
        out.append((rec, lab))
    return out


def parse_posts(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    assert lines[0].startswith("@account "), path
    account = lines[0][len("@account "):].strip()
    posts = []
    cur = None
    for line in lines[1:]:
        if line.startswith("--- "):
            cur = {"hdr": line[4:], "text": []}
            posts.append(cur)
        elif cur is not None:
            cur["text"].append(line)
    parsed = []
    for i, p in enumerate(posts):
        f = {"r": [], "u": [], "img": [], "vid": []}
        for tok in p["hdr"].split(" | "):
            k, _, v = tok.partition("=")
            k = k.strip()
            if k in ("r", "u"):
                f[k] = split_list(v)
            elif k in ("img", "vid"):
                f[k].append(v.strip())
            else:
                f[k] = v.strip()
        text = "\n".join(p["text"]).strip("\n")
        f["text"] = text
        f["idx"] = i
        f["file"] = os.path.basename(path)
        parsed.append(f)
    return account, parsed


def timestamp(account, f):
    d = f["d"]
    m = re.fullmatch(r"(\d\d)-(\d\d)(?: (\d\d):(\d\d))?", d)
    assert m, (f["file"], d)
    mo, day = int(m.group(1)), int(m.group(2))
    year = 2032 if mo >= 11 else 2033
    if m.group(3):
        hh, mm = int(m.group(3)), int(m.group(4))
    else:
        h = hashlib.sha256(f"{account}|{d}|{f['idx']}".encode()).digest()
        hh = 7 + h[0] % 16
        mm = h[1] % 60
    return datetime(year, mo, day, hh, mm, 0, tzinfo=timezone.utc)


def slugify(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60]


def url_for(acc, num, created, text):
    p, h = acc["platform"], acc["handle"]
    if p == "x":
        return f"https://x.com/{h}/status/{num}"
    if p == "facebook":
        return f"https://www.facebook.com/{h}/posts/{num}"
    if p == "instagram":
        return f"https://www.instagram.com/p/{num}/"
    if p == "bluesky":
        return f"https://bsky.app/profile/{h}/post/{num}"
    if p == "mastodon":
        return f"https://{MASTODON_INSTANCE[h]}/@{h}/{num}"
    if p == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    if p == "blog":
        title = text.split("\n", 1)[0]
        return f"https://{h}/{created:%Y/%m/%d}/{slugify(title)}/"
    raise ValueError(p)


def main():
    accs = parse_accounts(os.path.join(HERE, "cft_accounts.txt"))
    acc_by_id = {a["id"]: a for a, _ in accs}
    posts_by_acc = {}
    for path in sorted(glob.glob(os.path.join(HERE, "cft_posts_*.txt"))):
        account, posts = parse_posts(path)
        assert account in acc_by_id, account
        assert account not in posts_by_acc, account
        posts_by_acc[account] = posts
    for account, posts in posts_by_acc.items():
        for f in posts:
            f["created"] = timestamp(account, f)
        posts.sort(key=lambda f: (f["created"], f["idx"]))

    records, labels = [], []
    for a, lab in accs:
        records.append(a)
        labels.append(lab)

    seq = 0
    ext_seq = 0
    media_seq = 0
    key_to_id = {}
    pending = []
    for a, _ in accs:
        for f in posts_by_acc.get(a["id"], []):
            seq += 1
            num = "90" + str(seq).zfill(17)
            pid = f"{a['platform']}:{num}"
            if "k" in f:
                assert f["k"] not in key_to_id, f["k"]
                key_to_id[f["k"]] = (pid, a["id"], f["created"], a["platform"])
            media = []
            for alt in f["img"]:
                media_seq += 1
                media.append({"type": "photo", "path": f"media/d{media_seq:03d}.jpg", "alt_text": alt})
            for alt in f["vid"]:
                media_seq += 1
                media.append({"type": "video", "path": f"media/d{media_seq:03d}.mp4", "alt_text": alt})
            geo = None
            if "geo" in f:
                lat, lon, place = f["geo"].split(",", 2)
                geo = {"lat": float(lat), "lon": float(lon), "place_name": place.strip()}
            vis = f.get("vis") or ("friends" if a["is_public"] is False else "public")
            in_reply = None
            if "re" in f:
                if f["re"].startswith("#"):
                    pending.append((f["re"][1:], f, len(records)))
                    in_reply = "PENDING"
                else:
                    ext_seq += 1
                    in_reply = {"account": f["re"], "post_id": "9909" + str(ext_seq).zfill(15)}
            rec = {"kind": "post", "id": pid, "account_id": a["id"], "platform": a["platform"],
                   "created_at": f["created"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "text": f["text"], "url": url_for(a, num, f["created"], f["text"]),
                   "lang": f.get("lang", "en"), "in_reply_to": in_reply, "geo": geo,
                   "media": media, "visibility": vis}
            records.append(rec)
            why = f.get("why", "").strip() or "clean"
            labels.append({"subject": pid, "rules": f["r"], "unsure": f["u"], "why": why})
    for key, f, pos in pending:
        pid, acc_id, created, platform = key_to_id[key]
        rec = records[pos]
        assert rec["platform"] == platform, (key, rec["id"])
        assert created < f["created"], (key, rec["id"])
        rec["in_reply_to"] = {"account": acc_id, "post_id": pid}

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"accounts={len(accs)} posts={seq} media={media_seq} ext_replies={ext_seq}")


if __name__ == "__main__":
    main()
