A = []
def acc(id, platform, handle, name, role, bio, pub, loc, r="", u="", why="", about=None, web=None):
    A.append(dict(kind="account", id=id, platform=platform, handle=handle, display_name=name, role=role,
                  bio=bio, about_text=about, website=web, is_public=pub, location_sharing=loc,
                  _r=r, _u=u, _why=why))

acc("x:@HarbourMentors","x","HarbourMentors","Harbourside Youth Mentoring","official",
    "Volunteer mentors for young people aged 11-18 on the Tarrow coast 🌊 Helpline 0808 196 0352 (Mon-Fri 9-8). Could you #BeAMentor?",
    True, False, why="official account", web="https://harboursidementoring.org.uk")
acc("facebook:@HarboursideYouthMentoring","facebook","HarboursideYouthMentoring","Harbourside Youth Mentoring","official",
    "Registered charity matching trained volunteer mentors with young people across Skelmouth, Gullhaven, Brackwater and the Tarrow coast. Helpline 0808 196 0352 · hello@harboursidementoring.org.uk",
    True, False, why="official account", web="https://harboursidementoring.org.uk")
acc("x:@dazza_pike","x","dazza_pike","Daz Pike","personal",
    "Mentor @HarbourMentors 💪 Skelmouth born n bred. Gulls till I die. Scaffolder by day",
    True, False, r="disclaimer-missing privacy-settings", why="names Harbourside, no disclaimer; public account posting about his mentee")
acc("facebook:@priya.raman.77","facebook","priya.raman.77","Priya Raman","personal",
    "Volunteer mentor with Harbourside Youth Mentoring. Pharmacist. Views my own.",
    False, False, why="disclaimer present; friends-only")
acc("instagram:@kerryann_youthwork","instagram","kerryann_youthwork","Kerry-Ann Doyle","personal",
    "Youth worker 🌊 Mentoring coordinator at Harbourside 💙 Brackwater girl ☀️ coffee & sea swims",
    True, True, r="disclaimer-missing privacy-settings", why="names Harbourside, no disclaimer; location sharing on")
acc("x:@tomasz_matches","x","tomasz_matches","Tomasz Wójcik","personal",
    "Matching coordinator @HarbourMentors. Runner, bad cook. Opinions my own.",
    True, False, r="privacy-settings", why="disclaimer present; public and some posts describe individual young people")
acc("facebook:@bev.okafor.nan4","facebook","bev.okafor.nan4","Beverley Okafor","personal",
    "Retired primary teacher. Nan of 4. Allotment, choir and far too many cushions.",
    True, False, r="privacy-settings", u="disclaimer-missing", why="bio doesn't name Harbourside but posts do; public and posts about her mentee")
acc("x:@jamiereeve_yw","x","jamiereeve_yw","Jamie Reeve","personal",
    "Detached youth worker. Also mentor w/ Harbourside Youth Mentoring. views mine not theirs. he/him",
    True, False, r="privacy-settings", why="disclaimer present; public and describes sessions with his mentee")
acc("blog:tidesandteens.blog","blog","tidesandteens.blog","Tides & Teens","personal",
    "Notes from a volunteer mentor on the Tarrow coast.",
    True, None, u="privacy-settings", why="blog about-page has disclaimer; blogs are unsure for privacy",
    about="I'm Helen, and I've been a volunteer mentor with Harbourside Youth Mentoring since 2022. Everything on this blog is my own opinion and does not represent Harbourside Youth Mentoring.",
    web="https://tidesandteens.blog")
acc("instagram:@soph.makes.things","instagram","soph.makes.things","Sophie Li 🧶","personal",
    "Crochet, coffee & cake 🧁 Fundraising for @harbourmentors 💙 Etsy link below",
    True, False, r="disclaimer-missing", u="privacy-settings", why="names Harbourside, no disclaimer; public but posts are fundraising")
acc("x:@KwabenaAsante","x","KwabenaAsante","Kwabena Asante","personal",
    "Civil engineer. Dad of two. Mentor at Harbourside Youth Mentoring. All views my own.",
    True, False, r="privacy-settings", why="disclaimer present; public and posts about his mentee")
acc("facebook:@lorraine.pascoe.5","facebook","lorraine.pascoe.5","Lorraine Pascoe","personal",
    "Harbourside mentor 💙 Mum, wife, dog lover 🐾 Gullhaven",
    False, False, r="disclaimer-missing", why="names Harbourside, no disclaimer; friends-only")
acc("bluesky:@olliebrennan.bsky.social","bluesky","olliebrennan.bsky.social","Ollie Brennan","personal",
    "Volunteer team @ Harbourside Youth Mentoring. Views my own. Indie games, bad puns. he/him",
    True, False, u="privacy-settings", why="disclaimer present; public, mostly recruitment posts")
acc("x:@shaz_k_88","x","shaz_k_88","Shazia 🌸","personal",
    "mum of 2 | nurse | mentoring teens on the tarrow coast 🌊",
    True, False, r="privacy-settings", u="disclaimer-missing", why="bio hints at mentoring but doesn't name Harbourside; public and posts about her mentee")
acc("instagram:@marcus.fenwick.surf","instagram","marcus.fenwick.surf","Marcus Fenwick","personal",
    "🏄 surf coach | mentor with Harbourside | views own",
    True, None, r="privacy-settings", why="disclaimer present; public and posts about his mentee")
acc("linkedin:@aoife-gallagher","linkedin","aoife-gallagher","Aoife Gallagher","personal",
    "Head of Programmes at Harbourside Youth Mentoring | Youth participation | Trustee, Tarrow Food Bank",
    True, False, r="disclaimer-missing privacy-settings", why="names Harbourside, no disclaimer; public profile that describes individual young people's circumstances")
acc("mastodon:@rhysj","mastodon","rhysj","Rhys Jenkins","personal",
    "Volunteer mentor (Harbourside). Birdwatcher. Opinions are mine alone.",
    False, False, why="disclaimer present; private account")
