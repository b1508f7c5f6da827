import json
from lib import CL
B=[json.loads(l) for l in open('bundle.jsonl')]
L=[json.loads(l) for l in open('labels.jsonl')]
txt={b['id']:b.get('text','') for b in B}
keys={"shaquille's mum messaged":"names supported child (same name appears elsewhere)","@kofi_trips_dad":"handle carries supported dad's name","@stacey_ann_x":"handle carries supported mum's name","@kwabena_snr_":"handle carries supported dad's name"}
n=0
for d in L:
    t=txt.get(d['subject'],'')
    for k,why in keys.items():
        if k in t:
            if 'name-leak' not in d['rules']: d['rules'].append('name-leak')
            d['unsure']=[x for x in d['unsure'] if x!='name-leak']
            d['clauses']={x:CL[x] for x in d['rules']}
            d['why']+='; '+why; n+=1
open('labels.jsonl','w').write(''.join(json.dumps(d,ensure_ascii=False)+'\n' for d in L))
print(n)
