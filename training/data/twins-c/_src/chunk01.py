from lib import P

# --- bev: Stoke, Potteries dialect, Facebook ---------------------------------------------
A = "bev"
P(A, "2025-06-03 19:10", "ay up me ducks, first visit done wi my new FCS family. Two little uns n a mum who's not slept since March. Home now n the kettle's on", r="si", why="mother's exhaustion and sleeplessness is private detail of a supported family")
P(A, "2025-06-09 20:40", "Their mam's been told she's got to leave the flat on Meir Hay by the end of the month, landlord's selling up. Breaks me heart duck", r="si ld", why="eviction of a supported family, and the estate they live on")
P(A, "2025-06-15 13:00", "Our Jayden's passed his driving test!! First time an all. Proud nan 🚗", why="author's own grandson (nan to three)")
P(A, "2025-06-21 18:25", "Sat in the car park at the Royal Stoke while mum and the twins are in with the cardiologist. Fingers crossed for good news", r="si ld", why="the family's hospital and a heart appointment, author with them now")
P(A, "2025-06-28 12:00", "Port Vale have done it again. Three nil down at half time. Why do I do this to meself", why="football")
P(A, "2025-07-04 21:00", "Honestly the new coordinator for our area is neither use nor ornament. Three weeks and not one reply to my emails", r="cr", why="public criticism of a Trust coordinator")
P(A, "2025-07-05 09:15", "Sorry about last night's moan, shouldn't have put that on here. Have rung the office and it's all sorted now 🙏", why="retraction and apology")
P(A, "2025-07-12 16:40", "Bake sale at St Peter's church hall for Twins Trust raised £312!! Thank you to everyone who came, oatcakes went first obviously", why="public fundraising event venue")
P(A, "2025-07-19 10:30", "dropping a bag of bits round to the little uns on Hanley Road later, mum says they've grown out of everything", r="ld", why="street where the supported family lives")
P(A, "2025-07-26 19:00", "Potteries weather doing what it does. Washing out, washing in, washing out", why="weather")
P(A, "2025-08-02 14:20", "Cracking afternoon at the park with my FCS family, the twins had a go on the big swings", r="fp", m=["Two toddlers on baby swings seen from behind, an adult's hand pushing one"], why="photo of supported children, faces away")
P(A, "2025-08-09 11:00", "Mum I support asked me what to do about the baby's cradle cap. Told her olive oil and a soft brush, works a treat", r="af", why="relays advice given to a supported mum")
P(A, "2025-08-16 15:35", "Our Lily's first day back at the nursery, nan's doing the pick up 💚", why="author's own granddaughter")
P(A, "2025-08-23 20:10", "Their dad lost his job at the warehouse this week. Don't know how they're going to manage the rent now", r="si", why="job loss and money worries of a supported family")
P(A, "2025-08-30 13:45", "training day at the Stoke office today, lovely bunch of new volunteers 😊", why="official training venue")
P(A, "2025-09-06 17:00", "Mum's been signed off with her nerves and the health visitor's coming twice a week now. She's doing her best bless her", r="si", why="mental health and services involved")
P(A, "2025-09-13 09:00", "Anyone know a good window cleaner in Trentham? Ours has retired", why="own home")
P(A, "2025-09-20 19:30", "@TwinsTrust is it me or is the new expenses form designed by someone who hates volunteers 😂", r="cr", why="mocks the Trust's process publicly")
P(A, "2025-09-27 12:00", "Lovely card from the little uns' mum today, made me cry", why="vague, no detail about the family")
P(A, "2025-10-04 18:00", "The twins are at Abbey Hulton primary now n the teacher's been brilliant with the eldest's speech", r="si ld", why="the supported children's school and a speech difficulty")

