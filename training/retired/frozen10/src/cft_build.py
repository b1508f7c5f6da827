#!/usr/bin/env python3
"""Build the CFT half of frozen10 from the hand-written sources.

The posts (text, media alt text, geo, reply links and labels) are written by hand
in cft_posts*.txt; the accounts and their labels are written by hand below.
This script only assigns ids, timestamps, media paths and URLs, and serialises.
"""
import glob
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cft")

ABBR = {
    "NL": "name-leak", "SI": "sensitive-info", "FP": "family-photo", "GT": "geotag",
    "LD": "location-disclosure", "LM": "logo-misuse", "CR": "criticism",
    "AD": "advice-to-family", "CO": "controversial-official", "CD": "contact-details",
    "DM": "disclaimer-missing", "PS": "privacy-settings",
}

# ---- accounts (hand-written) -------------------------------------------------
# key: (record fields..., label rules, label unsure, why, extra)
ACCOUNTS = [
    dict(key="off_x", id="x:@ChildFamTrust", platform="x", handle="ChildFamTrust",
         display_name="Children's Family Trust", role="official",
         bio="Not-for-profit fostering agency. Every child deserves a family that fits. Fostering enquiries via the link below.",
         about_text=None, website=None, is_public=True, location_sharing=False,
         rules=[], unsure=[], why="official account; disclaimer and privacy rules are for personal accounts"),
    dict(key="off_fb", id="facebook:@CFTFosteringFamilies", platform="facebook", handle="CFTFosteringFamilies",
         display_name="Children's Family Trust - Fostering", role="official",
         bio="The official page of the Children's Family Trust. Fostering news, events and support for our carers.",
         about_text=None, website=None, is_public=True, location_sharing=None,
         rules=[], unsure=[], why="official page"),
    dict(key="off_ig", id="instagram:@cft_fostering_life", platform="instagram", handle="cft_fostering_life",
         display_name="CFT Fostering", role="official",
         bio="Children's Family Trust 🧡 Real stories of fostering (with consent). Could you foster? Link below.",
         about_text=None, website=None, is_public=True, location_sharing=False,
         rules=[], unsure=[], why="official account"),
    dict(key="bernie", id="facebook:@bernadette.ohare.l8", platform="facebook", handle="bernadette.ohare.l8",
         display_name="Bernadette O'Hare", role="personal",
         bio="Foster carer with the Children's Family Trust 💙 Mum to Gemma, Nan to Ellie & Jack. Anfield born n bred.",
         about_text=None, website=None, is_public=False, location_sharing=True,
         rules=["DM", "PS"], unsure=[],
         why="Personal activity: names her CFT link with no personal-views statement; location sharing switched on"),
    dict(key="gary", id="x:@GazFromByker", platform="x", handle="GazFromByker",
         display_name="Gaz Robson", role="personal",
         bio="Foster dad with Children's Family Trust. Toon till I die ⚫⚪ Views are me own like.",
         about_text=None, website=None, is_public=True, location_sharing=False,
         rules=["PS"], unsure=[],
         why="dialect disclaimer present; public personal account posting about the service"),
    dict(key="kelly", id="instagram:@kellz_and_the_tribe", platform="instagram", handle="kellz_and_the_tribe",
         display_name="Kelly Brennan", role="personal",
         bio="Brummie mom of 2 🧡 foster carer @cft_fostering_life 🧡 coffee, chaos and more coffee",
         about_text=None, website=None, is_public=True, location_sharing=True,
         rules=["DM", "PS"], unsure=[],
         why="names the Trust with no disclaimer; public and location sharing on"),
    dict(key="siobhan", id="bluesky:@siobhanmcg.bsky.social", platform="bluesky", handle="siobhanmcg.bsky.social",
         display_name="Siobhán McGuigan", role="personal",
         bio="Supervising social worker, Children's Family Trust NI. Posts and reposts are personal views, not my employer's.",
         about_text=None, website=None, is_public=True, location_sharing=None,
         rules=["PS"], unsure=[],
         why="disclaimer present; public personal account posting about the service"),
    dict(key="dai", id="mastodon:@daipugh_cymru", platform="mastodon", handle="daipugh_cymru",
         display_name="Dai Pugh", role="personal",
         bio="Retired postie, Aberystwyth. Volunteer driver for the Children's Family Trust in Ceredigion. Cymraeg / English.",
         about_text=None, website=None, is_public=True, location_sharing=False, instance="toot.wales",
         rules=["DM", "PS"], unsure=[],
         why="names his volunteer role with no disclaimer; public account posting about the service"),
    dict(key="fiona", id="linkedin:@fiona-mackay-cft", platform="linkedin", handle="fiona-mackay-cft",
         display_name="Fiona Mackay", role="personal",
         bio="Registered Manager, Children's Family Trust Scotland | Social worker (SSSC) | Views expressed here are my own.",
         about_text=None, website=None, is_public=True, location_sharing=None,
         rules=[], unsure=["PS"],
         why="disclaimer present; a public LinkedIn profile is expected for her role, coordinators may differ"),
    dict(key="wellies", id="blog:ourhousefullofwellies.co.uk", platform="blog", handle="ourhousefullofwellies.co.uk",
         display_name="Our House Full of Wellies", role="personal",
         bio="Carol and Pete, foster carers in the Yorkshire Dales. Hens, dogs, mud and a lot of love.",
         about_text="We're Carol and Pete. We have fostered with the Children's Family Trust since 2016 and have looked after twenty-two children and young people. We change the children's names on here (well, we try to). Pull up a chair and put the kettle on.",
         website="https://ourhousefullofwellies.co.uk", is_public=True, location_sharing=None,
         rules=["DM"], unsure=["PS"],
         why="About page names CFT with no personal-views statement; a blog is public by nature"),
    dict(key="sofabed", id="blog:thesofabedchronicles.wordpress.com", platform="blog", handle="thesofabedchronicles.wordpress.com",
         display_name="The Sofa Bed Chronicles", role="personal",
         bio="Care leaver, youth ambassador, sofa bed connoisseur.",
         about_text="I'm Nadia, I'm 23 and I grew up in foster care. I'm now a youth ambassador for the Children's Family Trust. Everything written here is my own opinion and doesn't speak for CFT or anyone else.",
         website="https://thesofabedchronicles.wordpress.com", is_public=True, location_sharing=None,
         rules=[], unsure=["PS"],
         why="clear disclaimer on the About page; a blog is public by nature"),
    dict(key="laura", id="x:@LauraB_N16", platform="x", handle="LauraB_N16",
         display_name="Laura Bamidele", role="personal",
         bio="Carer. Tea. Arsenal. Hackney via Lagos via Tottenham (don't @ me).",
         about_text=None, website=None, is_public=True, location_sharing=False,
         rules=["PS"], unsure=["DM"],
         why="bio doesn't name CFT but posts do, with no disclaimer; public account posting about the service"),
    dict(key="tracey", id="facebook:@tracey.dunn.5521", platform="facebook", handle="tracey.dunn.5521",
         display_name="Tracey Dunn", role="personal",
         bio="Mam to Reece 💕 Sunderland", about_text=None, website=None,
         is_public=None, location_sharing=None,
         rules=[], unsure=["PS"],
         why="carer's daughter, names no link to CFT; settings unknown but she posts about the foster children"),
    dict(key="jimmy", id="instagram:@jimmy_cooks_glasgow", platform="instagram", handle="jimmy_cooks_glasgow",
         display_name="Jimmy Baird", role="personal",
         bio="Glasgow. Cook. Foster carer wi CFT. Whatever ah post is ma ain opinion, no theirs.",
         about_text=None, website=None, is_public=False, location_sharing=False,
         rules=[], unsure=[],
         why="dialect disclaimer present; private account, location sharing off"),
    dict(key="hannah", id="bluesky:@hannahsupports.bsky.social", platform="bluesky", handle="hannahsupports.bsky.social",
         display_name="Hannah Kaur", role="personal",
         bio="Family support worker @ Children's Family Trust, Leeds. Tea, allotment, tired.",
         about_text=None, website=None, is_public=True, location_sharing=True,
         rules=["DM", "PS"], unsure=[],
         why="names her CFT job, no disclaimer; public with location sharing on"),
    dict(key="marcus", id="x:@MarcusOyelaran", platform="x", handle="MarcusOyelaran",
         display_name="Marcus Oyelaran", role="personal",
         bio="Independent chair of fostering panels (CFT and others). Trustee of a food bank. RTs ≠ endorsement.",
         about_text=None, website=None, is_public=True, location_sharing=None,
         rules=["PS"], unsure=["DM"],
         why="'RTs are not endorsement' is only half a disclaimer; public account posting about panels"),
    dict(key="priya", id="linkedin:@priya-shah-fostering", platform="linkedin", handle="priya-shah-fostering",
         display_name="Priya Shah", role="personal",
         bio="Recruitment & Marketing Officer at Children's Family Trust | Every child deserves a family.",
         about_text=None, website=None, is_public=True, location_sharing=False,
         rules=["DM"], unsure=["PS"],
         why="names her CFT job with no disclaimer; public LinkedIn expected for her role"),
    dict(key="annie", id="mastodon:@annie_rowe", platform="mastodon", handle="annie_rowe",
         display_name="Annie Rowe", role="personal",
         bio="Retired foster carer (26 years with CFT, 1998-2024). Now a mentor for new carers. Knitter. Opinions are my own, love.",
         about_text=None, website=None, is_public=True, location_sharing=False, instance="mastodon.social",
         rules=["PS"], unsure=[],
         why="disclaimer present; public account posting about the service"),
]
ACC = {a["key"]: a for a in ACCOUNTS}
ACCOUNT_FIELDS = ["id", "platform", "handle", "display_name", "role", "bio", "about_text",
                  "website", "is_public", "location_sharing"]

