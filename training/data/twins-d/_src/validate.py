import json, sys, re, tomllib
TW = {"disclaimer-missing","privacy-settings","name-leak","sensitive-info","family-photo","geotag","location-disclosure","logo-misuse","criticism","advice-to-family","controversial-official","contact-details"}
ACC = {"disclaimer-missing","privacy-settings"}
for out, pack, idp in [('/work/train-d/twins-d','/work/main/socialaudit/packs/twins-trust-fcs.toml','9740'),('/work/train-d/cft-d','/work/main/socialaudit/packs/childrens-family-trust.toml','9741')]:
    P = tomllib.load(open(pack,'rb'))['rules']
    enabled = {r for r,v in P.items() if v.get('enabled', True)}
    recs = [json.loads(l) for l in open(out+'/bundle.jsonl')]
    labs = [json.loads(l) for l in open(out+'/labels.jsonl')]
    accts = {r['id']: r for r in recs if r['kind']=='account'}
    posts = [r for r in recs if r['kind']=='post']
    errs = []
    kinds = [r['kind'] for r in recs]
    if kinds != sorted(kinds): errs.append('accounts not first')
    ids = [r['id'] for r in recs]
    if len(set(ids)) != len(ids): errs.append('dup ids')
    L = {}
    for l in labs:
        if l['subject'] in L: errs.append('dup label '+l['subject'])
        L[l['subject']] = l
    if set(L) != set(ids): errs.append('label/subject mismatch')
    for p in posts:
        if p['account_id'] not in accts: errs.append('no account '+p['id'])
        if not re.fullmatch(p['platform']+':'+idp+r'\d{5}', p['id']): errs.append('bad id '+p['id'])
        if not ('2025-06-01' <= p['created_at'][:10] <= '2026-11-30') or not p['created_at'].endswith('Z'): errs.append('date '+p['id'])
        if p['in_reply_to'] and p['in_reply_to']['post_id'] in L and p['in_reply_to']['account'] != next(x for x in posts if x['id']==p['in_reply_to']['post_id'])['account_id']: errs.append('reply acct '+p['id'])
    for s, l in L.items():
        k = 'account' if s in accts else 'post'
        for r in l['rules'] + l['unsure']:
            if r not in TW: errs.append('bad rule '+r)
            if r not in enabled: errs.append(f'disabled rule {r} on {s}')
            if (r in ACC) != (k=='account'): errs.append(f'{r} on {k} {s}')
        for r in l['rules']:
            if l['clauses'].get(r) != P[r]['clause']: errs.append(f'clause {r} {s}')
        if set(l['rules']) & set(l['unsure']): errs.append('overlap '+s)
        if 'controversial-official' in l['rules']+l['unsure'] and accts[next(p for p in posts if p['id']==s)['account_id']]['role']!='official': errs.append('V personal '+s)
    print(out, 'accounts', len(accts), 'posts', len(posts), 'official posts', sum(accts[p['account_id']]['role']=='official' for p in posts), 'geo', sum(1 for p in posts if p['geo']), 'media', sum(len(p['media']) for p in posts), 'replies', sum(1 for p in posts if p['in_reply_to']), 'ERRORS', errs[:10] or 'none')