# --- kez: Leith, Scots, lowercase, friends-only --------------------------------------------
A = "kez"
P(A, "2025-06-02 08:30", "fraser n lachlan baith up at 5 again. how are they this full o beans", why="author's own twins named in her bio")
P(A, "2025-06-10 21:15", "wee wifie ah visit is fair struggling. he's left her wi the twins n nae money fae him since april", r="si", why="relationship breakdown and money of a supported mum")
P(A, "2025-06-17 13:20", "sittin in the waitin room at the sick kids wi ma fcs mum. wee yin's gettin his ears done", r="si ld", why="the family's hospital and the child's treatment, author with them now")
P(A, "2025-06-24 19:45", "hibs man. honestly. ah'm done", why="football")
P(A, "2025-07-01 10:00", "naebody fae the office has phoned me back in a fortnight. some support this is. total shambles", r="cr", why="criticises the Trust's office")
P(A, "2025-07-08 16:30", "took the twins n their mammy doon tae the beach at portobello, first time oot the hoose in weeks", r="ld si", why="where the supported family spends time, and the mum's isolation")
P(A, "2025-07-15 22:00", "ma boys are wrecked efter the gala day. bath n bed", why="author's own twins")
P(A, "2025-07-22 12:10", "@shona_mcd_x aye hen gie them calpol n keep them cool, if the temp's still up the morra phone nhs 24", r="af", u="nl", why="advice to a supported mum in a reply; her first name is only in the handle", re=("x:@shona_mcd_x", "x:1"))
P(A, "2025-07-29 18:00", "leith links in the sun is somethin else", why="unrelated outing")
P(A, "2025-08-05 09:40", "their social worker's changed again, third one this year. how are ye meant tae build trust like that", r="si", u="cr", why="change of social worker is private care detail; the complaint targets the council, not the Trust")
P(A, "2025-08-12 17:25", "lachlan's lost his first tooth n he's tellin everyone the tooth fairy owes him a fiver", why="author's own son")
P(A, "2025-08-19 20:00", "mind the helpline's 0800 138 0509 if ye need them, they're brilliant", why="correct Twinline referral")
P(A, "2025-08-26 14:00", "visit the day wis hard. mum's no eatin n the flat's freezin. goin tae speak tae ma coordinator", r="si", why="mum's health and housing conditions")

# --- raj: Leicester, standard English, Instagram -------------------------------------------
A = "raj"
P(A, "2025-06-05 18:00", "Arjun and Meera's sports day 🏃 Meera won the egg and spoon, Arjun won the 'most enthusiastic' sticker", why="author's own twins (bio)")
P(A, "2025-06-12 20:30", "Heavy one tonight. The dad I support told me his wife has been admitted to the Bradgate Unit. He's holding it together for the twins but only just.", r="si ld", why="psychiatric admission of a supported mum, and the unit named")
P(A, "2025-06-19 19:10", "Diwali planning has started in our house already. Mum has opinions about the sweets 🪔", why="own family")
P(A, "2025-06-26 21:00", "Spent the afternoon helping a family fill in their Universal Credit forms. The system is brutal.", r="si", why="benefits claim of a supported family")
P(A, "2025-07-03 17:45", "Quick shout out to Helen in the Twinline team who talked me through a tricky one today. Legend", why="staff praised")
P(A, "2025-07-10 12:00", "The twins I visit are being assessed for autism at the Leicester Royal next month. Mum is anxious about the waiting list.", r="si ld", why="developmental assessment and the hospital")
P(A, "2025-07-17 19:20", "Volunteering tip for new FCS folk: always carry spare biscuits. Not for the family. For you.", why="general tip to volunteers")
P(A, "2025-07-24 10:00", "Mum of the twins asked if she should switch formula because of the reflux. I said try the comfort one and keep them upright after feeds.", r="af si", why="feeding advice to a supported mum and the babies' reflux")
P(A, "2025-07-31 15:30", "Leicester Tigers at home, shirt on, kids in tow 🏉", why="own family outing")
P(A, "2025-08-07 21:45", "Some of the volunteers in the WhatsApp group are frankly rude to newcomers. Not the welcome I'd want.", r="cr", why="criticises fellow volunteers publicly")
P(A, "2025-08-14 18:15", "Raised it with my coordinator and she's sorting a proper induction buddy system. Good to be listened to 👍", why="constructive feedback raised properly")
P(A, "2025-08-21 13:40", "Outside the family's house on Narborough Road waiting for the health visitor to finish", r="ld", why="street where the supported family lives; author there now")
P(A, "2025-08-28 16:00", "Ten years ago today Arjun and Meera came home from the neonatal unit. 7 weeks. Still think about the nurses every day 💙", why="author's own experience with his own twins")

