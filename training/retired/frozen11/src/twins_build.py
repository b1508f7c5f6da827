#!/usr/bin/env python3
"""Build the frozen11 twins half from hand-written sources.

Sources: twins_accounts.json (accounts + labels) and twins_posts*.txt (posts,
each written by hand). This script only assigns ids, timestamps, media paths,
URLs and serialises.

Post file format:
  === ACCOUNT_ID                  starts an account's block of posts
  --- TAG | RULES | UNSURE | WHY  starts a post (rule codes, space/comma separated)
  ~re TAG | ~re @handle           reply to an enrolled post (by tag) or a non-enrolled account
  ~photo ALT | ~video ALT         media with honest alt text
  ~geo LAT,LON,PLACE              geotag
  ~vis friends|public             override visibility
  ~date MM-DD[ HH:MM]             fixed date
  ~names A,B                      supported-family names in the post (for the register check)
  anything else                   text (lines joined with newlines)
"""
import json, random, hashlib, glob, os, re, datetime as dt

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "twins")
CODES = {"NL": "name-leak", "SI": "sensitive-info", "FP": "family-photo", "GT": "geotag",
         "LD": "location-disclosure", "LM": "logo-misuse", "CR": "criticism",
         "AD": "advice-to-family", "CO": "controversial-official", "CD": "contact-details"}
START = dt.datetime(2030, 5, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2030, 10, 31, 23, 59, tzinfo=dt.timezone.utc)


def codes(s):
    out = []
    for c in re.split(r"[ ,]+", s.strip()):
        if c:
            out.append(CODES[c])
    return out


def parse():
    posts, acct = [], None
    for fn in sorted(glob.glob(os.path.join(SRC, "twins_posts*.txt"))):
        cur = None
        for ln in open(fn, encoding="utf-8"):
            ln = ln.rstrip("\n")
            if ln.startswith("==="):
                acct = ln[3:].strip(); cur = None; continue
            if ln.startswith("---"):
                parts = [p.strip() for p in ln[3:].split("|")]
                tag, r, u, why = parts[0], parts[1], parts[2], "|".join(parts[3:])
                cur = {"acct": acct, "tag": tag, "rules": codes(r), "unsure": codes(u), "why": why,
                       "text": [], "media": [], "geo": None, "re": None, "vis": None, "date": None,
                       "names": [], "src": os.path.basename(fn)}
                posts.append(cur); continue
            if cur is None:
                continue
            if ln.startswith("~re "):
                cur["re"] = ln[4:].strip()
            elif ln.startswith("~photo ") or ln.startswith("~video "):
                cur["media"].append((ln[1:6], ln[7:].strip()))
            elif ln.startswith("~geo "):
                a, b, c = ln[5:].split(",", 2)
                cur["geo"] = {"lat": float(a), "lon": float(b), "place_name": c.strip()}
            elif ln.startswith("~vis "):
                cur["vis"] = ln[5:].strip()
            elif ln.startswith("~date "):
                cur["date"] = ln[6:].strip()
            elif ln.startswith("~names "):
                cur["names"] = [n.strip() for n in ln[7:].split(",") if n.strip()]
            else:
                cur["text"].append(ln)
    for p in posts:
        p["text"] = "\n".join(p["text"]).strip()
    return posts


