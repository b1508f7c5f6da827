from lib import p
# ---------------- Priya (LinkedIn, corporate) ----------------
p("priya","2025-06-16 08:00","I'm thrilled to share that I've completed my training as a Family Crisis Support volunteer with Twins Trust. As a working mum of twins, I know first-hand how isolating those early months can be. Grateful to my employer for two days' volunteering leave a year. #volunteering #twinstrust #familycrisissupport",
  w="training announcement")
p("priya","2025-07-08 07:45","Lessons in leadership from an unexpected place. This week I supported a mother of twins who is navigating postnatal psychosis while her partner works abroad. Watching her advocate for herself with her GP taught me more about resilience than any leadership course ever has. #Resilience #Leadership",
  r="si", w="supported mum's psychiatric illness and partner abroad, used as a leadership anecdote")
p("priya","2025-08-12 12:00","We're hiring! My team is looking for an HR Advisor, hybrid, based in Reading. DM me for details or to have an informal chat.",
  w="job ad; 'DM me' is not a referral for support")
p("priya","2025-09-09 08:30","A short reflection on boundaries. As volunteers, we're trained to refer families to Twinline (0800 138 0509) rather than give advice ourselves. It's a discipline I'm bringing into my day job: know what's yours to fix and what isn't. #Boundaries",
  w="correct referral, reflection")
p("priya","2025-10-01 17:10","Proud to represent Twins Trust at our company charity fair today! #CharityPartner",
  u="lm", w="official Trust pull-up banner in personal photo",
  m=["A woman standing next to a pull-up banner with the Twins Trust logo at a corporate charity fair, holding leaflets"])
p("priya","2025-10-28 08:15","Three things I've learned from supporting Nkechi and her triplets in Slough: 1) ask before you help, 2) silence is fine, 3) never underestimate a mother's humour at 4am. #Volunteering #Leadership",
  r="nl ld", w="names supported mum and her town", nm=["Nkechi"])
p("priya","2025-11-18 19:30","Disappointed by the fundraising team's latest appeal video. It leans on pity and shows families at their lowest. We can do better than poverty porn, Twins Trust.",
  r="cr", w="public attack on the fundraising team")
p("priya","2026-01-13 08:00","New year, new volunteering milestone: 40 visits. Huge thanks to Tariq, our coordinator, for regular supervision and for always picking up the phone. #Gratitude",
  w="staff thanked")
p("priya","2026-02-10 07:55","Inclusive workplaces need to think about multiple-birth parents: double the childcare, double the appointments, and often prematurity. From April our parental leave policy adds two extra weeks for multiples. #InclusiveWorkplace",
  w="general workplace policy")
p("priya","2026-03-24 08:20","I asked the mum I support whether I could share a little of her story, and she said yes. She lost her job at a call centre after asking for flexible hours when the twins came home from NICU. She's now taking them to tribunal. #WorkplaceRights",
  r="si", w="job loss, NICU, tribunal; permission doesn't excuse it", ref="priya_tribunal")
p("priya","2026-04-21 21:05","Nkechi, I've seen your message! For the tribunal, keep every email and write down dates. And ring ACAS about early conciliation before anything else.",
  r="nl ad", w="reply to supported mum with legal advice", rp="linkedin:@nkechi-okeke-5b2", nm=["Nkechi"])
p("priya","2026-05-19 09:00","Mental Health Awareness Week: if you're a parent of twins or triplets and you're struggling, Twinline is there on 0800 138 0509 or asktwinline@twinstrust.org. You're not alone. #MentalHealthAwarenessWeek",
  w="correct referral")
p("priya","2026-06-30 08:10","After 12 months I've stepped back from my Family Crisis Support role to focus on a new job. Grateful to Twins Trust and to every family who let me into their home. #NewChapter",
  w="no family detail")
p("priya","2026-07-14 18:45","Genuinely baffled that a local health visiting team discharged a mum of premature twins at 8 weeks with no follow-up. Whoever signed that off should be ashamed.",
  r="cr si", w="disrespectful attack on a partner agency; supported family's care detail")
p("priya","2026-09-02 12:30","Speaking at the CIPD regional event next week about volunteering leave and retention. DM me if you'd like a ticket.",
  w="event promo, not a referral")
p("priya","2026-10-06 08:00","Twins Trust research shows parents of multiples are more likely to experience postnatal depression. Employers, this is your cue. #WorkplaceWellbeing",
  w="aggregate research, no family")

