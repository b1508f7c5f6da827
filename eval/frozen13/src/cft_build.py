#!/usr/bin/env python3
"""Assemble frozen13/cft from the hand-written post files. The script only parses,
assigns ids / timestamps / media paths, and writes files; every text is hand-written."""
import json, random, datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from cft_accounts import ACCOUNTS

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(SRC, '..', 'cft')
FILES = ['cft_posts_official.txt', 'cft_posts_a.txt', 'cft_posts_b.txt', 'cft_posts_c.txt', 'cft_posts_d.txt', 'cft_posts_e.txt']
CODES = {'NL': 'name-leak', 'SI': 'sensitive-info', 'FP': 'family-photo', 'GT': 'geotag',
         'LD': 'location-disclosure', 'LM': 'logo-misuse', 'CR': 'criticism', 'AF': 'advice-to-family',
         'CO': 'controversial-official', 'CD': 'contact-details'}
ORDER = ['name-leak', 'sensitive-info', 'family-photo', 'geotag', 'location-disclosure', 'logo-misuse',
         'criticism', 'advice-to-family', 'controversial-official', 'contact-details']
# ~60% of supported-family first names used in the posts; the rest must be found without the register
REGISTER = ['Kayden', 'Chantelle', 'Tia-Mai', 'Jordan', 'Brodie', 'Kayla', 'Lily-Mae', 'Mason', 'Connor',
            'Leanne', 'Jayden', 'Darragh', 'Shauna', 'Callum', 'Tyler', 'Jade', 'Tyrese',
            'Reece', 'Aiden', 'Mia']

def parse():
    posts = {}
    for f in FILES:
        acct = None; cur = None
        for line in open(os.path.join(SRC, f), encoding='utf-8').read().split('\n'):
            if line.startswith('=== '):
                acct = line[4:].strip(); posts.setdefault(acct, []); cur = None; continue
            if line.startswith('## '):
                cur = {'hdr': {}, 'text': [], 'media': [], 'geo': None, 're': None, 'vis': None, 'src': f}
                for part in line[3:].split(' | '):
                    k, _, v = part.partition('=')
                    cur['hdr'][k.strip()] = v.strip()
                posts[acct].append(cur); continue
            if cur is None:
                continue
            if line.startswith('%m '):
                cur['media'].append(line[3:].strip())
            elif line.startswith('%v '):
                cur['media'].append(('video', line[3:].strip()))
            elif line.startswith('%g '):
                lat, lon, place = line[3:].split(',', 2)
                cur['geo'] = {'lat': float(lat), 'lon': float(lon), 'place_name': place.strip()}
            elif line.startswith('%re '):
                cur['re'] = line[4:].strip()
            elif line.startswith('%vis '):
                cur['vis'] = line[5:].strip()
            else:
                cur['text'].append(line)
    for a, ps in posts.items():
        for p in ps:
            p['text'] = '\n'.join(p['text']).strip()
    return posts

def codes(s):
    return [CODES[c.strip()] for c in s.split(',') if c.strip()] if s else []

