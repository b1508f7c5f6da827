#!/usr/bin/env python3
"""frozen6 builder (stdlib only).

Turns the compact hand-written sources (twins.src, cft.src) into CONTRACT §2
bundles plus labels.jsonl, register.csv, policy.toml, README.md, SHA256SUMS.

Source format (one record per line, '#' comments):
  A|key|platform|handle|role|is_public|location_sharing|rules|unsure|display|bio|about|ownkids|why
  P|acct|rules|unsure|extras|why|text
rules/unsure use letter codes (see CODES). extras are ';'-separated:
  m=ALT (photo)  vid=ALT (video)  g=Town (geo)  re=-1 / re=-2 (reply to an earlier
  line in this file)  re=@handle (reply to a non-enrolled account)  fr (friends)  once
Each P line not marked 'once' is emitted twice (round 1 and round 2, different
slot fills and later dates). Slots: {A}{B} children of a supported family,
{P} supported parent, {Z} family surname, lower-case {a}{b}{p}; {K}{k} the
author's own child; {W} staff first name; {T} town; {L} local place; {S} street.
[[Name]] marks a fixed supported-family name written in the text.
"""
import csv, hashlib, io, json, os, random, re, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"N": "name-leak", "S": "sensitive-info", "F": "family-photo", "G": "geotag",
         "L": "location-disclosure", "O": "logo-misuse", "C": "criticism",
         "A": "advice-to-family", "P": "controversial-official", "D": "contact-details",
         "M": "disclaimer-missing", "V": "privacy-settings"}
RULES = set(CODES.values())
ACCOUNT_RULES = {"disclaimer-missing", "privacy-settings"}
TOWNS = {"Harrogate": (53.99, -1.54), "Leeds": (53.80, -1.55), "Gateshead": (54.95, -1.60),
         "Birkenhead": (53.39, -3.01), "Dudley": (52.51, -2.08), "Paisley": (55.85, -4.42),
         "Bangor": (54.66, -5.67), "Wrexham": (53.05, -2.99), "Swindon": (51.56, -1.78),
         "Stockport": (53.41, -2.16), "Kettering": (52.40, -0.73), "Pontypridd": (51.60, -3.34),
         "Kirkcaldy": (56.11, -3.16), "Lowestoft": (52.48, 1.75), "Wigan": (53.55, -2.63),
         "Solihull": (52.41, -1.78), "Newry": (54.18, -6.34), "Barnsley": (53.55, -1.48),
         "Bootle": (53.45, -2.99), "Tynemouth": (55.02, -1.42)}
ORG = {
    "twins": dict(pack="twins-trust-fcs", prefix="96", ext="9870", title="Twins Trust FCS",
                  clauses={"name-leak": "Post content 1 (names)",
                           "sensitive-info": "Post content 1 (sensitive/private information)",
                           "family-photo": "Photos (no photos of FCS families)",
                           "geotag": "Post content 3 (location sharing off)",
                           "location-disclosure": "Post content 3 (family's location)",
                           "logo-misuse": "Personal use: logos not without permission",
                           "criticism": "Personal use: be respectful to Twins Trust, staff, partners",
                           "advice-to-family": "Post content 11 (no advice to FCS families)",
                           "controversial-official": "Post content 12 / personal use: disrepute",
                           "contact-details": "Post content 4 (refer to website, Twinline, asktwinline)",
                           "disclaimer-missing": "Post content 7 (disclaimers)",
                           "privacy-settings": "Post content 6 (privacy settings)"}),
    "cft": dict(pack="childrens-family-trust", prefix="97", ext="9880", title="Children's Family Trust",
                clauses={"name-leak": "Confidentiality: no information about a child",
                         "sensitive-info": "Confidentiality: no information about a child",
                         "family-photo": "Confidentiality: no photographs of the children uploaded",
                         "geotag": "Confidentiality / safeguarding: child's location",
                         "location-disclosure": "Confidentiality: no information about a child (whereabouts)",
                         "criticism": "Personal activity: publicly criticising CFT/colleagues/carers unacceptable",
                         "controversial-official": "Official activity: second pair of eyes",
                         "disclaimer-missing": "Personal activity: personal views explicit",
                         "privacy-settings": "Personal activity: privacy settings"}),
}


def fill_pools(org):
    src = open(os.path.join(HERE, org + ".pools")).read()
    pools = {}
    for line in src.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        k, v = line.split("=", 1)
        pools[k.strip()] = [x.strip() for x in v.split(",") if x.strip()]
    return pools


def codes(s):
    s = s.strip()
    out = []
    for c in s:
        if c in CODES:
            out.append(CODES[c])
        elif c not in " ,":
            raise SystemExit("bad rule code %r" % c)
    return out


