from lib import acct
acct("tt","facebook:@TwinsTrust","facebook","TwinsTrust","Twins Trust",
     "Twins Trust is the UK charity for families with twins, triplets and more. Twinline: 0800 138 0509 · asktwinline@twinstrust.org",
     role="official", website="https://twinstrust.org", public=True, loc=False, w="official account")
acct("shiv","x:@shiv_wirral_twins","x","shiv_wirral_twins","Shiv 💙",
     "mam of twin lads (Lewis & Cian) 💙 season ticket holder, brew enthusiast, Family Crisis Support volunteer @TwinsTrust. views me own, obvs",
     r="ps", w="disclaimer present; public account that describes home visits")
acct("mo","instagram:@geordie_twin_nana","instagram","geordie_twin_nana","Maureen (Mo) 💛",
     "Nana to twin bairns Ellis & Poppy 💛 Tyneside born n bred. Family Crisis Support volunteer with @twinstrust",
     loc=True, r="dm ps", w="names FCS/@twinstrust, no views-my-own; location sharing on")
acct("bal","facebook:@baljit.kaur.brum","facebook","baljit.kaur.brum","Baljit Kaur",
     "Mum of 3 at once 😅 Kings Heath. Family Crisis Support volunteer. Views are my own.",
     public=False, w="friends-only, disclaimer present")
acct("dean","x:@deano_mcr_twins","x","deano_mcr_twins","Deano",
     "dad of twin girls 💙 City till I die. volunteer w/ Twins Trust FCS. opinions mine not theirs",
     r="ps", w="disclaimer present ('opinions mine not theirs'); public, posts about visits")
acct("morag","bluesky:@moragmac.bsky.social","bluesky","moragmac.bsky.social","Morag MacLeod",
     "Twin maw fae Govan. Volunteer wi Family Crisis Support (Twins Trust). Ma ain views, naebody else's.",
     loc=None, r="ps", w="Scots disclaimer present; public, posts describe families")
acct("sal","facebook:@sally.yorks.twins","facebook","sally.yorks.twins","Sally Ackroyd",
     "Proud Yorkshire lass. Mum to twins. FCS volunteer with Twins Trust 💛",
     r="dm ps", w="names Twins Trust, no disclaimer; public, posts about visits")
acct("rhian","instagram:@cwtchesandtwins","instagram","cwtchesandtwins","Rhian ✨",
     "Mam to twins Gwen & Osian 🏴 cwtches & chaos | Twins Trust FCS volunteer | all views my own",
     public=False, w="private account, disclaimer present")
acct("tam","facebook:@tamsin.zummerzet","facebook","tamsin.zummerzet","Tamsin Hood",
     "Zummerzet born n bred. Twins x2 (yes really). Volunteer, baker, cider drinker.",
     u="dm", r="ps", w="bio says 'volunteer' but not which org; posts name FCS. public and describes visits")
acct("dre","x:@dre_sthldn","x","dre_sthldn","Dre",
     "dad of twins. south london. FCS volunteer @TwinsTrust. views my own innit",
     r="ps", w="disclaimer present; public, posts about visits")
acct("priya","linkedin:@priya-sharma-hrbp","linkedin","priya-sharma-hrbp","Priya Sharma",
     "HR Business Partner | Volunteer, Family Crisis Support at Twins Trust | Mum of twins | Passionate about inclusive workplaces",
     r="dm ps", w="names Twins Trust role, no disclaimer; public posts describe a family")
acct("teacups","blog:teacupsandtwinprams.blog","blog","teacupsandtwinprams.blog","Teacups and Twin Prams",
     "Ruth writes about twins, tea and volunteering.",
     about="I'm Ruth, mum to twin boys Tobi and Dayo and a Family Crisis Support volunteer with Twins Trust. The views on this blog are mine alone and do not represent Twins Trust.",
     website="https://teacupsandtwinprams.blog", loc=None, u="ps", w="blog: disclaimer in About; public by nature")
acct("marek","blog:threeatoncedad.wordpress.com","blog","threeatoncedad.wordpress.com","Three At Once Dad",
     "Triplets, code and volunteering.",
     about="Marek. Dad of triplets (Kuba, Ola and Zosia), software tester in Swindon, and a volunteer with the Family Crisis Support service at Twins Trust. I write here about triplet life and about volunteering.",
     website="https://threeatoncedad.wordpress.com", loc=None, r="dm", u="ps", w="About names FCS/Twins Trust, no disclaimer; blog")
acct("ffion","mastodon:@ffion@toot.wales","mastodon","ffion@toot.wales","Ffion Pritchard",
     "Mam. Gwau/knitting. Volunteer with Family Crisis Support @ Twins Trust. Views are mine alone.",
     r="ps", w="disclaimer present; public, posts about visits")
acct("jamie","mastodon:@jamie_r@mastodon.social","mastodon","jamie_r@mastodon.social","Jamie R (they/them)",
     "Parent of twins. Volunteering with a twins charity. Cyclist. Opinions mine.",
     r="ps", w="disclaimer present; public, posts describe visits")
