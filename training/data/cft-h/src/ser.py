import json, glob, random, datetime, importlib.util, sys, os
random.seed(7)
R={'N':'name-leak','S':'sensitive-info','F':'family-photo','G':'geotag','L':'location-disclosure','C':'criticism','O':'controversial-official','A':'advice-to-family','K':'contact-details','M':'logo-misuse'}
CL={'name-leak':'Confidentiality','sensitive-info':'Confidentiality','family-photo':'Confidentiality','geotag':'Confidentiality','location-disclosure':'Confidentiality','criticism':'Personal activity','controversial-official':'Official activity','disclaimer-missing':'Personal activity','privacy-settings':'Personal activity'}
ACC=[
("cftx","x","CFTfostering","Children's Family Trust","official","Children's Family Trust 💙 not-for-profit fostering agency. Could you foster? #fostering #CFT",None,"https://childrensfamilytrust.org",True,False,[],[],"official account"),
("cftfb","facebook","childrensfamilytrust","Children's Family Trust","official","The Children's Family Trust — fostering families, changing lives. Enquiries via childrensfamilytrust.org",None,"https://childrensfamilytrust.org",True,False,[],[],"official account"),
("bern","facebook","bernie.okafor.fosters","Bernadette Okafor","personal","Foster carer with Children's Family Trust 💜 Mum of two, nana of one. Church choir alto.",None,None,True,False,["disclaimer-missing","privacy-settings"],[],"names CFT, no disclaimer; public profile posting about children in her care"),
("craig","x","geordiefostercarer","Craig 🖤🤍","personal","foster carer wi @CFTfostering. toon season ticket. views me own like",None,None,True,False,["privacy-settings"],[],"disclaimer present; public account posting about children in his care"),
("kay","instagram","mancmumfosters","Kayleigh 🐝","personal","fostering with CFT 💙 mum of 2 + whoever's staying 🐝 Stockport",None,None,True,True,["disclaimer-missing","privacy-settings"],[],"names CFT, no disclaimer; location sharing on"),
("sue","x","scouse_sue_fc","Sue M","personal","Foster carer. Red. Nan. Views me own, obvs.",None,None,False,False,[],[],"protected account, no organisation named, disclaimer present"),
("dai","facebook","dai.rhiannon.jenkins","Dai & Rhiannon Jenkins","personal","Fostering with Children's Family Trust since 2019. Views our own, not the Trust's.",None,None,False,False,[],[],"disclaimer present; friends-only"),
("blog","blog","fosteringinthevale.example","Fostering in the Vale","personal",None,"We are foster carers. Everything here is our own opinion and not that of our agency, the Children's Family Trust. Names and details are changed... mostly.","https://fosteringinthevale.example",True,False,[],["privacy-settings"],"disclaimer on About page; blog public by nature"),
("priya","linkedin","priya-raman-ssw","Priya Raman","personal","Supervising Social Worker at Children's Family Trust | HCPC registered | passionate about permanence",None,None,True,False,["disclaimer-missing"],["privacy-settings"],"names employer, no disclaimer; professional public profile"),
("brum","x","brumdadfosters","Wes 💙","personal","Foster dad. Blues till I die. Carer with the Trust. Kings Heath born n bred",None,None,True,False,["privacy-settings"],["disclaimer-missing"],"public, posts about children in care; bio says 'the Trust' only, no disclaimer"),
("gran","bluesky","glasgowgran.bsky.social","Agnes","personal","Respite carer wi the Children's Family Trust. Gran o' fower. Views ma ain.",None,None,True,False,["privacy-settings"],[],"disclaimer present; public account posting about children in her care"),
("tunde","facebook","tunde.adeyemi.77","Tunde Adeyemi","personal","Volunteer mentor & driver @ Children's Family Trust. Arsenal. Proud Yoruba boy from Peckham.",None,None,True,False,["disclaimer-missing","privacy-settings"],[],"names CFT, no disclaimer; public profile with posts about young people he drives"),
("yorks","instagram","yorkshirefosterfam","The Yorkshire Fosterers","personal","Fostering wi' CFT since 2021 🐑 Our views only, nowt to do wi' t'Trust.",None,None,False,False,[],[],"private account, disclaimer present"),
("kemi","x","kemi_participation","Kemi A","personal","Participation worker @ Children's Family Trust. South London. Views my own.",None,None,True,False,[],["privacy-settings"],"disclaimer present; public, mostly promotional"),
("mags","facebook","mags.trelawny","Mags Trelawny","personal","Nanna, baker, Cornwall born 🌊",None,None,None,False,[],["disclaimer-missing"],"bio names no organisation; posts mention CFT; visibility unknown"),
]
A={a[0]:a for a in ACC}
posts=[]
def P(acc,text,rules="",unsure="",why="",media=None,geo=None,reply=None,key=None,vis=None):
    posts.append(dict(acc=acc,text=text,rules=rules,unsure=unsure,why=why,media=media,geo=geo,reply=reply,key=key,vis=vis))
