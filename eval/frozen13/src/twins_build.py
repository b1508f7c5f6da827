#!/usr/bin/env python3
"""Assemble frozen13 twins bundle/labels from hand-written post files.
The script only parses the hand-written blocks and assigns ids, timestamps,
urls and media paths. All texts, alt texts, geo and labels are hand-written."""
import json, re, hashlib, os
from datetime import datetime, timedelta, timezone

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "twins")
ABBR = {"NL": "name-leak", "SI": "sensitive-info", "FP": "family-photo", "GT": "geotag",
        "LD": "location-disclosure", "LM": "logo-misuse", "CR": "criticism",
        "AD": "advice-to-family", "CO": "controversial-official", "CD": "contact-details"}
START = datetime(2031, 5, 1, 7, 30, tzinfo=timezone.utc)
END = datetime(2031, 10, 31, 21, 0, tzinfo=timezone.utc)

accounts = json.load(open(os.path.join(SRC, "twins_accounts.json")))
acc_by_id = {a["id"]: a for a in accounts}

def parse(path):
    posts, cur_acc, cur = [], None, None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("== "):
            cur_acc = line[3:].strip(); assert cur_acc in acc_by_id, cur_acc
            continue
        if not line.strip():
            if cur: posts.append(cur); cur = None
            continue
        key, _, val = line.partition(": ")
        if key == "t":
            if cur: posts.append(cur)
            cur = {"account": cur_acc, "text": val.replace("\\n", "\n"), "media": []}
        elif key == "m": cur["media"].append(("photo", val))
        elif key == "v": cur["media"].append(("video", val))
        elif key == "g":
            lat, lon, place = val.split(",", 2); cur["geo"] = {"lat": float(lat), "lon": float(lon), "place_name": place}
        elif key == "r": cur["reply"] = val
        elif key == "k": cur["key"] = val
        elif key == "d": cur["date"] = datetime.fromisoformat(val).replace(tzinfo=timezone.utc)
        elif key == "lang": cur["lang"] = val
        elif key == "l":
            r, u, why = [s.strip() for s in val.split("|", 2)]
            cur["rules"] = [ABBR[x] for x in r.split()]; cur["unsure"] = [ABBR[x] for x in u.split()]; cur["why"] = why
        else: raise ValueError(f"{path}: bad line {line!r}")
    if cur: posts.append(cur)
    return posts

posts, extra = [], []
for f in sorted(os.listdir(SRC)):
    if f.startswith("twins_posts_") and f.endswith(".txt"):
        (extra if f == "twins_posts_e.txt" else posts).extend(parse(os.path.join(SRC, f)))

by_acc = {a["id"]: [] for a in accounts}
for p in posts: by_acc[p["account"]].append(p)
# second-pass posts (twins_posts_e.txt) are spread evenly through each account's timeline
for aid in by_acc:
    ex = [p for p in extra if p["account"] == aid]
    base = by_acc[aid]; n, m = len(base), len(ex)
    merged, bi = [], 0
    for k, p in enumerate(ex):
        pos = round((k + 1) * n / (m + 1))
        while bi < pos: merged.append(base[bi]); bi += 1
        merged.append(p)
    merged += base[bi:]
    by_acc[aid] = merged
posts = [p for aid in by_acc for p in by_acc[aid]]

def jitter(s, span):
    h = int(hashlib.sha256(s.encode()).hexdigest(), 16)
    return (h % 1000) / 1000.0 * span

# timestamps: explicit anchors kept; others spread evenly between anchors
for aid, ps in by_acc.items():
    idx = [i for i, p in enumerate(ps) if "date" in p]
    bounds = [(-1, START)] + [(i, ps[i]["date"]) for i in idx] + [(len(ps), END)]
    for (i0, t0), (i1, t1) in zip(bounds, bounds[1:]):
        n = i1 - i0 - 1
        if n <= 0: continue
        step = (t1 - t0) / (n + 1)
        for j in range(n):
            base = t0 + step * (j + 1)
            off = timedelta(seconds=jitter(ps[i0 + 1 + j]["text"], min(step.total_seconds() * 0.4, 6 * 3600)))
            t = base - timedelta(seconds=min(step.total_seconds() * 0.2, 3 * 3600)) + off
            h = int(hashlib.sha256(ps[i0 + 1 + j]["text"].encode()).hexdigest(), 16)
            t = t.replace(hour=7 + h % 16, minute=(h // 16) % 60, second=0, microsecond=0)
            ps[i0 + 1 + j]["date"] = t
    prev = None
    for p in ps:  # keep writing order strictly increasing within the account
        if prev and p["date"] <= prev:
            assert "date" not in p or True
            p["date"] = prev + timedelta(minutes=47)
        prev = p["date"]

# ids, urls, media
pid, rid, mid = 1, 1, 1
keys = {}
order = [a["id"] for a in accounts]
for aid in order:
    for p in by_acc[aid]:
        plat = acc_by_id[aid]["platform"]
        num = f"83{pid:017d}"; pid += 1
        p["id"] = f"{plat}:{num}"; p["num"] = num
        if "key" in p: keys[p["key"]] = p
for aid in order:
    for p in by_acc[aid]:
        media = []
        for typ, alt in p["media"]:
            ext = "mp4" if typ == "video" else "jpg"
            media.append({"type": typ, "path": f"media/d{mid:03d}.{ext}", "alt_text": alt}); mid += 1
        p["media_out"] = media
        if "reply" in p:
            r = p["reply"]
            if r.startswith("#"):
                tgt = keys[r[1:]]; p["in_reply_to"] = {"account": tgt["account"], "post_id": tgt["id"]}
            else:
                plat = r.split(":")[0]
                p["in_reply_to"] = {"account": r, "post_id": f"{plat}:9902{rid:015d}"}; rid += 1

def url(a, p):
    h, n = a["handle"], p["num"]
    return {"x": f"https://x.com/{h}/status/{n}",
            "facebook": f"https://www.facebook.com/{h}/posts/{n}",
            "instagram": f"https://www.instagram.com/p/{n}/",
            "blog": f"https://{h}/{p['date']:%Y/%m}/{n}",
            "linkedin": f"https://www.linkedin.com/feed/update/urn:li:activity:{n}",
            "bluesky": f"https://bsky.app/profile/{h}/post/{n}",
            "mastodon": f"https://mastodon.cymru/@gwen/{n}"}[a["platform"]]

bundle, labels = [], []
for a in accounts:
    rec = {"kind": "account"}; rec.update({k: v for k, v in a.items() if k != "label"})
    bundle.append(rec)
    labels.append({"subject": a["id"], "rules": a["label"][0], "unsure": a["label"][1], "why": a["label"][2]})
for aid in order:
    a = acc_by_id[aid]
    for p in by_acc[aid]:
        reply = p.get("in_reply_to")
        if a["is_public"] is False and not (reply and not reply["post_id"].split(":")[1].startswith("83")):
            vis = "friends"
        else:
            vis = "public"
        bundle.append({"kind": "post", "id": p["id"], "account_id": aid, "platform": a["platform"],
                       "created_at": p["date"].strftime("%Y-%m-%dT%H:%M:%SZ"), "text": p["text"],
                       "url": url(a, p), "lang": p.get("lang", "en"), "in_reply_to": reply,
                       "geo": p.get("geo"), "media": p["media_out"], "visibility": vis})
        labels.append({"subject": p["id"], "rules": p["rules"], "unsure": p["unsure"], "why": p["why"]})

with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as f:
    for r in bundle: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for r in labels: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("accounts", len(accounts), "posts", len(posts), "media", mid - 1)