# ---------------- Ruth, Teacups and Twin Prams (blog) ----------------
p("teacups","2025-06-20 20:00","Why I signed up. I've been meaning to write this for months. When Tobi and Dayo were born at 31 weeks, a volunteer called Marion came to our flat every Tuesday for four months, and she was the first person who asked how I was rather than how the babies were. I never forgot it. So this spring I did the Family Crisis Support training with Twins Trust, and last week I was matched with my first family. I won't be writing about them here, ever; that's their story, not mine. If you want to know more, the FCS page on twinstrust.org explains it far better than I can. #familycrisissupport",
  w="own history; promises confidentiality; link to FCS page")
p("teacups","2025-07-22 21:15","Six weeks in: what the kettle has taught me. You don't need to fix anything. People remember who did the washing up far longer than who gave the clever answer. Bring your own teabags, because not everyone has them and you don't want anyone to feel they have to go and buy some. Sit on the floor if the babies are on the floor. And when you get home, write down how you feel, not what happened, because the first is yours and the second isn't.",
  w="general reflection, no family detail")
p("teacups","2025-08-30 22:00","A hard week. This week the family I visit got the news that one of the twins will need an operation on his bowel before Christmas. His mum rang me from the car park at the Royal Berkshire and I stood in my kitchen while she cried. I didn't say much. I said I'd come on Thursday, and I did. Sometimes being there is the whole job.",
  r="si ld", w="child's surgery; hospital the family attends")
p("teacups","2025-10-10 19:30","On choosing a double buggy (again). People still ask me which double buggy to buy, so here's my take from our own two years of kerb-bashing. Side-by-side is brilliant on pavements and terrible in corner shops. Tandems fit through doors but the back seat gets a view of nothing. Whatever you buy, push it round a shop with a full basket before you pay. And buy second-hand; ours had three owners before us and it's still going.",
  w="general own-experience tips, not aimed at a supported family")
p("teacups","2025-11-21 20:45","Some feedback for the FCS team (with love). I've already sent this to my coordinator, so this isn't a rant. The new visit log asks for more detail about the family than I think we need, and I worry it nudges new volunteers into writing things down that should stay in their heads. I've suggested a shorter version with tick boxes. They've said they'll take it to the next review, and I believe them.",
  w="constructive feedback raised with the team")
p("teacups","2026-01-08 22:10","January. I'll be honest, I've had a wobble this month. Short days, the boys both off with chest infections, a deadline at work I nearly missed. I've cut back my visits to every other week until February and my coordinator was lovely about it. Look after yourselves, volunteers.",
  w="own health and family")
p("teacups","2026-02-16 21:00","What I told her about weaning. Loads of you asked after my last post what I told the mum I visit about weaning, so here it is. Start with vegetables, not fruit. Don't bother with the expensive pouches. Let them make a mess and don't wipe their faces after every spoonful. Give water in an open cup from six months. And if one twin eats everything and the other eats nothing, that's normal, I promised her.",
  r="ad", w="relays feeding advice given to a supported mum")
p("teacups","2026-03-28 18:00","A spring walk along the canal with the boys, who have decided they're too old to hold my hand. Eight and a half, apparently, is the cut-off.",
  w="own children", m=["Two boys in school uniform walking ahead along a canal towpath, seen from behind"])
p("teacups","2026-05-02 21:30","The day the bailiffs came. Last Tuesday I was halfway through a cup of tea at my FCS family's house in Tilehurst when there was a knock at the door. I won't say what it was about, except that it was money and it wasn't her fault. She handed me one twin, picked up the other and answered the door like a queen. I sat on the sofa and jiggled a baby while two men listed her telly. I have never felt more useless or more angry.",
  r="si ld", w="debt enforcement at supported family's home; area named")
p("teacups","2026-06-15 20:00","Twins and money. Nobody warns you that twins cost more than double: two car seats, two of every vaccination appointment, a bigger car, and childcare quotes that made me laugh out loud. If you're expecting, Twins Trust has a good page on benefits and grants for multiple-birth families, and Twinline (0800 138 0509) can talk it through with you. Don't do what I did and work it out on the back of an envelope at 3am.",
  w="own experience, correct referral")
p("teacups","2026-07-29 19:45","Why I won't post pictures. Someone asked why I never share photos from my visits. I'd love to show you the tiny socks on the radiator and the way the light comes in at four o'clock, but I never will. The families I visit didn't sign up to be on my blog, and Twins Trust is right to be strict about it. You'll have to make do with pictures of my own boys and far too many teapots.",
  w="explains the photo rule; no family detail")
