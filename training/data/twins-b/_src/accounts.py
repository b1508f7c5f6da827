# Hand-written account records and their labels.
A("tt_x", "x:@TwinsTrust", "TwinsTrust", "Twins Trust", "official",
  "The UK charity for families with twins, triplets and more. Twinline: 0800 138 0509 · asktwinline@twinstrust.org",
  website="https://twinstrust.org", w="official account")
A("tt_fb", "facebook:@twinstrust", "twinstrust", "Twins Trust", "official",
  "Twins Trust supports families with twins, triplets and more across the UK. Need to talk? Twinline 0800 138 0509 (free) or email asktwinline@twinstrust.org",
  website="https://www.twinstrust.org", w="official account")
A("tt_bs", "bluesky:@twinstrust.bsky.social", "twinstrust.bsky.social", "Twins Trust 👯", "official",
  "Charity for multiple-birth families 💛 Family Crisis Support, research, campaigns. Help: twinstrust.org · Twinline 0800 138 0509",
  website="https://twinstrust.org", w="official account")

A("mo", "x:@mo_anfield_fcs", "mo_anfield_fcs", "Mo Kelly ❤️", "personal",
  "Nan of 4, red till I die 🔴 Family Crisis Support volunteer @TwinsTrust. Views me own.",
  r="P", w="disclaimer present (dialect wording); public account describing her visits and families")
A("lindsay", "facebook:@lindsay.robson.77", "lindsay.robson.77", "Lindsay Robson", "personal",
  "Mam of two big lads. Family Crisis Support volunteer for Twins Trust. Gateshead born and bred.",
  public=False, r="D", w="names Twins Trust role, no personal-views disclaimer; friends-only so privacy fine")
A("raj", "x:@brummieraj", "brummieraj", "Raj Sandhu", "personal",
  "Dad to twin lads. Family Crisis Support consultant w/ Twins Trust. UTV 🦁 Opinions my own.",
  loc=True, r="P", w="disclaimer present; location sharing switched on")
A("chantelle", "instagram:@chantelle.manc.mama", "chantelle.manc.mama", "Chantelle 🐝", "personal",
  "Manc 🐝 | mum of 3 | FCS volunteer @twinstrust | nails & brews",
  r="DP", w="names FCS role with no disclaimer; public account posting about her families")
A("morag", "x:@MoragCampbell_G", "MoragCampbell_G", "Morag Campbell", "personal",
  "Retired midwife. Volunteer wi Twins Trust Family Crisis Support. Views ma ain, no the charity's.",
  r="P", w="Scots-worded disclaimer present; public account describing visits")
A("jan", "bluesky:@janackroyd.bsky.social", "janackroyd.bsky.social", "Jan Ackroyd", "personal",
  "Allotment, Yorkshire tea, Family Crisis Support volunteer. Views mine, not Twins Trust's.",
  r="P", w="disclaimer present; public account that describes visits and families' circumstances")
A("cerys", "facebook:@cerys.pritchard.5", "cerys.pritchard.5", "Cerys Pritchard", "personal",
  "FCS volunteer 💛 Twins Trust · Pontypridd · rugby mam",
  public=None, loc=None, r="D", w="names Twins Trust role, no disclaimer; visibility unknown so privacy not flagged")
A("wendy", "instagram:@wendy.by.the.harbour", "wendy.by.the.harbour", "Wendy T 🌊", "personal",
  "Cornish maid, grandma x3, sea swimmer. Helping out families of twins when I can 💙",
  r="P", u="D", w="bio doesn't name the organisation (posts do) and has no disclaimer; public account describing families")
A("dee", "x:@DeeNwosu_", "DeeNwosu_", "Dee 🇳🇬🇬🇧", "personal",
  "south london born n bred | FCS vol w/ @TwinsTrust | nursery nurse | views my own innit",
  r="P", w="disclaimer present; public account posting about families she supports")
A("anjali", "blog:twoatonce.example", "twoatonce.example", "Two At Once", "personal",
  "Notes from a Family Crisis Support consultant and mum of twins.",
  about="I'm Anjali. I've been a Family Crisis Support consultant with Twins Trust since 2021 and I write here about multiples, sleep and surviving. Everything on this blog is my own opinion and does not represent the views of Twins Trust.",
  website="https://twoatonce.example", u="P", w="disclaimer in About page; blog is public by nature")
A("owain", "blog:dadonthedoorstep.example", "dadonthedoorstep.example", "Dad on the Doorstep", "personal",
  "A dad of triplets who now volunteers with other families.",
  about="Owain here. Triplet dad, Cardiff, and since last year a Family Crisis Support volunteer with Twins Trust. This is where I write things down.",
  website="https://dadonthedoorstep.example", r="D", u="P", w="About page names FCS role without a disclaimer; blog public by nature")
A("kasia", "mastodon:@kasiaw", "kasiaw", "Kasia W", "personal",
  "Nottingham via Łódź. FCS volunteer (Twins Trust). Pierogi evangelist. Views my own.",
  r="P", w="disclaimer present; public account describing family visits")
A("farah", "linkedin:@farah-siddiqui-fcs", "farah-siddiqui-fcs", "Farah Siddiqui", "personal",
  "Family Crisis Support Consultant at Twins Trust | Former health visitor | Perinatal mental health",
  r="DP", w="no disclaimer; public profile with anecdotes about families")
A("pauline", "facebook:@pauline.mcgrath.31", "pauline.mcgrath.31", "Pauline McGrath", "personal",
  "Belfast girl in Stockport. Nanny to 5. Volunteer FCS Twins Trust. Views my own x",
  public=False, w="disclaimer present; friends-only, no location sharing")
A("kev", "x:@KevRunsForTwins", "KevRunsForTwins", "Kev Dobson 🏃", "personal",
  "Mackem. Runnin for @TwinsTrust 🏃 FCS volunteer. Views are me own like.",
  r="P", w="disclaimer present; public, and besides fundraising posts describes a supported family")
A("hyacinth", "instagram:@nana.hyacinth.knits", "nana.hyacinth.knits", "Nana Hyacinth 🧶", "personal",
  "Nana, knitter, church choir. Family Crisis Support volunteer with Twins Trust 🧶💛",
  r="DP", w="names the role, no disclaimer; public account showing families' things")
A("wei", "bluesky:@weichen-fcs.bsky.social", "weichen-fcs.bsky.social", "Wei Chen", "personal",
  "Family Crisis Support consultant, Cambridge. Views my own, not Twins Trust's.",
  r="P", w="disclaimer present; public account describing hospital visits with a named family")
A("yas", "x:@yas_bfd", "yas_bfd", "yas 🌸", "personal",
  "mum of twins 👯 | bradford | volunteer | chai > coffee",
  loc=True, r="P", u="D", w="bio doesn't name the charity (posts do), no disclaimer; location sharing on")
A("omar", "facebook:@omar.haddad.triplets", "omar.haddad.triplets", "Omar Haddad", "personal",
  "Family Crisis Support volunteer | Twins Trust | Dad of triplets | Cardiff",
  public=True, r="DP", w="no disclaimer; public account posting about families he supports")
A("ciara", "instagram:@ciara.doula.ldn", "ciara.doula.ldn", "Ciara ☘️", "personal",
  "Irish in London ☘️ | doula | FCS volunteer @twinstrust | opinions my own",
  r="P", w="disclaimer present; public account describing families")
A("gaz", "x:@GazPearce_FCS", "GazPearce_FCS", "Gaz Pearce", "personal",
  "FCS volunteer. Ex-copper. Professional moaner. Views me own, obviously.",
  r="P", w="disclaimer present; public account describing visits")
