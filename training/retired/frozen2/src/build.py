#!/usr/bin/env python3
"""Serialise hand-written data files into bundle.jsonl / labels.jsonl / register.csv.
The serialiser only assigns ids, timestamps, urls and media paths; every text,
alt text, label and note comes verbatim from the hand-written files in src/.

Account line:  A key|platform|handle_or_site|display|role|bio|about|website|is_public|loc|rules|unsure|why
Post line:     acct|ref|reply|geo|media|vis|rules|unsure|why|text
  reply: '' | '#ref' (post in bundle) | '@handle' (unenrolled account, same platform)
  geo: 'lat,lon,Place' ; media: 'p:alt' / 'v:alt' joined by ';;' ; vis: ''|public|friends|private
  rules/unsure: short codes joined by ','  (see CODES)
  '\\n' in text becomes a newline. Lines starting with '#' are comments.
"""
import re, json, sys, os, datetime, csv, hashlib

CODES = {"n": "name-leak", "s": "sensitive-info", "f": "family-photo", "g": "geotag",
         "l": "location-disclosure", "o": "logo-misuse", "c": "criticism",
         "a": "advice-to-family", "p": "controversial-official", "d": "contact-details",
         "D": "disclaimer-missing", "P": "privacy-settings"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
URLS = {"x": "https://x.com/{h}/status/{n}", "facebook": "https://www.facebook.com/{h}/posts/{n}",
        "instagram": "https://www.instagram.com/p/{n}/", "bluesky": "https://bsky.app/profile/{h}/post/{n}",
        "mastodon": "https://mastodon.social/@{h}/{n}", "linkedin": "https://www.linkedin.com/feed/update/urn:li:activity:{n}/",
        "blog": "https://{h}/posts/{n}/"}

def tri(v):
    return {"t": True, "f": False, "n": None}[v.strip()]

def codes(s):
    s = s.strip()
    assert all(c.strip() in CODES for c in s.split(",") if c.strip()), s
    return [CODES[c.strip()] for c in s.split(",") if c.strip()] if s else []

def build(org, prefix, mediastart, files, outdir):
    accounts, posts = [], []
    for fn in files:
        for lineno, line in enumerate(open(fn, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{fn}:{lineno}"
            if line.startswith("A "):
                f = re.split(r"(?<! )\|(?! )", line[2:])
                assert len(f) == 13, (where, len(f))
                accounts.append((where, f))
            else:
                f = line.split("|", 9)
                assert len(f) == 10, (where, len(f))
                posts.append((where, f))
    acc = {}
    out_acc, labels = [], []
    for where, f in accounts:
        key, plat, h, disp, role, bio, about, web, pub, loc, r, u, why = [x.strip() for x in f]
        aid = f"blog:{h}" if plat == "blog" else f"{plat}:@{h}"
        assert key not in acc, where
        acc[key] = dict(id=aid, platform=plat, handle=h, is_public=tri(pub))
        out_acc.append({"kind": "account", "id": aid, "platform": plat, "handle": h,
                        "display_name": disp, "role": role, "bio": bio or None,
                        "about_text": about or None, "website": web or None,
                        "is_public": tri(pub), "location_sharing": tri(loc)})
        assert not set(codes(r)) - ACCOUNT_RULES and not set(codes(u)) - ACCOUNT_RULES, where
        assert not (set(codes(r)) & set(codes(u))), where
        labels.append({"subject": aid, "rules": codes(r), "unsure": codes(u), "why": why})
    start = datetime.datetime(2026, 1, 2, 7, 0, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(2026, 11, 29, 22, 0, tzinfo=datetime.timezone.utc)
    step = (end - start) / max(1, len(posts))
    refs, out_posts, mcount = {}, [], mediastart
    for i, (where, f) in enumerate(posts):
        key, ref, reply, geo, media, vis, r, u, why, text = [x.strip() for x in f[:9]] + [f[9]]
        a = acc[key]
        assert vis in ("", "public", "friends", "private"), (where, vis)
        assert reply == "" or reply[0] in "#@", (where, reply)
        assert geo == "" or re.match(r"^-?[0-9.]+,-?[0-9.]+,.+", geo), (where, geo)
        assert media == "" or media[:2] in ("p:", "v:"), (where, media)
        assert why and not set(why) <= set("nsfglocapdDP,"), (where, why)
        assert len(text) > 3, where
        num = f"{prefix}{i+1:017d}"
        pid = f"{a['platform']}:{num}"
        # deterministic jitter, not content
        jit = int(hashlib.md5(num.encode()).hexdigest()[:4], 16) % int(step.total_seconds() * 0.8)
        ts = start + step * i + datetime.timedelta(seconds=jit)
        irt = None
        assert not (set(codes(r)) & set(codes(u))), (where, "rule both sure and unsure")
        assert not (set(codes(r)) | set(codes(u))) & ACCOUNT_RULES, (where, "account rule on post")
        if reply.startswith("#"):
            p = refs[reply[1:]]
            assert p["platform"] == a["platform"], (where, "reply across platforms")
            irt = {"account": p["account_id"], "post_id": p["id"]}
        elif reply.startswith("@"):
            irt = {"account": f"{a['platform']}:{reply}", "post_id": None}
        g = None
        if geo:
            la, lo, name = geo.split(",", 2)
            g = {"lat": float(la), "lon": float(lo), "place_name": name.strip()}
        med = []
        if media:
            for m in media.split(";;"):
                t, alt = m.strip().split(":", 1)
                mcount += 1
                typ = {"p": "photo", "v": "video"}[t]
                med.append({"type": typ, "path": f"media/f{mcount}.{'mp4' if typ == 'video' else 'jpg'}",
                            "alt_text": alt.strip() or None})
        if not vis:
            vis = "public" if a["is_public"] is not False else "friends"
            if irt and irt["post_id"] is None and a["is_public"] is False:
                vis = "friends"
        rec = {"kind": "post", "id": pid, "account_id": a["id"], "platform": a["platform"],
               "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
               "text": text.replace("\\n", "\n"),
               "url": URLS[a["platform"]].format(h=a["handle"], n=num), "lang": "cy" if "[cy]" in why else "en",
               "in_reply_to": irt, "geo": g, "media": med, "visibility": vis}
        if ref:
            assert ref not in refs, where
            refs[ref] = rec
        out_posts.append(rec)
        labels.append({"subject": pid, "rules": codes(r), "unsure": codes(u), "why": why})
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "bundle.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out_acc + out_posts:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    import shutil
    shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"register_{org}.csv"), os.path.join(outdir, "register.csv"))
    with open(os.path.join(outdir, "policy.toml"), "w", encoding="utf-8") as fh:
        fh.write('extends = "%s"\n\n[names]\nregister = "register.csv"\n' % {"twins": "twins-trust-fcs", "cft": "childrens-family-trust"}[org])
    return mcount

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    import glob
    m = build("twins", "97", 2000, sorted(glob.glob(os.path.join(here, "twins_*.txt"))), os.path.join(root, "twins"))
    build("cft", "98", 2500, sorted(glob.glob(os.path.join(here, "cft_*.txt"))), os.path.join(root, "cft"))
    print("built")
