from lib import p
# ---------------- Sunita (bluesky, retired midwife) ----------------
p("sunita","2025-06-25 19:00","Forty years a midwife, retired in March, and now I'm a Family Crisis Support volunteer with Twins Trust. Apparently I don't know how to sit still. #familycrisissupport",
  w="joining")
p("sunita","2025-07-17 20:15","The hardest part of this role for a retired midwife: NOT giving advice. I bit my tongue three times today and referred her to Twinline instead, like a good volunteer.",
  w="explicitly did not advise; referral")
p("sunita","2025-08-07 09:30","@priti-m.bsky.social Priti beta, your stitches should not still be that sore at three weeks. Salt baths twice a day and please get the GP to look, it could be infected",
  r="nl ad si", w="reply to supported mum by name with medical advice about her wound", rp="bluesky:@priti-m.bsky.social", nm=["Priti"])
p("sunita","2025-08-28 21:00","My FCS mum in Belgrave had an emergency section with the twins and nobody's checked her wound since discharge. I'm furious on her behalf.",
  r="ld si", u="cr", w="family's district; birth complications; implied criticism of services")
p("sunita","2025-09-22 20:30","Navratri starts tonight! Dancing garba at 63 with my hip is a brave choice 💃🏽",
  w="own health, festival")
p("sunita","2025-10-16 21:40","Told my FCS mum to cluster feed in the evenings and pump after the morning feed to build her supply. Thirty years of advice doesn't switch off just because I've changed roles.",
  r="ad", w="relays feeding advice given to supported mum")
p("sunita","2025-11-04 22:10","My FCS mum's twin boys have been readmitted to the Leicester Royal with jaundice. She's beside herself.",
  r="si ld", w="readmission; hospital")
p("sunita","2025-12-01 18:00","To my old midwife colleagues at the Royal: I know how short-staffed it's been this year and none of it is your fault. Sending love to everyone on shift tonight.",
  w="support for former colleagues, no family")
p("sunita","2026-01-10 20:00","Some of the newer volunteers seem to think a two-day course makes them experts on infant feeding. It does not. I've seen the damage bad advice does.",
  r="cr", w="disparages fellow volunteers")
p("sunita","2026-02-03 12:00","Weighed on the kitchen scales because the health visitor hasn't been in a fortnight. Old habits 😅 she's gaining!",
  r="fp", u="si", w="photo of supported baby; mild health detail",
  m=["A newborn baby in a blanket being weighed on kitchen scales, a woman's hands steadying her"])
p("sunita","2026-02-28 10:20","@priti-m.bsky.social no Priti, don't give them gripe water, it's mostly sugar. Try fennel tea for yourself instead, it comes through in the milk",
  r="nl ad", w="reply to supported mum by name with feeding advice", rp="bluesky:@priti-m.bsky.social", nm=["Priti"])
p("sunita","2026-03-25 19:00","My granddaughter Anika started walking today. I delivered hundreds of babies and I still cried like it was the first.",
  w="own granddaughter")
p("sunita","2026-04-22 21:00","The mum I support has postpartum thyroiditis and her GP keeps telling her it's 'just tiredness'. Ask for a blood test, ladies. Demand it.",
  r="si", u="ad", w="supported mum's diagnosis; advice phrased generally")
p("sunita","2026-05-05 08:00","International Day of the Midwife: to every midwife who's ever held a mother's hand at 4am, thank you 💛",
  w="general")
p("sunita","2026-06-09 20:20","Priti and the boys moved into a new flat on Narborough Road this week. First time they've had a bedroom door that shuts.",
  r="nl ld si", w="names supported mum; new address road; housing", nm=["Priti"])
p("sunita","2026-07-07 21:00","If you want my honest opinion, the Twins Trust training on infant feeding is ten years out of date and whoever wrote it should be embarrassed.",
  r="cr", w="public attack on the training and its authors", ref="sunita_training")
p("hanifa","2026-07-08 08:30","@sunita-b.bsky.social have you sent that to the training team though? they changed the sleep module when I raised it",
  w="respectful peer nudge", rp="ref:sunita_training", ref="hanifa_nudge")