p("teacups","2026-09-12 22:20","A letter to my first family. Dear M, you won't read this, and that's as it should be. You moved to your sister's in Wokingham in August and I cried in the car all the way home. I hope the new job at the nursery is going well and that J has stopped biting his brother. You were braver than anyone I've ever met.",
  r="si ld", w="initials only (no name-leak) but move, new job, child's behaviour; town named")
p("teacups","2026-10-30 21:00","Marion. The volunteer who came to see me when the boys were born died last week, aged 81. I went to the funeral and there were four other mums there who'd had her on their sofa. Everything I do on a Tuesday now is because of her.",
  w="tribute to the author's own former volunteer")
p("teacups","2026-11-20 20:00","Volunteers needed in Berkshire! Twins Trust is recruiting Family Crisis Support volunteers around Reading, Bracknell and Newbury. Full training, expenses paid, and you'll drink more tea than you thought possible. Details at twinstrust.org. #volunteering #twinstrust",
  w="recruitment, service region")

# ---------------- Marek, Three At Once Dad (blog) ----------------
p("marek","2025-07-05 21:00","Triplets: a spreadsheet. When Kuba, Ola and Zosia came home, I made a spreadsheet. Feeds, nappies, weights, who had the purple bottle. My wife said it was the most Polish-engineer thing she had ever seen. It lasted eleven days. On day twelve I realised the spreadsheet was for me, not for them, and I deleted it. The babies survived. So did the marriage.",
  w="own triplets")
p("marek","2025-08-17 22:30","My first FCS visit. I was matched with a family in Swindon with twin boys. The dad, Piotr, is also Polish, which the coordinator thought would help, and it did: we talked about football and pierogi and then about how he hasn't slept properly since March. He works nights in a warehouse off the A419 and his wife is still recovering from a caesarean that went wrong. I drove home very quietly.",
  r="nl si ld", w="names supported dad; mum's birth complications, dad's job; town", nm=["Piotr"])
p("marek","2025-09-28 20:00","What I wish someone had told me as a new triplet dad. Learn to make a bottle with one hand. Sleep when your partner is awake, not when the babies are. Accept every offer of food. Three is not three times one, it's more like nine. And you will forget which one you fed last, so use hair bobbles on their wrists.",
  w="general own-experience tips for readers")
p("marek","2025-11-09 21:40","Piotr asked me about Universal Credit. Last week Piotr asked me whether he needed to declare the small amount his wife gets from cleaning on weekends. I told him honestly not to bother, it's a few pounds and they'll never notice, and that he should claim the childcare element straight away. The system is so complicated that of course people ask the nearest person who seems to know.",
  r="nl ad si", w="names supported dad; relays benefits advice; family's finances", nm=["Piotr"])
p("marek","2025-12-20 19:00","Christmas at ours. Three children, one staircase, zero patience for the photo.",
  w="own triplets", m=["Three children in matching Christmas pyjamas sitting on a staircase, pulling faces"])
p("marek","2026-01-25 22:00","The coordinators are overstretched, and it shows. My coordinator cancelled our supervision for the fourth time. I know she's overstretched, but honestly the management at Twins Trust should be ashamed of how thin they've spread the FCS team. Volunteers are going into difficult homes alone with nobody to debrief to. Someone will get hurt.",
  r="cr", w="public attack on Twins Trust management")
p("marek","2026-03-07 20:30","What software testing taught me about volunteering. In testing you learn that the bug is rarely where the user says it is. Same on a visit: the problem someone tells you about in the first ten minutes is almost never the real one. You learn to listen for the second thing.",
  w="general reflection")
p("marek","2026-04-26 21:00","New look for the blog! My friend Agnieszka drew the header for me. Let me know what you think.",
  r="lm", w="Trust logo reproduced in a personal blog header",
  m=["Blog header: a cartoon of three babies in a row next to the Twins Trust logo and the words 'Three At Once Dad'"])
p("marek","2026-06-08 22:15","Kasia and Piotr's boys turn one. I can't believe it's been a year. Olek and Szymon have both been discharged from the physio at the Great Western Hospital and Olek is nearly walking. Kasia baked a cake that was mostly cream. Piotr cried. I cried. The boys ate the candles.",
  r="nl si ld", w="names all four family members; physiotherapy; hospital", nm=["Kasia","Piotr","Olek","Szymon"])
p("marek","2026-08-02 20:00","Ola broke her arm falling off the climbing frame at Coate Water. Six hours in A&E, one purple cast, and her brother and sister now want casts too.",
  w="own daughter's injury")
