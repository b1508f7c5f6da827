#!/usr/bin/env python3
import json, os, sys, collections, re
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cft')
RULES = {'disclaimer-missing', 'name-leak', 'sensitive-info', 'family-photo', 'geotag', 'location-disclosure',
         'logo-misuse', 'criticism', 'advice-to-family', 'controversial-official', 'contact-details', 'privacy-settings'}
ACC_ONLY = {'disclaimer-missing', 'privacy-settings'}
NO_CLAUSE = {'geotag', 'logo-misuse', 'advice-to-family', 'contact-details'}  # CFT policy has no clause
errs = []
recs = [json.loads(l) for l in open(os.path.join(D, 'bundle.jsonl'), encoding='utf-8')]
labs = [json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8')]
ids = [r['id'] for r in recs]
if len(ids) != len(set(ids)): errs.append('duplicate ids')
accts = {r['id']: r for r in recs if r['kind'] == 'account'}
posts = [r for r in recs if r['kind'] == 'post']
seen_post = False
for r in recs:
    if r['kind'] == 'post': seen_post = True
    elif seen_post: errs.append('account after posts ' + r['id'])
last = {}; order = []
byid = {p['id']: p for p in posts}
for p in posts:
    if p['account_id'] not in accts: errs.append('no account ' + p['id'])
    if not re.fullmatch(r'[a-z]+:84\d{17}', p['id']): errs.append('bad id ' + p['id'])
    if not ('2031-05-01T00:00:00Z' <= p['created_at'] <= '2031-10-31T23:59:59Z'): errs.append('time ' + p['id'])
    if p['account_id'] in last and p['created_at'] <= last[p['account_id']]: errs.append('order ' + p['id'])
    last[p['account_id']] = p['created_at']
    if order and order[-1] != p['account_id'] and p['account_id'] in order: errs.append('account posts not contiguous ' + p['id'])
    order.append(p['account_id'])
    irt = p['in_reply_to']
    if irt:
        pid = irt['post_id']
        if pid in byid:
            if byid[pid]['platform'] != p['platform'] or byid[pid]['created_at'] >= p['created_at']: errs.append('thread ' + p['id'])
        elif not pid.split(':')[1].startswith('9903') or irt['account'] in accts: errs.append('ext reply ' + p['id'])
    for m in p['media']:
        if not re.fullmatch(r'media/d\d{3}\.(jpg|mp4)', m['path']) or not m['alt_text']: errs.append('media ' + p['id'])
    if p['visibility'] not in ('public', 'friends'): errs.append('vis ' + p['id'])
subj = collections.Counter(l['subject'] for l in labs)
if set(subj) != set(ids) or any(v != 1 for v in subj.values()): errs.append('label coverage')
for l in labs:
    rs = set(l['rules']) | set(l['unsure'])
    if not rs <= RULES: errs.append('unknown rule ' + l['subject'])
    if set(l['rules']) & set(l['unsure']): errs.append('rule both sure and unsure ' + l['subject'])
    if l['subject'] in accts:
        if not rs <= ACC_ONLY: errs.append('account rule ' + l['subject'])
        if accts[l['subject']]['role'] == 'official' and rs: errs.append('official account labelled')
    else:
        if rs & ACC_ONLY: errs.append('post has account rule ' + l['subject'])
        if set(l['rules']) & NO_CLAUSE: errs.append('no-clause rule in rules ' + l['subject'])
        p = byid[l['subject']]
        if 'geotag' in rs and not p['geo']: errs.append('geotag w/o geo ' + l['subject'])
        if p['geo'] and 'geotag' not in rs: errs.append('geo not labelled ' + l['subject'])
        if 'family-photo' in l['rules'] and not p['media']: errs.append('photo rule w/o media ' + l['subject'])
        if 'controversial-official' in rs and accts[p['account_id']]['role'] != 'official': errs.append('CO on personal ' + l['subject'])
print('\n'.join(errs) if errs else 'VALID')
# stats
lab = {l['subject']: l for l in labs}
c = collections.Counter(); u = collections.Counter()
for l in labs:
    c.update(l['rules']); u.update(l['unsure'])
clean = sum(1 for p in posts if not lab[p['id']]['rules'])
print('accounts', len(accts), collections.Counter(a['role'] for a in accts.values()))
print('posts', len(posts), 'clean(no rule)', clean, f'{clean/len(posts):.1%}', 'fully clean (no rule, no unsure)',
      sum(1 for p in posts if not lab[p['id']]['rules'] and not lab[p['id']]['unsure']))
print('media', sum(len(p['media']) for p in posts), 'posts with media', sum(1 for p in posts if p['media']),
      'geo', sum(1 for p in posts if p['geo']), 'replies', sum(1 for p in posts if p['in_reply_to']),
      'in-bundle replies', sum(1 for p in posts if p['in_reply_to'] and p['in_reply_to']['post_id'] in byid))
print('dates', min(p['created_at'] for p in posts), max(p['created_at'] for p in posts))
for r in sorted(RULES): print(f'  {r:24s} rules={c[r]:3d} unsure={u[r]:3d}')
print('per account:')
for a in accts:
    ps = [p for p in posts if p['account_id'] == a]
    print(f'  {a:40s} {len(ps):3d} clean={sum(1 for p in ps if not lab[p["id"]]["rules"])}')
print('langs', collections.Counter(p['lang'] for p in posts), 'vis', collections.Counter(p['visibility'] for p in posts))
