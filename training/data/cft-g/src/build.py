import json, glob, importlib.util, sys, os
CL = {"name-leak":"Confidentiality","sensitive-info":"Confidentiality","family-photo":"Confidentiality",
      "geotag":"Confidentiality","location-disclosure":"Confidentiality","criticism":"Personal activity",
      "controversial-official":"Official activity","disclaimer-missing":"Personal activity","privacy-settings":"Personal activity"}
RULES = set(CL) | {"logo-misuse","advice-to-family","contact-details"}
A = {}  # alias -> account dict
ACC = []; ACCL = []
def acct(alias, id, platform, handle, name, role, bio, pub, loc, rules="", unsure="", why="", about=None, web=None):
    d = {"kind":"account","id":id,"platform":platform,"handle":handle,"display_name":name,"role":role,"bio":bio,
         "about_text":about,"website":web,"is_public":pub,"location_sharing":loc}
    A[alias]=d; ACC.append(d); ACCL.append(lab(id,rules,unsure,why))
def lab(s, rules, unsure, why):
    AL={"nl":"name-leak","si":"sensitive-info","fp":"family-photo","gt":"geotag","ld":"location-disclosure","cr":"criticism","co":"controversial-official"}
    r=[AL.get(x,x) for x in rules.split() if x]; u=[AL.get(x,x) for x in unsure.split() if x]
    return {"subject":s,"rules":r,"unsure":u,"clauses":{k:CL[k] for k in r},"why":why}
POSTS=[]; PL=[]
def p(n, a, ts, text, r="", u="", why="", m=None, g=None, re=None, vis="public"):
    ac=A[a]; pl=ac["platform"]; pid=f"{pl}:9791{n:05d}"
    if isinstance(m,str): m=[m]
    media=[{"type":"photo","path":f"media/cftg{n}_{i}.jpg","alt_text":t} for i,t in enumerate(m or [])]
    geo=None if g is None else {"lat":g[0],"lon":g[1],"place_name":g[2]}
    rep=None
    if re: rep={"account":re[0],"post_id":re[1] if ":" in re[1] else f"{re[0].split(':')[0]}:{re[1]}"}
    if pl=="blog": url=f"https://{ac['handle']}/p/{n}"
    else: url=f"https://{pl}.example/{ac['handle']}/{n}"
    POSTS.append({"kind":"post","id":pid,"account_id":ac["id"],"platform":pl,"created_at":ts+":00Z","text":text,
                  "url":url,"lang":"en","in_reply_to":rep,"geo":geo,"media":media,"visibility":vis})
    PL.append(lab(pid,r,u,why))
    return pid
exec(open("accounts.py").read())
for f in sorted(glob.glob("chunk*.py")):
    exec(open(f).read())
out="/work/train-g/cft-g/"
with open(out+"bundle.jsonl","w") as fh:
    for d in ACC+POSTS: fh.write(json.dumps(d,ensure_ascii=False)+"\n")
with open(out+"labels.jsonl","w") as fh:
    for d in ACCL+PL: fh.write(json.dumps(d,ensure_ascii=False)+"\n")
# validate
ids=[d["id"] for d in ACC+POSTS]; assert len(ids)==len(set(ids)), "dup ids"
accids={d["id"] for d in ACC}
for d in POSTS:
    assert d["account_id"] in accids
    assert "2025-06-01"<=d["created_at"][:10]<="2026-11-30", d["id"]
    if d["in_reply_to"]: pass
for l in ACCL+PL:
    for k in l["rules"]+l["unsure"]: assert k in RULES, (l, k)
    assert not set(l["rules"])&set(l["unsure"]), l
    assert not set(l["rules"])&{"logo-misuse","advice-to-family","contact-details"}, l
for l in PL: assert not set(l["rules"]+l["unsure"])&{"disclaimer-missing","privacy-settings"}, l
offi={d["id"] for d in ACC if d["role"]=="official"}
for d,l in zip(POSTS,PL):
    if "controversial-official" in l["rules"]+l["unsure"]: assert d["account_id"] in offi, l
    if "geotag" in l["rules"]: assert d["geo"], l
    if "family-photo" in l["rules"]: assert d["media"], l
from collections import Counter
pos=Counter(); uns=Counter()
for l in PL:
    pos.update(l["rules"]); uns.update(l["unsure"])
apos=Counter(); auns=Counter()
for l in ACCL: apos.update(l["rules"]); auns.update(l["unsure"])
n=len(POSTS); clean=sum(1 for l in PL if not l["rules"])
offp=sum(1 for d in POSTS if d["account_id"] in offi)
print("accounts",len(ACC),"posts",n,"clean",clean,f"{clean/max(n,1):.0%}","official posts",offp)
for k in sorted(RULES): print(f"{k:24} pos {pos[k]+apos[k]:3} ({pos[k]/max(n,1):.0%}) unsure {uns[k]+auns[k]}")
