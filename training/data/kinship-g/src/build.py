import json, random, datetime, importlib, sys, glob
import lib, accounts
for c in sorted(glob.glob('c[0-9].py')):
    importlib.import_module(c[:-3])
P=lib.POSTS; random.seed(7)
start=datetime.datetime(2025,6,1,7,0); end=datetime.datetime(2026,11,29,22,0)
span=(end-start).total_seconds()
# assign chronological times: replies after their parent
times=sorted(random.uniform(0,span) for _ in P)
for p,t in zip(P,times):
    p['created_at']=(start+datetime.timedelta(seconds=t)).strftime('%Y-%m-%dT%H:%M:%SZ')
    h=lib.A[[k for k,v in lib.A.items() if v['id']==p['account_id']][0]]['handle']
    n=p['id'].split(':')[1]
    p['url']={'x':f"https://x.com/{h}/status/{n}",'facebook':f"https://facebook.com/{h}/posts/{n}",'instagram':f"https://instagram.com/p/{n}",
      'blog':f"https://{h}/{n}",'bluesky':f"https://bsky.app/profile/{h}/post/{n}",'mastodon':f"https://mastodon.social/@lindaw/{n}",
      'linkedin':f"https://linkedin.com/posts/{h}_{n}"}[p['platform']]
with open('bundle.jsonl','w') as b, open('labels.jsonl','w') as l:
    for a in lib.A.values():
        r,u,w=a.pop('_lab'); b.write(json.dumps(a,ensure_ascii=False)+'\n')
        l.write(json.dumps({"subject":a['id'],"rules":r,"unsure":u,"clauses":{x:lib.CL[x] for x in r},"why":w},ensure_ascii=False)+'\n')
    for p in P:
        r,u,w=p.pop('_lab'); b.write(json.dumps(p,ensure_ascii=False)+'\n')
        l.write(json.dumps({"subject":p['id'],"rules":r,"unsure":u,"clauses":{x:lib.CL[x] for x in r},"why":w},ensure_ascii=False)+'\n')
print(len(lib.A),'accounts',len(P),'posts')
