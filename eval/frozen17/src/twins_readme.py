#!/usr/bin/env python3
"""Write ../twins/README.md: hand-written prose below plus tables computed from the built files."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.normpath(os.path.join(HERE, "..", "twins"))

stats = json.loads(subprocess.run([sys.executable, os.path.join(HERE, "twins_validate.py"), "--json"],
                                  check=True, capture_output=True, text=True).stdout.split("\nOK:")[0])
bundle = [json.loads(l) for l in open(os.path.join(D, "bundle.jsonl"), encoding="utf-8")]
labels = {json.loads(l)["subject"]: json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")}
notes = {}
cur = None
for line in open(os.path.join(HERE, "twins_accounts.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("id: "):
        cur = line[4:].strip()
        notes[cur] = {}
    elif cur and ":" in line and not line.startswith("#"):
        k, _, v = line.partition(":")
        notes[cur][k.strip()] = v.strip()

DISCLAIMER = {
    "x:@TwinsTrust": "n/a (official)", "facebook:@TwinsTrustUK": "n/a (official)",
    "instagram:@twinstrust": "n/a (official)",
    "x:@scouse_shaz": "none; bio names Twins Trust",
    "x:@geordie_gran_bev": "yes, dialect (\"views are me own\")",
    "x:@dazzaB_brum": "none; link only in posts",
    "facebook:@moira.mcallister.gla": "none; bio names Twins Trust",
    "facebook:@gwen.prosser": "yes, full",
    "facebook:@kerensa.tremayne": "none; bio names Twins Trust",
    "instagram:@yorkshirelass_twinmum": "yes (\"opinions mine, not TT's\")",
    "instagram:@ciaran_ni_dad": "none; bio names Twins Trust",
    "blog:twinsandteacups.blog": "yes, full, on About page",
    "blog:priyawrites.co.uk": "none; About page names Twins Trust",
    "linkedin:@anita-okafor": "none; headline names Twins Trust",
    "bluesky:@tayo.bsky.social": "yes, text-speak (\"views my own init\")",
    "bluesky:@lou-manc.bsky.social": "none; link only in posts",
    "mastodon:@rhona@mastodon.scot": "yes, Scots",
    "mastodon:@keith_bris@mastodon.social": "none; bio names Twins Trust",
}


def j(v):
    return "null" if v is None else str(v).lower()


out = []
out.append("""# frozen17 / twins: hand-written held-out set for Twins Trust (Family Crisis Support protocol)

## How it was written

Everything here was written by hand for this set, without looking at the tool, its code, its data or any
other evaluation set. The only sources were the two seed policies (this set is for the Twins Trust Family
Crisis Support social-media protocol), the bundle/findings contract and the corpus record and label
conventions.

- `../src/twins_accounts.txt` holds the 18 hand-written account records and their labels.
- `../src/twins_posts_NN_*.txt` hold every post, one file per account: the hand-written date and time,
  the text, honest alt text for any photo, any geotag, the reply target, and the label (`rules`, `unsure`,
  `why`) written next to the post it belongs to.
- `../src/twins_names.txt` lists the first names and nicknames of supported children and family members
  that occur in the posts, and which of them go into the partial register.
- `../src/twins_build.py` only parses those files and assigns post ids (`platform:93` + 17 digits, in bundle
  order), `created_at` from the hand-written time, URLs, external reply ids (`9910…`), media paths
  (`media/dNNN.jpg`, `.mp4` for the one video) and visibility (the account's default unless the post says
  otherwise). It writes `bundle.jsonl`, `labels.jsonl`, `register.csv` and `policy.toml`.
- `../src/twins_validate.py` checks JSON validity, accounts-first order, unique ids and id formats, dates in
  range, time order per account, reply targets (same-platform threads, parent earlier; external replies to
  non-enrolled accounts with `9910` ids), one label per subject, rule ids, account-only rules on accounts,
  geotag/photo rules backed by `geo`/`media`, the clean share, the register against the names list, and
  that every listed name occurs in the posts. `../src/twins_readme.py` writes this file.

Rebuild: `cd ../src && python3 twins_build.py && python3 twins_validate.py && python3 twins_readme.py`,
then `sha256sum bundle.jsonl labels.jsonl policy.toml register.csv > SHA256SUMS` in this folder.

Media files are not provided; alt text is the only visual signal. There is no EXIF; geotags are only in
each post's `geo` object. The register (`register.csv`, loaded through `policy.toml`) holds about 60% of
the supported first names that appear; the rest, including nicknames, are left out on purpose. Surnames
of supported families appear in some posts and are not in the register.

### How labels trace to the protocol