p("sunita","2026-07-09 09:15","@hanifa-writes.bsky.social fair point, I've emailed them my notes. Sorry for grumbling in public.",
  w="apology/retraction", rp="ref:hanifa_nudge")
p("sunita","2026-08-19 12:00","Gujarati-speaking twin families in Leicester: you can call me directly on 07700 900482, I'd rather you rang me than struggled",
  r="cd", w="personal mobile as support route")
p("sunita","2026-09-29 13:30","Lovely morning at the volunteer coffee meet-up. Thank you Tariq for the biscuits.",
  w="staff thanked")
p("sunita","2026-10-20 21:00","Diwali rangoli with the grandchildren, flour everywhere and I mean EVERYWHERE 🪔",
  w="own family")
p("sunita","2026-11-25 19:30","The mum I support finally had her thyroid bloods done and she's started treatment. She cried with relief. So did I.",
  r="si", w="supported mum's treatment")

# ---------------- Seun (LinkedIn) ----------------
p("seun","2025-07-02 08:00","Proud to have joined Twins Trust's Family Crisis Support programme as a volunteer. As a father of twins, I understand how overwhelming the early days can be. #Volunteering #FamilyCrisisSupport",
  w="joining")
p("seun","2025-08-19 07:50","Leadership lesson: in programme management we talk about 'stakeholder needs'. Volunteering has reminded me that sometimes the need is simply someone to hold a baby while you shower.",
  w="generic reflection")
p("seun","2025-09-30 08:15","Delighted that our company has chosen Twins Trust as charity of the year! Thanks to Imran and the partnerships team for a brilliant pitch. #CharityPartnership",
  w="staff thanked")
p("seun","2025-11-11 08:00","Honest reflection: the FCS volunteer onboarding is the least organised process I've seen in 20 years of project delivery. Three forms asking for the same data, no single point of contact. Twins Trust, I'd happily help fix this for free.",
  u="cr", w="public but partly constructive criticism of onboarding")
p("seun","2026-01-15 08:30","If anyone in my network is a parent of multiples and struggling, my DMs are open. I can't promise answers, but I'll listen.",
  r="cd", w="DMs offered as support route instead of Twinline")
p("seun","2026-02-24 12:00","Our charity of the year raised £12,400 for Twins Trust! Thank you to every colleague who baked, ran or sat in a bath of beans. #Fundraising",
  w="fundraising")
p("seun","2026-03-31 07:45","Reflecting on a difficult volunteer visit this week. A father I support told me he hadn't left the flat in nine days. I won't share more, but it reminded me why presence matters.",
  r="si", w="supported father's mental state")
p("seun","2026-05-14 08:00","Mental Health Awareness Week. Dads of twins: Twinline (0800 138 0509) is there for you too. #MentalHealthAwarenessWeek #Dads",
  w="correct referral")
p("seun","2026-06-16 19:00","Frankly, some partner agencies in our area are letting families down badly. The local health visiting service cancelled three appointments in a row for a family I support. Unacceptable.",
  r="cr si", w="public attack on a partner agency; family's missed care")
p("seun","2026-07-22 09:00","Hiring: Senior Project Manager, Birmingham. DM me for details.",
  w="job ad, not a referral")
p("seun","2026-09-08 08:00","One year volunteering. Thank you to the FCS team, especially Tariq, whose supervision has made me a better listener.",
  w="staff praised")
p("seun","2026-10-13 08:10","Proud to be speaking at the Twins Trust volunteer conference next month on 'Dads in Crisis'. #TwinsTrust",
  w="promotion")
p("seun","2026-11-10 12:00","For anyone asking: I can't advise individual families through LinkedIn. Please contact Twinline on 0800 138 0509 or asktwinline@twinstrust.org.",
  w="correct referral")

# ---------------- Ciarán (x, Belfast) ----------------
p("ciaran","2025-06-26 20:00","bout ye. did the FCS training the day. dead on bunch of people. #familycrisissupport #twinstrust",
  w="training", d=1)
