import json,re
RULES={"disclaimer-missing","name-leak","sensitive-info","family-photo","geotag","location-disclosure","logo-misuse","criticism","advice-to-family","controversial-official","contact-details","privacy-settings"}
b=[json.loads(l) for l in open('bundle.jsonl')]
L=[json.loads(l) for l in open('labels.jsonl')]
acc={r['id']:r for r in b if r['kind']=='account'}
posts=[r for r in b if r['kind']=='post']
ids=[r['id'] for r in b]; assert len(ids)==len(set(ids))
seen=False
for r in b:
    if r['kind']=='post': seen=True
    else: assert not seen
for p in posts:
    assert p['account_id'] in acc
    assert re.match(r'^[a-z]+:9794\d{5}$',p['id']),p['id']
    assert '2025-06-01'<=p['created_at']<='2026-11-30T23:59:59Z'
    if p['in_reply_to']:
        r=p['in_reply_to']
        if r['post_id'] in ids: assert r['post_id'].split(':')[0]==p['platform'],p['id']
        else: assert r['post_id'] not in ids
ls={l['subject']:l for l in L}; assert len(ls)==len(L)==len(b) and set(ls)==set(ids)
for l in L:
    for r in l['rules']+l['unsure']: assert r in RULES
    assert not set(l['rules'])&set(l['unsure']), l
    for r in l['rules']: assert r in l['clauses']
    if l['subject'] in acc: assert set(l['rules']+l['unsure'])<= {"disclaimer-missing","privacy-settings"}
    else: assert not set(l['rules']+l['unsure'])&{"disclaimer-missing","privacy-settings","advice-to-family","contact-details","logo-misuse"}
    if l['subject'] in acc and acc[l['subject']]['role']=='official': assert not l['rules']
for p in posts:
    l=ls[p['id']]
    if 'controversial-official' in l['rules']: assert acc[p['account_id']]['role']=='official'
    if 'geotag' in l['rules']: assert p['geo']
    if p['geo']: assert 'geotag' in l['rules']+l['unsure']
    if 'family-photo' in l['rules']: assert p['media']
from collections import Counter
c=Counter();u=Counter()
for l in L: c.update(l['rules']); u.update(l['unsure'])
print("OK accounts",len(acc),"posts",len(posts),"replies",sum(1 for p in posts if p['in_reply_to']),"media",sum(len(p['media'] or []) for p in posts),"geo",sum(1 for p in posts if p['geo']),"multi",sum(1 for p in posts if len(ls[p['id']]['rules'])>1),"clean",sum(1 for p in posts if not ls[p['id']]['rules']),"clean-no-unsure",sum(1 for p in posts if not ls[p['id']]['rules'] and not ls[p['id']]['unsure']))
for r in sorted(RULES): print(f"{r}\t{c[r]}\t{u[r]}")
