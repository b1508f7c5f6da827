#!/usr/bin/env python3
"""Build frozen5 bundles from hand-written sources; validate. stdlib only.
Source line: acct|codes|unsure|extras|text|why   (codes are letters, see CODE)"""
import json, sys, os, hashlib, random, datetime, collections

CODE = {'N':'name-leak','S':'sensitive-info','P':'family-photo','G':'geotag','L':'location-disclosure',
        'O':'logo-misuse','C':'criticism','A':'advice-to-family','V':'controversial-official',
        'T':'contact-details','D':'disclaimer-missing','R':'privacy-settings'}
RULES = set(CODE.values())
ACCT_RULES = {'disclaimer-missing','privacy-settings'}
CLAUSE = {
 'twins': {'N':'Post content 1 (names)','S':'Post content 1 (sensitive/private info)','P':'Photos',
   'G':'Post content 3 (location sharing)','L':'Post content 3 (family location)','O':'Personal use: logos without permission',
   'C':'Personal use: be respectful','A':'Post content 11 (no advice to families)','V':'Post content 12 / personal use: disrepute',
   'T':'Post content 4 (official contact details)','D':'Post content 7 (disclaimers)','R':'Post content 6 / 3 (privacy, location sharing)'},
 'cft': {'N':'Confidentiality (no information about a child)','S':'Confidentiality (no information about a child)',
   'P':'Confidentiality (no photographs of children)','G':'Confidentiality / privacy settings','L':'Confidentiality (where a child is)',
   'O':'(no CFT logo clause)','C':'Personal activity (publicly criticising CFT, colleagues, carers, partners)',
   'A':'(no CFT advice clause)','V':'Official activity (second pair of eyes)','T':'(no CFT contact clause)',
   'D':'Personal activity (personal opinions explicit)','R':'Personal activity (privacy settings)'},
}
URLS = {'x':'https://x.com/{h}/status/{n}','facebook':'https://www.facebook.com/{h}/posts/{n}',
 'instagram':'https://www.instagram.com/p/{n}/','bluesky':'https://bsky.app/profile/{h}/post/{n}',
 'mastodon':'https://{inst}/@{u}/{n}','linkedin':'https://www.linkedin.com/feed/update/urn:li:activity:{n}/',
 'blog':'https://{h}/{y}/{m}/post-{n}/'}

def build(org):
    here = os.path.dirname(os.path.abspath(__file__))
    accts = json.load(open(os.path.join(here, org + '_accounts.json')))
    cfg = {'twins': ('9850', '9859', 'twins-trust-fcs'), 'cft': ('9860', '9869', 'childrens-family-trust')}[org]
    pre, extpre, orgname = cfg
    rng = random.Random(org + '5')
    lines = []
    for fn in sorted(os.listdir(here)):
        if fn.startswith(org + '_posts') and fn.endswith('.txt'):
            for i, l in enumerate(open(os.path.join(here, fn), encoding='utf-8')):
                l = l.rstrip('\n')
                if not l.strip() or l.startswith('#'):
                    continue
                f = l.split('|')
                if len(f) not in (5, 6):
                    sys.exit(f'{fn}:{i+1}: {len(f)} fields: {l[:60]}')
                lines.append((fn, i + 1, f))
    byhandle = {a['key']: a for a in accts}
    out, labels = [], []
    for a in accts:
        rec = {k: a[k] for k in ('id','platform','handle','display_name','role','bio','about_text','website','is_public','location_sharing')}
        out.append(dict(kind='account', **rec))
        why = a.get('why') or '; '.join(CLAUSE[org][c] for c in a['codes']) or 'clean account'
        labels.append({'subject': a['id'], 'rules': [CODE[c] for c in a['codes']],
                       'unsure': [CODE[c] for c in a.get('unsure','')], 'why': why})
    start = datetime.datetime(2027,5,1,6,0); end = datetime.datetime(2027,10,31,21,0)
    step = (end - start) / len(lines)
    n = int(pre + '0'*15); ids = {}; mcount = 0
    for k, (fn, ln, f) in enumerate(lines):
        acct, codes, uns, extras, text = [x.strip() for x in f[:5]]
        why = f[5].strip() if len(f) == 6 else ''
        if acct not in byhandle: sys.exit(f'{fn}:{ln}: unknown account {acct}')
        a = byhandle[acct]; plat = a['platform']
        n += rng.randint(1000, 9_000_000_000)
        pid = f'{plat}:{n}'
        t = start + step * k + datetime.timedelta(seconds=rng.randint(0, int(step.total_seconds()) - 60))
        ex = {}
        for e in [x for x in extras.split(';') if x.strip()]:
            kk, _, vv = e.partition('=')
            ex.setdefault(kk.strip(), []).append(vv.strip())
        media = []
        for alt in ex.get('alt', []):
            mcount += 1
            typ = 'video' if alt.startswith('VIDEO ') else 'photo'
            alt = alt[6:] if typ == 'video' else alt
            media.append({'type': typ, 'path': f'media/{org[0]}{mcount:03d}.' + ('mp4' if typ=='video' else 'jpg'),
                          'alt_text': None if alt == 'NONE' else alt})
        geo = None
        if 'geo' in ex:
            la, lo, pl = ex['geo'][0].split(',', 2)
            geo = {'lat': float(la), 'lon': float(lo), 'place_name': pl}
        rep = None
        if 're' in ex:
            r = ex['re'][0]
            if r.startswith('@'):
                extn = int(extpre + '0'*15) + rng.randint(10**9, 10**14)
                rep = {'account': f'{plat}:{r}', 'post_id': f'{plat}:{extn}'}
            else:
                if r not in ids: sys.exit(f'{fn}:{ln}: reply target {r} unknown/later')
                tgt = ids[r]
                if tgt[1] != plat: sys.exit(f'{fn}:{ln}: cross-platform reply')
                rep = {'account': tgt[2], 'post_id': tgt[0]}
        if 'id' in ex: ids[ex['id'][0]] = (pid, plat, a['id'])
        vis = ex.get('vis', [a.get('vis', 'public')])[0]
        h = a['handle']; num = str(n)
        if plat == 'mastodon':
            u, inst = h.split('@'); url = URLS[plat].format(inst=inst, u=u, n=num)
        else:
            url = URLS[plat].format(h=h, n=num, y=t.year, m=f'{t.month:02d}')
        out.append({'kind':'post','id':pid,'account_id':a['id'],'platform':plat,
                    'created_at': t.strftime('%Y-%m-%dT%H:%M:%SZ'),'text':text,'url':url,'lang':'en',
                    'in_reply_to':rep,'geo':geo,'media':media,'visibility':vis})
        rl = [CODE[c] for c in codes]; ul = [CODE[c] for c in uns]
        note = '; '.join(CLAUSE[org][c] for c in codes + uns)
        w = (why + (' — ' + note if note else '')) if why else (note or 'clean')
        labels.append({'subject': pid, 'rules': rl, 'unsure': ul, 'why': w})
    d = os.path.join(os.path.dirname(here), org)
    with open(os.path.join(d, 'bundle.jsonl'), 'w', encoding='utf-8') as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(d, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for r in labels: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(d, 'register.csv'), 'w', encoding='utf-8') as fh:
        fh.write('name\n')
        for nm in json.load(open(os.path.join(here, org + '_register.json'))): fh.write(nm + '\n')
    with open(os.path.join(d, 'policy.toml'), 'w') as fh:
        fh.write(f'# frozen5: pack plus this set\'s partial protected-names register\nextends = "{orgname}"\n\n[names]\nregister = "register.csv"\n')

