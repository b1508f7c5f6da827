import json, os
D = os.path.dirname(os.path.abspath(__file__))
CL = {"disclaimer-missing":"Post content 7","privacy-settings":"Post content 6","name-leak":"Post content 1",
"sensitive-info":"Post content 1","family-photo":"Photos","geotag":"Post content 3","location-disclosure":"Post content 3",
"logo-misuse":"Guidance for personal use","criticism":"Guidance for personal use","advice-to-family":"Post content 11",
"controversial-official":"Post content 12; Guidance for personal use","contact-details":"Post content 4"}
AB = {"nl":"name-leak","si":"sensitive-info","fp":"family-photo","gt":"geotag","ld":"location-disclosure","lm":"logo-misuse",
"cr":"criticism","ad":"advice-to-family","co":"controversial-official","cd":"contact-details","dm":"disclaimer-missing","ps":"privacy-settings"}
ACC = {"TT":"x:@TwinsTrust","TF":"facebook:@twinstrust","tash":"x:@tynesidetash","marie":"x:@marieb_l8",
"ruk":"facebook:@rukhsana.begum.77","sian":"facebook:@sian.pritchard.cdf","lee":"instagram:@tripledaddy_mcr",
"ewan":"x:@ewan_fcs_glasgow","ruth":"blog:twosaplenty.blog","jan":"bluesky:@yorksjan.bsky.social",
"chioma":"facebook:@chioma.okafor.5","dre":"x:@dre_ldn","zoe":"facebook:@zoe.hext.taunton","aga":"mastodon:@aga_w"}
PRIV = {"sian","zoe"}
REFS = {}
def rl(s): return [AB[x] for x in s.split()] if s else []
def emit(chunk, posts):
    b = open(os.path.join(D,"bundle.jsonl"),"a"); l = open(os.path.join(D,"labels.jsonl"),"a")
    for i,p in enumerate(posts):
        a = ACC[p["a"]]; plat = a.split(":")[0]
        pid = "%s:9793%d%04d" % (plat, chunk, i+1)
        if p.get("k"): REFS[p["k"]] = pid
        rep = p.get("rep")
        if rep:
            acc, post = rep
            if acc in ACC: acc = ACC[acc]
            if post in REFS: post = REFS[post]
            rep = {"account":acc,"post_id":post}
        media = []
        m = p.get("m")
        if m:
            for j,alt in enumerate(m if isinstance(m,list) else [m]):
                media.append({"type":"photo","path":"media/h%d%04d_%d.jpg"%(chunk,i+1,j),"alt_text":alt})
        g = p.get("g")
        geo = {"lat":g[0],"lon":g[1],"place_name":g[2]} if g else None
        vis = p.get("vis") or ("friends" if p["a"] in PRIV and not rep else "public")
        url = None if plat=="blog" else "https://example.invalid/%s/%s" % (plat, pid.split(":")[1])
        if plat=="blog": url = "https://%s/%s" % (a.split(":",1)[1], pid.split(":")[1])
        rec = {"kind":"post","id":pid,"account_id":a,"platform":plat,"created_at":p["d"]+":00Z","text":p["t"],
               "url":url,"lang":"en","in_reply_to":rep,"geo":geo,"media":media,"visibility":vis}
        b.write(json.dumps(rec,ensure_ascii=False)+"\n")
        r = rl(p.get("r","")); u = rl(p.get("u",""))
        l.write(json.dumps({"subject":pid,"rules":r,"unsure":u,"clauses":{x:CL[x] for x in r},"why":p.get("w","")},ensure_ascii=False)+"\n")
    b.close(); l.close()
    json.dump(REFS, open(os.path.join(D,".refs_%d.json"%chunk),"w"))
def load_refs():
    import glob
    for f in glob.glob(os.path.join(D,".refs_*.json")): REFS.update(json.load(open(f)))
