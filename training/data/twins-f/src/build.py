import json, sys, glob, os, re, random
out = sys.argv[1]; idp = sys.argv[2]; pack = sys.argv[3]
CL = {'twins': {'disclaimer-missing':'Post content 7','privacy-settings':'Post content 6','name-leak':'Post content 1','sensitive-info':'Post content 1','family-photo':'Photos','geotag':'Post content 3','location-disclosure':'Post content 3','logo-misuse':'Guidance for personal use','criticism':'Guidance for personal use','advice-to-family':'Post content 11','controversial-official':'Post content 12; Guidance for personal use','contact-details':'Post content 4'},
 'cft': {'disclaimer-missing':'Personal activity','privacy-settings':'Personal activity','name-leak':'Confidentiality','sensitive-info':'Confidentiality','family-photo':'Confidentiality','geotag':'Confidentiality','location-disclosure':'Confidentiality','criticism':'Personal activity','controversial-official':'Official activity'}}[pack]
LET = {'N':'name-leak','S':'sensitive-info','P':'family-photo','G':'geotag','L':'location-disclosure','M':'logo-misuse','C':'criticism','A':'advice-to-family','O':'controversial-official','K':'contact-details','D':'disclaimer-missing','V':'privacy-settings'}
def codes(c):
    c = c.strip(); r,_,u = c.partition('?')
    r = [] if r in ('','-') else [LET[x] for x in r]; u = [LET[x] for x in u]
    return r,u
accs = {}; alab = []; arec = []
for line in open(f'{out}/src/accounts.txt'):
    if not line.strip(): continue
    a = json.loads(line); k = a.pop('key'); lab = a.pop('lab')
    pl = a['platform']; a['id'] = a.get('id') or f"{pl}:@{a['handle']}"
    rec = {'kind':'account','id':a['id'],'platform':pl,'handle':a['handle'],'display_name':a['display_name'],'role':a['role'],'bio':a.get('bio'),'about_text':a.get('about_text'),'website':a.get('website'),'is_public':a.get('is_public'),'location_sharing':a.get('location_sharing')}
    accs[k] = rec; arec.append(rec)
    r,u = codes(lab[0]); alab.append({'subject':rec['id'],'rules':r,'unsure':u,'clauses':{x:CL[x] for x in r},'why':lab[1]})
