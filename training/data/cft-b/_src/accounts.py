# key: (id, platform, handle, display_name, role, bio, about_text, website, is_public, location_sharing, acct_rules, acct_unsure, why)
A = {}
def acct(key, id, display, role, bio, is_public, loc, rules="", unsure="", why="", about=None, website=None):
    plat, _, h = id.partition(":")
    A[key] = dict(kind="account", id=id, platform=plat, handle=h.lstrip("@"), display_name=display, role=role,
                  bio=bio, about_text=about, website=website, is_public=is_public, location_sharing=loc,
                  _r=rules.split(), _u=unsure.split(), _why=why)

acct("cftx", "x:@CFTfostering", "Children's Family Trust", "official",
     "Children's Family Trust 💙 not-for-profit fostering agency with teams in Liverpool, Manchester, Newcastle, Leeds, Birmingham, Cardiff, Bristol, Glasgow & south London. Could you foster? #fostering #CFT",
     True, False, why="official account", website="https://childrensfamilytrust.org")
acct("cftfb", "facebook:@ChildrensFamilyTrust", "Children's Family Trust", "official",
     "Registered charity and independent fostering agency. We find safe, loving homes for children and young people who can't live with their own families. To ask about fostering, use the enquiry form at childrensfamilytrust.org.",
     True, False, why="official account", website="https://childrensfamilytrust.org")
acct("shelley", "x:@shelleyrimmer_sw", "Shelley Rimmer", "personal",
     "Supervising social worker @CFTfostering 🏠 Kopite. Mum of two lads. Views me own, not me employer's.",
     True, False, rules="privacy-settings", why="disclaimer present; public account narrating her visits to carers and children")
acct("dave", "facebook:@dave.kirsty.robson", "Dave & Kirsty Robson", "personal",
     "Foster carers with Children's Family Trust since 2019 🖤🤍 Gateshead. Toon till we die.",
     True, True, rules="disclaimer-missing privacy-settings", why="names CFT with no personal-views line; public with location sharing on")
acct("parveen", "instagram:@brum_foster_mum", "Parveen 🌻", "personal",
     "foster mum 💛 3 birth kids + whoever needs us 🏠 Brummie born & bred ☕ chai addict",
     True, False, rules="privacy-settings", unsure="disclaimer-missing", why="bio does not name CFT but posts do; public account posting about the children she fosters")
acct("lee", "x:@LeeBrannigan_", "Lee Brannigan", "personal",
     "Foster dad with the Children's Family Trust. Salford lad. City till I die 💙 Opinions are mine, not the agency's.",
     True, False, rules="privacy-settings", why="disclaimer present; public account posting about children in his care")
acct("aisha", "linkedin:@aisha-okonkwo-cft", "Aisha Okonkwo", "personal",
     "Registered Manager, Children's Family Trust (Yorkshire) | HCPC registered social worker | Passionate about permanence and stability for children in care",
     True, None, rules="disclaimer-missing privacy-settings", why="names CFT role, no disclaimer; public LinkedIn posts describe individual children she has met")
acct("rhodri", "linkedin:@rhodri-pryce-sw", "Rhodri Pryce", "personal",
     "Supervising Social Worker at Children's Family Trust, Cardiff team. Social Work Wales registered. All views my own.",
     True, None, rules="privacy-settings", why="disclaimer present; public and describes his supervision visits")
acct("fiona", "bluesky:@fionamcleish.bsky.social", "Fiona McLeish", "personal",
     "Foster carer wi the Children's Family Trust, Glasgow. Weans, dugs, tablet. Views are ma ain.",
     True, False, rules="privacy-settings", why="Scots disclaimer 'views are ma ain' present; public, posts about the weans she fosters")
acct("danny", "x:@DannyHolroydCFT", "Danny Holroyd", "personal",
     "Recruitment & marketing officer @CFTfostering 🏉 Huddersfield born, Huddersfield bred. Ask me about fostering!",
     True, False, rules="disclaimer-missing privacy-settings", why="names CFT role with no disclaimer; public, and some posts describe foster children he has met")
acct("janice", "facebook:@janice.whitlock.7", "Janice Whitlock", "personal",
     "Works at Childrens Family Trust. Nan to 4 gorgeous grandbabies. Bristol born n bred 🌉",
     False, False, rules="disclaimer-missing", why="names CFT, no disclaimer; friends-only profile so privacy clean")