def validate(org):
    d = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), org)
    pre = {'twins': '9850', 'cft': '9860'}[org]; extpre = {'twins':'9859','cft':'9869'}[org]
    recs = [json.loads(l) for l in open(os.path.join(d, 'bundle.jsonl'), encoding='utf-8')]
    labs = [json.loads(l) for l in open(os.path.join(d, 'labels.jsonl'), encoding='utf-8')]
    err = []
    ids = [r['id'] for r in recs]
    if len(ids) != len(set(ids)): err.append('duplicate ids')
    kinds = [r['kind'] for r in recs]
    if kinds != sorted(kinds): err.append('accounts not first')  # 'account' < 'post'
    acc = {r['id']: r for r in recs if r['kind']=='account'}
    posts = [r for r in recs if r['kind']=='post']
    times = [p['created_at'] for p in posts]
    if times != sorted(times): err.append('posts not in time order')
    byid = {p['id']: p for p in posts}
    for p in posts:
        num = p['id'].split(':')[1]
        if not (len(num)==19 and num.startswith(pre)): err.append('bad id ' + p['id'])
        if not ('2027-05-01' <= p['created_at'][:10] <= '2027-10-31'): err.append('bad date ' + p['id'])
        if p['account_id'] not in acc: err.append('no account ' + p['id'])
        if p['platform'] != p['account_id'].split(':')[0]: err.append('platform mismatch ' + p['id'])
        r = p['in_reply_to']
        if r:
            if r['post_id'] in byid:
                if byid[r['post_id']]['created_at'] >= p['created_at']: err.append('reply before parent ' + p['id'])
            elif not r['post_id'].split(':')[1].startswith(extpre): err.append('bad ext reply ' + p['id'])
    subj = [l['subject'] for l in labs]
    if sorted(subj) != sorted(ids) or len(subj) != len(set(subj)): err.append('labels != subjects')
    for l in labs:
        for rr in l['rules'] + l['unsure']:
            if rr not in RULES: err.append('unknown rule ' + rr)
        if set(l['rules']) & set(l['unsure']): err.append('rule both sure and unsure ' + l['subject'])
        isacc = l['subject'] in acc
        if not isacc and set(l['rules']+l['unsure']) & ACCT_RULES: err.append('account rule on post ' + l['subject'])
        if isacc and set(l['rules']+l['unsure']) - ACCT_RULES: err.append('post rule on account ' + l['subject'])
        if l['subject'] in byid and 'controversial-official' in l['rules'] and acc[byid[l['subject']]['account_id']]['role'] != 'official':
            err.append('controversial on personal ' + l['subject'])
    uns = sum(1 for l in labs if l['unsure']); share = uns / len(labs)
    if share >= 0.06: err.append(f'unsure share {share:.3f}')
    pos = collections.Counter(r for l in labs for r in l['rules'])
    un = collections.Counter(r for l in labs for r in l['unsure'])
    plat = collections.Counter(p['platform'] for p in posts)
    print(f'== {org}: {len(acc)} accounts, {len(posts)} posts, media {sum(len(p["media"]) for p in posts)}, '
          f'geo {sum(1 for p in posts if p["geo"])}, replies {sum(1 for p in posts if p["in_reply_to"])}, '
          f'clean posts {sum(1 for l in labs if l["subject"] in byid and not l["rules"])}, unsure subjects {uns} ({share:.1%})')
    print('  platforms:', dict(sorted(plat.items())))
    for r in sorted(RULES): print(f'  {r:24s} +{pos[r]:3d}  unsure {un[r]}')
    print('  ERRORS:' if err else '  OK', *err[:30], sep='\n   ')
    return not err

if __name__ == '__main__':
    ok = True
    for org in sys.argv[1:] or ['twins', 'cft']:
        build(org); ok &= validate(org)
    sys.exit(0 if ok else 1)
