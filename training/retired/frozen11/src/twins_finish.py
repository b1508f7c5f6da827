#!/usr/bin/env python3
"""Write register.csv, policy.toml, README.md and SHA256SUMS for the twins half."""
import json, os, collections, hashlib
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(SRC), "twins")
B = [json.loads(l) for l in open(os.path.join(OUT, "bundle.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
reg = [l.strip() for l in open(os.path.join(SRC, "twins_register.txt"), encoding="utf-8") if l.strip()]
allnames = json.load(open(os.path.join(SRC, "twins_allnames.json")))
with open(os.path.join(OUT, "register.csv"), "w", encoding="utf-8") as f:
    f.write("name\n" + "".join(n + "\n" for n in reg))
with open(os.path.join(OUT, "policy.toml"), "w", encoding="utf-8") as f:
    f.write('# frozen11: pack plus this set\'s partial protected-names register\n'
            'extends = "twins-trust-fcs"\n[names]\nregister = "register.csv"\n')
accts = [b for b in B if b["kind"] == "account"]; posts = [b for b in B if b["kind"] == "post"]
lab = {l["subject"]: l for l in L}
media = sum(len(p["media"]) for p in posts); geo = sum(1 for p in posts if p["geo"])
replies = sum(1 for p in posts if p["in_reply_to"])
enrolled_ids = {p["id"] for p in posts}
rep_in = sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"] in enrolled_ids)
npost = collections.Counter(p["account_id"] for p in posts)
clean = sum(1 for p in posts if not lab[p["id"]]["rules"] and not lab[p["id"]]["unsure"])
norule = sum(1 for p in posts if not lab[p["id"]]["rules"])
RULES = ["disclaimer-missing", "privacy-settings", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family", "controversial-official", "contact-details"]
pos = collections.Counter(r for l in L for r in l["rules"]); uns = collections.Counter(r for l in L for r in l["unsure"])
def v(x): return "null" if x is None else str(x).lower()
lines = ["# frozen11 — Twins Trust half (twins-trust-fcs)", "",
 "Held-out test set for the social-media policy auditor. Hand-written posts; ids, timestamps, media paths and URLs assigned by `src/twins_build.py`.",
 "Media files are not provided (alt text is the only visual signal); geotags come only from `geo`.", "",
 "## Counts", "",
 f"- accounts: {len(accts)} (official {sum(a['role']=='official' for a in accts)}, personal {sum(a['role']=='personal' for a in accts)})",
 f"- posts: {len(posts)}",
 f"- media items: {media} (photos {sum(m['type']=='photo' for p in posts for m in p['media'])}, videos {sum(m['type']=='video' for p in posts for m in p['media'])})",
 f"- posts with geo: {geo}",
 f"- replies: {replies} ({rep_in} to enrolled posts in this bundle, {replies-rep_in} to non-enrolled accounts, ids prefix 9898)",
 f"- posts with no rule and no unsure: {clean} ({100*clean/len(posts):.1f}%); posts with no must-flag rule: {norule} ({100*norule/len(posts):.1f}%)",
 f"- protected-names register: {len(reg)} of the {len(allnames)} supported-family first names used in posts (the rest must be found without it)",
 "- dates: 2030-05-01 to 2030-10-31 UTC; post ids `platform:79…` (19 digits)", "",
 "## Accounts", "", "| account | platform | role | is_public | location_sharing | posts | account labels (unsure) |", "|---|---|---|---|---|---|---|"]
for a in accts:
    l = lab[a["id"]]
    lines.append(f"| `{a['id']}` | {a['platform']} | {a['role']} | {v(a['is_public'])} | {v(a['location_sharing'])} | {npost[a['id']]} | "
                 f"{', '.join(l['rules']) or '—'}{' (' + ', '.join(l['unsure']) + ')' if l['unsure'] else ''} |")
lines += ["", "## Labels per rule", "", "| rule | positives | unsure |", "|---|---|---|"]
for r in RULES:
    lines.append(f"| `{r}` | {pos[r]} | {uns[r]} |")
lines += ["", "## Files", "", "- `bundle.jsonl`, `labels.jsonl` (one label line per subject, same order), `register.csv`, `policy.toml`, `SHA256SUMS`.",
          "- Sources and scripts: `../src/twins_*` (build, validate, finish).", ""]
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(lines))
with open(os.path.join(OUT, "SHA256SUMS"), "w") as f:
    for fn in ["bundle.jsonl", "labels.jsonl", "register.csv", "policy.toml", "README.md"]:
        f.write(hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest() + "  " + fn + "\n")
print(open(os.path.join(OUT, "SHA256SUMS")).read())