acct("kwabena", "instagram:@kwabz.fosterdad", "Kwabena A.", "personal",
     "foster dad x 2yrs 🇬🇭🇬🇧 | carer w/ @CFTfostering | gym, jollof, arsenal | views my own innit",
     False, False, why="'views my own' present; private Instagram")
acct("marcia", "facebook:@marcia.campbell.blessed", "Marcia Campbell", "personal",
     "Retired nurse. Foster carer. Grandmother of five. God is good all the time 🙏🏾 Handsworth",
     None, None, why="no organisation named in bio; visibility unknown, no location sharing")
acct("tomasz", "facebook:@tomasz.ewa.nowak", "Tomasz & Ewa Nowak", "personal",
     "Foster carers for Children's Family Trust in Leeds. Our posts, our views, not the Trust's.",
     False, False, why="disclaimer present; friends-only")
acct("priya", "bluesky:@priyaraman.bsky.social", "Priya Raman", "personal",
     "social worker · fostering · novels · too much tea · she/her",
     True, False, rules="privacy-settings", unsure="disclaimer-missing", why="bio doesn't name CFT but posts do; public and describes her visits and the children")
acct("ross", "x:@RossKerriganSW", "Ross Kerrigan", "personal",
     "Senior practitioner, Children's Family Trust Glasgow. Tweets are personal. Partick Thistle, unfortunately.",
     True, False, rules="privacy-settings", why="'tweets are personal' counts as disclaimer; public and describes home visits")
acct("bethan", "instagram:@twomamsandafoster", "Bethan & Carys 🏳️‍🌈", "personal",
     "Two mams, one daft dog, and the little ones we foster with @childrensfamilytrust 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Wrexham way",
     True, True, rules="disclaimer-missing privacy-settings", why="names CFT, no disclaimer; public with location sharing on")
acct("colette", "facebook:@colette.doyle.wirral", "Colette Doyle", "personal",
     "Mammy, foster carer, Irish in Birkenhead ☘️ Fostering with the Children's Family Trust. Any opinions here are my own, obviously.",
     True, False, rules="privacy-settings", why="disclaimer present; public profile posting about foster children")
acct("seun", "linkedin:@seun-adeyemi", "Oluwaseun (Seun) Adeyemi", "personal",
     "Placements Coordinator | Children's Family Trust | MSc Social Policy | Matching children with the right families",
     True, None, rules="disclaimer-missing privacy-settings", why="names CFT role, no disclaimer; public LinkedIn posts describe specific placements")
acct("pauline", "x:@paulineashby_glos", "Pauline Ashby", "personal",
     "Fosterer. Gardener. Grumpy about buses. Gloucester way.",
     True, False, rules="privacy-settings", why="no organisation named so no disclaimer needed; public and posts about children in her care")
acct("mei", "bluesky:@meichen-familytime.bsky.social", "Mei Chen", "personal",
     "Family time worker @ Children's Family Trust (Manchester). Views my own, not my employer's. 🌱",
     True, False, rules="privacy-settings", why="disclaimer present; public and narrates contact sessions")
acct("stacey", "facebook:@stacey.wardle.x", "Stacey Wardle", "personal",
     "mam of 3 🥰 fosterer 💕 sunderland 🔴⚪ DM for nails 💅",
     True, True, rules="privacy-settings", why="no org named; location sharing on and public posts about foster kids")
acct("gwen", "blog:teaandtantrums.example", "Tea and Tantrums", "personal",
     "Fostering in the Valleys, one brew at a time.",
     True, None, unsure="privacy-settings", why="About text carries disclaimer; blogs public by nature",
     about="I'm Gwen. My husband Huw and I have fostered with the Children's Family Trust for eleven years. Nothing on this blog is the Trust's view; it's all mine, warts and all. I change details and never use the children's names.",
     website="https://teaandtantrums.example")
acct("yusuf", "x:@YusufRahmanLD", "Yusuf Rahman", "personal",
     "Learning & development lead at the Children's Family Trust. Dad of three. Villa season ticket. Trainer, not a lawyer.",
     False, False, rules="disclaimer-missing", why="names CFT role; 'trainer, not a lawyer' is not a personal-views disclaimer; protected account so privacy clean")
