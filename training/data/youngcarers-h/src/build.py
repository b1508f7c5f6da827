import json, random, datetime, glob, os, importlib.util
random.seed(9795)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = {'N':'name-leak','S':'sensitive-info','F':'family-photo','G':'geotag','L':'location-disclosure',
     'O':'logo-misuse','C':'criticism','A':'advice-to-family','P':'controversial-official','D':'contact-details'}
CL = {'disclaimer-missing':'5.1','privacy-settings':'5.2','name-leak':'1.1','sensitive-info':'1.2','family-photo':'2.1',
      'geotag':'3.2','location-disclosure':'3.1','logo-misuse':'5.4','criticism':'5.3','advice-to-family':'4.1',
      'controversial-official':'6.1','contact-details':'4.2'}
# key: (platform, handle, display, role, bio, about, website, public, locshare, acct_rules, acct_unsure, why)
ACC = {
 'mx': ('x','MeadowbankYC','Meadowbank Young Carers','official',"Supporting young carers aged 8-18 across our hubs 🌼 Support line 0808 157 0418 | meadowbankyoungcarers.org.uk #YoungCarers",None,'https://meadowbankyoungcarers.org.uk',True,False,'','','official account'),
 'mf': ('facebook','MeadowbankYoungCarers','Meadowbank Young Carers','official',"Meadowbank Young Carers is a registered charity supporting children and teenagers who care for someone at home. Need us? 0808 157 0418 or support@meadowbankyoungcarers.org.uk",None,'https://meadowbankyoungcarers.org.uk',True,False,'','','official account'),
 'jo': ('x','jodie_yc_worker','Jodie 🌻','personal',"young carers worker @MeadowbankYC 💛 scouse n proud | mum to 2 lads | LFC",None,None,True,False,'disclaimer-missing privacy-settings','','bio names Meadowbank, no disclaimer; public account describing young carers she supports'),
 'da': ('facebook','dave.okafor.75','Dave Okafor','personal',"Volunteer driver for Meadowbank Young Carers. Dad, grandad, Wolves sufferer. Views my own.",None,None,False,False,'','','disclaimer present; friends-only'),
 'ff': ('instagram','ffion.makes','Ffion ✂️🎨','personal',"arts & crafts volunteer @meadowbankyc 🌼 Swansea girl, clay + collage",None,None,True,True,'disclaimer-missing privacy-settings','','names Meadowbank, no disclaimer; location sharing on'),
 'gz': ('x','geordie_gaz_','Gaz','personal',"toon till i die ⚫⚪ volunteer at the young carers club on a tuesday night. pint?",None,None,True,False,'privacy-settings','disclaimer-missing','bio mentions young carers club but not Meadowbank by name (posts do); public account describing club kids'),
 'pr': ('facebook','priya.chauhan.schools','Priya Chauhan','personal',"School liaison worker at Meadowbank Young Carers. All views my own. Leicester born, Brum based.",None,None,True,False,'privacy-settings','','disclaimer present; public profile posting about pupils she supports'),
 'bl': ('blog','notesfromthecarersclub.wordpress.com','Notes from the Carers Club','personal',None,"I'm Hannah, a hub coordinator with Meadowbank Young Carers. I write about youth work, burnout, books and my allotment. The views on this blog are my own and not those of Meadowbank Young Carers.",'https://notesfromthecarersclub.wordpress.com',True,None,'','privacy-settings','disclaimer in About text; blog is public by nature'),
 'kz': ('x','brumbelle_k','Kaz B','personal',"youth worker. young carers. brummie. tea addict. views mine not my employer's",None,None,True,False,'privacy-settings','','disclaimer present; public account describing young carers'),
 'mo': ('bluesky','mancmo.bsky.social','Mo Rahman','personal',"Volunteer mentor at Meadowbank Young Carers (Manchester hub). City season ticket. Cooking for my lot.",None,None,True,False,'disclaimer-missing privacy-settings','','names Meadowbank, no disclaimer; public, posts describe young carers'),
 'ag': ('facebook','agnieszka.nowak.88','Agnieszka Nowak','personal',"Family support worker, Meadowbank YC. Opinions my own 🇵🇱🇬🇧",None,None,False,False,'','','disclaimer present; friends-only'),
 'sh': ('x','glasgow_shona','Shona','personal',"volunteer wi Meadowbank Young Carers Glasgow hub. views ma ain. weans, dugs n irn bru",None,None,True,False,'privacy-settings','','disclaimer present; public account describing young carers'),
 'pe': ('instagram','yorkshire_pud_pete','Pete 🏃‍♂️','personal',"Leeds. Runner. Fundraising for young carers this year 🏅 Just Giving link below",None,None,True,False,'privacy-settings','disclaimer-missing','bio does not name Meadowbank though posts do; public account whose posts describe young carers he drives'),
 'gr': ('linkedin','grace-adeyemi','Grace Adeyemi','personal',"Head of Services at Meadowbank Young Carers | Safeguarding lead | Social worker by background",None,None,True,False,'disclaimer-missing privacy-settings','','bio names Meadowbank, no disclaimer; public profile posting a bereavement and photos of young carers'),
 'el': ('x','bristol_ellie','Ellie 🐚','personal',"Meadowbank YC volunteer (Bristol) 💛 views my own. surfing badly since 2019",None,None,False,False,'','','disclaimer present; private account'),
 'ty': ('x','tyrone_mentors','Tyrone','personal',"young carers worker @MeadowbankYC london hub. views own. gym, grime, grandma's rice n peas",None,None,True,False,'privacy-settings','','disclaimer present; public account describing young carers'),
}
POSTS = []
def p(a, text, *pos, r=None, u='', w='', alt=None, geo=None, re=None, vis=None, alts=None):
    if r is None: r = pos[0] if pos else ''
    POSTS.append(dict(a=a, text=text, r=r, u=u, w=w, alt=alt, alts=alts, geo=geo, re=re, vis=vis))
