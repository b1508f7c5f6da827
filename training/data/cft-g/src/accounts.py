acct("X","x:@CFTfostering","x","CFTfostering","Children's Family Trust","official",
 "Children's Family Trust 💙 not-for-profit fostering charity. Could you give a child a safe home? #fostering #CFT",True,False,why="official account",web="https://childrensfamilytrust.org")
acct("FB","facebook:@childrensfamilytrust","facebook","childrensfamilytrust","Children's Family Trust","official",
 "The official page of the Children's Family Trust. Fostering enquiries via our website. #fostercare",True,False,why="official account",web="https://childrensfamilytrust.org")
acct("BER","facebook:@bernie.mcgowan.fosters","facebook","bernie.mcgowan.fosters","Bernie McGowan","personal",
 "Foster carer with the Children's Family Trust 💙 Nan of 4, Reds fan, Walton born n bred",True,False,
 "disclaimer-missing privacy-settings","","names CFT with no disclaimer; public profile describing children in her care")
acct("SAN","x:@sandyrobson_toon","x","sandyrobson_toon","Sandy Robson","personal",
 "fosterin wi @CFTfostering 11 year. views me own like. toon army ⚫⚪",True,True,
 "privacy-settings","","disclaimer present ('views me own'); location sharing switched on")
acct("KUL","instagram:@brumfosterdad","instagram","brumfosterdad","Kuldip Sandhu","personal",
 "Foster dad with Children's Family Trust | Villa | bhangra & barbecues",True,False,
 "disclaimer-missing privacy-settings","","names CFT, no disclaimer; public account posting about the children he fosters")
acct("AOI","facebook:@aoife.devlin.92","facebook","aoife.devlin.92","Aoife Devlin","personal",
 "Supervising social worker at Children's Family Trust. Views are my own. Manc, mum, muddy runner",False,False,
 "","","disclaimer present; friends-only account")
acct("MOI","x:@moira_mac_partick","x","moira_mac_partick","Moira MacLeod","personal",
 "foster mum, wee dug called Hamish, jags season ticket. glasgow",True,False,
 "privacy-settings","disclaimer-missing","bio doesn't name CFT but posts do; public account describing foster children")
acct("BLG","blog:thekitchentableyears.co.uk","blog","thekitchentableyears.co.uk","The Kitchen Table Years","personal",
 "Fostering, family and far too much tea. Yorkshire.",True,None,
 "","privacy-settings","About page has disclaimer; blogs are public by nature",
 about="We're Helen and Dev, foster carers with the Children's Family Trust since 2019. Everything on this blog is our own opinion, not the Trust's. We change details to protect the young people we look after.")
acct("RHI","facebook:@rhian.prosser.fundraising","facebook","rhian.prosser.fundraising","Rhian Prosser","personal",
 "Volunteer fundraiser for Children's Family Trust 💙 Bakes, runs, Pontypridd",True,False,
 "disclaimer-missing","privacy-settings","names CFT, no disclaimer; public but posts are fundraising/promotional")
acct("TOB","x:@tobi_adeyemi","x","tobi_adeyemi","Tobi Adeyemi","personal",
 "Recruitment officer @CFTfostering. All views my own. South London. Arsenal, jollof debates",True,False,
 "","privacy-settings","disclaimer present; public but posts mostly recruitment/promo")
acct("JAN","bluesky:@janpenrose.bsky.social","bluesky","janpenrose.bsky.social","Jan Penrose","personal",
 "Nana, allotment, foster carer with CFT down in Somerset 🌻",True,False,
 "disclaimer-missing privacy-settings","","names CFT, no disclaimer; public account describing children in care")
acct("FAR","instagram:@fostering_with_farah","instagram","fostering_with_farah","Farah Qureshi","personal",
 "foster carer @childrensfamilytrust 🤍 my views, not my agency's | east london | chai + chaos",True,True,
 "privacy-settings","","disclaimer present; location sharing on")
acct("KAS","mastodon:@kasiaw@mastodon.social","mastodon","kasiaw@mastodon.social","Kasia Wójcik","personal",
 "Mentor volunteer for young people leaving care. Leeds. Pierogi evangelist.",None,False,
 "","","no organisation named in bio; visibility unknown, no location sharing")
acct("DEL","facebook:@delroy.campbell.73","facebook","delroy.campbell.73","Delroy Campbell","personal",
 "Foster carer. Dad of two grown lads. Bristol Rovers till I die. Reggae Sundays.",False,False,
 "","disclaimer-missing","bio doesn't name the Trust though posts do; friends-only")
acct("NIA","linkedin:@niamh-oconnor-cft","linkedin","niamh-oconnor-cft","Niamh O'Connor","personal",
 "Registered Manager at Children's Family Trust | Social work leadership | Fostering recruitment",True,False,
 "disclaimer-missing","privacy-settings","names CFT with no disclaimer; public but posts are professional/promotional")