HEADER = re.compile(r"^### (\S+) (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})((?: \S+=\S+)*)\s*$")


def parse_sources():
    posts = []
    for path in sorted(glob.glob(os.path.join(HERE, "cft_posts*.txt"))):
        cur = None
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if line.startswith("### "):
                m = HEADER.match(line)
                if not m:
                    raise SystemExit(f"{path}:{ln}: bad header")
                opts = dict(t.split("=", 1) for t in m.group(4).split())
                cur = dict(acct=m.group(1), date=m.group(2), time=m.group(3), opts=opts,
                           media=[], geo=None, lines=[], label=None, src=f"{os.path.basename(path)}:{ln}")
                posts.append(cur)
            elif cur is None:
                continue
            elif line.startswith("@photo ") or line.startswith("@video "):
                kind, alt = line[1:].split(" ", 1)
                cur["media"].append((kind, alt.strip()))
            elif line.startswith("@geo "):
                coords, place = line[5:].split("|", 1)
                lat, lon = coords.split(",")
                cur["geo"] = {"lat": float(lat), "lon": float(lon), "place_name": place.strip()}
            elif line.startswith(">> "):
                r, u, why = [x.strip() for x in line[3:].split("|", 2)]
                cur["label"] = ([ABBR[x] for x in r.split(",")] if r != "-" else [],
                                [ABBR[x] for x in u.split(",")] if u != "-" else [], why)
                cur = None
            elif line.startswith("#") and not cur["lines"]:
                continue
            else:
                cur["lines"].append(line)
    for p in posts:
        if p["label"] is None:
            raise SystemExit(f"{p['src']}: no label line")
        p["text"] = "\n".join(p["lines"]).strip()
    return posts


