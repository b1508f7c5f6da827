# Helper used by the hand-written post files. Only stores what I type;
# ids, timestamps, urls and media paths are assigned by twins_build.py.
CODES = {"N": "name-leak", "S": "sensitive-info", "F": "family-photo", "G": "geotag",
         "L": "location-disclosure", "O": "logo-misuse", "C": "criticism",
         "A": "advice-to-family", "P": "controversial-official", "D": "contact-details"}

POSTS = {}      # account id -> list of dicts
_cur = [None]

def acct(aid):
    _cur[0] = aid
    POSTS.setdefault(aid, [])

def p(text, r="", u="", why="", m=None, geo=None, rep=None, k=None, t=None, vis=None):
    if isinstance(m, str):
        m = [m]
    POSTS[_cur[0]].append(dict(text=text, rules=[CODES[c] for c in r.split()],
                               unsure=[CODES[c] for c in u.split()], why=why, media=m or [],
                               geo=geo, rep=rep, key=k, t=t, vis=vis))