def build(org):
    cfg = ORG[org]
    pools = fill_pools(org)
    lines = open(os.path.join(HERE, org + ".src"), encoding="utf-8").read().splitlines()
    accounts, tpl = {}, []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        if f[0] == "A":
            (_, key, plat, handle, role, pub, loc, r, u, disp, bio, about, kids, why) = f[:14]
            aid = ("blog:" + handle) if plat == "blog" else "%s:@%s" % (plat, handle)
            tri = {"1": True, "0": False, "-": None}
            accounts[key] = dict(rec={"kind": "account", "id": aid, "platform": plat, "handle": handle,
                                      "display_name": disp, "role": role, "bio": bio or None,
                                      "about_text": about or None,
                                      "website": ("https://" + handle) if plat == "blog" else None,
                                      "is_public": tri[pub], "location_sharing": tri[loc]},
                                 rules=codes(r), unsure=codes(u), kids=[k for k in kids.split(",") if k],
                                 why=why)
        elif f[0] == "P":
            _, acct, r, u, ex, why = f[:6]
            text = "|".join(f[6:])
            if acct not in accounts:
                raise SystemExit("%s:%d unknown account %s" % (org, n, acct))
            extras = {}
            for e in ex.split(";"):
                e = e.strip()
                if not e:
                    continue
                k, _, v = e.partition("=")
                extras[k] = v
            tpl.append(dict(line=n, acct=acct, rules=codes(r), unsure=codes(u), ex=extras, why=why, text=text))
        else:
            raise SystemExit("%s:%d bad line" % (org, n))
    rounds = [[t for t in tpl], [t for t in tpl if "once" not in t["ex"]]]
    total = sum(len(r) for r in rounds)
    start = datetime(2027, 11, 1, 7, 0, tzinfo=timezone.utc)
    span = (datetime(2028, 4, 30, 22, 0, tzinfo=timezone.utc) - start).total_seconds()
    rng = random.Random("frozen6-" + org)
    secs = sorted(rng.uniform(0, span) for _ in range(total))
    posts, labels, famnames, seq = [], [], [], 0
    mediaN = 0
    for ri, rnd in enumerate(rounds):
        ids_by_line = {}
        pairs = pools["pairs"][:]
        rng.shuffle(pairs)
        for ti, t in enumerate(rnd):
            acc = accounts[t["acct"]]
            plat = acc["rec"]["platform"]
            r2 = random.Random("%s-%d-%d" % (org, ri, t["line"]))
            a, b = pairs[(ti) % len(pairs)].split("/")
            fill = {"A": a, "B": b, "P": r2.choice(pools["parents"]), "Z": r2.choice(pools["surnames"]),
                    "K": (acc["kids"] or ["Tom"])[ri % max(1, len(acc["kids"]))] if acc["kids"] else "Tom",
                    "W": r2.choice(pools["staff"]), "T": r2.choice(pools["towns"]),
                    "L": r2.choice(pools["places"]), "S": r2.choice(pools["streets"])}
            text = t["text"]
            used = set()
            def sub(m):
                k = m.group(1)
                v = fill[k.upper()]
                if k.upper() in "ABPZ":
                    used.add(v)
                return v.lower() if k.islower() else v
            text = re.sub(r"\{([ABPZKWTLSabpzk])\}", sub, text)
            for nm in re.findall(r"\[\[([^\]]+)\]\]", text):
                used.add(nm)
            text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", text).replace("\\n", "\n")
            if ri == 1 and not re.search(r"\{[ABPZKWTLSabpzk]\}", t["text"]) and plat != "blog":
                # round 2 re-uses a slot-less template: vary its surface form
                v = r2.randrange(4)
                if v == 0:
                    text = text.lower()
                elif v == 1:
                    text = re.sub(r"[.,!?']", "", text)
                elif v == 2:
                    text = text.lower().replace(" you ", " u ").replace(" are ", " r ").replace(" to ", " 2 ").replace(" for ", " 4 ")
                else:
                    text = text.rstrip(".") + " " + r2.choice(["💛", "🙏", "x", "xx", "!!", "👍", "😂"])
            if "name-leak" in t["rules"]:
                for nm in used:
                    if nm not in famnames and nm not in pools["surnames"]:
                        famnames.append(nm)
            seq += 1
            pid = "%s:%s%017d" % (plat, cfg["prefix"], 31000000000 + seq * 7919)
            ids_by_line[t["line"]] = pid
            created = start + timedelta(seconds=secs[seq - 1])
            rec = {"kind": "post", "id": pid, "account_id": acc["rec"]["id"], "platform": plat,
                   "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text,
                   "url": "https://%s.example/%s/%s" % (plat, acc["rec"]["handle"], pid.split(":")[1]),
                   "lang": "en", "in_reply_to": None, "geo": None, "media": [],
                   "visibility": "friends" if "fr" in t["ex"] else "public"}
            ex = t["ex"]
            if "re" in ex:
                v = ex["re"]
                if v.startswith("-"):
                    # nth previous template line of this round
                    prev = [x for x in rnd[:ti]]
                    tgt = prev[int(v)]
                    tid = ids_by_line[tgt["line"]]
                    rec["in_reply_to"] = {"account": accounts[tgt["acct"]]["rec"]["id"], "post_id": tid}
                else:
                    rec["in_reply_to"] = {"account": "%s:%s" % (plat, v),
                                          "post_id": "%s:%s%015d" % (plat, cfg["ext"], 100000000 + seq * 31)}
            if "g" in ex:
                town = fill["T"] if ex["g"] == "T" else ex["g"]
                lat, lon = TOWNS[town]
                rec["geo"] = {"lat": round(lat + r2.uniform(-0.02, 0.02), 4),
                              "lon": round(lon + r2.uniform(-0.02, 0.02), 4), "place_name": town}
            for k in ("m", "vid", "m2"):
                if k in ex:
                    mediaN += 1
                    alt = re.sub(r"\{([ABPZKWTLSabpzk])\}", lambda m: fill[m.group(1).upper()], ex[k])
                    rec["media"].append({"type": "video" if k == "vid" else "photo",
                                         "path": "media/f%04d.%s" % (mediaN, "mp4" if k == "vid" else "jpg"),
                                         "alt_text": alt or None})
            posts.append(rec)
            why = t["why"]
            cl = "; ".join(cfg["clauses"][x] for x in t["rules"] + t["unsure"])
            labels.append({"subject": pid, "rules": t["rules"], "unsure": t["unsure"],
                           "why": (why + (" [" + cl + "]" if cl else " [no clause breached]"))})
    posts.sort(key=lambda p: p["created_at"])
    accrecs, acclabels = [], []
    for k, a in accounts.items():
        accrecs.append(a["rec"])
        cl = "; ".join(cfg["clauses"][x] for x in a["rules"] + a["unsure"])
        acclabels.append({"subject": a["rec"]["id"], "rules": a["rules"], "unsure": a["unsure"],
                          "why": a["why"] + (" [" + cl + "]" if cl else " [no clause breached]")})
    return cfg, accrecs, posts, acclabels + labels, famnames


