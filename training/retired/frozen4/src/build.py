#!/usr/bin/env python3
"""Build + validate frozen4 bundles from hand-written .src files (stdlib only).
Usage: build.py SRC OUTDIR ORG PREFIX EXTPREFIX"""
import json, sys, re, os, hashlib, datetime, collections, csv

RULES = {'nl':'name-leak','si':'sensitive-info','fp':'family-photo','geo':'geotag',
 'loc':'location-disclosure','logo':'logo-misuse','crit':'criticism','adv':'advice-to-family',
 'pol':'controversial-official','cd':'contact-details','dm':'disclaimer-missing','ps':'privacy-settings'}
ACCT_RULES = {'disclaimer-missing','privacy-settings'}
ALL = set(RULES.values())

def rl(s):
    s = s.strip()
    if s in ('', '-'): return []
    out = []
    for t in s.split(','):
        t = t.strip()
        out.append(RULES.get(t, t))
    return out

def tobool(s):
    return {'true':True,'false':False,'null':None}[s.strip()]

def main():
    src, outdir, org, prefix, extprefix = sys.argv[1:6]
    accts, posts, errs = [], [], []
    cur = None
    for ln, line in enumerate(open(src, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'): continue
        if line.startswith('A '):
            f = [x.strip() for x in line[2:].split('|')]
            if len(f) != 10: errs.append(f'{ln}: account fields {len(f)}'); continue
            key, plat, handle, disp, role, pub, loc, r, u, why = f
            aid = f'blog:{handle}' if plat == 'blog' else f'{plat}:@{handle}'
            cur = dict(_key=key, _line=ln, kind='account', id=aid, platform=plat, handle=handle,
                display_name=disp, role=role, bio=None, about_text=None, website=None,
                is_public=tobool(pub), location_sharing=tobool(loc), _r=rl(r), _u=rl(u), _why=why)
            accts.append(cur)
        elif line.startswith('P '):
            f = line[2:].split('|', 5)
            if len(f) != 6: errs.append(f'{ln}: post fields {len(f)}'); continue
            acct, dt, r, u, why, text = [x.strip() for x in f]
            cur = dict(_line=ln, _acct=acct, _dt=dt, _r=rl(r), _u=rl(u), _why=why,
                       text=text.replace('\\n', '\n'), media=[], geo=None, _re=None, _vis=None, _id=None)
            posts.append(cur)
        elif line.startswith('  '):
            k, _, v = line.strip().partition(':'); v = v.strip()
            if cur is None: errs.append(f'{ln}: orphan option'); continue
            if k == 'bio': cur['bio'] = v
            elif k == 'about': cur['about_text'] = v.replace('\\n', '\n')
            elif k == 'web': cur['website'] = v
            elif k in ('alt', 'video'): cur['media'].append((k, v))
            elif k == 'geo':
                a, b, c = [x.strip() for x in v.split(',', 2)]
                cur['geo'] = {'lat': float(a), 'lon': float(b), 'place_name': c}
            elif k == 're': cur['_re'] = v
            elif k == 'vis': cur['_vis'] = v
            elif k == 'id': cur['_id'] = v
            else: errs.append(f'{ln}: unknown option {k}')
        else:
            errs.append(f'{ln}: unparsed line')
    akey = {a['_key']: a for a in accts}
    for p in posts:
        if p['_acct'] not in akey: errs.append(f"{p['_line']}: unknown account {p['_acct']}")
        try:
            p['_ts'] = datetime.datetime.strptime(p['_dt'], '%Y-%m-%d %H:%M')
        except ValueError:
            errs.append(f"{p['_line']}: bad date {p['_dt']}"); p['_ts'] = datetime.datetime(2026,11,1)
        if not (datetime.datetime(2026,11,1) <= p['_ts'] < datetime.datetime(2027,5,1)):
            errs.append(f"{p['_line']}: date out of range")
    if errs: print('\n'.join(errs)); sys.exit(1)
    # stable sort by time, assign ids
    for p in posts:
        p['_ts'] = p['_ts'] + datetime.timedelta(seconds=p['_line'] % 53)
    order = sorted(range(len(posts)), key=lambda i: (posts[i]['_ts'], i))
    seen_ts = set()
    byid = {}
    ext_n = 0
    media_n = 0
    recs = []
    for n, i in enumerate(order, 1):
        p = posts[i]; a = akey[p['_acct']]
        num = f'{prefix}{(n * 7919 + 104729) :015d}'
        assert len(num) == 19
        p['id'] = f"{a['platform']}:{num}"
        if p['_id']:
            if p['_id'] in byid: errs.append(f"{p['_line']}: dup key {p['_id']}")
            byid[p['_id']] = p
    for i in order:
        p = posts[i]; a = akey[p['_acct']]
        ts = p['_ts']
        if ts in seen_ts: errs.append(f"{p['_line']}: duplicate timestamp")
        seen_ts.add(ts)
        created = ts.strftime('%Y-%m-%dT%H:%M:%SZ')
        irt = None
        vis = p['_vis'] or ('friends' if a['is_public'] is False else 'public')
        if p['_re']:
            if p['_re'].startswith('ext '):
                ext_n += 1
                h = p['_re'][4:].strip()
                eacct = f'blog:{h}' if a['platform'] == 'blog' else f"{a['platform']}:{h if h.startswith('@') else '@'+h}"
                irt = {'account': eacct, 'post_id': f"{a['platform']}:{extprefix}{ext_n * 1301 + 5000:015d}"}
            else:
                par = byid.get(p['_re'])
                if not par: errs.append(f"{p['_line']}: unknown reply target {p['_re']}"); continue
                if par['_ts'] >= p['_ts']: errs.append(f"{p['_line']}: reply not after parent")
                if akey[par['_acct']]['platform'] != a['platform']: errs.append(f"{p['_line']}: cross-platform reply")
                irt = {'account': akey[par['_acct']]['id'], 'post_id': par['id']}
        media = []
        for k, v in p['media']:
            media_n += 1
            media.append({'type': 'video' if k == 'video' else 'photo',
                          'path': f"media/m{media_n:03d}.{'mp4' if k == 'video' else 'jpg'}", 'alt_text': v})
        num = p['id'].split(':')[1]
        h = a['handle']
        url = {'x': f'https://x.com/{h}/status/{num}', 'bluesky': f'https://bsky.app/profile/{h}/post/{num}',
               'mastodon': f'https://mastodon.social/@{h}/{num}', 'facebook': f'https://www.facebook.com/{h}/posts/{num}',
               'instagram': f'https://www.instagram.com/p/{num}/', 'linkedin': f'https://www.linkedin.com/feed/update/urn:li:activity:{num}',
               'blog': f'https://{h}/{ts.strftime("%Y/%m")}/{num}'}[a['platform']]
        recs.append(({'kind': 'post', 'id': p['id'], 'account_id': a['id'], 'platform': a['platform'],
                      'created_at': created, 'text': p['text'], 'url': url, 'lang': 'en', 'in_reply_to': irt,
                      'geo': p['geo'], 'media': media, 'visibility': vis},
                     {'subject': p['id'], 'rules': p['_r'], 'unsure': p['_u'], 'why': p['_why']}))
    arecs = []
    for a in accts:
        rec = {k: v for k, v in a.items() if not k.startswith('_')}
        rec = {k: rec[k] for k in ['kind','id','platform','handle','display_name','role','bio','about_text','website','is_public','location_sharing']}
        arecs.append((rec, {'subject': a['id'], 'rules': a['_r'], 'unsure': a['_u'], 'why': a['_why']}))
    allrecs = arecs + recs
    # ---- validation ----
    ids = [r['id'] for r, _ in allrecs]
    dup = [k for k, c in collections.Counter(ids).items() if c > 1]
    if dup: errs.append(f'duplicate ids {dup}')
    for r, l in allrecs:
        for rule in l['rules'] + l['unsure']:
            if rule not in ALL: errs.append(f"{l['subject']}: bad rule {rule}")
        if set(l['rules']) & set(l['unsure']): errs.append(f"{l['subject']}: rule both sure and unsure")
        if len(set(l['rules'])) != len(l['rules']): errs.append(f"{l['subject']}: dup rule")
        if r['kind'] == 'account' and set(l['rules'] + l['unsure']) - ACCT_RULES: errs.append(f"{l['subject']}: post rule on account")
        if r['kind'] == 'post' and set(l['rules'] + l['unsure']) & ACCT_RULES: errs.append(f"{l['subject']}: account rule on post")
        if not l['why']: errs.append(f"{l['subject']}: empty why")
        if r['kind'] == 'post':
            pid = r['id'].split(':')[1]
            if not (len(pid) == 19 and pid.startswith(prefix)): errs.append(f'{r["id"]}: bad id')
            if 'controversial-official' in l['rules']:
                if next(a for a, _ in arecs if a['id'] == r['account_id'])['role'] != 'official':
                    errs.append(f'{r["id"]}: pol on personal')
    times = [r['created_at'] for r, _ in recs]
    if times != sorted(times): errs.append('posts not in time order')
    texts = [r['text'].strip().lower() for r, _ in recs]
    dt = [k for k, c in collections.Counter(texts).items() if c > 1]
    if dt: errs.append(f'duplicate texts: {dt[:3]}')
    for r, _ in recs:
        for m in re.findall(r'\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b', r['text']):
            d = m.replace(' ', '')
            if not (d.startswith('07700900') or d.startswith('01632960') or d in ('08001380509','08001380905','08001385090','08001830509')):
                errs.append(f"{r['id']}: non-drama phone {m}")
    subj_unsure = sum(1 for _, l in allrecs if l['unsure'])
    pairs_sure = sum(len(l['rules']) for _, l in allrecs); pairs_unsure = sum(len(l['unsure']) for _, l in allrecs)
    share = subj_unsure / len(allrecs); pshare = pairs_unsure / max(1, pairs_sure + pairs_unsure)
    if share >= 0.06 or pshare >= 0.06: errs.append(f'unsure share too high {share:.3f} {pshare:.3f}')
    # register names must appear
    reg = os.path.join(outdir, 'register.csv')
    if os.path.exists(reg):
        names = [row['name'] for row in csv.DictReader(open(reg, encoding='utf-8'))]
        alltext = ' '.join(r['text'] + ' ' + ' '.join(m['alt_text'] or '' for m in r['media']) for r, _ in recs).lower()
        for nm in names:
            if nm.lower() not in alltext: errs.append(f'register name unused: {nm}')
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    with open(os.path.join(outdir, 'bundle.jsonl'), 'w', encoding='utf-8') as fb, \
         open(os.path.join(outdir, 'labels.jsonl'), 'w', encoding='utf-8') as fl:
        for r, l in allrecs:
            fb.write(json.dumps(r, ensure_ascii=False) + '\n'); fl.write(json.dumps(l, ensure_ascii=False) + '\n')
    # re-read check
    b = [json.loads(x) for x in open(os.path.join(outdir, 'bundle.jsonl'), encoding='utf-8')]
    L = [json.loads(x) for x in open(os.path.join(outdir, 'labels.jsonl'), encoding='utf-8')]
    assert [x['id'] for x in b] == [x['subject'] for x in L]
    plat = collections.Counter(r['platform'] for r, _ in recs)
    pos = collections.Counter(x for _, l in allrecs for x in l['rules'])
    uns = collections.Counter(x for _, l in allrecs for x in l['unsure'])
    clean = sum(1 for r, l in recs if not l['rules'])
    stats = {'accounts': len(arecs), 'posts': len(recs), 'per_platform': dict(sorted(plat.items())),
             'positives': {k: pos.get(k, 0) for k in RULES.values()}, 'unsure': {k: uns.get(k, 0) for k in RULES.values() if uns.get(k)},
             'clean_posts': clean, 'replies': sum(1 for r, _ in recs if r['in_reply_to']),
             'media': sum(len(r['media']) for r, _ in recs), 'geotagged': sum(1 for r, _ in recs if r['geo']),
             'unsure_subject_share': round(share, 4), 'unsure_pair_share': round(pshare, 4)}
    json.dump(stats, open(os.path.join(outdir, '..', 'src', f'{org}.stats.json'), 'w'), indent=1)
    print(json.dumps(stats, indent=1))
    print('OK')

main()
