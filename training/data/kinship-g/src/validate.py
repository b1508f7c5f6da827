import json,collections
RULES={'disclaimer-missing','name-leak','sensitive-info','family-photo','geotag','location-disclosure','logo-misuse','criticism','advice-to-family','controversial-official','contact-details','privacy-settings'}
B=[json.loads(l) for l in open('bundle.jsonl')]
L=[json.loads(l) for l in open('labels.jsonl')]
acc={b['id']:b for b in B if b['kind']=='account'}
posts=[b for b in B if b['kind']=='post']
kinds=[b['kind'] for b in B]; assert kinds==sorted(kinds)
ids=[b['id'] for b in B]; assert len(ids)==len(set(ids))
errs=[]
for p in posts:
    assert p['account_id'] in acc, p['id']
    assert p['id'].split(':')[1].startswith('9792') and len(p['id'].split(':')[1])==9
    assert '2025-06-01'<=p['created_at']<='2026-11-30T23'
    if p['in_reply_to'] and p['in_reply_to']['post_id'] in ids:
        par=[q for q in posts if q['id']==p['in_reply_to']['post_id']][0]; assert par['created_at']<p['created_at']; assert par['platform']==p['platform'],p['id']
    if p['in_reply_to'] and p['in_reply_to']['account'].split(':')[0]!=p['platform']: errs.append(('replyplat',p['id']))
    if p['geo']: assert acc[p['account_id']]['role']=='personal'
subj=[l['subject'] for l in L]; assert sorted(subj)==sorted(ids) and len(subj)==len(set(subj))
lab={l['subject']:l for l in L}
for l in L:
    assert set(l['rules'])<=RULES and set(l['unsure'])<=RULES
    assert set(l['clauses'])==set(l['rules'])
    assert not set(l['rules'])&set(l['unsure']), l
    if l['subject'] in acc: assert set(l['rules']+l['unsure'])<={'disclaimer-missing','privacy-settings'}
    else:
        assert not set(l['rules']+l['unsure'])&{'disclaimer-missing','privacy-settings'}
for p in posts:
    x=lab[p['id']]
    if 'controversial-official' in x['rules']+x['unsure']: assert acc[p['account_id']]['role']=='official'
    if bool(p['geo'])!=('geotag' in x['rules']+x['unsure']): errs.append(('geo',p['id']))
    if 'family-photo' in x['rules'] and not p['media']: errs.append(('fpmedia',p['id']))
t=[p['text'] for p in posts]; assert len(t)==len(set(t))
print('errs',errs)
off=sum(1 for p in posts if acc[p['account_id']]['role']=='official')
print('OK',len(acc),'accounts',len(posts),'posts; official',off,'replies',sum(1 for p in posts if p['in_reply_to']),'geo',sum(1 for p in posts if p['geo']),'photos',sum(1 for p in posts if p['media']))
print(collections.Counter(p['platform'] for p in posts))
