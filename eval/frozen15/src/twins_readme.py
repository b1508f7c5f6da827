#!/usr/bin/env python3
"""Write twins/README.md: hand-written prose below plus tables computed from the built files."""
import collections, csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(os.path.dirname(HERE), "twins")

VOICE = {
    "x:@TwinsTrust": "official charity voice",
    "facebook:@TwinsTrustFCS": "official service page voice",
    "instagram:@twinstrust": "official, emoji-heavy",
    "x:@sue_from_walton": "Scouse, lower case, nan",
    "x:@gazthegeordie": "Geordie dad of twins",
    "x:@bex_brum": "Brummie text-speak",
    "facebook:@moira.mcgowan.750": "Glaswegian gran",
    "facebook:@carys.pritchard": "Welsh English (Valleys), some Welsh",
    "facebook:@dave.trevithick": "Cornish retired fitter",
    "instagram:@jo_twinmam_leeds": "Yorkshire (Leeds) twin mam",
    "instagram:@tash.makes.things": "London MLE, crafter",
    "blog:twinnanfromthenorth.blogspot.com": "Ulster granny, long blog posts",
    "blog:fcsdiaries.wordpress.com": "Manc/Stockport, long blog posts",
    "linkedin:@priya-shah-fcs": "professional (consultant)",
    "linkedin:@tom-whitfield-sheff": "corporate staff, Sheffield",
    "bluesky:@kezzaaa.bsky.social": "south London MLE, student",
    "bluesky:@hollyhull.bsky.social": "Hull/East Yorkshire",
    "mastodon:@eilidh@mastodon.scot": "Dundee retired nurse, careful",
}
CLAUSE = {
    "disclaimer-missing": "Post content 7; Guidance for personal use (disclaimers)",
    "name-leak": "Post content 1 (names and surnames)",
    "sensitive-info": "Post content 1 (sensitive or private information); personal use (confidentiality)",
    "family-photo": "Photos (no photos of FCS families, even faces hidden)",
    "geotag": "Post content 3 (location sharing off when posting about volunteering)",
    "location-disclosure": "Post content 3 (don't share the family's location) and 1",
    "logo-misuse": "Guidance for personal use (logos not without permission)",
    "criticism": "Guidance for personal use (respectful to Twins Trust, staff, agencies, partners)",
    "advice-to-family": "Post content 11 (no advice to current or past FCS families)",
    "controversial-official": "no Twins Trust clause; used only in unsure",
    "contact-details": "Post content 4 (refer to website, Twinline 0800 138 0509, asktwinline@twinstrust.org)",
    "privacy-settings": "Post content 6, personal use (privacy settings); Post content 3 (location sharing)",
}

PROSE = """# frozen15 — Twins Trust (Family Crisis Support protocol) held-out set

An independent, hand-written test set for the social-media safeguarding audit, written against the
Twins Trust *Social Media protocol for Family Crisis Support Practitioners* only. It was written
without seeing the tool, its code, its data or any other evaluation set; the only inputs were the two
organisations' policies, the bundle/findings contract and the corpus record and label conventions.

## How it was written

- Every post text, bio, About page, alt text, place name and label was typed by hand in
  `../src/twins_posts_NN_*.txt` (one file per account) and `../src/twins_accounts.jsonl`.
- `../src/twins_build.py` only parses those files. It assigns post ids (`platform:87…`, 19 digits),
  `created_at` (2032, from the hand-written date/time), URLs, `media/dNNN.jpg` paths (one `.mp4`),
  reply targets (`in_reply_to.post_id` for non-enrolled targets is `platform:9906…`, 19 digits) and
  visibility (public accounts → `public`; friends-only/unknown → `friends`, except comments left
  on someone else's public post). It writes `bundle.jsonl`, `labels.jsonl` and a list of the
  supported-family first names marked in the sources.
- `../src/twins_validate.py` checks JSON validity, ordering (accounts first, each account's posts in
  time order), unique ids, id formats, dates in range, thread targets (same platform, earlier),
  one label line per subject, rule ids, account-only rules on accounts only, geotag labels only on
  posts with `geo`, photo/logo labels only on posts with media, the register, the exact `policy.toml`
  and the 45–55 % clean share. `../src/twins_readme.py` writes the tables below.
- Labels follow the corpus label schema. Every rule in `rules` traces to a clause of the Twins Trust
  protocol (table below). `controversial-official` has no clause in that protocol (the second-pair-of-eyes
  principle belongs to the other organisation's policy), so it appears only in `unsure`.
- Labelling choices worth knowing:
  - A family's permission does not lift `name-leak`/`family-photo` (Post content 1 and Photos say so);
    only the official accounts' authorised case study (planned media engagement) is `unsure`.
  - Photos of belongings (hats, wellies, gowns, drawings) without people are `family-photo` `unsure`.
  - `geotag` is labelled only where the geotagged post is about volunteering with a family; geotags on
    day trips, pets, races and official public events are clean; geotags on posts about the role but not
    with a family are `unsure`.
  - `privacy-settings`: location sharing on, or a public personal account that posts about the service;
    public blogs and LinkedIn profiles are `unsure` (clause 7 expects public blogs with disclaimers);
    unknown settings are `unsure`.
  - `disclaimer-missing` needs the link to Twins Trust in the bio/About text; where the link appears only
    in posts it is `unsure`.
  - `criticism` covers Twins Trust, its staff and the agencies/partners working with families (council,
    social work, health visitors, NHS teams); complaints about trains, buses and tourists are clean.
  - Initials (`T`, `J`) for supported children are `name-leak` `unsure`; a supported mum's name that appears
    only in the @handle of a reply is `unsure`, while a handle plus text naming is labelled.
- The register holds about 60 % of the supported-family first names that appear in posts; the rest were
  left out on purpose. The authorised case-study names, initials and volunteers' own family names are not
  in it.
"""


