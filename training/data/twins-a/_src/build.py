import json, glob, importlib, sys, re, collections, csv
sys.path.insert(0, '.')
import lib, accounts
for f in sorted(glob.glob('chunk*.py')):
    importlib.import_module(f[:-3])
A, P = lib.ACCOUNTS, lib.POSTS
errs = []
order = list(A.keys())
# sort posts by account then time
for i, q in enumerate(P): q['_i'] = i
P_sorted = sorted(P, key=lambda q: (order.index(q['a']), q['t'], q['_i']))
refs = {}
for n, q in enumerate(P_sorted):
    plat = A[q['a']]['platform']
    q['id'] = f"{plat}:{97100101 + n*7}"
    if q['ref']:
        if q['ref'] in refs: errs.append('dup ref ' + q['ref'])
        refs[q['ref']] = q
ext_n = 97180001
media_n = 1
def url(acc, num, q):
    pl, h = acc['platform'], acc['handle']
    if pl == 'x': return f"https://x.com/{h}/status/{num}"
    if pl == 'facebook': return f"https://www.facebook.com/{h}/posts/{num}"
    if pl == 'instagram': return f"https://www.instagram.com/p/{num}/"
    if pl == 'bluesky': return f"https://bsky.app/profile/{h}/post/{num}"
    if pl == 'mastodon':
        user, inst = h.split('@'); return f"https://{inst}/@{user}/{num}"
    if pl == 'linkedin': return f"https://www.linkedin.com/feed/update/urn:li:activity:{num}/"
    if pl == 'blog':
        slug = re.sub(r'[^a-z0-9]+', '-', q['text'][:40].lower()).strip('-')
        return f"https://{h}/{q['t'][:4]}/{q['t'][5:7]}/{slug}/"
out, labs = [], []
for c, a in A.items():
    out.append(a)
    r, u, w = lib.ACC_LABELS[c]
    r = [lib.RULES[x] for x in r]; u = [lib.RULES[x] for x in u]
    labs.append({"subject": a['id'], "rules": r, "unsure": u, "clauses": {x: lib.CLAUSE[x] for x in r}, "why": w})
ids = set()
for q in P_sorted:
    acc = A[q['a']]; num = q['id'].split(':')[1]
    if q['id'] in ids: errs.append('dup id ' + q['id'])
    ids.add(q['id'])
    t = q['t']
    if not re.fullmatch(r'\d{4}-\d\d-\d\d \d\d:\d\d', t): errs.append('bad time ' + t)
    iso = t.replace(' ', 'T') + ':00Z'
    if not ('2025-06-01T00:00:00Z' <= iso <= '2026-11-30T23:59:59Z'): errs.append('time out of range ' + iso)
    irt = None; vis = q['v']
    if q['rp']:
        if q['rp'].startswith('ref:'):
            par = refs.get(q['rp'][4:])
            if not par: errs.append('missing ref ' + q['rp']); continue
            if A[par['a']]['platform'] != acc['platform']: errs.append('cross-platform reply ' + q['rp'])
            if par['t'] >= q['t']: errs.append('reply before parent ' + q['rp'] + ' ' + q['t'])
            irt = {"account": A[par['a']]['id'], "post_id": par['id']}
            if vis is None and not acc['is_public']:
                vis = 'public' if A[par['a']]['is_public'] else 'friends'
        else:
            if not q['rp'].startswith(acc['platform'] + ':@'): errs.append('ext reply platform ' + q['rp'])
            irt = {"account": q['rp'], "post_id": f"{acc['platform']}:{ext_n}"}; ext_n += 1
            if vis is None and not acc['is_public']: vis = 'public'
    if vis is None: vis = 'public' if acc['is_public'] else 'friends'
    media = []
    for m in q['m']:
        typ, alt = (m if isinstance(m, tuple) else ('photo', m))
        media.append({"type": typ, "path": f"media/twa_{media_n:04d}." + ('mp4' if typ == 'video' else 'jpg'), "alt_text": alt})
        media_n += 1
    geo = None
    if q['g']: geo = {"lat": q['g'][0], "lon": q['g'][1], "place_name": q['g'][2]}
    rec = {"kind": "post", "id": q['id'], "account_id": acc['id'], "platform": acc['platform'], "created_at": iso,
           "text": q['text'], "url": url(acc, num, q), "lang": "en", "in_reply_to": irt, "geo": geo, "media": media,
           "visibility": vis}
    out.append(rec)
    for x in q['r'] + q['u']:
        if x not in lib.RULES or x in ('dm', 'ps'): errs.append(f"bad rule {x} in {q['text'][:40]}")
    if set(q['r']) & set(q['u']): errs.append('rule both sure and unsure: ' + q['text'][:40])
    if 'gt' in q['r'] + q['u'] and not geo: errs.append('gt without geo: ' + q['text'][:40])
    if geo and 'gt' not in q['r'] + q['u']: errs.append('geo without gt label: ' + q['text'][:40])
    if ('fp' in q['r'] or 'lm' in q['r']) and not media: errs.append('fp/lm without media: ' + q['text'][:40])
    if 'co' in q['r'] + q['u'] and acc['role'] != 'official': errs.append('co on personal: ' + q['text'][:40])
    if 'nl' in q['r'] and not q['nm']: errs.append('nl without nm: ' + q['text'][:50])
    if not q['w']: errs.append('no why: ' + q['text'][:50])
    r = [lib.RULES[x] for x in q['r']]; u = [lib.RULES[x] for x in q['u']]
    labs.append({"subject": q['id'], "rules": r, "unsure": u, "clauses": {x: lib.CLAUSE[x] for x in r}, "why": q['w']})
# text dup check
seen = collections.Counter(q['text'] for q in P)
for k, v in seen.items():
    if v > 1: errs.append('dup text: ' + k[:60])
with open('../bundle.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open('../labels.jsonl', 'w') as f:
    for o in labs: f.write(json.dumps(o, ensure_ascii=False) + '\n')
# register: about two thirds of leaked names, deliberately incomplete
names = []
for q in P:
    if 'nl' in q['r']:
        for n in q['nm']:
            if n not in names: names.append(n)
reg = [n for i, n in enumerate(names) if i % 3 != 2]
with open('../register.csv', 'w') as f:
    f.write('name\n')
    for n in reg: f.write(n + '\n')
# stats
cnt = collections.Counter(); unc = collections.Counter()
clean = 0
for q in P:
    for x in q['r']: cnt[lib.RULES[x]] += 1
    for x in q['u']: unc[lib.RULES[x]] += 1
    if not q['r']: clean += 1
for c in A:
    r, u, _ = lib.ACC_LABELS[c]
    for x in r: cnt[lib.RULES[x]] += 1
    for x in u: unc[lib.RULES[x]] += 1
N = len(P)
print(f"accounts {len(A)} posts {N} clean {clean} ({clean/N:.0%}) media {media_n-1} names {len(names)} register {len(reg)}")
for k in lib.RULES.values():
    print(f"  {k:24s} {cnt[k]:4d} ({cnt[k]/max(N,1):.1%})  unsure {unc[k]}")
print('dialect/slang posts:', sum(1 for q in P if q['d']), f"({sum(1 for q in P if q['d'])/N:.0%})")
per = collections.Counter(q['a'] for q in P)
print('per account:', dict(per))
if '-v' in sys.argv:
    print('names:', names)
print('ERRORS:' if errs else 'no errors', *errs[:50], sep='\n')
