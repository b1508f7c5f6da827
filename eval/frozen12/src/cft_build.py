"""Build + validate the CFT half of frozen12.
Only assigns ids, timestamps, urls, media paths and reply-target ids; every text
and label is hand-written in cft_accounts.py / cft_posts_*.py."""
import json, random, re, datetime as dt, hashlib, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from cft_accounts import ACCOUNTS
import cft_posts_official, cft_posts_a, cft_posts_b, cft_posts_c, cft_posts_d

OUT = "/work/frozen12-draft/cft"
RULES = {"disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
         "controversial-official", "contact-details", "privacy-settings"}
# CFT policy has no clause for these: they may only ever be 'unsure'
NO_CLAUSE = {"geotag", "logo-misuse", "advice-to-family", "contact-details"}
ACCOUNT_ONLY = {"disclaimer-missing", "privacy-settings"}
START = dt.datetime(2030, 11, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2031, 4, 30, 23, 59, 59, tzinfo=dt.timezone.utc)

# hand-chosen partial register (~60% of protected first names used in posts)
REGISTER = ["Kayden", "Lacey-Mai", "Tyler", "Caoimhe", "Dylan", "Alfie", "Jordan", "Seren",
            "Mason", "Poppy-Rae", "Shannon", "Lily-Mae", "Kenzie", "Kacey", "Femi",
            "Amara", "Reece"]
# canonical first name for every written form marked in posts' n=
CANON = {"Ty": "Tyler", "Lacey": "Lacey-Mai", "Brad": "Bradley", "poppy": "Poppy-Rae",
         "lily-mae": "Lily-Mae"}

rng = random.Random(20301112)

def ts(at):
    if at is None:
        span = int((END - START).total_seconds())
        return START + dt.timedelta(seconds=rng.randrange(span))
    if len(at) == 7:  # YYYY-MM
        y, m = map(int, at.split("-"))
        d = dt.datetime(y, m, 1, tzinfo=dt.timezone.utc)
        nxt = dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=dt.timezone.utc)
        return d + dt.timedelta(seconds=rng.randrange(int((nxt - d).total_seconds())))
    if len(at) == 10:  # YYYY-MM-DD, daytime
        d = dt.datetime.fromisoformat(at).replace(tzinfo=dt.timezone.utc)
        return d + dt.timedelta(hours=7, seconds=rng.randrange(16 * 3600))
    return dt.datetime.fromisoformat(at.replace("Z", "+00:00"))

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

def slug(text):
    first = text.split("\n")[0].lower()
    return re.sub(r"[^a-z0-9]+", "-", first).strip("-")[:60]

