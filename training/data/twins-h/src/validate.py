import json,re,collections
RULES={"disclaimer-missing","privacy-settings","name-leak","sensitive-info","family-photo","geotag","location-disclosure","logo-misuse","criticism","advice-to-family","controversial-official","contact-details"}
B=[json.loads(l) for l in open('bundle.jsonl')]
L=[json.loads(l) for l in open('labels.jsonl')]
acc={b['id']:b for b in B if b['kind']=='account'}
posts=[b for b in B if b['kind']=='post']
kinds=[b['kind'] for b in B]; assert kinds==sorted(kinds), "accounts first"
ids=[b['id'] for b in B]; assert len(ids)==len(set(ids))
lab={}
for d in L:
    assert d['subject'] not in lab; lab[d['subject']]=d
    assert set(d['rules'])<=RULES and set(d['unsure'])<=RULES
    assert set(d['clauses'])==set(d['rules']), d
    assert not set(d['rules'])&set(d['unsure']), d
assert set(lab)==set(ids)
texts=collections.Counter()
for p in posts:
    assert p['account_id'] in acc
    assert re.fullmatch(r'[a-z]+:9793\d{5}',p['id']),p['id']
    assert '2025-06-01'<=p['created_at']<='2026-11-30T23:59:59Z'
    r=set(lab[p['id']]['rules']); u=set(lab[p['id']]['unsure'])
    assert not r&{'disclaimer-missing','privacy-settings'}
    if p['geo']: assert 'geotag' in r|u, p['id']
    else: assert 'geotag' not in r|u, p['id']
    if r&{'family-photo','logo-misuse'}: assert p['media'], p['id']
    if 'logo-misuse' in r: assert acc[p['account_id']]['role']=='personal'
    if 'controversial-official' in r|u: assert acc[p['account_id']]['role']=='official', p['id']
    if p['in_reply_to']: assert p['in_reply_to']['post_id'], p
    texts[p['text']]+=1
for a in acc:
    assert not set(lab[a]['rules'])-{'disclaimer-missing','privacy-settings'}
assert max(texts.values())==1
print("OK",len(acc),"accounts",len(posts),"posts", sum(1 for p in posts if p['media']),"with media",sum(1 for p in posts if p['geo']),"geo",sum(1 for p in posts if p['in_reply_to']),"replies")
c=collections.Counter();u=collections.Counter()
for d in L: c.update(d['rules']); u.update(d['unsure'])
for k in sorted(RULES): print(f"{k:24s} {c[k]:4d} {u[k]:3d}")
print("clean posts", sum(1 for p in posts if not lab[p['id']]['rules']), "fully clean", sum(1 for p in posts if not lab[p['id']]['rules'] and not lab[p['id']]['unsure']), "multi", sum(1 for p in posts if len(lab[p['id']]['rules'])>1))
print("official posts", sum(1 for p in posts if acc[p['account_id']]['role']=='official'))
