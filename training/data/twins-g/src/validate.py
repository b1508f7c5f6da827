import json,collections,re
B=[json.loads(l) for l in open('bundle.jsonl')]
L=[json.loads(l) for l in open('labels.jsonl')]
seen_post=False
for b in B:
    if b['kind']=='post': seen_post=True
    else: assert not seen_post, 'account after post'
acc={b['id'] for b in B if b['kind']=='account'}
posts=[b for b in B if b['kind']=='post']
ids=[b['id'] for b in B]
assert len(ids)==len(set(ids))
subj=[l['subject'] for l in L]; assert sorted(subj)==sorted(ids) and len(subj)==len(set(subj))
RULES=['disclaimer-missing','privacy-settings','name-leak','sensitive-info','location-disclosure','family-photo','advice-to-family','criticism','controversial-official','contact-details','geotag','logo-misuse']
kind={b['id']:b['kind'] for b in B}; pid={b['id']:b for b in posts}
for l in L:
    assert set(l['rules'])<=set(RULES) and set(l['unsure'])<=set(RULES)
    assert set(l['rules'])==set(l['clauses']) and all(l['clauses'].values())
    assert not set(l['rules'])&set(l['unsure']), l
    if kind[l['subject']]=='post': assert not set(l['rules']+l['unsure'])&{'disclaimer-missing','privacy-settings'}
    else: assert set(l['rules']+l['unsure'])<={'disclaimer-missing','privacy-settings'}
for p in posts:
    assert p['account_id'] in acc
    assert '2025-06-01'<=p['created_at']<='2026-11-30T23:59', p['created_at']
    assert re.fullmatch(r'[a-z]+:9790\d{5}',p['id'])
    for m in p['media']: assert m['alt_text']
    if p['in_reply_to'] and p['in_reply_to']['post_id'] in pid: assert pid[p['in_reply_to']['post_id']]['platform']==p['platform']
lp={l['subject']:l for l in L}
for p in posts:
    l=lp[p['id']]
    if 'geotag' in l['rules']: assert p['geo']
    if 'controversial-official' in l['rules']+l['unsure']: assert p['account_id'] in ('x:@TwinsTrust','facebook:@twinstrust')
    if 'family-photo' in l['rules']: assert p['media']
    if 'logo-misuse' in l['rules']: assert p['media'] and p['account_id'] not in ('x:@TwinsTrust','facebook:@twinstrust')
texts=[p['text'] for p in posts]; assert len(texts)==len(set(texts))
n=len(posts); c=collections.Counter(); u=collections.Counter()
for p in posts:
    for r in lp[p['id']]['rules']: c[r]+=1
    for r in lp[p['id']]['unsure']: u[r]+=1
ac=[l for l in L if kind[l['subject']]=='account']
for r in ('disclaimer-missing','privacy-settings'):
    c[r]=sum(r in l['rules'] for l in ac); u[r]=sum(r in l['unsure'] for l in ac)
clean=sum(1 for p in posts if not lp[p['id']]['rules'])
print(f"accounts {len(acc)} posts {n} clean {clean} ({100*clean/n:.1f}%) clean-no-unsure {sum(1 for p in posts if not lp[p['id']]['rules'] and not lp[p['id']]['unsure'])} multi-rule {sum(1 for p in posts if len(lp[p['id']]['rules'])>1)}")
print(f"replies {sum(1 for p in posts if p['in_reply_to'])} geo {sum(1 for p in posts if p['geo'])} media {sum(len(p['media']) for p in posts)} official posts {sum(1 for p in posts if p['account_id'] in ('x:@TwinsTrust','facebook:@twinstrust'))}")
print(f"lowercase-start posts {sum(1 for t in texts if t[:1].islower() or t.startswith('@') and t.split(' ',1)[1][:1].islower())}")
print('| rule | + | % posts | unsure |'); print('|---|---|---|---|')
for r in RULES: print(f"| `{r}` | {c[r]} | {'' if r in ('disclaimer-missing','privacy-settings') else f'{100*c[r]/n:.1f}'} | {u[r]} |")
print('VALID')
