import json, sys, importlib, tomllib, csv, collections
sys.path.insert(0,'.')
from accounts import A
import lib
for c in sys.argv[1:]: importlib.import_module(c)
pack=tomllib.load(open('../org/pack.toml','rb'))
RULES=set(pack['rules'])
acc={a['id']:a for a in A}
order={a['id']:i for i,a in enumerate(A)}
posts=sorted(lib.POSTS,key=lambda p:(order[p['acct']],p['when']))
keys={}
for i,p in enumerate(posts,1):
    plat=p['acct'].split(':')[0]
    p['id']=f"{plat}:9760{i:05d}"
    if p['key']:
        assert p['key'] not in keys, p['key']; keys[p['key']]=p['id']
out=open('../bundle.jsonl','w'); lab=open('../labels.jsonl','w')
def labline(subj,r,u,why):
    for x in r+u: assert x in RULES, (subj,x)
    assert not set(r)&set(u),subj
    lab.write(json.dumps({"subject":subj,"rules":r,"unsure":u,"clauses":{x:pack['rules'][x]['clause'] for x in r+u},"why":why},ensure_ascii=False)+"\n")
for a in A:
    rec={k:v for k,v in a.items() if not k.startswith('_')}
    out.write(json.dumps(rec,ensure_ascii=False)+"\n")
    r=a['_r'].split(); u=a['_u'].split()
    assert set(r+u)<= {'disclaimer-missing','privacy-settings'}
    labline(a['id'],r,u,a['_why'])
media_n=0; cnt=collections.Counter(); uns=collections.Counter(); clean=0
for i,p in enumerate(posts,1):
    a=acc[p['acct']]
    assert "2025-06-01"<=p['when']<="2026-11-30T23:59", p['when']
    for x in p['r']+p['u']: assert x not in ('disclaimer-missing','privacy-settings')
    if 'controversial-official' in p['r']: assert a['role']=='official', p['text']
    if 'geotag' in p['r']: assert p['geo'], p['text']
    if 'logo-misuse' in p['r']: assert a['role']=='personal'
    re=None
    if p['re']:
        ra,rp=p['re']; rp=keys.get(rp,rp)
        re={"account":ra,"post_id":rp}
    media=[]
    for alt in p['m']:
        media_n+=1; ext='mp4' if alt.startswith('VIDEO:') else 'jpg'
        media.append({"type":"video" if ext=='mp4' else "photo","path":f"media/h{media_n:03d}.{ext}","alt_text":alt.replace('VIDEO:','').strip()})
    vis=p['vis'] or ("public" if a['is_public'] else "friends")
    pid=p['id']; num=pid.split(':')[1]
    url={"x":f"https://x.com/{a['handle']}/status/{num}","facebook":f"https://facebook.com/{a['handle']}/posts/{num}",
         "instagram":f"https://instagram.com/p/{num}","blog":f"https://{a['handle']}/posts/{num}",
         "bluesky":f"https://bsky.app/profile/{a['handle']}/post/{num}","linkedin":f"https://linkedin.com/feed/update/{num}",
         "mastodon":f"https://mastodon.social/@{a['handle']}/{num}"}[a['platform']]
    when=p['when'] if p['when'].endswith('Z') else p['when']+":00Z"
    rec={"kind":"post","id":pid,"account_id":a['id'],"platform":a['platform'],"created_at":when,"text":p['text'],
         "url":url,"lang":"en","in_reply_to":re,"geo":p['geo'],"media":media,"visibility":vis}
    out.write(json.dumps(rec,ensure_ascii=False)+"\n")
    labline(pid,p['r'],p['u'],p['why'])
    for x in p['r']: cnt[x]+=1
    for x in p['u']: uns[x]+=1
    if not p['r']: clean+=1
out.close(); lab.close()
n=len(posts)
print("posts",n,"clean",clean,f"{clean/n:.0%}" if n else "")
for r in sorted(RULES): print(f"{r:24s} {cnt[r]:4d} {cnt[r]/max(n,1):5.1%}  unsure {uns[r]}")
by=collections.Counter(p['acct'] for p in posts)
print(by)