def main():
    rng = random.Random(7911)
    accts = json.load(open(os.path.join(SRC, "twins_accounts.json"), encoding="utf-8"))
    amap = {a["acct"]["id"]: a["acct"] for a in accts}
    posts = parse()
    # ids
    used = set()
    def newid(prefix):
        while True:
            d = prefix + "".join(str(rng.randint(0, 9)) for _ in range(19 - len(prefix)))
            if d not in used:
                used.add(d); return d
    tags = {}
    for p in posts:
        a = amap[p["acct"]]
        p["platform"] = a["platform"]
        p["id"] = f'{a["platform"]}:{newid("79")}'
        if p["tag"]:
            assert p["tag"] not in tags, p["tag"]
            tags[p["tag"]] = p
    # timestamps: spread each account's posts over the window
    span = (END - START).total_seconds() - 86400
    by_acct = {}
    for p in posts:
        by_acct.setdefault(p["acct"], []).append(p)
    for aid, ps in by_acct.items():
        offs = sorted(rng.uniform(0, span) for _ in ps)
        for p, o in zip(ps, offs):
            t = START + dt.timedelta(seconds=o)
            t = t.replace(hour=rng.choice([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]),
                          minute=rng.randint(0, 59), second=0)
            if p["date"]:
                m = re.match(r"(\d\d)-(\d\d)(?: (\d\d):(\d\d))?", p["date"])
                mo, d = int(m.group(1)), int(m.group(2))
                hh = int(m.group(3)) if m.group(3) else t.hour
                mm = int(m.group(4)) if m.group(4) else t.minute
                t = dt.datetime(2030, mo, d, hh, mm, tzinfo=dt.timezone.utc)
            p["t"] = t
    # replies to enrolled posts come shortly after their target
    done = set()
    def fix(p):
        if id(p) in done:
            return
        done.add(id(p))
        if p["re"] and not p["re"].startswith("@"):
            tgt = tags[p["re"]]
            fix(tgt)
            if not p["date"]:
                p["t"] = tgt["t"] + dt.timedelta(minutes=rng.randint(6, 300))
    for p in posts:
        fix(p)
    for p in posts:
        p["t"] = min(max(p["t"], START), END)
    # media, urls, serialise
    mcount = 0
    out_posts = []
    for aid in [a["acct"]["id"] for a in accts]:
        ps = sorted(by_acct.get(aid, []), key=lambda p: p["t"])
        for p in ps:
            a = amap[aid]
            num = p["id"].split(":")[1]
            plat = a["platform"]
            url = {
                "x": f"https://x.com/{a['handle']}/status/{num}",
                "facebook": f"https://www.facebook.com/{a['handle']}/posts/{num}",
                "instagram": f"https://www.instagram.com/p/{hashlib.sha1(num.encode()).hexdigest()[:11]}/",
                "bluesky": f"https://bsky.app/profile/{a['handle']}/post/{hashlib.sha1(num.encode()).hexdigest()[:13]}",
                "mastodon": f"https://mastodon.social/@{a['handle']}/{num}",
                "linkedin": f"https://www.linkedin.com/feed/update/urn:li:activity:{num}",
                "blog": f"https://{a['handle']}/{p['t']:%Y/%m}/{num[-6:]}/",
            }[plat]
            media = []
            for kind, alt in p["media"]:
                mcount += 1
                ext = "mp4" if kind == "video" else "jpg"
                media.append({"type": kind, "path": f"media/t{mcount:03d}.{ext}", "alt_text": alt})
            irt = None
            if p["re"]:
                if p["re"].startswith("@"):
                    irt = {"account": f"{plat}:{p['re']}", "post_id": f"{plat}:{newid('9898')}"}
                else:
                    tgt = tags[p["re"]]
                    assert tgt["platform"] == plat, (p["re"], p["text"][:20])
                    irt = {"account": tgt["acct"], "post_id": tgt["id"]}
            vis = p["vis"] or ("friends" if a["is_public"] is False else "public")
            rec = {"kind": "post", "id": p["id"], "account_id": aid, "platform": plat,
                   "created_at": p["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "text": p["text"], "url": url,
                   "lang": "en", "in_reply_to": irt, "geo": p["geo"], "media": media, "visibility": vis}
            lab = {"subject": p["id"], "rules": p["rules"], "unsure": p["unsure"], "why": p["why"]}
            out_posts.append((rec, lab, p))
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as fb, \
         open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for a in accts:
            rec = {"kind": "account", **a["acct"]}
            fb.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fl.write(json.dumps({"subject": rec["id"], "rules": a["rules"], "unsure": a["unsure"], "why": a["why"]}, ensure_ascii=False) + "\n")
        for rec, lab, _ in out_posts:
            fb.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
    names = sorted({n for _, _, p in out_posts for n in p["names"]})
    json.dump(names, open(os.path.join(SRC, "twins_allnames.json"), "w"), indent=0)
    print("accounts", len(accts), "posts", len(out_posts), "media", mcount, "names", len(names))


if __name__ == "__main__":
    main()