def main():
    acc = {a[0]: a for a in ACCOUNTS}
    assert len(acc) == len(ACCOUNTS) == 18
    posts = {}
    for mod in (cft_posts_official, cft_posts_a, cft_posts_b, cft_posts_c):
        for k, v in mod.POSTS.items():
            assert k in acc, k
            assert k not in posts, k
            posts[k] = list(v)
    for k, v in cft_posts_d.POSTS.items():   # second-pass additions
        assert k in acc, k
        posts[k].extend(v)
    assert set(posts) == set(acc), set(acc) - set(posts)

    allp = []
    for aid, lst in posts.items():
        for p in lst:
            p["account_id"] = aid
            p["t"] = ts(p["at"])
            assert START <= p["t"] <= END, (aid, p["text"][:40], p["t"])
            allp.append(p)
    allp.sort(key=lambda p: (p["t"], p["account_id"]))
    keys = {}
    media_n = 0
    ext_n = 0
    for i, p in enumerate(allp):
        plat = acc[p["account_id"]][1]
        p["id"] = f"{plat}:{8200000000000000001 + i}"
        if p["key"]:
            assert p["key"] not in keys
            keys[p["key"]] = p
        p["media_out"] = []
        for alt in p["m"]:
            media_n += 1
            if alt.startswith("video:"):
                p["media_out"].append({"type": "video", "path": f"media/d{media_n:03d}.mp4", "alt_text": alt[6:]})
            else:
                p["media_out"].append({"type": "photo", "path": f"media/d{media_n:03d}.jpg", "alt_text": alt})

    records, labels = [], []
    for a in ACCOUNTS:
        (aid, plat, handle, name, role, bio, about, web, pub, loc, r, u, why) = a
        records.append({"kind": "account", "id": aid, "platform": plat, "handle": handle,
                        "display_name": name, "role": role, "bio": bio, "about_text": about,
                        "website": web, "is_public": pub, "location_sharing": loc})
        labels.append({"subject": aid, "rules": r.split(), "unsure": u.split(), "why": why})
    for a in ACCOUNTS:
        aid, plat, handle, pub = a[0], a[1], a[2], a[8]
        mine = sorted([p for p in allp if p["account_id"] == aid], key=lambda p: p["t"])
        for p in mine:
            rep = None
            vis = {True: "public", False: "friends", None: None}[pub]
            if plat == "blog":
                vis = "public"
            if p["rep"]:
                if p["rep"].startswith("key:"):
                    par = keys[p["rep"][4:]]
                    assert acc[par["account_id"]][1] == plat, "thread across platforms"
                    assert par["t"] < p["t"], "reply before parent"
                    rep = {"account": par["account_id"], "post_id": par["id"]}
                    if acc[par["account_id"]][8] is True:
                        vis = "public"   # comment left on someone else's public post
                else:
                    ext_n += 1
                    rep = {"account": f"{plat}:{p['rep']}",
                           "post_id": f"{plat}:{9901000000000000000 + 1000 + ext_n * 37}"}
            digits = p["id"].split(":")[1]
            url = {
                "x": f"https://x.com/{handle}/status/{digits}",
                "facebook": f"https://www.facebook.com/{handle}/posts/{digits}",
                "instagram": f"https://www.instagram.com/p/{digits}/",
                "linkedin": f"https://www.linkedin.com/feed/update/urn:li:activity:{digits}",
                "bluesky": f"https://bsky.app/profile/{handle}/post/{digits}",
                "mastodon": f"https://toot.wales/@gwyn/{digits}",
                "blog": f"https://{handle}/{p['t']:%Y/%m}/{slug(p['text'])}",
            }[plat]
            geo = None
            if p["geo"]:
                geo = {"lat": p["geo"][0], "lon": p["geo"][1], "place_name": p["geo"][2]}
            records.append({"kind": "post", "id": p["id"], "account_id": aid, "platform": plat,
                            "created_at": iso(p["t"]), "text": p["text"], "url": url,
                            "lang": p["lang"], "in_reply_to": rep, "geo": geo,
                            "media": p["media_out"], "visibility": vis})
            labels.append({"subject": p["id"], "rules": p["r"], "unsure": p["u"], "why": p["why"]})

    os.makedirs(OUT, exist_ok=True)
    with open(f"{OUT}/bundle.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(f"{OUT}/labels.jsonl", "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(f"{OUT}/register.csv", "w", encoding="utf-8") as f:
        f.write("name\n" + "".join(n + "\n" for n in REGISTER))
    with open(f"{OUT}/policy.toml", "w", encoding="utf-8") as f:
        f.write('# frozen12: pack plus this set\'s partial protected-names register\n'
                'extends = "childrens-family-trust"\n[names]\nregister = "register.csv"\n')

    # names used
    used = collections.OrderedDict()
    for p in allp:
        for n in p["n"]:
            c = CANON.get(n, n[0].upper() + n[1:])
            used.setdefault(c, set()).add(n)
    stats = dict(allp=allp, used=used, records=records, labels=labels, acc=acc)
    return stats

if __name__ == "__main__":
    s = main()
    import json as _j
    print("posts", len(s["allp"]))
    print("names used", len(s["used"]), {k: sorted(v) for k, v in s["used"].items()})
    missing = [n for n in REGISTER if n not in s["used"]]
    print("register", len(REGISTER), "not used:", missing)