# --- nell: ex-nurse, lowercase bluesky, friends only ---------------------------------------
A = "nell"
P(A, "2025-06-04 22:10", "the mum i'm supporting has mastitis again and the gp won't see her till thursday. absolutely fuming on her behalf", r="si", why="mum's health condition")
P(A, "2025-06-11 07:50", "night shifts in nicu taught me nothing about toddler twins refusing shoes", why="own experience")
P(A, "2025-06-18 18:30", "told my fcs mum to bin the bumpers and put them on their backs, feet to foot. safe sleep isn't optional", r="af", why="sleep advice given to a supported mum, relayed publicly")
P(A, "2025-06-25 12:20", "reminder to self and other vols: we signpost, we don't advise. twinline exists for a reason", why="volunteers reminding each other not to advise")
P(A, "2025-07-02 20:05", "the twins' dad has been arrested again. police at the door at 6am, mum in bits. i don't know what to do with this", r="si", why="police involvement with a supported family")
P(A, "2025-07-09 16:45", "new research on preterm twins and language delay is really interesting, link below", why="general research")
P(A, "2025-07-16 21:30", "honestly the fcs coordinators in this region couldn't organise a piss up in a brewery", r="cr", why="insults the Trust's coordinators")
P(A, "2025-07-23 10:15", "she's moved them into the refuge in town. safe now. that's all i'll say", r="si", why="the family has moved into a refuge: crisis detail")
P(A, "2025-07-30 19:00", "so proud of my two today, swimming badges all round", why="author's own children")
P(A, "2025-08-06 14:10", "at the family centre on crown street with my fcs mum for her parenting course. she's nervous", r="ld si", why="named family centre and street, author there now; parenting course")
P(A, "2025-08-13 20:50", "trains from york a disgrace as ever", why="trains")

# --- gaz: Birmingham, Facebook, public ------------------------------------------------------
A = "gaz"
P(A, "2025-06-06 18:40", "Lads and their dad went to the Villa today, first game, their mum sent me the pics. Cracking family", u="si", why="vague, positive; no private detail")
P(A, "2025-06-13 21:20", "Family I'm helping in Kingstanding got their bailiffs letter today. £2k in arrears. Gutted for em", r="si ld", why="debt of a supported family and their district")
P(A, "2025-06-20 13:00", "Our Ellie-May's 16 today!! Where's the time gone", why="author's own daughter")
P(A, "2025-06-27 19:30", "Trust head office wouldn't know a real family if one bit them. All spreadsheets no heart", r="cr", why="criticism of the Trust's management")
P(A, "2025-07-04 12:45", "Told the dad to stop giving the twins cow's milk in their bottles till they're one, he had no idea bless him", r="af", why="relays feeding advice to a supported dad")
P(A, "2025-07-11 17:15", "If anyone needs help with twins message me on 07700 900614 any time, day or night", r="cd", why="personal mobile as a referral route")
P(A, "2025-07-18 09:30", "Lovely morning at Cannon Hill Park fun run for Twins Trust, 5k done!", why="public fundraising event")
P(A, "2025-07-25 20:00", "the twins' mum has had her benefits sanctioned cos she missed an appointment while one of them was in hospital. Disgusting.", r="si", why="benefits sanction and hospital stay of a supported family")
P(A, "2025-08-01 14:00", "Birmingham bin strike week 20 something. Rats the size of cats", why="local news")
P(A, "2025-08-08 16:20", "Nipped round to the family on Perry Common with a pram my sister didn't need. Their faces!", r="ld", why="estate where the supported family lives")
P(A, "2025-08-15 19:40", "Cheers to Tariq at the office for sorting my DBS so fast, top man", why="staff praised")