acct("amara","x:@amara_twice_blessed","x","amara_twice_blessed","Amara O. 🙌🏾",
     "Mum of two sets of twins 🙌🏾 Chelmsford. Family Crisis Support volunteer @TwinsTrust",
     r="dm ps", w="names @TwinsTrust, no disclaimer; public, posts about visits")
acct("pat","facebook:@pat.hollis.52","facebook","pat.hollis.52","Pat Hollis",
     "Grandmother of twins. Raising money for Twins Trust every chance I get!",
     public=False, r="dm", w="names Twins Trust, no disclaimer; friends-only")
acct("rob","instagram:@leeds_twin_dad_runs","instagram","leeds_twin_dad_runs","Rob | running for twins",
     "Running for @twinstrust 🏃‍♂️ dad of twins | FCS volunteer | views own",
     loc=None, u="ps", w="disclaimer present; public but posts are fundraising/promo only")
acct("hanifa","bluesky:@hanifa-writes.bsky.social","bluesky","hanifa-writes.bsky.social","Hanifa Begum",
     "Mum of twins, writer, Bradford. Family Crisis Support volunteer with Twins Trust. Views my own.",
     r="ps", w="disclaimer present; public, posts about visits")
acct("eilidh","x:@eilidh_edi","x","eilidh_edi","Eilidh",
     "twin mum | auld reekie | volunteering w @twinstrust fcs",
     loc=True, r="dm ps", w="names @twinstrust, no disclaimer; location sharing on")
acct("meilin","facebook:@meilin.chen.mcr","facebook","meilin.chen.mcr","Mei-Lin Chen",
     "Mum of twins, accountant, Family Crisis Support volunteer. All views my own.",
     public=False, w="friends-only, disclaimer present")
acct("kwab","instagram:@kwabena.and.the.twins","instagram","kwabena.and.the.twins","Kwabena A.",
     "Dad x2 (twins) 🇬🇭🇬🇧 | Twins Trust FCS volunteer | views mine",
     r="ps", w="disclaimer present; public, posts about visits")
acct("dorota","facebook:@dorota.nowak.pboro","facebook","dorota.nowak.pboro","Dorota Nowak",
     "Mama of twins. Peterborough. Volunteer in Family Crisis Support 💛",
     r="dm ps", w="names FCS, no disclaimer; public, posts about visits")
acct("marcia","x:@marcia_gran_of_twins","x","marcia_gran_of_twins","Marcia B",
     "Grandmother. Church choir. Twins Trust FCS volunteer. Views mi own.",
     r="ps", w="disclaimer present (patois); public, posts about visits")
acct("kirsty","instagram:@the.chaos.x2","instagram","the.chaos.x2","kirsty 🥂",
     "twin mum 🥂 chaos x2 | essex | fcs vol for twins trust",
     loc=True, r="dm ps", w="names twins trust, no disclaimer; location sharing on")
acct("aled","facebook:@aled.jenkins.rhondda","facebook","aled.jenkins.rhondda","Aled Jenkins",
     "Dad. Rugby. Fundraising for Twins Trust. Views my own.",
     public=False, w="friends-only, disclaimer present")
acct("sunita","bluesky:@sunita-b.bsky.social","bluesky","sunita-b.bsky.social","Sunita B",
     "Retired midwife. Now volunteering with Twins Trust Family Crisis Support. Personal account, personal views.",
     loc=None, r="ps", w="disclaimer present; public, posts about visits")
acct("seun","linkedin:@oluwaseun-adeyemi-pm","linkedin","oluwaseun-adeyemi-pm","Oluwaseun (Seun) Adeyemi",
     "Programme Manager | Family Crisis Support Volunteer, Twins Trust | Views expressed are my own",
     r="ps", w="disclaimer present; public, mostly promotional but some posts describe a family")
acct("ciaran","x:@ciaran_da_bfs","x","ciaran_da_bfs","Ciarán",
     "Da of twins. Belfast. FCS vol @TwinsTrust. Own views.",
     r="ps", w="disclaimer present ('Own views'); public, posts about visits")
acct("rosie","mastodon:@rosie_kernow@mastodon.online","mastodon","rosie_kernow@mastodon.online","Rosie 🌊",
     "Cornish maid, twin mum, knitter, volunteer.",
     u="dm", r="ps", w="bio doesn't name the org, posts do; public, posts about visits")
acct("yasmin","instagram:@yasmin.twinsandtea","instagram","yasmin.twinsandtea","Yasmin H",
     "Twins Trust volunteer 💜 mum of twins | tea over everything",
     public=False, r="dm", w="names Twins Trust, no disclaimer; private")
acct("shona","blog:nightfeedsandnotebooks.co.uk","blog","nightfeedsandnotebooks.co.uk","Night Feeds & Notebooks",
     "Twins, teaching, tea and the odd rant.",
     about="Shona, Dundee. Twin mum to Fraser and Iona, ex-teacher, and Family Crisis Support volunteer with Twins Trust since 2024. Everything written here is my own opinion and not that of Twins Trust.",
     website="https://nightfeedsandnotebooks.co.uk", loc=None, u="ps", w="blog with disclaimer in About")
