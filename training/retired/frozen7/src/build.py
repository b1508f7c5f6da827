#!/usr/bin/env python3
"""Serialise the hand-written frozen7 sources into CONTRACT section 2 JSONL + labels.

Stdlib only. It never invents text: every account and post comes from src/*.txt.
Source format (one record per block):
  A|key|platform|handle|display_name|role|is_public|location_sharing|bio|website|about|rules|unsure|why
  P|acct-key|rules|unsure|why|extras      followed by the post text on the next line(s)
rules/unsure: comma-separated short codes (see CODES). extras: ';'-separated
  k=LOCALKEY  r=LOCALKEY (reply to an earlier post)  rx=ACCOUNT@NUM (reply outside the bundle)
  g=lat,lon,place  m=alt text (photo; empty alt -> null)  v=friends  n=Name,s:Surname (supported names)
Timestamps come from the position of the post in the file (one global order over both orgs).
"""
import csv, datetime, hashlib, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"nl": "name-leak", "si": "sensitive-info", "fp": "family-photo", "gt": "geotag",
         "ld": "location-disclosure", "lm": "logo-misuse", "cr": "criticism",
         "af": "advice-to-family", "co": "controversial-official", "cd": "contact-details",
         "dm": "disclaimer-missing", "ps": "privacy-settings"}
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
CLAUSES = {
    "twins": {"Ph": "Photos", "GP-priv": "Guidance for personal use: privacy settings",
              "GP-disc": "Guidance for personal use: disclaimers", "GP-conf": "Guidance for personal use: confidentiality",
              "GP-resp": "Guidance for personal use: respectful towards Twins Trust, staff, partners",
              "GP-logo": "Guidance for personal use: logos", "none": "no clause engaged",
              **{f"PC{i}": f"Post content {i}" for i in range(1, 13)}},
    "cft": {"Conf": "Confidentiality: no information about a child", "Conf-ph": "Confidentiality: no photographs of children",
            "Views": "Personal activity: personal views explicit", "Priv": "Personal activity: privacy settings",
            "Crit": "Personal activity: publicly criticising CFT, colleagues, carers, partners",
            "Acc": "Personal activity: check sources for accuracy",
            "Eyes": "Official activity: second pair of eyes for controversial/political material",
            "none": "no clause engaged"},
}
ORG = {"twins": {"prefix": "71", "ext": "9890", "file": ["twins_accounts.txt", "twins_posts1.txt", "twins_posts2.txt"],
                 "org": "Twins Trust Family Crisis Support protocol"},
       "cft": {"prefix": "72", "ext": "9891", "file": ["cft_accounts.txt", "cft_posts1.txt", "cft_posts2.txt"],
               "org": "Children's Family Trust digital media policy"}}
START = datetime.datetime(2028, 5, 1, 7, 0, tzinfo=datetime.timezone.utc)
END = datetime.datetime(2028, 10, 31, 21, 0, tzinfo=datetime.timezone.utc)


def die(msg):
    sys.exit("build: " + msg)


def codes(s, where):
    out = []
    for c in [x.strip() for x in s.split(",") if x.strip()]:
        if c not in CODES:
            die(f"{where}: unknown rule code {c!r}")
        out.append(CODES[c])
    return out


def expand_why(org, why, where):
    head = why.split(":", 1)[0].strip()
    parts = [p.strip() for p in head.split("+")]
    names = []
    for p in parts:
        if p not in CLAUSES[org]:
            die(f"{where}: why must start with a clause code, got {head!r}")
        names.append(CLAUSES[org][p])
    rest = why.split(":", 1)[1].strip() if ":" in why else ""
    return "; ".join(names) + (": " + rest if rest else "")


