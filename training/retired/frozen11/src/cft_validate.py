#!/usr/bin/env python3
"""Validate frozen11/cft."""
import collections, csv, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'cft')
RULES = {'disclaimer-missing', 'name-leak', 'sensitive-info', 'family-photo', 'geotag',
         'location-disclosure', 'logo-misuse', 'criticism', 'advice-to-family',
         'controversial-official', 'contact-details', 'privacy-settings'}
ACC_RULES = {'disclaimer-missing', 'privacy-settings'}
PLATFORMS = {'x', 'facebook', 'instagram', 'blog', 'bluesky', 'mastodon', 'linkedin'}
errs = []


def err(m):
    errs.append(m)


recs = [json.loads(l) for l in open(os.path.join(OUT, 'bundle.jsonl'), encoding='utf-8')]
labs = [json.loads(l) for l in open(os.path.join(OUT, 'labels.jsonl'), encoding='utf-8')]
if len(recs) != len(labs):
    err('labels count mismatch')
for r, l in zip(recs, labs):
    if r['id'] != l['subject']:
        err(f'order mismatch {r["id"]} {l["subject"]}')
    if set(l) != {'subject', 'rules', 'unsure', 'why'} or not l['why']:
        err(f'label keys/why {l["subject"]}')
    for x in l['rules'] + l['unsure']:
        if x not in RULES:
            err(f'bad rule {x} on {r["id"]}')
    if set(l['rules']) & set(l['unsure']):
        err(f'rule both sure and unsure {r["id"]}')
    if len(set(l['rules'])) != len(l['rules']):
        err(f'dup rule {r["id"]}')
    allr = set(l['rules']) | set(l['unsure'])
    if r['kind'] == 'account' and allr - ACC_RULES:
        err(f'post rule on account {r["id"]}')
    if r['kind'] == 'post' and allr & ACC_RULES:
        err(f'account rule on post {r["id"]}')
ids = [r['id'] for r in recs]
dup = [i for i, c in collections.Counter(ids).items() if c > 1]
if dup:
    err(f'dup ids {dup}')
kinds = [r['kind'] for r in recs]
nacc = kinds.count('account')
if kinds != ['account'] * nacc + ['post'] * (len(kinds) - nacc):
    err('accounts not first')
accs = {r['id']: r for r in recs if r['kind'] == 'account'}
posts = [r for r in recs if r['kind'] == 'post']
byid = {p['id']: p for p in posts}
if nacc != 18 or sum(a['role'] == 'official' for a in accs.values()) != 3:
    err('account counts')
for a in accs.values():
    if a['platform'] not in PLATFORMS:
        err(f'platform {a["id"]}')
    exp = f'blog:{a["handle"]}' if a['platform'] == 'blog' else f'{a["platform"]}:@{a["handle"]}'
    if a['id'] != exp:
        err(f'account id form {a["id"]}')
if len(posts) < 250:
    err(f'only {len(posts)} posts')
acc_order = list(accs)
last_idx, last_time = -1, {}
for p in posts:
    if p['account_id'] not in accs:
        err(f'unknown account {p["id"]}')
        continue
    i = acc_order.index(p['account_id'])
    if i < last_idx:
        err(f'post grouping {p["id"]}')
    last_idx = i
    if p['created_at'] < last_time.get(i, ''):
        err(f'time order {p["id"]}')
    last_time[i] = p['created_at']
    if not ('2030-05-01T00:00:00Z' <= p['created_at'] <= '2030-10-31T23:59:59Z'):
        err(f'date {p["id"]}')
    if not re.fullmatch(r'2030-\d\d-\d\dT\d\d:\d\d:\d\dZ', p['created_at']):
        err(f'date fmt {p["id"]}')
    plat, num = p['id'].split(':', 1)
    if plat != p['platform'] or plat != accs[p['account_id']]['platform']:
        err(f'platform mismatch {p["id"]}')
    if not re.fullmatch(r'80\d{17}', num):
        err(f'id prefix {p["id"]}')
    if p['visibility'] not in ('public', 'friends'):
        err(f'vis {p["id"]}')
    if not p['text'].strip():
        err(f'empty text {p["id"]}')
    for m in p['media']:
        if not m['alt_text'] or not re.fullmatch(r'media/c\d{3}\.(jpg|mp4)', m['path']):
            err(f'media {p["id"]}')
    irt = p['in_reply_to']
    if irt:
        t = irt['post_id']
        if t in byid:
            tp = byid[t]
            if tp['platform'] != p['platform'] or irt['account'] != tp['account_id']:
                err(f'thread platform/account {p["id"]}')
            if tp['created_at'] >= p['created_at']:
                err(f'reply before target {p["id"]}')
        else:
            tplat, tnum = t.split(':', 1)
            if tplat != p['platform'] or not re.fullmatch(r'9899\d{15}', tnum):
                err(f'ext target {p["id"]} {t}')
            if irt['account'] in accs:
                err(f'ext target account enrolled {p["id"]}')
    g = p['geo']
    if g and not (set(g) == {'lat', 'lon', 'place_name'} and -90 <= g['lat'] <= 90):
        err(f'geo {p["id"]}')
lab = {l['subject']: l for l in labs}
for p in posts:
    l = lab[p['id']]
    if ('geotag' in l['rules'] or 'geotag' in l['unsure']) != bool(p['geo']):
        err(f'geotag label vs geo {p["id"]}')
    if ('family-photo' in l['rules'] or 'logo-misuse' in l['rules']) and not p['media']:
        err(f'photo rule without media {p["id"]}')
    if 'controversial-official' in l['rules'] and accs[p['account_id']]['role'] != 'official':
        err(f'controversial on personal {p["id"]}')
    if 'logo-misuse' in l['rules'] + l['unsure'] and accs[p['account_id']]['role'] != 'personal':
        err(f'logo on official {p["id"]}')
# register
names = [row['name'] for row in csv.DictReader(open(os.path.join(OUT, 'register.csv'), encoding='utf-8'))]
alltext = '\n'.join(p['text'] + ' ' + (p['in_reply_to'] or {}).get('account', '') for p in posts).lower()
for n in names:
    if not re.search(r'(?<![a-z])' + re.escape(n.lower()) + r'(?![a-z])', alltext):
        err(f'register name not in posts: {n}')
pol = open(os.path.join(OUT, 'policy.toml'), encoding='utf-8').read()
if pol != '# frozen11: pack plus this set\'s partial protected-names register\nextends = "childrens-family-trust"\n[names]\nregister = "register.csv"\n':
    err('policy.toml content')
for line in open(os.path.join(OUT, 'SHA256SUMS')):
    h, fn = line.split()
    if hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest() != h:
        err(f'sha mismatch {fn}')
for e in errs:
    print('ERROR', e)
pos, uns = collections.Counter(), collections.Counter()
for l in labs:
    pos.update(l['rules']); uns.update(l['unsure'])
clean = sum(1 for p in posts if not lab[p['id']]['rules'])
print(f'accounts {nacc} posts {len(posts)} media {sum(len(p["media"]) for p in posts)} '
      f'geo {sum(1 for p in posts if p["geo"])} replies {sum(1 for p in posts if p["in_reply_to"])} '
      f'clean {clean} ({100*clean/len(posts):.1f}%) register {len(names)}')
for r in sorted(RULES):
    print(f'  {r:24s} pos {pos[r]:3d} unsure {uns[r]:3d}')
print('OK' if not errs else f'{len(errs)} errors')
sys.exit(1 if errs else 0)
