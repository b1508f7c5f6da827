"""Tiny helper: a hand-written post plus its hand-written label.
The build script only assigns ids, timestamps, urls and media paths."""

def P(text, r="", u="", why="", m=(), geo=None, rep=None, key=None, at=None,
      lang="en", n=""):
    return dict(text=text, r=r.split(), u=u.split(), why=why, m=list(m),
                geo=geo, rep=rep, key=key, at=at, lang=lang, n=n.split())