def parse(org):
    accounts, posts = [], []
    for fn in ORG[org]["file"]:
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            continue
        cur = None
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            where = f"{fn}:{ln}"
            if line.startswith("A|"):
                f = line.split("|")
                if len(f) != 14:
                    die(f"{where}: account needs 14 fields, has {len(f)}")
                accounts.append({"where": where, "f": f})
                cur = None
            elif line.startswith("P|"):
                f = line.split("|", 5)
                if len(f) != 6:
                    die(f"{where}: post header needs 6 fields")
                cur = {"where": where, "f": f, "text": []}
                posts.append(cur)
            elif line.startswith("#") and cur is None:
                continue
            else:
                if cur is None:
                    if line.strip():
                        die(f"{where}: text outside a post")
                    continue
                cur["text"].append(line)
    return accounts, posts


def bool_or_null(s, where):
    return {"true": True, "false": False, "null": None}.get(s) if s in ("true", "false", "null") else die(f"{where}: bad bool {s!r}")


def build(org, slot_of):
    accounts, posts = parse(org)
    acc_by_key, recs, labels = {}, [], []
    for a in accounts:
        _, key, plat, handle, disp, role, pub, loc, bio, web, about, rules, unsure, why = a["f"]
        if plat == "x":
            aid = f"x:@{handle}"
        elif plat in ("instagram", "bluesky", "mastodon"):
            aid = f"{plat}:@{handle}"
        else:
            aid = f"{plat}:{handle}"
        acc_by_key[key] = {"id": aid, "platform": plat, "handle": handle, "role": role}
        recs.append({"kind": "account", "id": aid, "platform": plat, "handle": handle, "display_name": disp,
                     "role": role, "bio": bio or None, "about_text": about or None, "website": web or None,
                     "is_public": bool_or_null(pub, a["where"]), "location_sharing": bool_or_null(loc, a["where"])})
        labels.append({"subject": aid, "rules": codes(rules, a["where"]), "unsure": codes(unsure, a["where"]),
                       "why": expand_why(org, why, a["where"])})
    local = {}
    ext_n = 0
    for i, p in enumerate(posts):
        _, akey, rules, unsure, why, extras = p["f"]
        where = p["where"]
        if akey not in acc_by_key:
            die(f"{where}: unknown account {akey}")
        acc = acc_by_key[akey]
        pid = f"{acc['platform']}:{ORG[org]['prefix']}{'0' * 12}{i + 1:05d}"
        text = "\n".join(p["text"]).strip()
        if not text:
            die(f"{where}: empty text")
        rec = {"kind": "post", "id": pid, "account_id": acc["id"], "platform": acc["platform"],
               "created_at": slot_of(org, i, len(posts)), "text": text,
               "url": None, "lang": "en", "in_reply_to": None, "geo": None, "media": [], "visibility": "public"}
        if acc["platform"] == "x":
            rec["url"] = f"https://x.com/{acc['handle']}/status/{pid.split(':')[1]}"
        elif acc["platform"] == "blog":
            rec["url"] = f"https://{acc['handle']}/p/{pid.split(':')[1]}"
        else:
            rec["url"] = f"https://{acc['platform']}.example/{acc['handle']}/{pid.split(':')[1]}"
        for ex in [e for e in extras.split(";") if e.strip()]:
            k, _, v = ex.partition("=")
            k = k.strip()
            if k == "k":
                if v in local:
                    die(f"{where}: duplicate local key {v}")
                local[v] = rec
            elif k == "r":
                if v not in local:
                    die(f"{where}: reply to unknown/later post {v}")
                par = local[v]
                rec["in_reply_to"] = {"account": par["account_id"], "post_id": par["id"]}
            elif k == "rx":
                acct, _, num = v.partition("@@")
                ext_n += 1
                rec["in_reply_to"] = {"account": acct, "post_id": f"{acct.split(':')[0]}:{ORG[org]['ext']}{'0' * 11}{ext_n:04d}"}
            elif k == "g":
                lat, lon, place = v.split(",", 2)
                rec["geo"] = {"lat": float(lat), "lon": float(lon), "place_name": place.strip()}
            elif k == "m":
                n = len(rec["media"]) + 1
                rec["media"].append({"type": "photo", "path": f"media/{pid.replace(':', '_')}_{n}.jpg",
                                     "alt_text": v.strip() or None})
            elif k == "v":
                rec["visibility"] = v.strip()
            elif k == "n":
                p.setdefault("names", []).extend(x.strip() for x in v.split(",") if x.strip())
            else:
                die(f"{where}: unknown extra {k}")
        rec["_names"] = p.get("names", [])
        recs.append(rec)
        labels.append({"subject": pid, "rules": codes(rules, where), "unsure": codes(unsure, where),
                       "why": expand_why(org, why, where), "_where": where})
    return recs, labels


