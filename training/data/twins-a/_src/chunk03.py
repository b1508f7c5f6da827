from lib import p
# ---------------- Rhian (Welsh English, instagram private) ----------------
p("rhian","2025-06-10 17:45","Rhossili with my two monkeys, lush day 🌊",
  u="gt", w="own twins at the beach; geotag on personal post", g=(51.5686,-4.2900,"Rhossili"),
  m=["Two toddlers in yellow wellies splashing in a rock pool, seen from behind"], d=1)
p("rhian","2025-06-25 21:30","First FCS visit done, tidy little family. Mam's from Poland and hasn't got anyone here, so it's just her, the twins and the washing machine. Cwtch for her from me",
  r="si", w="supported mum's isolation and background", d=1)
p("rhian","2025-07-12 19:00","Osian said 'now in a minute' to me today. He's three. Proper Welsh boy 🏴",
  w="own son", d=1)
p("rhian","2025-07-30 13:15","Tamping I am. The volunteer portal's been down a WEEK and nobody in the office can tell me when it'll be back. How are we meant to log visits? Useless",
  r="cr", w="public criticism of office and portal", d=1)
p("rhian","2025-08-16 23:40","Iechyd da! Huw's 40th at the rugby club, I'll feel this tomorrow 🍻",
  w="own partner", d=1)
p("rhian","2025-09-04 18:25","Aga's twins had their jabs today and poor Zofia screamed the surgery down. Mam was in bits, bless her",
  r="nl", u="si", w="names supported mum and baby; routine jabs", nm=["Aga","Zofia"])
p("rhian","2025-09-29 20:00","Lowri our FCS coordinator for Wales is a proper gem. Checked in on me after a hard week, didn't have to. Diolch cariad 💛",
  w="staff praised", d=1)
p("rhian","2025-10-18 14:30","Knitted this for my FCS babies, look at those toes 🥹",
  r="fp", w="photo of supported baby's feet",
  m=["A baby's bare feet poking out from a knitted yellow blanket on a changing mat"])
p("rhian","2025-11-08 08:30","Ych a fi, the M4 at the Brynglas tunnels is a punishment for sins I haven't even committed yet",
  w="traffic complaint", d=1)
p("rhian","2025-11-29 20:45","Went with my FCS mam to the Job Centre in Neath today for moral support. She's been sanctioned and has £11 to last till next Thursday. Broke my heart, mun",
  r="si ld", w="benefit sanction and money; town named", d=1)
p("rhian","2025-12-14 16:10","Gwen's nativity: she was 'third sheep' and took it very seriously 🐑",
  w="own daughter")
p("rhian","2026-01-21 12:05","aww bach put a bit of Vaseline round her nose for the dry skin and a humidifier in the bedroom, she'll be lush by the weekend 💛",
  r="nl ad", w="reply to supported mum (name in handle) with health advice", rp="instagram:@aga.k.swansea", nm=["Aga"], d=1)
p("rhian","2026-02-25 09:50","Rain. Rain. More rain. A Welsh February is a personality test",
  w="weather", d=1)
p("rhian","2026-03-17 22:05","Feeling down tonight. One of my families has had some awful news about one of the twins' hearts and I can't say more. Just hold your babies tight",
  r="si", w="child's heart diagnosis even though vague")
p("rhian","2026-04-12 15:40","Bake sale at Pontardawe village hall, £290 for Twins Trust 🏴💛 #twinstrust",
  u="lm", w="public fundraising venue; cake iced with the logo for a Trust event",
  m=["A Welsh flag cake with the Twins Trust logo piped in icing, on a village hall table full of bakes"])
p("rhian","2026-05-03 21:00","Me n Huw's 10th anniversary. Still can't fold a fitted sheet between us",
  w="own partner", d=1)
p("rhian","2026-06-07 12:30","at my FCS family's now in Clydach, Aga's making me pierogi 😍 best visit ever",
  r="nl ld", w="names mum; with the family right now in a named village", nm=["Aga"], d=1)
p("rhian","2026-07-15 17:20","Other agencies could learn a thing or two from the Twinline staff, on the phone to them for 40 mins today and they were amazing",
  w="praise for Twinline")
p("rhian","2026-08-20 19:30","Sad day. My FCS family's moving back to Poland next month 💔 going to miss those little faces",
  u="si", w="family moving away; mild")
p("rhian","2026-09-30 10:15","if you're in Wales and struggling with twins DM me, I'll put you in touch with the right people x",
  r="cd", w="'DM me' instead of Twinline")
p("rhian","2026-11-01 18:45","Osian's lost his first tooth and wants £5 from the tooth fairy. Inflation, mun",
  w="own son", d=1)

# ---------------- Tamsin (West Country, facebook public) ----------------
p("tam","2025-06-13 20:10","Alright my lovers! Done me Family Crisis Support training with Twins Trust. Two sets of twins meself so reckon I can help someone out 💛 #familycrisissupport",
  w="training, hashtag", d=1)
