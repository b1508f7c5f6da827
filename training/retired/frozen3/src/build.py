#!/usr/bin/env python3
"""Build and validate the frozen3 draft bundles from hand-written sources.

The script only assigns ids, timestamps, URLs and media paths. Every text,
bio, alt text, geo value and label comes verbatim from src/<org>-*.txt.

Source format (one file or several per organisation, read in name order):

  @ACCOUNT alias=sal id=x:@handle platform=x role=personal public=true loc=null display=Free text name
  bio: ...            (optional; 'about:' and 'website:' likewise)
  L: rules | unsure | why

  > acct=sal [r=ref] [reply=ref | reply=@exthandle] [vis=friends] [lang=cy]
  G: lat, lon, Place name        (optional geo)
  text lines ...
  M: photo | alt text            (optional, repeatable; alt '-' means null)
  L: rules | unsure | why        (ends the post)

Lines starting with '#' outside a post are comments.
"""
import csv, datetime as dt, hashlib, json, os, random, sys

RULES = ["disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"]
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
ORGS = {"twins": ("9810", "9819", "t"), "cft": ("9820", "9829", "c")}
START = dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.timezone.utc)
END = dt.datetime(2026, 10, 31, 21, 0, tzinfo=dt.timezone.utc)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def parse_labels(line):
    body = line[2:].strip()
    parts = [p.strip() for p in body.split("|", 2)]
    while len(parts) < 3:
        parts.append("")
    rules = [r.strip() for r in parts[0].split(",") if r.strip()]
    unsure = [r.strip() for r in parts[1].split(",") if r.strip()]
    return rules, unsure, parts[2]


def parse_header(s):
    out = {}
    rest = s
    if " display=" in s:
        rest, disp = s.split(" display=", 1)
        out["display"] = disp.strip()
    for tok in rest.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            out[k] = v
    return out


def tri(v):
    return {"true": True, "false": False, "null": None}[v]


def parse(org):
    files = sorted(f for f in os.listdir(HERE) if f.startswith(org + "-") and f.endswith(".txt"))
    accounts, posts = [], []
    cur = None
    for fn in files:
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for n, raw in enumerate(lines, 1):
            line = raw.rstrip()
            where = f"{fn}:{n}"
            if cur is None:
                if not line.strip() or line.startswith("#"):
                    continue
                if line.startswith("@ACCOUNT "):
                    h = parse_header(line[9:])
                    cur = {"type": "acct", "h": h, "where": where, "bio": None, "about": None, "website": None}
                elif line.startswith("> "):
                    h = parse_header(line[2:])
                    cur = {"type": "post", "h": h, "where": where, "text": [], "media": [], "geo": None}
                else:
                    sys.exit(f"{where}: unexpected line {line!r}")
                continue
            if cur["type"] == "acct":
                for key in ("bio", "about", "website"):
                    if line.startswith(key + ": "):
                        cur[key] = line[len(key) + 2:]
                        break
                else:
                    if line.startswith("L: "):
                        cur["labels"] = parse_labels(line)
                        accounts.append(cur)
                        cur = None
                    else:
                        sys.exit(f"{where}: bad account line {line!r}")
                continue
            # post
            if line.startswith("G: ") and cur["geo"] is None and line[3:4] in "-0123456789":
                lat, lon, place = [x.strip() for x in line[3:].split(",", 2)]
                cur["geo"] = {"lat": float(lat), "lon": float(lon), "place_name": place}
            elif line.startswith("M: "):
                typ, alt = [x.strip() for x in line[3:].split("|", 1)]
                cur["media"].append((typ, None if alt == "-" else alt))
            elif line.startswith("L: "):
                cur["labels"] = parse_labels(line)
                while cur["text"] and not cur["text"][-1].strip():
                    cur["text"].pop()
                posts.append(cur)
                cur = None
            else:
                cur["text"].append(raw.rstrip("\n"))
    if cur is not None:
        sys.exit(f"{org}: unterminated record at {cur['where']}")
    return accounts, posts


def url_for(platform, handle, pid, ts):
    num = pid.split(":", 1)[1]
    if platform == "x":
        return f"https://x.com/{handle}/status/{num}"
    if platform == "facebook":
        return f"https://www.facebook.com/{handle}/posts/{num}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{num}/"
    if platform == "blog":
        return f"https://{handle}/{ts.year}/{ts.month:02d}/post-{num}/"
    if platform == "bluesky":
        return f"https://bsky.app/profile/{handle}/post/{num}"
    if platform == "mastodon":
        user, inst = handle.split("@", 1)
        return f"https://{inst}/@{user}/{num}"
    if platform == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    raise ValueError(platform)