def url_for(acc, num, post, rng):
    h, plat = acc["handle"], acc["platform"]
    if plat == "x":
        return f"https://x.com/{h}/status/{num}"
    if plat == "facebook":
        return f"https://www.facebook.com/{h}/posts/{num}"
    if plat == "instagram":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        code = "".join(rng.choice(alphabet) for _ in range(11))
        return f"https://www.instagram.com/p/{code}/"
    if plat == "bluesky":
        alphabet = "234567abcdefghijklmnopqrstuvwxyz"
        return f"https://bsky.app/profile/{h}/post/3l" + "".join(rng.choice(alphabet) for _ in range(11))
    if plat == "mastodon":
        return f"https://{acc['instance']}/@{h}/{num}"
    if plat == "linkedin":
        return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    if plat == "blog":
        title = post["text"].split("\n", 1)[0]
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        y, m = post["date"][:4], post["date"][5:7]
        return f"https://{h}/{y}/{m}/{slug}/"
    raise ValueError(plat)


def main():
    rng = random.Random(7897)
    posts = parse_sources()
    order = {a["key"]: i for i, a in enumerate(ACCOUNTS)}
    for p in posts:
        if p["acct"] not in ACC:
            raise SystemExit(f"{p['src']}: unknown account {p['acct']}")
    posts.sort(key=lambda p: (order[p["acct"]], p["date"], p["time"]))

    # ids: prefix 78, 19 digits, increasing through the bundle
    n = 1_800_000_000_000_000 + rng.randrange(10**14)
    tags, media_no = {}, 0
    for p in posts:
        n += rng.randrange(10**12, 9 * 10**12)
        p["num"] = "78" + f"{n:017d}"
        p["pid"] = f"{ACC[p['acct']]['platform']}:{p['num']}"
        if "tag" in p["opts"]:
            if p["opts"]["tag"] in tags:
                raise SystemExit(f"duplicate tag {p['opts']['tag']}")
            tags[p["opts"]["tag"]] = p

    records, labels = [], []
    for a in ACCOUNTS:
        rec = {"kind": "account"}
        rec.update({k: a[k] for k in ACCOUNT_FIELDS})
        records.append(rec)
        labels.append({"subject": a["id"], "rules": [ABBR[x] for x in a["rules"]],
                       "unsure": [ABBR[x] for x in a["unsure"]], "why": a["why"]})

    ext_n = rng.randrange(10**13, 10**14)
    for p in posts:
        acc = ACC[p["acct"]]
        re_ = p["opts"].get("re")
        irt = None
        if re_:
            if re_.startswith("@"):
                ext_n += rng.randrange(10**11, 10**12)
                irt = {"account": f"{acc['platform']}:{re_}",
                       "post_id": f"{acc['platform']}:9897{ext_n:015d}"}
            else:
                t = tags[re_]
                irt = {"account": ACC[t["acct"]]["id"], "post_id": t["pid"]}
        media = []
        for kind, alt in p["media"]:
            media_no += 1
            ext = "mp4" if kind == "video" else "jpg"
            media.append({"type": kind, "path": f"media/c{media_no:03d}.{ext}", "alt_text": alt})
        if "vis" in p["opts"]:
            vis = p["opts"]["vis"]
        else:
            vis = {True: "public", False: "friends", None: None}[acc["is_public"]]
        sec = rng.randrange(60)
        rec = {"kind": "post", "id": p["pid"], "account_id": acc["id"], "platform": acc["platform"],
               "created_at": f"{p['date']}T{p['time']}:{sec:02d}Z", "text": p["text"],
               "url": url_for(acc, p["num"], p, rng), "lang": p["opts"].get("lang", "en"),
               "in_reply_to": irt, "geo": p["geo"], "media": media, "visibility": vis}
        records.append(rec)
        r, u, why = p["label"]
        labels.append({"subject": p["pid"], "rules": r, "unsure": u, "why": why})

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "bundle.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "cft_register.txt"), encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    with open(os.path.join(OUT, "register.csv"), "w", encoding="utf-8") as f:
        f.write("name\n" + "".join(n + "\n" for n in names))
    with open(os.path.join(OUT, "policy.toml"), "w", encoding="utf-8") as f:
        f.write('# frozen10: pack plus this set\'s partial protected-names register\n'
                'extends = "childrens-family-trust"\n[names]\nregister = "register.csv"\n')
    write_readme(records, labels, names)
    with open(os.path.join(OUT, "SHA256SUMS"), "w") as f:
        for fn in ["bundle.jsonl", "labels.jsonl", "register.csv", "policy.toml", "README.md"]:
            h = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
            f.write(f"{h}  {fn}\n")
    print(f"wrote {len(records)} records ({len(posts)} posts)")


