POSTS = []
AB = {"crit":"criticism","name":"name-leak","sens":"sensitive-info","loc":"location-disclosure","adv":"advice-to-family",
      "pol":"controversial-official","contact":"contact-details","photo":"family-photo","geo":"geotag","logo":"logo-misuse"}
PLACES = {"Skelmouth":(54.512,-0.671),"Gullhaven":(54.468,-0.602),"Brackwater":(54.551,-0.742),"Marram Point":(54.437,-0.553),
          "Tarrow Bay":(54.489,-0.631),"Saltcote":(54.575,-0.811)}
def P(acct, when, text, r="", u="", why="", m=None, geo=None, re=None, key=None, vis=None):
    if m is not None and isinstance(m, str): m=[m]
    g=None
    if geo:
        if isinstance(geo,str):
            lat,lon=PLACES[geo]; g={"lat":lat,"lon":lon,"place_name":geo}
        else:
            g={"lat":geo[0],"lon":geo[1],"place_name":geo[2]}
    POSTS.append(dict(acct=acct, when=when, text=text, r=[AB.get(x,x) for x in r.split()], u=[AB.get(x,x) for x in u.split()],
                      why=why, m=m or [], geo=g, re=re, key=key, vis=vis))
