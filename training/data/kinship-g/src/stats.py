import json,collections
L=[json.loads(l) for l in open('labels.jsonl')]
posts=[l for l in L if ':9792' in l['subject']]
c=collections.Counter(); u=collections.Counter()
for l in posts:
    c.update(l['rules']); u.update(l['unsure'])
n=len(posts); print('posts',n,'clean',sum(1 for l in posts if not l['rules']), 'clean-no-unsure',sum(1 for l in posts if not l['rules'] and not l['unsure']))
for k in sorted(set(c)|set(u)): print(f"{k:25} {c[k]:4} ({100*c[k]/n:.0f}%) unsure {u[k]}")