| rule | clause of the Twins Trust FCS protocol |
|---|---|
| `name-leak` | Post content 1 (names and surnames of any past or present FCS family) |
| `sensitive-info` | Post content 1; Guidance for personal use (confidentiality) |
| `family-photo` | Photos (no photos of FCS families, even if faces can't be seen) |
| `geotag` | Post content 3 (location sharing off when posting about volunteering) |
| `location-disclosure` | Post content 3 (don't share the family's location; post once home) |
| `logo-misuse` | Guidance for personal use (logos not used without permission); Post content 8 |
| `criticism` | Guidance for personal use (respectful towards Twins Trust, staff, supporters, other agencies and partners) |
| `advice-to-family` | Post content 11 |
| `contact-details` | Post content 4 (Twinline 0800 138 0509, asktwinline@twinstrust.org, website) |
| `disclaimer-missing` | Post content 7; Guidance for personal use |
| `privacy-settings` | Post content 6 and 3; Guidance for personal use |
| `controversial-official` | no clause in this protocol (the second-pair-of-eyes rule is in the other organisation's policy), so only ever `unsure` |

Conventions used: authorised case studies and volunteer spotlights from the official accounts are clean
(planned media engagement), and so is a volunteer sharing them (Post content 5); a family's permission
given to a volunteer does not make a post clean (Post content 1). Geotags on posts about volunteering are
`geotag`; geotags on personal or official-event posts are `unsure` for `geotag`. Photos attached to a post
about a supported family that show no family (a mug, the sky, a brace, a drawing) are `unsure` for
`family-photo`. Official branding caught in the background of a volunteer's event photo is `unsure` for
`logo-misuse`; a logo copied into the volunteer's own graphic or uploaded on its own is `logo-misuse`.
Public personal accounts on platforms that can be made private (X, Facebook, Instagram) that post details
of their FCS family get `privacy-settings`; on Bluesky, Mastodon, blogs and LinkedIn it is `unsure`.
Accounts whose bio or About page names the Twins Trust link without a "views are my own" style disclaimer
get `disclaimer-missing`; where the link only shows in posts it is `unsure`.
""")

s = stats
out.append("## Counts\n")
out.append("| item | value |\n|---|---|")
rows = [
    ("accounts", f"{s['accounts']} ({s['official_accounts']} official, {s['personal_accounts']} personal)"),
    ("posts", s["posts"]),
    ("posts with media / media items", f"{s['posts_with_media']} / {s['media_items']} ({s['videos']} video)"),
    ("geotagged posts", s["geotagged_posts"]),
    ("replies (in-bundle threads / to non-enrolled accounts)",
     f"{s['replies']} ({s['replies_in_bundle']} / {s['replies_external']})"),
    ("friends-only posts", s["friends_only_posts"]),
    ("clean posts (no rule in `rules`)", f"{s['clean_posts']} ({100 * s['clean_share']:.1f}%)"),
    ("posts with an `unsure` rule", s["posts_with_unsure"]),
    ("dates (UTC)", f"{s['first_date']} to {s['last_date']}"),
    ("post id prefix", "`platform:93…` (19 digits); external reply ids `9910…`"),
    ("register share", f"{s['names_in_register']} of {s['names_in_posts']} supported first names/nicknames "
                       f"({100 * s['register_share']:.0f}%)"),
]
for k, v in rows:
    out.append(f"| {k} | {v} |")

out.append("\n## Rule counts\n")
out.append("| rule | subject | `rules` | `unsure` |\n|---|---|---|---|")
order = ["disclaimer-missing", "privacy-settings", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family", "controversial-official",
         "contact-details"]
for r in order:
    subj = "account" if r in ("disclaimer-missing", "privacy-settings") else "post"
    out.append(f"| `{r}` | {subj} | {s['rules'].get(r, 0)} | {s['unsure'].get(r, 0)} |")
out.append(f"| total | | {sum(s['rules'].values())} | {sum(s['unsure'].values())} |")

out.append("\n## Accounts\n")
out.append("| id | role | voice | disclaimer | is_public | location_sharing | posts | account labels |")
out.append("|---|---|---|---|---|---|---|---|")
for a in (r for r in bundle if r["kind"] == "account"):
    l = labels[a["id"]]
    lab = ", ".join(f"`{x}`" for x in l["rules"]) or "clean"
    if l["unsure"]:
        lab += "; unsure " + ", ".join(f"`{x}`" for x in l["unsure"])
    out.append(f"| `{a['id']}` | {a['role']} | {notes[a['id']].get('voice', '')} | {DISCLAIMER[a['id']]} | "
               f"{j(a['is_public'])} | {j(a['location_sharing'])} | {s['per_account'][a['id']]} | {lab} |")

out.append("""
## Files

- `bundle.jsonl`: 18 account records, then each account's posts in time order.
- `labels.jsonl`: one line per subject (every account and every post): `subject`, `rules`, `unsure`, `why`.
- `register.csv`: header `name`, then the partial protected-names register.
- `policy.toml`: extends the `twins-trust-fcs` pack and points at `register.csv`.
- `SHA256SUMS`: checksums of the four files above.
""")
open(os.path.join(D, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README written")