p("marek","2026-09-27 21:30","If you need help, here's who to call. Twinline: 0800 138 0509, asktwinline@twinstrust.org. Or if you're a Polish-speaking twin parent in Wiltshire, message me on WhatsApp on 07700 900561 and I'll do what I can.",
  r="cd", w="personal WhatsApp number given alongside Twinline")
p("marek","2026-11-08 20:45","Two years. Two years as a volunteer, four families, one very patient coordinator. I have learned that I am not as patient as I thought and not as useless as I feared. If you're a dad and you're wondering whether volunteering is for you: it is. #volunteering #familycrisissupport",
  w="reflection and recruitment")

# ---------------- Ffion (Welsh, mastodon) ----------------
p("ffion","2025-06-15 20:30","Diolch to everyone who sponsored my knit-a-thon, £410 for Twins Trust 🧶 #TwinsTrust #volunteering",
  w="fundraising")
p("ffion","2025-07-03 21:00","Mali and Nel started nursery this week and I've cried more than they have",
  w="own twins")
p("ffion","2025-07-26 14:20","My FCS family live up a lane in Llanrug with no phone signal so I have to walk to the end of their drive to text my coordinator 😂",
  r="ld", w="village where the family lives")
p("ffion","2025-08-19 22:10","The mam I'm supporting had a miscarriage a few months before she fell pregnant with the twins, and today would have been the due date. Be gentle with people, you never know.",
  r="si", w="supported mum's miscarriage")
p("ffion","2025-09-14 18:00","Hot take: the Welsh Government should fund childcare from 9 months like England does. Parents of twins in Wales are being priced out of work.",
  w="personal political opinion on a personal account")
p("ffion","2025-10-07 11:45","Knitting two tiny cardigans in the car between visits",
  r="gt", w="geotagged while out visiting families", g=(53.1393,-4.2757,"Caernarfon"),
  m=["Two half-finished tiny yellow cardigans on knitting needles on a car dashboard"])
p("ffion","2025-11-03 19:15","@rhys_pen for your niece, Twinline is 0800 138 0509, they're brilliant with the early days stuff",
  w="correct referral for a friend's relative", rp="mastodon:@rhys_pen@toot.wales")
p("ffion","2025-12-01 21:20","Elin, if you're reading this (my lovely FCS mam): you don't need to wake them for feeds now they're back over their birth weight. Let them sleep 💛",
  r="nl ad", w="addresses supported mum by name with feeding advice", nm=["Elin"])
p("ffion","2026-01-19 20:00","The FCS coordinators in North Wales are stretched so thin it's dangerous. Nobody's answered my safeguarding email in a week. Someone at head office needs to get a grip",
  r="cr", w="public criticism of the Trust's management")
p("ffion","2026-02-12 16:30","Made a little batch of logo hats for the volunteer stall 💜💛",
  r="lm", w="logo knitted into personal items",
  m=["Two small knitted hats in purple and yellow, each with a tiny knitted Twins Trust logo, on a wooden table"])
p("ffion","2026-03-01 09:30","Dydd Gŵyl Dewi hapus! Nel in her Welsh costume, refusing to wear the hat",
  w="own daughter", m=["A small girl in a traditional Welsh costume holding a tall black hat and frowning"])
p("ffion","2026-04-15 23:30","Sitting in Ysbyty Gwynedd with my FCS mam, both twins have been admitted with RSV. Long night ahead",
  r="si ld", w="children's admission; with family at named hospital now")
p("ffion","2026-05-27 08:40","The bus from Bangor to Caernarfon is late so often I've started to think the timetable is a work of fiction",
  w="bus complaint")
p("ffion","2026-06-30 17:00","Elin's twins are one today! Cake, balloons and a very tired mam 🎂 my first FCS family, all grown up",
  r="nl fp", w="names supported mum; photo in family's home of the children's party things",
  m=["Two small smash cakes on a kitchen table between two high chairs, balloons tied to the chairs, no people"], nm=["Elin"])
p("ffion","2026-08-05 21:00","Eisteddfod week 💚 Mali sang, Nel hid under the seat. Balance.",
  w="own twins")
p("ffion","2026-09-22 12:00","Reminder to fellow volunteers: no advice on here, even if a mam messages you directly. Point them to Twinline. I know it's hard when you know the answer",
  w="volunteers reminding each other not to advise")
p("ffion","2026-10-24 20:30","Genuinely proud of the mam I support. Two years ago she couldn't leave the house and now she's started a college course",
  r="si", w="supported mum's past agoraphobia")
p("ffion","2026-11-26 19:00","Advent knitting starts now. Twenty-four tiny stockings, what have I done",
  w="personal hobby")