def main():
    bundle = [json.loads(l) for l in open(os.path.join(D, "bundle.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["subject"]: json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")}
    accounts = [r for r in bundle if r["kind"] == "account"]
    posts = [r for r in bundle if r["kind"] == "post"]
    reg = [r["name"] for r in csv.DictReader(open(os.path.join(D, "register.csv"), encoding="utf-8"))]
    seen = json.load(open(os.path.join(HERE, "twins_names_seen.json"), encoding="utf-8"))
    names = [n for n in seen if len(n) > 1]
    pid = {p["id"] for p in posts}
    clean = [p for p in posts if not labels[p["id"]]["rules"]]
    media = [m for p in posts for m in p["media"]]
    rows = [
        ("accounts", f"{len(accounts)} (3 official, {len(accounts) - 3} personal)"),
        ("posts", str(len(posts))),
        ("posts by platform", ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(p['platform'] for p in posts).items()))),
        ("media", f"{len(media)} on {sum(1 for p in posts if p['media'])} posts ({sum(m['type'] == 'video' for m in media)} video); files not provided"),
        ("geotags", f"{sum(1 for p in posts if p['geo'])} posts ({sum(1 for p in clean if p['geo'])} of them clean)"),
        ("replies", f"{sum(1 for p in posts if p['in_reply_to'])} ({sum(1 for p in posts if p['in_reply_to'] and p['in_reply_to']['post_id'] in pid)} in enrolled threads, {sum(1 for p in posts if p['in_reply_to'] and p['in_reply_to']['post_id'] not in pid)} to non-enrolled accounts)"),
        ("clean share", f"{len(clean)} / {len(posts)} = {100 * len(clean) / len(posts):.1f} % (posts with no rule in `rules`)"),
        ("posts with an `unsure`", str(sum(1 for p in posts if labels[p['id']]['unsure']))),
        ("dates", f"{min(p['created_at'] for p in posts)} – {max(p['created_at'] for p in posts)}"),
        ("id prefix", "posts `platform:87…` (19 digits); non-enrolled reply targets `platform:9906…`"),
        ("register share", f"{len(reg)} of {len(names)} supported-family first names ({100 * len(reg) / len(names):.0f} %)"),
    ]
    out = [PROSE, "## Counts\n", "| item | value |", "|---|---|"]
    out += [f"| {a} | {b} |" for a, b in rows]
    rc = collections.Counter(r for l in labels.values() for r in l["rules"])
    uc = collections.Counter(r for l in labels.values() for r in l["unsure"])
    out += ["", "## Rule counts\n", "| rule | rules | unsure | Twins Trust clause |", "|---|---|---|---|"]
    for r in CLAUSE:
        out.append(f"| `{r}` | {rc[r]} | {uc[r]} | {CLAUSE[r]} |")
    out.append(f"| **total** | {sum(rc.values())} | {sum(uc.values())} | |")
    out += ["", "## Accounts\n",
            "| id | role | voice | disclaimer | is_public | location_sharing | posts | account labels |",
            "|---|---|---|---|---|---|---|---|"]
    pc = collections.Counter(p["account_id"] for p in posts)
    for a in accounts:
        txt = " ".join(filter(None, [a.get("bio"), a.get("about_text")])).lower()
        disc = "n/a" if a["role"] == "official" else ("yes" if any(k in txt for k in ("own", "mine", "my own")) and ("view" in txt or "opinion" in txt) else "no")
        l = labels[a["id"]]
        lab = ", ".join(l["rules"]) or "—"
        if l["unsure"]:
            lab += " (unsure: " + ", ".join(l["unsure"]) + ")"
        js = lambda v: "null" if v is None else str(v).lower()
        out.append(f"| `{a['id']}` | {a['role']} | {VOICE[a['id']]} | {disc} | {js(a['is_public'])} | {js(a['location_sharing'])} | {pc[a['id']]} | {lab} |")
    out += ["", "## Files\n",
            "- `bundle.jsonl` — 18 account records, then each account's posts in time order",
            "- `labels.jsonl` — one line per subject (accounts and posts)",
            "- `policy.toml` — extends `twins-trust-fcs` with the partial register",
            "- `register.csv` — `name` column, partial protected-names register",
            "- `SHA256SUMS` — `sha256sum bundle.jsonl labels.jsonl policy.toml register.csv`", ""]
    open(os.path.join(D, "README.md"), "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    main()