RULE_ORDER = ["disclaimer-missing", "privacy-settings", "name-leak", "sensitive-info", "family-photo",
              "geotag", "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
              "controversial-official", "contact-details"]


def write_readme(records, labels, names):
    accts = [r for r in records if r["kind"] == "account"]
    posts = [r for r in records if r["kind"] == "post"]
    lab = {l["subject"]: l for l in labels}
    n_media = sum(len(p["media"]) for p in posts)
    n_geo = sum(1 for p in posts if p["geo"])
    n_rep = sum(1 for p in posts if p["in_reply_to"])
    n_rep_in = sum(1 for p in posts if p["in_reply_to"] and p["in_reply_to"]["post_id"].split(":", 1)[1].startswith("78"))
    clean = sum(1 for p in posts if not lab[p["id"]]["rules"])
    clean_strict = sum(1 for p in posts if not lab[p["id"]]["rules"] and not lab[p["id"]]["unsure"])
    L = []
    L.append("# frozen10 / cft: Children's Family Trust held-out set\n")
    L.append("Hand-written held-out test set for the `childrens-family-trust` policy pack, with a partial "
             "protected-names register (`policy.toml` extends the pack and points at `register.csv`). "
             "Media files are not provided; `alt_text` is the only visual signal. Geotags come only from `geo`.\n")
    L.append("## Counts\n")
    L.append("| item | count |\n|---|---|")
    L.append(f"| accounts | {len(accts)} ({sum(1 for a in accts if a['role']=='official')} official, "
             f"{sum(1 for a in accts if a['role']=='personal')} personal) |")
    L.append(f"| posts | {len(posts)} |")
    L.append(f"| media items | {n_media} ({sum(1 for p in posts for m in p['media'] if m['type']=='video')} video) |")
    L.append(f"| posts with media | {sum(1 for p in posts if p['media'])} |")
    L.append(f"| posts with geo | {n_geo} |")
    L.append(f"| replies | {n_rep} ({n_rep_in} to posts in this bundle, {n_rep - n_rep_in} to non-enrolled accounts) |")
    L.append(f"| posts with no rule (may carry unsure) | {clean} ({100*clean/len(posts):.0f}%) |")
    L.append(f"| posts with no rule and no unsure | {clean_strict} |")
    L.append(f"| register names | {len(names)} (partial, about 60% of the protected names used) |")
    L.append(f"| created_at range | {min(p['created_at'] for p in posts)} to {max(p['created_at'] for p in posts)} |")
    L.append("")
    L.append("Post ids start `78`; non-enrolled reply targets start `9897`.\n")
    L.append("## Accounts\n")
    L.append("| account id | role | platform | is_public | location_sharing | posts | rules | unsure |")
    L.append("|---|---|---|---|---|---|---|---|")
    for a in accts:
        np_ = sum(1 for p in posts if p["account_id"] == a["id"])
        l = lab[a["id"]]
        L.append(f"| `{a['id']}` | {a['role']} | {a['platform']} | {json.dumps(a['is_public'])} | "
                 f"{json.dumps(a['location_sharing'])} | {np_} | {', '.join(l['rules']) or '-'} | "
                 f"{', '.join(l['unsure']) or '-'} |")
    L.append("")
    L.append("## Positives and unsure per rule\n")
    L.append("| rule | subject | positives | unsure |\n|---|---|---|---|")
    for r in RULE_ORDER:
        pos = sum(1 for l in labels if r in l["rules"])
        uns = sum(1 for l in labels if r in l["unsure"])
        kind = "account" if r in ("disclaimer-missing", "privacy-settings") else "post"
        L.append(f"| `{r}` | {kind} | {pos} | {uns} |")
    L.append("")
    L.append("`unsure` pairs should be left out of scoring. Labels trace to the CFT Digital Media Policy "
             "sections (Personal activity, Official activity, Confidentiality).\n")
    L.append("## Files\n")
    L.append("- `bundle.jsonl`: 18 account records, then each account's posts in time order (CONTRACT section 2).")
    L.append("- `labels.jsonl`: one line per subject in bundle order.")
    L.append("- `register.csv`: partial protected-names register (`name` column).")
    L.append("- `policy.toml`: extends `childrens-family-trust` with the register.")
    L.append("- `SHA256SUMS`: checksums of the above and this README.")
    L.append("- Sources and scripts: `../src/cft_*`.")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
