# serialise hand-written posts (src/<bundle>_*.txt) into bundle.jsonl + labels.jsonl; validate
import json, sys, random, glob, datetime, re
bundle = sys.argv[1]  # twins or cft
cfg = json.load(open(f'/work/train-d/cft-d/src/{bundle}_accounts.json'))
OUT = cfg['out']; IDP = cfg['idp']; CL = cfg['clauses']
AB = {'N':'name-leak','S':'sensitive-info','P':'family-photo','G':'geotag','L':'location-disclosure','O':'logo-misuse',
      'C':'criticism','A':'advice-to-family','V':'controversial-official','D':'contact-details'}
rnd = random.Random(IDP)
accts = {a['key']: a for a in cfg['accounts']}
lines = []
for f in sorted(glob.glob(f'/work/train-d/cft-d/src/{bundle}_p*.txt')):
    for ln in open(f, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('//'): continue
        lines.append((f, ln))
posts = []; labels = {}; names = []
start = datetime.datetime(2025,6,1,7,0); span = (datetime.datetime(2026,11,30,21,0)-start).total_seconds()
bylabel = {}
n = 0
for f, ln in lines:
    parts = [p.strip() for p in ln.split('|')]
    if len(parts) < 5: raise SystemExit(f'bad line {f}: {ln}')
    key, R, U, why, rest = parts[0], parts[1], parts[2], parts[3], '|'.join(parts[4:])
    toks = re.split(r'\s@(g|m|r|v|id|n|d)\s', ' ' + rest + ' ')
    text = toks[0].strip(); ex = {}
    for i in range(1, len(toks), 2):
        ex.setdefault(toks[i], []).append(toks[i+1].strip())
    a = accts[key]; plat = a['platform']
    n += 1; pid = f'{plat}:{IDP}{n:05d}'
    rules = [AB[c] for c in R if c not in '-, ']; uns = [AB[c] for c in U if c not in '-, ']
    for r in rules + uns:
        if r not in CL: raise SystemExit(f'rule {r} disabled: {ln}')
    if set(rules) & set(uns): raise SystemExit('overlap '+ln)
    if 'controversial-official' in rules + uns and a['role'] != 'official': raise SystemExit('V on personal '+ln)
    t = start + datetime.timedelta(seconds=rnd.random()*span)
    t = t.replace(hour=rnd.choice([7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22]))
    irt = None
    if 'r' in ex:
        tgt = ex['r'][0]
        if tgt in bylabel:
            par = bylabel[tgt]; irt = {'account': par['account_id'], 'post_id': par['id']}
            t = datetime.datetime.strptime(par['created_at'], '%Y-%m-%dT%H:%M:%SZ') + datetime.timedelta(minutes=rnd.randint(4, 300))
        else:
            irt = {'account': tgt, 'post_id': f"{plat}:{rnd.randint(10**17, 10**18)}"}
    if 'd' in ex: t = datetime.datetime.strptime(ex['d'][0], '%Y-%m-%d %H:%M')
    geo = None
    if 'g' in ex:
        la, lo, pl = [x.strip() for x in ex['g'][0].split(',', 2)]
        geo = {'lat': float(la), 'lon': float(lo), 'place_name': pl}
    media = [{'type':'photo','path':f'media/{IDP}{n:05d}_{j}.jpg','alt_text':m} for j, m in enumerate(ex.get('m', []))]
    vis = ex['v'][0] if 'v' in ex else {True:'public', False:'friends', None:None}[a['is_public']]
    h = a['handle']
    url = {'x':f'https://x.com/{h}/status/{IDP}{n:05d}','facebook':f'https://www.facebook.com/{h}/posts/{IDP}{n:05d}',
           'instagram':f'https://www.instagram.com/p/{IDP}{n:05d}/','bluesky':f'https://bsky.app/profile/{h}/post/{IDP}{n:05d}',
           'mastodon':f'https://{a.get("instance","mastodon.social")}/@{h.split("@")[0]}/{IDP}{n:05d}',
           'linkedin':f'https://www.linkedin.com/feed/update/{IDP}{n:05d}','blog':f'https://{h}/{t:%Y/%m}/post-{n}'}[plat]
    p = {'kind':'post','id':pid,'account_id':a['id'],'platform':plat,'created_at':t.strftime('%Y-%m-%dT%H:%M:%SZ'),
         'text':text,'url':url,'lang':'en','in_reply_to':irt,'geo':geo,'media':media,'visibility':vis}
    posts.append(p)
    if 'id' in ex: bylabel[ex['id'][0]] = p
    labels[pid] = {'subject':pid,'rules':rules,'unsure':uns,'clauses':{r:CL[r] for r in rules},'why':why}
    for nm in ex.get('n', []):
        for x in nm.split(','):
            x = x.strip()
            if x and x not in names: names.append(x)
with open(f'{OUT}/bundle.jsonl','w') as fb, open(f'{OUT}/labels.jsonl','w') as fl:
    for a in cfg['accounts']:
        rec = {k: a[k] for k in ['id','platform','handle','display_name','role','bio','about_text','website','is_public','location_sharing']}
        rec = {'kind':'account', **rec}
        fb.write(json.dumps(rec, ensure_ascii=False)+'\n')
        R = a['rules']; U = a['unsure']
        fl.write(json.dumps({'subject':a['id'],'rules':R,'unsure':U,'clauses':{r:CL[r] for r in R},'why':a['why']}, ensure_ascii=False)+'\n')
    for p in posts:
        fb.write(json.dumps(p, ensure_ascii=False)+'\n')
        fl.write(json.dumps(labels[p['id']], ensure_ascii=False)+'\n')
reg = [x for i, x in enumerate(names) if i % 3 != 2]
with open(f'{OUT}/register.csv','w') as fr:
    fr.write('name\n'); [fr.write(x+'\n') for x in reg]
# stats
from collections import Counter
pc = Counter(); uc = Counter()
for p in posts:
    for r in labels[p['id']]['rules']: pc[r]+=1
    for r in labels[p['id']]['unsure']: uc[r]+=1
for a in cfg['accounts']:
    for r in a['rules']: pc[r]+=1
    for r in a['unsure']: uc[r]+=1
clean = sum(1 for p in posts if not labels[p['id']]['rules'] and not labels[p['id']]['unsure'])
off = sum(1 for p in posts if accts_by_id.get(p['account_id'],{}).get('role')=='official') if (accts_by_id:={a['id']:a for a in cfg['accounts']}) else 0
print(json.dumps({'posts':len(posts),'clean':clean,'official':off,'names':len(names),'register':len(reg),'pos':pc,'unsure':uc}, indent=0))
json.dump({'posts':len(posts),'clean':clean,'official':off,'pos':pc,'unsure':uc,'names_used':names,'register':reg}, open(f'/work/train-d/cft-d/src/{bundle}_stats.json','w'))