for f in sorted(glob.glob('chunk*.py')):
    exec(open(f).read())
def aid(a): a=A[a]; return f"blog:{a[2]}" if a[1]=='blog' else f"{a[1]}:@{a[2]}"
start=datetime.datetime(2025,6,1); end=datetime.datetime(2026,11,30)
span=(end-start).total_seconds()
# time order per account: assign sorted random times per account
byacc={}
for p in posts: byacc.setdefault(p['acc'],[]).append(p)
for a,ps in byacc.items():
    ts=sorted(random.random()*span for _ in ps)
    for p,t in zip(ps,ts): p['t']=start+datetime.timedelta(seconds=int(t))
keys={}
n=0
out=[];lab=[]
for a in ACC:
    rec=dict(kind="account",id=aid(a[0]),platform=a[1],handle=a[2],display_name=a[3],role=a[4],bio=a[5],about_text=a[6],website=a[7],is_public=a[8],location_sharing=a[9])
    out.append(rec); lab.append(dict(subject=rec['id'],rules=a[10],unsure=a[11],clauses={r:CL[r] for r in a[10]},why=a[12]))
order=[]
for a in ACC:
    order+= byacc.get(a[0],[])
for i,p in enumerate(order):
    plat=A[p['acc']][1]
    p['id']=f"{plat}:9794{10000+i:05d}"
    if p['key']: keys[p['key']]=p
for i,p in enumerate(order):
    a=A[p['acc']]; plat=a[1]
    rep=None
    if p['reply']:
        r=p['reply']
        if r in keys:
            q=keys[r]; rep={"account":aid(q['acc']),"post_id":q['id']}
            if q['t']>=p['t']: p['t']=q['t']+datetime.timedelta(minutes=random.randint(5,300))
        else:
            rep={"account":f"{plat}:@{r}","post_id":f"{plat}:9795{20000+i:05d}"}
    media=None
    if p['media']:
        ms=p['media'] if isinstance(p['media'],list) else [p['media']]
        media=[{"type":"photo","path":f"media/h{i:03d}_{j}.jpg","alt_text":m} for j,m in enumerate(ms)]
    geo=None
    if p['geo']: geo={"lat":p['geo'][0],"lon":p['geo'][1],"place_name":p['geo'][2]}
    vis=p['vis'] or ("public" if a[8] is not False else "friends")
    url=f"https://{plat}.example/{a[2]}/{p['id'].split(':')[1]}"
    rec=dict(kind="post",id=p['id'],account_id=aid(p['acc']),platform=plat,created_at=p['t'].strftime('%Y-%m-%dT%H:%M:%SZ'),text=p['text'],url=url,lang="en",in_reply_to=rep,geo=geo,media=media,visibility=vis)
    out.append(rec)
    rules=[R[c] for c in p['rules'] if c!=' ']; uns=[R[c] for c in p['unsure'] if c!=' ']
    if p['geo'] and 'geotag' not in rules and 'geotag' not in uns: uns.append('geotag')
    lab.append(dict(subject=p['id'],rules=rules,unsure=uns,clauses={r:CL[r] for r in rules},why=p['why'] or ("clean" if not rules else "")))
with open('../bundle.jsonl','w') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
with open('../labels.jsonl','w') as f:
    for r in lab: f.write(json.dumps(r,ensure_ascii=False)+"\n")
from collections import Counter
c=Counter();u=Counter()
for l in lab[len(ACC):]:
    c.update(l['rules']);u.update(l['unsure'])
np=len(order); clean=sum(1 for l in lab[len(ACC):] if not l['rules'])
print("posts",np,"clean",clean, round(clean/np,2))
for r in CL: print(r,c[r],round(c[r]/max(np,1),3),u[r])
print("official",sum(1 for p in order if p['acc'] in('cftx','cftfb')))
print(Counter(p['acc'] for p in order))