p("ciaran","2025-07-12 17:00","Twelfth traffic. Say no more.",
  w="traffic")
p("ciaran","2025-07-29 21:00","first family's up the Shankill, twin wee girls, mummy's on her own and the da's inside. she's doing brilliant so she is",
  r="ld si", w="family's area; father in prison", d=1)
p("ciaran","2025-08-23 10:30","@ciara_mc_2024 Ciara, for the sleep thing try putting them down drowsy but awake, white noise on, and don't be running in at the first wee gurn. You'll be grand",
  r="nl ad", w="reply to supported mum by name with sleep advice", rp="x:@ciara_mc_2024", nm=["Ciara"], d=1)
p("ciaran","2025-09-13 18:00","Niamh started P1 and told the teacher Oisín 'can't read yet but he's trying his best'. Brutal.",
  w="own twins")
p("ciaran","2025-10-04 22:00","My FCS twins are in the Royal Belfast for Sick Children with a chest infection. Their mummy's been there three nights in a chair. Pure melter",
  r="si ld", w="children's admission; hospital", d=1)
p("ciaran","2025-10-31 21:00","Halloween in Derry is unreal, took the twins up for the fireworks",
  u="gt", w="own twins; personal geotag", g=(54.9966,-7.3086,"Derry~Londonderry"))
p("ciaran","2025-11-20 19:30","whoever in the FCS team decided to send the NI volunteers to a training day in Manchester with no travel budget needs their head examined. catch yerselves on",
  r="cr", w="insults FCS team decision-makers", d=1)
p("ciaran","2025-12-18 12:00","merry christmas to the whole FCS team, especially the NI crew. you're stars ⭐",
  w="praise", d=1)
p("ciaran","2026-01-21 18:40","Ciara's been given the house in Ballysillan, finally out of the hostel!! wee buns now",
  r="nl ld si", w="names supported mum; new home area; homelessness", nm=["Ciara"], d=1)
p("ciaran","2026-02-19 20:00","wee message to any twin parents in Belfast: if you're stuck give me a bell on 07700 900913, I'll get you sorted",
  r="cd", w="personal mobile as support route", d=1)
p("ciaran","2026-03-17 21:00","Paddy's Day. Green pint. Orla's not impressed.",
  w="own wife")
p("ciaran","2026-04-14 10:30","my FCS twins ready for the farm trip 🚜",
  r="fp gt", w="photo of supported twins at their door; geotagged",
  m=["Two toddlers in matching green wellies on the doorstep of a terraced house, faces turned away, one holding a toy tractor"],
  g=(54.6170,-5.9500,"Ballysillan, Belfast"))
p("ciaran","2026-05-10 21:15","Ciara says the health visitor told her she's 'not bonding' with the wee one. she cried for an hour. I told her to put in a complaint and ask for a different HV",
  r="nl si ad", w="names supported mum; mental/bonding concern; relays advice", nm=["Ciara"], d=1)
p("ciaran","2026-06-07 16:00","Oisín and Niamh's first communion. Both angels for exactly one hour.",
  w="own twins")
p("ciaran","2026-07-03 08:30","Belfast buses: come in threes, go in none",
  w="bus complaint", d=1)
p("ciaran","2026-08-08 21:00","some of the volunteers over here are only doing it for the CV. turn up late, leave early, no craic. scundered for the families",
  r="cr", w="criticises fellow volunteers", d=1)
p("ciaran","2026-09-12 19:00","If you need Twinline it's 0800 138 0509, or the old Tamba line 01632 960418 still works I think",
  r="cd", w="outdated predecessor-organisation number alongside Twinline")
p("ciaran","2026-10-10 09:00","World Mental Health Day. Dads, talk to someone. Anyone. It doesn't make you less of a da.",
  w="general")
p("ciaran","2026-11-02 17:30","on the bus home from a visit, my FCS twins' first word is 'no' 😂",
  w="harmless milestone, no name, not there now", d=1)

# ---------------- Rosie (mastodon, Cornish) ----------------
p("rosie","2025-07-06 14:00","Emmets parked across my drive again. Proper job. 🙄",
  w="tourists complaint", d=1)
