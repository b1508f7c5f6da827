# Hand-written accounts of the cft-c bundle (see ../NOTES.md).
A = {}


def acct(key, id, display, role, bio, is_public, loc, rules="", unsure="", why=""):
    plat, _, h = id.partition(":")
    A[key] = dict(kind="account", id=id, platform=plat, handle=h.lstrip("@"), display_name=display, role=role,
                  bio=bio, about_text=None, website=None, is_public=is_public, location_sharing=loc,
                  _r=rules.split(), _u=unsure.split(), _why=why)


acct("cft", "instagram:@childrensfamilytrust", "Children's Family Trust", "official",
     "Not-for-profit fostering. Could you foster? Enquiries via childrensfamilytrust.org", True, False,
     why="official account")
acct("mo", "facebook:@maureen.okafor.foster", "Maureen Okafor", "personal",
     "Foster carer with the Children's Family Trust for 12 years. Grandma of 5. Views are my own.", True, False,
     rules="privacy-settings", why="disclaimer present; public, posts about the children in her care")
acct("dan", "x:@dan_fosters_hull", "Dan", "personal",
     "hull. foster dad (CFT). rovers. personal account, my views not the agency's", False, False,
     why="friends-only with a disclaimer")
acct("priya", "instagram:@priya.and.co.fostering", "Priya", "personal",
     "We foster with Children's Family Trust 🌈 mum to Anaya (our birth daughter) ✨", True, True,
     rules="disclaimer-missing privacy-settings", why="names CFT without a disclaimer; location sharing on")
acct("jo", "bluesky:@jo-ssw.bsky.social", "Jo", "personal",
     "supervising social worker at a fostering charity. knitting, hills, tea. opinions mine", False, False,
     why="friends-only, disclaimer present")
acct("ceri", "facebook:@ceri.hughes.wrexham", "Ceri Hughes", "personal",
     "Wrexham. Mum of three boys. Foster carer. Barn fy hun.", True, False,
     rules="privacy-settings", unsure="disclaimer-missing",
     why="public account describing the children she fosters; bio does not name CFT")
