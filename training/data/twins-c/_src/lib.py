# Serialiser helper only: every post text, alt text, label and reason is hand-written in chunkNN.py.
POSTS = []
AB = {"nl": "name-leak", "si": "sensitive-info", "fp": "family-photo", "gt": "geotag",
      "ld": "location-disclosure", "cr": "criticism", "co": "controversial-official",
      "af": "advice-to-family", "cd": "contact-details", "lm": "logo-misuse"}


def P(a, t, text, r="", u="", why="", m=None, g=None, re=None):
    POSTS.append(dict(a=a, t=t, text=text, r=[AB[x] for x in r.split()], u=[AB[x] for x in u.split()],
                      why=why, m=m or [], g=g, re=re))
