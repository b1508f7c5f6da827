import json, random, datetime
POSTS=[]
AB={'nl':'name-leak','si':'sensitive-info','fp':'family-photo','gt':'geotag','ld':'location-disclosure',
    'lm':'logo-misuse','cr':'criticism','af':'advice-to-family','co':'controversial-official','cd':'contact-details'}
CL={'name-leak':'1.1','sensitive-info':'1.2','family-photo':'2.1','geotag':'3.2','location-disclosure':'3.1',
    'logo-misuse':'5.4','criticism':'5.3','advice-to-family':'4.1','controversial-official':'6.1','contact-details':'4.2',
    'disclaimer-missing':'5.1','privacy-settings':'5.2'}
A={}
def acc(key, id, handle, name, role, bio, pub, loc, rules="", uns="", why="", about=None, web=None):
    plat=id.split(':')[0]
    A[key]=dict(kind="account",id=id,platform=plat,handle=handle,display_name=name,role=role,bio=bio,
                about_text=about,website=web,is_public=pub,location_sharing=loc)
    A[key]['_lab']=(rules.split(),uns.split(),why)
_ext=[0]
def P(a, text, r="", u="", why="", alt=None, geo=None, rep=None, vis="public", media=None):
    acc_=A[a]; plat=acc_['platform']
    pid=f"{plat}:9792{len(POSTS)+1:05d}"
    if rep and ':' in rep and rep.split(':')[1].startswith('9792'):
        parent=[p for p in POSTS if p['id']==rep][0]; ir={"account":parent['account_id'],"post_id":rep}
    elif rep:
        _ext[0]+=1; ir={"account":rep,"post_id":f"{rep.split(':')[0]}:97929{_ext[0]:04d}"}
    else: ir=None
    m=[]
    if alt is not None:
        for i,t in enumerate(alt if isinstance(alt,list) else [alt]):
            m.append({"type":"photo","path":f"media/k{len(POSTS)+1:03d}_{i}.jpg","alt_text":t})
    g=None
    if geo: g={"lat":geo[0],"lon":geo[1],"place_name":geo[2]}
    POSTS.append(dict(kind="post",id=pid,account_id=acc_['id'],platform=plat,created_at=None,text=text,
        url=None,lang="en",in_reply_to=ir,geo=g,media=m,visibility=vis,
        _lab=([AB.get(x,x) for x in r.split()],[AB.get(x,x) for x in u.split()],why)))
    return pid
