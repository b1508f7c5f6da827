# Serialiser for hand-written posts. Holds no content of its own.
import json, re
RULES = {"nl":"name-leak","si":"sensitive-info","ld":"location-disclosure","cr":"criticism",
         "ad":"advice-to-family","co":"controversial-official","cd":"contact-details",
         "fp":"family-photo","gt":"geotag","lm":"logo-misuse","dm":"disclaimer-missing","ps":"privacy-settings"}
CLAUSE = {"name-leak":"Post content 1","sensitive-info":"Post content 1","family-photo":"Photos",
          "geotag":"Post content 3","location-disclosure":"Post content 3","logo-misuse":"Guidance for personal use",
          "criticism":"Guidance for personal use","advice-to-family":"Post content 11",
          "controversial-official":"Post content 12; Guidance for personal use","contact-details":"Post content 4",
          "disclaimer-missing":"Post content 7","privacy-settings":"Post content 6"}
ACCOUNTS = {}   # code -> record
ACC_LABELS = {}
POSTS = []      # dicts
def acct(code, id, platform, handle, display, bio, role="personal", about=None, website=None,
         public=True, loc=False, r="", u="", w=""):
    ACCOUNTS[code] = {"kind":"account","id":id,"platform":platform,"handle":handle,"display_name":display,
        "role":role,"bio":bio,"about_text":about,"website":website,"is_public":public,"location_sharing":loc}
    ACC_LABELS[code] = (r.split(), u.split(), w)
def p(a, t, text, r="", u="", w="", m=None, g=None, rp=None, ref=None, nm=None, v=None, d=0):
    POSTS.append(dict(a=a, t=t, text=text, r=r.split(), u=u.split(), w=w, m=m or [], g=g, rp=rp, ref=ref,
                      nm=nm or [], v=v, d=d))