posts=[]; plab=[]; tags={}; names=[]; n=0; ext=90000; errs=[]
URL={'x':'https://x.com/{h}/status/{i}','facebook':'https://www.facebook.com/{h}/posts/{i}','instagram':'https://www.instagram.com/p/{i}/','bluesky':'https://bsky.app/profile/{h}/post/{i}','mastodon':'https://mastodon.social/@{h}/{i}','linkedin':'https://www.linkedin.com/feed/update/urn:li:activity:{i}','blog':'https://{h}/p/{i}'}
mi=0
for f in sorted(glob.glob(f'{out}/src/p*.txt')):
    blocks = [b for b in re.split(r'\n\s*\n', open(f).read()) if b.strip()]
    for b in blocks:
        ls = b.strip('\n').split('\n')
        hdr = [x.strip() for x in ls[0].split('|')]
        if len(hdr)!=4: errs.append((f,ls[0])); continue
        k,_,tag = hdr[0].lstrip('@').partition('#')
        if k not in accs: errs.append((f,'acct '+k)); continue
        a = accs[k]; pl=a['platform']; n+=1
        pid = f"{pl}:{idp}{n:05d}"; num=pid.split(':')[1]
        d = hdr[1]; ts = f"20{d[:8]}T{d[9:14]}:00Z"
        r,u = codes(hdr[2])
        tl=[x for x in ls[1:] if not x.startswith('+')]; ol=[x for x in ls[1:] if x.startswith('+')]
        if len(tl)!=1: errs.append((f,'textlines '+ls[0]))
        text = tl[0].replace('\\n','\n'); media=[]; geo=None; rep=None; vis = None
        for x in ol:
            key,_,v = x.partition(':'); v=v.strip(); key=key.strip()
            if key=='+img' or key=='+vid':
                mi+=1; media.append({'type':'photo' if key=='+img' else 'video','path':f"media/{pack[0]}{mi:04d}.{'jpg' if key=='+img' else 'mp4'}",'alt_text':v or None})
            elif key=='+geo':
                la,lo,pn = v.split(',',2); geo={'lat':float(la),'lon':float(lo),'place_name':pn.strip()}
            elif key=='+re':
                if v.startswith('#'):
                    rep = {'account':tags[v[1:]][0],'post_id':tags[v[1:]][1]}
                else:
                    acc = v if ':' in v else f"{pl}:{v}"; ext+=1
                    rep = {'account':acc,'post_id':f"{acc.split(':')[0]}:{idp}{ext:05d}"}
            elif key=='+nm': names += [y.strip() for y in v.split(',') if y.strip()]
            elif key=='+vis': vis=v
            else: errs.append((f,'bad line '+x))
        if vis is None:
            vis = 'public' if a['is_public'] is not False else 'friends'
            if rep and rep['account'] not in [z['id'] for z in arec] and a['is_public'] is False: vis='public'
        if tag: tags[tag]=(a['id'],pid)
        h = a['handle'] if pl!='blog' else a['id'].split(':',1)[1]
        posts.append({'kind':'post','id':pid,'account_id':a['id'],'platform':pl,'created_at':ts,'text':text,'url':URL[pl].format(h=h,i=num),'lang':'en','in_reply_to':rep,'geo':geo,'media':media,'visibility':vis})
        for x in r:
            if x not in CL: errs.append((pid,'rule not in pack '+x))
        if 'geotag' in r and not geo: errs.append((pid,'geotag no geo'))
        if ('family-photo' in r or 'logo-misuse' in r) and not media: errs.append((pid,'photo no media'))
        if 'controversial-official' in r and a['role']!='official': errs.append((pid,'O personal'))
        if 'logo-misuse' in r and a['role']=='official': errs.append((pid,'M official'))
        if set(r)&set(u): errs.append((pid,'r/u overlap'))
        plab.append({'subject':pid,'rules':r,'unsure':u,'clauses':{x:CL.get(x) for x in r},'why':hdr[3]})
        if not ('2025-06-01'<=ts[:10]<='2026-11-30'): errs.append((pid,'date '+ts))
with open(f'{out}/bundle.jsonl','w') as fo:
    for x in arec+posts: fo.write(json.dumps(x,ensure_ascii=False)+'\n')
with open(f'{out}/labels.jsonl','w') as fo:
    for x in alab+plab: fo.write(json.dumps(x,ensure_ascii=False)+'\n')
seen=[]; [seen.append(x) for x in names if x not in seen]
random.seed(int(idp)); keep = sorted(random.sample(seen, round(len(seen)*2/3))) if seen else []
with open(f'{out}/register.csv','w') as fo: fo.write('name\n'+''.join(x+'\n' for x in keep))
from collections import Counter
cp=Counter(); cu=Counter()
for l in alab+plab:
    for x in l['rules']: cp[x]+=1
    for x in l['unsure']: cu[x]+=1
clean=sum(1 for l in plab if not l['rules']); off=sum(1 for p in posts if accs and any(a['id']==p['account_id'] and a['role']=='official' for a in arec))
print('accounts',len(arec),'posts',len(posts),'clean',clean, f'{clean/max(1,len(posts)):.0%}','official',off,'media',mi,'geo',sum(1 for p in posts if p['geo']),'replies',sum(1 for p in posts if p['in_reply_to']))
for x in LET.values(): print(f'{x:24s} {cp[x]:3d} {cu[x]:3d}')
print('names used',len(seen),'register',len(keep), 'missing from reg:', sorted(set(seen)-set(keep)))
print('ERRS',errs)