def main():
    posts = parse()
    accts = {a[0]: a for a in ACCOUNTS}
    assert set(posts) <= set(accts), set(posts) - set(accts)
    start = dt.datetime(2031, 5, 1, tzinfo=dt.timezone.utc)
    span_days = 183
    keyed = {}
    # times for non-reply-to-enrolled posts
    for aid, ps in posts.items():
        rng = random.Random(aid)
        n = len(ps)
        for i, p in enumerate(ps):
            day = int((i + rng.uniform(0.1, 0.9)) * span_days / n)
            p['time'] = start + dt.timedelta(days=day, hours=rng.randint(7, 22), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
            p['account'] = aid
            if 'k' in p['hdr']:
                keyed[p['hdr']['k']] = p
    for aid, ps in posts.items():
        rng = random.Random('re' + aid)
        for p in ps:
            r = p['re']
            if r and not r.startswith('ext:'):
                parent = keyed[r]
                p['time'] = parent['time'] + dt.timedelta(minutes=rng.randint(25, 400))
                p['parent'] = parent
        ps.sort(key=lambda p: p['time'])
    # ids, media
    seq = 0; media_n = 0; ext_n = 0
    acct_order = [a[0] for a in ACCOUNTS]
    for aid in acct_order:
        for p in posts.get(aid, []):
            seq += 1
            plat = accts[aid][1]
            p['id'] = f"{plat}:84{seq:017d}"
    recs = []; labels = []
    for a in ACCOUNTS:
        (aid, plat, handle, dn, role, bio, about, web, pub, loc, vis, rules, uns, why) = a
        recs.append({'kind': 'account', 'id': aid, 'platform': plat, 'handle': handle, 'display_name': dn,
                     'role': role, 'bio': bio, 'about_text': about, 'website': web, 'is_public': pub,
                     'location_sharing': loc})
        labels.append({'subject': aid, 'rules': rules, 'unsure': uns, 'why': why})
    names_used = set()
    for aid in acct_order:
        a = accts[aid]; plat = a[1]; handle = a[2]
        for p in posts.get(aid, []):
            h = p['hdr']
            media = []
            for alt in p['media']:
                media_n += 1
                if isinstance(alt, tuple):
                    media.append({'type': 'video', 'path': f'media/d{media_n:03d}.mp4', 'alt_text': alt[1]})
                else:
                    media.append({'type': 'photo', 'path': f'media/d{media_n:03d}.jpg', 'alt_text': alt})
            irt = None; vis = p['vis'] or a[10]
            if p['re']:
                if p['re'].startswith('ext:'):
                    ext_n += 1
                    irt = {'account': f"{plat}:@{p['re'][4:]}", 'post_id': f"{plat}:9903{ext_n:015d}"}
                else:
                    par = p['parent']
                    assert par['account'] != aid and accts[par['account']][1] == plat
                    irt = {'account': par['account'], 'post_id': par['id']}
                    vis = 'public'
            num = p['id'].split(':')[1]
            url = {'x': f'https://x.com/{handle}/status/{num}',
                   'facebook': f'https://www.facebook.com/{handle}/posts/{num}',
                   'instagram': f'https://www.instagram.com/{handle}/p/{num}/',
                   'blog': f'https://{handle}/{p["time"]:%Y/%m}/post-{num[-4:]}/',
                   'bluesky': f'https://bsky.app/profile/{handle}/post/{num}',
                   'mastodon': f'https://toot.wales/@{handle.split("@")[0]}/{num}',
                   'linkedin': f'https://www.linkedin.com/feed/update/urn:li:activity:{num}/'}[plat]
            recs.append({'kind': 'post', 'id': p['id'], 'account_id': aid, 'platform': plat,
                         'created_at': p['time'].strftime('%Y-%m-%dT%H:%M:%SZ'), 'text': p['text'], 'url': url,
                         'lang': h.get('lang', 'en'), 'in_reply_to': irt, 'geo': p['geo'], 'media': media,
                         'visibility': vis})
            r = codes(h.get('r')); u = codes(h.get('u'))
            r = [x for x in ORDER if x in r]; u = [x for x in ORDER if x in u]
            labels.append({'subject': p['id'], 'rules': r, 'unsure': u, 'why': h.get('w', '')})
            for nm in (h.get('n') or '').split(','):
                nm = nm.strip()
                if nm and nm != 'Bean':
                    names_used.add('-'.join(x.capitalize() for x in nm.split('-')) if nm != 'JJ' else 'JJ')
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'bundle.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    assert set(REGISTER) <= names_used, set(REGISTER) - names_used
    with open(os.path.join(OUT, 'register.csv'), 'w', encoding='utf-8') as f:
        f.write('name\n' + ''.join(n + '\n' for n in REGISTER))
    with open(os.path.join(OUT, 'policy.toml'), 'w', encoding='utf-8') as f:
        f.write('# frozen13: pack plus this set\'s partial protected-names register\nextends = "childrens-family-trust"\n[names]\nregister = "register.csv"\n')
    json.dump({'names_used': sorted(names_used), 'not_in_register': sorted(names_used - set(REGISTER))},
              open(os.path.join(SRC, 'cft_names.json'), 'w'), indent=1)
    print('posts', seq, 'media', media_n, 'names', len(names_used), 'register', len(REGISTER))

main()
