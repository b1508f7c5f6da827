import json, collections, csv, sys
RULES = {"disclaimer-missing","privacy-settings","name-leak","sensitive-info","family-photo","geotag",
         "location-disclosure","logo-misuse","criticism","advice-to-family","controversial-official","contact-details"}
bundle = [json.loads(l) for l in open('../bundle.jsonl')]
labels = [json.loads(l) for l in open('../labels.jsonl')]
accs = {r['id']: r for r in bundle if r['kind']=='account'}
posts = [r for r in bundle if r['kind']=='post']
kinds = [r['kind'] for r in bundle]
assert kinds == sorted(kinds), 'accounts must come first'
ids = [r['id'] for r in bundle]; assert len(ids)==len(set(ids))
lab = collections.Counter(l['subject'] for l in labels)
assert set(lab)==set(ids) and all(v==1 for v in lab.values()), 'one label per subject'
for p in posts:
    assert p['account_id'] in accs, p['id']
    assert p['id'].split(':')[1].startswith('971') and len(p['id'].split(':')[1])==8
    assert '2025-06-01' <= p['created_at'][:10] <= '2026-11-30' and p['created_at'].endswith('Z')
    if p['in_reply_to']:
        assert set(p['in_reply_to'])=={'account','post_id'}
    for m in p['media']: assert m['path'].startswith('media/') and m['alt_text']
lbl = {l['subject']: l for l in labels}
for l in labels:
    for r in l['rules']+l['unsure']: assert r in RULES, r
    for r in l['rules']: assert l['clauses'].get(r), (l['subject'], r)
    assert set(l['clauses'])==set(l['rules'])
    isacc = l['subject'] in accs
    for r in l['rules']+l['unsure']:
        if isacc: assert r in ('disclaimer-missing','privacy-settings')
        else: assert r not in ('disclaimer-missing','privacy-settings')
for p in posts:
    if 'controversial-official' in lbl[p['id']]['rules']+lbl[p['id']]['unsure']:
        assert accs[p['account_id']]['role']=='official'
reg = list(csv.DictReader(open('../register.csv')))
print('OK', len(accs), 'accounts', len(posts), 'posts', len(reg), 'register names',
      sum(1 for p in posts if p['geo']), 'geo', sum(1 for p in posts if p['in_reply_to']), 'replies',
      sum(len(p['media']) for p in posts), 'media')