def validate(org, recs, labels):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    subj = [l["subject"] for l in labels]
    assert subj == ids and len(set(subj)) == len(subj), "one label per subject"
    kinds = {r["id"]: r for r in recs}
    roles = {r["id"]: r["role"] for r in recs if r["kind"] == "account"}
    last = None
    for r, l in zip(recs, labels):
        w = l.get("_where", r["id"])
        for x in l["rules"] + l["unsure"]:
            assert x in CODES.values(), w
        assert not set(l["rules"]) & set(l["unsure"]), f"{w}: rule both sure and unsure"
        assert len(l["rules"]) == len(set(l["rules"])), f"{w}: repeated rule"
        if r["kind"] == "account":
            assert set(l["rules"] + l["unsure"]) <= ACCOUNT_RULES, f"{w}: post rule on account"
            continue
        assert not set(l["rules"] + l["unsure"]) & ACCOUNT_RULES, f"{w}: account rule on post"
        if "controversial-official" in l["rules"]:
            assert roles[r["account_id"]] == "official", f"{w}: controversial-official on personal account"
        if "geotag" in l["rules"]:
            assert r["geo"], f"{w}: geotag without geo"
        if r["geo"]:
            assert "geotag" in l["rules"] + l["unsure"] or "none" not in l["why"], w
        if "family-photo" in l["rules"]:
            assert r["media"], f"{w}: family-photo without media"
        if "name-leak" in l["rules"]:
            assert r["_names"], f"{w}: name-leak without n= names"
        if org == "cft":
            assert not set(l["rules"]) & {"logo-misuse", "advice-to-family", "contact-details"}, f"{w}: no CFT clause"
        t = r["created_at"]
        assert "2028-05-01" <= t[:10] <= "2028-10-31", w
        assert last is None or t > last, f"{w}: time order"
        last = t
        if r["in_reply_to"]:
            par = kinds.get(r["in_reply_to"]["post_id"])
            if par:
                assert par["created_at"] < t, f"{w}: reply before parent"
            else:
                assert r["in_reply_to"]["post_id"].split(":")[1].startswith(ORG[org]["ext"]), w
    n_unsure = sum(1 for l in labels if l["unsure"])
    assert n_unsure / len(labels) < 0.06, f"unsure share {n_unsure}/{len(labels)}"