def validate(org, cfg, accs, posts, labels):
    ids = [a["id"] for a in accs] + [p["id"] for p in posts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    subj = [l["subject"] for l in labels]
    assert sorted(subj) == sorted(ids), "labels != subjects"
    accids = {a["id"] for a in accs}
    byid = {p["id"]: p for p in posts}
    assert sum(a["role"] == "official" for a in accs) == 2
    assert 15 <= len(accs) <= 20, len(accs)
    officials = {a["id"] for a in accs if a["role"] == "official"}
    prev = ""
    for p in posts:
        assert p["created_at"] >= prev; prev = p["created_at"]
        assert "2027-11-01" <= p["created_at"][:10] <= "2028-04-30"
        assert not p["id"].split(":")[1].startswith(cfg["ext"])
        r = p["in_reply_to"]
        if r and r["post_id"] in byid:
            assert byid[r["post_id"]]["created_at"] < p["created_at"], ("reply before parent", p["id"])
            assert byid[r["post_id"]]["platform"] == p["platform"], ("cross-platform reply", p["id"])
        elif r:
            assert r["post_id"].split(":")[1].startswith(cfg["ext"])
        for m in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", p["text"]):
            d = m.replace(" ", "")
            assert d.startswith("07700900") or d.startswith("01632960") or d == "08001380509", m
    lab = {l["subject"]: l for l in labels}
    unsure = 0
    for s, l in lab.items():
        for r in l["rules"] + l["unsure"]:
            assert r in RULES, r
            if s in accids:
                assert r in ACCOUNT_RULES, (s, r)
            else:
                assert r not in ACCOUNT_RULES, (s, r)
        assert not set(l["rules"]) & set(l["unsure"]), s
        if "controversial-official" in l["rules"]:
            assert byid[s]["account_id"] in officials, s
        if "geotag" in l["rules"]:
            assert byid[s]["geo"], s
        if s in byid and byid[s]["geo"] is None:
            assert "geotag" not in l["rules"] + l["unsure"], s
        if "family-photo" in l["rules"] or "logo-misuse" in l["rules"]:
            assert byid[s]["media"], s
        if org == "cft":
            assert not set(l["rules"]) & {"advice-to-family", "contact-details", "logo-misuse"}, s
        unsure += bool(l["unsure"])
    assert unsure / len(lab) < 0.06, unsure / len(lab)
    assert len(posts) >= 330 or os.environ.get("NOSIZE"), len(posts)
    for line in io.StringIO("\n".join(json.dumps(x) for x in accs + posts)):
        json.loads(line)
    return unsure


def main():
    for org in ("twins", "cft"):
        cfg, accs, posts, labels, fam = build(org)
        unsure = validate(org, cfg, accs, posts, labels)
        d = os.path.join(OUT, org)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "bundle.jsonl"), "w", encoding="utf-8") as fh:
            for x in accs + posts:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")
        order = {a["id"]: i for i, a in enumerate(accs)}
        order.update({p["id"]: len(accs) + i for i, p in enumerate(posts)})
        labels.sort(key=lambda l: order[l["subject"]])
        with open(os.path.join(d, "labels.jsonl"), "w", encoding="utf-8") as fh:
            for l in labels:
                fh.write(json.dumps(l, ensure_ascii=False) + "\n")
        # deliberately partial register: every other supported first name (sorted)
        seen = {}
        for n in fam:
            n = n[0].upper() + n[1:]
            seen.setdefault(n.lower(), n)
        firsts = sorted(seen.values())
        reg = firsts[::2]
        with open(os.path.join(d, "register.csv"), "w", encoding="utf-8") as fh:
            fh.write("name\n" + "".join(n + "\n" for n in reg))
        with open(os.path.join(d, "policy.toml"), "w") as fh:
            fh.write('# frozen6: pack plus this set\'s partial protected-names register\n'
                     'extends = "%s"\n\n[names]\nregister = "register.csv"\n' % cfg["pack"])
        cnt = {r: [0, 0] for r in sorted(RULES)}
        for l in labels:
            for r in l["rules"]:
                cnt[r][0] += 1
            for r in l["unsure"]:
                cnt[r][1] += 1
        npos = sum(1 for l in labels if l["subject"] not in order or order[l["subject"]] >= len(accs) and l["rules"])
        rows = "\n".join("| `%s` | %d | %d |" % (r, c[0], c[1]) for r, c in cnt.items())
        none = ("\nThe CFT policy has no clause on advice to families, official contact details or logos, "
                "so this bundle has **no positives for `advice-to-family`, `contact-details` or `logo-misuse`** "
                "(none written on purpose).\n") if org == "cft" else ""
        readme = f"""# frozen6 / {org} — held-out evaluation set ({cfg['title']}, pack `{cfg['pack']}`)

Hand-written, synthetic, frozen. Do not tune on it. People, handles, families,
schools, streets and places other than towns are invented; phone numbers are
Ofcom drama-range only (plus Twins Trust's published Twinline number).

- bundle.jsonl: {len(accs)} accounts, {len(posts)} posts, {sum(len(p['media']) for p in posts)} media items (files do not exist; alt_text is the only visual signal), {sum(1 for p in posts if p['geo'])} geotagged posts, {sum(1 for p in posts if p['in_reply_to'])} replies.
- labels.jsonl: one line per subject (CONTRACT label schema: subject, rules, unsure, why). `why` names the policy clause.
- register.csv: deliberately partial protected-names register ({len(reg)} of {len(firsts)} supported first names); the rest must be found from context.
- policy.toml: extends `{cfg['pack']}` and wires the register.
- Posts with at least one rule: {sum(1 for l in labels if l['rules'] and order[l['subject']] >= len(accs))} of {len(posts)}. Subjects with an unsure rule: {unsure} of {len(labels)}.

| rule | positives | unsure |
|---|---|---|
{rows}
{none}
Construction: src/{org}.src holds hand-written post templates; most are emitted twice (a second round
later in the period with different invented names/places, or a surface variant: lower case, no
punctuation, text-speak, emoji tail). Lines marked `once` are emitted once (threads, dated posts).
The labels come from the template line, so both copies carry the same rules.

Rebuild: `python3 src/build.py` (stdlib only) from the folder above twins/ and cft/.
"""
        with open(os.path.join(d, "README.md"), "w") as fh:
            fh.write(readme)
        sums = ""
        for fn in ("bundle.jsonl", "labels.jsonl", "register.csv", "policy.toml", "README.md"):
            sums += "%s  %s\n" % (hashlib.sha256(open(os.path.join(d, fn), "rb").read()).hexdigest(), fn)
        open(os.path.join(d, "SHA256SUMS"), "w").write(sums)
        print(org, len(accs), "accounts", len(posts), "posts", "unsure", unsure, "register", len(reg), "/", len(firsts))
        for r, c in cnt.items():
            print("  %-24s %3d  (unsure %d)" % (r, c[0], c[1]))


if __name__ == "__main__":
    main()