def build(org):
    pfx, ext_pfx, mtag = ORGS[org]
    accounts, posts = parse(org)
    rng = random.Random("frozen3-" + org)
    acc_by_alias, acc_records, labels = {}, [], {}
    for a in accounts:
        h = a["h"]
        rec = {"kind": "account", "id": h["id"], "platform": h["platform"],
               "handle": h["id"].split(":", 1)[1].lstrip("@"),
               "display_name": h["display"], "role": h["role"],
               "bio": a["bio"], "about_text": a["about"], "website": a["website"],
               "is_public": tri(h["public"]), "location_sharing": tri(h["loc"])}
        if h["alias"] in acc_by_alias:
            sys.exit(f"duplicate alias {h['alias']}")
        acc_by_alias[h["alias"]] = rec
        acc_records.append(rec)
        r, u, w = a["labels"]
        labels[rec["id"]] = {"subject": rec["id"], "rules": r, "unsure": u, "why": w}
    # ids in source order
    by_ref, seq, ext_seq, media_seq = {}, 0, 0, 0
    per_acct = {}
    for p in posts:
        seq += 1
        acc = acc_by_alias[p["h"]["acct"]]
        p["acc"] = acc
        p["id"] = f"{acc['platform']}:{pfx}{seq:015d}"
        if "r" in p["h"]:
            if p["h"]["r"] in by_ref:
                sys.exit(f"duplicate ref {p['h']['r']}")
            by_ref[p["h"]["r"]] = p
        per_acct.setdefault(acc["id"], []).append(p)
    # timestamps: non-reply posts spread through the window per account (source order);
    # replies to enrolled posts come 6-200 minutes after their parent.
    span = (END - START).total_seconds()
    for aid, plist in per_acct.items():
        roots = [p for p in plist if not (p["h"].get("reply", "") and not p["h"]["reply"].startswith("@"))]
        k = len(roots)
        for i, p in enumerate(roots):
            frac = (i + rng.uniform(0.1, 0.9)) / max(k, 1)
            t = START + dt.timedelta(seconds=frac * span)
            t = t.replace(hour=rng.choice([7, 8, 9, 11, 12, 13, 15, 17, 19, 20, 21]), minute=rng.randrange(60), second=0)
            p["ts"] = t
    for p in posts:
        rep = p["h"].get("reply")
        if rep and not rep.startswith("@"):
            parent = by_ref.get(rep)
            if parent is None or "ts" not in parent:
                sys.exit(f"{p['where']}: reply parent {rep} missing or later in source")
            if parent["acc"]["platform"] != p["acc"]["platform"]:
                sys.exit(f"{p['where']}: reply across platforms")
            p["ts"] = parent["ts"] + dt.timedelta(minutes=rng.randint(6, 200))
            p["parent"] = parent
    out_posts = []
    for p in posts:
        acc = p["acc"]
        rep = p["h"].get("reply")
        irt = None
        if rep:
            if rep.startswith("@"):
                ext_seq += 1
                irt = {"account": f"{acc['platform']}:{rep}", "post_id": f"{acc['platform']}:{ext_pfx}{ext_seq:015d}"}
            else:
                irt = {"account": p["parent"]["acc"]["id"], "post_id": p["parent"]["id"]}
        media = []
        for typ, alt in p["media"]:
            media_seq += 1
            extn = "mp4" if typ == "video" else "jpg"
            media.append({"type": typ, "path": f"media/f3{mtag}{media_seq:03d}.{extn}", "alt_text": alt})
        vis = p["h"].get("vis")
        if not vis:
            vis = "friends" if acc["is_public"] is False and not irt else "public"
        ts = p["ts"]
        rec = {"kind": "post", "id": p["id"], "account_id": acc["id"], "platform": acc["platform"],
               "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": "\n".join(p["text"]),
               "url": url_for(acc["platform"], acc["handle"], p["id"], ts),
               "lang": p["h"].get("lang", "en"), "in_reply_to": irt, "geo": p["geo"],
               "media": media, "visibility": vis}
        out_posts.append(rec)
        r, u, w = p["labels"]
        labels[rec["id"]] = {"subject": rec["id"], "rules": r, "unsure": u, "why": w}
    out_posts.sort(key=lambda r: (r["created_at"], r["id"]))
    d = os.path.join(ROOT, org)
    with open(os.path.join(d, "bundle.jsonl"), "w", encoding="utf-8") as fh:
        for rec in acc_records + out_posts:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(d, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in acc_records + out_posts:
            fh.write(json.dumps(labels[rec["id"]], ensure_ascii=False) + "\n")


def validate(org):
    d = os.path.join(ROOT, org)
    errs = []
    recs, labs = [], []
    for name, sink in (("bundle.jsonl", recs), ("labels.jsonl", labs)):
        with open(os.path.join(d, name), encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    sink.append(json.loads(line))
                except Exception as e:
                    errs.append(f"{name}:{n}: bad JSON {e}")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    seen_post = False
    kinds = {}
    pos = {}
    for i, r in enumerate(recs):
        kinds[r["id"]] = r["kind"]
        if r["kind"] == "account" and seen_post:
            errs.append(f"account after posts: {r['id']}")
        if r["kind"] == "post":
            seen_post = True
            num = r["id"].split(":", 1)[1]
            if not (num.startswith("98") and len(num) == 19):
                errs.append(f"bad id {r['id']}")
            pos[r["id"]] = i
            irt = r["in_reply_to"]
            if irt and irt["post_id"] in kinds:
                if pos.get(irt["post_id"], 10**9) >= i:
                    errs.append(f"reply before parent {r['id']}")
            if not ("2026-03-01" <= r["created_at"][:10] <= "2026-10-31"):
                errs.append(f"date out of window {r['id']}")
    last = {}
    for r in recs:
        if r["kind"] == "post":
            if r["created_at"] < last.get(r["account_id"], ""):
                errs.append(f"account posts out of order {r['id']}")
            last[r["account_id"]] = r["created_at"]
    subj = [l["subject"] for l in labs]
    if len(subj) != len(set(subj)):
        errs.append("duplicate label subjects")
    if set(subj) != set(ids):
        errs.append("labels do not match subjects one-to-one")
    for l in labs:
        for rr in l["rules"] + l["unsure"]:
            if rr not in RULES:
                errs.append(f"unknown rule {rr} on {l['subject']}")
        if set(l["rules"]) & set(l["unsure"]):
            errs.append(f"rule both sure and unsure on {l['subject']}")
        k = kinds.get(l["subject"])
        for rr in l["rules"] + l["unsure"]:
            if (rr in ACCOUNT_RULES) != (k == "account"):
                errs.append(f"{rr} on wrong subject kind {l['subject']}")
        if l["rules"] and not l["why"]:
            errs.append(f"positive without why {l['subject']}")
    # stats
    posts = [r for r in recs if r["kind"] == "post"]
    stats = {"accounts": len(recs) - len(posts), "posts": len(posts),
             "media_posts": sum(1 for p in posts if p["media"]),
             "media_items": sum(len(p["media"]) for p in posts),
             "geotagged": sum(1 for p in posts if p["geo"]),
             "replies": sum(1 for p in posts if p["in_reply_to"])}
    lab = {l["subject"]: l for l in labs}
    stats["clean_posts"] = sum(1 for p in posts if not lab[p["id"]]["rules"])
    stats["unsure_subjects"] = sum(1 for l in labs if l["unsure"])
    stats["unsure_share"] = round(stats["unsure_subjects"] / len(labs), 4)
    per = {r: [0, 0] for r in RULES}
    for l in labs:
        for rr in l["rules"]:
            per[rr][0] += 1
        for rr in l["unsure"]:
            per[rr][1] += 1
    if stats["unsure_share"] >= 0.06:
        errs.append(f"unsure share {stats['unsure_share']} >= 6%")
    return errs, stats, per


def sums(org):
    d = os.path.join(ROOT, org)
    lines = []
    for fn in sorted(os.listdir(d)):
        if fn == "SHA256SUMS" or not os.path.isfile(os.path.join(d, fn)):
            continue
        h = hashlib.sha256(open(os.path.join(d, fn), "rb").read()).hexdigest()
        lines.append(f"{h}  {fn}\n")
    with open(os.path.join(d, "SHA256SUMS"), "w") as fh:
        fh.writelines(lines)


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "build"
    bad = False
    for org in ORGS:
        if not any(f.startswith(org + "-") for f in os.listdir(HERE)):
            continue
        if mode == "build":
            build(org)
        if mode == "sums":
            sums(org)
            continue
        errs, stats, per = validate(org)
        print(org, json.dumps(stats))
        for r, (p, u) in per.items():
            print(f"  {r:24s} +{p:3d}  unsure {u}")
        for e in errs:
            print("  ERROR", e)
            bad = True
    sys.exit(1 if bad else 0)