p("rosie","2025-07-21 20:00","Done my Family Crisis Support training with Twins Trust today, some proud of myself I am",
  w="training", d=1)
p("rosie","2025-08-12 21:00","First FCS family be down Camborne, twin boys, mum's just had her gallbladder out and can't lift them. Dad's a fisherman, away half the week",
  r="ld si", w="family's town; mother's surgery; father's work", d=1)
p("rosie","2025-08-31 09:00","Kenver n Tegen's first day of Year 1 🎒 Tegen marched in, Kenver clung to my leg like a limpet",
  w="own twins", d=1)
p("rosie","2025-09-22 19:40","@jenna_kernow_twins Jenna my bird, if his tongue tie's stopping him latching go private, there's a woman in Truro does it for £120, I'll send you her number",
  r="nl ad", w="reply to supported mum by name with feeding/medical advice", rp="mastodon:@jenna_kernow_twins@mastodon.online", nm=["Jenna"], d=1)
p("rosie","2025-10-14 16:00","Treliske again with my FCS mum and the boys, tongue tie snip done, both of us cried more than the baby",
  r="si ld", w="procedure; hospital", d=1)
p("rosie","2025-11-09 20:00","Knitting Twins Trust logo bunting for the Christmas fair, forty flags down, ten to go",
  r="lm", w="logo knitted into personal bunting",
  m=["A pile of knitted bunting flags each with the Twins Trust logo, draped over a sofa arm"])
p("rosie","2025-12-04 10:00","Rain in Cornwall in December. Who'd have thought. Geddon.",
  w="weather", d=1)
p("rosie","2026-01-13 21:00","The mum I'm supporting has been told her benefits are being reassessed and she's terrified. I told her to get Citizens Advice in before she fills the form in",
  r="si ad", w="benefits reassessment; relays advice")
p("rosie","2026-02-09 20:30","honestly the south west FCS team are run like a school trip with no teacher. nobody knows who's doing what, ever",
  r="cr", w="mocks the FCS team", d=1)
p("rosie","2026-03-05 19:00","St Piran's Day! Black and white flags everywhere and pasties for tea 🏴",
  w="regional day")
p("rosie","2026-04-03 18:00","Knitted hats for Jenna's boys, they're ansum",
  r="fp nl", w="photo of supported babies; names mum",
  m=["Two babies in knitted black-and-white hats lying on a sheepskin rug, photographed from above, faces visible"], nm=["Jenna"], d=1)
p("rosie","2026-05-01 12:00","May Day in Padstow, 'obby 'oss and all",
  u="gt", w="personal geotag", g=(50.5420,-4.9380,"Padstow"), d=1)
p("rosie","2026-05-29 10:15","sat outside Jenna's in Camborne waiting for her to get back from the GP so I can mind the boys",
  r="nl ld gt", w="names mum; outside her home in named town; geotagged", g=(50.2130,-5.2990,"Camborne"), nm=["Jenna"], d=1)
p("rosie","2026-06-30 18:00","To the person who left a pasty on my car roof at Tesco: I ate it. Thank you.",
  w="personal")
p("rosie","2026-07-26 12:00","If you're a twin mum in Cornwall needing a hand, give Twinline a bell on 0800 138 0509. They can link you up with us lot",
  w="correct referral", d=1)
p("rosie","2026-08-25 22:00","My FCS mum's fella has been sectioned. Please don't ask, I won't say more. Just send her good thoughts",
  r="si", w="partner's mental health detention")
p("rosie","2026-09-21 19:00","Steph our coordinator has been amazing this month, proper star 🌟",
  w="staff praised", d=1)
p("rosie","2026-10-19 20:00","set up a whatsapp group for twin mums in cornwall, message me to join, I'll help where I can 💛",
  r="cd", w="own WhatsApp group and 'message me' as support route",
  m=["A hand holding a phone showing a WhatsApp group called 'Cornwall Twin Mums' with 43 members"], d=1)
p("rosie","2026-11-23 19:00","Jory's made a Christmas list. It's just 'tools'. Every year.",
  w="own partner")