def main():
    for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'chunk*.py'))):
        exec(open(f).read(), {'p': p})
    accs, labs = [], []
    for k, v in ACC.items():
        pl, h, dn, role, bio, about, web, pub, ls, rr, uu, why = v
        aid = f"blog:{h}" if pl == 'blog' else f"{pl}:@{h}"
        accs.append({"kind":"account","id":aid,"platform":pl,"handle":h,"display_name":dn,"role":role,"bio":bio,
                     "about_text":about,"website":web,"is_public":pub,"location_sharing":ls})
        rl = rr.split(); labs.append({"subject":aid,"rules":rl,"unsure":uu.split(),"clauses":{x:CL[x] for x in rl},"why":why})
    aidof = {k:(f"blog:{v[1]}" if v[0]=='blog' else f"{v[0]}:@{v[1]}") for k,v in ACC.items()}
    start = datetime.datetime(2025,6,1,7,0); span = (datetime.datetime(2026,11,29,22,0)-start).total_seconds()
    recs = []; prev = None; media_n = 0
    for i, q in enumerate(POSTS):
        pl = ACC[q['a']][0]
        pid = f"{pl}:9795{i+1:05d}"
        if q['re'] == '^' and prev:
            t = prev[1] + datetime.timedelta(minutes=random.randint(4, 300))
            irt = {"account": prev[2], "post_id": prev[0]}
        else:
            t = start + datetime.timedelta(seconds=random.random()*span)
            irt = {"account": q['re'][0], "post_id": q['re'][1]} if q['re'] else None
        media = []
        for al in ([q['alt']] if q['alt'] else []) + (q['alts'] or []):
            media_n += 1; media.append({"type":"photo","path":f"media/myc{media_n:03d}.jpg","alt_text":al})
        geo = {"lat":q['geo'][0],"lon":q['geo'][1],"place_name":q['geo'][2]} if q['geo'] else None
        h = ACC[q['a']][1]
        url = {'x':f"https://x.com/{h}/status/{pid.split(':')[1]}", 'blog':f"https://{h}/post/{pid.split(':')[1]}"}.get(pl, f"https://{pl}.com/{h}/posts/{pid.split(':')[1]}")
        vis = q['vis'] or ('public' if ACC[q['a']][7] else 'friends')
        recs.append({"kind":"post","id":pid,"account_id":aidof[q['a']],"platform":pl,"created_at":t.strftime('%Y-%m-%dT%H:%M:%SZ'),
                     "text":q['text'],"url":url,"lang":"en","in_reply_to":irt,"geo":geo,"media":media,"visibility":vis})
        rl = [R[c] for c in q['r'].split()]; ul = [R[c] for c in q['u'].split()]
        labs.append({"subject":pid,"rules":rl,"unsure":ul,"clauses":{x:CL[x] for x in rl},"why":q['w'] or ('clean' if not rl else '')})
        prev = (pid, t, aidof[q['a']])
    with open(os.path.join(OUT,'bundle.jsonl'),'w') as f:
        for x in accs+recs: f.write(json.dumps(x, ensure_ascii=False)+'\n')
    with open(os.path.join(OUT,'labels.jsonl'),'w') as f:
        for x in labs: f.write(json.dumps(x, ensure_ascii=False)+'\n')
    from collections import Counter
    c = Counter(); u = Counter(); clean = 0; off = Counter()
    for x in labs[len(accs):]:
        c.update(x['rules']); u.update(x['unsure']); clean += not x['rules']
    print(len(recs), 'posts; clean', clean)
    for k in CL: print(f"{k:24s} {c[k]:4d} {u[k]:4d}")
main()
