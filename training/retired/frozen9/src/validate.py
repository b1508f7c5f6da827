#!/usr/bin/env python3
"""Validate a built frozen9 set and print counts for the README (no text generation of posts)."""
import collections, csv, json, os, re, sys
RULES = {"disclaimer-missing","name-leak","sensitive-info","family-photo","geotag","location-disclosure",
         "logo-misuse","criticism","advice-to-family","controversial-official","contact-details","privacy-settings"}
HERE = os.path.dirname(os.path.abspath(__file__))
def check(org):
    d = os.path.join(os.path.dirname(HERE), org)
    recs = [json.loads(l) for l in open(f"{d}/bundle.jsonl", encoding="utf-8")]
    labs = [json.loads(l) for l in open(f"{d}/labels.jsonl", encoding="utf-8")]
    accts = {r["id"] for r in recs if r["kind"] == "account"}
    posts = [r for r in recs if r["kind"] == "post"]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "dup ids"
    pre = {"twins": "75", "cft": "76"}[org]; ext = {"twins": "9894", "cft": "9895"}[org]
    for p in posts:
        assert p["account_id"] in accts, p["id"]
        assert p["id"].split(":")[1].startswith(pre)
        assert "2029-05-01" <= p["created_at"][:10] <= "2029-10-31"
        if p["in_reply_to"]:
            pid = p["in_reply_to"]["post_id"]
            assert pid in ids or pid.split(":")[1].startswith(ext), pid
    subj = set(ids)
    assert [l["subject"] for l in labs] == ids, "labels not 1:1 with bundle"
    pos = collections.Counter(); uns = collections.Counter()
    for l in labs:
        assert l["subject"] in subj
        for r in l["rules"] + l["unsure"]:
            assert r in RULES, r
        kind = "account" if l["subject"] in accts else "post"
        for r in l["rules"] + l["unsure"]:
            assert (r in {"disclaimer-missing","privacy-settings"}) == (kind == "account"), (l["subject"], r)
        pos.update(l["rules"]); uns.update(l["unsure"])
    names = [row for row in csv.reader(open(f"{HERE}/{org}_names.csv", encoding="utf-8")) if row]
    text = "\n".join(p["text"] + " " + " ".join((m.get("alt_text") or "") for m in p["media"]) for p in posts).lower()
    missing = [n for n, _ in names if not re.search(r"\b" + re.escape(n.lower()), text)]
    assert not missing, missing
    named = sum(1 for l in labs if "name-leak" in l["rules"])
    print(org, "accounts", len(accts), "posts", len(posts), "media", sum(len(p["media"]) for p in posts))
    for r in sorted(RULES):
        print(f"  {r:24s} pos={pos[r]:3d} unsure={uns[r]:3d}")
    print("  register listed", sum(1 for _, y in names if y == "y"), "of mentioned", len(names))
    return len(accts), len(posts), pos, uns, names
if __name__ == "__main__":
    for org in sys.argv[1:] or ["twins", "cft"]:
        check(org)
