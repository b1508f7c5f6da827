import json, glob, importlib.util, sys, datetime
sys.path.insert(0,'.')
import ser
from accounts import ACC
amap = {a[0]: a for a in ACC}
for f in sorted(glob.glob('chunk*.py')):
    import re
    src=open(f).read()
    src=re.sub(r""",(m="[^"]*"),('[a-z ]*')""",r",\2,\1",src)
    src=re.sub(r""",(g=\([^)]*\)),('[a-z ]*')""",r",\2,\1",src)
    exec(compile(src,f,'exec'),{'__name__':f})
out = open('bundle.jsonl','w'); lab = open('labels.jsonl','w')
def rl(s): return [ser.AB[x] for x in s.split()]
for a in ACC:
    key,id_,plat,h,dn,role,bio,about,web,pub,loc,r,u,why = a
    out.write(json.dumps(dict(kind='account',id=id_,platform=plat,handle=h,display_name=dn,role=role,bio=bio,about_text=about,website=web,is_public=pub,location_sharing=loc),ensure_ascii=False)+'\n')
    R=rl(r); lab.write(json.dumps(dict(subject=id_,rules=R,unsure=rl(u),clauses={x:ser.CL[x] for x in R},why=why),ensure_ascii=False)+'\n')
keys={}; n=0; mi=0; rows=[]
for p in ser.POSTS:
    n+=1; a=amap[p['a']]; plat=a[2]; pid=f'{plat}:9790{n:05d}'
    if p['k']: keys[p['k']]=(a[1],pid)
    rows.append((p,a,pid))
order={a[0]:i for i,a in enumerate(ACC)}
rows.sort(key=lambda x:(order[x[1][0]],x[0]['d']))
for p,a,pid in rows:
    plat=a[2]; media=[]
    for alt in ([p['m']] if p['m'] else []) + ([p['alt2']] if p['alt2'] else []):
        mi+=1; media.append(dict(type='photo',path=f'media/g{mi:03d}.jpg',alt_text=alt))
    r=p['r']; irt=None
    if r:
        if isinstance(r,str): irt=dict(account=keys[r][0],post_id=keys[r][1])
        else: irt=dict(account=r[0],post_id=r[1])
    geo=None
    if p['g']: geo=dict(lat=p['g'][0],lon=p['g'][1],place_name=p['g'][2])
    vis=p['vis'] or ('public' if a[9] else 'friends')
    d=datetime.datetime.strptime(p['d'],'%Y-%m-%d %H:%M').strftime('%Y-%m-%dT%H:%M:00Z')
    url = f'https://{a[3]}/{pid.split(":")[1]}' if plat=='blog' else f'https://{plat}.example/{a[3]}/{pid.split(":")[1]}'
    out.write(json.dumps(dict(kind='post',id=pid,account_id=a[1],platform=plat,created_at=d,text=p['text'],url=url,lang='en',in_reply_to=irt,geo=geo,media=media,visibility=vis),ensure_ascii=False)+'\n')
    R=rl(p['rules']); lab.write(json.dumps(dict(subject=pid,rules=R,unsure=rl(p['unsure']),clauses={x:ser.CL[x] for x in R},why=p['why']),ensure_ascii=False)+'\n')
print('posts',n,'media',mi)
