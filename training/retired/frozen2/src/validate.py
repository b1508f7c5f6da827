#!/usr/bin/env python3
"""Validate a frozen set: python3 validate.py ../twins 97 ; python3 validate.py ../cft 98"""
import json, sys, os, re, datetime, csv
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
ACC = {"disclaimer-missing", "privacy-settings"}
PLAT = {"x", "facebook", "instagram", "blog", "bluesky", "mastodon", "linkedin"}

def main(d, prefix):
    errs = []
    recs = []
    for i, line in enumerate(open(os.path.join(d, "bundle.jsonl"), encoding="utf-8"), 1):
        recs.append((i, json.loads(line)))
    labels = [json.loads(l) for l in open(os.path.join(d, "labels.jsonl"), encoding="utf-8")]
    ids, accounts, posts, seen_post = {}, {}, {}, False
    lo = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    hi = datetime.datetime(2026, 11, 30, 23, 59, 59, tzinfo=datetime.timezone.utc)
    for i, r in recs:
        if r["id"] in ids: errs.append(f"line {i}: duplicate id {r['id']}")
        ids[r["id"]] = (i, r)
        assert r["platform"] in PLAT, i
        if r["kind"] == "account":
            if seen_post: errs.append(f"line {i}: account after posts")
            exp = f"blog:{r['handle']}" if r["platform"] == "blog" else f"{r['platform']}:@{r['handle']}"
            if r["id"] != exp: errs.append(f"line {i}: bad account id")
            if r["role"] not in ("personal", "official"): errs.append(f"line {i}: role")
            accounts[r["id"]] = r
        elif r["kind"] == "post":
            seen_post = True
            m = re.fullmatch(r"([a-z]+):(\d{19})", r["id"])
            if not m or m.group(1) != r["platform"] or not m.group(2).startswith(prefix):
                errs.append(f"line {i}: bad post id {r['id']}")
            if r["account_id"] not in accounts: errs.append(f"line {i}: unknown account")
            elif accounts[r["account_id"]]["platform"] != r["platform"]: errs.append(f"line {i}: platform mismatch")
            t = datetime.datetime.strptime(r["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
            if not lo <= t <= hi: errs.append(f"line {i}: created_at out of range")
            if r["visibility"] not in ("public", "friends", "private", None): errs.append(f"line {i}: visibility")
            irt = r["in_reply_to"]
            if irt and irt.get("post_id"):
                p = posts.get(irt["post_id"])
                if not p: errs.append(f"line {i}: reply parent not earlier in bundle")
                else:
                    pt = p["created_at"]
                    if pt >= r["created_at"]: errs.append(f"line {i}: reply not after parent")
                    if p["account_id"] != irt["account"]: errs.append(f"line {i}: reply account mismatch")
                    if p["platform"] != r["platform"]: errs.append(f"line {i}: reply across platforms")
            for mm in r["media"]:
                if not re.fullmatch(r"media/f\d+\.(jpg|mp4)", mm["path"]): errs.append(f"line {i}: media path")
            if r["geo"] is not None:
                assert set(r["geo"]) == {"lat", "lon", "place_name"}
            posts[r["id"]] = r
        else:
            errs.append(f"line {i}: bad kind")
    # posts of one account in time order
    last = {}
    for pid, p in posts.items():
        a = p["account_id"]
        if a in last and last[a] > p["created_at"]: errs.append(f"{pid}: account posts out of time order")
        last[a] = p["created_at"]
    lab = {}
    for l in labels:
        if set(l) != {"subject", "rules", "unsure", "why"}: errs.append(f"label keys {l}")
        if l["subject"] in lab: errs.append(f"subject labelled twice {l['subject']}")
        lab[l["subject"]] = l
        if l["subject"] not in ids: errs.append(f"label for unknown subject {l['subject']}")
        rs, us = set(l["rules"]), set(l["unsure"])
        if (rs | us) - RULES: errs.append(f"bad rule id {l['subject']}")
        if rs & us: errs.append(f"rule both sure and unsure {l['subject']}")
        kind = ids.get(l["subject"], (0, {}))[1].get("kind")
        if kind == "account" and (rs | us) - ACC: errs.append(f"post rule on account {l['subject']}")
        if kind == "post" and (rs | us) & ACC: errs.append(f"account rule on post {l['subject']}")
        if kind == "post" and "controversial-official" in rs and accounts[ids[l['subject']][1]['account_id']]['role'] != 'official':
            errs.append(f"controversial on personal {l['subject']}")
        if kind == "post" and "geotag" in rs and ids[l['subject']][1]['geo'] is None:
            errs.append(f"geotag label without geo {l['subject']}")
        if kind == "post" and ("family-photo" in rs or "logo-misuse" in rs) and not ids[l['subject']][1]['media']:
            errs.append(f"photo/logo label without media {l['subject']}")
        if not l["why"]: errs.append(f"empty why {l['subject']}")
    missing = set(ids) - set(lab)
    if missing: errs.append(f"unlabelled: {sorted(missing)[:5]}")
    names = [r["name"] for r in csv.DictReader(open(os.path.join(d, "register.csv"), encoding="utf-8"))]
    if not names: errs.append("empty register")
    for e in errs: print("ERROR", e)
    print(f"{d}: {len(accounts)} accounts, {len(posts)} posts, {len(labels)} labels, {len(names)} register names, {'OK' if not errs else 'FAILED'}")
    return not errs

if __name__ == "__main__":
    ok = main(sys.argv[1], sys.argv[2])
    sys.exit(0 if ok else 1)
