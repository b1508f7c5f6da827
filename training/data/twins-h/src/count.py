import json,collections
c=collections.Counter();u=collections.Counter();n=0;clean=0
for l in open('labels.jsonl'):
  d=json.loads(l)
  if '9793' not in d['subject']: continue
  n+=1; c.update(d['rules']); u.update(d['unsure']); clean+= not d['rules']
print(n,clean)
for k,v in c.most_common(): print(k,v,round(v/n*100,1),u[k])