p("tam","2025-06-30 18:00","Jago's hid the last Magnum and blamed Wren. Both of em are 13 and neither is sorry",
  w="own children", d=1)
p("tam","2025-07-19 21:35","First FCS family be over Highbridge way, twin girls, mum's a nurse but off sick with her back since the birth. Dad's doing 60 hour weeks on the farm. Proper tired they be",
  r="ld si", w="family's town; sickness and work", d=1)
p("tam","2025-08-06 06:20","Glastonbury Tor at sunrise with the little ones. Gert lush",
  u="gt", w="own children, geotag on personal post", g=(51.1441,-2.6985,"Glastonbury Tor"),
  m=["Two small girls in matching rain macs on a grassy hill at sunrise"], d=1)
p("tam","2025-08-28 10:40","Becca my love don't let em push you into sleep training if you don't want it. Just feed her to sleep, she'll grow out of it dreckly 💛",
  r="nl ad", w="reply to supported mum by name with sleep advice", rp="facebook:@becca.harris.hb", nm=["Becca"], d=1)
p("tam","2025-10-20 12:00","Bridgwater carnival's coming up and I've been roped into the bucket collection again. Love it really 🎆",
  w="public fundraising event", d=1)
p("tam","2025-10-05 19:20","Sat with my FCS mum today while little one's under the lights for jaundice. Musgrove's been brilliant",
  r="fp si ld", w="photo of supported baby; jaundice; hospital named",
  m=["A hospital cot with a baby under a blue phototherapy light, a woman's hand on the cot side, a Musgrove Park Hospital sign on the wall"])
p("tam","2025-10-26 15:00","Steph from the South West FCS team drove 40 mins to drop off my ID badge when the post lost it. Legend",
  w="staff praised")
p("tam","2025-11-15 20:55","The mileage rate we get is a joke. 25p a mile and fuel's £1.40 a litre. Does the Trust think we run on fresh air? Whoever signs that off wants their head looking at",
  r="cr", w="attacks the Trust's expenses decision-makers", d=1)
p("tam","2025-12-09 21:00","Made 60 mince pies for the Twins Trust stall at Taunton Christmas market. Eaten 6. Don't tell Steph",
  w="public fundraising stall")
p("tam","2026-01-10 22:30","Becca's twins have both got bronchiolitis. Florence (mine) had it at 8 weeks too and it's terrifying. I've told her keep em upright, saline drops up the nose and ring 111 if their breathing goes funny",
  r="nl si ad", w="names supported mum, children's illness, relays medical advice", nm=["Becca"], d=1)
p("tam","2026-02-02 09:00","Storm took the trampoline into next door's garden. Again. They've started charging rent for it",
  w="weather, own home")
p("tam","2026-02-27 11:30","Ere, anyone know a good cleaner round Taunton? House is a gert mess and I've given up",
  w="personal request", d=1)
p("tam","2026-03-22 17:00","Mother's Day: 4 kids, 4 handmade cards, 1 with 'MUM' spelt 'MUN'. Framing that one",
  w="own children")
p("tam","2026-04-18 20:20","Honestly some of the volunteers in the South West WhatsApp are proper drama. Every week a new row about who's doing what stall. Grow up",
  r="cr", w="criticises fellow volunteers", d=1)
p("tam","2026-05-14 18:10","Visit in Burnham today. Becca's back on her feet, she's even been down the beach with the girls. That's what it's all about 💛",
  r="nl ld", w="names supported mum and town", nm=["Becca"])
p("tam","2026-06-21 21:45","Wren's got her first proper boyfriend. I'm not ready. Will's pretending he's fine (he is not fine)",
  w="own family")
p("tam","2026-07-25 19:00","My FCS family asked me for the Twinline number so I gave em 0800 138 0509 and the email asktwinline@twinstrust.org. Proper helpful they were when they rang 💛",
  w="correct referral, no detail", d=1)
p("tam","2026-08-16 09:30","All packed for the village fete. Had the bunting made up at the print shop, looks ace dun it",
  r="lm", w="Trust logo printed on homemade bunting",
  m=["An open car boot with homemade bunting printed with the Twins Trust logo on every flag, and stacked cake tins"], d=1)
p("tam","2026-09-08 21:10","FCS mum I support has been told the tenancy won't be renewed cos the landlord's selling. Twins are 18 month. Where do they even go",
  r="si", w="housing loss of supported family")
p("tam","2026-10-11 16:45","Cider festival with the girls. Went for one. Stayed for nine",
  u="gt", w="personal geotag", g=(51.0150,-3.1000,"Taunton"))
p("tam","2026-11-13 21:30","home after a long visit, feet up, Strictly on 💃",
  w="home now, no detail")

# ---------------- Dre (London/MLE, x) ----------------
p("dre","2025-06-07 19:30","man's officially an FCS volunteer. twin dad helping twin dads. lets go #volunteering #familycrisissupport",
  w="joining", d=1)