def main():
    parsed = {org: parse(org) for org in ORG}
    n = {org: len(parsed[org][1]) for org in ORG}
    span = (END - START).total_seconds()

    def slot_of(org, i, total):
        off = 0.25 if org == "twins" else 0.75
        h = int(hashlib.sha256(f"{org}{i}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        frac = (i + off + (h - 0.5) * 0.4) / total
        t = START + datetime.timedelta(seconds=int(frac * span))
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    summary = {}
    for org in ORG:
        recs, labels = build(org, slot_of)
        validate(org, recs, labels)
        # n=s:Surname marks a family surname: it counts for name-leak but the register holds first names only
        names = sorted({x for r in recs if r["kind"] == "post" for x in r["_names"] if not x.startswith("s:")})
        register = names[::2]  # deliberately partial: every other distinct supported first name
        d = os.path.join(OUT, org)
        with open(os.path.join(d, "bundle.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                r = {k: v for k, v in r.items() if not k.startswith("_")}
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "labels.jsonl"), "w", encoding="utf-8") as f:
            for l in labels:
                f.write(json.dumps({k: v for k, v in l.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "register.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("name\n" + "".join(x + "\n" for x in register))
        pack = "twins-trust-fcs" if org == "twins" else "childrens-family-trust"
        with open(os.path.join(d, "policy.toml"), "w", encoding="utf-8") as f:
            f.write(f'# frozen7: pack plus this set\'s partial protected-names register\nextends = "{pack}"\n\n[names]\nregister = "register.csv"\n')
        posts = [l for l, r in zip(labels, recs) if r["kind"] == "post"]
        accts = [l for l, r in zip(labels, recs) if r["kind"] == "account"]
        cnt = {rule: sum(rule in l["rules"] for l in labels) for rule in CODES.values()}
        uns = {rule: sum(rule in l["unsure"] for l in labels) for rule in CODES.values()}
        flagged = sum(1 for l in posts if l["rules"])
        summary[org] = {"posts": len(posts), "accounts": len(accts), "flagged": flagged, "cnt": cnt, "uns": uns,
                        "names": len(names), "register": len(register),
                        "n_unsure": sum(1 for l in labels if l["unsure"])}
        write_readme(org, d, summary[org])
        files = ["bundle.jsonl", "labels.jsonl", "policy.toml", "register.csv", "README.md"]
        with open(os.path.join(d, "SHA256SUMS"), "w") as f:
            for fn in files:
                f.write(hashlib.sha256(open(os.path.join(d, fn), "rb").read()).hexdigest() + "  " + fn + "\n")
    print(json.dumps(summary, indent=1))


NONE_NOTE = {"twins": (
    "\nAll twelve rules have a clause in the Twins Trust protocol. `controversial-official` follows Post content 12 "
    "(if in doubt, discuss with a colleague) and the disrepute line of the personal-use guidance; it is only ever "
    "labelled on the two official accounts. Authorised case studies shared by the official accounts, and volunteers "
    "re-sharing them, are labelled clean.\n"), "cft": (
    "\nThe Children's Family Trust policy has no clause on logos, on advising families, or on contact details "
    "for referrals, so this set has **no** `logo-misuse`, `advice-to-family` or `contact-details` positives; "
    "no post carries them. `geotag` and "
    "`location-disclosure` follow the Confidentiality section (no information about a child), `family-photo` its "
    "no-photographs sentence, `disclaimer-missing` the personal-views sentence, `privacy-settings` the privacy-settings "
    "sentence, `criticism` the publicly-criticising sentence, and `controversial-official` the second-pair-of-eyes "
    "principle (official accounts only). A carer's own birth children and grandchildren are labelled clean.\n")}


def write_readme(org, d, s):
    lines = [f"# frozen7 / {org}", "",
             f"Seventh frozen held-out set for socialaudit, written by hand from the {ORG[org]['org']} only.",
             "Independent author; no existing corpus was read or imitated. Built by ../src/build.py from ../src/*.txt.",
             "", "Media files do not exist (paths name missing files); alt_text is the only visual signal; geotags come",
             "only from a post's `geo`. Reply targets outside the bundle use post ids whose number starts "
             f"{ORG[org]['ext']}.",
             f"register.csv is deliberately partial: {s['register']} of the {s['names']} supported first names used in posts.",
             "", f"- accounts: {s['accounts']}", f"- posts: {s['posts']} (with at least one rule: {s['flagged']})",
             f"- subjects with an unsure rule: {s['n_unsure']}", "", "| rule | positives | unsure |", "|---|---|---|"]
    for rule in CODES.values():
        lines.append(f"| {rule} | {s['cnt'][rule]} | {s['uns'][rule]} |")
    lines.append(NONE_NOTE[org])
    lines.append("Every label's `why` starts with the policy clause it follows.\n")
    open(os.path.join(d, "README.md"), "w", encoding="utf-8").write("\n".join(lines))


if __name__ == "__main__":
    main()
