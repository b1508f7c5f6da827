#!/usr/bin/env python3
"""Write README.md (counts only) and SHA256SUMS for each built set."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate
TITLE = {"twins": "Twins Trust Family Crisis Support (pack `twins-trust-fcs`)",
         "cft": "Children's Family Trust (pack `childrens-family-trust`)"}
NOCLAUSE = {"twins": ["controversial-official"],
            "cft": ["geotag", "logo-misuse", "advice-to-family", "contact-details"]}
for org in sys.argv[1:] or ["twins", "cft"]:
    d = os.path.join(os.path.dirname(validate.HERE), org)
    na, np_, pos, uns, names = validate.check(org)
    recs = [json.loads(l) for l in open(f"{d}/bundle.jsonl", encoding="utf-8")]
    posts = [r for r in recs if r["kind"] == "post"]
    out = [f"# frozen9 / {org}: {TITLE[org]}", "",
           "Hand-written held-out set. Every post was written by hand, one at a time, from the policy text only;",
           "`src/build.py` only assigns ids, timestamps, media paths and URLs and serialises.", "",
           f"- accounts: {na}", f"- posts: {np_} (created_at {min(p['created_at'] for p in posts)} .. {max(p['created_at'] for p in posts)})",
           f"- media entries: {sum(len(p['media']) for p in posts)} (photos only; files not provided, alt text is the visual signal)",
           f"- posts with geo: {sum(1 for p in posts if p['geo'])}; replies: {sum(1 for p in posts if p['in_reply_to'])}", "",
           "## Accounts", "", "| id | role | public | location sharing |", "|---|---|---|---|"]
    for r in recs:
        if r["kind"] == "account":
            out.append(f"| `{r['id']}` | {r['role']} | {r['is_public']} | {r['location_sharing']} |")
    out += ["", "## Positives per rule (`rules`) and judgement calls (`unsure`)", "", "| rule | positives | unsure |", "|---|---|---|"]
    for r in sorted(validate.RULES):
        out.append(f"| `{r}` | {pos[r]} | {uns[r]} |")
    out += ["", "Rules with no clause in this organisation's policy (no positives by design): " + ", ".join(f"`{x}`" for x in NOCLAUSE[org]) + ".", "",
            "## Protected-names register", "",
            f"`register.csv` lists {sum(1 for _, y in names if y == 'y')} of the {len(names)} supported children's / family members' names that the posts mention; the product must find the rest from context.", "",
            "Listed: " + ", ".join(n for n, y in names if y == "y") + ".", "",
            "Mentioned but not listed: " + ", ".join(n for n, y in names if y != "y") + ".", ""]
    open(f"{d}/README.md", "w", encoding="utf-8").write("\n".join(out))
    files = ["bundle.jsonl", "labels.jsonl", "register.csv", "policy.toml", "README.md"]
    with open(f"{d}/SHA256SUMS", "w") as f:
        for fn in files:
            f.write(hashlib.sha256(open(f"{d}/{fn}", "rb").read()).hexdigest() + "  " + fn + "\n")