# --- sioned: Cardiff, Welsh/English, X friends-only -----------------------------------------
A = "sioned"
P(A, "2025-06-07 11:00", "Bore da! Efeilliaid wedi cysgu tan 7. Miracle 🙌", why="author's own twins (bio)")
P(A, "2025-06-14 20:15", "Mam I support had her baby blues assessment today and they've referred her to the perinatal team at the Heath", r="si ld", why="perinatal mental health referral and the hospital")
P(A, "2025-06-21 17:30", "Wales v England, house divided, no comment", why="rugby")
P(A, "2025-06-28 19:00", "Visited my FCS family in Splott today, the flat's got damp everywhere and the council won't come out", r="si ld", why="housing conditions and the district")
P(A, "2025-07-05 10:45", "Delyth and the twins came for a walk round Roath Park lake with me, she's finally getting out of the house", r="nl ld si", why="supported mum named; where they went; her isolation")
P(A, "2025-07-12 21:00", "The charity's new volunteer app is a joke, honestly who signed off on this", r="cr", why="publicly mocks the Trust's app")
P(A, "2025-07-19 13:10", "Cardiff Half done for @TwinsTrust! 2:14, legs like jelly", g=(51.4816, -3.1791, "Cardiff city centre"), u="gt", why="public fundraising race, geotag unsure per labelling guidance")
P(A, "2025-07-26 16:40", "@delyth_jones_cdf dim problem cariad, try the nappy cream with zinc and leave them nappy off for a bit", r="af nl", why="reply addressing a supported mum with skin care advice; her name is in the handle", re=("x:@delyth_jones_cdf", "x:2"))
P(A, "2025-08-02 18:20", "Bank holiday in Tenby with my lot 🏖", why="own family holiday")

# --- lou: Kent, Instagram public -----------------------------------------------------------
A = "lou"
P(A, "2025-06-08 09:00", "Both sets of twins at the school gate, I am tired", why="author's own two sets of twins")
P(A, "2025-06-15 20:45", "My FCS mum found out today the twins need grommets. Op is at the William Harvey in Ashford in August", r="si ld", why="children's surgery and hospital")
P(A, "2025-06-22 16:10", "Sunday roast for 8. Never again. Until next Sunday", why="own family")
P(A, "2025-06-29 19:20", "Babies' feet in matching socks, their mum said I could post this 🥹", r="fp", m=["Four tiny feet in matching yellow socks on a changing mat"], why="photo of supported babies' feet; permission does not excuse it")
P(A, "2025-07-06 11:30", "mum I support is 19, no family nearby, living in a B&B in Margate with the twins. She is amazing but it's grim", r="si ld", why="temporary housing, age and town of a supported mum")
P(A, "2025-07-13 15:00", "Twins Trust coffee morning at Folkestone library, come say hi ☕", why="public event venue")
P(A, "2025-07-20 21:30", "Whoever in the fundraising team decided volunteers should pay for their own event t-shirts needs a word", r="cr", why="criticises a Trust team publicly")
P(A, "2025-07-27 12:00", "Made myself some stickers for the car with the Twins Trust logo on, what do we think", r="lm", m=["Sheet of round stickers printed with the Twins Trust logo and 'FCS volunteer'"], why="logo reproduced on home-made stickers")
P(A, "2025-08-03 18:00", "At the twins' house in Ramsgate helping with bath time, absolute chaos 😂", r="ld gt", g=(51.335, 1.416, "Ramsgate"), why="town of the family, author there now, with a geotag")
P(A, "2025-08-10 10:00", "Summer holiday tip for parents of twins: one paddling pool, two hoses. Trust me.", why="general tip, not addressed to a supported family")