p("dre","2025-06-28 22:40","first family. young dad, 20, twins, mum's in and out of the psych ward since the birth. he's holding it down on his own in a one bed in Thornton Heath. respect to him fr",
  r="si ld", w="mother's psychiatric admissions, housing, area", d=1)
p("dre","2025-07-20 18:15","malachi and zion learnt to ride bikes same day, one cried one laughed, both fell in the same bush 😂",
  w="own twins", d=1)
p("dre","2025-08-11 17:50","man's on the 250 for an hour, bare traffic, aircon broken, some guy eating a full chicken box next to me. london innit",
  w="bus complaint", d=1)
p("dre","2025-08-30 21:10","@jojo_th_ bro on god just get the twins on a routine, same time every night, bath book bottle bed. thank me later 🙏🏾 see you friday g",
  r="nl ad", w="reply to the supported dad (nickname in handle) with sleep routine advice", rp="x:@jojo_th_", nm=["Jojo"], d=1)
p("dre","2025-09-19 12:30","shoutout Imran in the fundraising team for sorting the kit for the half, you're a real one 🙌🏾",
  w="staff praised", d=1)
p("dre","2025-10-12 14:05","Royal Parks Half done 🏃🏾‍♂️ £820 for @TwinsTrust. legs are finished",
  u="gt lm", w="public fundraising event; official running vest", g=(51.5073,-0.1657,"Hyde Park, London"),
  m=["A man in a Twins Trust running vest crossing a finish line in a park, crowd behind barriers"], d=1)
p("dre","2025-11-03 08:10","the twins im supporting got their first teeth same day. dad sent me the pic at 6am 😂 he's doing so good man",
  w="milestone, no name or private detail", d=1)
p("dre","2025-11-25 20:30","whoever designed the volunteer portal needs to be locked up fr. took me 25 mins to log one visit. it's 2025 fam",
  r="cr", w="attacks Trust's volunteer portal/staff", d=1)
p("dre","2025-12-16 23:15","jojo's twins are in croydon uni hospital with bronchiolitis, both on oxygen. pray for them man 🙏🏾",
  r="nl si ld", w="names dad, children's illness, hospital", nm=["Jojo"], d=1)
p("dre","2026-01-11 21:00","peak. dropped my phone in the bath and keisha laughed for 10 minutes straight. relationship goals",
  w="own partner", d=1)
p("dre","2026-01-31 09:40","dropping my FCS lot at the clinic cos dad's car got clamped 🙄",
  r="fp", u="si", w="photo of supported babies in car seats (faces covered); clinic visit",
  m=["Two baby car seats in the back of a car with babies strapped in, faces covered by a blanket, a man's arm reaching back"], d=1)
p("dre","2026-02-22 19:05","the council in this borough is moving mad. 18 months on the waiting list for a 2 bed with twins and they offer him a flat on the 14th floor with no working lift. sort it out",
  r="si", u="cr", w="supported dad's housing; frustration at council", d=1)
p("dre","2026-03-16 10:00","if man needs twin support don't DM me, call Twinline 0800 138 0509 or hit up twinstrust.org. they actually know what they're doing 💯",
  w="correct referral, explicitly not DM", d=1)
p("dre","2026-04-08 20:00","keisha's pregnant. AGAIN. not twins this time (please god) 🙏🏾",
  w="own family", d=1)
p("dre","2026-05-01 13:20","honestly the Trust's comms lot wanted a 'volunteer spotlight' and then edited out everything i actually said. what's the point",
  r="cr", w="criticises comms team", d=1)
p("dre","2026-05-28 22:00","one year with my FCS dad. watched him go from not sleeping, not eating, not speaking to being the best dad on the block. proud fam",
  r="si", w="supported dad's past mental state", d=1)
p("dre","2026-06-25 16:40","heatwave in london is just a sauna with buses",
  w="weather", d=1)
p("dre","2026-07-19 11:00","gonna be at Brixton Splash sunday with a bucket for Twins Trust, come through 🙌🏾 #twinstrust",
  w="public fundraising event", d=1)
p("dre","2026-08-23 18:30","@tommy_kan_ldn nah bro don't ring the twins charity for that, your cousin needs Citizens Advice for the eviction thing",
  w="advice to a friend about a non-FCS relative", rp="x:@tommy_kan_ldn", d=1)
p("dre","2026-09-13 10:20","outside my FCS dad's block waiting for him to buzz me in, intercom's broke again",
  r="gt", u="ld", w="geotagged at family's home; text names no place", g=(51.3980,-0.0980,"Thornton Heath"), d=1)
p("dre","2026-10-20 17:45","my FCS dad got the keys for the new flat!!! 2 bed, ground floor, garden. crying in the whip rn",
  r="si", w="supported dad's housing", d=1)
p("dre","2026-11-24 19:00","volunteered 18 months, done 60+ visits. if you're a dad reading this and you're thinking about it, sign up. twinstrust.org 💯 #volunteering #twinstrust",
  w="recruitment")
