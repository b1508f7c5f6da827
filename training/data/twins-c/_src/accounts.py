# Hand-written accounts of the twins-c bundle (see ../NOTES.md).
A = {}


def acct(key, id, display, role, bio, is_public, loc, rules="", unsure="", why=""):
    plat, _, h = id.partition(":")
    A[key] = dict(kind="account", id=id, platform=plat, handle=h.lstrip("@"), display_name=display, role=role,
                  bio=bio, about_text=None, website=None, is_public=is_public, location_sharing=loc,
                  _r=rules.split(), _u=unsure.split(), _why=why)


acct("tt", "x:@TwinsTrustNews", "Twins Trust", "official",
     "News from Twins Trust, the UK charity for families with twins, triplets and more. Twinline 0800 138 0509",
     True, False, why="official account")
acct("bev", "facebook:@bev.oakes.stoke", "Bev Oakes", "personal",
     "Stoke lass 💚 nan to three. Family Crisis Support volunteer @TwinsTrust. Views my own duck", True, False,
     rules="privacy-settings", why="disclaimer present; public, posts describe her visits")
acct("kez", "x:@kez_in_leith", "Kerry-Ann", "personal",
     "mum of twin boys (Fraser & Lachlan) | FCS volunteer wi Twins Trust | aw views ma ain", False, False,
     why="friends-only, disclaimer present")
acct("raj", "instagram:@raj.dad.of.twins", "Raj", "personal",
     "Dad to Arjun & Meera 👬 Leicester. Volunteer with Twins Trust Family Crisis Support. Posts are personal views only.",
     True, False, rules="privacy-settings", why="disclaimer present; public account narrating visits")
acct("nell", "bluesky:@nellwritesit.bsky.social", "Nell", "personal",
     "ex-NICU nurse, twin mum, FCS volunteer. opinions mine", False, False, why="friends-only, disclaimer present")
acct("gaz", "facebook:@gaz.moss.brum", "Gary Moss", "personal",
     "Brummie. Villa. Twins Trust volunteer (Family Crisis Support). Dad of 4.", True, False,
     rules="disclaimer-missing privacy-settings", why="names the Trust, no disclaimer; public and posts about families")
acct("sioned", "x:@sioned_caerdydd", "Sioned", "personal",
     "Mam i efeilliaid 💛 Cardiff. Volunteer @TwinsTrust. Barn fy hun / views my own", False, False,
     why="friends-only, Welsh and English disclaimer")
acct("lou", "instagram:@lou.twinmum.kent", "Louise", "personal",
     "twin mum x2 (yes really) 🙃 kent | family crisis support volunteer | my own views", True, False,
     rules="privacy-settings", why="disclaimer present; public, posts describe her families")
